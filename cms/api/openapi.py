"""The OpenAPI document of /api/v2/ (`schema/`) and its browsable docs (`docs/`).

Wagtail's v2 viewsets are not generic DRF views, and our own endpoints build their JSON
with plain functions: drf-spectacular's introspection cannot describe either. So every
endpoint is documented here by hand, keyed by its path (the contract fixes paths, not view
classes), and the shapes it answers with are the components of cms/api/schema.py.

Two spectacular hooks put it together: `endpoints_document` swaps each route's view for
its documentation when the document is generated (the route itself is untouched), and
`document_complete` adds the components. A path documented here but not routed yet
(`search/`, built on another branch) is described all the same, so that the document is
the whole contract; once the route exists, its documentation attaches to it by path.
"""

import re

from django.conf import settings
from drf_spectacular.renderers import OpenApiJsonRenderer, OpenApiJsonRenderer2
from drf_spectacular.utils import OpenApiParameter, OpenApiResponse, extend_schema
from drf_spectacular.views import SpectacularJSONAPIView, SpectacularSwaggerView
from rest_framework.renderers import JSONRenderer, TemplateHTMLRenderer
from rest_framework.views import APIView

from cms.api.schema import COMPONENTS, Schema, ref

API_PREFIX = "/api/v2/"
QUERY, HEADER, PATH = OpenApiParameter.QUERY, OpenApiParameter.HEADER, OpenApiParameter.PATH
LIMIT_MAX = getattr(settings, "WAGTAILAPI_LIMIT_MAX", 20)

DESCRIPTION = """\
The JSON API the public site and the appointment widgets are built on. Reads are
anonymous. Pages, listings, search and navigation only ever contain live, public content.

- **Errors** are JSON, `{"message": "…"}`, with the right status: 400 names the bad
  parameter and why, 404, 405, 413, 429 with `Retry-After` past the rate limit, and 503
  with `Retry-After` when the database is briefly unavailable.
- **Caching**: every GET answers with an `ETag` and `Cache-Control`; send the ETag back
  in `If-None-Match` for a 304. Content changes reach every answer at once.
- **URLs**: `path` is the page's path on the public site; `url` is absolute on the public
  site's host. Rich text links to pages are public-site paths.
- **Shapes**: every page type, StreamField block and shared object is a component below;
  a key listed as required is always present (null where marked nullable). New keys may
  be added at any time: ignore those you do not know.
"""


def endpoint(*, renderer=JSONRenderer, method: str = "get", **operation) -> type[APIView]:
    """A view that only carries the documentation of one operation (a GET unless told):
    it is never routed or served.

    spectacular reads an operation from a view, so each documented path gets one.
    """

    @extend_schema(**operation)
    def handler(self, request, *args, **kwargs):
        raise NotImplementedError("Documentation only.")

    return type(
        f"{operation['operation_id']}_documentation",
        (APIView,),
        {
            "__doc__": operation.get("description", ""),
            method: handler,
            "documented_method": method.upper(),
            "renderer_classes": [renderer],
            "authentication_classes": [],  # reads are anonymous
            "permission_classes": [],
        },
    )


def json(schema: Schema, description: str) -> OpenApiResponse:
    return OpenApiResponse(schema, description=description)


def query(name: str, schema: Schema | type, description: str, **extra) -> OpenApiParameter:
    return OpenApiParameter(name, schema, QUERY, description=description, **extra)


def errors(*codes: int) -> dict[int, OpenApiResponse]:
    """The error answers of an endpoint: those named, and 429 for every one."""
    described = {
        400: "A parameter is missing, unknown or malformed: the message says which and why.",
        404: "Not found, or not public (a draft, a private page): the two look the same.",
        413: "The request body is too large.",
        415: "The body is not JSON (`Content-Type: application/json`).",
        422: "The `Idempotency-Key` was already used for a different request: use a new key.",
        429: "Too many requests: try again after `Retry-After` seconds.",
    }
    return {code: json(ref("Message"), described[code]) for code in (*codes, 429)}


PREVIEW_REFUSALS = {
    403: json(ref("Message"), "The token was not issued by this CMS (altered or forged)."),
    410: json(ref("Message"), "The token has expired: the editor previews the page again."),
}
NO_STORE = OpenApiParameter(
    "Cache-Control",
    {"type": "string", "const": "no-store"},
    HEADER,
    response=[200, 400, 403, 404, 410],
    description="A draft is never kept by a cache, a CDN or a browser.",
)


