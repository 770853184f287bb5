from django.apps import AppConfig


class LocationsConfig(AppConfig):
    """Clinics, their hours and services, and the providers who practise there."""

    name = "locations"
    verbose_name = "Clinics and providers"
