"""Middleware of the CMS: request ids, the API's errors as JSON, redirects for the site's
pages, and the admin's required second factor."""

import logging
import re
import uuid

from django.conf import settings
from django.contrib import messages
from django.db import DatabaseError, DataError
from django.shortcuts import redirect
from django.urls import reverse
from django_otp import user_has_device
from wagtail.contrib.redirects.middleware import RedirectMiddleware

from cms.api.errors import json_error
from cms.log import request_id_var

logger = logging.getLogger(__name__)

DATABASE_RETRY_AFTER = 30


# An id a load balancer or the frontend sent is kept if it looks like one (a UUID, a
# trace id); anything else is replaced, so that a log line never holds what a client
# chose to write there.
REQUEST_ID_PATTERN = re.compile(r"[A-Za-z0-9._:-]{8,128}")


class RequestIdMiddleware:
    """Gives each request an id: the incoming `X-Request-ID` if sane, else a new one. It
    is in every log record written while the request is handled (cms.log) and echoed in
    the response's `X-Request-ID`, so that a report from the frontend finds its lines."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        incoming = request.headers.get("X-Request-ID", "")
        request_id = incoming if REQUEST_ID_PATTERN.fullmatch(incoming) else uuid.uuid4().hex
        request.request_id = request_id
        # Kept until the response is closed (cms.log): Django logs a response's error
        # status after every middleware has returned.
        request_id_var.set(request_id)
        response = self.get_response(request)
        response["X-Request-ID"] = request_id
        return response


def is_api(request) -> bool:
    return request.path.startswith("/api/")


class APIErrorMiddleware:
    """Errors the views never see, answered in JSON: a body announced larger than the
    limit is refused with 413 before anything reads it, a parameter the database cannot
    compare is a 400, and a request that finds the database down gets a 503 with
    `Retry-After`, wherever the error was raised."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        length = request.META.get("CONTENT_LENGTH") or ""
        limit = settings.DATA_UPLOAD_MAX_MEMORY_SIZE
        if is_api(request) and length.isdigit() and int(length) > limit:
            return json_error("The request body is too large.", 413)
        return self.get_response(request)

    def process_exception(self, request, exception):
        if is_api(request) and isinstance(exception, DataError):
            # A value the database refuses to compare (a NUL character in a path, a
            # number out of range) came from the request: the client's error, not ours.
            return json_error("A parameter holds a value that cannot be looked up.", 400)
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


class AdminTwoFactorRequiredMiddleware:
    """With ADMIN_REQUIRE_2FA, an admin user without a confirmed authenticator app is sent
    to set one up (cms/two_factor.py) before any other admin page: their password got them
    this far, and the next login will ask for the app's code too. The set-up page, logging
    out and what the page itself loads stay reachable; static files are outside /admin/."""

    ALLOWED_VIEWS = {
        "two_factor",
        "wagtailadmin_login",
        "wagtailadmin_logout",
        "wagtailadmin_javascript_catalog",
        "wagtailadmin_sprite",
    }

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_view(self, request, view_func, view_args, view_kwargs):
        if (
            not settings.ADMIN_REQUIRE_2FA
            or not request.user.is_authenticated
            or request.resolver_match.url_name in self.ALLOWED_VIEWS
            or not request.path_info.startswith(reverse("wagtailadmin_home"))
            or not request.user.has_perm("wagtailadmin.access_admin")
            or user_has_device(request.user, confirmed=True)
        ):
            return None
        messages.info(
            request,
            "The practice requires two-factor authentication: set up an authenticator app "
            "to continue.",
        )
        return redirect("two_factor")
