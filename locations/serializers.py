"""API payloads of clinics and providers, and the summaries other pages embed."""

from typing import Any

from django.conf import settings
from django.core.exceptions import ValidationError as DjangoValidationError
from django.db.models import Prefetch
from django.utils.functional import cached_property
from rest_framework import serializers

from cms import jsonld
from cms.models import Topic
from cms.serializers import (
    CONTENT_CAMPAIGN,
    BasePageSerializer,
    Payload,
    cta_representation,
    iso_datetime,
    public_address,
    public_path,
)
from cms.validators import parse_phone, phone_to_tel
from locations import hours as clinic_hours
from locations.models import AppointmentRequest, LocationPage, ProviderPage


def provider_summary(provider: ProviderPage, payload: Payload) -> dict[str, Any]:
    """A provider as bylines and clinic pages show them."""
    return {
        "id": provider.pk,
        "name": provider.title,
        "credentials": provider.credentials,
        "display_name": provider.display_name,
        "role": provider.role,
        "specialty": provider.specialty,
        "path": public_path(provider, payload.request),
        "photo": payload.image(provider.photo),
    }


def provider_thing(provider: ProviderPage, payload: Payload) -> dict[str, Any]:
    """A provider in structured data: a physician as an IndividualPhysician (schema.org's
    Physician for one person) with the specialties schema.org names, another clinician as
    a Person with their credentials and role. The same `@id` wherever they appear, so a
    byline and the profile page describe one person."""
    url = public_address(provider, payload.request)[1]
    common = {"@id": url + "#provider"} if url else {}
    if provider.role == ProviderPage.Role.PHYSICIAN:
        return jsonld.thing(
            "IndividualPhysician",
            **common,
            name=provider.display_name,
            url=url,
            image=payload.image_url(provider.photo),
            medicalSpecialty=[jsonld.member(name) for name in provider.medical_specialties],
            memberOf=jsonld.organization_reference(payload),
        )
    return jsonld.thing(
        "Person",
        **common,
        name=provider.title,
        honorificSuffix=provider.credentials,
        jobTitle=provider.specialty,
        url=url,
        image=payload.image_url(provider.photo),
        worksFor=jsonld.organization_reference(payload),
    )


def clinic_reference(clinic: LocationPage, payload: Payload) -> dict[str, Any]:
    """A clinic where it is mentioned (a provider's profile): its `@id`, name and url."""
    url = public_address(clinic, payload.request)[1]
    return jsonld.thing("MedicalClinic", **{"@id": url + "#clinic"}, name=clinic.title, url=url)


def opening_hours_specification(clinic: LocationPage) -> list[dict[str, Any]]:
    """The clinic's weekly hours, days with the same hours together, then each upcoming
    special day with the dates it applies to: changed hours, or a closure (opening and
    closing at midnight, which is how search engines read a day closed all day)."""
    by_period: dict[tuple[str, str], list[str]] = {}
    for period in clinic_hours.weekly_hours(clinic):
        day = jsonld.member(period["day"].capitalize())
        by_period.setdefault((period["opens"], period["closes"]), []).append(day)
    weekly = [
        jsonld.thing("OpeningHoursSpecification", dayOfWeek=days, opens=opens, closes=closes)
        for (opens, closes), days in by_period.items()
    ]
    special = [
        jsonld.thing(
            "OpeningHoursSpecification",
            validFrom=day["date"],
            validThrough=day["end_date"] or day["date"],
            opens="00:00" if day["closed"] else day["opens"],
            closes="00:00" if day["closed"] else day["closes"],
            description=day["reason"],
        )
        for day in clinic_hours.special_hours_upcoming(clinic)
    ]
    return weekly + special


