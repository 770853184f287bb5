"""Admin forms of the shared app that need more than Wagtail builds from the model: the
webhook endpoint's events, and the login's second factor."""

from django import forms
from django.contrib.auth.signals import user_login_failed
from django_otp import devices_for_user, match_token
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


class LoginForm(WagtailLoginForm):
    """Wagtail's login with a second factor: a user with a confirmed TOTP device must
    enter its current code. A wrong code counts as a failed login (django-axes locks the
    account out after too many), and says no more than a wrong password does."""

    otp_token = forms.CharField(
        required=False,
        label="Authentication code",
        help_text="The 6-digit code from your authenticator app, if you set one up.",
        widget=forms.TextInput(
            attrs={"autocomplete": "one-time-code", "inputmode": "numeric", "maxlength": 8}
        ),
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
