"""Two-factor authentication staff set up themselves, in Account → More actions.

A user without an authenticator app sees a QR code and the same secret as text, and
confirms with the first code the app shows: only then does the device count, and the
login start asking for its code (cms.forms.LoginForm). A user with one sees that it is on,
and may replace it (a new phone, a lost one) or turn it off, after giving a current code
or the password. The secret is shown only on this page, answered with `no-store`, and
never put in a URL or a log line. With ADMIN_REQUIRE_2FA the admin sends whoever has no
confirmed device here first (cms.middleware.AdminTwoFactorRequiredMiddleware).

A device being set up waits unconfirmed in the database; which one, the session says, so
that a replacement's secret is shown only in the session that proved who it is.
"""

from base64 import b32encode

import qrcode
import qrcode.image.svg
from django.conf import settings
from django.contrib import messages
from django.db import transaction
from django.shortcuts import redirect
from django.urls import reverse
from django.utils.decorators import method_decorator
from django.utils.safestring import mark_safe
from django.views.decorators.cache import never_cache
from django.views.decorators.debug import sensitive_post_parameters
from django.views.generic import TemplateView
from django_otp import devices_for_user
from django_otp.plugins.otp_totp.models import TOTPDevice
from wagtail.admin.views.generic import WagtailAdminTemplateMixin
from wagtail.log_actions import log

from cms.forms import AuthenticatorConfirmForm, IdentityCheckForm

PENDING_SESSION_KEY = "two_factor_pending_device"
DEVICE_NAME = "Authenticator app"
# Wagtail's audit log (Reports → Site history): who turned their second factor on or off.
ACTION_ON = "cms.two_factor.on"
ACTION_OFF = "cms.two_factor.off"


def authenticator_confirmed(user) -> TOTPDevice | None:
    """The user's authenticator app that the login asks a code of, if any."""
    return next(devices_for_user(user, confirmed=True), None)


def authenticator_pending(request) -> TOTPDevice | None:
    """The device this session is setting up, if it still waits for its first code."""
    device_id = request.session.get(PENDING_SESSION_KEY)
    if device_id is None:
        return None
    return TOTPDevice.objects.filter(pk=device_id, user=request.user, confirmed=False).first()


def authenticator_start(request) -> TOTPDevice:
    """A new secret for the user's app, unconfirmed until its first code; any other
    device the user left half set up is dropped."""
    TOTPDevice.objects.filter(user=request.user, confirmed=False).delete()
    device = TOTPDevice.objects.create(user=request.user, name=DEVICE_NAME, confirmed=False)
    request.session[PENDING_SESSION_KEY] = device.pk
    return device


@transaction.atomic
def authenticator_confirm(request, device: TOTPDevice) -> None:
    """The device the first code came from becomes the user's one authenticator: a
    replaced (perhaps lost) phone's codes stop working at once."""
    device.confirmed = True
    device.save(update_fields=["confirmed"])
    TOTPDevice.objects.filter(user=request.user).exclude(pk=device.pk).delete()
    request.session.pop(PENDING_SESSION_KEY, None)
    log(instance=request.user, action=ACTION_ON, user=request.user)


@transaction.atomic
def authenticator_remove(request) -> None:
    """Two-factor authentication off: the login asks for the password alone."""
    TOTPDevice.objects.filter(user=request.user).delete()
    request.session.pop(PENDING_SESSION_KEY, None)
    log(instance=request.user, action=ACTION_OFF, user=request.user)


def qr_code_svg(device: TOTPDevice) -> str:
    """The device's otpauth:// address as an inline SVG QR code, drawn on the server so
    that the secret goes to no other service."""
    image = qrcode.make(device.config_url, image_factory=qrcode.image.svg.SvgPathImage)
    return mark_safe(image.to_string(encoding="unicode"))  # drawn here: no outside markup


