"""When a clinic is open: weekly hours, holidays, changed hours, and daylight-saving changes.

Most tests build an unsaved clinic with its rows in memory, as a preview does: the functions
read rows through `.all()`, so nothing needs saving and the tests stay fast (the database is
still enabled, as Wagtail looks up a new page's content type). The last tests use saved
clinics to check the query budget the API relies on.

Every instant is passed in as `at=`, so nothing here depends on when the tests run.
"""

import datetime as dt
from zoneinfo import ZoneInfo

import pytest

from locations.factories import LocationPageFactory, SpecialHoursFactory
from locations.hours import (
    closes_at,
    hours_on,
    hours_today,
    hours_today_text,
    open_now,
    opens_next,
    special_hours_upcoming,
    weekly_hours,
)
from locations.models import LocationPage, OpeningHours, SpecialHours

pytestmark = pytest.mark.django_db

NEW_YORK = ZoneInfo("America/New_York")
CHICAGO = ZoneInfo("America/Chicago")
UTC = dt.UTC

WEEKDAYS = range(5)
EVERY_DAY = range(7)
NINE_TO_FIVE = [("08:00", "17:00")]
WITH_LUNCH = [("08:00", "12:00"), ("13:00", "17:00")]


def t(text: str) -> dt.time:
    return dt.time.fromisoformat(text)


def clinic(
    periods=NINE_TO_FIVE, days=WEEKDAYS, special=(), timezone="America/New_York"
) -> LocationPage:
    """An unsaved clinic open `periods` on `days`, with `special` SpecialHours rows."""
    return LocationPage(
        title="Midtown Atlanta",
        timezone=timezone,
        opening_hours=[
            OpeningHours(day=day, opens=t(opens), closes=t(closes))
            for day in days
            for opens, closes in periods
        ],
        special_hours=list(special),
    )


def closure(date, end_date=None, reason=""):
    return SpecialHours(date=date, end_date=end_date, closed=True, reason=reason)


def changed(date, opens, closes, reason=""):
    return SpecialHours(date=date, closed=False, opens=t(opens), closes=t(closes), reason=reason)


def local(*args, zone=NEW_YORK) -> dt.datetime:
    return dt.datetime(*args, tzinfo=zone)


def utc(*args) -> dt.datetime:
    return dt.datetime(*args, tzinfo=UTC)


MONDAY = dt.date(2026, 6, 15)
THANKSGIVING = dt.date(2026, 11, 26)  # a Thursday
CHRISTMAS_EVE = dt.date(2026, 12, 24)  # a Thursday


# A weekday's hours


def test_a_clinic_is_open_at_ten_on_a_weekday():
    midtown = clinic(WITH_LUNCH)
    at = local(2026, 6, 15, 10, 0)

    assert open_now(midtown, at)
    assert opens_next(midtown, at) is None
    assert closes_at(midtown, at) == local(2026, 6, 15, 12, 0)
    assert hours_today(midtown, at) == [
        {"opens": "08:00", "closes": "12:00"},
        {"opens": "13:00", "closes": "17:00"},
    ]
    assert hours_today_text(midtown, at) == "8:00 AM – 12:00 PM, 1:00 PM – 5:00 PM"


def test_a_clinic_is_closed_over_its_lunch_break_and_says_when_it_reopens():
    midtown = clinic(WITH_LUNCH)
    at = local(2026, 6, 15, 12, 30)

    assert not open_now(midtown, at)
    assert closes_at(midtown, at) is None
    assert opens_next(midtown, at) == local(2026, 6, 15, 13, 0)


@pytest.mark.parametrize(
    ("hour", "minute", "is_open"),
    [(7, 59, False), (8, 0, True), (16, 59, True), (17, 0, False)],
)
def test_a_period_includes_its_opening_minute_but_not_its_closing_minute(hour, minute, is_open):
    assert open_now(clinic(), local(2026, 6, 15, hour, minute)) is is_open


