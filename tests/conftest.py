"""Fixtures shared by the whole suite: the page tree every test builds on."""

import pytest
from wagtail.models import Site

from blog.factories import BlogIndexPageFactory
from locations.factories import LocationIndexPageFactory, ProviderIndexPageFactory


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
