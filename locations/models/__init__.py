"""Clinics (with their hours) and the providers who practise at them."""

from .clinics import LocationIndexPage, LocationPage, OpeningHours, SpecialHours
from .providers import ProviderIndexPage, ProviderPage

__all__ = [
    "LocationIndexPage",
    "LocationPage",
    "OpeningHours",
    "ProviderIndexPage",
    "ProviderPage",
    "SpecialHours",
]
