"""`GET /api/v2/search/`: the site's public pages that match a visitor's words, best first."""

import re
from collections.abc import Iterator
from typing import Any

from django.apps import apps
from django.core.exceptions import FieldDoesNotExist
from django.http import HttpRequest
from django.utils.text import Truncator
from rest_framework.response import Response
from wagtail.api.v2.utils import BadRequestError
from wagtail.blocks import RichTextBlock
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page, Site
from wagtail.rich_text import get_text_for_indexing
from wagtail.search import index
from wagtail.search.backends.base import BaseSearchResults

from cms.api.views import APIEndpoint, parameters_check, site_from_request
from cms.models import public_pages
from cms.serializers import page_summary, public_address

MAX_QUERY_LENGTH = 200
DEFAULT_LIMIT = 10
MAX_LIMIT = 50
MAX_OFFSET = 10_000  # nobody pages that deep: a larger offset is a client's mistake
EXCERPT_WORDS = 30

# The short kinds the contract names page types by (API.md): the `type` of a result and
# the values of `?type=`. Every other page type is a "page".
KINDS = {
    "article": "blog.ArticlePage",
    "location": "locations.LocationPage",
    "provider": "locations.ProviderPage",
}
KIND_BY_MODEL = {label: kind for kind, label in KINDS.items()}


def search_words(query: str) -> str:
    """The words of what a visitor typed, and nothing else.

    Visitors type words, not a query language. Each backend builds its own query syntax
    from what it is given (a PostgreSQL tsquery, an SQLite FTS5 MATCH expression), where
    a stray quote, `&`, `!` or `:*` is an operator at best and a database error at worst;
    keeping only the words makes every query safe on every backend.
    """
    return " ".join(re.findall(r"\w+", query))


def public_search(site: Site, words: str, kind: str | None = None) -> BaseSearchResults:
    """Every public page of the site (of one kind, if given) holding every word, most
    relevant first, as Wagtail's lazy search results: a slice of them fetches that page of
    results and `count()` counts them, both done by the database, so a word found on
    thousands of pages costs the server no more than a rare one.

    Relevance is the search backend's. PostgreSQL's weighs a word in the title about twenty
    times a word in the body (Wagtail indexes `Page.title` with `boost=2`, everything else
    of ours unboosted), so title matches come first; Wagtail's SQLite backend ranks by BM25
    over title and body alike, which `title_matches_first()` makes up for on the page shown.
    The pages are light (id, title and type): `specific_pages()` fetches the few shown.
    """
    pages = public_pages().descendant_of(site.root_page, inclusive=True)
    if kind is not None:
        pages = pages.type(apps.get_model(KINDS[kind]))
    return pages.only("id", "title", "content_type").search(words, operator="and")


def title_matches_first(pages: list[Page], words: str) -> list[Page]:
    """The pages whose title holds every word, then the others, each group in the order given.

    A visitor who types a page's name expects that page above pages that only mention it.
    Applied to one page of results, it keeps that true where the backend's ranking does
    not (SQLite's weighs titles like body text); it never moves a result to another page
    of results, so paging through them still shows each one once.
    """
    wanted = set(words.casefold().split())
    return sorted(pages, key=lambda page: not wanted <= _words_of(page.title))


def _words_of(text: str) -> set[str]:
    return set(search_words(text).casefold().split())


def specific_pages(pages: list[Page]) -> list[Page]:
    """These pages as their specific types, in the same order: one query per page type,
    however many pages."""
    by_id = Page.objects.filter(pk__in=[page.pk for page in pages]).specific().in_bulk()
    return [by_id[page.pk] for page in pages if page.pk in by_id]


def page_excerpt(page: Page, words: int = EXCERPT_WORDS) -> str:
    """The opening words of the page's searchable rich text (an article's body, a
    provider's bio) as plain text: the summary of a page whose editors wrote none."""
    return Truncator(" ".join(_rich_texts(page))).words(words, truncate="…")


def _rich_texts(page: Page) -> Iterator[str]:
    """The plain text of the page's rich text and the rich-text blocks of its StreamFields,
    in the order its search fields list them.

    Read from the stored data: turning a StreamField into block values would fetch
    its images and snippets, one query per page.
    """
    for search_field in page.get_search_fields():
        if not isinstance(search_field, index.SearchField):
            continue
        try:
            model_field = page._meta.get_field(search_field.field_name)
        except FieldDoesNotExist:
            continue
        value = getattr(page, search_field.field_name)
        if isinstance(model_field, RichTextField) and value:
            yield get_text_for_indexing(value)
        elif isinstance(model_field, StreamField):
            blocks = value.stream_block.child_blocks
            for item in value.raw_data:
                if isinstance(blocks.get(item["type"]), RichTextBlock) and item["value"]:
                    yield get_text_for_indexing(item["value"])


def search_result(page: Page, request: HttpRequest) -> dict[str, Any]:
    """One result: what a results list shows and where it links to on the public site."""
    path, url = public_address(page, request)
    return {
        "id": page.pk,
        "type": KIND_BY_MODEL.get(page._meta.label, "page"),
        "title": page.title,
        "path": path,
        "url": url,
        "summary": page_summary(page) or page_excerpt(page),
    }


class SearchAPIView(APIEndpoint):
    """The site's live, public pages holding every word of `q`, best first (see
    `public_search()` and `title_matches_first()`), `limit` at a time from `offset`;
    `type=article|location|provider` keeps one kind. `site=host` chooses the site, as for
    `by-path`.

    Neither the queries nor the work in Python grow with the number of matches: the
    database ranks them and returns only the page asked for, in one query, and counts them
    in another; the specific pages shown come in one query per page type, their paths from
    Wagtail's cached site root paths.
    """

    model = Page  # registered after `pages/`, which stays the router's endpoint for pages

    def get(self, request):
        parameters_check(request, {"q", "type", "limit", "offset", "site"})
        words = search_words(self._query(request))
        kind = self._kind(request)
        limit = self._whole_number(request, "limit", DEFAULT_LIMIT, MAX_LIMIT)
        offset = self._whole_number(request, "offset", 0, MAX_OFFSET)
        site = site_from_request(request)
        if not words:  # only punctuation or symbols: nothing can match
            return Response({"total": 0, "items": []})
        matches = public_search(site, words, kind)
        shown = title_matches_first(list(matches[offset : offset + limit]), words)
        pages = specific_pages(shown)
        return Response(
            {"total": matches.count(), "items": [search_result(page, request) for page in pages]}
        )

    @staticmethod
    def _query(request) -> str:
        query = request.GET.get("q", "")
        if not query.strip():
            raise BadRequestError("`q` is required: the words to search for, e.g. ?q=migraine.")
        if len(query) > MAX_QUERY_LENGTH:
            raise BadRequestError(f"`q` is too long: at most {MAX_QUERY_LENGTH} characters.")
        return query

    @staticmethod
    def _kind(request) -> str | None:
        kind = request.GET.get("type")
        if kind is not None and kind not in KINDS:
            raise BadRequestError(f"`type` must be one of: {', '.join(KINDS)}.")
        return kind

    @staticmethod
    def _whole_number(request, name: str, default: int, maximum: int) -> int:
        value = request.GET.get(name)
        if value is None:
            return default
        if not re.fullmatch(r"[0-9]{1,6}", value) or int(value) > maximum:
            raise BadRequestError(f"`{name}` must be a whole number from 0 to {maximum}.")
        return int(value)
