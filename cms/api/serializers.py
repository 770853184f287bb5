"""Wagtail's page serializer, giving what the rest of the API gives.

Wagtail's v2 serializers still build `meta` and choose a listing's fields (`?fields=`);
these classes change what the values are: `html_url` on the public site's host (as a
Page object's `url`), `detail_url` on the API's, dates as every payload writes them, and
each field of a page type from that type's API serializer (cms.serializers), so that
`pages/` and `pages/by-path/` never disagree on a field.
"""

from typing import Any

from django.db.models import Prefetch
from django.http import HttpRequest
from rest_framework.fields import Field, SkipField
from wagtail.api.v2.serializers import PageAliasOfField, PageParentField, get_serializer_class
from wagtail.api.v2.serializers import PageSerializer as WagtailPageSerializer
from wagtail.models import Page

from cms.models import public_pages
from cms.serializers import Lookup, iso_datetime, page_serializer_class, public_address


def detail_url(request: HttpRequest, router, model, pk: int) -> str | None:
    """An object's detail URL in the API, on the host the request came to. (Wagtail's is
    on the Wagtail Site's host: here the public site's, which serves no API.)"""
    path = router.get_object_detail_urlpath(model, pk)
    return request.build_absolute_uri(path) if path else None


class DetailUrlField(Field):
    """`detail_url`: the page's detail in the API (`pages/<id>/`)."""

    def get_attribute(self, instance):
        url = detail_url(
            self.context["request"], self.context["router"], type(instance), instance.pk
        )
        if url is None:
            raise SkipField
        return url

    def to_representation(self, url: str) -> str:
        return url


class PublicUrlField(Field):
    """`html_url`: the page's absolute address on the public site, as a Page's `url`."""

    def get_attribute(self, instance):
        return instance

    def to_representation(self, page: Page) -> str | None:
        return public_address(page, self.context["request"])[1] or None


class DateTimeField(Field):
    """A date and time as every payload of the API writes it (ISO 8601, with offset)."""

    def to_representation(self, value) -> str | None:
        return iso_datetime(value)


class PageTypeValueField(Field):
    """A field of a page type, valued by the type's API serializer as in its Page object;
    images and rich text are deferred to the response's Payload."""

    def get_attribute(self, instance):
        return instance

    def to_representation(self, page: Page) -> Any:
        serializer = page_serializer_class(type(page))(page, self.context["payload"])
        return serializer.value(self.field_name)


class LinkedPageMixin:
    """A page that `meta` links to (parent, alias_of), in Wagtail's shape, with our
    `html_url`."""

    def to_representation(self, page: Page) -> dict[str, Any]:
        serializer_class = get_serializer_class(
            type(page),
            ["id", "type", "detail_url", "html_url", "title"],
            meta_fields=["type", "detail_url", "html_url"],
            base=PageSerializer,
        )
        return serializer_class(context=self.context).to_representation(page)


class ParentField(LinkedPageMixin, PageParentField):
    """`meta.parent`: the parent page, if it is public (Wagtail's rule)."""


class AliasOfField(LinkedPageMixin, PageAliasOfField):
    """`meta.alias_of`: the page this one is an alias of; null unless that page is public
    (see `public_original`)."""


class PageSerializer(WagtailPageSerializer):
    """Wagtail's page serializer with our addresses and dates in `meta`."""

    detail_url = DetailUrlField(read_only=True)
    html_url = PublicUrlField(read_only=True)
    first_published_at = DateTimeField(read_only=True)
    parent = ParentField(read_only=True)
    alias_of = AliasOfField(read_only=True)


def public_original() -> Prefetch:
    """The page an alias copies, if public: a private one is given as null."""
    return Prefetch("alias_of", queryset=public_pages())


# What Wagtail's meta fields read beyond a page's row, as `BasePageSerializer.lookups`.
META_LOOKUPS: dict[str, list[Lookup]] = {"locale": ["locale"], "alias_of": [public_original]}
# What they read through foreign keys, joined where the pages are fetched of one type.
META_JOINS: dict[str, list[str]] = {"locale": ["locale"]}
