"""Appointment requests: storing one (once, whatever the retries), telling the clinic's
front desk it is waiting, recording who handled it, and deleting it when its time is up.

Every function here touches patients' details, so none of them logs, emails or raises
anything that holds them: log lines name a request by its opaque reference, the email
says only that a request is waiting, and `sensitive_variables` keeps the locals out of
error reports.
"""

import datetime
import hashlib
import json
import logging
from dataclasses import dataclass
from typing import Any

from django.conf import settings
from django.contrib.auth.models import Group
from django.core.mail import send_mail
from django.db import IntegrityError, transaction
from django.urls import reverse
from django.utils import timezone
from django.views.decorators.debug import sensitive_variables

from locations.models import AppointmentRequest, AppointmentRequestEvent
from locations.models.appointments import reference_new

logger = logging.getLogger(__name__)

FRONT_DESK_GROUP = "Front desk"


class IdempotencyConflict(Exception):
    """The Idempotency-Key was already used for a request with a different body."""


@dataclass(frozen=True)
class Received:
    """What the patient is told: the reference, whether it was stored now (or by an
    earlier try with the same key), and whether it was stored at all (spam is not)."""

    reference: str
    stored: bool


@sensitive_variables()
def body_hash(body: dict[str, Any]) -> str:
    """A fingerprint of what was posted, to tell a retry from a different request."""
    canonical = json.dumps(body, sort_keys=True, separators=(",", ":"), default=str)
    return hashlib.sha256(canonical.encode()).hexdigest()


@sensitive_variables()
def appointment_request_create(
    fields: dict[str, Any], *, body: dict[str, Any], idempotency_key: str | None = None
) -> Received:
    """Store a validated request once, and tell the clinic's front desk after the commit.

    With an `idempotency_key`, a retry of the same body returns the reference stored the
    first time (even when both tries race each other); the same key with another body
    raises IdempotencyConflict. Everything is written in one transaction.
    """
    fingerprint = body_hash(body)
    if idempotency_key:
        existing = _request_for_key(idempotency_key, fingerprint)
        if existing is not None:
            return Received(existing.reference, stored=False)
    try:
        with transaction.atomic():
            request = AppointmentRequest.objects.create(
                **fields, idempotency_key=idempotency_key or None, body_hash=fingerprint
            )
            AppointmentRequestEvent.objects.create(
                request=request, status=AppointmentRequest.Status.NEW
            )
            transaction.on_commit(lambda: appointment_request_notify(request))
    except IntegrityError:
        if not idempotency_key:
            raise
        # Another try with the same key committed first: answer with its reference.
        existing = _request_for_key(idempotency_key, fingerprint)
        if existing is None:
            raise
        return Received(existing.reference, stored=False)
    logger.info(
        "Appointment request %s received for clinic %s", request.reference, request.location_id
    )
    return Received(request.reference, stored=True)


def _request_for_key(idempotency_key: str, fingerprint: str) -> AppointmentRequest | None:
    existing = AppointmentRequest.objects.filter(idempotency_key=idempotency_key).first()
    if existing is not None and existing.body_hash != fingerprint:
        raise IdempotencyConflict
    return existing


def appointment_request_decoy() -> Received:
    """The answer to spam (a honeypot filled, a form sent too fast): it looks like a
    success, so that a robot learns nothing, and nothing is stored."""
    logger.info("Appointment request discarded as spam")
    return Received(reference_new(), stored=False)


def appointment_request_notify(request: AppointmentRequest) -> None:
    """Tell the clinic's front desk that a request is waiting, with a link to it in the
    admin — and nothing the patient wrote: email is neither private nor deletable."""
    clinic = request.location
    recipients = clinic.request_notification_recipients if clinic else []
    if not recipients:
        recipients = list(
            Group.objects.filter(name=FRONT_DESK_GROUP)
            .values_list("user__email", flat=True)
            .exclude(user__email="")
            .exclude(user__email__isnull=True)
            .exclude(user__is_active=False)
        )
    if not recipients:
        logger.warning("Appointment request %s: nobody to notify", request.reference)
        return
    link = settings.WAGTAILADMIN_BASE_URL.rstrip("/") + reverse(
        "appointment_requests:inspect", args=[request.pk]
    )
    clinic_name = clinic.title if clinic else "a clinic"
    try:
        send_mail(
            subject=f"A new appointment request is waiting ({clinic_name})",
            message=(
                f"A new appointment request for {clinic_name} is waiting in the CMS.\n\n"
                f"Open it to see who to contact: {link}\n\n"
                "Its details are only in the CMS, never in email."
            ),
            from_email=None,
            recipient_list=recipients,
        )
    except Exception as error:  # the request is stored; staff also see it in the admin
        logger.error(
            "Appointment request %s: notification not sent (%s)",
            request.reference,
            type(error).__name__,
        )


def appointment_request_status_set(request: AppointmentRequest, status: str, user) -> None:
    """Record that `user` contacted the patient, closed the request or reopened it."""
    if status == request.status:
        return
    with transaction.atomic():
        request.status = status
        request.save(update_fields=["status", "updated_at"])
        AppointmentRequestEvent.objects.create(request=request, status=status, user=user)


def appointment_requests_purge(now: datetime.datetime | None = None) -> int:
    """Delete the requests older than the retention period; how many were deleted."""
    cutoff = (now or timezone.now()) - datetime.timedelta(
        days=settings.APPOINTMENT_REQUEST_RETENTION_DAYS
    )
    deleted, _by_model = AppointmentRequest.objects.filter(created_at__lt=cutoff).delete()
    requests = _by_model.get(AppointmentRequest._meta.label, 0)
    logger.info("Deleted %d appointment requests older than %s", requests, cutoff.date())
    return requests
