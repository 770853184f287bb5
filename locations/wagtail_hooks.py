"""The "Appointment requests" admin area, seen by the Front desk group only.

Requests arrive from patients through the API, so the area has no "add"; they leave by
the retention command, so it has no "delete". The front desk lists them (filtered by
clinic and status), reads one, marks it contacted or closed — each step recorded with
who took it — and exports the list as CSV.
"""

from django.utils.html import format_html_join
from wagtail import hooks
from wagtail.admin.views import generic
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.permission_policies import ModelPermissionPolicy
from wagtail.permissions import register_permission_policy

from locations.models import AppointmentRequest
from locations.services import appointment_request_status_set

READ_ONLY_ACTIONS = {"add", "delete"}


class AppointmentRequestPermissionPolicy(ModelPermissionPolicy):
    """Model permissions (the Front desk group has view and change), never add or delete."""

    def user_has_permission(self, user, action):
        return action not in READ_ONLY_ACTIONS and super().user_has_permission(user, action)

    def user_has_any_permission(self, user, actions):
        actions = [action for action in actions if action not in READ_ONLY_ACTIONS]
        return bool(actions) and super().user_has_any_permission(user, actions)


register_permission_policy(
    AppointmentRequest, AppointmentRequestPermissionPolicy(AppointmentRequest), exact_class=True
)


class AppointmentRequestEditView(generic.EditView):
    """Only the status changes here, through the service that records who changed it."""

    def save_instance(self):
        instance = self.form.instance
        new_status = self.form.cleaned_data["status"]
        instance.status = AppointmentRequest.objects.get(pk=instance.pk).status
        appointment_request_status_set(instance, new_status, self.request.user)
        return instance


class AppointmentRequestInspectView(generic.InspectView):
    """A request as the front desk reads it, with its history: who did what, when."""

    def get_field_label(self, field_name, field):
        if field_name == "history":
            return "History"
        return super().get_field_label(field_name, field)

    def get_history_display_value(self):
        events = self.object.events.select_related("user")
        return format_html_join("", "<div>{}</div>", ((str(event),) for event in events))


class AppointmentRequestViewSet(ModelViewSet):
    """The front desk's "Appointment requests": read a request, mark it contacted or
    closed, export. No search box: searching would put patients' names in URLs."""

    model = AppointmentRequest
    name = "appointment_requests"
    url_prefix = "appointment-requests"
    icon = "mail"
    menu_label = "Appointment requests"
    menu_order = 250
    add_to_admin_menu = True
    edit_view_class = AppointmentRequestEditView
    inspect_view_class = AppointmentRequestInspectView
    inspect_view_enabled = True
    inspect_view_fields = [
        "reference",
        "created_at",
        "location",
        "status",
        "name",
        "phone",
        "email",
        "preferred_contact",
        "preferred_time",
        "message",
        "source_path",
        "history",
    ]
    form_fields = ["status"]
    list_display = ["reference", "location", "status", "preferred_time", "created_at"]
    list_filter = ["location", "status"]
    search_fields = None
    # The export holds what staff read in a request, not its history of who did what.
    list_export = [name for name in inspect_view_fields if name != "history"]
    export_filename = "appointment-requests"
    ordering = ["-created_at"]


@hooks.register("register_admin_viewset")
def register_appointment_requests():
    return AppointmentRequestViewSet()