RETRY_AFTER = OpenApiParameter(
    "Retry-After", int, HEADER, response=[429], description="Seconds to wait before retrying."
)
FOUND = OpenApiParameter(
    "Location",
    {"type": "string", "format": "uri"},
    HEADER,
    response=[302],
    description="The detail URL of what was found.",
)
SITE = query(
    "site",
    str,
    "The public site's host name, `www.example.com` or `host:port`; default: the site the "
    "request came to. An unknown host is a 404.",
)
ID = OpenApiParameter("id", int, PATH, description="The object's id.")


def wagtail_listing_parameters(*extra: OpenApiParameter) -> list[OpenApiParameter]:
    """The parameters every Wagtail listing takes."""
    return [
        *extra,
        query(
            "fields",
            str,
            "Fields to add to each item, comma-separated (`fields=intro,hero_image`); `-name` "
            "removes a default field, `*` gives all, `_` none but those listed.",
        ),
        query("order", str, "A field to sort by (`title`, `-first_published_at`) or `random`."),
        query(
            "limit",
            {"type": "integer", "minimum": 1, "maximum": LIMIT_MAX, "default": 20},
            "How many items.",
        ),
        query("offset", {"type": "integer", "minimum": 0, "default": 0}, "Items to skip."),
        query("search", str, "Full-text search terms."),
    ]


def wagtail_endpoints(
    name: str, listing: str, detail: str, find: OpenApiParameter, what: str
) -> dict[str, type[APIView]]:
    """Wagtail's listing, detail and find endpoints of one model (images, documents …)."""
    a = "an" if what[0] in "aeiou" else "a"
    return {
        f"{API_PREFIX}{name}/": endpoint(
            operation_id=f"{name}_list",
            summary=f"Every {what}",
            description=f"Wagtail's standard listing of {what}s.",
            parameters=wagtail_listing_parameters(RETRY_AFTER),
            responses={200: json(ref(listing), f"The {what}s."), **errors(400)},
        ),
        f"{API_PREFIX}{name}/{{id}}/": endpoint(
            operation_id=f"{name}_detail",
            summary=f"One {what}",
            description=f"Wagtail's standard detail of {a} {what}.",
            parameters=[ID, query("fields", str, "As for the listing."), RETRY_AFTER],
            responses={200: json(ref(detail), f"The {what}."), **errors(400, 404)},
        ),
        f"{API_PREFIX}{name}/find/": endpoint(
            operation_id=f"{name}_find",
            summary=f"Find {a} {what}",
            description=f"Redirects to the detail URL of the {what} found.",
            parameters=[find, FOUND, RETRY_AFTER],
            responses={302: OpenApiResponse(description="Found."), **errors(400, 404)},
        ),
    }


PAGES = {
    f"{API_PREFIX}pages/by-path/": endpoint(
        operation_id="pages_by_path",
        summary="The page at a path, or the redirect that matches it",
        description=(
            "The one request a frontend makes per page view: everything needed to render "
            "the page. When no page is at the path but a redirect matches it, the answer is "
            '200 `{"redirect": …}`, for the frontend to redirect. Drafts, private pages '
            "and everything below them are 404, like a path that never existed."
        ),
        parameters=[
            query(
                "path",
                {"type": "string", "pattern": "^/", "maxLength": 2048},
                "The path on the public site, `/blog/neck-tension/` (the trailing slash may "
                "be left out), without a query string or fragment.",
                required=True,
            ),
            SITE,
            RETRY_AFTER,
        ],
        responses={
            200: json(
                {"oneOf": [ref("Page"), ref("Redirect")]},
                "The page (its `type` says which page type), or a redirect.",
            ),
            **errors(400, 404),
        },
    ),
    f"{API_PREFIX}pages/": endpoint(
        operation_id="pages_list",
        summary="Live, public pages (Wagtail's listing)",
        description=(
            "Wagtail's standard pages listing. Each item has Wagtail's default fields and "
            "those asked for with `fields`. Any field of the type given with `type` also "
            "filters: `?type=blog.ArticlePage&slug=neck-tension`."
        ),
        parameters=wagtail_listing_parameters(
            query(
                "type",
                str,
                "Page types, comma-separated: `blog.ArticlePage`. Needed to filter or ask "
                "for the type's own fields.",
            ),
            query("child_of", str, "A page id, or `root`: only its children."),
            query("descendant_of", str, "A page id, or `root`: only pages below it."),
            RETRY_AFTER,
        ),
        responses={200: json(ref("PageListing"), "The pages."), **errors(400)},
    ),
    f"{API_PREFIX}pages/{{id}}/": endpoint(
        operation_id="pages_detail",
        summary="A page by its id",
        description="The page as `pages/by-path/` gives it, with Wagtail's `meta` besides.",
        parameters=[ID, RETRY_AFTER],
        responses={200: json(ref("PageDetail"), "The page."), **errors(400, 404)},
    ),
    f"{API_PREFIX}pages/find/": endpoint(
        operation_id="pages_find",
        summary="Find a page by its path",
        description="Redirects to the page's detail URL (`pages/<id>/`).",
        parameters=[
            query("html_path", str, "The page's path on the site, `/blog/neck-tension/`."),
            query("id", int, "Or the page's id."),
            FOUND,
            RETRY_AFTER,
        ],
        responses={302: OpenApiResponse(description="Found."), **errors(400, 404)},
    ),
}