def test_before_opening_the_clinic_opens_later_the_same_day():
    assert opens_next(clinic(), local(2026, 6, 15, 7, 0)) == local(2026, 6, 15, 8, 0)


def test_a_clinic_is_closed_on_sunday():
    midtown = clinic()
    sunday = local(2026, 6, 14, 10, 0)

    assert hours_on(midtown, sunday.date()) == []
    assert not open_now(midtown, sunday)
    assert hours_today(midtown, sunday) == []
    assert hours_today_text(midtown, sunday) == "Closed today"
    assert opens_next(midtown, sunday) == local(2026, 6, 15, 8, 0)


def test_periods_entered_in_any_order_come_out_earliest_first():
    midtown = clinic([("13:00", "17:00"), ("08:00", "12:00")])

    assert hours_on(midtown, MONDAY) == [(t("08:00"), t("12:00")), (t("13:00"), t("17:00"))]


def test_periods_that_follow_on_without_a_gap_close_at_the_end_of_the_last():
    midtown = clinic([("08:00", "12:00"), ("12:00", "17:00")])

    assert closes_at(midtown, local(2026, 6, 15, 10, 0)) == local(2026, 6, 15, 17, 0)


# Holidays and changed hours


def test_a_thanksgiving_closure_overrides_the_thursday_hours():
    midtown = clinic(special=[closure(THANKSGIVING, reason="Thanksgiving")])
    at = local(2026, 11, 26, 10, 0)

    assert hours_on(midtown, THANKSGIVING - dt.timedelta(days=7)) == [(t("08:00"), t("17:00"))]
    assert hours_on(midtown, THANKSGIVING) == []
    assert not open_now(midtown, at)
    assert hours_today(midtown, at) == []
    assert hours_today_text(midtown, at) == "Closed today (Thanksgiving)"
    assert opens_next(midtown, at) == local(2026, 11, 27, 8, 0)


@pytest.mark.parametrize(
    ("day", "is_open"),
    [
        (dt.date(2026, 8, 3), True),  # Monday, the day before
        (dt.date(2026, 8, 4), False),  # the first day
        (dt.date(2026, 8, 5), False),
        (dt.date(2026, 8, 6), False),  # the last day, end_date
        (dt.date(2026, 8, 7), True),  # Friday, the day after
    ],
)
def test_a_closure_over_several_days_covers_every_day_from_date_to_end_date(day, is_open):
    midtown = clinic(special=[closure(dt.date(2026, 8, 4), dt.date(2026, 8, 6), "Renovation")])
    at = dt.datetime.combine(day, t("10:00"), tzinfo=NEW_YORK)

    assert open_now(midtown, at) is is_open
    assert bool(hours_on(midtown, day)) is is_open


def test_changed_hours_on_christmas_eve_replace_the_thursday_hours():
    midtown = clinic(
        special=[
            changed(CHRISTMAS_EVE, "08:00", "12:00", "Christmas Eve"),
            closure(dt.date(2026, 12, 25), reason="Christmas Day"),
        ]
    )
    morning = local(2026, 12, 24, 11, 0)
    afternoon = local(2026, 12, 24, 13, 0)

    assert hours_on(midtown, CHRISTMAS_EVE) == [(t("08:00"), t("12:00"))]
    assert open_now(midtown, morning)
    assert closes_at(midtown, morning) == local(2026, 12, 24, 12, 0)
    assert hours_today(midtown, morning) == [{"opens": "08:00", "closes": "12:00"}]
    assert hours_today_text(midtown, morning) == "8:00 AM – 12:00 PM (Christmas Eve)"
    assert not open_now(midtown, afternoon)
    # Christmas Day is closed, then comes the weekend.
    assert opens_next(midtown, afternoon) == local(2026, 12, 28, 8, 0)


