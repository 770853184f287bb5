"""Content changes, as Wagtail and Django signal them, handed to the one fan-out.

Each handler only names what changed; `cms.services.content_change_fan_out` does the rest.
"""

from django.db.models.signals import post_delete, post_save
from wagtail.contrib.redirects.models import Redirect
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Page, PageViewRestriction, Site
from wagtail.signals import page_published, page_slug_changed, page_unpublished, post_page_move

from cms.models import (
    CallToAction,
    CallToActionPlacement,
    NavigationSettings,
    PracticeSettings,
    Topic,
)
from cms.services import content_change_fan_out, public_paths

# Whatever these hold shows on many pages (site settings, navigation, shared snippets,
# images), so a change to one is a change to everything.
SHARED_MODELS = {
    PracticeSettings: "settings.changed",
    NavigationSettings: "navigation.changed",
    CallToAction: "cta.changed",
    CallToActionPlacement: "cta.changed",
    Topic: "topic.changed",
    Site: "settings.changed",
}


def page_published_handler(instance, **kwargs):
    content_change_fan_out("page.published", pages=[instance])


def page_unpublished_handler(instance, **kwargs):
    # Deleting a live page unpublishes it first, so deletions arrive here too.
    content_change_fan_out("page.unpublished", pages=[instance])


def page_moved_handler(instance, parent_page_before, url_path_before, url_path_after, **kwargs):
    """The page and everything below it left their old paths, and the old parent's
    listing lost it; the new ones are found from where the page is now."""
    old_paths = old_url_paths(instance, url_path_before, url_path_after)
    old_paths.add(parent_page_before.url_path)
    content_change_fan_out("page.moved", pages=[instance], paths=public_paths(old_paths))


def page_slug_changed_handler(instance, instance_before, **kwargs):
    old_paths = old_url_paths(instance, instance_before.url_path, instance.url_path)
    content_change_fan_out("page.moved", pages=[instance], paths=public_paths(old_paths))


def old_url_paths(page: Page, url_path_before: str, url_path_after: str) -> set[str]:
    """Where the page and its descendants were before their paths changed."""
    return {url_path_before + path[len(url_path_after) :] for path in subtree_url_paths(page)}


def subtree_url_paths(page: Page) -> list[str]:
    """The tree paths of the page and of every page below it, as they are now."""
    url_paths = [page.url_path]
    if page.numchild:
        url_paths += Page.objects.descendant_of(page).values_list("url_path", flat=True)
    return url_paths


def view_restriction_changed_handler(instance, **kwargs):
    """A page became private or public again: it and everything below it left (or
    joined) every listing, search result, menu and link, so everything changed."""
    page = instance.page
    url_paths = [page.url_path]
    if page.numchild:
        url_paths += Page.objects.descendant_of(page).values_list("url_path", flat=True)
    content_change_fan_out("page.privacy_changed", paths=public_paths(url_paths), everything=True)


def redirect_changed_handler(instance, **kwargs):
    content_change_fan_out("redirect.changed", paths=[instance.old_path])


def shared_model_changed_handler(sender, **kwargs):
    content_change_fan_out(SHARED_MODELS.get(sender, "media.changed"), everything=True)


def register_signal_handlers() -> None:
    page_published.connect(page_published_handler)
    page_unpublished.connect(page_unpublished_handler)
    post_page_move.connect(page_moved_handler)
    page_slug_changed.connect(page_slug_changed_handler)
    for signal in (post_save, post_delete):
        signal.connect(redirect_changed_handler, sender=Redirect)
        signal.connect(view_restriction_changed_handler, sender=PageViewRestriction)
        for model in [*SHARED_MODELS, get_image_model(), get_document_model()]:
            signal.connect(shared_model_changed_handler, sender=model)
