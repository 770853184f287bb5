"""The embeddable appointment widget (`/widgets/cta.js`) and the page that shows it
(`/widgets/demo/`).

The script is a static file with one thing filled in per site: the practice's phone
number, which the widget shows when the API cannot be reached. It is served from here
rather than /static/ so that its address never changes (pages embed it by hand), with
caching headers, gzip, and CORS headers so that any page may load it.
"""

import hashlib
import json

from django.contrib.staticfiles import finders
from django.http import HttpResponse
from django.shortcuts import render
from django.utils.cache import get_conditional_response, patch_cache_control
from django.views.decorators.gzip import gzip_page
from django.views.decorators.http import require_safe

from cms.models import CallToActionPlacement, PracticeSettings

WIDGET_SCRIPT = "widgets/cta.js"
DEFAULTS_MARKER = '{ phone: "" }; // __WIDGET_DEFAULTS__'
WIDGET_MAX_AGE = 300


def widget_source(phone: str) -> str:
    """The widget's script with the practice's phone number as its fallback."""
    with open(finders.find(WIDGET_SCRIPT), encoding="utf-8") as file:
        source = file.read()
    return source.replace(DEFAULTS_MARKER, json.dumps({"phone": phone}) + ";", 1)


@require_safe
@gzip_page
def widget_script(request):
    """`/widgets/cta.js`: the custom element, cached five minutes by browsers and CDNs."""
    phone = PracticeSettings.for_request(request).phone
    body = widget_source(phone).encode()
    etag = '"' + hashlib.sha256(body).hexdigest()[:32] + '"'
    response = get_conditional_response(request, etag=etag) or HttpResponse(
        body, content_type="text/javascript; charset=utf-8"
    )
    response["ETag"] = etag
    response["Access-Control-Allow-Origin"] = "*"
    response["Cross-Origin-Resource-Policy"] = "cross-origin"
    patch_cache_control(
        response, public=True, max_age=WIDGET_MAX_AGE, stale_while_revalidate=WIDGET_MAX_AGE
    )
    return response


@require_safe
def widget_demo(request):
    """`/widgets/demo/`: the widget at work, and the snippet to copy into a page."""
    from locations.models import LocationPage  # cms imports domain apps only here

    clinic = LocationPage.objects.live().public().order_by("title").first()
    script_url = request.build_absolute_uri("/widgets/cta.js")
    placements = list(CallToActionPlacement.objects.values_list("slug", flat=True))
    return render(
        request,
        "widgets/demo.html",
        {
            "script_url": script_url,
            "clinic": clinic,
            "placements": placements,
            "practice": PracticeSettings.for_request(request),
        },
    )
