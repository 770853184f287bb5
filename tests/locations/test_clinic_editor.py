"""The clinic editor: what an editor is told when a clinic's address, phone or hours are wrong.

Every test posts the real Wagtail “add clinic” form, as the browser does, then checks the
message under the field and that nothing was saved: no clinic page, no revision.
"""

import datetime

import pytest
from wagtail.models import Revision
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield

from locations.models import LocationPage
from tests.editor import PUBLISH, add_url, banner_messages, error_messages

NOT_CREATED = "The page could not be created due to validation errors."
CLOSES_BEFORE_OPENS = (
    "The closing time must be after the opening time ({opens}). "
    "Enter the afternoon as 24-hour time (17:00, not 5:00)."
)


def clinic_form_data(opening_hours=None, special_hours=None, **fields):
    """The “add clinic” form of a valid Midtown clinic, open Monday 8:00–17:00."""
    data = {
        "title": "Midtown Atlanta",
        "slug": "midtown-atlanta",
        "hero_image": "",
        "body": streamfield([]),
        "cta": "",
        "street_address": "1100 Peachtree St NE, Suite 400",
        "locality": "Atlanta",
        "region": "GA",
        "postal_code": "30309",
        "country": "US",
        "latitude": "33.783800",
        "longitude": "-84.383500",
        "phone": "(404) 555-0123",
        "fax": "",
        "booking_url": "",
        "directions": rich_text("<p>Park in the deck on 14th Street.</p>"),
        "timezone": "America/New_York",
        "opening_hours": inline_formset(
            opening_hours
            if opening_hours is not None
            else [{"day": "0", "opens": "08:00", "closes": "17:00"}]
        ),
        "special_hours": inline_formset(special_hours or []),
        "comments": inline_formset([]),
    }
    data.update(fields)
    return nested_form_data(data)


@pytest.fixture
def add_clinic(admin_client, location_index):
    """Post the “add clinic” form (publishing); return the editor's response."""

    def post(**kwargs):
        return admin_client.post(
            add_url(LocationPage, location_index), {**clinic_form_data(**kwargs), **PUBLISH}
        )

    return post


def assert_refused(response, message):
    """The editor stays on the form, sees `message`, and no clinic or revision was saved."""
    assert response.status_code == 200, "the editor stays on the form"
    assert message in error_messages(response)
    assert any(text.startswith(NOT_CREATED) for text in banner_messages(response))
    assert not LocationPage.objects.exists()
    assert not Revision.page_revisions.exists()


# Weekly hours


def test_hours_that_close_before_they_open_are_refused_with_a_hint_about_24_hour_time(
    add_clinic,
):
    response = add_clinic(opening_hours=[{"day": "0", "opens": "08:00", "closes": "05:00"}])

    assert_refused(response, CLOSES_BEFORE_OPENS.format(opens="08:00"))


def test_a_period_that_closes_when_it_opens_is_refused(add_clinic):
    response = add_clinic(opening_hours=[{"day": "2", "opens": "09:00", "closes": "09:00"}])

    assert_refused(response, CLOSES_BEFORE_OPENS.format(opens="09:00"))


def test_overlapping_periods_on_the_same_day_are_refused_with_where_to_start(add_clinic):
    response = add_clinic(
        opening_hours=[
            {"day": "0", "opens": "08:00", "closes": "12:30"},
            {"day": "0", "opens": "12:00", "closes": "17:00"},
        ]
    )

    assert_refused(
        response,
        "This period overlaps another one on the same day. "
        "Make it start at 12:30 or later, or merge the two.",
    )


def test_overlap_is_found_whatever_order_the_editor_entered_the_periods_in(add_clinic):
    response = add_clinic(
        opening_hours=[
            {"day": "3", "opens": "13:00", "closes": "17:00"},
            {"day": "3", "opens": "08:00", "closes": "14:00"},
        ]
    )

    assert_refused(
        response,
        "This period overlaps another one on the same day. "
        "Make it start at 14:00 or later, or merge the two.",
    )


def test_the_same_hours_on_different_days_are_not_an_overlap(add_clinic):
    response = add_clinic(
        opening_hours=[
            {"day": "0", "opens": "08:00", "closes": "17:00"},
            {"day": "1", "opens": "08:00", "closes": "17:00"},
        ]
    )

    assert response.status_code == 302, error_messages(response)
    assert LocationPage.objects.get().opening_hours.count() == 2


def test_a_deleted_period_does_not_count_as_an_overlap(add_clinic):
    response = add_clinic(
        opening_hours=[
            {"day": "0", "opens": "08:00", "closes": "17:00"},
            {"day": "0", "opens": "09:00", "closes": "12:00", "DELETE": "1"},
        ]
    )

    assert response.status_code == 302, error_messages(response)
    assert [str(period) for period in LocationPage.objects.get().opening_hours.all()] == [
        "Monday 08:00–17:00"
    ]


# Special hours


def test_a_closed_special_day_with_times_is_refused(add_clinic):
    response = add_clinic(
        special_hours=[{"date": "2026-12-24", "closed": "on", "opens": "09:00", "closes": "13:00"}]
    )

    assert_refused(response, "Untick “closed” to give changed hours, or clear the times.")


def test_changed_hours_without_times_are_refused_for_each_missing_time(add_clinic):
    response = add_clinic(
        special_hours=[{"date": "2026-12-24", "opens": "", "closes": "", "reason": "Christmas Eve"}]
    )

    assert_refused(response, "Give the opening time, or tick “closed”.")
    assert "Give the closing time, or tick “closed”." in error_messages(response)


