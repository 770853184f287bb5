"""Nearest clinics: distances, ZIP-code centroids, and what `?near=` and `?zip=` accept.

The refusals are checked by their messages, as the API passes them on to the patient.
"""

import math
from decimal import Decimal

import pytest

from locations.geo import (
    EARTH_RADIUS_MILES,
    InvalidCoordinates,
    InvalidZipCode,
    UnknownZipCode,
    clinics_by_distance,
    distance_miles,
    parse_coordinates,
    zip_centroid,
)
from locations.models import LocationPage

ATLANTA = (33.749, -84.388)
SAVANNAH = (32.0809, -81.0912)

# Distances


def test_atlanta_to_savannah_is_about_223_miles_as_the_crow_flies():
    # 223.25 mi on a sphere of radius 3958.8 mi, by the spherical law of cosines.
    assert distance_miles(*ATLANTA, *SAVANNAH) == pytest.approx(223.25, abs=1)


def test_distance_is_symmetric_and_zero_to_the_same_point():
    assert distance_miles(*ATLANTA, *SAVANNAH) == pytest.approx(distance_miles(*SAVANNAH, *ATLANTA))
    assert distance_miles(*ATLANTA, *ATLANTA) == 0


def test_one_degree_along_a_meridian_is_a_360th_of_the_circumference():
    assert distance_miles(33, -84, 34, -84) == pytest.approx(2 * math.pi * EARTH_RADIUS_MILES / 360)


def test_antipodal_points_are_half_the_circumference_apart():
    assert distance_miles(0, 0, 0, 180) == pytest.approx(math.pi * EARTH_RADIUS_MILES)


def test_distance_accepts_the_decimals_a_clinic_stores():
    assert distance_miles(Decimal("33.749000"), Decimal("-84.388000"), *SAVANNAH) == pytest.approx(
        distance_miles(*ATLANTA, *SAVANNAH)
    )


# ZIP codes


def test_the_centroid_of_30303_is_in_downtown_atlanta():
    lat, lng = zip_centroid("30303")

    assert distance_miles(lat, lng, *ATLANTA) < 2


def test_a_zip_plus_4_is_located_by_its_first_five_digits():
    assert zip_centroid("30303-1234") == zip_centroid("30303")


def test_spaces_around_a_zip_code_are_ignored():
    assert zip_centroid(" 31401 ") == zip_centroid("31401")


@pytest.mark.parametrize("zip_code", ["00000", "99999"])
def test_five_digits_that_name_no_place_are_an_unknown_zip_code(zip_code):
    with pytest.raises(UnknownZipCode, match=f"^{zip_code} is not a US ZIP code.$"):
        zip_centroid(zip_code)


@pytest.mark.parametrize(
    ("zip_code", "message"),
    [
        ("3030", "A ZIP code is five digits, or five digits, a hyphen and four"),
        ("303031", "A ZIP code is five digits, or five digits, a hyphen and four"),
        ("30303-12", "A ZIP code is five digits, or five digits, a hyphen and four"),
        ("30303-", "A ZIP code is five digits, or five digits, a hyphen and four"),
        ("abcde", "A ZIP code has only digits, and a hyphen for ZIP"),
        ("30303 1234", "A ZIP code has only digits, and a hyphen for ZIP"),
        ("٣٠٣٠٣", "A ZIP code has only digits, and a hyphen for ZIP"),  # Arabic-Indic digits
        ("", "The ZIP code is empty"),
        ("   ", "The ZIP code is empty"),
    ],
)
def test_anything_not_written_as_a_zip_code_is_refused_saying_how_to_write_one(zip_code, message):
    with pytest.raises(InvalidZipCode, match=message) as refusal:
        zip_centroid(zip_code)

    assert "30303" in str(refusal.value), "the message gives an example"


def test_zip_code_errors_are_value_errors_for_the_api_to_turn_into_400s():
    assert issubclass(InvalidZipCode, ValueError)
    assert issubclass(UnknownZipCode, ValueError)
    assert issubclass(InvalidCoordinates, ValueError)


