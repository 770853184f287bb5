"""Webhooks: every content change reaches the frontend's receivers, signed, in the
background, retried until it is heard, and logged where staff can see it.

The receiver is a real HTTP server on this machine (pytest-httpserver); signatures are
checked with the `standardwebhooks` package, an implementation independent of ours.
"""

import json
import re
import time
from unittest import mock

import pytest
from django.conf import settings
from django.contrib.auth.models import Group
from django.test import override_settings
from django.urls import reverse
from django_tasks_db.management.commands.db_worker import Worker
from standardwebhooks.webhooks import Webhook
from werkzeug import Response

from blog.factories import ArticlePageFactory, RelatedArticleFactory
from cms.models import NavigationSettings, WebhookAttempt, WebhookDelivery, WebhookEndpoint
from cms.models.webhooks import CONTENT_CHANGE_EVENTS
from cms.services import webhook_delivery_attempt
from locations.factories import ProviderPageFactory
from tests.editor import PUBLISH, article_form_data, edit_url

IN_THE_BACKGROUND = override_settings(
    TASKS={"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}
)


def worker_run() -> None:
    """What `manage.py db_worker --batch` does: run every task that is due, then stop.
    Run in the test's own transaction, so the worker's reconnection between tasks (which
    would end that transaction) is left out."""
    worker = Worker(
        queue_names=["*"],
        interval=0,
        batch=True,
        backend_name="default",
        startup_delay=False,
        max_tasks=None,
        worker_id="test-worker",
        excluded_queue_names=[],
    )
    with mock.patch("django_tasks_db.management.commands.db_worker.close_old_connections"):
        worker.run()


def verified(request, endpoint: WebhookEndpoint) -> dict:
    """The payload of a received request, once its signature checks out (raises if not)."""
    return Webhook(endpoint.secret).verify(request.get_data(), dict(request.headers))


@pytest.fixture
def endpoint(db, httpserver):
    return WebhookEndpoint.objects.create(name="Frontend", url=httpserver.url_for("/hook"))


@pytest.fixture
def article(blog_index):
    return ArticlePageFactory(parent=blog_index, slug="neck-tension")


def test_publishing_an_article_sends_one_signed_delivery_naming_every_page_it_shows_on(
    httpserver, endpoint, article, blog_index, django_capture_on_commit_callbacks
):
    picks = ArticlePageFactory(parent=blog_index, slug="picks")
    RelatedArticleFactory(page=picks, article=article)
    ArticlePageFactory(parent=blog_index, slug="unrelated")
    httpserver.expect_request("/hook", method="POST").respond_with_data("ok")

    with django_capture_on_commit_callbacks(execute=True):
        article.title = "Migraines that start in the neck"
        article.save_revision().publish()

    assert len(httpserver.log) == 1
    request, response = httpserver.log[0]
    payload = verified(request, endpoint)
    assert payload["event"] == "page.published"
    assert payload["paths"] == ["/blog/", "/blog/neck-tension/", "/blog/picks/"]
    assert payload["id"] == request.headers["webhook-id"]
    assert set(payload) == {"id", "event", "occurred_at", "paths"}
    delivery = WebhookDelivery.objects.get()
    assert delivery.status == WebhookDelivery.Status.SUCCEEDED
    assert (delivery.attempt_count, delivery.response_code) == (1, 200)


def test_a_forged_or_altered_delivery_fails_verification(
    httpserver, endpoint, article, django_capture_on_commit_callbacks
):
    httpserver.expect_request("/hook").respond_with_data("ok")
    with django_capture_on_commit_callbacks(execute=True):
        article.save_revision().publish()
    request, _ = httpserver.log[0]
    headers = dict(request.headers)

    with pytest.raises(Exception, match="signature"):
        Webhook(endpoint.secret).verify(request.get_data().replace(b"/blog/", b"/evil/"), headers)
    other = WebhookEndpoint(name="Other", url="https://example.com/")
    with pytest.raises(Exception, match="signature"):
        Webhook(other.secret).verify(request.get_data(), headers)


@IN_THE_BACKGROUND
def test_the_editors_publish_does_not_wait_for_the_receiver(
    admin_client,
    httpserver,
    endpoint,
    blog_index,
    provider_index,
    django_capture_on_commit_callbacks,
):
    """The receiver takes 3 seconds to answer; the publish is over long before, and the
    delivery waits in the queue for the worker."""

    def slow(request):
        time.sleep(3)
        return Response("ok")

    httpserver.expect_request("/hook").respond_with_handler(slow)
    article = ArticlePageFactory(parent=blog_index, slug="neck-pain-and-headaches", live=False)
    author = ProviderPageFactory(parent=provider_index)

    started = time.monotonic()
    with django_capture_on_commit_callbacks(execute=True):
        response = admin_client.post(
            edit_url(article), {**article_form_data(authors=[author]), **PUBLISH}
        )
    elapsed = time.monotonic() - started

    assert response.status_code == 302
    assert elapsed < 2.5
    assert httpserver.log == []
    delivery = WebhookDelivery.objects.get()
    assert delivery.status == WebhookDelivery.Status.PENDING
    assert delivery.payload["paths"] == ["/blog/", "/blog/neck-pain-and-headaches/"]

    worker_run()

    delivery.refresh_from_db()
    assert delivery.status == WebhookDelivery.Status.SUCCEEDED
    assert len(httpserver.log) == 1


@IN_THE_BACKGROUND
@override_settings(WEBHOOK_RETRY_BASE_SECONDS=0)
def test_a_receiver_that_fails_then_recovers_gets_the_delivery_exactly_once_more(
    httpserver, endpoint, article, django_capture_on_commit_callbacks
):
    httpserver.expect_ordered_request("/hook").respond_with_data("down", status=503)
    httpserver.expect_ordered_request("/hook").respond_with_data("ok")
    with django_capture_on_commit_callbacks(execute=True):
        article.save_revision().publish()

    worker_run()
    worker_run()  # nothing is left to do: no third request

    assert len(httpserver.log) == 2
    first, second = (request for request, _ in httpserver.log)
    assert first.headers["webhook-id"] == second.headers["webhook-id"]
    assert verified(first, endpoint) == verified(second, endpoint)
    delivery = WebhookDelivery.objects.get()
    assert delivery.status == WebhookDelivery.Status.SUCCEEDED
    assert delivery.attempt_count == 2
    assert [attempt.response_code for attempt in delivery.attempts.all()] == [503, 200]


@IN_THE_BACKGROUND
def test_retries_back_off_exponentially_and_give_up_after_the_last_attempt(
    httpserver, endpoint, settings
):
    settings.WEBHOOK_MAX_ATTEMPTS = 3
    httpserver.expect_request("/hook").respond_with_data("down", status=500)
    delivery = WebhookDelivery.objects.create(
        endpoint=endpoint, message_id="msg_1", event="page.published", payload={"paths": ["/"]}
    )

    waits = []
    for _ in range(3):
        before = time.time()
        webhook_delivery_attempt(delivery)
        if delivery.next_attempt_at:
            waits.append(round(delivery.next_attempt_at.timestamp() - before))

    assert waits == [30, 60]
    assert delivery.status == WebhookDelivery.Status.FAILED
    assert delivery.next_attempt_at is None
    assert delivery.attempt_count == 3
    assert WebhookAttempt.objects.filter(delivery=delivery).count() == 3


def test_a_receiver_that_cannot_be_reached_is_logged_and_never_fails_the_publish(
    article, django_capture_on_commit_callbacks
):
    WebhookEndpoint.objects.create(name="Gone", url="http://127.0.0.1:9/hook")

    with django_capture_on_commit_callbacks(execute=True):
        article.save_revision().publish()

    delivery = WebhookDelivery.objects.get()
    assert delivery.response_code is None
    assert "could not reach the receiver" in delivery.error
    assert delivery.attempts.count() == 1


def test_a_broken_announcement_never_fails_the_publish(
    endpoint, article, django_capture_on_commit_callbacks
):
    with (
        mock.patch("cms.services.WebhookEndpoint.objects.filter", side_effect=RuntimeError),
        django_capture_on_commit_callbacks(execute=True),
    ):
        article.save_revision().publish()

    article.refresh_from_db()
    assert article.live and not article.has_unpublished_changes


def test_only_active_endpoints_listening_to_the_event_are_told(
    httpserver, article, django_capture_on_commit_callbacks
):
    url = httpserver.url_for("/hook")
    told = WebhookEndpoint.objects.create(name="Told", url=url, events=["page.published"])
    WebhookEndpoint.objects.create(name="Off", url=url, active=False)
    WebhookEndpoint.objects.create(name="Deaf", url=url, events=["cta.changed"])
    httpserver.expect_request("/hook").respond_with_data("ok")

    with django_capture_on_commit_callbacks(execute=True):
        article.save_revision().publish()

    assert [delivery.endpoint for delivery in WebhookDelivery.objects.all()] == [told]


def test_a_navigation_change_names_every_public_page(
    httpserver, endpoint, home_page, article, blog_index, django_capture_on_commit_callbacks
):
    ArticlePageFactory(parent=blog_index, slug="draft", live=False)
    httpserver.expect_request("/hook").respond_with_data("ok")

    with django_capture_on_commit_callbacks(execute=True):
        NavigationSettings.for_site(home_page.get_site()).save()

    payload = json.loads(httpserver.log[0][0].get_data())
    assert payload["event"] == "navigation.changed"
    assert payload["paths"] == ["/", "/blog/", "/blog/neck-tension/"]


def test_a_change_rolled_back_is_announced_to_nobody(endpoint, article):
    # No commit happens in this test: the on-commit announcement never runs.
    article.save_revision().publish()

    assert not WebhookDelivery.objects.exists()


def test_every_event_the_fan_out_announces_can_be_chosen():
    from cms import signal_handlers

    used = {"page.published", "page.unpublished", "page.moved", "page.privacy_changed"}
    used |= {"redirect.changed", "media.changed", *signal_handlers.SHARED_MODELS.values()}
    assert used == set(CONTENT_CHANGE_EVENTS)


def test_staff_manage_endpoints_and_read_the_delivery_log_in_the_admin(
    admin_client, endpoint, httpserver
):
    response = admin_client.get(reverse("webhookendpoint:edit", args=[endpoint.pk]))
    assert response.status_code == 200
    assert endpoint.secret in response.content.decode()
    assert endpoint.secret.startswith("whsec_")

    assert "whsec_" not in admin_client.get(reverse("webhookendpoint:add")).content.decode()
    response = admin_client.post(
        reverse("webhookendpoint:add"),
        {
            "name": "Preview",
            "url": "https://frontend.example/api/hook",
            "events": ["cta.changed"],
            "active": "on",
        },
    )
    assert response.status_code == 302
    created = WebhookEndpoint.objects.get(name="Preview")
    assert created.events == ["cta.changed"] and created.active

    delivery = WebhookDelivery.objects.create(
        endpoint=endpoint, message_id="msg_2", event="page.published", payload={"paths": ["/"]}
    )
    WebhookAttempt.objects.create(delivery=delivery, response_code=502)
    assert admin_client.get(reverse("webhookdelivery:index")).status_code == 200
    page = admin_client.get(reverse("webhookdelivery:inspect", args=[delivery.pk]))
    assert page.status_code == 200
    assert "502" in page.content.decode()
    assert admin_client.get(reverse("webhookdelivery:add")).status_code in (302, 403, 404)


def test_the_receiver_written_in_the_docs_verifies_a_real_delivery(
    httpserver, endpoint, article, django_capture_on_commit_callbacks
):
    """docs/webhooks.md's standard-library receiver, run as written: a second
    implementation of the scheme, and a check that the docs stay true."""
    docs = (settings.BASE_DIR / "docs" / "webhooks.md").read_text()
    code = re.search(r"```python\n(import base64.*?)```", docs, re.DOTALL).group(1)
    namespace: dict = {}
    exec(code, namespace)  # noqa: S102 (our own documentation)
    httpserver.expect_request("/hook").respond_with_data("ok")
    with django_capture_on_commit_callbacks(execute=True):
        article.save_revision().publish()
    request, _ = httpserver.log[0]

    change = namespace["verified"](request.get_data(), request.headers, endpoint.secret)

    assert change["paths"] == ["/blog/", "/blog/neck-tension/"]
    with pytest.raises(ValueError, match="bad signature"):
        namespace["verified"](request.get_data() + b" ", request.headers, endpoint.secret)


def test_editors_see_neither_endpoints_nor_their_secrets(client, django_user_model, endpoint):
    editor = django_user_model.objects.create_user("editor", "editor@example.com", "pw")
    editor.groups.add(Group.objects.get(name="Editors"))
    client.force_login(editor)

    for url in (
        reverse("webhookendpoint:index"),
        reverse("webhookendpoint:edit", args=[endpoint.pk]),
        reverse("webhookdelivery:index"),
    ):
        response = client.get(url)
        assert response.status_code in (302, 403), url
        assert endpoint.secret not in response.content.decode()
