"""Request ids and structured logs: every line of a request findable by its id, and no
patient detail (query strings, bodies) in any line."""

import json
import logging

import pytest

from cms.log import JsonFormatter, RequestIdFilter, request_id_var


def test_each_response_carries_a_new_request_id(client):
    first = client.get("/health/live")["X-Request-ID"]
    second = client.get("/health/live")["X-Request-ID"]
    assert len(first) == 32 and first != second


def test_a_sane_incoming_request_id_is_kept(client):
    response = client.get("/health/live", HTTP_X_REQUEST_ID="lb-0a1b2c3d-4e5f")
    assert response["X-Request-ID"] == "lb-0a1b2c3d-4e5f"


@pytest.mark.parametrize("incoming", ["short", "has spaces in it", "x" * 200, "<script>1</script>"])
def test_an_odd_incoming_request_id_is_replaced(client, incoming):
    response = client.get("/health/live", HTTP_X_REQUEST_ID=incoming)
    assert response["X-Request-ID"] != incoming
    assert len(response["X-Request-ID"]) == 32


def json_line(record: logging.LogRecord) -> dict:
    RequestIdFilter().filter(record)
    return json.loads(JsonFormatter().format(record))


def test_a_json_line_has_the_request_id_level_logger_and_message():
    token = request_id_var.set("abc123def456")
    try:
        record = logging.LogRecord(
            "cms.api", logging.WARNING, __file__, 1, "Cache %s", ("down",), None
        )
        line = json_line(record)
    finally:
        request_id_var.reset(token)
    assert line["request_id"] == "abc123def456"
    assert line["level"] == "WARNING"
    assert line["logger"] == "cms.api"
    assert line["message"] == "Cache down"
    assert "time" in line


def test_outside_a_request_the_id_is_a_dash():
    record = logging.LogRecord("cms", logging.INFO, __file__, 1, "startup", (), None)
    assert json_line(record)["request_id"] == "-"


def test_the_request_django_attaches_to_its_records_is_never_logged(rf):
    # django.request logs a 404 or 500 with the request attached: its repr holds the
    # query string, which may hold what a patient typed.
    request = rf.get("/api/v2/search/", {"q": "my back pain since my accident"})
    record = logging.LogRecord(
        "django.request", logging.WARNING, __file__, 1, "Not Found: %s", (request.path,), None
    )
    record.request = request
    record.status_code = 404
    text = JsonFormatter().format(record)
    assert "accident" not in text
    assert "request" not in json.loads(text) or json.loads(text)["request"] is None
    assert json.loads(text)["message"] == "Not Found: /api/v2/search/"


def test_the_records_of_a_request_carry_its_id(client, caplog, db):
    caplog.handler.addFilter(RequestIdFilter())
    with caplog.at_level(logging.WARNING, logger="django.request"):
        response = client.get(
            "/api/v2/nowhere/", {"q": "sciatica"}, HTTP_X_REQUEST_ID="trace-12345678"
        )
    assert response.status_code == 404
    records = [record for record in caplog.records if record.name == "django.request"]
    assert records and all(record.request_id == "trace-12345678" for record in records)
    assert all("sciatica" not in record.getMessage() for record in records)
