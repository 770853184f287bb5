"""The "Appointment requests" admin area: the Front desk group's, and no one else's."""

import datetime

import pytest
from django.contrib.auth.models import Group, Permission
from django.core.management import call_command
from django.urls import reverse
from django.utils import timezone

from locations.factories import LocationPageFactory
from locations.models import AppointmentRequest
from locations.services import appointment_request_notify

LIST = "appointment_requests:index"


@pytest.fixture
def clinics(location_index):
    return [
        LocationPageFactory(parent=location_index, slug="midtown", title="Midtown"),
        LocationPageFactory(parent=location_index, slug="savannah", title="Savannah"),
    ]


def appointment_request(clinic, **fields) -> AppointmentRequest:
    defaults = {
        "name": "Jordan Quillfeather",
        "phone": "+14045550188",
        "preferred_contact": "phone",
        "preferred_time": "any",
    }
    return AppointmentRequest.objects.create(location=clinic, **{**defaults, **fields})


@pytest.fixture
def front_desk(django_user_model):
    user = django_user_model.objects.create_user(
        "frontdesk", "frontdesk@example.com", "pw-front-desk"
    )
    user.groups.add(Group.objects.get(name="Front desk"))
    return user


@pytest.fixture
def editor(django_user_model):
    user = django_user_model.objects.create_user("editor", "editor@example.com", "pw-editor")
    user.user_permissions.add(Permission.objects.get(codename="access_admin"))
    return user


def test_only_the_front_desk_sees_the_area(client, front_desk, editor, clinics):
    appointment_request(clinics[0])
    client.force_login(editor)
    assert "Appointment requests" not in client.get("/admin/").content.decode()
    assert client.get(reverse(LIST)).status_code in (302, 403)

    client.force_login(front_desk)
    assert "Appointment requests" in client.get("/admin/").content.decode()
    response = client.get(reverse(LIST))
    assert response.status_code == 200
    assert "Midtown" in response.content.decode()


def test_the_list_filters_by_clinic_and_status(client, front_desk, clinics):
    midtown, savannah = clinics
    first = appointment_request(midtown)
    second = appointment_request(savannah, status="contacted")
    client.force_login(front_desk)

    by_clinic = client.get(reverse(LIST), {"location": savannah.pk}).content.decode()
    by_status = client.get(reverse(LIST), {"status": "new"}).content.decode()

    assert second.reference in by_clinic and first.reference not in by_clinic
    assert first.reference in by_status and second.reference not in by_status


def test_marking_contacted_then_closed_records_who_did_it(client, front_desk, clinics):
    request = appointment_request(clinics[0])
    client.force_login(front_desk)
    edit = reverse("appointment_requests:edit", args=[request.pk])

    assert client.get(edit).status_code == 200
    for status in ("contacted", "closed"):
        assert client.post(edit, {"status": status}).status_code == 302

    request.refresh_from_db()
    assert request.status == "closed"
    assert [(event.status, event.user) for event in request.events.all()] == [
        ("contacted", front_desk),
        ("closed", front_desk),
    ]
    inspect = client.get(reverse("appointment_requests:inspect", args=[request.pk]))
    assert "Closed by frontdesk" in inspect.content.decode()
    assert "Jordan Quillfeather" in inspect.content.decode()  # the one place to read it


def test_no_one_adds_or_deletes_requests_in_the_admin(client, front_desk, clinics):
    request = appointment_request(clinics[0])
    client.force_login(front_desk)

    assert client.get(reverse("appointment_requests:add")).status_code in (302, 403)
    delete = reverse("appointment_requests:delete", args=[request.pk])
    assert client.post(delete).status_code in (302, 403)
    assert AppointmentRequest.objects.filter(pk=request.pk).exists()


def test_the_list_exports_as_csv(client, front_desk, clinics):
    request = appointment_request(clinics[1], message="Lower back")
    client.force_login(front_desk)

    response = client.get(reverse(LIST), {"export": "csv", "location": clinics[1].pk})

    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/csv")
    csv = b"".join(response.streaming_content).decode()
    assert request.reference in csv and "Lower back" in csv and "Savannah" in csv


def test_without_clinic_addresses_the_front_desk_group_is_told(front_desk, clinics, mailoutbox):
    appointment_request_notify(appointment_request(clinics[0]))

    (email,) = mailoutbox
    assert email.to == ["frontdesk@example.com"]
    assert "Quillfeather" not in email.body


def test_requests_past_the_retention_period_are_purged(clinics, settings, capsys):
    settings.APPOINTMENT_REQUEST_RETENTION_DAYS = 30
    old, recent = appointment_request(clinics[0]), appointment_request(clinics[0])
    AppointmentRequest.objects.filter(pk=old.pk).update(
        created_at=timezone.now() - datetime.timedelta(days=31)
    )

    call_command("purge_appointment_requests")

    assert list(AppointmentRequest.objects.all()) == [recent]
    assert "Deleted 1 appointment requests older than 30 days" in capsys.readouterr().out
