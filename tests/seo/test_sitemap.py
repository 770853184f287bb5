"""`/sitemap.xml` lists exactly the live, public, indexable pages; `/robots.txt` names it."""

import datetime
import xml.etree.ElementTree as ET

import pytest
from django.test import override_settings
from django.utils import timezone
from wagtail.models import Page, PageViewRestriction

from blog.factories import ArticlePageFactory
from cms.models import PracticeSettings
from locations.factories import LocationPageFactory, ProviderPageFactory

NS = {"sm": "http://www.sitemaps.org/schemas/sitemap/0.9"}
PUBLISHED = datetime.datetime(2026, 3, 2, 9, 30, tzinfo=datetime.UTC)


def xml(client, url: str) -> ET.Element:
    response = client.get(url)
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/xml")
    return ET.fromstring(response.content)


def entries(root: ET.Element) -> dict[str, str]:
    return {
        url.findtext("sm:loc", namespaces=NS): url.findtext("sm:lastmod", namespaces=NS)
        for url in root.findall("sm:url", NS)
    }


@pytest.fixture
def tree(home_page, blog_index, location_index, provider_index):
    """Pages of every kind: listed ones, and drafts, noindex and private ones that are not."""
    article = ArticlePageFactory(parent=blog_index, slug="neck")
    ArticlePageFactory(parent=blog_index, slug="draft", live=False)
    ArticlePageFactory(parent=blog_index, slug="hidden", noindex=True)
    provider = ProviderPageFactory(parent=provider_index, slug="okafor")
    ProviderPageFactory(parent=provider_index, slug="unlisted", noindex=True)
    LocationPageFactory(parent=location_index, slug="midtown")
    PageViewRestriction.objects.create(
        page=location_index, restriction_type=PageViewRestriction.PASSWORD, password="x"
    )
    Page.objects.filter(depth__gt=1).update(last_published_at=PUBLISHED)
    return [home_page, blog_index, article, provider_index, provider]


def test_the_sitemap_lists_exactly_the_live_public_indexable_pages(client, tree):
    listed = entries(xml(client, "/sitemap.xml"))

    assert listed == {
        "http://localhost/": "2026-03-02",
        "http://localhost/blog/": "2026-03-02",
        "http://localhost/blog/neck/": "2026-03-02",
        "http://localhost/providers/": "2026-03-02",
        "http://localhost/providers/okafor/": "2026-03-02",
    }


def test_lastmod_is_when_the_page_was_last_published(client, tree, blog_index):
    article = ArticlePageFactory(parent=blog_index, slug="fresh")
    article.save_revision().publish()
    article.refresh_from_db()

    listed = entries(xml(client, "/sitemap.xml"))

    # The date where the practice is (TIME_ZONE), as Django's sitemap writes it.
    published_on = timezone.localtime(article.last_published_at).date()
    assert listed["http://localhost/blog/fresh/"] == published_on.isoformat()


def test_a_page_that_becomes_noindex_leaves_the_sitemap(client, tree):
    article = tree[2]
    article.noindex = True
    article.save_revision().publish()

    assert "http://localhost/blog/neck/" not in entries(xml(client, "/sitemap.xml"))


def test_a_page_whose_canonical_address_is_elsewhere_is_left_out(client, tree, blog_index):
    ArticlePageFactory(
        parent=blog_index, slug="syndicated", canonical_url="https://journal.example.com/x/"
    )
    ArticlePageFactory(parent=blog_index, slug="own", canonical_url="http://localhost/blog/own/")

    listed = entries(xml(client, "/sitemap.xml"))

    assert "http://localhost/blog/syndicated/" not in listed
    assert "http://localhost/blog/own/" in listed


@override_settings(SITEMAP_URLS_PER_FILE=2)
def test_a_large_sitemap_becomes_an_index_of_files(client, tree):
    index = xml(client, "/sitemap.xml")

    assert index.tag == "{http://www.sitemaps.org/schemas/sitemap/0.9}sitemapindex"
    files = [item.findtext("sm:loc", namespaces=NS) for item in index.findall("sm:sitemap", NS)]
    assert files == [f"http://localhost/sitemap-pages.xml?p={number}" for number in (1, 2, 3)]
    listed: dict[str, str] = {}
    for file in files:
        part = entries(xml(client, file.removeprefix("http://localhost")))
        assert 1 <= len(part) <= 2
        listed |= part
    assert set(listed) == {
        "http://localhost/",
        "http://localhost/blog/",
        "http://localhost/blog/neck/",
        "http://localhost/providers/",
        "http://localhost/providers/okafor/",
    }


def robots(client) -> str:
    response = client.get("/robots.txt")
    assert response.status_code == 200
    assert response["Content-Type"] == "text/plain; charset=utf-8"
    return response.content.decode()


def test_robots_txt_keeps_crawlers_out_of_the_admin_and_the_api_and_names_the_sitemap(
    client, home_page
):
    assert robots(client) == (
        "User-agent: *\n"
        "Disallow: /admin/\n"
        "Disallow: /api/\n"
        "\n"
        "User-agent: *\n"
        "Allow: /\n"
        "\n"
        "Sitemap: http://localhost/sitemap.xml\n"
    )


def test_robots_txt_is_edited_in_the_practice_settings(client, home_page):
    PracticeSettings.objects.create(
        site=home_page.get_site(), robots_txt="User-agent: GPTBot\r\nDisallow: /\r\n"
    )

    text = robots(client)

    assert "User-agent: GPTBot\nDisallow: /\n" in text
    assert text.startswith("User-agent: *\nDisallow: /admin/\nDisallow: /api/\n")
    assert text.endswith("Sitemap: http://localhost/sitemap.xml\n")


def test_emptied_robots_txt_still_protects_the_admin_and_names_the_sitemap(client, home_page):
    PracticeSettings.objects.create(site=home_page.get_site(), robots_txt="")

    assert robots(client) == (
        "User-agent: *\nDisallow: /admin/\nDisallow: /api/\n"
        "\nSitemap: http://localhost/sitemap.xml\n"
    )