def test_changed_hours_that_close_before_they_open_are_refused(add_clinic):
    response = add_clinic(
        special_hours=[{"date": "2026-12-24", "opens": "13:00", "closes": "09:00"}]
    )

    assert_refused(response, CLOSES_BEFORE_OPENS.format(opens="13:00"))


def test_a_closure_whose_last_day_is_before_its_first_day_is_refused(add_clinic):
    response = add_clinic(
        special_hours=[
            {"date": "2026-12-31", "end_date": "2026-12-24", "closed": "on", "reason": "Holidays"}
        ]
    )

    assert_refused(response, "The last day cannot be before the first day.")


def test_a_closure_over_several_days_and_a_day_of_changed_hours_are_saved(add_clinic):
    response = add_clinic(
        special_hours=[
            {"date": "2026-12-24", "end_date": "2026-12-26", "closed": "on", "reason": "Holidays"},
            {"date": "2026-12-31", "opens": "08:00", "closes": "12:00", "reason": "New Year's Eve"},
        ]
    )

    assert response.status_code == 302, error_messages(response)
    closure, short_day = LocationPage.objects.get().special_hours.order_by("date")
    assert (closure.closed, closure.end_date) == (True, datetime.date(2026, 12, 26))
    assert (short_day.closed, short_day.opens, short_day.closes) == (
        False,
        datetime.time(8),
        datetime.time(12),
    )


# Address and contact


def test_a_clinic_without_a_phone_number_is_refused_with_why_it_matters(add_clinic):
    response = add_clinic(phone="")

    assert_refused(response, "Add the clinic's phone number: patients use it to call and book.")


def test_a_phone_number_that_cannot_exist_is_refused(add_clinic):
    # 404 is an Atlanta area code, but no US exchange starts with 1.
    response = add_clinic(phone="404-123-4567")

    assert_refused(
        response,
        "404-123-4567 is not a valid phone number: check the area code and the number of "
        "digits, for example (404) 555-0123.",
    )


def test_a_phone_number_that_is_not_a_number_is_refused(add_clinic):
    response = add_clinic(phone="call the front desk")

    assert_refused(response, "Enter a phone number with its area code, for example (404) 555-0123.")


def test_an_invalid_fax_number_is_refused_too(add_clinic):
    response = add_clinic(fax="555-0123")

    assert_refused(
        response,
        "555-0123 is not a valid phone number: check the area code and the number of "
        "digits, for example (404) 555-0123.",
    )


def test_a_positive_longitude_in_the_united_states_is_refused_with_the_negative_value(
    add_clinic,
):
    response = add_clinic(longitude="84.383500")

    assert_refused(
        response,
        "Longitudes in the United States are negative (west of Greenwich), "
        "e.g. -84.383500. Check the sign.",
    )


def test_a_positive_longitude_is_accepted_outside_the_united_states(add_clinic):
    response = add_clinic(country="DE", longitude="13.404954", latitude="52.520008")

    assert response.status_code == 302, error_messages(response)
    assert LocationPage.objects.get().longitude > 0


def test_a_latitude_beyond_the_pole_is_refused(add_clinic):
    response = add_clinic(latitude="93.000000")

    assert_refused(response, "Ensure this value is less than or equal to 90.")


@pytest.mark.parametrize("postal_code", ["3030", "30309-12", "30309 1234"])
def test_a_zip_code_that_is_not_five_digits_or_zip_plus_4_is_refused(add_clinic, postal_code):
    response = add_clinic(postal_code=postal_code)

    assert_refused(response, "Enter a ZIP code of five digits, or ZIP+4 like 30309-1234.")


@pytest.mark.parametrize("postal_code", ["3-309-1234", "30309--123", "３０３０９"])
def test_a_zip_code_with_misplaced_hyphens_or_non_ascii_digits_is_refused(add_clinic, postal_code):
    response = add_clinic(postal_code=postal_code)

    assert_refused(response, "Enter a ZIP code of five digits, or ZIP+4 like 30309-1234.")


@pytest.mark.parametrize("postal_code", ["30309", "30309-1234"])
def test_five_digit_and_zip_plus_4_codes_are_accepted(add_clinic, postal_code):
    response = add_clinic(postal_code=postal_code)

    assert response.status_code == 302, error_messages(response)
    assert LocationPage.objects.get().postal_code == postal_code


# A valid clinic


def test_a_valid_clinic_with_a_lunch_break_is_published_with_all_its_periods(
    add_clinic, location_index
):
    response = add_clinic(
        opening_hours=[
            {"day": "0", "opens": "08:00", "closes": "12:00"},
            {"day": "0", "opens": "13:00", "closes": "17:00"},
            {"day": "1", "opens": "08:00", "closes": "17:00"},
        ],
        phone="404.555.0123",
    )

    assert response.status_code == 302, error_messages(response)
    clinic = LocationPage.objects.get()
    assert clinic.live and not clinic.has_unpublished_changes
    assert clinic.get_parent().specific == location_index
    assert clinic.live_revision == clinic.get_latest_revision()
    assert [str(period) for period in clinic.opening_hours.order_by("day", "opens")] == [
        "Monday 08:00–12:00",
        "Monday 13:00–17:00",
        "Tuesday 08:00–17:00",
    ]
    assert any("published" in text for text in banner_messages(response))
