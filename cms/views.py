"""Health checks for load balancers, and error pages that answer the API in JSON."""

from django.core.cache import cache
from django.core.exceptions import RequestDataTooBig
from django.db import connection
from django.http import JsonResponse
from django.views import defaults
from django.views.decorators.cache import never_cache

from cms.api.errors import json_error
from cms.middleware import is_api
from cms.reference_site import site_not_found


@never_cache
def health_live(request):
    """The process is up and answering. Checks nothing else, so it never flaps."""
    return JsonResponse({"status": "ok"})


@never_cache
def health_ready(request):
    """Ready for traffic: the database answers. The cache is reported, not required,
    because a cache outage slows the API down but never breaks it."""
    checks = {"database": "ok", "cache": "ok"}
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
    except Exception:  # any driver error means not ready
        checks["database"] = "unavailable"
    try:
        cache.set("health:ready", "1", 10)
        if cache.get("health:ready") != "1":
            checks["cache"] = "unavailable"
    except Exception:
        checks["cache"] = "unavailable"
    ready = checks["database"] == "ok"
    return JsonResponse(
        {"status": "ok" if ready else "unavailable", "checks": checks},
        status=200 if ready else 503,
    )


def page_not_found(request, exception):
    """An API URL that matches no endpoint (`pages/abc/`) answers JSON like the rest."""
    if is_api(request):
        return json_error(f"No endpoint at {request.path}. See /api/v2/docs/.", 404)
    if request.path.startswith("/admin/"):
        return defaults.page_not_found(request, exception)
    return site_not_found(request)


def bad_request(request, exception):
    """For the API: a body over the size limit is a 413, any other malformed request a 400."""
    if not is_api(request):
        return defaults.bad_request(request, exception)
    if isinstance(exception, RequestDataTooBig):
        return json_error("The request body is too large.", 413)
    return json_error("The request could not be understood.", 400)


def server_error(request):
    """Never a traceback nor an HTML page for an API client."""
    if is_api(request):
        return json_error("Something went wrong on our side; it has been logged.", 500)
    return defaults.server_error(request)
