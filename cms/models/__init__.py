"""The shared content model: base page and SEO, topics, calls to action, site settings."""

from .cta import CallToAction, CallToActionPlacement
from .pages import BasePage, SeoMixin, SeoProblem, indexable_pages, public_pages
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
    "SeoProblem",
    "Topic",
    "WebhookAttempt",
    "WebhookDelivery",
    "WebhookEndpoint",
    "indexable_pages",
    "public_pages",
]
