"""Appointment requests patients send from the widget, and what the front desk did.

A request holds a patient's details: they are read in the admin by the front-desk group
only, never put in a log line, a URL, an email or an error report, and deleted after the
retention period (`manage.py purge_appointment_requests`).
"""

import secrets

from django.conf import settings
from django.db import models

# No 0/O or 1/I/L: a reference is read over the phone.
REFERENCE_ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ"
REFERENCE_LENGTH = 10


def reference_new() -> str:
    """An opaque reference for a patient to quote: random, so that it tells nothing about
    the request or how many there are."""
    return "".join(secrets.choice(REFERENCE_ALPHABET) for _ in range(REFERENCE_LENGTH))


class AppointmentRequest(models.Model):
    """A patient asking a clinic to call or email them back to book an appointment."""

    class Status(models.TextChoices):
        NEW = "new", "New"
        CONTACTED = "contacted", "Contacted"
        CLOSED = "closed", "Closed"

    class PreferredContact(models.TextChoices):
        PHONE = "phone", "Phone"
        EMAIL = "email", "Email"

    class PreferredTime(models.TextChoices):
        MORNING = "morning", "Morning"
        AFTERNOON = "afternoon", "Afternoon"
        ANY = "any", "Any time"

    reference = models.CharField(
        max_length=20,
        unique=True,
        default=reference_new,
        editable=False,
        help_text="What the patient was given to quote.",
    )
    location = models.ForeignKey(
        "locations.LocationPage",
        null=True,
        on_delete=models.SET_NULL,
        related_name="appointment_requests",
        verbose_name="clinic",
        help_text="The clinic asked for (empty if the clinic was deleted since).",
    )
    name = models.CharField(max_length=100, help_text="The patient's name.")
    phone = models.CharField(max_length=30, help_text="In international form, +14045550123.")
    email = models.EmailField(blank=True)
    preferred_contact = models.CharField(max_length=10, choices=PreferredContact.choices)
    preferred_time = models.CharField(max_length=10, choices=PreferredTime.choices)
    message = models.TextField(blank=True, max_length=500)
    source_path = models.CharField(
        max_length=2048, blank=True, help_text="The public-site page the request was sent from."
    )
    status = models.CharField(
        max_length=10,
        choices=Status.choices,
        default=Status.NEW,
        help_text="New until someone contacts the patient; closed once booked or abandoned.",
    )
    created_at = models.DateTimeField(auto_now_add=True, db_index=True)
    updated_at = models.DateTimeField(auto_now=True)
    # A retry of the same post (same Idempotency-Key header) finds the request it stored.
    idempotency_key = models.CharField(max_length=255, null=True, unique=True, editable=False)
    # A hash of the posted body: the same key with another body is refused, not merged.
    body_hash = models.CharField(max_length=64, blank=True, editable=False)

    class Meta:
        ordering = ["-created_at"]
        verbose_name = "appointment request"
        verbose_name_plural = "appointment requests"

    def __str__(self):
        # Never the patient's name: this string goes into the admin's logs and titles.
        return f"Request {self.reference}"


class AppointmentRequestEvent(models.Model):
    """One step in a request's life, and who took it: received, contacted, closed."""

    request = models.ForeignKey(AppointmentRequest, on_delete=models.CASCADE, related_name="events")
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text="Who did it; empty for the request's arrival.",
    )
    status = models.CharField(max_length=10, choices=AppointmentRequest.Status.choices)
    at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["at", "pk"]
        verbose_name = "appointment request event"

    def __str__(self):
        who = self.user.get_username() if self.user else "the patient"
        return f"{self.get_status_display()} by {who} on {self.at:%Y-%m-%d %H:%M}"
