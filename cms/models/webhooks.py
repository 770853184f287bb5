"""Webhooks: the frontend's receivers, and the log of every delivery made to them.

An endpoint is managed in the admin; the change fan-out (`cms.services`) queues one
delivery per content change for each active endpoint that listens to its event, and the
task worker posts it, signed per the Standard Webhooks scheme, retrying with backoff.
Only public-site paths are ever sent: no content, and never anything about patients.
"""

import base64
import hashlib
import hmac
import secrets

from django.db import models
from django.utils import timezone
from wagtail.admin.panels import FieldPanel

from cms.forms import WebhookEndpointForm

SECRET_PREFIX = "whsec_"

# Every event the fan-out announces, with what it means to whoever receives it.
CONTENT_CHANGE_EVENTS = {
    "page.published": "A page was published (or republished)",
    "page.unpublished": "A page was unpublished or deleted",
    "page.moved": "A page moved or its slug changed",
    "page.privacy_changed": "A page became private or public",
    "redirect.changed": "A redirect was added, changed or removed",
    "cta.changed": "A call to action changed",
    "topic.changed": "A topic (condition or treatment) changed",
    "media.changed": "An image or a document changed",
    "navigation.changed": "The site navigation changed",
    "settings.changed": "The site settings changed",
}


def webhook_secret_generate() -> str:
    """A new signing secret in the Standard Webhooks form: "whsec_" and 32 random bytes
    in base64."""
    return SECRET_PREFIX + base64.b64encode(secrets.token_bytes(32)).decode()


def every_event() -> list[str]:
    return list(CONTENT_CHANGE_EVENTS)


class SecretPanel(FieldPanel):
    """The signing secret, read-only, once the endpoint exists: before it is saved, the
    secret that will be stored is not yet known."""

    class BoundPanel(FieldPanel.BoundPanel):
        """Hidden on the create page."""

        def is_shown(self):
            return self.instance.pk is not None and super().is_shown()


class WebhookEndpoint(models.Model):
    """A receiver of the frontend (a build hook, a cache-purge function) told about
    every content change it listens to."""

    name = models.CharField(
        max_length=100, help_text="Who receives it, e.g. “Next.js revalidation (production)”."
    )
    url = models.URLField(
        "URL",
        max_length=500,
        help_text="Where each change is POSTed. Use https:// for anything outside your network.",
    )
    secret = models.CharField(
        max_length=100,
        default=webhook_secret_generate,
        editable=False,
        help_text=(
            "Give this to the receiver: it verifies each request's `webhook-signature` "
            "with it (see docs/webhooks.md). Generated when the endpoint is created."
        ),
    )
    events = models.JSONField(
        default=every_event,
        help_text="The changes this receiver is told about.",
    )
    active = models.BooleanField(
        default=True, help_text="Untick to stop deliveries without losing the endpoint."
    )
    created_at = models.DateTimeField(auto_now_add=True)

    base_form_class = WebhookEndpointForm
    panels = [
        FieldPanel("name"),
        FieldPanel("url"),
        FieldPanel("events"),
        FieldPanel("active"),
        SecretPanel("secret", read_only=True),
    ]

    class Meta:
        ordering = ["name"]

    def __str__(self) -> str:
        return self.name

    def listens_to(self, event: str) -> bool:
        return event in self.events

    def signature(self, message_id: str, timestamp: int, body: bytes) -> str:
        """The `webhook-signature` header of a message: "v1," and the base64 HMAC-SHA256
        of "{id}.{timestamp}.{body}" keyed with the secret's bytes (Standard Webhooks)."""
        key = base64.b64decode(self.secret.removeprefix(SECRET_PREFIX))
        signed = f"{message_id}.{timestamp}.".encode() + body
        digest = hmac.new(key, signed, hashlib.sha256).digest()
        return "v1," + base64.b64encode(digest).decode()


class WebhookDelivery(models.Model):
    """One change announced to one endpoint, and where its delivery stands. The body is
    kept as sent, so that every attempt (and a receiver checking a retry) sees the same
    message with the same id."""

    class Status(models.TextChoices):
        PENDING = "pending", "Pending"
        RETRYING = "retrying", "Failed, will retry"
        SUCCEEDED = "succeeded", "Delivered"
        FAILED = "failed", "Failed, given up"

    endpoint = models.ForeignKey(
        WebhookEndpoint, on_delete=models.CASCADE, related_name="deliveries"
    )
    message_id = models.CharField(max_length=40, unique=True)
    event = models.CharField(max_length=40)
    payload = models.JSONField()
    status = models.CharField(max_length=10, choices=Status.choices, default=Status.PENDING)
    attempt_count = models.PositiveIntegerField(default=0)
    response_code = models.PositiveIntegerField(
        null=True, blank=True, help_text="The HTTP status of the last attempt."
    )
    error = models.CharField(max_length=255, blank=True, help_text="Why the last attempt failed.")
    next_attempt_at = models.DateTimeField(null=True, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    delivered_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-created_at", "-pk"]
        verbose_name_plural = "webhook deliveries"

    def __str__(self) -> str:
        return f"{self.event} → {self.endpoint}"


class WebhookAttempt(models.Model):
    """One try at posting a delivery: when, what the receiver answered, how long it took."""

    delivery = models.ForeignKey(WebhookDelivery, on_delete=models.CASCADE, related_name="attempts")
    attempted_at = models.DateTimeField(default=timezone.now)
    response_code = models.PositiveIntegerField(null=True, blank=True)
    error = models.CharField(max_length=255, blank=True)
    duration_ms = models.PositiveIntegerField(default=0)

    class Meta:
        ordering = ["attempted_at", "pk"]

    def __str__(self) -> str:
        outcome = self.response_code or self.error or "no answer"
        return f"{self.attempted_at:%Y-%m-%d %H:%M:%S}: {outcome}"

    @property
    def succeeded(self) -> bool:
        return self.response_code is not None and 200 <= self.response_code < 300
