"""Fixtures shared by the whole suite: the page tree every test builds on."""

import pytest
from django.core.cache import cache
from wagtail.models import Site

from blog.factories import BlogIndexPageFactory
from cms.factories import CallToActionFactory, ImageFactory
from locations.factories import LocationIndexPageFactory, ProviderIndexPageFactory
from tests.cache import cache_empty


@pytest.hookimpl(optionalhook=True)
def pytest_xdist_auto_num_workers(config):
    """`-n auto` (pyproject.toml) runs the suite on every core, but a run of named test files
    or tests stays in one process: starting the workers would cost more than it saves."""
    if all(arg.partition("::")[0].endswith(".py") for arg in config.args):
        return 0
    return None  # xdist's default: one worker per core


@pytest.fixture(autouse=True)
def empty_cache():
    """Each test starts with an empty cache.

    The database cache is rolled back with each test, but Redis (when REDIS_URL is set)
    is not: without this, a test could read what an earlier one cached, such as the
    rendition of an image whose id the database has since reused. Only this project's
    test keys are deleted, never the rest of a developer's Redis, nor another pytest-xdist
    worker's. Every key version goes: Wagtail keeps its sites' root paths under version 2,
    and a test that moved the site to a live server's port must not leave that port to the
    next test.
    """
    if hasattr(cache, "delete_pattern"):
        cache_empty()
    yield


@pytest.fixture
def home_page(db):
    """The site's root page, created by the home app's migration."""
    return Site.objects.get(is_default_site=True).root_page.specific


@pytest.fixture
def blog_index(home_page):
    return BlogIndexPageFactory(parent=home_page)


@pytest.fixture
def location_index(home_page):
    return LocationIndexPageFactory(parent=home_page)


@pytest.fixture
def provider_index(home_page):
    return ProviderIndexPageFactory(parent=home_page)


@pytest.fixture
def every_block(db):
    """A body with one block of each of the ten types."""
    image = ImageFactory()
    return [
        ("heading", {"text": "Common symptoms", "level": "h2", "anchor": ""}),
        ("paragraph", "<p>Pain at the <b>base of the skull</b>.</p>"),
        (
            "list",
            {
                "lead_in": "Causes:",
                "style": "numbered",
                "items": ["<p>Posture</p>", "<p>Stress</p>"],
            },
        ),
        (
            "image",
            {
                "image": {"image": image, "alt_text": "A clinician", "decorative": False},
                "caption": "At the clinic",
            },
        ),
        ("quote", {"quote": "It helped.", "attribution": "A patient"}),
        ("callout", {"style": "warning", "title": "Urgent", "text": "<p>Call 911.</p>"}),
        (
            "faq",
            {"heading": "FAQ", "items": [{"question": "Does it hurt?", "answer": "<p>No.</p>"}]},
        ),
        ("cta", {"cta": CallToActionFactory()}),
        ("embed", {"video": "https://www.youtube.com/watch?v=dQw4w9WgXcQ", "caption": "Video"}),
        (
            "table",
            {
                "table_header_choice": "row",
                "first_row_is_table_header": True,
                "first_col_is_header": False,
                "table_caption": "Options",
                "data": [["Treatment", "Relief"], ["Nerve block", "Weeks"]],
            },
        ),
    ]