OURS = {
    f"{API_PREFIX}site/": endpoint(
        operation_id="site",
        summary="What every page shares",
        description=(
            "The practice, its logo and phone, social links, the header and footer "
            "navigation, SEO defaults, the organisation's JSON-LD and the default call to "
            "action."
        ),
        parameters=[SITE, RETRY_AFTER],
        responses={200: json(ref("Site"), "The site."), **errors(400, 404)},
    ),
    f"{API_PREFIX}locations/": endpoint(
        operation_id="locations",
        summary="Every clinic, or the nearest first",
        description=(
            "Every live, public clinic with whether it is open now and when it next opens. "
            "With `near` or `zip` (not both), nearest first with `distance_miles`."
        ),
        parameters=[
            query(
                "near",
                {"type": "string", "pattern": r"^[+-]?[0-9.]+,[+-]?[0-9.]+$"},
                "Coordinates, `latitude,longitude`: `33.78,-84.38`.",
            ),
            query(
                "zip",
                {"type": "string", "pattern": r"^[0-9]{5}(-[0-9]{4})?$"},
                "A US ZIP code, `30303` or `30303-1234`.",
            ),
            RETRY_AFTER,
        ],
        responses={200: json(ref("LocationListing"), "The clinics."), **errors(400)},
    ),
    f"{API_PREFIX}search/": endpoint(
        operation_id="search",
        summary="Search articles, clinics and providers",
        description=(
            "Live, public pages holding every word of the query, most relevant first; "
            "within each page of results, title matches before the others."
        ),
        parameters=[
            query("q", {"type": "string", "minLength": 1}, "What to look for.", required=True),
            query(
                "type",
                {"type": "string", "enum": ["article", "location", "provider"]},
                "Only results of this kind.",
            ),
            query("limit", {"type": "integer", "minimum": 1}, "How many results."),
            query("offset", {"type": "integer", "minimum": 0, "default": 0}, "Results to skip."),
            SITE,
            RETRY_AFTER,
        ],
        # 404: `site=` names no site, as in `by-path/` and `site/`.
        responses={200: json(ref("SearchResults"), "The results."), **errors(400, 404)},
    ),
    f"{API_PREFIX}cta/": endpoint(
        operation_id="cta",
        summary="The call to action to show at a place of the public site",
        description=(
            "What the appointment widget shows: the call to action of the live, public page "
            "at `path`, else that of the clinic (`location`, or the page itself when it is "
            "a clinic), else the placement's, else the site's default. A `path` with no "
            "public page behind it is not an error (the widget also runs on pages the CMS "
            "does not render): the resolution goes on from the clinic. Booking links carry "
            "`utm_source`, `utm_medium=cta` and `utm_campaign=<placement>`, never a health "
            "term. With a clinic, a call dials the clinic and `location` says whether it is "
            "open now, in its own timezone; such answers may be kept a minute only."
        ),
        parameters=[
            query(
                "placement",
                {"type": "string", "pattern": "^[-a-zA-Z0-9_]+$"},
                "Where the call to action is shown, as editors name placements in the admin: "
                "`article-footer`, `sidebar`, `location-header`, `site-banner` …",
                required=True,
            ),
            query(
                "path",
                {"type": "string", "pattern": "^/", "maxLength": 2048},
                "The public-site path of the page it is shown on, `/blog/neck-tension/`.",
            ),
            query("location", str, "A clinic's slug, `midtown`: the call to action is for it."),
            RETRY_AFTER,
        ],
        responses={
            200: json(ref("CTA"), "The call to action."),
            **errors(400, 404),
        },
    ),
}

