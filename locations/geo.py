"""Nearest clinics: distances, ZIP-code centroids and the parsing of `?near=lat,lng`.

The API's `locations/` endpoint sorts clinics by distance from a point the patient gives,
either as coordinates (`near`) or as a ZIP code (`zip`). What a patient sends is checked
strictly here, and every refusal is a `ValueError` subclass whose message says what is wrong,
so the API can answer 400 naming the parameter instead of failing with a 500.

ZIP codes are looked up in the `zipcodes` package, whose data ships inside the wheel: no
network call, no database table to keep up to date.
"""

from __future__ import annotations

import functools
import math
import re
from collections.abc import Iterable
from decimal import Decimal
from typing import Protocol, TypeVar

import zipcodes

#: The mean Earth radius in statute miles, as the haversine formula is usually given.
EARTH_RADIUS_MILES = 3958.8

_ZIP = re.compile(r"([0-9]{5})(?:-[0-9]{4})?")
_ZIP_CHARACTERS = re.compile(r"[0-9-]+")
# A plain decimal number: no exponent, no underscores, no "nan" or "inf", ASCII digits only
# (Python's float() accepts all of those, and "near=1e1,٣" is no coordinate).
_DECIMAL = re.compile(r"[+-]?(?:[0-9]+(?:\.[0-9]*)?|\.[0-9]+)")
_MAX_COORDINATES_LENGTH = 64

COORDINATES_EXAMPLE = '"33.78,-84.38"'
ZIP_EXAMPLE = "30303 or 30303-1234"


class InvalidCoordinates(ValueError):
    """Coordinates that are not "latitude,longitude" with both in range."""


class InvalidZipCode(ValueError):
    """Something that is not written as a ZIP code (five digits, or ZIP+4)."""


class UnknownZipCode(ValueError):
    """A well-formed ZIP code that names no place the ZIP-code data knows."""


Number = float | Decimal


class HasCoordinates(Protocol):
    """What `clinics_by_distance` needs of a clinic (a `LocationPage` has it)."""

    @property
    def title(self) -> str: ...

    @property
    def latitude(self) -> Number: ...

    @property
    def longitude(self) -> Number: ...


ClinicT = TypeVar("ClinicT", bound=HasCoordinates)


def distance_miles(lat1: Number, lng1: Number, lat2: Number, lng2: Number) -> float:
    """The great-circle distance in miles between two points (haversine formula).

    A sphere is off by well under 1% from the real ellipsoid, far less than the difference
    between "as the crow flies" and driving, which is all a "nearest clinic" list needs.
    """
    phi1, phi2 = math.radians(float(lat1)), math.radians(float(lat2))
    delta_phi = phi2 - phi1
    delta_lambda = math.radians(float(lng2) - float(lng1))
    h = (
        math.sin(delta_phi / 2) ** 2
        + math.cos(phi1) * math.cos(phi2) * math.sin(delta_lambda / 2) ** 2
    )
    # min() guards asin against a rounding error just above 1 for antipodal points.
    return 2 * EARTH_RADIUS_MILES * math.asin(min(1.0, math.sqrt(h)))


def zip_centroid(zip_code: str) -> tuple[float, float]:
    """The (latitude, longitude) of a US ZIP code's centre; ZIP+4 uses its first five digits.

    Surrounding whitespace is ignored. Raises `InvalidZipCode` for anything not written as
    a ZIP code and `UnknownZipCode` for five digits no place has (00000, 99999), rather than
    returning None, so the API can tell the patient which of the two went wrong.
    """
    value = zip_code.strip()
    match = _ZIP.fullmatch(value)
    if match is None:
        raise InvalidZipCode(_zip_format_problem(value))
    zip5 = match.group(1)
    centroid = _centroid_of(zip5)
    if centroid is None:
        raise UnknownZipCode(f"{zip5} is not a US ZIP code.")
    return centroid


def _zip_format_problem(value: str) -> str:
    if not value:
        return f"The ZIP code is empty: give five digits, e.g. {ZIP_EXAMPLE}."
    if _ZIP_CHARACTERS.fullmatch(value) is None:
        return f"A ZIP code has only digits, and a hyphen for ZIP+4: e.g. {ZIP_EXAMPLE}."
    return f"A ZIP code is five digits, or five digits, a hyphen and four: e.g. {ZIP_EXAMPLE}."


@functools.lru_cache(maxsize=4096)
def _centroid_of(zip5: str) -> tuple[float, float] | None:
    """The centroid of a five-digit ZIP code, None if unknown; cached, unknowns included.

    ZIP codes no longer in use are still answered: the place they name has not moved, and
    a patient may well still write the one they have always known.
    """
    for record in zipcodes.matching(zip5):
        try:
            return float(record["lat"]), float(record["long"])
        except (KeyError, TypeError, ValueError):
            continue
    return None


def parse_coordinates(value: str) -> tuple[float, float]:
    """Parse "33.78,-84.38" into (latitude, longitude), strictly.

    Exactly two plain decimal numbers separated by one comma, spaces around either allowed
    (a browser may send "33.78, -84.38"); latitude within [-90, 90], longitude within
    [-180, 180]. Exponents, NaN, infinities and anything else raise `InvalidCoordinates`
    with a message saying what is wrong.
    """
    if not value.strip():
        raise InvalidCoordinates(
            f"No coordinates given: give latitude and longitude, e.g. {COORDINATES_EXAMPLE}."
        )
    if len(value) > _MAX_COORDINATES_LENGTH:
        raise InvalidCoordinates(
            f"The coordinates are too long: give latitude and longitude, "
            f"e.g. {COORDINATES_EXAMPLE}."
        )
    parts = value.split(",")
    if len(parts) == 1:
        raise InvalidCoordinates(
            f"Separate latitude and longitude with a comma, e.g. {COORDINATES_EXAMPLE}."
        )
    if len(parts) > 2:
        raise InvalidCoordinates(
            f"Give exactly two numbers, latitude and longitude, e.g. {COORDINATES_EXAMPLE}; "
            f"found {len(parts)} parts separated by commas."
        )
    lat = _coordinate(parts[0], "latitude", 90)
    lng = _coordinate(parts[1], "longitude", 180)
    return lat, lng


def _coordinate(text: str, name: str, limit: int) -> float:
    text = text.strip()
    if not text:
        raise InvalidCoordinates(f"The {name} is missing, e.g. {COORDINATES_EXAMPLE}.")
    if _DECIMAL.fullmatch(text) is None:
        raise InvalidCoordinates(f"The {name} must be a decimal number such as 33.78 or -84.38.")
    number = float(text)
    if not math.isfinite(number) or not -limit <= number <= limit:
        raise InvalidCoordinates(f"The {name} must be between -{limit} and {limit}.")
    return number


def clinics_by_distance(
    clinics: Iterable[ClinicT], lat: Number, lng: Number
) -> list[tuple[ClinicT, float]]:
    """The clinics with their distance from (lat, lng) in miles, nearest first.

    Distances are rounded to one decimal, as shown to patients, and clinics are ordered by
    that rounded distance, then by title: two clinics shown as "3.2 mi" appear in alphabetical
    order, whatever the hundredths of a mile between them, so the list is stable.
    """
    measured = [
        (clinic, round(distance_miles(lat, lng, clinic.latitude, clinic.longitude), 1))
        for clinic in clinics
    ]
    return sorted(measured, key=lambda pair: (pair[1], pair[0].title))
