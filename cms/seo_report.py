"""The SEO report in the admin, and its panel on the dashboard, for SEO staff.

Both show `cms.seo_audit.seo_audit()`: the report lists every page with a problem,
filterable by problem and by section and exportable as CSV or XLSX (Wagtail's
ReportView); the dashboard panel counts the pages with each problem, each count a link to
the report filtered by it. Only users with the “view SEO report” permission (the SEO
staff group has it) see either.
"""

import datetime

import django_filters
from django.core.exceptions import PermissionDenied
from django.urls import reverse
from django.utils.http import urlencode
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.ui.components import Component
from wagtail.admin.ui.tables import Column, TitleColumn
from wagtail.admin.views.reports import ReportView
from wagtail.models import Page

from cms.models import SeoProblem
from cms.seo_audit import PageAudit, problem_counts, section_choices, seo_audit

PERMISSION = "cms.view_seo_report"


def audit_for(request) -> dict[int, PageAudit]:
    """The audit, run once per request however many times the view and filters ask."""
    if not hasattr(request, "_seo_audit"):
        request._seo_audit = seo_audit()
    return request._seo_audit


class SeoReportFilterSet(WagtailFilterSet):
    problem = django_filters.ChoiceFilter(
        label="Problem", choices=SeoProblem.choices, method="filter_problem"
    )
    section = django_filters.ChoiceFilter(
        label="Section", choices=section_choices, method="filter_section"
    )

    class Meta:
        model = Page
        fields = []

    def filter_problem(self, queryset, name, value):
        audit = audit_for(self.request)
        return queryset.filter(
            pk__in=[pk for pk, found in audit.items() if value in found.problems]
        )

    def filter_section(self, queryset, name, value):
        audit = audit_for(self.request)
        return queryset.filter(
            pk__in=[pk for pk, found in audit.items() if found.section_path == value]
        )


class SeoReportView(ReportView):
    """Every live, public page with what is missing or off, in tree order."""

    page_title = "SEO report"
    header_icon = "search"
    model = Page
    filterset_class = SeoReportFilterSet
    index_url_name = "seo_report"
    index_results_url_name = "seo_report_results"
    paginate_by = 100
    columns = [
        TitleColumn(
            "title",
            label="Page",
            get_url=lambda page: reverse("wagtailadmin_pages:edit", args=[page.pk]),
        ),
        Column("seo_section", label="Section"),
        Column("seo_problem_text", label="Problems"),
    ]
    list_export = ["title", "seo_url_path", "seo_section", "seo_problem_text"]
    export_headings = {
        "title": "Page",
        "seo_url_path": "Path",
        "seo_section": "Section",
        "seo_problem_text": "Problems",
    }

    def dispatch(self, request, *args, **kwargs):
        if not request.user.has_perm(PERMISSION):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def get_filename(self):
        return f"seo-report-{datetime.date.today():%Y-%m-%d}"

    def get_queryset(self):
        self.queryset = Page.objects.filter(pk__in=list(audit_for(self.request))).order_by("path")
        return super().get_queryset()

    def get_filterset_kwargs(self):
        return {**super().get_filterset_kwargs(), "request": self.request}

    def decorate_paginated_queryset(self, object_list):
        audit = audit_for(self.request)
        pages = []
        for page in object_list:
            found = audit[page.pk]
            page.seo_section = found.section
            page.seo_url_path = page.url_path
            page.seo_problem_text = "; ".join(found.problem_labels)
            pages.append(page)
        return pages


class SeoSummaryPanel(Component):
    """On the dashboard: how many pages have each problem, linking to the report."""

    name = "seo_summary"
    order = 150
    template_name = "cms/seo_summary_panel.html"

    def __init__(self, request):
        self.request = request

    def get_context_data(self, parent_context):
        url = reverse("seo_report")
        counts = problem_counts(audit_for(self.request))
        return {
            "report_url": url,
            "problems": [
                {
                    "label": problem.label,
                    "count": count,
                    "url": f"{url}?{urlencode({'problem': problem.value})}",
                }
                for problem, count in counts.items()
            ],
        }
