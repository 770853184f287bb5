"""`GET /api/v2/pages/by-path/`: the one request a frontend makes per page view."""

import datetime

import pytest
from wagtail.contrib.redirects.models import Redirect
from wagtail.models import PageViewRestriction

from blog.factories import ArticleAuthorFactory, ArticlePageFactory
from cms.factories import ImageFactory, TopicFactory
from locations.factories import LocationPageFactory, ProviderPageFactory, SpecialHoursFactory
from tests.api.content import LARGE, article_with
from tests.queries import request_queries

URL = "/api/v2/pages/by-path/"


def get(client, path, **params):
    return client.get(URL, {"path": path, **params})


@pytest.fixture
def article(blog_index, provider_index):
    page = ArticlePageFactory(parent=blog_index, slug="neck-tension", title="Neck tension")
    ArticleAuthorFactory(
        page=page, provider=ProviderPageFactory(parent=provider_index, title="Amara Okafor")
    )
    return page


def test_an_article_comes_with_everything_a_page_view_needs(client, article):
    response = get(client, "/blog/neck-tension/")

    assert response.status_code == 200
    assert response["Content-Type"] == "application/json"
    data = response.json()
    assert data["type"] == "blog.ArticlePage"
    assert data["path"] == "/blog/neck-tension/"
    assert data["url"] == "http://localhost/blog/neck-tension/"
    assert [crumb["path"] for crumb in data["breadcrumbs"]] == [
        "/",
        "/blog/",
        "/blog/neck-tension/",
    ]
    assert set(data["seo"]) == {"title", "description", "canonical_url", "robots", "og", "json_ld"}
    assert data["seo"]["robots"] == "index, follow"
    assert data["seo"]["og"]["type"] == "article"
    assert [block["type"] for block in data["body"]] == ["heading", "paragraph"]
    assert all(block["id"] for block in data["body"])
    assert [author["display_name"] for author in data["authors"]] == ["Amara Okafor, MD"]
    assert data["authors"][0]["path"].startswith("/providers/")
    for key in (
        "intro",
        "hero_image",
        "topics",
        "tags",
        "medical_reviewer",
        "last_reviewed",
        "reading_time_minutes",
        "related",
        "cta",
    ):
        assert key in data


def test_a_path_without_its_trailing_slash_finds_the_page(client, article):
    assert get(client, "/blog/neck-tension").json()["id"] == article.pk


def test_every_page_type_answers(client, home_page, blog_index, location_index, provider_index):
    clinic = LocationPageFactory(parent=location_index, slug="midtown")
    SpecialHoursFactory(page=clinic)
    provider = ProviderPageFactory(parent=provider_index, slug="okafor")
    provider.locations.set([clinic])
    provider.save_revision().publish()

    for path in [
        "/",
        "/blog/",
        "/clinics/",
        "/clinics/midtown/",
        "/providers/",
        "/providers/okafor/",
    ]:
        assert get(client, path).status_code == 200, path
    clinic_data = get(client, "/clinics/midtown/").json()
    assert clinic_data["tel"] == "tel:+14045550123"
    assert clinic_data["hours"][0] == {"day": "monday", "opens": "08:00", "closes": "17:00"}
    assert clinic_data["providers"][0]["path"] == "/providers/okafor/"
    assert get(client, "/clinics/").json()["locations"][0]["slug"] == "midtown"


def test_drafts_and_private_pages_and_everything_below_them_are_not_found(
    client, blog_index, location_index
):
    ArticlePageFactory(parent=blog_index, slug="draft", live=False)
    private = LocationPageFactory(parent=location_index, slug="private")
    PageViewRestriction.objects.create(
        page=location_index, restriction_type=PageViewRestriction.LOGIN
    )

    for path in ["/blog/draft/", "/clinics/", f"/clinics/{private.slug}/", "/nowhere/"]:
        response = get(client, path)
        assert response.status_code == 404, path
        assert response.json() == {"message": "No page at this path."}


def test_a_redirect_is_answered_in_one_request(client, article):
    Redirect.objects.create(old_path="/old-neck-article", redirect_page=article)
    Redirect.objects.create(
        old_path="/insurance", redirect_link="https://example.com/insurance", is_permanent=False
    )

    assert get(client, "/old-neck-article/").json() == {
        "redirect": {"location": "/blog/neck-tension/", "permanent": True}
    }
    assert get(client, "/insurance").json() == {
        "redirect": {"location": "https://example.com/insurance", "permanent": False}
    }


def test_a_redirect_to_an_unpublished_page_is_not_revealed(client, article):
    Redirect.objects.create(old_path="/old", redirect_page=article)
    article.unpublish()

    assert get(client, "/old/").status_code == 404


@pytest.mark.parametrize(
    "params, message",
    [
        ({}, "`path` is required"),
        ({"path": "blog/x/"}, "must be a path on the public site"),
        ({"path": "/blog/?q=1"}, "must be a path on the public site"),
        ({"path": "/" + "a" * 2100}, "at most 2048 characters"),
        (
            {"path": "/", "limit": "5"},
            "Unknown query parameter: limit. This endpoint takes: path, site",
        ),
        ({"path": "/", "site": "localhost:http"}, "`site` must be a host name"),
    ],
)
def test_bad_parameters_get_a_400_saying_what_is_wrong(client, home_page, params, message):
    response = client.get(URL, params)
    assert response.status_code == 400
    assert message in response.json()["message"]


def test_an_unknown_site_is_a_404(client, home_page):
    response = get(client, "/", site="elsewhere.example.com")
    assert response.status_code == 404
    assert response.json() == {"message": "No site with this host name."}


def queries_for(client, path) -> int:
    return len(request_queries(client, URL, {"path": path}))


def test_an_articles_cost_in_queries_does_not_grow_with_its_size(
    client, blog_index, provider_index
):
    small, _ = article_with(
        blog_index,
        provider_index,
        blocks=2,
        images=1,
        links=1,
        authors=1,
        topics=1,
        faqs=1,
        slug="small",
    )
    large, _ = article_with(blog_index, provider_index, **LARGE, faqs=6, slug="large")
    bare, _ = article_with(
        blog_index, provider_index, blocks=2, images=0, links=0, authors=1, topics=0, slug="bare"
    )

    small_cost = queries_for(client, "/blog/small/")
    assert queries_for(client, "/blog/large/") == small_cost
    # Without any image or link there is less to fetch, never more.
    assert queries_for(client, "/blog/bare/") <= small_cost


def clinic_with(location_index, provider_index, *, providers, special_days, services, slug):
    clinic = LocationPageFactory(
        parent=location_index,
        slug=slug,
        hero_image=ImageFactory(file__width=1200, file__height=800),
        services=[TopicFactory(name=f"{slug} service {n}") for n in range(services)],
    )
    for n in range(special_days):
        SpecialHoursFactory(page=clinic, date=datetime.date.today() + datetime.timedelta(days=n))
    for n in range(providers):
        provider = ProviderPageFactory(
            parent=provider_index, title=f"{slug} {n}", specialty="Neurology"
        )
        provider.locations.set([clinic])
        provider.save()
    return clinic


def test_a_clinics_cost_in_queries_does_not_grow_with_its_providers_and_hours(
    client, location_index, provider_index
):
    clinic_with(location_index, provider_index, providers=1, special_days=1, services=1, slug="a")
    clinic_with(location_index, provider_index, providers=6, special_days=8, services=6, slug="b")

    assert queries_for(client, "/clinics/b/") == queries_for(client, "/clinics/a/")