def secret_for_typing(device: TOTPDevice) -> str:
    """The secret in base32, as authenticator apps take it, in groups of four."""
    secret = b32encode(device.bin_key).decode()
    return " ".join(secret[i : i + 4] for i in range(0, len(secret), 4))


@method_decorator(sensitive_post_parameters("otp_token", "password"), name="dispatch")
@method_decorator(never_cache, name="dispatch")
class TwoFactorView(WagtailAdminTemplateMixin, TemplateView):
    """The user's own second factor: set up, see, replace, turn off. Each change is a
    POST with an `action` (confirm, replace, cancel, turn_off)."""

    template_name = "cms/two_factor.html"
    page_title = "Two-factor authentication"
    header_icon = "key"

    def get_breadcrumbs_items(self):
        return [
            *super().get_breadcrumbs_items(),
            {"url": reverse("wagtailadmin_account"), "label": "Account"},
            {"url": "", "label": self.page_title},
        ]

    def get(self, request, *args, **kwargs):
        return self.render_to_response(self.get_context_data())

    def get_context_data(self, confirm_form=None, identity_form=None, **kwargs):
        context = super().get_context_data(**kwargs)
        device = authenticator_confirmed(self.request.user)
        pending = authenticator_pending(self.request)
        if device is None and pending is None:
            pending = authenticator_start(self.request)
        context.update(
            device=device,
            pending=pending,
            required=settings.ADMIN_REQUIRE_2FA,
            identity_form=identity_form or IdentityCheckForm(request=self.request),
        )
        if pending is not None:
            context.update(
                qr_code=qr_code_svg(pending),
                secret=secret_for_typing(pending),
                confirm_form=confirm_form or AuthenticatorConfirmForm(device=pending),
            )
        return context

    def post(self, request, *args, **kwargs):
        action = request.POST.get("action")
        if action == "confirm":
            return self.confirm(request)
        if action == "cancel":
            TOTPDevice.objects.filter(user=request.user, confirmed=False).delete()
            request.session.pop(PENDING_SESSION_KEY, None)
            return redirect("two_factor")
        if action in {"replace", "turn_off"}:
            return self.change(request, action)
        return redirect("two_factor")

    def confirm(self, request):
        pending = authenticator_pending(request)
        if pending is None:
            return redirect("two_factor")
        form = AuthenticatorConfirmForm(request.POST, device=pending)
        if not form.is_valid():
            return self.render_to_response(self.get_context_data(confirm_form=form))
        replacing = authenticator_confirmed(request.user) is not None
        authenticator_confirm(request, pending)
        if replacing:
            messages.success(
                request, "Your new authenticator app is set up: the old one's codes no longer work."
            )
            return redirect("two_factor")
        messages.success(
            request,
            "Two-factor authentication is on. From your next login, enter the code your "
            "authenticator app shows after your password.",
        )
        return redirect("wagtailadmin_home")

    def change(self, request, action: str):
        if authenticator_confirmed(request.user) is None:
            return redirect("two_factor")
        if action == "turn_off" and settings.ADMIN_REQUIRE_2FA:
            messages.error(
                request,
                "The practice requires two-factor authentication: you can replace your "
                "authenticator app, but not turn it off.",
            )
            return redirect("two_factor")
        form = IdentityCheckForm(request.POST, request=request)
        if not form.is_valid():
            return self.render_to_response(self.get_context_data(identity_form=form))
        if action == "replace":
            authenticator_start(request)
            return redirect("two_factor")
        authenticator_remove(request)
        messages.success(
            request, "Two-factor authentication is off: your login asks for your password only."
        )
        return redirect("wagtailadmin_account")


def account_menu_item(request) -> dict:
    """The link in Account → More actions, saying whether two-factor authentication is on."""
    if authenticator_confirmed(request.user):
        help_text = "On: your login asks for a code from your authenticator app."
    else:
        help_text = "Off: set up an authenticator app, so that a password alone cannot log in."
    return {
        "url": reverse("two_factor"),
        "label": "Two-factor authentication",
        "help_text": help_text,
    }
