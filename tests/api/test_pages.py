"""`GET /api/v2/pages/`, `pages/<id>/` and `pages/find/`: Wagtail's endpoints, our shapes."""

import datetime

import pytest
from wagtail.models import PageViewRestriction

from blog.factories import ArticleAuthorFactory, ArticlePageFactory
from cms.factories import ImageFactory, TopicFactory
from locations.factories import LocationPageFactory, ProviderPageFactory
from tests.api.content import LARGE, article_with, articles_alike
from tests.queries import request_queries

URL = "/api/v2/pages/"
IMAGE_KEYS = {"id", "alt", "width", "height", "url", "srcset"}
LISTING_META = {"type", "detail_url", "html_url", "slug", "first_published_at"}


def items(response) -> list[dict]:
    assert response.status_code == 200, response.content
    return response.json()["items"]


def by_path(client, path) -> dict:
    response = client.get(f"{URL}by-path/", {"path": path})
    assert response.status_code == 200
    return response.json()


@pytest.fixture
def clinic(location_index):
    return LocationPageFactory(parent=location_index, slug="midtown", title="Midtown")


@pytest.fixture
def article(blog_index, provider_index, clinic):
    """An article with every kind of field: images, a page link in rich text, authors."""
    provider = ProviderPageFactory(
        parent=provider_index,
        title="Amara Okafor",
        photo=ImageFactory(file__width=800, file__height=800),
        bio=f'<p>Practises at <a linktype="page" id="{clinic.pk}">Midtown</a>.</p>',
    )
    picture = ImageFactory(file__width=1600, file__height=900)
    page = ArticlePageFactory(
        parent=blog_index,
        slug="neck-tension",
        title="Neck tension",
        hero_image=ImageFactory(file__width=1600, file__height=900),
        medical_reviewer=provider,
        last_reviewed=datetime.date(2025, 3, 1),
        topics=[TopicFactory(name="Migraine")],
        body=[
            ("paragraph", f'<p>Visit <a linktype="page" id="{clinic.pk}">our clinic</a>.</p>'),
            (
                "image",
                {
                    "image": {"image": picture, "alt_text": "A stretch", "decorative": False},
                    "caption": "",
                },
            ),
        ],
    )
    page.tags.add("desk work")
    page.save_revision().publish()
    ArticleAuthorFactory(page=page, provider=provider)
    return page


def test_a_listing_is_wagtails_with_addresses_on_the_public_site(client, article):
    response = client.get(URL)

    assert response["Content-Type"] == "application/json"
    data = response.json()
    listed = {item["meta"]["html_url"]: item for item in data["items"]}
    assert data["meta"]["total_count"] == len(data["items"])
    item = listed["http://localhost/blog/neck-tension/"]
    assert set(item) == {"id", "meta", "title"}
    assert set(item["meta"]) == LISTING_META
    assert item["meta"]["type"] == "blog.ArticlePage"
    assert item["meta"]["detail_url"] == f"http://testserver/api/v2/pages/{article.pk}/"
    assert item["meta"]["first_published_at"].endswith("+00:00")
    assert item["title"] == "Neck tension"


def test_a_listing_gives_the_fields_asked_for_in_the_apis_shapes(client, article):
    (item,) = items(
        client.get(URL, {"type": "blog.ArticlePage", "fields": "intro,hero_image,authors,topics"})
    )

    assert set(item) == {"id", "meta", "title", "intro", "hero_image", "authors", "topics"}
    assert set(item["hero_image"]) == IMAGE_KEYS
    assert item["hero_image"]["srcset"].endswith(".webp 1600w")
    assert item["authors"][0]["display_name"] == "Amara Okafor, MD"
    assert set(item["authors"][0]["photo"]) == IMAGE_KEYS
    assert item["topics"] == [{"slug": "migraine", "name": "Migraine", "kind": "condition"}]


@pytest.mark.parametrize(
    "page_type, path",
    [
        ("blog.ArticlePage", "/blog/neck-tension/"),
        ("blog.BlogIndexPage", "/blog/"),
        ("locations.LocationPage", "/clinics/midtown/"),
        ("locations.LocationIndexPage", "/clinics/"),
        ("locations.ProviderPage", "/providers/amara-okafor/"),
        ("home.HomePage", "/"),
    ],
)
def test_every_field_of_a_listing_is_as_in_the_page_object(client, article, page_type, path):
    (item,) = items(client.get(URL, {"type": page_type, "fields": "*"}))
    page = by_path(client, path)

    fields = set(item) - {"id", "meta"}
    assert len(fields) > 1
    assert {name: item[name] for name in fields} == {name: page[name] for name in fields}


