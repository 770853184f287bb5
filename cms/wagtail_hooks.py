"""Admin registration of the shared snippets: topics, calls to action and their placements."""

from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from cms.models import CallToAction, CallToActionPlacement, Topic


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
