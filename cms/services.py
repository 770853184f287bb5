"""The one fan-out of content changes.

Whatever changes — a page published, unpublished, moved or deleted, a redirect, a call to
action, a topic, an image, the site settings or navigation — and whichever process
changes it (a web worker, the task worker, scheduled publishing), `content_change_fan_out`
is called once, works out every public-site path whose content changed, and makes the
API's cached answers for them fresh in every process. The webhooks and the CDN purge
announce the same change, with the same paths.
"""

import json
import logging
import time
import uuid
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime, timedelta

import requests
from django.conf import settings
from django.db import transaction
from django.utils import timezone
from wagtail.contrib.frontend_cache.utils import purge_urls_from_cache
from wagtail.models import Page, Site

from cms.api.cache import EVERYTHING, PAGES, generations_renew, path_scope
from cms.models import WebhookAttempt, WebhookDelivery, WebhookEndpoint, public_pages

logger = logging.getLogger(__name__)


@dataclass(frozen=True)
class ContentChange:
    """What changed: the event ("page.published"…), the public-site paths whose content
    changed, and whether everything did (settings, navigation, shared snippets)."""

    event: str
    paths: frozenset[str]
    everything: bool = False

    @property
    def cache_scopes(self) -> set[str]:
        if self.everything:
            return {EVERYTHING}
        return {PAGES, *map(path_scope, self.paths)}


def content_change_fan_out(
    event: str,
    *,
    pages: Iterable[Page] = (),
    paths: Iterable[str] = (),
    everything: bool = False,
) -> ContentChange:
    """Announce a change of `pages` (and of any other `paths`) everywhere it shows.

    Cached answers are dropped at once, and again when the transaction commits: the
    first keeps this process's next request fresh, the second makes sure that no other
    process cached the old content in between. The webhooks and the CDN are told once
    the change is committed, never before (a receiver would fetch the old content) and
    never for a change rolled back.
    """
    change = ContentChange(event, frozenset(paths) | pages_affected_paths(pages), everything)
    scopes = change.cache_scopes
    generations_renew(scopes)
    transaction.on_commit(lambda: generations_renew(scopes))
    transaction.on_commit(lambda: content_change_announce(change))
    return change


def content_change_announce(change: ContentChange) -> None:
    """Queue a webhook delivery for each endpoint listening, and the CDN purge.

    Runs after the editor's change is committed, inside their request, and never
    raises: the publish has already succeeded and must be reported as such. With the
    database task backend (production) it only writes and queues, and never waits on a
    receiver or a CDN; the immediate backend (development) delivers there and then.
    """
    try:
        paths = content_change_public_paths(change)
    except Exception:
        logger.exception("Could not work out the paths of a %s change", change.event)
        return
    for announce in (webhook_deliveries_queue, cdn_purge):
        try:
            announce(change.event, paths)
        except Exception:
            logger.exception("Could not announce a %s change (%s)", change.event, announce.__name__)


def content_change_public_paths(change: ContentChange) -> list[str]:
    """The paths a change is announced with: its own, or every public page's path when
    everything changed (navigation, settings, shared snippets)."""
    paths = set(change.paths)
    if change.everything:
        paths |= public_paths(public_pages().values_list("url_path", flat=True))
    return sorted(paths)


def pages_affected_paths(pages: Iterable[Page]) -> frozenset[str]:
    """The public-site paths whose content changes with these pages: each page itself
    (unless it sits under a view restriction), the live and public pages below it (their
    breadcrumbs and paths), and the live and public pages showing it (listings, related
    articles, links, bylines, featured items)."""
    pages = list(pages)
    if not pages:
        return frozenset()
    own = Page.objects.public().filter(pk__in=[page.pk for page in pages])
    url_paths = set(own.values_list("url_path", flat=True))
    for page in pages:
        if page.numchild:
            below = public_pages().descendant_of(page)
            url_paths.update(below.values_list("url_path", flat=True))
        showing = page.specific.pages_showing_it() & public_pages()
        url_paths.update(showing.values_list("url_path", flat=True))
    return frozenset(public_paths(url_paths))


def public_paths(url_paths: Iterable[str]) -> set[str]:
    """Wagtail's tree paths ("/home/blog/x/") as public-site paths ("/blog/x/"); paths
    under no site have no public path and are left out."""
    roots = sorted({root.root_path for root in Site.get_site_root_paths()}, key=len, reverse=True)
    found = set()
    for url_path in url_paths:
        root = next((root for root in roots if url_path.startswith(root)), None)
        if root is not None:
            found.add("/" + url_path[len(root) :])
    return found