def test_rich_text_and_images_come_expanded_in_listings_and_details(client, article):
    (listed,) = items(client.get(URL, {"type": "blog.ArticlePage", "fields": "body"}))
    detail = client.get(f"{URL}{article.pk}/").json()
    (provider,) = items(client.get(URL, {"type": "locations.ProviderPage", "fields": "bio"}))

    for body in (listed["body"], detail["body"]):
        paragraph, figure = body
        assert paragraph["value"] == '<p>Visit <a href="/clinics/midtown/">our clinic</a>.</p>'
        assert set(figure["value"]["image"]) == IMAGE_KEYS
        assert figure["value"]["image"]["alt"] == "A stretch"
    assert provider["bio"] == '<p>Practises at <a href="/clinics/midtown/">Midtown</a>.</p>'
    assert set(detail["hero_image"]) == IMAGE_KEYS


def test_a_detail_is_the_page_object_with_wagtails_meta(client, article):
    data = client.get(f"{URL}{article.pk}/").json()

    meta = data.pop("meta")
    assert data == by_path(client, "/blog/neck-tension/")
    assert set(meta) == {
        "type",
        "detail_url",
        "html_url",
        "slug",
        "show_in_menus",
        "seo_title",
        "search_description",
        "first_published_at",
        "alias_of",
        "parent",
    }
    assert meta["html_url"] == data["url"] == "http://localhost/blog/neck-tension/"
    assert meta["first_published_at"] == data["first_published_at"]
    assert meta["parent"]["title"] == "Health articles"
    assert meta["parent"]["meta"]["html_url"] == "http://localhost/blog/"


def test_find_redirects_to_the_detail(client, article):
    response = client.get(f"{URL}find/", {"html_path": "/blog/neck-tension/"})

    assert response.status_code == 302
    assert response["Location"].startswith(f"http://testserver/api/v2/pages/{article.pk}/")
    assert client.get(response["Location"]).json()["id"] == article.pk


@pytest.mark.parametrize(
    "restriction_type",
    [PageViewRestriction.PASSWORD, PageViewRestriction.LOGIN, PageViewRestriction.GROUPS],
)
def test_drafts_unpublished_and_private_pages_are_never_seen(
    client, admin_client, blog_index, location_index, clinic, restriction_type
):
    draft = ArticlePageFactory(parent=blog_index, slug="draft", live=False)
    unpublished = ArticlePageFactory(parent=blog_index, slug="withdrawn")
    unpublished.save_revision().publish()
    unpublished.unpublish()
    PageViewRestriction.objects.create(
        page=location_index, restriction_type=restriction_type, password="secret"
    )
    hidden = {draft.pk: "/blog/draft/", unpublished.pk: "/blog/withdrawn/"}
    hidden |= {location_index.pk: "/clinics/", clinic.pk: "/clinics/midtown/"}

    # A signed-in editor passes the login restriction on the site, never in the API.
    for visitor in (client, admin_client):
        listed = {item["id"] for item in items(visitor.get(URL, {"limit": 50}))}
        assert blog_index.pk in listed
        assert not listed & set(hidden)
        assert items(visitor.get(URL, {"type": "locations.LocationPage"})) == []
        for pk, path in hidden.items():
            assert visitor.get(f"{URL}{pk}/").status_code == 404, path
            assert visitor.get(f"{URL}find/", {"html_path": path}).status_code == 404, path
        response = visitor.get(URL, {"child_of": location_index.pk})
        assert response.json() == {"message": "parent page doesn't exist"}


def test_authors_and_reviewers_are_named_only_while_their_page_is_public(
    client, article, provider_index
):
    fields = {"type": "blog.ArticlePage", "fields": "authors,medical_reviewer"}
    PageViewRestriction.objects.create(
        page=provider_index, restriction_type=PageViewRestriction.LOGIN
    )

    (item,) = items(client.get(URL, fields))
    assert (item["authors"], item["medical_reviewer"]) == ([], None)
    assert by_path(client, "/blog/neck-tension/")["authors"] == []


def test_wagtails_parameters_choose_filter_order_and_page(client, blog_index, article):
    ArticlePageFactory(parent=blog_index, slug="sciatica", title="Sciatica explained")
    ArticlePageFactory(parent=blog_index, slug="runners", title="Knee pain in runners")
    topic = article.topics.get()

    def titles(**params):
        return [item["title"] for item in items(client.get(URL, params))]

    assert titles(child_of=blog_index.pk, order="title") == [
        "Knee pain in runners",
        "Neck tension",
        "Sciatica explained",
    ]
    assert titles(descendant_of=blog_index.pk, order="-title", limit=1, offset=1) == [
        "Neck tension"
    ]
    assert titles(type="blog.ArticlePage", topics=topic.pk) == ["Neck tension"]
    assert titles(type="blog.ArticlePage", tags="desk work") == ["Neck tension"]
    assert titles(search="sciatica") == ["Sciatica explained"]
    assert titles(type="blog.ArticlePage", search="sciatica") == ["Sciatica explained"]


