"""Delete appointment requests older than APPOINTMENT_REQUEST_RETENTION_DAYS.

`manage.py scheduler` runs it daily: patients' details are kept no longer than the front
desk needs them.
"""

from django.conf import settings
from django.core.management.base import BaseCommand

from locations.services import appointment_requests_purge


class Command(BaseCommand):
    help = "Delete appointment requests older than APPOINTMENT_REQUEST_RETENTION_DAYS."

    def handle(self, *args, **options):
        deleted = appointment_requests_purge()
        self.stdout.write(
            f"Deleted {deleted} appointment requests older than "
            f"{settings.APPOINTMENT_REQUEST_RETENTION_DAYS} days."
        )
