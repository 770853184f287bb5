"""Test-data factories for clinics, their hours, and providers."""

import datetime
from decimal import Decimal

import factory
import wagtail_factories
from factory.django import DjangoModelFactory

from locations.models import (
    LocationIndexPage,
    LocationPage,
    OpeningHours,
    ProviderIndexPage,
    ProviderPage,
    SpecialHours,
)


class LocationIndexPageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = LocationIndexPage

    title = "Clinics"
    slug = "clinics"


class LocationPageFactory(wagtail_factories.PageFactory):
    """A Midtown Atlanta clinic, open weekdays 8:00–17:00 unless hours are given."""

    class Meta:
        model = LocationPage
        skip_postgeneration_save = True

    title = factory.Sequence(lambda n: f"Clinic {n}")
    street_address = "1100 Peachtree St NE, Suite 400"
    locality = "Atlanta"
    region = "GA"
    postal_code = "30309"
    country = "US"
    latitude = Decimal("33.783800")
    longitude = Decimal("-84.383500")
    phone = "(404) 555-0123"
    timezone = "America/New_York"

    @factory.post_generation
    def weekday_hours(page, create, extracted, **kwargs):
        if extracted is False:
            return
        for day in range(5):
            page.opening_hours.add(
                OpeningHours(day=day, opens=datetime.time(8), closes=datetime.time(17))
            )
        if create:
            page.save_revision().publish()


class OpeningHoursFactory(DjangoModelFactory):
    class Meta:
        model = OpeningHours

    page = factory.SubFactory(LocationPageFactory, weekday_hours=False)
    day = 0
    opens = datetime.time(8)
    closes = datetime.time(17)


class SpecialHoursFactory(DjangoModelFactory):
    class Meta:
        model = SpecialHours

    page = factory.SubFactory(LocationPageFactory, weekday_hours=False)
    date = datetime.date(2026, 12, 25)
    closed = True
    reason = "Christmas Day"


class ProviderIndexPageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = ProviderIndexPage

    title = "Providers"
    slug = "providers"


class ProviderPageFactory(wagtail_factories.PageFactory):
    """A physician; pass role=ProviderPage.Role.CLINICIAN and credentials="PA-C" for a PA."""

    class Meta:
        model = ProviderPage

    title = factory.Sequence(lambda n: f"Provider {n}")
    credentials = "MD"
    role = ProviderPage.Role.PHYSICIAN
    specialty = "Interventional Pain Medicine"
    bio = "<p>Board-certified in pain medicine.</p>"
