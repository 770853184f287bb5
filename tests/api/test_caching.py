"""HTTP caching of the API: ETag, Cache-Control and 304, a response cache shared by every
process, and answers that are fresh the moment content changes."""

import os
import subprocess
import sys
from datetime import timedelta

import pytest
from django.conf import settings
from django.db import connection
from django.test import override_settings
from django.test.utils import CaptureQueriesContext
from django.utils import timezone
from wagtail.contrib.redirects.models import Redirect

from blog.factories import ArticlePageFactory, RelatedArticleFactory
from cms.factories import CallToActionFactory
from cms.models import PracticeSettings
from home.models import FeaturedClinic
from locations.factories import LocationPageFactory
from tests.cache import cache_empty

BY_PATH = "/api/v2/pages/by-path/"


def page_at(client, path, **headers):
    return client.get(BY_PATH, {"path": path}, headers=headers)


def title_at(client, path):
    response = page_at(client, path)
    return response.json().get("title") if response.status_code == 200 else response.status_code


def publish(page, **changes):
    for name, value in changes.items():
        setattr(page, name, value)
    page.save_revision().publish()


@pytest.fixture
def article(blog_index):
    return ArticlePageFactory(parent=blog_index, slug="neck-tension", title="Neck tension")


@pytest.mark.parametrize(
    "url",
    [
        f"{BY_PATH}?path=/blog/neck-tension/",
        "/api/v2/site/",
        "/api/v2/locations/",
        "/api/v2/pages/",
        "/api/v2/redirects/",
        "/api/v2/images/",
        "/api/v2/search/?q=neck",
    ],
)
def test_every_public_get_has_an_etag_and_may_be_cached_publicly(client, article, url):
    response = client.get(url)

    assert response.status_code == 200
    assert response["ETag"].startswith('"')
    control = response["Cache-Control"]
    assert "public" in control
    assert "max-age=60" in control
    assert "stale-while-revalidate=300" in control


def test_a_matching_if_none_match_gets_304_without_a_body(client, article):
    etag = page_at(client, "/blog/neck-tension/")["ETag"]

    response = page_at(client, "/blog/neck-tension/", if_none_match=etag)

    assert response.status_code == 304
    assert response.content == b""
    assert response["ETag"] == etag
    assert "max-age=60" in response["Cache-Control"]
    assert page_at(client, "/blog/neck-tension/", if_none_match='"other"').status_code == 200


def test_a_cached_answer_costs_no_page_queries(client, article):
    first = page_at(client, "/blog/neck-tension/")

    with CaptureQueriesContext(connection) as queries:
        second = page_at(client, "/blog/neck-tension/")

    assert second.content == first.content
    assert second["ETag"] == first["ETag"]
    # Only the cache itself is read (database cache: generations and the body).
    assert not [q for q in queries.captured_queries if "wagtailcore_page" in q["sql"]]


def test_the_etag_is_the_same_after_the_cache_is_emptied_if_the_content_is(client, article):
    etag = page_at(client, "/blog/neck-tension/")["ETag"]
    cache_empty()

    assert page_at(client, "/blog/neck-tension/", if_none_match=etag).status_code == 304


def test_a_publish_makes_the_page_and_its_listing_fresh(client, blog_index, article):
    assert title_at(client, "/blog/neck-tension/") == "Neck tension"
    listing = client.get("/api/v2/pages/by-path/", {"path": "/blog/"}).json()
    assert [item["title"] for item in listing["articles"]] == ["Neck tension"]
    etag = page_at(client, "/blog/neck-tension/")["ETag"]

    publish(article, title="Neck tension headaches")

    assert title_at(client, "/blog/neck-tension/") == "Neck tension headaches"
    assert page_at(client, "/blog/neck-tension/", if_none_match=etag).status_code == 200
    listing = client.get("/api/v2/pages/by-path/", {"path": "/blog/"}).json()
    assert [item["title"] for item in listing["articles"]] == ["Neck tension headaches"]


