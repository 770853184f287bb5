"""A new member of staff, where the practice requires two-factor authentication, logs in
with a password, is shown a QR code and its key, types the key into an "app" (here the
test, computing the codes) and confirms with its code; the next login asks for one."""

import re
from base64 import b32decode

import pytest
from django.urls import reverse
from django_otp.oath import totp
from playwright.sync_api import expect

from tests.browser.test_editor_article import PASSWORD

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)


@pytest.fixture
def editor(django_user_model):
    return django_user_model.objects.create_superuser("editor", "editor@example.com", PASSWORD)


def sign_in(page, live_server, code: str = "") -> None:
    page.goto(f"{live_server.url}{reverse('wagtailadmin_login')}")
    page.get_by_label("Username").fill("editor")
    page.get_by_label("Password").fill(PASSWORD)
    if code:
        page.get_by_label("Authentication code").fill(code)
    page.get_by_role("button", name="Sign in").click()


def test_a_new_user_sets_up_an_authenticator_before_anything_else(
    page, live_server, editor, settings
):
    settings.ADMIN_REQUIRE_2FA = True
    sign_in(page, live_server)
    expect(page).to_have_url(f"{live_server.url}{reverse('two_factor')}")
    expect(page.get_by_text("The practice requires two-factor authentication")).to_be_visible()
    expect(page.get_by_role("img", name="QR code of your authenticator account")).to_be_visible()

    key = b32decode(page.locator("[data-two-factor-secret]").inner_text().replace(" ", ""))
    page.get_by_label("Code from the app").fill(f"{totp(key):06d}")
    page.get_by_role("button", name="Turn on two-factor authentication").click()
    expect(page).to_have_url(f"{live_server.url}{reverse('wagtailadmin_home')}")
    expect(page.get_by_text("Two-factor authentication is on")).to_be_visible()

    page.context.clear_cookies()
    sign_in(page, live_server, code=f"{totp(key, drift=1):06d}")
    expect(page).to_have_url(f"{live_server.url}{reverse('wagtailadmin_home')}")
    expect(page.get_by_role("button", name=re.compile("Sign in"))).to_have_count(0)
