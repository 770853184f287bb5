"""Phone numbers: what editors may enter, and how patients see and dial them."""

import pytest
from django.core.exceptions import ValidationError

from cms.validators import format_phone, phone_to_tel, validate_phone

EXAMPLE = "for example (404) 555-0123."


@pytest.mark.parametrize(
    "value",
    ["(404) 555-0123", "404.555.0123", "404-555-0123", "1-404-555-0123", "+1 404 555 0123"],
)
def test_a_us_number_written_any_usual_way_is_accepted(value):
    validate_phone(value)


def test_an_international_number_with_its_country_code_is_accepted():
    validate_phone("+44 20 7946 0958")


@pytest.mark.parametrize(
    "value",
    [
        "404-123-4567",  # no exchange starts with 1
        "555-0123",  # no area code
        "(404) 555-01234",  # a digit too many
    ],
)
def test_a_number_that_cannot_be_dialled_is_refused_naming_the_number(value):
    with pytest.raises(ValidationError) as error:
        validate_phone(value)

    assert error.value.code == "invalid_phone"
    assert error.value.messages == [
        f"{value} is not a valid phone number: check the area code and the number of "
        f"digits, {EXAMPLE}"
    ]


@pytest.mark.parametrize("value", ["call us", "", "+"])
def test_text_that_is_not_a_number_is_refused_with_an_example(value):
    with pytest.raises(ValidationError) as error:
        validate_phone(value)

    assert error.value.code == "invalid_phone"
    assert error.value.messages == [f"Enter a phone number with its area code, {EXAMPLE}"]


@pytest.mark.parametrize(
    ("value", "tel"),
    [
        ("(404) 555-0123", "tel:+14045550123"),
        ("404.555.0123", "tel:+14045550123"),
        ("+44 20 7946 0958", "tel:+442079460958"),
    ],
)
def test_click_to_call_links_use_the_international_e164_form(value, tel):
    assert phone_to_tel(value) == tel


@pytest.mark.parametrize("value", ["", "404-123-4567", "not a number"])
def test_no_click_to_call_link_is_made_for_a_missing_or_invalid_number(value):
    assert phone_to_tel(value) == ""


@pytest.mark.parametrize(
    ("value", "shown"),
    [
        ("404.555.0123", "(404) 555-0123"),
        ("+1 404 555 0123", "(404) 555-0123"),
        ("+44 20 7946 0958", "+44 20 7946 0958"),
    ],
)
def test_patients_read_us_numbers_in_national_form_and_others_in_international_form(value, shown):
    assert format_phone(value) == shown


def test_formatting_an_invalid_number_raises_the_validation_error():
    with pytest.raises(ValidationError, match="not a valid phone number"):
        format_phone("404-123-4567")