def test_an_unpublish_removes_the_page_and_the_links_and_related_blocks_showing_it(
    client, blog_index, article
):
    linking = ArticlePageFactory(
        parent=blog_index,
        slug="linking",
        body=[("paragraph", f'<p>See <a linktype="page" id="{article.pk}">this</a>.</p>')],
    )
    RelatedArticleFactory(page=linking, article=article)
    before = page_at(client, "/blog/linking/").json()
    assert [item["title"] for item in before["related"]] == ["Neck tension"]
    assert 'href="/blog/neck-tension/"' in before["body"][0]["value"]

    article.unpublish()

    assert title_at(client, "/blog/neck-tension/") == 404
    after = page_at(client, "/blog/linking/").json()
    assert after["related"] == []
    assert "href" not in after["body"][0]["value"]


def test_a_parents_new_title_reaches_its_childrens_breadcrumbs(client, blog_index, article):
    assert page_at(client, "/blog/neck-tension/").json()["breadcrumbs"][1]["title"] == (
        "Health articles"
    )

    publish(blog_index, title="Articles")

    crumbs = page_at(client, "/blog/neck-tension/").json()["breadcrumbs"]
    assert crumbs[1]["title"] == "Articles"


def test_a_new_slug_moves_the_page_and_its_old_path_redirects(
    client, article, django_capture_on_commit_callbacks
):
    assert title_at(client, "/blog/neck-tension/") == "Neck tension"

    # Wagtail announces a new slug once the publish is committed.
    with django_capture_on_commit_callbacks(execute=True):
        publish(article, slug="neck-tension-headaches")

    assert page_at(client, "/blog/neck-tension/").json() == {
        "redirect": {"location": "/blog/neck-tension-headaches/", "permanent": True}
    }
    assert title_at(client, "/blog/neck-tension-headaches/") == "Neck tension"


def test_a_moved_page_leaves_its_old_path_and_its_old_listing(
    client, blog_index, location_index, article
):
    clinic = LocationPageFactory(parent=location_index, slug="midtown")
    other_blog = ArticlePageFactory(parent=blog_index, slug="other")
    assert title_at(client, "/clinics/midtown/") == clinic.title
    assert [c["slug"] for c in page_at(client, "/clinics/").json()["locations"]] == ["midtown"]
    assert title_at(client, "/blog/other/") == other_blog.title

    clinic.move(location_index.get_parent(), pos="last-child")

    assert page_at(client, "/clinics/midtown/").json()["redirect"]["location"] == "/midtown/"
    assert page_at(client, "/clinics/").json()["locations"] == []
    assert title_at(client, "/midtown/") == clinic.title


def test_a_deleted_page_is_gone_at_once(client, article):
    assert title_at(client, "/blog/neck-tension/") == "Neck tension"

    article.delete()

    assert title_at(client, "/blog/neck-tension/") == 404


def test_a_new_redirect_is_answered_at_once(client, article):
    assert page_at(client, "/old-neck/").status_code == 404

    Redirect.objects.create(old_path="/old-neck", redirect_page=article)

    assert page_at(client, "/old-neck/").json()["redirect"]["location"] == "/blog/neck-tension/"


def test_settings_and_snippets_reach_every_page(client, home_page, article):
    settings = PracticeSettings.for_site(home_page.get_site())
    assert page_at(client, "/blog/neck-tension/").json()["cta"] is None
    site_name = client.get("/api/v2/site/").json()["name"]

    settings.name = "Georgia Pain Care"
    settings.default_cta = CallToActionFactory(heading="Book a visit")
    settings.save()

    assert client.get("/api/v2/site/").json()["name"] != site_name
    assert page_at(client, "/blog/neck-tension/").json()["cta"]["heading"] == "Book a visit"

    cta = settings.default_cta
    cta.heading = "Book your first visit"
    cta.save()

    assert page_at(client, "/blog/neck-tension/").json()["cta"]["heading"] == (
        "Book your first visit"
    )


def test_a_clinics_opening_status_is_kept_a_minute_only(client, location_index):
    LocationPageFactory(parent=location_index, slug="midtown")

    for response in [page_at(client, "/clinics/midtown/"), client.get("/api/v2/locations/")]:
        assert "max-age=60" in response["Cache-Control"]
    with override_settings(API_CACHE_MAX_AGE=600):
        assert "max-age=60," in page_at(client, "/clinics/midtown/")["Cache-Control"]
        assert "max-age=600" in client.get("/api/v2/site/")["Cache-Control"]


def test_errors_and_previews_are_not_cached(client, article):
    response = client.get(BY_PATH)
    assert response.status_code == 400
    assert "ETag" not in response
    assert "public" not in response.get("Cache-Control", "")


