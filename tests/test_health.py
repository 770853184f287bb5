"""Health endpoints: what a load balancer and the container's HEALTHCHECK ask."""

import pytest


def test_live_answers_without_touching_the_database(client):
    # No django_db mark: pytest-django fails the test if the view queries the database.
    response = client.get("/health/live")
    assert response.status_code == 200
    assert response.json() == {"status": "ok"}


@pytest.mark.django_db
def test_ready_checks_the_database_and_the_cache(client):
    response = client.get("/health/ready")
    assert response.status_code == 200
    assert response.json() == {"status": "ok", "checks": {"database": "ok", "cache": "ok"}}
    assert "no-cache" in response["Cache-Control"]