FORMS = {
    f"{API_PREFIX}appointment-requests/": endpoint(
        method="post",
        operation_id="appointment_requests_create",
        summary="Send an appointment request",
        description=(
            "A patient asks a clinic to contact them. JSON only. The request is stored "
            "before the answer, once: a retry with the same `Idempotency-Key` header gets "
            "the same reference, and the same key with a different body is a 422. Spam "
            "(the `website` trap filled, or `fill_seconds` too short) is answered like a "
            "success and not stored. Past the per-client rate limit (a few requests an "
            "hour), 429 with `Retry-After`. Nothing the patient sent is echoed back, put "
            "in a URL, a log line or an email: the clinic's front desk is told that a "
            "request is waiting and reads it in the admin. Browsers on the public site's "
            "origins may post it (CORS)."
        ),
        request={"application/json": ref("AppointmentRequest")},
        parameters=[
            OpenApiParameter(
                "Idempotency-Key",
                {"type": "string", "maxLength": 255},
                HEADER,
                description="A new random key (a UUID) for each request the patient sends, "
                "the same for every retry of it.",
            ),
            RETRY_AFTER,
        ],
        responses={
            201: json(ref("AppointmentRequestReceived"), "Received."),
            400: json(
                {"oneOf": [ref("FieldErrors"), ref("Message")]},
                "Invalid fields, each named (`errors`), or a bad header or parameter "
                "(`message`); nothing was stored.",
            ),
            **errors(413, 415, 422),
        },
    ),
}

PREVIEW = {
    f"{API_PREFIX}preview/": endpoint(
        operation_id="preview",
        summary="The draft an editor is previewing",
        description=(
            "The only door to draft content. Wagtail's preview opens the frontend's "
            "preview route with `?content_type=…&token=…`; the frontend passes both here "
            "and gets the draft as the same Page object `pages/by-path/` gives (`id` is "
            "null for a page never saved). A token serves one page and expires after an "
            "hour (PREVIEW_TOKEN_MAX_AGE). Never cached: no `ETag`, `no-store`."
        ),
        parameters=[
            query(
                "content_type",
                {"type": "string", "pattern": r"^\w+\.\w+$"},
                "The page type, `app_label.model` as the preview URL gives it: `blog.articlepage`.",
                required=True,
            ),
            query("token", str, "The preview token, as the preview URL gives it.", required=True),
            NO_STORE,
            RETRY_AFTER,
        ],
        responses={
            200: json(ref("Page"), "The draft, as a Page."),
            **errors(400, 404),
            **PREVIEW_REFUSALS,
        },
    ),
}

WAGTAIL = {
    **wagtail_endpoints(
        "images", "ImageListing", "ImageDetail", query("id", int, "The image's id."), "image"
    ),
    **wagtail_endpoints(
        "documents",
        "DocumentListing",
        "DocumentItem",
        query("id", int, "The document's id."),
        "document",
    ),
    **wagtail_endpoints(
        "redirects",
        "RedirectListing",
        "RedirectItem",
        query("html_path", str, "The old path, `/old-neck-article/`."),
        "redirect",
    ),
}

DOCUMENTATION = {
    f"{API_PREFIX}schema/": endpoint(
        operation_id="schema",
        tags=["documentation"],
        summary="This OpenAPI document",
        description="The OpenAPI 3.1 document of the API, as JSON.",
        parameters=[RETRY_AFTER],
        responses={200: json({"type": "object"}, "The document."), **errors()},
    ),
    f"{API_PREFIX}docs/": endpoint(
        renderer=TemplateHTMLRenderer,
        operation_id="docs",
        tags=["documentation"],
        summary="Browsable documentation",
        description="This document in Swagger UI, served with its assets from this host.",
        parameters=[RETRY_AFTER],
        responses={200: OpenApiResponse({"type": "string"}, description="An HTML page.")},
    ),
}