@pytest.mark.parametrize(
    "params",
    [
        {},
        {"type": "blog.ArticlePage"},
        {"type": "blog.ArticlePage", "order": "random"},
        {"type": "blog.ArticlePage", "search": "pain"},
        {"child_of": "{blog}"},
    ],
)
def test_total_count_is_every_match_on_any_page_even_past_the_end(
    client, blog_index, article, params
):
    for title in ("Sciatica pain", "Knee pain", "Hip pain"):
        ArticlePageFactory(parent=blog_index, title=title)
    params = {name: value.format(blog=blog_index.pk) for name, value in params.items()}
    everything = client.get(URL, {**params, "limit": 50}).json()
    total = len(everything["items"])
    assert total >= 3
    assert everything["meta"]["total_count"] == total

    # Wagtail refuses any offset in random order.
    offsets = [None] if params.get("order") == "random" else [0, 1, total - 1, total, total + 5]
    for offset in offsets:
        page = {"limit": 2} if offset is None else {"limit": 2, "offset": offset}
        data = client.get(URL, {**params, **page}).json()
        assert data["meta"]["total_count"] == total, offset
        offset = offset or 0
        assert len(data["items"]) == max(0, min(2, total - offset))


@pytest.mark.parametrize(
    "params, message",
    [
        ({"limit": "51"}, "limit cannot be higher than 50"),
        ({"limit": "-1"}, "limit must be a positive integer"),
        ({"offset": "99999999999999999999"}, "offset cannot be higher than 1000000000"),
        ({"colour": "red"}, "query parameter is not an operation or a recognised field: colour"),
        ({"type": "blog.NoSuchPage"}, "type doesn't exist"),
        ({"fields": "colour"}, "unknown fields: colour"),
        ({"type": "blog.ArticlePage", "fields": "related"}, "unknown fields: related"),
        ({"fields": "title,"}, "fields error"),
        ({"child_of": "blog"}, "child_of must be a positive integer"),
        ({"child_of": "999999"}, "parent page doesn't exist"),
        ({"order": "colour"}, "cannot order by 'colour' (unknown field)"),
        ({"type": "blog.ArticlePage", "last_reviewed": "soon"}, "field filter error"),
        ({"type": "blog.ArticlePage", "topics": "neck"}, "field filter error"),
        ({"type": "blog.ArticlePage", "hero_image": "9" * 20}, "field filter error"),
        ({"search": "neck", "search_operator": "xor"}, "search error"),
        (
            {"type": "blog.ArticlePage", "fields": "hero_image(title)"},
            "'hero_image' does not support nested fields",
        ),
    ],
)
def test_bad_parameters_get_a_400_saying_what_is_wrong(client, article, params, message):
    response = client.get(URL, params)

    assert response.status_code == 400
    assert response["Content-Type"] == "application/json"
    assert message in response.json()["message"]


def test_a_browser_gets_json_too(client, article):
    for url in (URL, f"{URL}{article.pk}/"):
        response = client.get(url, HTTP_ACCEPT="text/html")
        assert response["Content-Type"] == "application/json", url


def queries_for(client, url, params) -> int:
    return len(request_queries(client, url, params))


@pytest.mark.parametrize(
    "params",
    [
        {"type": "blog.ArticlePage", "fields": "intro,hero_image,authors,topics"},
        {"type": "blog.ArticlePage", "fields": "*"},
        {"fields": "*"},
    ],
)
def test_a_listings_cost_in_queries_does_not_grow_with_its_length(
    client, blog_index, provider_index, params
):
    articles_alike(blog_index, provider_index, count=50)

    five = queries_for(client, URL, {**params, "limit": 5})
    fifty = queries_for(client, URL, {**params, "limit": 50})

    assert len(items(client.get(URL, {**params, "limit": 50}))) == 50
    assert fifty == five


def test_a_details_cost_in_queries_does_not_grow_with_the_pages_size(
    client, blog_index, provider_index
):
    small, _ = article_with(
        blog_index, provider_index, blocks=2, images=1, links=1, authors=1, topics=1, slug="small"
    )
    large, _ = article_with(blog_index, provider_index, **LARGE, slug="large")

    assert queries_for(client, f"{URL}{large.pk}/", {}) == queries_for(
        client, f"{URL}{small.pk}/", {}
    )
