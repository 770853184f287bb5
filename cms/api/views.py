"""Endpoints of the delivery API: Wagtail's pages endpoint plus `by-path`."""

from django.db.models import F, Q, QuerySet
from django.http import Http404, HttpResponseRedirect
from django.urls import path
from django.utils.functional import cached_property
from rest_framework import status
from rest_framework.renderers import JSONRenderer
from rest_framework.response import Response
from rest_framework.views import APIView
from wagtail.api.v2 import filters as wagtail_filters
from wagtail.api.v2.serializers import get_serializer_class
from wagtail.api.v2.utils import BadRequestError, parse_fields_parameter
from wagtail.api.v2.views import PagesAPIViewSet as WagtailPagesAPIViewSet
from wagtail.contrib.redirects.api.v2 import RedirectsAPIViewSet as WagtailRedirectsAPIViewSet
from wagtail.contrib.redirects.models import Redirect
from wagtail.models import Page, PageQuerySet, Site

from cms.api.parameters import FieldsFilter, Pagination, SearchFilter
from cms.api.serializers import (
    META_JOINS,
    META_LOOKUPS,
    PageSerializer,
    PageTypeValueField,
    detail_url,
)
from cms.models import PracticeSettings, is_public, public_pages
from cms.serializers import (
    Payload,
    api_field_names,
    page_serialize,
    page_serializer_class,
    pages_prefetch,
    public_path,
    site_for_request,
    site_representation,
)

MAX_PATH_LENGTH = 2048


def parameters_check(request, allowed: set[str]) -> None:
    """Refuse a query parameter the endpoint does not know: a typo must not pass unseen."""
    unknown = set(request.GET) - allowed
    if unknown:
        raise BadRequestError(
            f"Unknown query parameter: {', '.join(sorted(unknown))}. "
            f"This endpoint takes: {', '.join(sorted(allowed)) or 'none'}."
        )


def path_parameter_clean(value: str) -> str:
    """A `path` parameter as a public-site path ending in “/”; 400 if it is not one."""
    if (
        not value.startswith("/")
        or len(value) > MAX_PATH_LENGTH
        or any(ord(char) < 32 for char in value)
        or "?" in value
        or "#" in value
    ):
        raise BadRequestError(
            "`path` must be a path on the public site starting with “/”, without a "
            f"query string or fragment, at most {MAX_PATH_LENGTH} characters."
        )
    return value if value.endswith("/") else value + "/"


def site_from_request(request) -> Site:
    """The site named by `site=host[:port]`, else the one the request came to."""
    host = request.GET.get("site")
    if not host:
        site = site_for_request(request)
    else:
        hostname, _, port = host.partition(":")
        sites = Site.objects.filter(hostname=hostname)
        if port:
            if not port.isdigit():
                raise BadRequestError("`site` must be a host name, optionally with :port.")
            sites = sites.filter(port=int(port))
        site = sites.select_related("root_page").first()
    if site is None:
        raise Http404("No site with this host name.")
    return site


class APIEndpoint(APIView):
    """A read-only endpoint of the router beside Wagtail's: JSON only, errors as
    {"message": …} like Wagtail's own endpoints."""

    renderer_classes = [JSONRenderer]
    model = None  # the model it represents, for the router's lookups

    @classmethod
    def get_urlpatterns(cls):
        return [path("", cls.as_view(), name="listing")]

    def handle_exception(self, exc):
        if isinstance(exc, Http404):
            return Response({"message": str(exc)}, status=status.HTTP_404_NOT_FOUND)
        if isinstance(exc, BadRequestError):
            return Response({"message": str(exc)}, status=status.HTTP_400_BAD_REQUEST)
        return super().handle_exception(exc)


