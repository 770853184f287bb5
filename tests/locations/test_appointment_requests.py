"""`POST appointment-requests/`: every rule a patient's request is checked against, and
that it is stored once, announced without its contents, and kept out of logs."""

import json
import logging

import pytest
from django.core import mail
from django.test import Client, TestCase
from django.utils.log import AdminEmailHandler

from locations.factories import LocationPageFactory
from locations.models import AppointmentRequest

URL = "/api/v2/appointment-requests/"
PATIENT = {
    "location": "midtown",
    "name": "Jordan Quillfeather",
    "phone": "(404) 555-0188",
    "email": "jordan.quillfeather@example.com",
    "preferred_contact": "email",
    "preferred_time": "morning",
    "message": "Sharp pain behind my left knee since March",
    "consent": True,
    "source_path": "/blog/knee-pain/",
    "fill_seconds": 42,
}
# What must never leave the database: in a log line, an email, an error report, a URL.
PATIENT_DETAILS = ["Quillfeather", "555-0188", "5550188", "jordan.quillfeather", "left knee"]


@pytest.fixture
def clinic(location_index):
    return LocationPageFactory(
        parent=location_index,
        slug="midtown",
        title="Midtown Atlanta",
        request_notification_emails="frontdesk-midtown@example.com",
    )


def post(client, body=PATIENT, key: str | None = None, **extra):
    """Post `body` and run what waits for the commit (the front desk's email)."""
    headers = {"Idempotency-Key": key} if key else {}
    with TestCase.captureOnCommitCallbacks(execute=True):
        return client.post(
            URL, json.dumps(body), content_type="application/json", headers=headers, **extra
        )


def test_a_request_is_stored_and_the_front_desk_told_without_its_contents(client, clinic):
    response = post(client)

    assert response.status_code == 201
    data = response.json()
    assert data["status"] == "received"
    assert set(data) == {"reference", "status"}  # nothing the patient sent is echoed
    stored = AppointmentRequest.objects.get()
    assert stored.reference == data["reference"]
    assert (stored.location, stored.phone, stored.status) == (clinic, "+14045550188", "new")
    assert stored.message == PATIENT["message"]
    assert [event.status for event in stored.events.all()] == ["new"]
    (email,) = mail.outbox
    assert email.to == ["frontdesk-midtown@example.com"]
    assert "waiting" in email.subject
    assert f"/admin/appointment-requests/inspect/{stored.pk}/" in email.body


def test_every_invalid_field_is_named_and_nothing_stored(client, clinic):
    response = post(client, {})

    assert response.status_code == 400
    assert set(response.json()["errors"]) == {
        "location", "name", "phone", "preferred_contact", "preferred_time", "consent",
    }  # fmt: skip

    bad = {
        **PATIENT,
        "location": "nowhere",
        "phone": "404-98",
        "email": "jordan.quillfeather@",
        "preferred_contact": "carrier-pigeon",
        "preferred_time": "midnight",
        "message": "x" * 501,
        "consent": False,
        "source_path": "blog/x",
    }
    errors = post(client, bad).json()["errors"]

    assert set(errors) == set(bad) - {"name", "fill_seconds"}
    assert "(404) 555-0123" in errors["phone"][0]  # says what to do
    assert "500" in errors["message"][0]
    for value in ["nowhere", "404-98", "carrier-pigeon", "midnight"]:
        assert value not in json.dumps(errors)  # never echoes what was typed
    assert not AppointmentRequest.objects.exists()
    assert not mail.outbox


def test_a_phone_outside_the_us_or_an_email_request_without_email_is_refused(client, clinic):
    errors = post(client, {**PATIENT, "phone": "+44 20 7946 0958"}).json()["errors"]
    assert list(errors) == ["phone"]
    body = {**PATIENT, "email": ""}
    assert list(post(client, body).json()["errors"]) == ["email"]
    assert post(client, {**body, "preferred_contact": "phone"}).status_code == 201


def test_an_unpublished_clinic_cannot_be_asked(client, location_index):
    LocationPageFactory(parent=location_index, slug="midtown", live=False, weekday_hours=False)

    assert list(post(client).json()["errors"]) == ["location"]


def test_a_retry_with_the_same_idempotency_key_is_stored_once(client, clinic):
    first = post(client, key="3f0c2a9e-retry")
    second = post(client, key="3f0c2a9e-retry")

    assert first.status_code == second.status_code == 201
    assert first.json()["reference"] == second.json()["reference"]
    assert AppointmentRequest.objects.count() == 1
    assert len(mail.outbox) == 1


