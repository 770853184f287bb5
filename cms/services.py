"""The one fan-out of content changes.

Whatever changes — a page published, unpublished, moved or deleted, a redirect, a call to
action, a topic, an image, the site settings or navigation — and whichever process
changes it (a web worker, the task worker, scheduled publishing), `content_change_fan_out`
is called once, works out every public-site path whose content changed, and makes the
API's cached answers for them fresh in every process. The webhooks and the CDN purge
announce the same change, with the same paths.
"""

from collections.abc import Iterable
from dataclasses import dataclass

from django.db import transaction
from wagtail.models import Page, Site

from cms.api.cache import EVERYTHING, PAGES, generations_renew, path_scope
from cms.models import public_pages


@dataclass(frozen=True)
class ContentChange:
    """What changed: the event ("page.published"…), the public-site paths whose content
    changed, and whether everything did (settings, navigation, shared snippets)."""

    event: str
    paths: frozenset[str]
    everything: bool = False

    @property
    def cache_scopes(self) -> set[str]:
        if self.everything:
            return {EVERYTHING}
        return {PAGES, *map(path_scope, self.paths)}


def content_change_fan_out(
    event: str,
    *,
    pages: Iterable[Page] = (),
    paths: Iterable[str] = (),
    everything: bool = False,
) -> ContentChange:
    """Announce a change of `pages` (and of any other `paths`) everywhere it shows.

    Cached answers are dropped at once, and again when the transaction commits: the
    first keeps this process's next request fresh, the second makes sure that no other
    process cached the old content in between.
    """
    change = ContentChange(event, frozenset(paths) | pages_affected_paths(pages), everything)
    scopes = change.cache_scopes
    generations_renew(scopes)
    transaction.on_commit(lambda: generations_renew(scopes))
    return change


def pages_affected_paths(pages: Iterable[Page]) -> frozenset[str]:
    """The public-site paths whose content changes with these pages: each page itself
    (unless it sits under a view restriction), the live and public pages below it (their
    breadcrumbs and paths), and the live and public pages showing it (listings, related
    articles, links, bylines, featured items)."""
    pages = list(pages)
    if not pages:
        return frozenset()
    own = Page.objects.public().filter(pk__in=[page.pk for page in pages])
    url_paths = set(own.values_list("url_path", flat=True))
    for page in pages:
        if page.numchild:
            below = public_pages().descendant_of(page)
            url_paths.update(below.values_list("url_path", flat=True))
        showing = page.specific.pages_showing_it() & public_pages()
        url_paths.update(showing.values_list("url_path", flat=True))
    return frozenset(public_paths(url_paths))


def public_paths(url_paths: Iterable[str]) -> set[str]:
    """Wagtail's tree paths ("/home/blog/x/") as public-site paths ("/blog/x/"); paths
    under no site have no public path and are left out."""
    roots = sorted({root.root_path for root in Site.get_site_root_paths()}, key=len, reverse=True)
    found = set()
    for url_path in url_paths:
        root = next((root for root in roots if url_path.startswith(root)), None)
        if root is not None:
            found.add("/" + url_path[len(root) :])
    return found
