"""`GET /api/v2/search/`: the site's public pages matching a visitor's words, best first."""

import pytest
from django.db.models.signals import post_init
from django.test import override_settings
from wagtail.models import Page, PageViewRestriction, Site

from blog.factories import ArticlePageFactory
from home.factories import HomePageFactory
from locations.factories import LocationPageFactory, ProviderPageFactory
from tests.queries import request_queries

URL = "/api/v2/search/"


def search(client, q, **params) -> dict:
    response = client.get(URL, {"q": q, **params})
    assert response.status_code == 200, response.content
    return response.json()


def titles(data: dict) -> list[str]:
    return [item["title"] for item in data["items"]]


def paragraph(text: str) -> tuple[str, str]:
    return ("paragraph", f"<p>{text}</p>")


@pytest.fixture
def article(blog_index):
    return ArticlePageFactory(
        parent=blog_index,
        title="Knee osteoarthritis without surgery",
        slug="knee-osteoarthritis",
        intro="Treatments that ease arthritic knees and keep you walking.",
        body=[paragraph("Genicular nerve ablation quiets the nerves that carry knee pain.")],
    )


@pytest.fixture
def clinic(location_index):
    return LocationPageFactory(
        parent=location_index,
        title="Savannah",
        slug="savannah",
        locality="Savannah",
        postal_code="31405",
        body=[paragraph("Our stimulator trial suite opened in spring.")],
    )


@pytest.fixture
def provider(provider_index):
    return ProviderPageFactory(
        parent=provider_index,
        title="Amara Okafor",
        slug="amara-okafor",
        specialty="Interventional Pain Medicine",
        bio="<p>Fellowship-trained in regional anesthesia at Emory.</p>",
    )


def test_articles_clinics_and_providers_are_found_by_their_title_and_body(
    client, article, clinic, provider
):
    for words, page in [
        ("osteoarthritis", article),
        ("genicular ablation", article),
        ("savannah", clinic),
        ("stimulator", clinic),
        ("Okafor", provider),
        ("anesthesia emory", provider),
    ]:
        data = search(client, words)
        assert [item["id"] for item in data["items"]] == [page.pk], words
        assert data["total"] == 1


def test_a_result_says_what_it_is_and_where_it_lives_on_the_public_site(
    client, article, clinic, provider
):
    assert search(client, "osteoarthritis")["items"] == [
        {
            "id": article.pk,
            "type": "article",
            "title": "Knee osteoarthritis without surgery",
            "path": "/blog/knee-osteoarthritis/",
            "url": "http://localhost/blog/knee-osteoarthritis/",
            "summary": "Treatments that ease arthritic knees and keep you walking.",
        }
    ]
    assert search(client, "savannah")["items"][0]["type"] == "location"
    assert search(client, "okafor")["items"][0]["type"] == "provider"
    assert search(client, "osteoarthritis")["items"][0]["type"] == "article"


def test_other_page_types_are_pages(client, blog_index):
    assert search(client, "health articles")["items"][0]["type"] == "page"


def test_the_summary_is_the_search_description_else_the_intro_else_the_opening_words(
    client, article, clinic, provider
):
    article.search_description = "Knee pain relief without an operation."
    article.save_revision().publish()
    clinic.body = [
        ("heading", {"text": "Welcome", "level": "h2", "anchor": ""}),
        paragraph("One " * 40),
    ]
    clinic.save_revision().publish()

    assert search(client, "osteoarthritis")["items"][0]["summary"] == (
        "Knee pain relief without an operation."
    )
    assert search(client, "okafor")["items"][0]["summary"] == (
        "Fellowship-trained in regional anesthesia at Emory."
    )
    assert search(client, "savannah")["items"][0]["summary"] == "One " * 29 + "One…"


def test_type_keeps_one_kind(client, article, clinic, provider):
    ArticlePageFactory(parent=article.get_parent(), title="Savannah's spring walk")

    assert sorted(titles(search(client, "savannah"))) == ["Savannah", "Savannah's spring walk"]
    assert titles(search(client, "savannah", type="location")) == ["Savannah"]
    assert titles(search(client, "savannah", type="article")) == ["Savannah's spring walk"]
    assert search(client, "savannah", type="provider") == {"total": 0, "items": []}


