"""Every error of the API is JSON with the right status and says what was wrong.

`{"message": "…"}` for errors about the request as a whole, `{"errors": {field: […]}}` for
invalid fields of a posted form; never an HTML page, a traceback or a 500 for anything a
client sends.
"""

import math

from django.http import JsonResponse
from rest_framework import exceptions
from rest_framework.views import exception_handler as drf_exception_handler


def exception_handler(exc, context):
    """DRF's handler, with Wagtail's `{"message"}` shape and a readable 429. (A database
    outage is answered by `cms.middleware.APIErrorMiddleware`.)"""
    response = drf_exception_handler(exc, context)
    if response is None:
        return None
    if isinstance(exc, exceptions.ValidationError):
        response.data = {"errors": exc.detail}
    elif isinstance(exc, exceptions.Throttled):
        wait = math.ceil(exc.wait or 1)
        response.data = {"message": f"Too many requests: try again in {wait} seconds."}
    elif isinstance(response.data, dict) and "detail" in response.data:
        response.data = {"message": str(response.data["detail"])}
    return response


class RequestTooLarge(exceptions.APIException):
    """The body is larger than the endpoint accepts (413)."""

    status_code = 413
    default_detail = "The request body is too large."
    default_code = "request_too_large"


def json_error(message: str, status_code: int, **headers: str) -> JsonResponse:
    response = JsonResponse({"message": message}, status=status_code)
    for name, value in headers.items():
        response[name.replace("_", "-")] = value
    return response
