"""The reference rendering of the public site: every page type and every block rendered
from the API's JSON alone, at the page's public path, with the appointment widget."""

from unittest import mock

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.contrib.redirects.models import Redirect
from wagtail.models import Site

from blog.factories import ArticleAuthorFactory, ArticlePageFactory, RelatedArticleFactory
from cms.factories import CallToActionFactory
from cms.models import NavigationSettings, PracticeSettings
from home.models import FeaturedArticle, FeaturedClinic
from locations.factories import LocationPageFactory, ProviderPageFactory, SpecialHoursFactory
from tests.cache import cache_empty


@pytest.fixture
def practice(home_page):
    site = Site.objects.get(is_default_site=True)
    PracticeSettings.objects.update_or_create(
        site=site,
        defaults={
            "name": "Test Practice",
            "phone": "(404) 555-0100",
            "default_cta": CallToActionFactory(heading="Book a visit"),
        },
    )
    navigation = NavigationSettings.for_site(site)
    navigation.header = [
        ("link", {"page": None, "url": "https://portal.example/", "label": "Portal"})
    ]
    navigation.save()
    return site


@pytest.fixture
def article(practice, blog_index, provider_index, every_block):
    article = ArticlePageFactory(
        parent=blog_index, title="Neck tension", slug="neck-tension", body=every_block
    )
    ArticleAuthorFactory(
        page=article, provider=ProviderPageFactory(parent=provider_index, title="Amara Okafor")
    )
    RelatedArticleFactory(
        page=article, article=ArticlePageFactory(parent=blog_index, title="Posture at work")
    )
    return article


def queries(client, url: str, **params) -> tuple[int, object]:
    with CaptureQueriesContext(connection) as captured:
        response = client.get(url, params)
    return len(captured), response


def test_an_article_renders_every_block_from_its_payload(client, article):
    html = client.get("/blog/neck-tension/").content.decode()

    assert "<h1>Neck tension</h1>" in html
    assert '<h2 id="common-symptoms">Common symptoms</h2>' in html
    assert "<ol><li>" in html and "<blockquote>" in html
    assert 'alt="A clinician"' in html and "<figcaption>At the clinic</figcaption>" in html
    assert 'class="callout callout--warning"' in html
    assert "<summary>Does it hurt?</summary>" in html
    assert "youtube-nocookie.com/embed/dQw4w9WgXcQ" in html
    assert "<caption>Options</caption>" in html and '<th scope="col">Treatment</th>' in html
    assert "By <a href=" in html and "Amara Okafor" in html
    assert "You might also enjoy" in html and "Posture at work" in html
    assert "Test Practice" in html and 'href="https://portal.example/"' in html
    assert '<nav class="breadcrumbs" aria-label="Breadcrumb">' in html
    # The appointment widget, with the call to action it replaces as its fallback.
    assert '<script src="/widgets/cta.js" defer></script>' in html
    assert '<appointment-cta placement="article" path="/blog/neck-tension/"' in html
    assert "Book a visit" in html  # the site's default, as the page has none of its own
    assert '<appointment-cta placement="inline"' in html  # the CTA block
    assert "Schedule your consultation" in html


def test_every_page_type_renders_at_its_public_path(
    client, practice, home_page, blog_index, location_index, provider_index
):
    clinic = LocationPageFactory(parent=location_index, title="Midtown Atlanta", slug="midtown")
    SpecialHoursFactory(page=clinic)
    provider = ProviderPageFactory(parent=provider_index, title="Amara Okafor", slug="okafor")
    provider.locations.set([clinic])
    provider.save_revision().publish()
    article = ArticlePageFactory(parent=blog_index, title="Sciatica", slug="sciatica")
    FeaturedArticle.objects.create(page=home_page, article=article)
    FeaturedClinic.objects.create(page=home_page, clinic=clinic)
    home_page.save_revision().publish()

    pages = {
        "/": "Our clinics",
        "/blog/": "Sciatica",
        "/blog/sciatica/": "<h1>Sciatica</h1>",
        "/clinics/": "Midtown Atlanta",
        "/clinics/midtown/": "Monday 08:00–17:00",
        "/providers/": "Amara Okafor",
        "/providers/okafor/": 'href="/clinics/midtown/"',
    }
    for path, expected in pages.items():
        response = client.get(path)
        assert response.status_code == 200, path
        assert expected in response.content.decode(), path
    clinic_html = client.get("/clinics/midtown/").content.decode()
    assert "December 25: closed (Christmas Day)" in clinic_html
    assert "Amara Okafor" in clinic_html
    assert '<appointment-cta placement="location" path="/clinics/midtown/" location="midtown"' in (
        clinic_html
    )


def test_the_page_costs_exactly_the_queries_of_its_two_api_requests(client, article):
    """Nothing but the API's JSON: rendering adds no query of its own."""
    client.get("/blog/neck-tension/")  # image renditions are made once, on a first view
    cache_empty()
    api_page, _ = queries(client, "/api/v2/pages/by-path/", path="/blog/neck-tension/")
    api_site, _ = queries(client, "/api/v2/site/")
    cache_empty()

    rendered, response = queries(client, "/blog/neck-tension/")

    assert response.status_code == 200
    assert rendered == api_page + api_site


def test_a_path_with_no_page_renders_the_404_page(client, practice):
    response = client.get("/nowhere/")

    assert response.status_code == 404
    assert "<h1>Page not found</h1>" in response.content.decode()
    assert "Test Practice" in response.content.decode()
    assert client.get("/favicon.txt").status_code == 404


def test_a_redirect_answer_redirects(client, article):
    Redirect.objects.create(old_path="/old-neck", redirect_page=article, is_permanent=True)
    Redirect.objects.create(
        old_path="/insurance", redirect_link="https://insurer.example/", is_permanent=False
    )

    permanent = client.get("/old-neck/")
    assert (permanent.status_code, permanent["Location"]) == (301, "/blog/neck-tension/")
    temporary = client.get("/insurance/")
    assert (temporary.status_code, temporary["Location"]) == (302, "https://insurer.example/")


def test_drafts_are_not_rendered(client, practice, blog_index):
    ArticlePageFactory(parent=blog_index, slug="draft", live=False)

    assert client.get("/blog/draft/").status_code == 404


def test_an_api_failure_renders_the_error_page(client, practice):
    client.raise_request_exception = False  # the API's error is logged, as in production
    failure = RuntimeError("boom")
    with mock.patch("cms.api.views.PagesAPIViewSet._page_and_ancestors", side_effect=failure):
        response = client.get("/blog/")

    assert response.status_code == 500
    assert "<h1>This page cannot be shown</h1>" in response.content.decode()
