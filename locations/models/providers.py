"""Providers: the physicians and clinicians who see patients, write and review articles."""

import re

from django import forms
from django.core.exceptions import ValidationError
from django.db import models
from modelcluster.fields import ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, ObjectList, TabbedInterface
from wagtail.api import APIField
from wagtail.fields import RichTextField
from wagtail.models import Page
from wagtail.search import index

from cms.blocks import PARAGRAPH_FEATURES
from cms.models import BasePage

# Words of a provider's specialty and the schema.org MedicalSpecialty member each names
# (https://schema.org/MedicalSpecialty lists them; tests check each is one).
SPECIALTY_WORDS = {
    "anesthesi": "Anesthesia",
    "neurolog": "Neurologic",
    "physical therapy": "Physiotherapy",
    "physiotherap": "Physiotherapy",
    "rehabilitation": "Physiotherapy",
    "sports medicine": "Musculoskeletal",
    "spine": "Musculoskeletal",
    "orthop": "Musculoskeletal",
    "musculoskeletal": "Musculoskeletal",
    "rheumatolog": "Rheumatologic",
    "psychiatr": "Psychiatric",
    "primary care": "PrimaryCare",
    "family medicine": "PrimaryCare",
    "geriatric": "Geriatric",
    "radiolog": "Radiography",
}

CREDENTIALS = re.compile(r"^[A-Z][A-Za-z.\-]*(, [A-Z][A-Za-z.\-]*)*$")


class ProviderIndexPage(BasePage):
    """The list of providers (/providers/)."""

    api_serializer = "locations.serializers.ProviderIndexPageSerializer"

    intro = models.TextField(blank=True, max_length=500, help_text="Shown above the list.")

    content_panels = BasePage.content_panels + [FieldPanel("intro")]
    api_fields = [APIField("intro")]
    parent_page_types = ["home.HomePage"]
    subpage_types = ["locations.ProviderPage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = "provider index"


class ProviderPage(BasePage):
    """A physician's or clinician's profile. The page title is the provider's name."""

    api_serializer = "locations.serializers.ProviderPageSerializer"
    main_image_field = "photo"

    class Role(models.TextChoices):
        PHYSICIAN = "physician", "Physician"
        CLINICIAN = "clinician", "Other clinician (PA, NP, therapist …)"

    credentials = models.CharField(
        max_length=60,
        help_text="Post-nominal letters, comma-separated: “MD”, “DO, FAAPMR”, “PA-C”.",
    )
    role = models.CharField(max_length=20, choices=Role.choices, default=Role.PHYSICIAN)
    specialty = models.CharField(max_length=120, help_text="e.g. “Interventional Pain Medicine”.")
    photo = models.ForeignKey(
        "wagtailimages.Image",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text="A head-and-shoulders portrait, at least 600 px wide.",
    )
    bio = RichTextField(
        blank=True, features=PARAGRAPH_FEATURES, help_text="Training, experience, interests."
    )
    locations = ParentalManyToManyField(
        "locations.LocationPage",
        blank=True,
        related_name="+",
        verbose_name="Clinics",
        help_text="The clinics where this provider sees patients.",
    )
    topics = ParentalManyToManyField(
        "cms.Topic",
        blank=True,
        related_name="providers",
        verbose_name="Areas of focus",
        help_text="Conditions and treatments this provider focuses on.",
    )

    parent_page_types = ["locations.ProviderIndexPage"]
    subpage_types = []

    content_panels = BasePage.content_panels + [
        FieldPanel("credentials"),
        FieldPanel("role"),
        FieldPanel("specialty"),
        FieldPanel("photo"),
        FieldPanel("bio"),
        FieldPanel("locations", widget=forms.CheckboxSelectMultiple),
        FieldPanel("topics", widget=forms.CheckboxSelectMultiple),
    ]
    edit_handler = TabbedInterface(
        [
            ObjectList(content_panels, heading="Profile"),
            ObjectList(BasePage.promote_panels, heading="SEO"),
            ObjectList(BasePage.settings_panels, heading="Settings"),
        ]
    )
    search_fields = BasePage.search_fields + [
        index.SearchField("specialty"),
        index.SearchField("bio"),
        index.RelatedFields("topics", [index.SearchField("name")]),
    ]
    # Fields `pages/?fields=` may ask for, valued as in the Page object (locations/serializers.py).
    api_fields = [
        APIField("credentials"),
        APIField("display_name"),
        APIField("role"),
        APIField("specialty"),
        APIField("photo"),
        APIField("bio"),
        APIField("topics"),
        APIField("locations"),
    ]

    class Meta:
        verbose_name = "provider"

    def __str__(self):
        return self.display_name

    @property
    def display_name(self) -> str:
        """Name and credentials as patients read them: “Amara Okafor, MD”."""
        return f"{self.title}, {self.credentials}" if self.credentials else self.title

    @property
    def medical_specialties(self) -> list[str]:
        """The schema.org MedicalSpecialty members named by the specialty, in structured
        data: “Neurology and Headache Medicine” is Neurologic. Pain medicine has no member
        of its own, so “Interventional Pain Medicine” alone names none."""
        text = self.specialty.lower()
        return sorted({member for word, member in SPECIALTY_WORDS.items() if word in text})

    def pages_showing_it(self):
        """Beside the pages that refer to it (bylines): the clinics listing it."""
        return super().pages_showing_it() | Page.objects.filter(pk__in=self.locations.values("pk"))

    def clean(self):
        super().clean()
        if self.credentials and not CREDENTIALS.match(self.credentials):
            raise ValidationError(
                {
                    "credentials": "Write credentials as capital letters separated by a comma "
                    "and a space, e.g. “MD”, “DO, FAAPMR” or “PA-C”."
                }
            )
