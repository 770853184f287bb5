"""Admin forms of the shared app that need more than Wagtail builds from the model."""

from django import forms
from wagtail.admin.forms import WagtailAdminModelForm


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