def test_a_match_in_the_title_ranks_above_matches_in_the_body(client, blog_index):
    in_body = ArticlePageFactory(
        parent=blog_index,
        title="Headache at the back of the head",
        body=[paragraph("Occipital neuralgia is one cause; neuralgia means nerve pain.")],
    )
    in_title = ArticlePageFactory(
        parent=blog_index,
        title="Occipital neuralgia explained",
        body=[paragraph("Sharp, shooting pain from the base of the skull.")],
    )

    data = search(client, "neuralgia")

    assert [item["id"] for item in data["items"]] == [in_title.pk, in_body.pk]


def test_on_every_page_of_results_title_matches_come_before_the_others(client, blog_index):
    named = {
        ArticlePageFactory(parent=blog_index, title=f"Whiplash recovery {number}").pk
        for number in range(3)
    }
    for number in range(3):
        ArticlePageFactory(
            parent=blog_index,
            title=f"After a car accident {number}",
            body=[paragraph("Whiplash is a neck injury; whiplash pain can last for months.")],
        )

    pages = [search(client, "whiplash", limit=2, offset=offset) for offset in (0, 2, 4)]

    shown = [item["id"] for data in pages for item in data["items"]]
    assert len(shown) == len(set(shown)) == 6
    for data in pages:
        in_title = [item["id"] in named for item in data["items"]]
        assert in_title == sorted(in_title, reverse=True), data


def test_results_come_a_page_at_a_time_with_the_total(client, blog_index):
    for number in range(5):
        ArticlePageFactory(parent=blog_index, title=f"Sciatica stretch {number}")
    ArticlePageFactory(parent=blog_index, title="Knee pain")

    pages = [search(client, "sciatica", limit=2, offset=offset) for offset in (0, 2, 4, 6)]

    assert [data["total"] for data in pages] == [5, 5, 5, 5]
    assert [len(data["items"]) for data in pages] == [2, 2, 1, 0]
    found = [title for data in pages for title in titles(data)]
    assert sorted(found) == [f"Sciatica stretch {number}" for number in range(5)]
    assert len(search(client, "sciatica")["items"]) == 5  # ten by default
    assert search(client, "sciatica", limit=0) == {"total": 5, "items": []}


def test_drafts_unpublished_and_restricted_pages_never_appear(
    client, home_page, blog_index, location_index
):
    ArticlePageFactory(parent=blog_index, title="Bursitis draft", live=False)
    ArticlePageFactory(parent=blog_index, title="Bursitis unpublished").unpublish()
    restricted_clinic = LocationPageFactory(parent=location_index, title="Bursitis clinic")
    PageViewRestriction.objects.create(
        page=restricted_clinic, restriction_type=PageViewRestriction.PASSWORD, password="x"
    )
    staff = ArticlePageFactory(parent=blog_index, title="Bursitis for staff only")
    PageViewRestriction.objects.create(page=staff, restriction_type=PageViewRestriction.LOGIN)
    shown = ArticlePageFactory(parent=blog_index, title="Bursitis of the hip")

    assert [item["id"] for item in search(client, "bursitis")["items"]] == [shown.pk]

    PageViewRestriction.objects.create(page=blog_index, restriction_type=PageViewRestriction.LOGIN)

    assert search(client, "bursitis") == {"total": 0, "items": []}


def test_only_the_requested_sites_pages_are_searched(client, home_page, blog_index):
    ArticlePageFactory(parent=blog_index, title="Tendinitis at home")
    other_home = HomePageFactory(parent=Page.get_first_root_node(), title="Other practice")
    Site.objects.create(hostname="other.example", root_page=other_home)
    elsewhere = ArticlePageFactory(parent=other_home, title="Tendinitis elsewhere", slug="tend")

    assert titles(search(client, "tendinitis")) == ["Tendinitis at home"]
    data = search(client, "tendinitis", site="other.example")
    assert [item["id"] for item in data["items"]] == [elsewhere.pk]
    assert data["items"][0]["url"] == "http://other.example/tend/"


