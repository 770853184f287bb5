"""Clinic pages: address, coordinates, contact, weekly and special hours, services."""

import re

from django import forms
from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from wagtail.admin.panels import (
    FieldPanel,
    FieldRowPanel,
    InlinePanel,
    MultiFieldPanel,
    ObjectList,
    TabbedInterface,
)
from wagtail.api import APIField
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Orderable
from wagtail.search import index

from cms.blocks import INLINE_FEATURES, BodyStreamBlock
from cms.models import BasePage
from cms.validators import email_list, validate_email_list, validate_phone
from locations.forms import LocationPageForm

US_TIMEZONES = [
    ("America/New_York", "Eastern (America/New_York)"),
    ("America/Chicago", "Central (America/Chicago)"),
    ("America/Denver", "Mountain (America/Denver)"),
    ("America/Phoenix", "Arizona (America/Phoenix)"),
    ("America/Los_Angeles", "Pacific (America/Los_Angeles)"),
    ("America/Anchorage", "Alaska (America/Anchorage)"),
    ("Pacific/Honolulu", "Hawaii (Pacific/Honolulu)"),
]


class LocationIndexPage(BasePage):
    """The list of clinics (/clinics/)."""

    api_serializer = "locations.serializers.LocationIndexPageSerializer"

    intro = models.TextField(
        blank=True, max_length=500, help_text="A sentence or two above the list of clinics."
    )

    content_panels = BasePage.content_panels + [FieldPanel("intro")]
    api_fields = [APIField("intro")]
    parent_page_types = ["home.HomePage"]
    subpage_types = ["locations.LocationPage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = "clinic index"


class LocationPage(BasePage):
    """One clinic: where it is, how to reach it, when it is open, what it offers."""

    api_serializer = "locations.serializers.LocationPageSerializer"
    main_image_field = "hero_image"

    street_address = models.CharField(
        max_length=200, help_text="Street and suite, e.g. “1100 Peachtree St NE, Suite 400”."
    )
    locality = models.CharField("City", max_length=100)
    region = models.CharField(
        "State", max_length=2, default="GA", help_text="Two-letter code, e.g. GA."
    )
    postal_code = models.CharField(
        "ZIP code",
        max_length=10,
        help_text="Five digits, or ZIP+4 (30309 or 30309-1234).",
    )
    country = models.CharField(max_length=2, default="US", help_text="Two-letter code.")
    latitude = models.DecimalField(
        max_digits=9,
        decimal_places=6,
        validators=[MinValueValidator(-90), MaxValueValidator(90)],
        help_text="From a map, e.g. 33.7838. Used for “nearest clinic” and directions.",
    )
    longitude = models.DecimalField(
        max_digits=9,
        decimal_places=6,
        validators=[MinValueValidator(-180), MaxValueValidator(180)],
        help_text="From a map, e.g. -84.3835 (negative in the United States).",
    )
    phone = models.CharField(
        max_length=30, validators=[validate_phone], help_text="e.g. (404) 555-0123."
    )
    fax = models.CharField(
        max_length=30, blank=True, validators=[validate_phone], help_text="Optional."
    )
    timezone = models.CharField(
        max_length=40,
        choices=US_TIMEZONES,
        default="America/New_York",
        help_text="The clinic's local time, used for “open now”.",
    )
    booking_url = models.URLField(
        blank=True, help_text="The clinic's online booking page, if it has one."
    )
    directions = RichTextField(
        "Directions and parking",
        blank=True,
        features=INLINE_FEATURES,
        help_text="How to find the entrance, where to park, public transport nearby.",
    )
    services = ParentalManyToManyField(
        "cms.Topic",
        blank=True,
        related_name="locations",
        help_text="Treatments and conditions this clinic handles.",
    )
    hero_image = models.ForeignKey(
        "wagtailimages.Image",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text="A photo of the clinic's entrance or reception (at least 1600 px wide).",
    )
    body = StreamField(BodyStreamBlock(), blank=True, help_text="About this clinic.")
    cta = models.ForeignKey(
        "cms.CallToAction",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name="Call to action",
        help_text="Left empty, the site's default call to action is shown.",
    )
    request_notification_emails = models.TextField(
        "Appointment request emails",
        blank=True,
        validators=[validate_email_list],
        help_text="Front-desk addresses, comma-separated, told that a new appointment "
        "request is waiting (never what it says). Left empty, the Front desk group is told.",
    )

    base_form_class = LocationPageForm
    parent_page_types = ["locations.LocationIndexPage"]
    subpage_types = []

    content_panels = BasePage.content_panels + [
        FieldPanel("hero_image"),
        FieldPanel("body"),
        FieldPanel("services", widget=forms.CheckboxSelectMultiple),
        FieldPanel("cta"),
    ]
    contact_panels = [
        MultiFieldPanel(
            [
                FieldPanel("street_address"),
                FieldRowPanel([FieldPanel("locality"), FieldPanel("region")]),
                FieldRowPanel([FieldPanel("postal_code"), FieldPanel("country")]),
            ],
            heading="Address",
        ),
        FieldRowPanel([FieldPanel("latitude"), FieldPanel("longitude")], heading="Map"),
        FieldRowPanel([FieldPanel("phone"), FieldPanel("fax")], heading="Phone"),
        FieldPanel("booking_url"),
        FieldPanel("directions"),
        FieldPanel("request_notification_emails"),
    ]
    hours_panels = [
        FieldPanel("timezone"),
        InlinePanel("opening_hours", heading="Weekly hours", label="Opening period"),
        InlinePanel("special_hours", heading="Holidays and special hours", label="Special day"),
    ]
    edit_handler = TabbedInterface(
        [
            ObjectList(content_panels, heading="Content"),
            ObjectList(contact_panels, heading="Address and contact"),
            ObjectList(hours_panels, heading="Hours"),
            ObjectList(BasePage.promote_panels, heading="SEO"),
            ObjectList(BasePage.settings_panels, heading="Settings"),
        ]
    )
    search_fields = BasePage.search_fields + [
        index.SearchField("locality"),
        index.SearchField("postal_code"),
        index.SearchField("street_address"),
        index.SearchField("body"),
        index.RelatedFields("services", [index.SearchField("name")]),
    ]
    # Fields `pages/?fields=` may ask for, valued as in the Page object (locations/serializers.py).
    api_fields = [
        APIField("address"),
        APIField("geo"),
        APIField("phone"),
        APIField("tel"),
        APIField("fax"),
        APIField("timezone"),
        APIField("open_now"),
        APIField("opens_next"),
        APIField("hours_today"),
        APIField("hours"),
        APIField("special_hours"),
        APIField("services"),
        APIField("booking_url"),
        APIField("directions"),
        APIField("hero_image"),
        APIField("body"),
        APIField("cta"),
    ]

    class Meta:
        verbose_name = "clinic"

    def clean(self):
        super().clean()
        if self.postal_code and not _is_zip(self.postal_code):
            raise ValidationError(
                {"postal_code": "Enter a ZIP code of five digits, or ZIP+4 like 30309-1234."}
            )

    @property
    def request_notification_recipients(self) -> list[str]:
        """Who is told that a new appointment request for this clinic is waiting."""
        return email_list(self.request_notification_emails)

    @property
    def providers(self):
        """Live, public providers who practise at this clinic, by name."""
        from locations.models import ProviderPage

        return ProviderPage.objects.live().public().filter(locations=self).order_by("title")


def _is_zip(value: str) -> bool:
    return re.fullmatch(r"[0-9]{5}(-[0-9]{4})?", value) is not None


class Weekday(models.IntegerChoices):
    MONDAY = 0, "Monday"
    TUESDAY = 1, "Tuesday"
    WEDNESDAY = 2, "Wednesday"
    THURSDAY = 3, "Thursday"
    FRIDAY = 4, "Friday"
    SATURDAY = 5, "Saturday"
    SUNDAY = 6, "Sunday"


def validate_period(opens, closes, field="closes"):
    """A period must close after it opens; say how to enter one that crosses midnight."""
    if opens and closes and closes <= opens:
        raise ValidationError(
            {
                field: f"The closing time must be after the opening time ({opens:%H:%M}). "
                "Enter the afternoon as 24-hour time (17:00, not 5:00)."
            }
        )


class OpeningHours(Orderable):
    """One opening period of a weekday. A day may have several (a lunch break)."""

    page = ParentalKey(LocationPage, on_delete=models.CASCADE, related_name="opening_hours")
    day = models.PositiveSmallIntegerField(choices=Weekday.choices)
    opens = models.TimeField(help_text="24-hour time, e.g. 08:00.")
    closes = models.TimeField(help_text="24-hour time, e.g. 17:00.")

    panels = [FieldRowPanel([FieldPanel("day"), FieldPanel("opens"), FieldPanel("closes")])]

    class Meta(Orderable.Meta):
        verbose_name = "opening period"
        verbose_name_plural = "opening hours"

    def __str__(self):
        return f"{self.get_day_display()} {self.opens:%H:%M}–{self.closes:%H:%M}"

    def clean(self):
        validate_period(self.opens, self.closes)

    @property
    def day_name(self) -> str:
        """The weekday in lowercase English, as the API gives it ("monday")."""
        return Weekday(self.day).label.lower()


class SpecialHours(Orderable):
    """A dated exception to the weekly hours: a holiday closure or changed hours."""

    page = ParentalKey(LocationPage, on_delete=models.CASCADE, related_name="special_hours")
    date = models.DateField(help_text="The day, or the first day of a longer closure.")
    end_date = models.DateField(
        null=True, blank=True, help_text="For a closure over several days: the last day."
    )
    closed = models.BooleanField(default=True, help_text="Untick to give changed hours.")
    opens = models.TimeField(null=True, blank=True, help_text="Changed hours only.")
    closes = models.TimeField(null=True, blank=True, help_text="Changed hours only.")
    reason = models.CharField(
        max_length=100, blank=True, help_text="Shown to patients, e.g. “Thanksgiving”."
    )

    panels = [
        FieldRowPanel([FieldPanel("date"), FieldPanel("end_date"), FieldPanel("reason")]),
        FieldRowPanel([FieldPanel("closed"), FieldPanel("opens"), FieldPanel("closes")]),
    ]

    class Meta(Orderable.Meta):
        verbose_name = "special day"
        verbose_name_plural = "special hours"

    def __str__(self):
        return f"{self.date:%Y-%m-%d} {'closed' if self.closed else 'changed hours'}"

    def clean(self):
        errors = {}
        if self.end_date and self.date and self.end_date < self.date:
            errors["end_date"] = "The last day cannot be before the first day."
        if self.closed and (self.opens or self.closes):
            errors["closed"] = "Untick “closed” to give changed hours, or clear the times."
        if not self.closed:
            if not self.opens:
                errors["opens"] = "Give the opening time, or tick “closed”."
            if not self.closes:
                errors["closes"] = "Give the closing time, or tick “closed”."
        if errors:
            raise ValidationError(errors)
        validate_period(self.opens, self.closes)
