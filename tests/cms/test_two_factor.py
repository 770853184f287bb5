"""Staff set up their own second factor in the admin, and the practice may require it.

The tests read the secret from the page as a person types it into their authenticator
app, and compute the app's codes from it.
"""

import re
from base64 import b32decode

import pytest
from django.contrib.auth import get_user_model
from django.urls import reverse
from django_otp.oath import totp
from django_otp.plugins.otp_totp.models import TOTPDevice

LOGIN = "/admin/login/"
PASSWORD = "correct horse battery staple"
TWO_FACTOR = "/admin/account/two-factor/"
SITE_HISTORY = "/admin/reports/site-history/"


@pytest.fixture
def editor(db):
    return get_user_model().objects.create_superuser("editor", "editor@example.com", PASSWORD)


def log_in(client, **extra):
    return client.post(LOGIN, {"username": "editor", "password": PASSWORD, **extra})


def logged_in(client) -> bool:
    return client.get("/admin/").status_code == 200


def shown_secret(response) -> bytes:
    """The key the page asks the user to type into their app, as the app decodes it."""
    match = re.search(r"data-two-factor-secret>([A-Z2-7 ]+)<", response.content.decode())
    assert match, "the page shows the secret as text"
    return b32decode(match.group(1).replace(" ", ""))


def app_code(key: bytes, steps_ahead: int = 0) -> str:
    """What the app shows now (or that many 30-second steps later: a code is accepted once,
    so the login after the set-up takes the next one)."""
    return f"{totp(key, drift=steps_ahead):06d}"


def wrong_code(key: bytes) -> str:
    """A code the app shows at no step the server accepts now."""
    accepted = {app_code(key, steps) for steps in (-1, 0, 1)}
    return next(code for code in ("123456", "234567", "345678") if code not in accepted)


def test_a_user_sets_up_an_authenticator_and_the_next_login_asks_for_its_code(client, editor):
    log_in(client)
    page = client.get(TWO_FACTOR)
    assert page.status_code == 200
    assert "Two-factor authentication is <strong>off</strong>" in page.content.decode()
    assert "<svg" in page.content.decode(), "a QR code to scan"
    assert "no-store" in page["Cache-Control"], "the secret is kept by no cache"
    key = shown_secret(page)

    response = client.post(TWO_FACTOR, {"action": "confirm", "otp_token": app_code(key)})
    assert response.status_code == 302
    assert response["Location"] == reverse("wagtailadmin_home")
    assert TOTPDevice.objects.get(user=editor).confirmed
    assert "Two-factor authentication set up" in client.get(SITE_HISTORY).content.decode()
    assert "Two-factor authentication is on" in client.get(TWO_FACTOR).content.decode()

    client.post(reverse("wagtailadmin_logout"))
    log_in(client)
    assert not logged_in(client), "the password alone no longer logs in"
    log_in(client, otp_token=app_code(key, steps_ahead=1))
    assert logged_in(client)


def test_a_wrong_confirmation_code_leaves_no_confirmed_device(client, editor):
    log_in(client)
    key = shown_secret(client.get(TWO_FACTOR))

    response = client.post(TWO_FACTOR, {"action": "confirm", "otp_token": wrong_code(key)})
    assert response.status_code == 200
    assert "That code didn" in response.content.decode()
    assert shown_secret(response) == key, "the same secret, to try again"
    assert not TOTPDevice.objects.filter(user=editor, confirmed=True).exists()

    client.post(reverse("wagtailadmin_logout"))
    log_in(client)
    assert logged_in(client), "the login still asks for the password only"


def test_after_a_wrong_code_the_next_one_waits_a_moment(client, editor, settings):
    settings.OTP_TOTP_THROTTLE_FACTOR = 60  # a minute, however slow the machine
    log_in(client)
    key = shown_secret(client.get(TWO_FACTOR))
    client.post(TWO_FACTOR, {"action": "confirm", "otp_token": wrong_code(key)})
    response = client.post(TWO_FACTOR, {"action": "confirm", "otp_token": app_code(key)})
    assert "Too many wrong codes in a row" in response.content.decode()
    TOTPDevice.objects.get(user=editor).throttle_reset()  # the moment has passed
    response = client.post(TWO_FACTOR, {"action": "confirm", "otp_token": app_code(key)})
    assert TOTPDevice.objects.get(user=editor).confirmed


def test_reloading_the_set_up_page_keeps_the_secret_already_scanned(client, editor):
    log_in(client)
    assert shown_secret(client.get(TWO_FACTOR)) == shown_secret(client.get(TWO_FACTOR))


@pytest.fixture
def enrolled(client, editor) -> bytes:
    """The editor, logged in, with an authenticator set up through the screen: its key."""
    log_in(client)
    key = shown_secret(client.get(TWO_FACTOR))
    client.post(TWO_FACTOR, {"action": "confirm", "otp_token": app_code(key)})
    return key