def test_the_same_key_with_a_different_body_is_refused(client, clinic):
    post(client, key="k-1")
    response = post(client, {**PATIENT, "preferred_time": "afternoon"}, key="k-1")

    assert response.status_code == 422
    assert "Idempotency-Key" in response.json()["message"]
    assert AppointmentRequest.objects.count() == 1
    assert post(client, key="k" * 256).status_code == 400


@pytest.mark.parametrize(
    "spam", [{"website": "https://cheap-pills.example"}, {"fill_seconds": 0.4}]
)
def test_spam_is_answered_like_a_success_and_not_stored(client, clinic, spam):
    response = post(client, {**PATIENT, **spam})

    assert response.status_code == 201
    assert response.json()["status"] == "received"
    assert not AppointmentRequest.objects.exists()
    assert not mail.outbox


def test_forty_rapid_posts_from_one_client_get_429_with_retry_after(client, clinic):
    statuses = []
    for attempt in range(40):
        response = post(client, key=f"attempt-{attempt}")
        statuses.append(response.status_code)
    limited = response

    assert statuses[:10] == [201] * 10
    assert set(statuses[10:]) == {429}
    assert int(limited["Retry-After"]) > 0
    assert "try again" in limited.json()["message"]
    # Another client is not held back by this one.
    assert post(client, REMOTE_ADDR="198.51.100.7").status_code == 201


def test_only_json_is_accepted(client, clinic):
    form = client.post(URL, {"name": "x"})
    text = client.post(URL, "name=x", content_type="text/plain")

    assert form.status_code == text.status_code == 415
    assert "message" in text.json()


def test_a_body_too_large_is_413(client, clinic):
    response = post(client, {**PATIENT, "message": "x" * 20_000})

    assert response.status_code == 413
    assert response.json() == {"message": "The request body is too large."}


def test_a_malformed_body_is_400(client, clinic):
    for body in ["{not json", "[1, 2]"]:
        response = client.post(URL, body, content_type="application/json")
        assert response.status_code == 400, body


def test_the_public_site_may_post_it(client, clinic, settings):
    settings.CORS_ALLOWED_ORIGINS = ["https://www.georgiapainspine.example"]
    origin = {"HTTP_ORIGIN": "https://www.georgiapainspine.example"}
    preflight = client.options(
        URL,
        HTTP_ACCESS_CONTROL_REQUEST_METHOD="POST",
        HTTP_ACCESS_CONTROL_REQUEST_HEADERS="content-type, idempotency-key",
        **origin,
    )
    assert preflight["Access-Control-Allow-Origin"] == origin["HTTP_ORIGIN"]
    assert post(client, **origin)["Access-Control-Allow-Origin"] == origin["HTTP_ORIGIN"]
    assert "Access-Control-Allow-Origin" not in post(client, HTTP_ORIGIN="https://evil.example")


def test_no_patient_detail_in_logs_or_emails(client, clinic, caplog):
    caplog.set_level(logging.DEBUG)

    post(client, key="key-1")  # stored, front desk emailed
    post(client, key="key-1")  # retried
    post(client, {**PATIENT, "phone": "555"})  # invalid: logged as a bad request
    post(client, {**PATIENT, "fill_seconds": 0.1})  # spam

    assert AppointmentRequest.objects.count() == 1
    assert len(mail.outbox) == 1
    written = caplog.text + "".join(
        f"{email.subject}\n{email.body}\n{email.to}\n{email.alternatives}" for email in mail.outbox
    )
    assert "received" in caplog.text
    for detail in PATIENT_DETAILS:
        assert detail not in written, detail


def test_an_error_report_holds_no_patient_detail(clinic, settings, monkeypatch, caplog):
    """A crash while storing a request emails the admins a traceback: with every
    variable and posted value hidden."""
    settings.ADMINS = [("Ops", "ops@example.com")]
    # With the HTML report, which lists every frame's local variables.
    for handler in logging.getLogger("django").handlers:
        if isinstance(handler, AdminEmailHandler):
            monkeypatch.setattr(handler, "include_html", True)

    def crash(fields, **kwargs):
        raise RuntimeError("storage failed")

    monkeypatch.setattr("locations.views.appointment_request_create", crash)
    response = post(Client(raise_request_exception=False))

    assert response.status_code == 500
    assert response.json()["message"]
    (report,) = mail.outbox
    assert "storage failed" in report.body
    assert "Local Vars" in report.alternatives[0][0]
    text = report.body + "".join(str(part[0]) for part in report.alternatives) + caplog.text
    for detail in PATIENT_DETAILS:
        assert detail not in text, detail