# In this order in the document: what a frontend uses most first.
ENDPOINTS: dict[str, type[APIView]] = {
    **PAGES,
    **OURS,
    **FORMS,
    **PREVIEW,
    **WAGTAIL,
    **DOCUMENTATION,
}


def _shape(path: str) -> str:
    """The path with its parameters unnamed: `/pages/{pk}/` and `/pages/{id}/` match."""
    return re.sub(r"{\w+}", "{}", path)


def operation_order(endpoint: tuple) -> int:
    """spectacular's sort key: the order of ENDPOINTS, anything else after."""
    shapes = [_shape(path) for path in ENDPOINTS]
    shape = _shape(endpoint[0])
    return shapes.index(shape) if shape in shapes else len(shapes)


def endpoints_document(endpoints: list[tuple]) -> list[tuple]:
    """spectacular's preprocessing hook: the API's routes, each with its documentation.

    Routes outside /api/v2/ (the admin's own API) are left out. A documented path that
    is not routed is added; a routed one that is not documented keeps its view, and the
    tests fail on the warnings its introspection gives.
    """
    documentation = {
        (_shape(path), view.documented_method): (path, view) for path, view in ENDPOINTS.items()
    }
    result = []
    for path, path_regex, method, callback in endpoints:
        if not path.startswith(API_PREFIX):
            continue
        _path, view = documentation.pop((_shape(path), method), (None, None))
        result.append((path, path_regex, method, view.as_view() if view else callback))
    for path, view in documentation.values():
        result.append((path, f"^{path.lstrip('/')}$", view.documented_method, view.as_view()))
    return result


# Answers that are never cached (a preview shows a draft to one editor).
NOT_CACHED = {f"{API_PREFIX}preview/"}
CACHE_HEADERS = {
    "ETag": {
        "description": "The answer's version: send it back in `If-None-Match` to revalidate.",
        "schema": {"type": "string"},
    },
    "Cache-Control": {
        "description": (
            "`public, max-age=…, stale-while-revalidate=…`; `max-age=60` for answers that "
            "show whether a clinic is open now."
        ),
        "schema": {"type": "string"},
    },
}
IF_NONE_MATCH = {
    "name": "If-None-Match",
    "in": "header",
    "required": False,
    "description": "The `ETag` of a copy you hold: a 304 without a body if it is current.",
    "schema": {"type": "string"},
}


def caching_document(result: dict) -> None:
    """Every public GET is cacheable the same way (cms/api/cache.py) and every endpoint
    may find the database down: described once here rather than on each endpoint."""
    unavailable = {
        "description": "The database is briefly unavailable: retry after `Retry-After`.",
        "headers": {"Retry-After": {"schema": {"type": "integer"}}},
        "content": {"application/json": {"schema": ref("Message")}},
    }
    for path, item in result.get("paths", {}).items():
        for method, operation in item.items():
            responses = operation.setdefault("responses", {})
            responses.setdefault("503", unavailable)
            if method != "get" or path in NOT_CACHED:
                continue
            operation.setdefault("parameters", []).append(IF_NONE_MATCH)
            for code in ("200", "404"):
                if code in responses:
                    responses[code].setdefault("headers", {}).update(CACHE_HEADERS)
            responses["304"] = {
                "description": "Not modified: the copy whose ETag was sent is current.",
                "headers": CACHE_HEADERS,
            }


def document_complete(result: dict, generator, request, public) -> dict:
    """spectacular's postprocessing hook: the overview, every component, and the caching
    and availability every endpoint shares."""
    result["info"]["description"] = DESCRIPTION
    result.setdefault("components", {}).setdefault("schemas", {}).update(COMPONENTS)
    caching_document(result)
    return result


class SchemaView(SpectacularJSONAPIView):
    """`schema/`: the OpenAPI document, as `application/json` unless asked otherwise."""

    renderer_classes = [OpenApiJsonRenderer2, OpenApiJsonRenderer]


class DocsView(SpectacularSwaggerView):
    """`docs/`: Swagger UI on the document, its assets served from our static files."""

    url_name = "api_schema"
