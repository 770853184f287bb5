"""Admin forms of the shared app that need more than Wagtail builds from the model: the
webhook endpoint's events, the login's second factor, and the forms of the two-factor
screen (cms/two_factor.py)."""

from django import forms
from django.contrib.auth import authenticate
from django.contrib.auth.signals import user_login_failed
from django_otp import devices_for_user, match_token
from django_otp.plugins.otp_totp.models import TOTPDevice
from wagtail.admin.forms import WagtailAdminModelForm
from wagtail.admin.forms.auth import LoginForm as WagtailLoginForm


class WebhookEndpointForm(WagtailAdminModelForm):
    """A webhook endpoint's events as tick boxes, one per event the fan-out announces."""

    events = forms.MultipleChoiceField(
        choices=(),
        widget=forms.CheckboxSelectMultiple,
        help_text="The changes this receiver is told about.",
        error_messages={"required": "Tick at least one event, or untick “active”."},
    )

    def __init__(self, *args, **kwargs):
        from cms.models.webhooks import CONTENT_CHANGE_EVENTS

        super().__init__(*args, **kwargs)
        self.fields["events"].choices = [
            (event, f"{event}: {meaning}") for event, meaning in CONTENT_CHANGE_EVENTS.items()
        ]


def otp_token_field(**kwargs) -> forms.CharField:
    """A 6-digit code from an authenticator app, with the hints phones use to offer it."""
    return forms.CharField(
        widget=forms.TextInput(
            attrs={"autocomplete": "one-time-code", "inputmode": "numeric", "maxlength": 8}
        ),
        **kwargs,
    )


class LoginForm(WagtailLoginForm):
    """Wagtail's login with a second factor: a user with a confirmed TOTP device must
    enter its current code. A wrong code counts as a failed login (django-axes locks the
    account out after too many), and says no more than a wrong password does."""

    otp_token = otp_token_field(
        required=False,
        label="Authentication code",
        help_text="The 6-digit code from your authenticator app, if you set one up.",
    )

    def clean(self):
        cleaned_data = super().clean()
        user = self.get_user()
        if user is None or not any(devices_for_user(user, confirmed=True)):
            return cleaned_data
        token = (cleaned_data.get("otp_token") or "").strip()
        if not token or match_token(user, token) is None:
            self.user_cache = None
            user_login_failed.send(
                sender=__name__,
                credentials={"username": cleaned_data.get("username")},
                request=self.request,
            )
            raise forms.ValidationError(
                "Your username, password and authentication code didn't match. Enter the "
                "6-digit code your authenticator app shows now.",
                code="invalid_login",
            )
        return cleaned_data


class AuthenticatorConfirmForm(forms.Form):
    """The first code of a new authenticator app: it proves that the app holds the secret
    shown, before the login starts asking for it."""

    otp_token = otp_token_field(
        label="Code from the app",
        help_text="The 6-digit code the app shows now for this account.",
        error_messages={"required": "Enter the 6-digit code the app shows now."},
    )

    def __init__(self, *args, device: TOTPDevice, **kwargs):
        super().__init__(*args, **kwargs)
        self.device = device

    def clean_otp_token(self):
        token = self.cleaned_data["otp_token"].replace(" ", "")
        # django-otp waits longer after each wrong code before it checks another.
        if not self.device.verify_is_allowed()[0]:
            raise forms.ValidationError(
                "Too many wrong codes in a row. Wait a minute, then enter the code the app shows."
            )
        if not self.device.verify_token(token):
            raise forms.ValidationError(
                "That code didn't match. Check that the app shows the account you just "
                "added, that your phone sets its clock automatically, and enter the code "
                "it shows now."
            )
        return token


class IdentityCheckForm(forms.Form):
    """Proof that the person at the keyboard is the account's owner, before its second
    factor is replaced or turned off: a current code, or the password for one who lost
    the phone. A wrong password counts as a failed login (django-axes)."""

    otp_token = otp_token_field(
        required=False,
        label="Code from your authenticator app",
        help_text="The 6-digit code it shows now.",
    )
    password = forms.CharField(
        required=False,
        label="Or your password",
        help_text="If you no longer have the phone.",
        strip=False,
        widget=forms.PasswordInput(attrs={"autocomplete": "current-password"}),
    )

    def __init__(self, *args, request, **kwargs):
        super().__init__(*args, **kwargs)
        self.request = request

    def clean(self):
        cleaned_data = super().clean()
        user = self.request.user
        token = (cleaned_data.get("otp_token") or "").replace(" ", "")
        password = cleaned_data.get("password") or ""
        if not token and not password:
            raise forms.ValidationError(
                "Enter the code your authenticator app shows now, or your password."
            )
        if token:
            confirmed = match_token(user, token) is not None
        else:
            username = user.get_username()
            confirmed = authenticate(self.request, username=username, password=password) == user
        if not confirmed:
            raise forms.ValidationError(
                "That code or password isn't right. Enter the code your authenticator app "
                "shows now, or your password."
            )
        return cleaned_data
