"""Every error of the API is JSON with the right status; nothing a client sends is a 500."""

import pytest
from django.db import DataError, OperationalError
from django.test import override_settings
from rest_framework.settings import api_settings

from blog.factories import ArticlePageFactory


@pytest.mark.parametrize(
    "url",
    [
        "/api/v2/nowhere/",
        "/api/v2/pages/abc/",
        "/api/v2/pages/99999999/",
        "/api/v2/pages/by-path/?path=/nowhere/",
    ],
)
def test_not_found_is_json(client, home_page, url):
    response = client.get(url)

    assert response.status_code == 404
    assert response["Content-Type"].startswith("application/json")
    assert response.json()["message"]


@pytest.mark.parametrize(
    "url",
    [
        "/api/v2/pages/?limit=1000",
        "/api/v2/pages/?limit=abc",
        "/api/v2/pages/?offset=-1",
        "/api/v2/pages/?unknown=1",
        "/api/v2/pages/?type=nope.Nope",
        "/api/v2/pages/?child_of=abc",
        "/api/v2/pages/by-path/?path=%00",
        "/api/v2/locations/?near=91,200",
        "/api/v2/locations/?zip=00000",
        "/api/v2/site/?site=bad:port",
    ],
)
def test_bad_parameters_are_a_400_naming_the_problem(client, home_page, url):
    response = client.get(url)

    assert response.status_code == 400
    assert response["Content-Type"].startswith("application/json")
    assert len(response.json()["message"]) > 10


def test_a_method_the_endpoint_does_not_take_is_a_405_in_json(client, home_page):
    response = client.post("/api/v2/site/", {}, content_type="application/json")

    assert response.status_code == 405
    assert response.json() == {"message": 'Method "POST" not allowed.'}


def test_a_body_over_the_limit_is_a_413_in_json(client, home_page):
    with override_settings(DATA_UPLOAD_MAX_MEMORY_SIZE=100):
        response = client.post(
            "/api/v2/site/", "x" * 1000, content_type="application/x-www-form-urlencoded"
        )

    assert response.status_code == 413
    assert response.json() == {"message": "The request body is too large."}


def test_too_many_requests_is_a_429_with_retry_after(client, home_page):
    throttle = api_settings.DEFAULT_THROTTLE_CLASSES[0]
    original = throttle.THROTTLE_RATES
    throttle.THROTTLE_RATES = {"client": "3/minute"}
    try:
        statuses = [client.get(f"/api/v2/pages/?offset={n}").status_code for n in range(5)]
        response = client.get("/api/v2/pages/?offset=9")
    finally:
        throttle.THROTTLE_RATES = original

    assert statuses == [200, 200, 200, 429, 429]
    assert response.status_code == 429
    assert int(response["Retry-After"]) > 0
    assert response.json()["message"].startswith("Too many requests: try again in")


def test_the_public_sites_servers_are_never_throttled(client, home_page):
    throttle = api_settings.DEFAULT_THROTTLE_CLASSES[0]
    original = throttle.THROTTLE_RATES
    throttle.THROTTLE_RATES = {"client": "1/minute"}
    try:
        with override_settings(API_THROTTLE_EXEMPT_IPS=["127.0.0.1"]):
            statuses = {client.get(f"/api/v2/pages/?offset={n}").status_code for n in range(3)}
    finally:
        throttle.THROTTLE_RATES = original

    assert statuses == {200}


def test_a_database_outage_is_a_503_with_retry_after(client, blog_index, monkeypatch):
    ArticlePageFactory(parent=blog_index, slug="neck")

    def unavailable(*args, **kwargs):
        raise OperationalError("connection refused")

    monkeypatch.setattr("cms.api.views.PagesAPIViewSet._page_and_ancestors", unavailable)
    response = client.get("/api/v2/pages/by-path/", {"path": "/blog/neck/"})

    assert response.status_code == 503
    assert response["Retry-After"] == "30"
    assert response.json()["message"].startswith("The service is briefly unavailable")


def test_a_value_the_database_cannot_compare_is_a_400_not_a_503(client, blog_index):
    # Found by the schemathesis run: PostgreSQL refuses a NUL character in a string.
    response = client.get("/api/v2/pages/find/", {"html_path": "/blog/\x00/"})
    assert response.status_code in (400, 404)  # SQLite compares it and finds nothing
    assert response["Content-Type"] == "application/json"


def test_a_data_error_anywhere_is_the_clients_400(client, blog_index, monkeypatch):
    def refused(*args, **kwargs):
        raise DataError("A string literal cannot contain NUL (0x00) characters.")

    monkeypatch.setattr("cms.api.views.PagesAPIViewSet._page_and_ancestors", refused)
    response = client.get("/api/v2/pages/by-path/", {"path": "/blog/x/"})
    assert response.status_code == 400
    assert response.json()["message"] == "A parameter holds a value that cannot be looked up."
