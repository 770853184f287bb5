"""The shared content model: base page and SEO, topics, calls to action, site settings."""

from .cta import CallToAction, CallToActionPlacement
from .pages import BasePage, SeoMixin, public_pages
from .settings import NavigationSettings, PracticeSettings
from .topics import Topic
from .webhooks import WebhookAttempt, WebhookDelivery, WebhookEndpoint

__all__ = [
    "BasePage",
    "CallToAction",
    "CallToActionPlacement",
    "NavigationSettings",
    "PracticeSettings",
    "SeoMixin",
    "Topic",
    "WebhookAttempt",
    "WebhookDelivery",
    "WebhookEndpoint",
    "public_pages",
]
