"""Admin registration: the shared snippets (topics, calls to action) and the SEO report."""

from django.urls import path, reverse
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from cms.models import CallToAction, Topic
from cms.seo_report import PERMISSION, SeoReportView, SeoSummaryPanel


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


register_snippet(TopicViewSet)
register_snippet(CallToActionViewSet)


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