def test_a_browsers_html_answer_never_takes_the_place_of_the_json(client, article):
    """Wagtail's own endpoints (images/, documents/) answer a browser asking for text/html
    with DRF's HTML page; kept under the same key, it would be what the next frontend
    request gets. Our endpoints speak JSON only."""
    html = client.get("/api/v2/images/", HTTP_ACCEPT="text/html")
    assert html["Content-Type"].startswith("text/html")
    assert client.get("/api/v2/images/")["Content-Type"] == "application/json"

    refused = client.get(BY_PATH, {"path": "/blog/neck-tension/"}, HTTP_ACCEPT="text/html")
    assert refused.status_code == 406
    response = client.get(BY_PATH, {"path": "/blog/neck-tension/"})
    assert response["Content-Type"] == "application/json"
    assert response.json()["path"] == "/blog/neck-tension/"


@override_settings(
    CACHES={
        "default": {
            "BACKEND": "django_redis.cache.RedisCache",
            "LOCATION": "redis://127.0.0.1:9/0",  # nothing listens there
            "OPTIONS": {"IGNORE_EXCEPTIONS": True, "SOCKET_CONNECT_TIMEOUT": 0.2},
        }
    }
)
def test_without_a_reachable_cache_the_api_answers_uncached(client, article):
    first = page_at(client, "/blog/neck-tension/")
    publish(article, title="Neck tension headaches")
    second = page_at(client, "/blog/neck-tension/")

    assert first.status_code == second.status_code == 200
    assert second.json()["title"] == "Neck tension headaches"
    assert second["ETag"] != first["ETag"]
    assert page_at(client, "/blog/neck-tension/", if_none_match=second["ETag"]).status_code == 304


def database_url(settings_dict) -> str:
    """The URL of the test database, for a process started by a test."""
    if settings_dict["ENGINE"].endswith("sqlite3"):
        return f"sqlite:///{settings_dict['NAME']}"
    user, host = settings_dict["USER"], settings_dict["HOST"] or "127.0.0.1"
    return f"postgres://{user}@{host}:{settings_dict['PORT'] or 5432}/{settings_dict['NAME']}"


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_a_publish_from_another_process_is_seen_by_the_next_request(client, blog_index):
    article = ArticlePageFactory(parent=blog_index, slug="neck-tension", title="Neck tension")
    assert title_at(client, "/blog/neck-tension/") == "Neck tension"
    article.title = "Neck tension headaches"
    article.save_revision(approved_go_live_at=timezone.now() - timedelta(seconds=1))

    environment = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "settings.test",
        "DATABASE_URL": database_url(connection.settings_dict),
    }
    subprocess.run(
        [sys.executable, "manage.py", "publish_scheduled"],
        cwd=settings.BASE_DIR,
        env=environment,
        check=True,
        capture_output=True,
        timeout=120,
    )

    assert title_at(client, "/blog/neck-tension/") == "Neck tension headaches"


def test_a_cached_answer_has_the_headers_of_a_fresh_one(client, article):
    fresh = page_at(client, "/blog/neck-tension/")
    cached = page_at(client, "/blog/neck-tension/")

    for header in ("Content-Type", "Vary", "Allow", "ETag", "Cache-Control"):
        assert cached[header] == fresh[header], header
    not_modified = page_at(client, "/blog/neck-tension/", if_none_match=fresh["ETag"])
    assert not_modified["Vary"] == fresh["Vary"]


def test_a_cached_404_is_never_answered_with_a_304(client, home_page):
    missing = page_at(client, "/nowhere/")
    assert missing.status_code == 404

    again = page_at(client, "/nowhere/", if_none_match=missing["ETag"])

    assert again.status_code == 404


def test_a_clinics_opening_status_is_kept_a_minute_in_every_endpoint(
    client, home_page, location_index
):
    clinic = LocationPageFactory(parent=location_index, slug="midtown")
    FeaturedClinic.objects.create(page=home_page, clinic=clinic)
    home_page.save()

    for url in [
        f"/api/v2/pages/{clinic.pk}/",
        "/api/v2/pages/?type=locations.LocationPage&fields=open_now",
        "/api/v2/pages/by-path/?path=/",
    ]:
        with override_settings(API_CACHE_MAX_AGE=600):
            assert "max-age=60," in client.get(url)["Cache-Control"], url
