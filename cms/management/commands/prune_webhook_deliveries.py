"""Delete webhook deliveries finished more than WEBHOOK_DELIVERY_RETENTION_DAYS ago.

`manage.py scheduler` runs it daily.
"""

from django.conf import settings
from django.core.management.base import BaseCommand

from cms.services import webhook_deliveries_prune


class Command(BaseCommand):
    help = "Delete webhook deliveries finished more than WEBHOOK_DELIVERY_RETENTION_DAYS ago."

    def handle(self, *args, **options):
        deleted = webhook_deliveries_prune()
        self.stdout.write(
            f"Deleted {deleted} webhook deliveries finished more than "
            f"{settings.WEBHOOK_DELIVERY_RETENTION_DAYS} days ago."
        )