def webhook_deliveries_queue(event: str, paths: list[str]) -> list[WebhookDelivery]:
    """One delivery of this change for each active endpoint listening to its event,
    stored and queued for the task worker. A change that no public page shows (a draft's
    first save, a private page) is announced to nobody."""
    from cms.tasks import webhook_deliver

    if not paths:
        return []
    endpoints = [
        endpoint
        for endpoint in WebhookEndpoint.objects.filter(active=True)
        if endpoint.listens_to(event)
    ]
    occurred_at = timezone.now()
    deliveries = []
    for endpoint in endpoints:
        message_id = f"msg_{uuid.uuid4().hex}"
        with transaction.atomic():  # no delivery logged as pending that was never queued
            delivery = WebhookDelivery.objects.create(
                endpoint=endpoint,
                message_id=message_id,
                event=event,
                payload={
                    "id": message_id,
                    "event": event,
                    "occurred_at": occurred_at.isoformat(),
                    "paths": paths,
                },
                next_attempt_at=occurred_at,
            )
            webhook_deliver.enqueue(delivery.pk)
        deliveries.append(delivery)
    return deliveries


def webhook_deliveries_prune(now: datetime | None = None) -> int:
    """Delete the deliveries finished (delivered or given up) more than
    WEBHOOK_DELIVERY_RETENTION_DAYS ago, with their attempts; how many were deleted.
    Deliveries still pending or retrying are kept however old they are."""
    cutoff = (now or timezone.now()) - timedelta(days=settings.WEBHOOK_DELIVERY_RETENTION_DAYS)
    finished = [WebhookDelivery.Status.SUCCEEDED, WebhookDelivery.Status.FAILED]
    _deleted, by_model = WebhookDelivery.objects.filter(
        status__in=finished, created_at__lt=cutoff
    ).delete()
    return by_model.get(WebhookDelivery._meta.label, 0)


def webhook_delivery_attempt(delivery: WebhookDelivery) -> WebhookDelivery:
    """POST the delivery once, signed, log the attempt, and queue the next one with
    exponential backoff if the receiver failed (no answer, or not a 2xx).

    The same message id is sent each time, so that a receiver can drop a duplicate; the
    timestamp is the attempt's own, as Standard Webhooks requires.
    """
    from cms.tasks import webhook_deliver

    endpoint = delivery.endpoint
    body = json.dumps(delivery.payload, separators=(",", ":")).encode()
    timestamp = int(time.time())
    headers = {
        "Content-Type": "application/json",
        "User-Agent": "painclinic-cms-webhooks/1",
        "webhook-id": delivery.message_id,
        "webhook-timestamp": str(timestamp),
        "webhook-signature": endpoint.signature(delivery.message_id, timestamp, body),
    }
    started = time.monotonic()
    response_code, error = None, ""
    try:
        response = requests.post(
            endpoint.url,
            data=body,
            headers=headers,
            timeout=settings.WEBHOOK_TIMEOUT_SECONDS,
            allow_redirects=False,
        )
        response_code = response.status_code
        response.close()
    except requests.RequestException as exc:
        error = f"{type(exc).__name__}: could not reach the receiver"[:255]
    now = timezone.now()
    attempt = WebhookAttempt.objects.create(
        delivery=delivery,
        attempted_at=now,
        response_code=response_code,
        error=error,
        duration_ms=int((time.monotonic() - started) * 1000),
    )
    delivery.attempt_count += 1
    delivery.response_code = response_code
    if not error and not attempt.succeeded:
        error = f"The receiver answered {response_code}"
    delivery.error = error
    delivery.next_attempt_at = None
    if attempt.succeeded:
        delivery.status = WebhookDelivery.Status.SUCCEEDED
        delivery.delivered_at = now
    elif delivery.attempt_count >= settings.WEBHOOK_MAX_ATTEMPTS:
        delivery.status = WebhookDelivery.Status.FAILED
    elif not webhook_deliver.get_backend().supports_defer:
        # The immediate backend (development) cannot wait: retries need the worker.
        delivery.status = WebhookDelivery.Status.FAILED
        delivery.error = (delivery.error + "; not retried without the task worker")[:255]
    else:
        delay = settings.WEBHOOK_RETRY_BASE_SECONDS * 2 ** (delivery.attempt_count - 1)
        delivery.status = WebhookDelivery.Status.RETRYING
        delivery.next_attempt_at = now + timedelta(seconds=delay)
        webhook_deliver.using(run_after=delivery.next_attempt_at).enqueue(delivery.pk)
    delivery.save()
    return delivery


def cdn_purge(event: str, paths: list[str]) -> None:
    """Purge the public-site URLs of these paths from the CDN, where one is configured
    (Wagtail's frontend cache backends, as a background task). Every site's host is
    purged: a path does not say which site it belongs to, and purging too much is
    harmless where purging too little serves stale pages."""
    if not settings.WAGTAILFRONTENDCACHE or not paths:
        return
    roots = {site.root_url for site in Site.objects.all()}
    purge_urls_from_cache([root + path for root in sorted(roots) for path in paths])
