"""Health checks for load balancers and container orchestrators."""

from django.core.cache import cache
from django.db import connection
from django.http import JsonResponse
from django.views.decorators.cache import never_cache


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
