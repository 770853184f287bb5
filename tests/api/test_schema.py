"""`schema/` and `docs/`: the OpenAPI document is valid, complete, and true to real answers.

The document is only worth something if it says what the API does, so real responses,
built from content with every page type and block, are validated against it. Validation
here is stricter than the document: an object may hold no key the document does not
name (the document itself stays open to additions, as the contract allows).
"""

import datetime
import re

import pytest
from django.apps import apps
from django.core.files.base import ContentFile
from django.test import Client
from django.urls import URLResolver, get_resolver, resolve
from django.utils import timezone
from drf_spectacular.drainage import GENERATOR_STATS
from drf_spectacular.generators import SchemaGenerator
from jsonschema.exceptions import best_match
from openapi_schema_validator import OAS31Validator, oas31_format_checker
from openapi_spec_validator import validate as validate_openapi
from wagtail.contrib.redirects.models import Redirect
from wagtail.documents import get_document_model

from blog.factories import ArticleAuthorFactory, ArticlePageFactory, RelatedArticleFactory
from cms.api.openapi import ENDPOINTS, NOT_CACHED
from cms.blocks import BodyStreamBlock
from cms.factories import CallToActionFactory, ImageFactory, TopicFactory
from cms.models import BasePage, NavigationSettings, PracticeSettings, Topic
from home.models import FeaturedArticle, FeaturedClinic
from locations.factories import LocationPageFactory, ProviderPageFactory, SpecialHoursFactory

SCHEMA_URL = "/api/v2/schema/"
# Documented, and routed on the branch that builds it: its documentation attaches by path.
BUILT_ELSEWHERE = {"/api/v2/search/"}


@pytest.fixture(scope="module")
def document(django_db_setup, django_db_blocker) -> dict:
    with django_db_blocker.unblock():  # the response cache may live in the database
        response = Client().get(SCHEMA_URL)
    assert response.status_code == 200
    assert response["Content-Type"] == "application/json"
    return response.json()


def shape(path: str) -> str:
    return re.sub(r"{\w+}", "{}", path)


def closed(schema):
    """The schema with every object closed to keys it does not name (for the tests only)."""
    if isinstance(schema, list):
        return [closed(item) for item in schema]
    if not isinstance(schema, dict):
        return schema
    result = {key: closed(value) for key, value in schema.items()}
    if "properties" in schema and "additionalProperties" not in schema:
        result["additionalProperties"] = False
    return result


def assert_valid(document: dict, instance, schema: dict) -> None:
    """`instance` matches `schema`, its `$ref`s resolved in the document, strictly."""
    components = {"schemas": closed(document["components"]["schemas"])}
    validator = OAS31Validator(
        {**closed(schema), "components": components}, format_checker=oas31_format_checker
    )
    error = best_match(validator.iter_errors(instance))
    if error is not None:
        error = deepest(error)  # in a oneOf, the branch that got furthest
        raise AssertionError(f"{error.message[:300]} at {list(error.absolute_path)}")


def deepest(error):
    errors, stack = [error], [error]
    while stack:
        for child in stack.pop().context:
            errors.append(child)
            stack.append(child)
    return max(errors, key=lambda each: len(each.absolute_path))


def component(name: str) -> dict:
    return {"$ref": f"#/components/schemas/{name}"}


def operation_for(document: dict, path: str, method: str = "get") -> dict:
    if path in document["paths"]:  # `pages/find/` before `pages/{id}/`
        return document["paths"][path][method]
    for template, item in document["paths"].items():
        if re.fullmatch(re.sub(r"{\w+}", "[^/]+", template), path):
            return item[method]
    raise AssertionError(f"{path} is not in the document")


def assert_documented(document: dict, response, url: str, method: str = "get"):
    """The response's status is documented for the endpoint, and its body matches."""
    answers = operation_for(document, url, method)["responses"]
    answer = answers.get(str(response.status_code))
    assert answer, f"{url}: {response.status_code} is not documented"
    for header in answer.get("headers", {}):
        assert response.has_header(header), f"{url}: no {header} header"
    if "content" in answer:
        media_type = response["Content-Type"].split(";")[0]
        assert_valid(document, response.json(), answer["content"][media_type]["schema"])
    return response


def get(client, document: dict, url: str, **params):
    return assert_documented(document, client.get(url, params), url)


# The document itself


def test_the_document_is_valid_openapi(document):
    assert document["openapi"].startswith("3.1")
    validate_openapi(document)


