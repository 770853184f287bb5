"""Admin registration: the shared snippets (topics, calls to action and their
placements), webhooks, the SEO report and the two-factor screen."""

from django.urls import path, reverse
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.viewsets.base import ViewSetGroup
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.permission_policies import ModelPermissionPolicy
from wagtail.permissions import register_permission_policy
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from cms.models import (
    CallToAction,
    CallToActionPlacement,
    Topic,
    WebhookDelivery,
    WebhookEndpoint,
)
from cms.seo_report import PERMISSION, SeoReportView, SeoSummaryPanel
from cms.two_factor import ACTION_OFF, ACTION_ON, TwoFactorView, account_menu_item


class TopicViewSet(SnippetViewSet):
    """Conditions and treatments, filterable by kind."""

    model = Topic
    icon = "tag"
    menu_label = "Topics"
    menu_order = 300
    add_to_admin_menu = True
    list_display = ["name", "kind", "slug"]
    list_filter = ["kind"]
    search_fields = ["name", "description"]


class CallToActionViewSet(SnippetViewSet):
    """Calls to action editors reuse across pages."""

    model = CallToAction
    icon = "calendar-alt"
    menu_label = "Calls to action"
    menu_order = 310
    add_to_admin_menu = True
    list_display = ["name", "heading"]
    search_fields = ["name", "heading"]


class CallToActionPlacementViewSet(SnippetViewSet):
    """Where the widget shows a call to action (below articles, in the sidebar …) and
    which one shows there when the page and its clinic have none of their own."""

    model = CallToActionPlacement
    icon = "placeholder"
    menu_label = "CTA placements"
    menu_order = 320
    add_to_admin_menu = True
    list_display = ["name", "slug", "cta"]
    search_fields = ["name", "slug"]


register_snippet(TopicViewSet)
register_snippet(CallToActionViewSet)
register_snippet(CallToActionPlacementViewSet)


class WebhookEndpointViewSet(ModelViewSet):
    """The frontend's receivers: who is told about which content changes."""

    model = WebhookEndpoint
    icon = "link-external"
    menu_label = "Endpoints"
    list_display = ["name", "url", "active"]
    list_filter = ["active"]
    copy_view_enabled = False


class ReadOnlyPermissionPolicy(ModelPermissionPolicy):
    """Viewing only: the delivery log is written by the task worker, never by hand."""

    def user_has_permission(self, user, action):
        return action == "view" and super().user_has_permission(user, action)

    def user_has_any_permission(self, user, actions):
        return "view" in actions and super().user_has_permission(user, "view")


class WebhookDeliveryViewSet(ModelViewSet):
    """Every delivery and its attempts, so that staff can see whether the frontend heard
    about a change, and why not."""

    model = WebhookDelivery
    icon = "list-ul"
    menu_label = "Deliveries"
    list_display = [
        "event",
        "endpoint",
        "status",
        "response_code",
        "attempt_count",
        "next_attempt_at",
        "created_at",
    ]
    list_filter = ["status", "event", "endpoint"]
    exclude_form_fields = []  # never shown: no one may add or change a delivery
    inspect_view_enabled = True
    inspect_view_fields = [
        "endpoint",
        "event",
        "message_id",
        "status",
        "attempt_count",
        "response_code",
        "error",
        "next_attempt_at",
        "delivered_at",
        "created_at",
        "payload",
        "attempts",
    ]
    copy_view_enabled = False


register_permission_policy(WebhookDelivery, ReadOnlyPermissionPolicy(WebhookDelivery))


class WebhooksViewSetGroup(ViewSetGroup):
    """One "Webhooks" menu: the endpoints and the delivery log."""

    menu_label = "Webhooks"
    menu_icon = "link-external"
    menu_order = 900
    items = (WebhookEndpointViewSet, WebhookDeliveryViewSet)


@hooks.register("register_admin_viewset")
def register_webhooks_viewsets():
    return WebhooksViewSetGroup()


class SeoReportMenuItem(MenuItem):
    def is_shown(self, request):
        return request.user.has_perm(PERMISSION)


@hooks.register("register_admin_urls")
def register_seo_report_urls():
    return [
        path("reports/seo/", SeoReportView.as_view(), name="seo_report"),
        path(
            "reports/seo/results/",
            SeoReportView.as_view(results_only=True),
            name="seo_report_results",
        ),
    ]


@hooks.register("register_reports_menu_item")
def register_seo_report_menu_item():
    return SeoReportMenuItem(
        "SEO", reverse("seo_report"), name="seo-report", icon_name="search", order=650
    )


@hooks.register("construct_homepage_panels")
def add_seo_summary_panel(request, panels):
    if request.user.has_perm(PERMISSION):
        panels.append(SeoSummaryPanel(request))


@hooks.register("register_admin_urls")
def register_two_factor_urls():
    return [path("account/two-factor/", TwoFactorView.as_view(), name="two_factor")]


@hooks.register("register_account_menu_item")
def register_two_factor_account_menu_item(request):
    return account_menu_item(request)


@hooks.register("register_log_actions")
def register_two_factor_log_actions(actions):
    actions.register_action(
        ACTION_ON, "Set up two-factor authentication", "Two-factor authentication set up"
    )
    actions.register_action(
        ACTION_OFF, "Turn off two-factor authentication", "Two-factor authentication turned off"
    )
