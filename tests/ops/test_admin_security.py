"""The admin's doors: brute force locked out, a second factor for those who set one up,
uploads limited in size and type."""

import io

import pytest
from django.contrib.auth import get_user_model
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import override_settings
from django.urls import reverse
from django_otp.oath import totp
from django_otp.plugins.otp_totp.models import TOTPDevice
from PIL import Image as PILImage
from wagtail.images import get_image_model

LOGIN = "/admin/login/"
PASSWORD = "correct horse battery staple"


@pytest.fixture
def editor(db):
    return get_user_model().objects.create_superuser("editor", "editor@example.com", PASSWORD)


def login(client, password, **extra):
    return client.post(LOGIN, {"username": "editor", "password": password, **extra})


def logged_in(client) -> bool:
    return client.get("/admin/").status_code == 200


def test_the_right_password_logs_in(client, editor):
    assert login(client, PASSWORD).status_code == 302
    assert logged_in(client)


@override_settings(AXES_FAILURE_LIMIT=3)
def test_after_too_many_failures_even_the_right_password_is_refused(client, editor):
    for _ in range(3):
        response = login(client, "wrong")
        assert not logged_in(client)
    response = login(client, PASSWORD)
    assert response.status_code == 429
    assert not logged_in(client)


@override_settings(AXES_FAILURE_LIMIT=3)
def test_a_lockout_is_for_that_user_only(client, editor):
    get_user_model().objects.create_superuser("other", "other@example.com", PASSWORD)
    for _ in range(3):
        login(client, "wrong")
    response = client.post(LOGIN, {"username": "other", "password": PASSWORD})
    assert response.status_code == 302


def totp_code(device: TOTPDevice) -> str:
    return f"{totp(device.bin_key, device.step, device.t0, device.digits, device.drift):06d}"


def test_a_user_with_an_authenticator_must_give_its_code(client, editor):
    device = TOTPDevice.objects.create(user=editor, name="phone", confirmed=True)

    response = login(client, PASSWORD)
    assert response.status_code == 200
    assert "authentication code" in response.content.decode()
    assert not logged_in(client)

    response = login(client, PASSWORD, otp_token="000000")
    assert response.status_code == 200
    assert "authentication code didn" in response.content.decode()
    assert not logged_in(client)

    # django-otp also slows down guessing: a wrong code delays the next check a moment.
    device.refresh_from_db()
    assert device.throttling_failure_count == 1
    device.throttle_reset()

    assert login(client, PASSWORD, otp_token=totp_code(device)).status_code == 302
    assert logged_in(client)


def test_the_login_page_offers_the_code_field(client, db):
    response = client.get(LOGIN)
    assert 'name="otp_token"' in response.content.decode()


@override_settings(AXES_FAILURE_LIMIT=2)
def test_wrong_codes_count_as_failed_logins(client, editor):
    device = TOTPDevice.objects.create(user=editor, name="phone", confirmed=True)
    login(client, PASSWORD, otp_token="000001")
    login(client, PASSWORD, otp_token="000002")
    response = login(client, PASSWORD, otp_token=totp_code(device))
    assert response.status_code == 429
    assert not logged_in(client)


def test_the_command_gives_a_user_an_authenticator(editor):
    from django.core.management import call_command

    out = io.StringIO()
    call_command("otp_device_add", "editor", stdout=out)
    assert out.getvalue().strip().splitlines()[-1].startswith("otpauth://totp/")
    assert TOTPDevice.objects.filter(user=editor, confirmed=True).count() == 1


def png_bytes(size=(20, 20)) -> bytes:
    buffer = io.BytesIO()
    PILImage.new("RGB", size, "red").save(buffer, "PNG")
    return buffer.getvalue()


def upload_image(admin_client, name, content, content_type="image/png"):
    return admin_client.post(
        reverse("wagtailimages:add"),
        {"title": "Upload", "file": SimpleUploadedFile(name, content, content_type)},
    )


def test_an_image_upload_is_accepted(admin_client):
    response = upload_image(admin_client, "ok.png", png_bytes())
    assert response.status_code == 302
    assert get_image_model().objects.filter(title="Upload").exists()


@override_settings(WAGTAILIMAGES_MAX_UPLOAD_SIZE=1000)
def test_an_oversized_image_is_refused(admin_client):
    response = upload_image(admin_client, "big.png", png_bytes((400, 400)) + b"\0" * 2000)
    assert response.status_code == 200
    assert "this file is too big" in response.content.decode().lower()
    assert not get_image_model().objects.exists()


def test_a_file_that_is_not_an_allowed_image_is_refused(admin_client):
    response = upload_image(
        admin_client, "script.svg", b"<svg onload='alert(1)'/>", "image/svg+xml"
    )
    assert response.status_code == 200
    assert "not a supported image format" in response.content.decode().lower() or (
        "not a valid image" in response.content.decode().lower()
    )
    assert not get_image_model().objects.exists()


def test_a_document_of_a_type_not_allowed_is_refused(admin_client):
    response = admin_client.post(
        reverse("wagtaildocs:add"),
        {
            "title": "Doc",
            "file": SimpleUploadedFile("run.exe", b"MZ\x90\x00", "application/x-msdownload"),
        },
    )
    assert response.status_code == 200
    from wagtail.documents import get_document_model

    assert not get_document_model().objects.exists()