def test_a_single_special_day_inside_a_longer_closure_wins_over_it():
    midtown = clinic(
        special=[
            closure(dt.date(2026, 8, 3), dt.date(2026, 8, 7), "Renovation"),
            changed(dt.date(2026, 8, 5), "09:00", "13:00", "Open for injections only"),
        ]
    )

    assert hours_on(midtown, dt.date(2026, 8, 4)) == []
    assert hours_on(midtown, dt.date(2026, 8, 5)) == [(t("09:00"), t("13:00"))]


def test_a_closure_without_a_reason_just_says_closed():
    midtown = clinic(special=[closure(THANKSGIVING)])

    assert hours_today_text(midtown, local(2026, 11, 26, 10, 0)) == "Closed today"


# When the clinic opens next


def test_after_friday_closing_the_clinic_opens_next_on_monday_morning():
    friday_evening = local(2026, 6, 19, 17, 30)

    assert opens_next(clinic(), friday_evening) == local(2026, 6, 22, 8, 0)


def test_over_a_week_long_closure_the_clinic_opens_next_on_the_monday_after_it():
    midtown = clinic(
        special=[
            closure(dt.date(2026, 12, 25), reason="Christmas Day"),
            closure(dt.date(2026, 12, 28), dt.date(2027, 1, 1), "Holiday break"),
        ]
    )

    assert opens_next(midtown, local(2026, 12, 24, 18, 0)) == local(2027, 1, 4, 8, 0)


def test_while_open_there_is_no_next_opening_only_a_closing_time():
    midtown = clinic()
    at = local(2026, 6, 15, 9, 0)

    assert opens_next(midtown, at) is None
    assert closes_at(midtown, at) == local(2026, 6, 15, 17, 0)


def test_a_clinic_closed_for_longer_than_the_lookahead_has_no_next_opening():
    three_weeks = closure(dt.date(2026, 8, 3), dt.date(2026, 8, 23), "Relocation")

    assert opens_next(clinic(special=[three_weeks]), local(2026, 8, 3, 9, 0)) is None
    assert opens_next(clinic(days=[]), local(2026, 8, 3, 9, 0)) is None


def test_the_answer_is_in_the_clinic_zone_whatever_zone_the_question_was_asked_in():
    next_opening = opens_next(clinic(), utc(2026, 6, 15, 3, 0))

    assert next_opening == local(2026, 6, 15, 8, 0)
    assert next_opening.tzinfo == NEW_YORK


def test_a_naive_datetime_is_refused_as_it_names_no_instant():
    with pytest.raises(ValueError, match="aware datetime"):
        open_now(clinic(), dt.datetime(2026, 6, 15, 10, 0))


def test_without_at_the_functions_answer_for_now():
    closed_for_good = clinic(days=[])

    assert open_now(closed_for_good) is False
    assert opens_next(closed_for_good) is None
    assert closes_at(closed_for_good) is None
    assert hours_today(closed_for_good) == []
    assert hours_today_text(closed_for_good) == "Closed today"


# Daylight saving time (US 2026: spring forward on 8 March, fall back on 1 November)


@pytest.mark.parametrize(
    ("at", "offset_hours"),
    [
        (utc(2026, 3, 8, 12, 30), -4),  # the spring-forward Sunday, 08:30 EDT
        (utc(2026, 3, 9, 12, 30), -4),  # the Monday after, 08:30 EDT
        (utc(2026, 11, 1, 13, 30), -5),  # the fall-back Sunday, 08:30 EST
        (utc(2026, 11, 2, 13, 30), -5),  # the Monday after, 08:30 EST
    ],
)
def test_on_and_after_a_dst_change_a_clinic_opening_at_8_is_open_at_8_30_local(at, offset_hours):
    every_day = clinic(days=EVERY_DAY)
    in_new_york = at.astimezone(NEW_YORK)

    assert in_new_york.time() == t("08:30")
    assert in_new_york.utcoffset() == dt.timedelta(hours=offset_hours)
    assert open_now(every_day, at)
    assert not open_now(every_day, at - dt.timedelta(hours=1))  # 07:30 local


