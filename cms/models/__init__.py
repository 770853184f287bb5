"""The shared content model: base page and SEO, topics, calls to action, site settings."""

from .cta import CallToAction
from .pages import BasePage, SeoMixin, SeoProblem, indexable_pages, public_pages
from .settings import NavigationSettings, PracticeSettings
from .topics import Topic

__all__ = [
    "BasePage",
    "CallToAction",
    "NavigationSettings",
    "PracticeSettings",
    "SeoMixin",
    "SeoProblem",
    "Topic",
    "indexable_pages",
    "public_pages",
]
