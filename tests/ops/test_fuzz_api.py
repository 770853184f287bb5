"""A bounded property-based run (schemathesis) against our OpenAPI document: every
operation, tried with generated parameters, never answers a server error nor a response
the document does not describe. In-process, against the WSGI application."""

import pytest
import schemathesis
from django.core.signals import request_finished, request_started
from django.core.wsgi import get_wsgi_application
from django.db import close_old_connections
from hypothesis import HealthCheck, given, settings
from schemathesis.checks import not_a_server_error
from schemathesis.specs.openapi.checks import (
    content_type_conformance,
    response_headers_conformance,
    response_schema_conformance,
    status_code_conformance,
)

from blog.factories import ArticlePageFactory
from cms.api.throttling import ClientRateThrottle
from locations.factories import LocationPageFactory

EXAMPLES_PER_OPERATION = 30
# No server error, and every answer as documented: status, content type, headers, body.
# (Not "every schema-valid request is accepted": a well-formed `type=` naming no page
# type is rightly a 400.)
CHECKS = [
    not_a_server_error,
    status_code_conformance,
    content_type_conformance,
    response_headers_conformance,
    response_schema_conformance,
]


@pytest.fixture
def api_schema(db, blog_index, location_index, monkeypatch):
    """The document as served, with a little content for the generated requests to find;
    throttling off, so that the run measures answers, not the rate limit."""
    ArticlePageFactory(parent=blog_index, slug="neck-tension")
    LocationPageFactory(parent=location_index, slug="midtown")
    monkeypatch.setattr(ClientRateThrottle, "THROTTLE_RATES", {"client": None})
    # As Django's test client does: the test's transaction must outlive each request.
    request_started.disconnect(close_old_connections)
    request_finished.disconnect(close_old_connections)
    try:
        yield schemathesis.openapi.from_wsgi("/api/v2/schema/", get_wsgi_application())
    finally:
        request_started.connect(close_old_connections)
        request_finished.connect(close_old_connections)


def test_no_server_error_and_every_answer_as_documented(api_schema):
    failures = []
    operations = [result.ok() for result in api_schema.get_all_operations()]
    assert len(operations) > 10
    for operation in operations:

        @given(case=operation.as_strategy())
        @settings(
            max_examples=EXAMPLES_PER_OPERATION,
            deadline=None,
            derandomize=True,
            database=None,
            suppress_health_check=list(HealthCheck),
        )
        def run(case):
            case.call_and_validate(checks=CHECKS)

        try:
            run()
        except Exception as error:  # every operation is tried; all failures reported
            failures.append(f"{operation.label}: {error}")
    assert not failures, "\n\n".join(failures)
