"""API payloads of clinics and providers, and the summaries other pages embed."""

from typing import Any

from django.db.models import Prefetch

from cms.serializers import (
    BasePageSerializer,
    Payload,
    cta_representation,
    iso_datetime,
    public_path,
)
from cms.validators import phone_to_tel
from locations import hours as clinic_hours
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
        "cta": ["cta"],
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

    def providers(self):
        providers = self.page.providers.select_related("photo")
        return [provider_summary(provider, self.payload) for provider in providers]

    def directions(self):
        return self.payload.rich_text(self.page.directions)

    def hero_image(self):
        return self.payload.image(self.page.hero_image)

    def body(self):
        return self.stream(self.page.body)

    def cta(self):
        return cta_or_default(self.page.cta, self.payload)

    def share_image(self):
        return self.page.hero_image


class LocationIndexPageSerializer(BasePageSerializer):
    """The clinics list: every live, public clinic as a summary."""

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

    def share_image(self):
        return self.page.photo


class ProviderIndexPageSerializer(BasePageSerializer):
    """The providers list."""

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


def cta_or_default(cta, payload: Payload) -> dict[str, Any] | None:
    """The page's own call to action, else the site's default."""
    return cta_representation(cta or payload.default_cta, payload)
