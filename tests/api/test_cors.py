"""CORS: the public site's browsers may call the API; other origins get no CORS headers."""

import re

import pytest

PUBLIC_SITE = "https://www.georgiapainspine.example"


@pytest.fixture(autouse=True)
def public_site_origin(settings):
    settings.CORS_ALLOWED_ORIGINS = [PUBLIC_SITE]


def test_the_public_site_may_read_the_api(client, home_page):
    response = client.get("/api/v2/site/", HTTP_ORIGIN=PUBLIC_SITE)
    assert response["Access-Control-Allow-Origin"] == PUBLIC_SITE


def test_a_preflight_for_the_appointment_post_is_answered(client, home_page):
    response = client.options(
        "/api/v2/site/",
        HTTP_ORIGIN=PUBLIC_SITE,
        HTTP_ACCESS_CONTROL_REQUEST_METHOD="POST",
        HTTP_ACCESS_CONTROL_REQUEST_HEADERS="content-type, idempotency-key",
    )
    assert response["Access-Control-Allow-Origin"] == PUBLIC_SITE
    assert "POST" in response["Access-Control-Allow-Methods"]
    assert "idempotency-key" in response["Access-Control-Allow-Headers"]


def test_other_origins_and_the_admin_get_no_cors_headers(client, home_page):
    assert "Access-Control-Allow-Origin" not in client.get(
        "/api/v2/site/", HTTP_ORIGIN="https://evil.example"
    )
    assert "Access-Control-Allow-Origin" not in client.get("/admin/login/", HTTP_ORIGIN=PUBLIC_SITE)


def test_development_allows_every_localhost_origin_on_any_port():
    from settings import dev

    (pattern,) = dev.CORS_ALLOWED_ORIGIN_REGEXES
    for origin in ["http://localhost:3000", "http://127.0.0.1:5173", "http://localhost"]:
        assert re.match(pattern, origin), origin
    for origin in ["http://localhost.evil.example", "https://example.com", "http://127.0.0.2"]:
        assert not re.match(pattern, origin), origin
