"""`manage.py scheduler`: scheduled publishing every minute, retention jobs daily."""

import datetime
import logging

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError
from django.db import connection
from django.utils import timezone

from blog.factories import ArticlePageFactory
from blog.models import ArticlePage
from cms.management.commands.scheduler import DAY, MINUTE, Job, jobs, run_due
from cms.models import WebhookAttempt, WebhookDelivery, WebhookEndpoint
from locations.factories import LocationPageFactory
from locations.models import AppointmentRequest

Status = WebhookDelivery.Status


def days_ago(days: int) -> datetime.datetime:
    return timezone.now() - datetime.timedelta(days=days)


def delivery(endpoint, status, created_days_ago: int) -> WebhookDelivery:
    made = WebhookDelivery.objects.create(
        endpoint=endpoint,
        message_id=f"msg_{status}_{created_days_ago}",
        event="page.published",
        payload={"paths": ["/"]},
        status=status,
    )
    WebhookAttempt.objects.create(delivery=made, response_code=500)
    WebhookDelivery.objects.filter(pk=made.pk).update(created_at=days_ago(created_days_ago))
    return made


@pytest.fixture
def endpoint(db):
    return WebhookEndpoint.objects.create(name="Frontend", url="http://127.0.0.1:9/hook")


def test_once_publishes_whats_due_and_deletes_what_is_past_its_retention(
    blog_index, location_index, endpoint, settings, caplog, capsys
):
    settings.APPOINTMENT_REQUEST_RETENTION_DAYS = 30
    settings.WEBHOOK_DELIVERY_RETENTION_DAYS = 30
    go_live_at = days_ago(0) - datetime.timedelta(minutes=1)
    article = ArticlePageFactory(parent=blog_index, live=False, go_live_at=go_live_at)
    article.save_revision(approved_go_live_at=go_live_at)
    clinic = LocationPageFactory(parent=location_index)
    old_request, new_request = (
        AppointmentRequest.objects.create(
            location=clinic, name="Jordan Quillfeather", phone="+14045550188"
        )
        for _ in range(2)
    )
    AppointmentRequest.objects.filter(pk=old_request.pk).update(created_at=days_ago(31))
    kept = [
        delivery(endpoint, Status.SUCCEEDED, created_days_ago=29),
        delivery(endpoint, Status.PENDING, created_days_ago=40),
        delivery(endpoint, Status.RETRYING, created_days_ago=40),
    ]
    delivery(endpoint, Status.SUCCEEDED, created_days_ago=31)
    delivery(endpoint, Status.FAILED, created_days_ago=31)

    with caplog.at_level(logging.INFO, logger="cms.management.commands.scheduler"):
        call_command("scheduler", "--once")

    assert ArticlePage.objects.get(pk=article.pk).live
    assert list(AppointmentRequest.objects.all()) == [new_request]
    assert set(WebhookDelivery.objects.all()) == set(kept)
    assert WebhookAttempt.objects.count() == len(kept)
    # What the commands say is logged, never printed past the log's format.
    assert capsys.readouterr().out == ""
    assert "Scheduled job prune_webhook_deliveries: Deleted 2 webhook deliveries" in caplog.text


def test_the_daily_jobs_include_every_retention_job_and_the_task_results_with_a_database_queue(
    settings,
):
    settings.TASKS = {"default": {"BACKEND": settings.TASK_BACKENDS["immediate"]}}
    names = {job.command for job in jobs()}
    assert {"publish_scheduled", "purge_appointment_requests", "prune_webhook_deliveries"} <= names
    assert {"clearsessions", "axes_reset_logs"} <= names
    assert "prune_db_task_results" not in names  # tasks run at once: no queue to prune

    settings.TASKS = {"default": {"BACKEND": settings.TASK_BACKENDS["database"]}}
    (prune,) = [job for job in jobs() if job.command == "prune_db_task_results"]
    assert prune.every == DAY
    assert prune.args == ("--min-age-days", str(settings.WEBHOOK_DELIVERY_RETENTION_DAYS))


def test_a_failing_job_is_logged_and_never_stops_the_others(db, caplog):
    broken = Job("no_such_command", DAY)
    publish = Job("publish_scheduled", MINUTE)

    with caplog.at_level(logging.ERROR):
        ran = run_due([broken, publish], now=1000.0)

    assert ran == [broken, publish]
    assert "Scheduled job no_such_command failed" in caplog.text
    assert (broken.due, publish.due) == (1000.0 + DAY, 1000.0 + MINUTE)


def test_once_fails_for_cron_to_see_after_running_every_job(blog_index, monkeypatch):
    go_live_at = days_ago(0) - datetime.timedelta(minutes=1)
    article = ArticlePageFactory(parent=blog_index, live=False, go_live_at=go_live_at)
    article.save_revision(approved_go_live_at=go_live_at)
    scheduled = [Job("no_such_command", DAY), Job("publish_scheduled", MINUTE)]
    monkeypatch.setattr("cms.management.commands.scheduler.jobs", lambda: scheduled)

    with pytest.raises(CommandError, match="Failed: no_such_command"):
        call_command("scheduler", "--once")

    assert ArticlePage.objects.get(pk=article.pk).live


def test_each_job_runs_again_at_its_own_interval(db):
    publish, purge = Job("publish_scheduled", MINUTE), Job("purge_appointment_requests", DAY)
    scheduled = [publish, purge]

    assert run_due(scheduled, now=0.0) == [publish, purge]
    assert run_due(scheduled, now=59.0) == []
    assert run_due(scheduled, now=60.0) == [publish]
    assert run_due(scheduled, now=DAY) == [publish, purge]


def test_prune_webhook_deliveries_says_what_it_deleted(endpoint, settings, capsys):
    settings.WEBHOOK_DELIVERY_RETENTION_DAYS = 7
    delivery(endpoint, Status.SUCCEEDED, created_days_ago=8)

    call_command("prune_webhook_deliveries")

    assert not WebhookDelivery.objects.exists()
    assert "Deleted 1 webhook deliveries finished more than 7 days ago" in capsys.readouterr().out


@pytest.mark.django_db(transaction=True)
def test_a_connection_the_database_dropped_is_replaced_before_the_next_job(caplog):
    if connection.vendor != "postgresql":
        pytest.skip("Runs in the suite's PostgreSQL pass: an SQLite file has no server to lose")
    connection.ensure_connection()
    connection.connection.close()  # what a database restart leaves the process holding

    with caplog.at_level(logging.ERROR):
        run_due([Job("publish_scheduled", MINUTE)], now=0.0)

    assert "failed" not in caplog.text