def test_every_endpoint_is_described_by_hand_not_guessed():
    SchemaGenerator().get_schema(public=True)
    assert not GENERATOR_STATS, "spectacular had to guess: document the endpoint"


def api_routes() -> set[str]:
    def walk(patterns, prefix):
        for pattern in patterns:
            route = prefix + str(pattern.pattern).lstrip("^").rstrip("$")
            if isinstance(pattern, URLResolver):
                yield from walk(pattern.url_patterns, route)
            else:
                yield route

    return {
        "/" + re.sub(r"<(?:\w+:)?(\w+)>", r"{\1}", route)
        for route in walk(get_resolver().url_patterns, "")
        if route.startswith("api/v2/")
    }


def test_every_route_of_the_api_is_documented(document):
    documented = {shape(path) for path in document["paths"]}
    assert {shape(route) for route in api_routes()} <= documented
    for path in ["by-path/", "", "{id}/", "find/"]:
        assert f"/api/v2/pages/{path}" in document["paths"]
    for path in ["site", "locations", "search", "cta", "redirects", "images", "documents"]:
        assert f"/api/v2/{path}/" in document["paths"]
    assert {"/api/v2/schema/", "/api/v2/docs/"} <= set(document["paths"])


def test_every_documented_path_is_routed_or_being_built(document):
    assert set(document["paths"]) == set(ENDPOINTS)
    unrouted = {
        path
        for path in document["paths"]
        if not resolve(path.replace("{id}", "1")).route.startswith("api/v2/")
    }
    assert unrouted <= BUILT_ELSEWHERE


def test_every_block_and_page_type_is_a_component(document):
    schemas = document["components"]["schemas"]
    assert set(schemas["Block"]["discriminator"]["mapping"]) == set(BodyStreamBlock.base_blocks)
    page_types = {
        model._meta.label
        for model in apps.get_models()
        if issubclass(model, BasePage) and not model._meta.abstract
    }
    assert set(schemas["Page"]["discriminator"]["mapping"]) == page_types


def test_every_json_endpoint_documents_429_with_retry_after(document):
    for path, item in document["paths"].items():
        if path != "/api/v2/docs/":
            for operation in item.values():
                assert "Retry-After" in operation["responses"]["429"]["headers"], path


# Real answers match it


@pytest.fixture
def content(home_page, blog_index, location_index, provider_index):
    """A site with every page type, every block, a clinic with special hours, providers,
    the practice's settings and navigation, and a redirect."""
    image = ImageFactory(file__width=1200, file__height=800)
    cta = CallToActionFactory()
    condition = TopicFactory(name="Neck pain")
    treatment = TopicFactory(name="Nerve block", kind=Topic.Kind.TREATMENT)
    today = timezone.localdate()

    clinic = LocationPageFactory(
        parent=location_index, slug="midtown", hero_image=image, fax="(404) 555-0199"
    )
    SpecialHoursFactory(page=clinic, date=today + datetime.timedelta(days=3), reason="Holiday")
    SpecialHoursFactory(
        page=clinic,
        date=today + datetime.timedelta(days=10),
        closed=False,
        opens=datetime.time(9),
        closes=datetime.time(13),
        reason="",
    )
    clinic.services.set([treatment])
    clinic.save_revision().publish()

    provider = ProviderPageFactory(parent=provider_index, slug="okafor", photo=image)
    provider.locations.set([clinic])
    provider.topics.set([condition])
    provider.save_revision().publish()

    article = ArticlePageFactory(
        parent=blog_index,
        title="Neck tension headaches",
        slug="neck-tension",
        hero_image=image,
        cta=cta,
        medical_reviewer=provider,
        last_reviewed=today,
        topics=[condition],
        body=[
            ("heading", {"text": "Symptoms", "level": "h2", "anchor": ""}),
            ("paragraph", f'<p>See <a linktype="page" id="{clinic.pk}">the clinic</a>.</p>'),
            ("list", {"lead_in": "", "style": "numbered", "items": ["<p>Rest</p>"]}),
            (
                "image",
                {
                    "image": {"image": image, "alt_text": "A stretch", "decorative": False},
                    "caption": "",
                },
            ),
            ("quote", {"quote": "It helps.", "attribution": ""}),
            ("callout", {"style": "warning", "title": "", "text": "<p>Call 911.</p>"}),
            ("faq", {"heading": "FAQ", "items": [{"question": "Q?", "answer": "<p>A.</p>"}]}),
            ("cta", {"cta": cta}),
            ("cta", {"cta": None}),
            ("embed", {"video": "https://www.youtube.com/watch?v=dQw4w9WgXcQ", "caption": ""}),
            (
                "table",
                {
                    "data": [["Treatment", "Relief"], ["Nerve block", None]],
                    "first_row_is_table_header": True,
                    "first_col_is_header": False,
                    "table_caption": "",
                    "table_header_choice": "row",
                },
            ),
        ],
    )
    article.tags.add("desk work")
    article.save_revision().publish()
    ArticleAuthorFactory(page=article, provider=provider)
    RelatedArticleFactory(page=article, article=ArticlePageFactory(parent=blog_index))

    home_page.hero_image = image
    home_page.save_revision().publish()
    FeaturedArticle.objects.create(page=home_page, article=article)
    FeaturedClinic.objects.create(page=home_page, clinic=clinic)

    site = home_page.get_site()
    PracticeSettings.objects.create(
        site=site,
        phone="(404) 555-0100",
        logo=image,
        default_social_image=image,
        default_cta=CallToActionFactory(secondary=[]),
        social_links=[("profile", {"network": "facebook", "url": "https://facebook.com/x"})],
    )
    link = {"page": blog_index, "url": "", "label": ""}
    NavigationSettings.objects.create(
        site=site,
        header=[
            ("link", link),
            ("menu", {"label": "Patients", "links": [link]}),
        ],
        footer=[("column", {"heading": "Practice", "links": [link]})],
    )
    Redirect.objects.create(old_path="/old-neck", redirect_page=article)
    Redirect.objects.create(old_path="/insurance", redirect_link="https://example.com/")
    document = get_document_model()(title="Leaflet")
    document.file.save("leaflet.pdf", ContentFile(b"%PDF-1.4"), save=True)
    return {"article": article, "image": image, "document": document}


