"""The demo content: every page's JSON-LD is schema.org's; the sitemap lists every indexable page.

The demo content (`manage.py seed_demo`) is seeded once for the module, in a transaction
rolled back after it; every public page is then fetched through `by-path` as the frontend
does (once for the module too: the tests only read the payloads), and its `json_ld` parsed
as JSON-LD and checked against the schema.org vocabulary.
"""

import copy
from collections.abc import Iterator
from io import StringIO

import pytest
from django.core.management import call_command
from django.db import transaction
from django.test import Client
from wagtail.models import Site

from cms.models import public_pages
from cms.services import public_paths
from tests.seo.schemaorg import nodes, problems
from tests.seo.test_json_ld import by_path, of_type
from tests.seo.test_sitemap import entries, xml


@pytest.fixture(scope="module")
def demo(django_db_setup, django_db_blocker) -> Iterator[dict[str, dict]]:
    """The demo content, seeded once for the module and rolled back after it, and the
    `by-path` payload of each of its public pages, by path."""
    with django_db_blocker.unblock(), transaction.atomic():
        call_command("seed_demo", stdout=StringIO())
        site = Site.objects.get(is_default_site=True)
        url_paths = public_pages().descendant_of(site.root_page, inclusive=True)
        paths = sorted(public_paths(url_paths.values_list("url_path", flat=True)))
        client = Client()
        yield {path: by_path(client, path) for path in paths}
        transaction.set_rollback(True)


@pytest.fixture
def demo_payloads(demo, db) -> dict[str, dict]:
    """The payloads, a copy for each test."""
    return copy.deepcopy(demo)


def test_every_demo_page_has_json_ld_that_is_schema_org(demo_payloads):
    assert len(demo_payloads) > 20
    for path, data in demo_payloads.items():
        json_ld = data["seo"]["json_ld"]
        assert json_ld, path
        for document in json_ld:
            assert problems(document) == [], path
        root = data["url"][: -len(path)]
        for node in nodes(json_ld):
            for key in ("@id", "url", "item"):
                if isinstance(node.get(key), str):
                    assert node[key].startswith(root + "/"), (path, key, node[key])


def test_the_site_payload_describes_the_practice(demo, db, client):
    json_ld = client.get("/api/v2/site/").json()["json_ld"]

    organization = of_type(json_ld, "MedicalOrganization")
    assert organization["name"] and organization["telephone"] and organization["logo"]
    for document in json_ld:
        assert problems(document) == []


def test_every_demo_page_type_says_what_it_is(demo_payloads):
    kinds: dict[str, set[str]] = {}
    for path, data in demo_payloads.items():
        types = {item["@type"] for item in data["seo"]["json_ld"]}
        kinds.setdefault(data["type"], set()).update(types)
        assert ("BreadcrumbList" in types) == (path != "/"), path
        has_faq = any(block["type"] == "faq" for block in data.get("body", []))
        assert ("FAQPage" in types) == has_faq, path
    assert "MedicalWebPage" in kinds["blog.ArticlePage"]
    assert "MedicalClinic" in kinds["locations.LocationPage"]
    assert "ProfilePage" in kinds["locations.ProviderPage"]
    assert "FAQPage" in kinds["blog.ArticlePage"]
    assert "CollectionPage" in kinds["blog.BlogIndexPage"]
    assert "WebPage" in kinds["home.HomePage"]


def test_the_demo_sitemap_lists_every_indexable_page_and_nothing_else(demo_payloads, client):
    indexable = {
        data["url"] for data in demo_payloads.values() if data["seo"]["robots"].startswith("index")
    }

    assert set(entries(xml(client, "/sitemap.xml"))) == indexable