# Coordinates


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("33.78,-84.38", (33.78, -84.38)),
        ("33.78, -84.38", (33.78, -84.38)),
        (" 33.78 , -84.38 ", (33.78, -84.38)),
        ("+33,-84", (33.0, -84.0)),
        (".5,-.5", (0.5, -0.5)),
        ("90,180", (90.0, 180.0)),
        ("-90,-180", (-90.0, -180.0)),
    ],
)
def test_coordinates_are_latitude_then_longitude(value, expected):
    assert parse_coordinates(value) == expected


@pytest.mark.parametrize(
    ("value", "message"),
    [
        ("", "No coordinates given"),
        ("   ", "No coordinates given"),
        ("33.78", "Separate latitude and longitude with a comma"),
        ("33.78 -84.38", "Separate latitude and longitude with a comma"),
        ("33.78,-84.38,12", "found 3 parts separated by commas"),
        ("33,78,-84,38", "found 4 parts separated by commas"),
        (",-84.38", "The latitude is missing"),
        ("33.78,", "The longitude is missing"),
        ("33.78, ", "The longitude is missing"),
        ("nan,-84.38", "The latitude must be a decimal number"),
        ("33.78,inf", "The longitude must be a decimal number"),
        ("33.78,-Infinity", "The longitude must be a decimal number"),
        ("3.3e1,-84.38", "The latitude must be a decimal number"),
        ("3_3,-84.38", "The latitude must be a decimal number"),
        ("0x21,-84.38", "The latitude must be a decimal number"),
        ("33.78,-84.38abc", "The longitude must be a decimal number"),
        ("٣٣,-84", "The latitude must be a decimal number"),
        ("90.0001,0", "The latitude must be between -90 and 90"),
        ("-91,0", "The latitude must be between -90 and 90"),
        ("0,180.5", "The longitude must be between -180 and 180"),
        ("0,-181", "The longitude must be between -180 and 180"),
        ("1" * 70 + ",0", "The coordinates are too long"),
    ],
)
def test_anything_else_is_refused_saying_what_is_wrong(value, message):
    with pytest.raises(InvalidCoordinates, match=message):
        parse_coordinates(value)


def test_a_huge_number_is_out_of_range():
    with pytest.raises(InvalidCoordinates, match="The latitude must be between -90 and 90"):
        parse_coordinates("9" * 40 + ",0")


# Ordering clinics (unsaved clinic pages; Wagtail looks up a new page's content type)


def place(title, lat, lng):
    return LocationPage(title=title, latitude=Decimal(str(lat)), longitude=Decimal(str(lng)))


@pytest.mark.django_db
def test_clinics_come_nearest_first_with_their_distance_to_one_decimal():
    midtown = place("Midtown Atlanta", 33.7838, -84.3835)
    savannah = place("Savannah", *SAVANNAH)
    marietta = place("Marietta", 33.9526, -84.5499)

    ordered = clinics_by_distance([savannah, marietta, midtown], *ATLANTA)

    assert [clinic.title for clinic, _ in ordered] == ["Midtown Atlanta", "Marietta", "Savannah"]
    assert ordered[0][1] == round(distance_miles(*ATLANTA, 33.7838, -84.3835), 1) == 2.4
    assert ordered[2][1] == 223.3
    assert all(distance == round(distance, 1) for _, distance in ordered)


@pytest.mark.django_db
def test_clinics_at_the_same_rounded_distance_come_by_title():
    # Buckhead is 0.00005° (about 18 feet) north of the others: the same to one decimal.
    zebulon = place("Zebulon Road", 33.7838, -84.3835)
    ansley = place("Ansley Park", 33.7838, -84.3835)
    buckhead = place("Buckhead", 33.78385, -84.3835)

    ordered = clinics_by_distance([zebulon, buckhead, ansley], *ATLANTA)

    assert [clinic.title for clinic, _ in ordered] == ["Ansley Park", "Buckhead", "Zebulon Road"]
    assert len({distance for _, distance in ordered}) == 1


def test_no_clinics_give_an_empty_list():
    assert clinics_by_distance([], *ATLANTA) == []
