"""Throttling of the API's anonymous clients: generous, per IP address, configurable."""

from django.conf import settings
from rest_framework.throttling import SimpleRateThrottle


class ClientRateThrottle(SimpleRateThrottle):
    """At most `API_THROTTLE_RATE` requests per client address; the public site's own
    servers (`API_THROTTLE_EXEMPT_IPS`) are never throttled. Counters live in the shared
    cache, so the limit holds across every server process."""

    scope = "client"

    def get_cache_key(self, request, view):
        ident = self.get_ident(request)
        if ident in settings.API_THROTTLE_EXEMPT_IPS:
            return None
        return self.cache_format % {"scope": self.scope, "ident": ident}


class AppointmentRequestThrottle(ClientRateThrottle):
    """At most `APPOINTMENT_REQUEST_RATE` appointment requests per client address: a
    patient sends one or two; a robot sends hundreds. Read from the settings at each
    request, so that it can be changed without a restart of the class."""

    scope = "appointment-requests"

    def get_rate(self):
        rate = settings.APPOINTMENT_REQUEST_RATE
        return None if rate.lower() in {"", "off"} else rate
