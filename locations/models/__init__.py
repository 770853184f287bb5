"""Clinics (with their hours), the providers who practise at them, and the appointment
requests patients send them."""

from .appointments import AppointmentRequest, AppointmentRequestEvent
from .clinics import LocationIndexPage, LocationPage, OpeningHours, SpecialHours
from .providers import ProviderIndexPage, ProviderPage

__all__ = [
    "AppointmentRequest",
    "AppointmentRequestEvent",
    "LocationIndexPage",
    "LocationPage",
    "OpeningHours",
    "ProviderIndexPage",
    "ProviderPage",
    "SpecialHours",
]
