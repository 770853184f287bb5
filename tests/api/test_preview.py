"""`preview/`: the draft an editor previews, through the API, with a token Wagtail's own
preview issued — the page's unsaved changes (or a page never saved), shaped like
`by-path`, refused once expired or for another page, and never cached."""

import re
import time
from html import unescape
from unittest import mock
from urllib.parse import parse_qs, urlsplit

import pytest
from django.test import Client
from django.urls import reverse
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield

from blog.factories import ArticleAuthorFactory, ArticlePageFactory
from blog.models import ArticlePage
from locations.factories import ProviderPageFactory
from tests.api.test_schema import assert_documented

PREVIEW = "/api/v2/preview/"


def article_data(title: str, slug: str, provider) -> dict:
    return nested_form_data(
        {
            "title": title,
            "slug": slug,
            "intro": "A new introduction.",
            "body": streamfield(
                [("paragraph", rich_text("<p>Gentle stretching <b>every hour</b>.</p>"))]
            ),
            "authors": inline_formset([{"provider": provider.pk, "id": ""}]),
            "related_links": inline_formset([]),
            "comments": inline_formset([]),
        }
    )


def preview_parameters(admin_client, url: str, data: dict) -> dict[str, str]:
    """Preview as the editor does (post the form, open the preview) and read the token
    from the address Wagtail's preview panel opens on the frontend."""
    assert admin_client.post(url, data).json()["is_valid"] is True
    html = admin_client.get(url).content.decode()
    frontend_url = unescape(re.search(r'<iframe src="([^"]+)"', html).group(1))
    assert urlsplit(frontend_url).path == "/_preview/"
    return {key: values[0] for key, values in parse_qs(urlsplit(frontend_url).query).items()}


@pytest.fixture
def provider(provider_index):
    return ProviderPageFactory(parent=provider_index, title="Amara Okafor")


@pytest.fixture
def article(blog_index, provider):
    article = ArticlePageFactory(parent=blog_index, title="Neck tension", slug="neck-tension")
    ArticleAuthorFactory(page=article, provider=provider)
    return article


def edit_preview(admin_client, article, provider, title="Neck tension, revised"):
    url = reverse("wagtailadmin_pages:preview_on_edit", args=[article.pk])
    return preview_parameters(admin_client, url, article_data(title, article.slug, provider))


def test_the_preview_is_the_unsaved_draft_shaped_like_by_path(
    admin_client, client, article, provider_index
):
    new_author = ProviderPageFactory(parent=provider_index, title="Ben Cole")
    parameters = edit_preview(admin_client, article, new_author)
    assert parameters["content_type"] == "blog.articlepage"

    response = client.get(PREVIEW, parameters)

    assert response.status_code == 200
    assert response["Cache-Control"] == "no-store"
    assert "ETag" not in response
    draft = response.json()
    published = client.get("/api/v2/pages/by-path/", {"path": "/blog/neck-tension/"}).json()
    assert set(draft) == set(published)
    assert draft["title"] == "Neck tension, revised"
    assert draft["id"] == article.pk and draft["path"] == "/blog/neck-tension/"
    assert "Gentle stretching <b>every hour</b>." in draft["body"][0]["value"]
    assert "Ben Cole" in [author["name"] for author in draft["authors"]]  # not saved yet
    article.refresh_from_db()
    assert article.title == "Neck tension"  # nothing was saved


def test_a_page_never_saved_can_be_previewed(admin_client, client, blog_index, provider):
    url = reverse("wagtailadmin_pages:preview_on_add", args=["blog", "articlepage", blog_index.pk])
    parameters = preview_parameters(
        admin_client, url, article_data("Brand new article", "brand-new", provider)
    )

    draft = client.get(PREVIEW, parameters).json()

    assert draft["title"] == "Brand new article"
    assert draft["id"] is None and draft["first_published_at"] is None
    assert draft["path"] == "/blog/brand-new/"
    assert [crumb["path"] for crumb in draft["breadcrumbs"]] == ["/", "/blog/", "/blog/brand-new/"]
    assert not ArticlePage.objects.filter(slug="brand-new").exists()


def test_a_token_serves_its_own_page_only(admin_client, client, article, blog_index, provider):
    other = ArticlePageFactory(parent=blog_index, title="Sciatica", slug="sciatica")
    ArticleAuthorFactory(page=other, provider=provider)
    mine = edit_preview(admin_client, article, provider, title="Mine")
    theirs = edit_preview(admin_client, other, provider, title="Theirs")

    assert client.get(PREVIEW, mine).json()["title"] == "Mine"
    assert client.get(PREVIEW, theirs).json()["title"] == "Theirs"
    as_a_clinic = client.get(PREVIEW, {**mine, "content_type": "locations.locationpage"})
    assert as_a_clinic.status_code == 404
    assert as_a_clinic["Content-Type"] == "application/json"
    forged = client.get(PREVIEW, {**mine, "token": mine["token"].replace("id=", "id=9")})
    assert forged.status_code == 403
    assert "not valid" in forged.json()["message"]


def test_an_expired_token_is_refused(admin_client, client, article, provider, settings):
    parameters = edit_preview(admin_client, article, provider)
    an_hour_later = time.time() + settings.PREVIEW_TOKEN_MAX_AGE + 1

    with mock.patch("django.core.signing.time.time", return_value=an_hour_later):
        response = client.get(PREVIEW, parameters)

    assert response.status_code == 410
    assert response["Cache-Control"] == "no-store"
    assert "expired" in response.json()["message"]


@pytest.mark.parametrize(
    ("params", "message"),
    [
        ({"content_type": "blog.articlepage"}, "`token` is required"),
        ({"content_type": "auth.user", "token": "x"}, "must name a page type"),
        ({"token": "x"}, "must name a page type"),
        ({"content_type": "blog.articlepage", "token": "x", "id": "1"}, "Unknown query"),
    ],
)
def test_bad_parameters_get_a_json_400(client, db, params, message):
    response = client.get(PREVIEW, params)

    assert response.status_code == 400
    assert message in response.json()["message"]


@pytest.fixture(scope="module")
def document(django_db_setup, django_db_blocker) -> dict:
    with django_db_blocker.unblock():  # the response cache may live in the database
        return Client().get("/api/v2/schema/").json()


def test_every_answer_matches_the_document(
    admin_client, client, document, article, blog_index, provider
):
    parameters = edit_preview(admin_client, article, provider)
    assert_documented(document, client.get(PREVIEW, parameters), PREVIEW)
    new = preview_parameters(
        admin_client,
        reverse("wagtailadmin_pages:preview_on_add", args=["blog", "articlepage", blog_index.pk]),
        article_data("Brand new", "brand-new", provider),
    )
    assert_documented(document, client.get(PREVIEW, new), PREVIEW)
    for params, code in [
        ({**parameters, "token": parameters["token"] + "x"}, 403),
        ({**parameters, "content_type": "home.homepage"}, 404),
        ({"content_type": "blog.articlepage"}, 400),
    ]:
        assert assert_documented(document, client.get(PREVIEW, params), PREVIEW).status_code == code
    with mock.patch("django.core.signing.time.time", return_value=time.time() + 7200):
        expired = assert_documented(document, client.get(PREVIEW, parameters), PREVIEW)
    assert expired.status_code == 410