def location_summary(clinic: LocationPage, payload: Payload) -> dict[str, Any]:
    """A clinic as lists and the home page show it, with whether it is open now."""
    payload.time_sensitive()
    return {
        "id": clinic.pk,
        "slug": clinic.slug,
        "name": clinic.title,
        "path": public_path(clinic, payload.request),
        "address": clinic_address(clinic),
        "geo": clinic_geo(clinic),
        "phone": clinic.phone,
        "tel": phone_to_tel(clinic.phone),
        "open_now": clinic_hours.open_now(clinic),
        "opens_next": iso_datetime(clinic_hours.opens_next(clinic)),
        "hours_today": clinic_hours.hours_today(clinic),
    }


def clinic_address(clinic: LocationPage) -> dict[str, str]:
    return {
        "street_address": clinic.street_address,
        "locality": clinic.locality,
        "region": clinic.region,
        "postal_code": clinic.postal_code,
        "country": clinic.country,
    }


def clinic_geo(clinic: LocationPage) -> dict[str, float]:
    return {"lat": float(clinic.latitude), "lng": float(clinic.longitude)}


def public_clinics() -> Prefetch:
    """A provider's clinics that are public, by name."""
    clinics = LocationPage.objects.live().public().order_by("title")
    return Prefetch("locations", queryset=clinics)


def topics_list(topics) -> list[dict[str, str]]:
    return [{"slug": topic.slug, "name": topic.name, "kind": topic.kind} for topic in topics]


class LocationPageSerializer(BasePageSerializer):
    """A clinic page: its summary's fields, and how to reach it, when it is open, what it
    offers and who practises there (live, public providers only)."""

    detail_only_fields = ("slug", "name", "providers")
    lookups = {
        **dict.fromkeys(
            ["open_now", "opens_next", "hours_today", "hours", "special_hours"],
            ["opening_hours", "special_hours"],
        ),
        "services": ["services"],
        "hero_image": ["hero_image"],
        "body": ["body"],
        "cta": ["cta", "opening_hours", "special_hours"],
    }

    def name(self):
        return self.page.title

    def address(self):
        return clinic_address(self.page)

    def geo(self):
        return clinic_geo(self.page)

    def tel(self):
        return phone_to_tel(self.page.phone)

    def open_now(self):
        self.payload.time_sensitive()
        return clinic_hours.open_now(self.page)

    def opens_next(self):
        self.payload.time_sensitive()
        return iso_datetime(clinic_hours.opens_next(self.page))

    def hours_today(self):
        self.payload.time_sensitive()
        return clinic_hours.hours_today(self.page)

    def hours(self):
        return clinic_hours.weekly_hours(self.page)

    def special_hours(self):
        return clinic_hours.special_hours_upcoming(self.page)

    def services(self):
        return topics_list(self.page.services.all())

    @cached_property
    def provider_pages(self) -> list[ProviderPage]:
        """The clinic's live, public providers: its `providers` and its specialties."""
        return list(self.page.providers.select_related("photo"))

    def providers(self):
        return [provider_summary(provider, self.payload) for provider in self.provider_pages]

    def directions(self):
        return self.payload.rich_text(self.page.directions)

    def hero_image(self):
        return self.payload.image(self.page.hero_image)

    def body(self):
        return self.stream(self.page.body)

    def cta(self):
        return cta_or_default(self.page.cta, self.payload, self.page)

    def json_ld_main(self, title: str, description: str) -> dict[str, Any]:
        """The clinic as a MedicalClinic of the practice: where, how to call, when open,
        the specialties of the physicians who practise there, the treatments it offers."""
        clinic, payload = self.page, self.payload
        specialties = sorted(
            {name for provider in self.provider_pages for name in provider.medical_specialties}
        )
        return jsonld.thing(
            "MedicalClinic",
            **{"@id": self.url + "#clinic"},
            name=clinic.title,
            url=self.url,
            description=description,
            image=payload.image_url(self.social_image),
            telephone=clinic.phone,
            faxNumber=clinic.fax,
            address=jsonld.thing(
                "PostalAddress",
                streetAddress=clinic.street_address,
                addressLocality=clinic.locality,
                addressRegion=clinic.region,
                postalCode=clinic.postal_code,
                addressCountry=clinic.country,
            ),
            geo=jsonld.thing(
                "GeoCoordinates",
                latitude=float(clinic.latitude),
                longitude=float(clinic.longitude),
            ),
            openingHoursSpecification=opening_hours_specification(clinic),
            medicalSpecialty=[jsonld.member(name) for name in specialties],
            availableService=[
                jsonld.topic_thing(topic)
                for topic in clinic.services.all()
                if topic.kind == Topic.Kind.TREATMENT
            ],
            parentOrganization=jsonld.organization_reference(payload),
        )


