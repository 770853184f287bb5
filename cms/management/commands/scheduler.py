"""The periodic jobs, in one long-running process (docker-compose's `scheduler`), or each
run once (`--once`, from cron).

Every minute, pages whose go-live or expiry time has come are published or unpublished
(Wagtail's `publish_scheduled`). Every day, what must not be kept is deleted: appointment
requests past APPOINTMENT_REQUEST_RETENTION_DAYS (patients' details), finished webhook
deliveries and background task results past WEBHOOK_DELIVERY_RETENTION_DAYS, expired
sessions and old login-attempt logs. A job that fails is logged and tried again at its
next time; it never stops the others.
"""

import io
import logging
import time
from dataclasses import dataclass

from django.conf import settings
from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandError
from django.db import close_old_connections

logger = logging.getLogger(__name__)

MINUTE = 60
DAY = 24 * 60 * 60


@dataclass
class Job:
    command: str
    every: int  # seconds
    args: tuple[str, ...] = ()
    due: float = 0.0  # when it runs next (time.monotonic()); at once when started

    def run(self) -> bool:
        """Run the job's command; whether it succeeded. What it says goes to the log (one
        line, JSON in production, like every other line), a failure with its traceback."""
        output = io.StringIO()
        try:
            call_command(self.command, *self.args, verbosity=0, stdout=output, stderr=output)
        except Exception:
            logger.exception("Scheduled job %s failed; it runs again in %d s", self, self.every)
            return False
        if output.getvalue().strip():
            logger.info("Scheduled job %s: %s", self, " ".join(output.getvalue().split()))
        return True

    def __str__(self) -> str:
        return " ".join([self.command, *self.args])


def jobs() -> list[Job]:
    days = str(settings.WEBHOOK_DELIVERY_RETENTION_DAYS)
    found = [
        Job("publish_scheduled", MINUTE),
        Job("purge_appointment_requests", DAY),
        Job("prune_webhook_deliveries", DAY),
        Job("clearsessions", DAY),
        Job("axes_reset_logs", DAY),
    ]
    if settings.TASKS["default"]["BACKEND"] == settings.TASK_BACKENDS["database"]:
        found.append(Job("prune_db_task_results", DAY, ("--min-age-days", days)))
    return found


class Command(BaseCommand):
    help = "Run the periodic jobs: scheduled publishing every minute, retention daily."

    def add_arguments(self, parser):
        parser.add_argument(
            "--once", action="store_true", help="Run every job once and exit (for cron)."
        )

    def handle(self, *args, once=False, **options):
        scheduled = jobs()
        if once:
            failed = [str(job) for job in scheduled if not job.run()]
            if failed:
                raise CommandError(f"Failed: {', '.join(failed)} (see the log).")
            return
        logger.info("Scheduler started: %s", ", ".join(map(str, scheduled)))
        while True:
            run_due(scheduled, time.monotonic())
            time.sleep(max(1.0, min(job.due for job in scheduled) - time.monotonic()))


def run_due(scheduled: list[Job], now: float) -> list[Job]:
    """Run the jobs whose time has come, and set when each runs next; the jobs run."""
    ran = [job for job in scheduled if job.due <= now]
    for job in ran:
        # As between two requests: a connection the database dropped (a restart) or past
        # CONN_MAX_AGE is replaced, so that one outage fails one round of jobs, not all.
        close_old_connections()
        job.run()
        job.due = now + job.every
    return ran
