"""Middleware of the CMS: the API's errors as JSON, and redirects for the site's pages."""

import logging

from django.conf import settings
from django.db import DatabaseError
from wagtail.contrib.redirects.middleware import RedirectMiddleware

from cms.api.errors import json_error

logger = logging.getLogger(__name__)

DATABASE_RETRY_AFTER = 30


def is_api(request) -> bool:
    return request.path.startswith("/api/")


class APIErrorMiddleware:
    """Errors the views never see, answered in JSON: a body announced larger than the
    limit is refused with 413 before anything reads it, and a request that finds the
    database down gets a 503 with `Retry-After`, wherever the error was raised."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        length = request.META.get("CONTENT_LENGTH") or ""
        limit = settings.DATA_UPLOAD_MAX_MEMORY_SIZE
        if is_api(request) and length.isdigit() and int(length) > limit:
            return json_error("The request body is too large.", 413)
        return self.get_response(request)

    def process_exception(self, request, exception):
        if is_api(request) and isinstance(exception, DatabaseError):
            logger.error("Database unavailable: %s", type(exception).__name__)
            return json_error(
                "The service is briefly unavailable; please retry shortly.",
                503,
                Retry_After=str(DATABASE_RETRY_AFTER),
            )
        return None


class SiteRedirectMiddleware(RedirectMiddleware):
    """Wagtail's redirects for pages the CMS serves itself. The API answers redirects in
    `pages/by-path/`; its 404s are answers, not pages that moved."""

    def process_response(self, request, response):
        if is_api(request):
            return response
        return super().process_response(request, response)
