"""API payloads of clinics and providers, and the summaries other pages embed."""

from typing import Any

from django.db.models import prefetch_related_objects

from cms import jsonld
from cms.models import Topic
from cms.serializers import (
    BasePageSerializer,
    Payload,
    cta_representation,
    iso_datetime,
    public_address,
    public_path,
)
from cms.validators import phone_to_tel
from locations import hours
from locations.models import LocationPage, ProviderPage


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
    for period in hours.weekly_hours(clinic):
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
        for day in hours.special_hours_upcoming(clinic)
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
        "address": address(clinic),
        "geo": {"lat": float(clinic.latitude), "lng": float(clinic.longitude)},
        "phone": clinic.phone,
        "tel": phone_to_tel(clinic.phone),
        "open_now": hours.open_now(clinic),
        "opens_next": iso_datetime(hours.opens_next(clinic)),
        "hours_today": hours.hours_today(clinic),
    }


def address(clinic: LocationPage) -> dict[str, str]:
    return {
        "street_address": clinic.street_address,
        "locality": clinic.locality,
        "region": clinic.region,
        "postal_code": clinic.postal_code,
        "country": clinic.country,
    }


def topics_list(topics) -> list[dict[str, str]]:
    return [{"slug": topic.slug, "name": topic.name, "kind": topic.kind} for topic in topics]


class LocationPageSerializer(BasePageSerializer):
    """A clinic page: where, how to reach it, when it is open, who practises there."""

    def fields(self) -> dict[str, Any]:
        clinic, payload = self.page, self.payload
        prefetch_related_objects([clinic], "opening_hours", "special_hours", "services")
        providers = self.providers = list(clinic.providers.select_related("photo"))
        return {
            **location_summary(clinic, payload),
            "fax": clinic.fax,
            "timezone": clinic.timezone,
            "hours": hours.weekly_hours(clinic),
            "special_hours": hours.special_hours_upcoming(clinic),
            "services": topics_list(clinic.services.all()),
            "providers": [provider_summary(provider, payload) for provider in providers],
            "booking_url": clinic.booking_url,
            "directions": payload.rich_text(clinic.directions),
            "hero_image": payload.image(clinic.hero_image),
            "body": self.stream(clinic.body),
            "cta": cta_or_default(clinic.cta, payload),
        }

    def json_ld_main(self, title: str, description: str) -> dict[str, Any]:
        """The clinic as a MedicalClinic of the practice: where, how to call, when open,
        the specialties of the physicians who practise there, the treatments it offers."""
        clinic, payload = self.page, self.payload
        specialties = sorted(
            {name for provider in self.providers for name in provider.medical_specialties}
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

    def fields(self) -> dict[str, Any]:
        clinics = (
            LocationPage.objects.child_of(self.page)
            .live()
            .public()
            .order_by("title")
            .prefetch_related("opening_hours", "special_hours")
        )
        return {
            "intro": self.page.intro,
            "locations": [location_summary(clinic, self.payload) for clinic in clinics],
        }


class ProviderPageSerializer(BasePageSerializer):
    """A provider's profile."""

    og_type = "profile"
    schema_type = "ProfilePage"

    def fields(self) -> dict[str, Any]:
        provider, payload = self.page, self.payload
        clinics = self.clinics = list(provider.locations.live().public().order_by("title"))
        self.topics = list(provider.topics.all())
        return {
            **provider_summary(provider, payload),
            "id": provider.pk,
            "bio": payload.rich_text(provider.bio),
            "topics": topics_list(self.topics),
            "locations": [
                {
                    "slug": clinic.slug,
                    "name": clinic.title,
                    "path": public_path(clinic, payload.request),
                }
                for clinic in clinics
            ],
        }

    def json_ld_main(self, title: str, description: str) -> dict[str, Any]:
        """A ProfilePage about the provider: a physician practising at their clinics, or
        another clinician working at them, knowing about their areas of focus."""
        provider, payload = self.page, self.payload
        person = provider_thing(provider, payload)
        clinics = [clinic_reference(clinic, payload) for clinic in self.clinics]
        where = "practicesAt" if person["@type"] == "IndividualPhysician" else "workLocation"
        person = jsonld.thing(
            person.pop("@type"),
            **person,
            description=description,
            knowsAbout=[jsonld.topic_thing(topic) for topic in self.topics],
            **{where: clinics},
        )
        return jsonld.web_page(
            self.schema_type, self.url, title, description, payload, mainEntity=person
        )


class ProviderIndexPageSerializer(BasePageSerializer):
    """The providers list."""

    schema_type = "CollectionPage"

    def fields(self) -> dict[str, Any]:
        providers = (
            ProviderPage.objects.child_of(self.page)
            .live()
            .public()
            .order_by("title")
            .select_related("photo")
        )
        return {
            "intro": self.page.intro,
            "providers": [provider_summary(provider, self.payload) for provider in providers],
        }


def cta_or_default(cta, payload: Payload) -> dict[str, Any] | None:
    """The page's own call to action, else the site's default."""
    return cta_representation(cta or payload.default_cta, payload)