@pytest.mark.parametrize(
    ("friday_evening", "monday_8am_utc"),
    [
        (local(2026, 3, 6, 18, 0), utc(2026, 3, 9, 12, 0)),  # EST → EDT
        (local(2026, 10, 30, 18, 0), utc(2026, 11, 2, 13, 0)),  # EDT → EST
    ],
)
def test_over_a_dst_weekend_the_next_opening_is_8_local_at_the_new_offset(
    friday_evening, monday_8am_utc
):
    next_opening = opens_next(clinic(), friday_evening)

    assert next_opening == monday_8am_utc
    assert next_opening.astimezone(NEW_YORK).time() == t("08:00")


@pytest.mark.parametrize(
    ("seven_thirty_local", "eight_local"),
    [
        (utc(2026, 3, 8, 11, 30), utc(2026, 3, 8, 12, 0)),
        (utc(2026, 11, 1, 12, 30), utc(2026, 11, 1, 13, 0)),
    ],
)
def test_on_the_dst_sunday_itself_the_next_opening_is_8_local(seven_thirty_local, eight_local):
    assert opens_next(clinic(days=EVERY_DAY), seven_thirty_local) == eight_local


def test_closing_time_on_a_dst_sunday_carries_that_afternoon_offset():
    every_day = clinic(days=EVERY_DAY)

    assert closes_at(every_day, utc(2026, 3, 8, 14, 0)) == utc(2026, 3, 8, 21, 0)  # 17:00 EDT
    assert closes_at(every_day, utc(2026, 11, 1, 14, 0)) == utc(2026, 11, 1, 22, 0)  # 17:00 EST


def test_an_opening_time_inside_the_skipped_spring_hour_is_the_real_instant_an_hour_on():
    early_sunday = clinic([("02:30", "06:00")], days=[6])

    next_opening = opens_next(early_sunday, local(2026, 3, 8, 1, 0))

    assert next_opening == utc(2026, 3, 8, 7, 30)
    assert next_opening.astimezone(NEW_YORK).time() == t("03:30")


# Two zones, one instant


def test_clinics_in_chicago_and_new_york_answer_for_their_own_local_time():
    atlanta = clinic(timezone="America/New_York")
    chattanooga_area = clinic(timezone="America/Chicago")
    morning = utc(2026, 6, 15, 12, 30)  # 08:30 in New York, 07:30 in Chicago
    evening = utc(2026, 6, 15, 21, 30)  # 17:30 in New York, 16:30 in Chicago

    assert open_now(atlanta, morning)
    assert not open_now(chattanooga_area, morning)
    assert opens_next(chattanooga_area, morning) == utc(2026, 6, 15, 13, 0)
    assert opens_next(chattanooga_area, morning).tzinfo == CHICAGO

    assert not open_now(atlanta, evening)
    assert open_now(chattanooga_area, evening)
    assert closes_at(chattanooga_area, evening) == utc(2026, 6, 15, 22, 0)


def test_today_is_the_clinic_local_date_not_the_utc_date():
    tuesday_closure = closure(dt.date(2026, 6, 16), reason="Staff training")
    atlanta = clinic(special=[tuesday_closure], timezone="America/New_York")
    chicago = clinic(special=[tuesday_closure], timezone="America/Chicago")
    at = utc(2026, 6, 16, 4, 30)  # Tuesday 00:30 in New York, still Monday 23:30 in Chicago

    assert hours_today_text(atlanta, at) == "Closed today (Staff training)"
    assert hours_today_text(chicago, at) == "8:00 AM – 5:00 PM"


# The API's shapes


def test_weekly_hours_run_monday_to_sunday_then_by_time():
    midtown = LocationPage(
        timezone="America/New_York",
        opening_hours=[
            OpeningHours(day=6, opens=t("10:00"), closes=t("14:00")),
            OpeningHours(day=0, opens=t("13:00"), closes=t("17:00")),
            OpeningHours(day=4, opens=t("08:00"), closes=t("12:00")),
            OpeningHours(day=0, opens=t("08:00"), closes=t("12:00")),
        ],
    )

    assert weekly_hours(midtown) == [
        {"day": "monday", "opens": "08:00", "closes": "12:00"},
        {"day": "monday", "opens": "13:00", "closes": "17:00"},
        {"day": "friday", "opens": "08:00", "closes": "12:00"},
        {"day": "sunday", "opens": "10:00", "closes": "14:00"},
    ]


