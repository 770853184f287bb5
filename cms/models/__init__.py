"""The shared content model: base page and SEO, topics, calls to action, site settings."""

from .cta import CallToAction, CallToActionPlacement, calls_to_action
from .pages import (
    BasePage,
    SeoMixin,
    SeoProblem,
    indexable_pages,
    is_public,
    public_pages,
    restricted_paths,
)
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
    "calls_to_action",
    "indexable_pages",
    "is_public",
    "public_pages",
    "restricted_paths",
]
