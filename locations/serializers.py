"""API payloads of clinics and providers, and the summaries other pages embed."""

from typing import Any

from django.db.models import prefetch_related_objects

from cms.serializers import (
    CONTENT_CAMPAIGN,
    BasePageSerializer,
    Payload,
    cta_representation,
    iso_datetime,
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
        providers = clinic.providers.select_related("photo")
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
            "cta": cta_or_default(clinic.cta, payload, clinic),
        }

    def share_image(self):
        return self.page.hero_image


class LocationIndexPageSerializer(BasePageSerializer):
    """The clinics list: every live, public clinic as a summary."""

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

    def fields(self) -> dict[str, Any]:
        provider, payload = self.page, self.payload
        clinics = provider.locations.live().public().order_by("title")
        return {
            **provider_summary(provider, payload),
            "id": provider.pk,
            "bio": payload.rich_text(provider.bio),
            "topics": topics_list(provider.topics.all()),
            "locations": [
                {
                    "slug": clinic.slug,
                    "name": clinic.title,
                    "path": public_path(clinic, payload.request),
                }
                for clinic in clinics
            ],
        }

    def share_image(self):
        return self.page.photo


class ProviderIndexPageSerializer(BasePageSerializer):
    """The providers list."""

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
        "open_now": hours.open_now(clinic),
        "hours_today": hours.hours_today(clinic),
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