def test_upcoming_special_hours_are_those_not_over_and_starting_within_the_window():
    today = dt.date(2026, 11, 20)
    midtown = clinic(
        special=[
            closure(dt.date(2026, 11, 19), reason="Yesterday"),
            changed(CHRISTMAS_EVE, "08:00", "12:00", "Christmas Eve"),
            closure(dt.date(2026, 11, 18), dt.date(2026, 11, 21), "Flooding"),
            closure(THANKSGIVING, reason="Thanksgiving"),
            closure(today + dt.timedelta(days=60), reason="Last day of the window"),
            closure(today + dt.timedelta(days=61), reason="Too far"),
        ]
    )

    assert special_hours_upcoming(midtown, today) == [
        {
            "date": "2026-11-18",
            "end_date": "2026-11-21",
            "closed": True,
            "opens": None,
            "closes": None,
            "reason": "Flooding",
        },
        {
            "date": "2026-11-26",
            "end_date": None,
            "closed": True,
            "opens": None,
            "closes": None,
            "reason": "Thanksgiving",
        },
        {
            "date": "2026-12-24",
            "end_date": None,
            "closed": False,
            "opens": "08:00",
            "closes": "12:00",
            "reason": "Christmas Eve",
        },
        {
            "date": "2027-01-19",
            "end_date": None,
            "closed": True,
            "opens": None,
            "closes": None,
            "reason": "Last day of the window",
        },
    ]
    assert [row["reason"] for row in special_hours_upcoming(midtown, today, days=7)] == [
        "Flooding",
        "Thanksgiving",
    ]


# Saved clinics: the query budget


def compute_everything(clinic_page, at):
    """All a locations listing and a CTA could ask about one clinic."""
    return (
        hours_on(clinic_page, at.date()),
        open_now(clinic_page, at),
        opens_next(clinic_page, at),
        closes_at(clinic_page, at),
        hours_today(clinic_page, at),
        hours_today_text(clinic_page, at),
        weekly_hours(clinic_page),
        special_hours_upcoming(clinic_page, at.date()),
    )


@pytest.fixture
def six_clinics(location_index):
    """Six saved clinics open weekdays 8–17, each closed on Thanksgiving."""
    clinics = [LocationPageFactory(parent=location_index, title=f"Clinic {n}") for n in range(6)]
    for page in clinics:
        SpecialHoursFactory(page=page, date=THANKSGIVING, reason="Thanksgiving")
    return clinics


def test_with_rows_prefetched_six_clinics_cost_no_query_at_all(
    six_clinics, django_assert_num_queries
):
    clinics = list(
        LocationPage.objects.prefetch_related("opening_hours", "special_hours").order_by("title")
    )
    thanksgiving_morning = local(2026, 11, 26, 10, 0)

    with django_assert_num_queries(0):
        answers = [compute_everything(page, thanksgiving_morning) for page in clinics]

    assert len(answers) == 6
    for _hours, is_open, next_opening, _closes, _today, text, weekly, special in answers:
        assert not is_open
        assert next_opening == local(2026, 11, 27, 8, 0)
        assert text == "Closed today (Thanksgiving)"
        assert len(weekly) == 5
        assert special[0]["reason"] == "Thanksgiving"


def test_without_prefetching_a_call_reads_the_rows_once_not_once_per_day(
    six_clinics, django_assert_num_queries
):
    page = LocationPage.objects.get(pk=six_clinics[0].pk)

    with django_assert_num_queries(2):  # the weekly rows and the special rows
        next_opening = opens_next(page, local(2026, 11, 25, 18, 0))

    assert next_opening == local(2026, 11, 27, 8, 0)
