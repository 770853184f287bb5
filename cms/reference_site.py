"""The reference rendering of the public site: pages drawn only from the API's JSON.

It is what a frontend does, done in Django templates: one `pages/by-path/` request per
page view (plus `site/` for what every page shares), rendered as semantic HTML. It reads
no model: the JSON comes from the API's own views, called in-process through the full
middleware stack (the API's response cache included), exactly as they answer over HTTP.
So it proves the payload is complete: every page type renders with nothing else.

It serves the site at `/` (`make run`), and it is the default preview client: Wagtail's
preview opens `/_preview/?content_type=…&token=…`, which renders `preview/`'s draft.
"""

import json
import re
from functools import cache
from io import BytesIO
from typing import Any
from urllib.parse import urlencode

from django.core.handlers.base import BaseHandler
from django.core.handlers.wsgi import WSGIRequest
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect
from django.template.loader import render_to_string, select_template
from django.views.decorators.cache import never_cache
from django.views.decorators.clickjacking import xframe_options_sameorigin

BY_PATH = "/api/v2/pages/by-path/"
SITE = "/api/v2/site/"
PREVIEW = "/api/v2/preview/"

# What the API call must not inherit from the visitor's request: it is anonymous, asks
# for the whole body, and has its own path, query and (empty) body.
NOT_FORWARDED = {"HTTP_COOKIE", "HTTP_IF_NONE_MATCH", "HTTP_IF_MODIFIED_SINCE", "CONTENT_TYPE"}


@cache
def _api_handler() -> BaseHandler:
    """Django's request handler with the project's middleware, built once per process."""
    handler = BaseHandler()
    handler.load_middleware()
    return handler


def api_get(request: HttpRequest, path: str, params: dict[str, str]) -> tuple[int, dict]:
    """GET an API URL as the frontend would, on the visitor's host, and return its status
    and JSON. In-process: no socket, no second worker needed, same code path as HTTP.
    Whatever the API answers, the caller gets a status and a dict, never an exception."""
    environ = {key: value for key, value in request.META.items() if key not in NOT_FORWARDED}
    environ.update(
        {
            "REQUEST_METHOD": "GET",
            "SCRIPT_NAME": "",
            "PATH_INFO": path,
            "QUERY_STRING": urlencode(params),
            "CONTENT_LENGTH": "0",
            "HTTP_ACCEPT": "application/json",  # a browser's text/html gets DRF's HTML
            "wsgi.input": BytesIO(),
        }
    )
    response = _api_handler().get_response(WSGIRequest(environ))
    if not response.get("Content-Type", "").startswith("application/json"):
        return response.status_code, {}  # a server error's HTML page: no data to show
    return response.status_code, json.loads(response.content)


def template_for(page_type: str) -> str:
    """`blog.ArticlePage` → `site/blog/article_page.html`."""
    app_label, _, model = page_type.partition(".")
    return f"site/{app_label}/{re.sub(r'(?<!^)(?=[A-Z])', '_', model).lower()}.html"


def page_response(
    request: HttpRequest, status: int, page: dict[str, Any], *, preview: bool = False
) -> HttpResponse:
    """The HTML of an API answer: the page, a redirect, or the error page it calls for."""
    if status == 200 and "redirect" in page:
        target = page["redirect"]
        return redirect(target["location"], permanent=target["permanent"])
    _status, site = api_get(request, SITE, {})
    context = {"site": site, "page": page, "preview": preview}
    if status == 200:
        template = select_template([template_for(page["type"]), "site/page.html"])
        return HttpResponse(template.render(context, request))
    context["message"] = page.get("message", "")
    html = render_to_string("site/not_found.html" if status == 404 else "site/error.html", context)
    return HttpResponse(html, status=status)


def site_page(request: HttpRequest, path: str = "") -> HttpResponse:
    """A page of the public site, at its public path. Under /api/, a path no endpoint
    answers is the API's JSON 404, not a page."""
    if path.startswith("api/"):
        raise Http404("No endpoint at this path.")
    status, page = api_get(request, BY_PATH, {"path": "/" + path})
    return page_response(request, status, page)


@never_cache
@xframe_options_sameorigin  # shown inside the editor's preview panel
def site_preview(request: HttpRequest) -> HttpResponse:
    """The draft Wagtail's preview asks the frontend to show, or why it cannot be shown
    (an expired token says so, with its status)."""
    params = {key: request.GET.get(key, "") for key in ("content_type", "token")}
    status, page = api_get(request, PREVIEW, params)
    return page_response(request, status, page, preview=True)


def site_not_found(request: HttpRequest) -> HttpResponse:
    """The site's 404 page for an address no page route matches (`/favicon.txt`)."""
    _status, site = api_get(request, SITE, {})
    return HttpResponse(render_to_string("site/not_found.html", {"site": site}), status=404)