class PagesAPIViewSet(WagtailPagesAPIViewSet):
    """Wagtail's pages endpoints in the API's shapes, and `by-path/`: a page view's one
    request.

    `pages/`, `pages/<id>/` and `pages/find/` keep Wagtail's parameters, formats and
    errors. A page's fields come from its type's API serializer, as in `by-path/`: a
    detail is the Page object plus Wagtail's `meta`; a listing's items give the
    `api_fields` asked for. One Payload per response fetches the images and links of all
    items in bulk, and what the asked-for fields read is prefetched for all the items at
    once, so that fifty items cost the queries of five. Only public pages (live, under no
    view restriction) are ever seen, whoever asks.
    """

    renderer_classes = [JSONRenderer]
    base_serializer_class = PageSerializer
    pagination_class = Pagination
    # Wagtail's filters, in Wagtail's order, two of them answering bad values with a 400.
    filter_backends = [
        {
            wagtail_filters.FieldsFilter: FieldsFilter,
            wagtail_filters.SearchFilter: SearchFilter,
        }.get(backend, backend)
        for backend in WagtailPagesAPIViewSet.filter_backends
    ]

    @classmethod
    def get_urlpatterns(cls):
        return [
            path("by-path/", cls.as_view({"get": "by_path_view"}), name="by_path"),
            *super().get_urlpatterns(),
        ]

    @cached_property
    def site(self) -> Site:
        """The site named by `site=host[:port]`, else the one the request came to."""
        return site_from_request(self.request)

    @cached_property
    def payload(self) -> Payload:
        """The response's one Payload: its deferred images and links resolved once."""
        return Payload(self.request, self.site)

    @cached_property
    def base_queryset(self) -> PageQuerySet:
        """The pages anyone may see (`public_pages`) on the site asked about.

        Wagtail's own base queryset lets a request that passes a restriction (an editor's
        session) see behind it; the public API shows everyone the same pages.
        """
        return public_pages().descendant_of(self.site.root_page, inclusive=True)

    def get_base_queryset(self):
        return self.base_queryset

    def get_root_page(self):
        return self.site.root_page

    def get_queryset(self):
        """Wagtail's, except that one type's pages are the public pages of that type on
        the site, filtered in place: Wagtail's `pk IN (every public page)` kept
        PostgreSQL from walking the tree's index to an offset (20 articles at offset
        2,000 of 10,000: 15 ms → 3 ms, and the count likewise)."""
        queryset = super().get_queryset()
        if queryset.model is Page:
            return queryset
        return public_pages(queryset.model).descendant_of(self.site.root_page, inclusive=True)

    @classmethod
    def get_field_serializer_overrides(cls, model):
        """Every api field of a page type is valued as in the type's Page object."""
        return {
            **{name: PageTypeValueField(read_only=True) for name in api_field_names(model)},
            **super().get_field_serializer_overrides(model),
        }

    def get_serializer_class(self):
        if self.action == "detail_view":
            return self.meta_serializer_class(type(self.get_object()))
        fields = self.request.GET.get("fields")
        if fields:
            self.nested_fields_check(fields, self.get_queryset().model)
        return super().get_serializer_class()

    def get_serializer_context(self):
        return {**super().get_serializer_context(), "payload": self.payload}

    def listing_view(self, request):
        """Wagtail's listing: `{"meta": {"total_count"}, "items": [...]}`.

        One page type's items come with what the asked-for fields read through foreign
        keys joined, and without the StreamFields none of them reads. The slice is chosen
        first, joining nothing (the offset walked on the tree's index alone), and the
        joins made for its rows only; search results (in relevance order) and a random
        order cannot be chosen twice, so theirs are joined as they are chosen. Either way
        one query, never one per item, and it counts `total_count` too.
        """
        queryset = self.get_queryset()
        model = queryset.model
        self.check_query_parameters(queryset)
        typed = model is not Page
        chosen_once = request.GET.get("search") or request.GET.get("order") == "random"
        if typed and chosen_once:
            queryset = self.fields_joined(model, queryset)
        queryset = self.filter_queryset(queryset)
        pages = self.paginate_queryset(queryset)
        if typed and not chosen_once:
            ordering = list(pages.query.order_by) or list(model._meta.ordering)
            chosen = model.objects.filter(pk__in=pages.values("pk"))
            pages = self.fields_joined(model, chosen).order_by(*ordering)
        pages = self.paginator.items(pages)
        serializer = self.get_serializer(pages, many=True)
        self.prefetch(pages, serializer.child.Meta.model, serializer.child.Meta.fields)
        data = self.payload.resolve(serializer.data)
        return self.payload.freshness_limit(self.get_paginated_response(data))

    def fields_joined(self, model: type[Page], pages: QuerySet) -> QuerySet:
        """These pages with the asked-for fields' foreign keys joined, their unread
        StreamFields deferred."""
        names = self.get_serializer([], many=True).child.Meta.fields
        page_serializer = page_serializer_class(model)
        joins = page_serializer.joins_for(names)
        joins += [join for name in names for join in META_JOINS.get(name, ())]
        return pages.select_related(*joins).defer(*page_serializer.streams_unread(model, names))

    def detail_view(self, request, pk):
        """The Page object, as `by-path/` gives it, with Wagtail's `meta` (parent too).

        Always the whole Page: `?fields=` chooses a listing's fields only.
        """
        page = self.get_object()
        serializer = self.get_serializer(page)
        self.prefetch([page], type(page), serializer.Meta.fields)
        meta = serializer.data["meta"]
        data = {"id": page.pk, "meta": meta, **page_serialize(page, self.payload)}
        return self.payload.freshness_limit(Response(data))

    def find_view(self, request):
        """Wagtail's find: a redirect to the page's detail, keeping the other parameters."""
        try:
            page = self.find_object(self.get_queryset(), request)
        except Page.DoesNotExist:
            page = None
        except ValueError as error:
            raise BadRequestError("`id` must be an integer.") from error
        if page is None:
            raise Http404("not found")
        query = request.GET.copy()
        for name in self.find_query_parameters:
            query.pop(name, None)
        url = detail_url(request, request.wagtailapi_router, Page, page.pk)
        return HttpResponseRedirect(f"{url}?{query.urlencode()}")

    def meta_serializer_class(self, model: type[Page]):
        """Wagtail's serializer of a single page's `meta` only: the rest is the Page."""
        meta_names = self.get_meta_fields_names(model)
        names = [name for name in self.get_detail_default_fields(model) if name in meta_names]
        return get_serializer_class(
            model, names, meta_fields=names, base=self.base_serializer_class
        )

    @staticmethod
    def prefetch(pages: list[Page], model: type[Page], names: list[str]) -> None:
        """Fetch what the named fields read, for all these pages at once."""
        page_serializer_class(model).prefetch(pages, names)
        pages_prefetch(pages, [lookup for name in names for lookup in META_LOOKUPS.get(name, ())])

    @staticmethod
    def nested_fields_check(fields: str, model: type[Page]) -> None:
        """Our fields come whole (an Image object, a provider summary): refuse Wagtail's
        nested selection on them, as Wagtail does on a field that is not a relation."""
        try:
            config = parse_fields_parameter(fields)
        except ValueError:
            return  # Wagtail's own parsing says what is wrong
        for name, _negated, sub_fields in config:
            if sub_fields and name in api_field_names(model):
                raise BadRequestError(f"'{name}' does not support nested fields")

    def by_path_view(self, request):
        """The page at `path` on the public site, or the redirect that matches it, or 404.

        Only live pages under no view restriction are ever answered; anything else is
        the same 404 as a path that never existed.
        """
        page_path = self._path_parameter(request)
        site = site_from_request(request)
        payload = Payload(request, site)
        ancestors = self._page_and_ancestors(site, page_path)
        page = ancestors[-1] if ancestors else None
        if page is None or not is_public(page):
            redirect = self._redirect_for(site, page_path, request)
            if redirect is None:
                raise Http404("No page at this path.")
            return Response({"redirect": redirect})
        page = page_serializer_class(page.specific_class).page_fetch(page)
        return payload.freshness_limit(Response(page_serialize(page, payload, ancestors)))

    @staticmethod
    def _page_and_ancestors(site: Site, page_path: str) -> list[Page]:
        """The page at `page_path` and its ancestors up to the site's root, in one query:
        their tree paths are the prefixes of the page's. Empty if no page is there."""
        root = site.root_page
        url_path = root.url_path + page_path.lstrip("/")
        prefixes = [root.url_path]
        for segment in page_path.strip("/").split("/"):
            if segment:
                prefixes.append(prefixes[-1] + segment + "/")
        rows = list(
            Page.objects.filter(url_path__in=prefixes, path__startswith=root.path)
            .only("title", "url_path", "path", "depth", "live", "content_type")
            .order_by("depth")
        )
        if not rows or rows[-1].url_path != url_path:
            return []
        return rows

    def _path_parameter(self, request) -> str:
        parameters_check(request, {"path", "site"})
        value = request.GET.get("path", "")
        if not value:
            raise BadRequestError("`path` is required, e.g. ?path=/blog/neck-tension/.")
        return path_parameter_clean(value)

    @staticmethod
    def _redirect_for(site: Site, page_path: str, request) -> dict | None:
        old_path = Redirect.normalise_path(page_path)
        redirect = (
            Redirect.get_for_site(site)
            .filter(old_path=old_path)
            .select_related("redirect_page")
            .order_by(F("site").asc(nulls_last=True))  # the site's own before all sites'
            .first()
        )
        if redirect is None:
            return None
        target = redirect.redirect_page
        if target is not None:
            if not public_pages().filter(pk=target.pk).exists():
                return None
            location = public_path(target, request)
        else:
            location = redirect.redirect_link
        if not location:
            return None
        return {"location": location, "permanent": redirect.is_permanent}


class SiteAPIView(APIEndpoint):
    """`site/`: what every page of the public site shares (practice, navigation, SEO
    defaults, default CTA). `site=host` chooses the site, as for `by-path`."""

    model = PracticeSettings

    def get(self, request):
        parameters_check(request, {"site"})
        site = site_from_request(request)
        payload = Payload(request, site)
        return payload.response(site_representation(payload))


class RedirectsAPIViewSet(WagtailRedirectsAPIViewSet):
    """Wagtail's redirects endpoint, without the redirects that lead to a page that is not
    public: their old paths are public, but where they lead is not."""

    def get_queryset(self):
        return Redirect.objects.filter(
            Q(redirect_page__isnull=True) | Q(redirect_page__in=public_pages())
        ).order_by("id")

    def find_object(self, queryset, request):
        found = super().find_object(queryset, request)
        if found is None or not queryset.filter(pk=found.pk).exists():
            raise Http404("No redirect for this path.")
        return found