def test_turning_off_asks_for_a_current_code(client, editor, enrolled):
    response = client.post(TWO_FACTOR, {"action": "turn_off"})
    assert response.status_code == 200
    assert "Enter the code your authenticator app shows now, or your password" in (
        response.content.decode()
    )
    response = client.post(TWO_FACTOR, {"action": "turn_off", "otp_token": wrong_code(enrolled)})
    assert "That code or password isn" in response.content.decode()
    device = TOTPDevice.objects.get(user=editor, confirmed=True)
    # A wrong code makes django-otp wait a moment before it checks the next one.
    device.throttle_reset()

    response = client.post(
        TWO_FACTOR, {"action": "turn_off", "otp_token": app_code(enrolled, steps_ahead=1)}
    )
    assert response.status_code == 302
    assert not TOTPDevice.objects.filter(user=editor).exists()
    assert "Two-factor authentication turned off" in client.get(SITE_HISTORY).content.decode()

    client.post(reverse("wagtailadmin_logout"))
    log_in(client)
    assert logged_in(client)


def test_a_lost_phone_is_replaced_after_giving_the_password(client, editor, enrolled):
    response = client.post(TWO_FACTOR, {"action": "replace", "password": "not my password"})
    assert response.status_code == 200
    assert "data-two-factor-secret" not in response.content.decode()

    response = client.post(TWO_FACTOR, {"action": "replace", "password": PASSWORD})
    assert response.status_code == 302
    page = client.get(TWO_FACTOR)
    assert "Replace your authenticator app" in page.content.decode()
    new_key = shown_secret(page)
    assert new_key != enrolled
    assert TOTPDevice.objects.filter(user=editor, confirmed=True).count() == 1, (
        "the old app works until the new one is confirmed"
    )

    client.post(TWO_FACTOR, {"action": "confirm", "otp_token": app_code(new_key)})
    client.post(reverse("wagtailadmin_logout"))
    log_in(client, otp_token=app_code(enrolled, steps_ahead=1))
    assert not logged_in(client), "the lost phone's codes no longer work"
    TOTPDevice.objects.get(user=editor).throttle_reset()  # the wait after a wrong code
    log_in(client, otp_token=app_code(new_key, steps_ahead=1))
    assert logged_in(client)


def test_a_replacement_can_be_called_off(client, editor, enrolled):
    client.post(TWO_FACTOR, {"action": "replace", "password": PASSWORD})
    client.post(TWO_FACTOR, {"action": "cancel"})
    page = client.get(TWO_FACTOR).content.decode()
    assert "Two-factor authentication is on" in page
    assert "data-two-factor-secret" not in page
    assert list(TOTPDevice.objects.filter(user=editor).values_list("confirmed", flat=True)) == [
        True
    ]


def test_another_session_is_not_shown_a_replacement_s_secret(client, editor, enrolled):
    client.post(TWO_FACTOR, {"action": "replace", "otp_token": app_code(enrolled, steps_ahead=1)})
    assert "data-two-factor-secret" in client.get(TWO_FACTOR).content.decode()

    other = type(client)()
    other.force_login(editor)
    page = other.get(TWO_FACTOR)
    assert "Two-factor authentication is on" in page.content.decode()
    assert "data-two-factor-secret" not in page.content.decode()


def test_the_account_page_links_to_the_screen_and_says_whether_it_is_on(client, editor):
    client.force_login(editor)
    account = client.get(reverse("wagtailadmin_account")).content.decode()
    assert f'href="{TWO_FACTOR}"' in account
    assert "Off: set up an authenticator app" in account

    TOTPDevice.objects.create(user=editor, name="phone", confirmed=True)
    account = client.get(reverse("wagtailadmin_account")).content.decode()
    assert "On: your login asks for a code" in account


@pytest.fixture
def required(settings):
    settings.ADMIN_REQUIRE_2FA = True


def test_when_required_a_user_without_an_authenticator_sets_one_up_first(client, editor, required):
    log_in(client)
    for url in ["/admin/", reverse("wagtailadmin_explore_root"), reverse("wagtailadmin_account")]:
        response = client.get(url)
        assert response.status_code == 302, url
        assert response["Location"] == TWO_FACTOR
    page = client.get(TWO_FACTOR)
    assert page.status_code == 200
    assert "The practice requires two-factor authentication" in page.content.decode()
    assert client.get(reverse("wagtailadmin_javascript_catalog")).status_code == 200

    response = client.post(
        TWO_FACTOR, {"action": "confirm", "otp_token": app_code(shown_secret(page))}
    )
    assert response["Location"] == reverse("wagtailadmin_home")
    assert client.get("/admin/").status_code == 200
    assert client.get(reverse("wagtailadmin_explore_root")).status_code == 200


def test_when_required_logging_out_still_works(client, editor, required):
    log_in(client)
    client.post(reverse("wagtailadmin_logout"))
    assert client.get("/admin/")["Location"].startswith(LOGIN)


def test_when_required_it_cannot_be_turned_off(client, editor, enrolled, required):
    page = client.get(TWO_FACTOR).content.decode()
    assert 'value="turn_off"' not in page
    client.post(TWO_FACTOR, {"action": "turn_off", "password": PASSWORD})
    assert TOTPDevice.objects.filter(user=editor, confirmed=True).exists()


def test_when_not_required_a_user_without_an_authenticator_reaches_every_page(client, editor):
    log_in(client)
    assert logged_in(client)
