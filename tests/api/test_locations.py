"""`GET /api/v2/locations/`: every clinic, or the nearest first by coordinates or ZIP."""

from decimal import Decimal

import pytest
from wagtail.models import PageViewRestriction

from locations.factories import LocationPageFactory
from tests.queries import request_queries

URL = "/api/v2/locations/"


@pytest.fixture
def clinics(location_index):
    midtown = LocationPageFactory(parent=location_index, title="Midtown Atlanta", slug="midtown")
    savannah = LocationPageFactory(
        parent=location_index,
        title="Savannah",
        slug="savannah",
        latitude=Decimal("32.080900"),
        longitude=Decimal("-81.091200"),
        phone="(912) 555-0110",
        postal_code="31405",
    )
    return midtown, savannah


def test_every_clinic_is_listed_with_whether_it_is_open(client, clinics):
    data = client.get(URL).json()

    assert data["total"] == 2
    assert [item["slug"] for item in data["items"]] == ["midtown", "savannah"]
    item = data["items"][0]
    assert item["tel"] == "tel:+14045550123"
    assert item["address"]["postal_code"] == "30309"
    assert item["geo"] == {"lat": 33.7838, "lng": -84.3835}
    assert isinstance(item["open_now"], bool)
    assert "opens_next" in item and "hours_today" in item
    assert "distance_miles" not in item


def test_near_coordinates_puts_the_nearest_first(client, clinics):
    data = client.get(URL, {"near": "32.05,-81.10"}).json()

    assert [item["slug"] for item in data["items"]] == ["savannah", "midtown"]
    assert data["items"][0]["distance_miles"] < 5
    assert 200 < data["items"][1]["distance_miles"] < 240


def test_a_zip_code_puts_the_nearest_first(client, clinics):
    data = client.get(URL, {"zip": "30303"}).json()

    assert [item["slug"] for item in data["items"]] == ["midtown", "savannah"]
    assert data["items"][0]["distance_miles"] < 5


def test_unpublished_and_private_clinics_are_not_listed(client, clinics):
    midtown, savannah = clinics
    savannah.unpublish()
    PageViewRestriction.objects.create(page=midtown, restriction_type=PageViewRestriction.LOGIN)

    assert client.get(URL).json() == {"total": 0, "items": []}


@pytest.mark.parametrize(
    "params, message",
    [
        ({"near": "33.7,north"}, "`near`:"),
        ({"near": "95,-84"}, "`near`:"),
        ({"zip": "99999"}, "`zip`: 99999 is not a US ZIP code"),
        ({"zip": "3030"}, "`zip`:"),
        ({"zip": "30303", "near": "33,-84"}, "not both"),
        ({"radius": "5"}, "Unknown query parameter: radius"),
    ],
)
def test_bad_parameters_get_a_400_saying_what_is_wrong(client, clinics, params, message):
    response = client.get(URL, params)

    assert response.status_code == 400
    assert response["Content-Type"] == "application/json"
    assert message in response.json()["message"]


def test_the_listing_costs_the_same_queries_for_two_clinics_as_for_eight(client, location_index):
    def cost() -> int:
        return len(request_queries(client, URL, {"zip": "30303"}))

    for number in range(2):
        LocationPageFactory(parent=location_index, slug=f"clinic-{number}")
    two = cost()
    for number in range(2, 8):
        LocationPageFactory(parent=location_index, slug=f"clinic-{number}")

    assert cost() == two
