"""`manage.py seed_demo`: the demo site a new developer sees, safe to run on every start.

The content is in home/demo/content.py and the work in home/demo/seeder.py.
"""

from django.core.management.base import BaseCommand
from django.db import transaction

from home.demo.seeder import DemoSeeder


class Command(BaseCommand):
    help = (
        "Create the demo content (clinics, providers, articles, settings). Safe to repeat: "
        "existing content is left alone unless --update is given."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--update",
            action="store_true",
            help=(
                "Also bring existing demo content back to home/demo/content.py "
                "(a new revision only for pages that differ)."
            ),
        )

    def handle(self, *args, **options):
        """Seed in one transaction, then print one summary line per kind of content."""
        seeder = DemoSeeder(update=options["update"])
        # All or nothing: a failure half-way leaves the database as it was.
        with transaction.atomic():
            seeder.run()
        for line in seeder.tally.lines():
            self.stdout.write(line)
