"""The shared content model: base page and SEO, topics, calls to action, site settings."""

from .cta import CallToAction, calls_to_action
from .pages import BasePage, SeoMixin, is_public, public_pages, restricted_paths
from .settings import NavigationSettings, PracticeSettings
from .topics import Topic

__all__ = [
    "BasePage",
    "CallToAction",
    "NavigationSettings",
    "PracticeSettings",
    "SeoMixin",
    "Topic",
    "calls_to_action",
    "is_public",
    "public_pages",
    "restricted_paths",
]