PAGES = {
    "/": "home.HomePage",
    "/blog/": "blog.BlogIndexPage",
    "/blog/neck-tension/": "blog.ArticlePage",
    "/clinics/": "locations.LocationIndexPage",
    "/clinics/midtown/": "locations.LocationPage",
    "/providers/": "locations.ProviderIndexPage",
    "/providers/okafor/": "locations.ProviderPage",
}


def test_by_path_answers_match_the_document_for_every_page_type(client, document, content):
    by_path = "/api/v2/pages/by-path/"
    mapping = document["components"]["schemas"]["Page"]["discriminator"]["mapping"]
    assert set(PAGES.values()) == set(mapping)
    for path, page_type in PAGES.items():
        data = get(client, document, by_path, path=path).json()
        assert data["type"] == page_type
        assert_valid(document, data, {"$ref": mapping[page_type]})  # the precise complaint

    article = get(client, document, by_path, path="/blog/neck-tension/").json()
    assert [block["type"] for block in article["body"]] == [
        "heading", "paragraph", "list", "image", "quote", "callout", "faq", "cta", "cta",
        "embed", "table",
    ]  # fmt: skip
    assert article["related"] and article["authors"] and article["medical_reviewer"]
    clinic = get(client, document, by_path, path="/clinics/midtown/").json()
    assert [day["closed"] for day in clinic["special_hours"]] == [True, False]

    for path in ["/old-neck/", "/insurance/"]:
        assert "redirect" in get(client, document, by_path, path=path).json()


def test_errors_match_the_document(client, document, content):
    assert get(client, document, "/api/v2/pages/by-path/").status_code == 400
    assert get(client, document, "/api/v2/pages/by-path/", path="/nowhere/").status_code == 404
    assert get(client, document, "/api/v2/locations/", zip="99999").status_code == 400
    assert get(client, document, "/api/v2/site/", site="elsewhere.example").status_code == 404
    assert get(client, document, "/api/v2/pages/", type="nothing.Page").status_code == 400
    assert get(client, document, "/api/v2/pages/987654/").status_code == 404


def test_site_and_locations_match_the_document(client, document, content):
    site = get(client, document, "/api/v2/site/").json()
    assert site["navigation"]["header"][1]["label"] == "Patients"
    assert site["default_cta"]["secondary"] is None
    for params in [{}, {"zip": "30303"}, {"near": "33.75,-84.39"}]:
        assert get(client, document, "/api/v2/locations/", **params).json()["total"] == 1