class LocationIndexPageSerializer(BasePageSerializer):
    """The clinics list: every live, public clinic as a summary."""

    schema_type = "CollectionPage"
    detail_only_fields = ("locations",)

    def locations(self):
        clinics = (
            LocationPage.objects.child_of(self.page)
            .live()
            .public()
            .order_by("title")
            .prefetch_related("opening_hours", "special_hours")
        )
        return [location_summary(clinic, self.payload) for clinic in clinics]


class ProviderPageSerializer(BasePageSerializer):
    """A provider's profile: their summary's fields, bio, focus and clinics (live, public
    clinics only)."""

    og_type = "profile"
    schema_type = "ProfilePage"
    detail_only_fields = ("name",)
    lookups = {
        "photo": ["photo"],
        "topics": ["topics"],
        "locations": [public_clinics],
    }

    def name(self):
        return self.page.title

    def photo(self):
        return self.payload.image(self.page.photo)

    def bio(self):
        return self.payload.rich_text(self.page.bio)

    def topics(self):
        return topics_list(self.page.topics.all())

    def locations(self):
        return [
            {
                "slug": clinic.slug,
                "name": clinic.title,
                "path": public_path(clinic, self.payload.request),
            }
            for clinic in self.page.locations.all()
        ]

    def json_ld_main(self, title: str, description: str) -> dict[str, Any]:
        """A ProfilePage about the provider: a physician practising at their clinics, or
        another clinician working at them, knowing about their areas of focus."""
        provider, payload = self.page, self.payload
        person = provider_thing(provider, payload)
        clinics = [clinic_reference(clinic, payload) for clinic in provider.locations.all()]
        where = "practicesAt" if person["@type"] == "IndividualPhysician" else "workLocation"
        person = jsonld.thing(
            person.pop("@type"),
            **person,
            description=description,
            knowsAbout=[jsonld.topic_thing(topic) for topic in provider.topics.all()],
            **{where: clinics},
        )
        return jsonld.web_page(
            self.schema_type, self.url, title, description, payload, mainEntity=person
        )


class ProviderIndexPageSerializer(BasePageSerializer):
    """The providers list."""

    schema_type = "CollectionPage"
    detail_only_fields = ("providers",)

    def providers(self):
        providers = (
            ProviderPage.objects.child_of(self.page)
            .live()
            .public()
            .order_by("title")
            .select_related("photo")
        )
        return [provider_summary(provider, self.payload) for provider in providers]


def cta_or_default(
    cta, payload: Payload, clinic: LocationPage | None = None
) -> dict[str, Any] | None:
    """The page's own call to action, else the site's default; on a clinic's page, for
    that clinic (its number, its booking link, whether it is open)."""
    return clinic_cta(cta or payload.default_cta, clinic, payload)


def cta_location(clinic: LocationPage, payload: Payload) -> dict[str, Any]:
    """The clinic a call to action is for, as the CTA object's `location` shows it:
    whether it is open now and today's hours, in the clinic's own timezone."""
    payload.time_sensitive()
    return {
        "slug": clinic.slug,
        "name": clinic.title,
        "phone": clinic.phone,
        "tel": phone_to_tel(clinic.phone),
        "open_now": clinic_hours.open_now(clinic),
        "hours_today": clinic_hours.hours_today(clinic),
    }


def clinic_cta(
    cta, clinic: LocationPage | None, payload: Payload, campaign: str = CONTENT_CAMPAIGN
) -> dict[str, Any] | None:
    """A CTA object, for `clinic` when there is one: a call dials the clinic, booking
    without a link of its own uses the clinic's, and `location` describes the clinic."""
    if cta is None or clinic is None:
        return cta_representation(cta, payload, campaign=campaign)
    return cta_representation(
        cta,
        payload,
        campaign=campaign,
        phone=clinic.phone,
        booking_url=clinic.booking_url,
        location=cta_location(clinic, payload),
    )


