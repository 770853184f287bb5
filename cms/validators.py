"""Validators shared by every app's models and forms."""

import phonenumbers
from django.core.exceptions import ValidationError
from django.core.validators import validate_email

DEFAULT_REGION = "US"


def parse_phone(value: str) -> phonenumbers.PhoneNumber:
    """Parse a US (or +-prefixed international) number; ValidationError if it is not one."""
    try:
        number = phonenumbers.parse(value, DEFAULT_REGION)
    except phonenumbers.NumberParseException as error:
        raise ValidationError(
            "Enter a phone number with its area code, for example (404) 555-0123.",
            code="invalid_phone",
        ) from error
    if not phonenumbers.is_valid_number(number):
        raise ValidationError(
            "%(value)s is not a valid phone number: check the area code and the number "
            "of digits, for example (404) 555-0123.",
            code="invalid_phone",
            params={"value": value},
        )
    return number


def validate_phone(value: str) -> None:
    """Model-field validator: the value must be a real, dialable phone number."""
    parse_phone(value)


def phone_to_tel(value: str) -> str:
    """The `tel:` URI of a stored phone number (E.164), or "" if there is none."""
    if not value:
        return ""
    try:
        number = parse_phone(value)
    except ValidationError:
        return ""
    return "tel:" + phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)


def format_phone(value: str) -> str:
    """The number as patients read it: (404) 555-0123 for US numbers."""
    number = parse_phone(value)
    if number.country_code == 1:
        return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.NATIONAL)
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.INTERNATIONAL)


def email_list(value: str) -> list[str]:
    """Comma- or newline-separated addresses as a list, blanks dropped."""
    return [item.strip() for item in value.replace("\n", ",").split(",") if item.strip()]


def validate_email_list(value: str) -> None:
    """Every address of a comma-separated list must be a valid email address."""
    for address in email_list(value):
        try:
            validate_email(address)
        except ValidationError as error:
            raise ValidationError(
                "“%(address)s” is not an email address; separate addresses with commas.",
                code="invalid_email",
                params={"address": address},
            ) from error