def test_cta_matches_the_document(client, document, content):
    cta = "/api/v2/cta/"
    assert get(client, document, cta, placement="sidebar").json()["location"] is None
    data = get(client, document, cta, placement="sidebar", path="/clinics/midtown/").json()
    assert data["location"]["slug"] == "midtown"
    get(client, document, cta, placement="sidebar", path="/blog/neck-tension/", location="midtown")
    assert get(client, document, cta, placement="nowhere").status_code == 400
    assert get(client, document, cta, placement="sidebar", location="nowhere").status_code == 404


def test_appointment_requests_match_the_document(client, document, content):
    url = "/api/v2/appointment-requests/"
    body = {
        "location": "midtown",
        "name": "Jordan Example",
        "phone": "(404) 555-0188",
        "preferred_contact": "phone",
        "preferred_time": "morning",
        "consent": True,
    }
    schema = operation_for(document, url, "post")["requestBody"]["content"]["application/json"]
    assert_valid(document, body, schema["schema"])

    def post(data, **headers):
        response = client.post(url, data, content_type="application/json", headers=headers)
        return assert_documented(document, response, url, "post")

    assert post(body, **{"Idempotency-Key": "k1"}).status_code == 201
    assert post({**body, "name": "Other"}, **{"Idempotency-Key": "k1"}).status_code == 422
    assert "errors" in post({**body, "phone": "12"}).json()
    assert post({**body, "message": "x" * 20_000}).status_code == 413
    response = client.post(url, "name=x", content_type="text/plain")
    assert assert_documented(document, response, url, "post").status_code == 415


def test_wagtails_endpoints_match_the_document(client, document, content):
    image, leaflet = content["image"].pk, content["document"].pk
    assert get(client, document, "/api/v2/pages/").json()["meta"]["total_count"] >= 8
    found = get(client, document, "/api/v2/pages/find/", html_path="/blog/neck-tension/")
    assert found.status_code == 302
    get(client, document, "/api/v2/images/")
    get(client, document, f"/api/v2/images/{image}/")
    assert get(client, document, "/api/v2/images/find/", id=image).status_code == 302
    get(client, document, "/api/v2/documents/")
    get(client, document, f"/api/v2/documents/{leaflet}/")
    assert get(client, document, "/api/v2/redirects/").json()["meta"]["total_count"] == 2
    redirect = get(client, document, "/api/v2/redirects/find/", html_path="/old-neck")
    assert redirect.status_code == 302


def test_a_page_by_id_matches_the_document(client, document, content):
    path = f"/api/v2/pages/{content['article'].pk}/"
    data = client.get(path).json()
    answer = operation_for(document, path)["responses"]["200"]["content"]["application/json"]
    assert answer["schema"] == component("PageDetail")
    # PageDetail is Page and meta together: each part is closed to undocumented keys.
    page = {key: value for key, value in data.items() if key != "meta"}
    assert_valid(document, page, component("Page"))
    assert_valid(document, data["meta"], component("PageMeta"))


def test_search_matches_the_document(client, document, content):
    data = get(client, document, "/api/v2/search/", q="neck").json()
    assert data["total"] >= 1
    get(client, document, "/api/v2/search/", q="neck", type="article", limit=1)
    assert get(client, document, "/api/v2/search/").status_code == 400


# The browsable docs


def test_the_docs_are_served_from_this_host_only(client, db):
    response = client.get("/api/v2/docs/")

    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/html")
    html = response.content.decode()
    assert not re.search(r"https?://|(src|href)=\"//", html), "no other host, no CDN"
    assets = re.findall(r'(?:src|href)="([^"]+)"', html)
    assert len(assets) >= 3
    for asset in assets:
        assert asset.startswith("/static/drf_spectacular_sidecar/"), asset
        assert client.get(asset).status_code == 200, asset
    assert f'"{SCHEMA_URL}"' in html


def test_every_get_documents_its_cache_headers_and_304(document):
    for path, item in document["paths"].items():
        if path in NOT_CACHED:
            continue
        operation = item.get("get")
        if operation is None or "200" not in operation["responses"]:
            continue  # a POST only, or find/, which answers with a redirect
        assert {"ETag", "Cache-Control"} <= set(operation["responses"]["200"]["headers"]), path
        assert "304" in operation["responses"], path
        assert "If-None-Match" in [p["name"] for p in operation["parameters"]], path
        assert "503" in operation["responses"], path