def choice_field(choices, **kwargs) -> serializers.ChoiceField:
    """A choice whose error lists the choices and never repeats what was sent."""
    values = [value for value, _label in choices]
    message = "Choose one of: " + ", ".join(values) + "."
    return serializers.ChoiceField(
        choices=values, error_messages={"invalid_choice": message}, **kwargs
    )


class AppointmentRequestSerializer(serializers.Serializer):
    """What `POST appointment-requests/` accepts, and every rule it is checked against.

    Error messages name the field and say what to do, and never repeat what the patient
    typed: they are shown back in the form and may be logged by a proxy.
    """

    location = serializers.CharField(max_length=255)
    name = serializers.CharField(max_length=100)
    phone = serializers.CharField(max_length=30)
    email = serializers.EmailField(required=False, allow_blank=True, max_length=254)
    preferred_contact = choice_field(AppointmentRequest.PreferredContact.choices)
    preferred_time = choice_field(AppointmentRequest.PreferredTime.choices)
    message = serializers.CharField(
        required=False,
        allow_blank=True,
        max_length=500,
        error_messages={"max_length": "Keep the message to 500 characters or fewer."},
    )
    consent = serializers.BooleanField()
    source_path = serializers.CharField(required=False, allow_blank=True, max_length=2048)
    # Spam traps, neither stored: a field people never see (robots fill it in), and how
    # long the form was open, in seconds, as the widget measured it.
    website = serializers.CharField(required=False, allow_blank=True, max_length=1000)
    fill_seconds = serializers.FloatField(required=False, min_value=0)

    def validate_location(self, slug: str) -> LocationPage:
        clinic = LocationPage.objects.live().public().filter(slug=slug).first()
        if clinic is None:
            raise serializers.ValidationError("Choose one of our clinics.")
        return clinic

    def validate_phone(self, value: str) -> str:
        try:
            number = parse_phone(value)
        except DjangoValidationError as error:
            raise serializers.ValidationError(
                "Enter a US phone number with its area code, e.g. (404) 555-0123."
            ) from error
        if number.country_code != 1:
            raise serializers.ValidationError(
                "Enter a US phone number with its area code, e.g. (404) 555-0123."
            )
        return phone_to_tel(value).removeprefix("tel:")

    def validate_consent(self, value: bool) -> bool:
        if value is not True:
            raise serializers.ValidationError(
                "Tick the box to let us contact you about your appointment."
            )
        return value

    def validate_source_path(self, value: str) -> str:
        # A path only: a query string could carry what a page's form put in it.
        if value and not value.startswith("/"):
            raise serializers.ValidationError("Give the page's path, starting with “/”.")
        return value.split("?")[0].split("#")[0]

    def validate(self, attrs):
        if attrs["preferred_contact"] == "email" and not attrs.get("email"):
            raise serializers.ValidationError(
                {"email": ["Give an email address, or choose to be contacted by phone."]}
            )
        return attrs

    def is_spam(self) -> bool:
        """A robot filled the hidden field, or sent the form sooner than a person could."""
        data = self.validated_data
        too_fast = data.get("fill_seconds") is not None and (
            data["fill_seconds"] < settings.APPOINTMENT_REQUEST_MIN_FILL_SECONDS
        )
        return bool(data.get("website")) or too_fast

    def model_fields(self) -> dict[str, Any]:
        """The request's fields as the model stores them (spam traps left out)."""
        data = self.validated_data
        return {
            "location": data["location"],
            "name": data["name"],
            "phone": data["phone"],
            "email": data.get("email", ""),
            "preferred_contact": data["preferred_contact"],
            "preferred_time": data["preferred_time"],
            "message": data.get("message", ""),
            "source_path": data.get("source_path", ""),
        }