@pytest.mark.parametrize(
    "params, message",
    [
        ({}, "`q` is required"),
        ({"q": ""}, "`q` is required"),
        ({"q": "   "}, "`q` is required"),
        ({"q": "a" * 201}, "`q` is too long: at most 200 characters"),
        ({"q": "knee", "type": "news"}, "`type` must be one of: article, location, provider"),
        ({"q": "knee", "limit": "ten"}, "`limit` must be a whole number from 0 to 50"),
        ({"q": "knee", "limit": "-1"}, "`limit` must be a whole number"),
        ({"q": "knee", "limit": "51"}, "`limit` must be a whole number"),
        ({"q": "knee", "limit": "2.5"}, "`limit` must be a whole number"),
        ({"q": "knee", "limit": ""}, "`limit` must be a whole number"),
        ({"q": "knee", "offset": "-5"}, "`offset` must be a whole number from 0 to 10000"),
        ({"q": "knee", "offset": "x"}, "`offset` must be a whole number"),
        ({"q": "knee", "offset": "9" * 30}, "`offset` must be a whole number"),
        ({"q": "knee", "page": "2"}, "Unknown query parameter: page"),
        ({"q": "knee", "site": "localhost:http"}, "`site` must be a host name"),
    ],
)
def test_bad_parameters_get_a_400_saying_which_and_why(client, home_page, params, message):
    response = client.get(URL, params)

    assert response.status_code == 400
    assert response["Content-Type"] == "application/json"
    assert message in response.json()["message"]


def test_an_unknown_site_is_a_404(client, home_page):
    response = client.get(URL, {"q": "knee", "site": "elsewhere.example.com"})

    assert response.status_code == 404
    assert response.json() == {"message": "No site with this host name."}


@pytest.mark.parametrize(
    "query",
    [
        '"',
        "'",
        '"knee',
        "knee'",
        "&",
        "|",
        "!",
        ":*",
        "knee:*",
        "-",
        "--knee",
        "knee & pain | !hip",
        "(knee",
        "knee)",
        "\\",
        "knee\\",
        "*",
        "%",
        "_",
        "^",
        "NEAR(knee pain)",
        "AND",
        "knee OR NOT",
        "title:knee",
        "'; DROP TABLE wagtailcore_page; --",
        "1' OR '1'='1",
        "<script>alert(1)</script>",
        "ostéoarthrite",
        "膝の痛み",
        "🙂",
        "knee\x00pain",
        "the",
        "a" * 200,
        "knee " * 40,
    ],
)
def test_odd_queries_never_fail(client, article, query):
    data = search(client, query)

    assert isinstance(data["total"], int)
    assert len(data["items"]) == min(data["total"], 10)


def test_the_cost_in_queries_is_the_same_for_three_results_as_for_thirty(
    client, blog_index, location_index, provider_index
):
    def cost() -> tuple[int, int]:
        queries = request_queries(client, URL, {"q": "lumbar", "limit": 50})
        with override_settings(API_RESPONSE_CACHE=False):
            return search(client, "lumbar", limit=50)["total"], len(queries)

    def add(number: int) -> None:
        ArticlePageFactory(parent=blog_index, title=f"Lumbar article {number}")
        LocationPageFactory(parent=location_index, body=[paragraph(f"Lumbar care {number}")])
        ProviderPageFactory(parent=provider_index, specialty=f"Lumbar spine {number}")

    add(0)
    total, few = cost()
    assert total == 3
    for number in range(1, 10):
        add(number)
    total, many = cost()

    assert total == 30
    assert many == few


def test_a_search_builds_only_the_pages_it_shows_however_many_match(client, blog_index):
    def pages_built() -> int:
        built = []

        def count(sender, instance, **kwargs):
            if isinstance(instance, Page):
                built.append(instance)

        with override_settings(API_RESPONSE_CACHE=False):
            search(client, "tinnitus", limit=3)  # warm: the site's root paths
            post_init.connect(count)
            try:
                search(client, "tinnitus", limit=3)
            finally:
                post_init.disconnect(count)
        return len(built)

    for number in range(3):
        ArticlePageFactory(parent=blog_index, title=f"Tinnitus and the jaw {number}")
    few = pages_built()
    for number in range(3, 30):
        ArticlePageFactory(parent=blog_index, title=f"Tinnitus and the jaw {number}")

    assert pages_built() == few
