"""Wagtail's query parameters for the pages endpoint, every bad value answered with a 400.

Wagtail's own classes let a few values through to the database, which then fails with a
server error: a field filter the field cannot hold (`?last_reviewed=soon`), a number past
what the database stores (`?hero_image=99999999999999999999`), an unknown search
operator, an offset no database can skip to. These say what is wrong instead.
"""

from django.core.exceptions import FieldDoesNotExist, ValidationError
from django.db.models import Count, IntegerField, QuerySet, Subquery, Value
from wagtail.api.v2.filters import FieldsFilter as WagtailFieldsFilter
from wagtail.api.v2.filters import SearchFilter as WagtailSearchFilter
from wagtail.api.v2.pagination import WagtailPagination
from wagtail.api.v2.utils import BadRequestError

LARGEST_INTEGER = 2**63 - 1  # what SQLite and PostgreSQL store in their widest integers
LARGEST_OFFSET = 1_000_000_000


class FieldsFilter(WagtailFieldsFilter):
    """Wagtail's field filters (`?last_reviewed=2024-05-01`, `?topics=3`)."""

    def filter_queryset(self, request, queryset, view):
        for name, value in request.GET.items():
            if _holds_integers(queryset.model, name) and _past_largest_integer(value):
                raise BadRequestError(f"field filter error: {name} cannot be {value}")
        try:
            return super().filter_queryset(request, queryset, view)
        except (ValueError, ValidationError) as error:
            message = "; ".join(getattr(error, "messages", [str(error)]))
            raise BadRequestError(f"field filter error: {message}") from error


class SearchFilter(WagtailSearchFilter):
    """Wagtail's `?search=` and `?search_operator=` (`and`, `or`)."""

    def filter_queryset(self, request, queryset, view):
        try:
            return super().filter_queryset(request, queryset, view)
        except ValueError as error:
            raise BadRequestError(f"search error: {error}") from error


class Pagination(WagtailPagination):
    """Wagtail's `?limit=` and `?offset=`, and its `total_count`, counted in the query that
    fetches the items (`items()`) rather than in a query of its own."""

    def paginate_queryset(self, queryset, request, view=None):
        offset = request.GET.get("offset", "")
        if offset.isdigit() and int(offset) > LARGEST_OFFSET:
            raise BadRequestError(f"offset cannot be higher than {LARGEST_OFFSET}")
        if not isinstance(queryset, QuerySet):  # search results: Wagtail counts them
            return super().paginate_queryset(queryset, request, view)
        # Wagtail's rules and messages for offset and limit, without its count.
        chosen = super().paginate_queryset(queryset.none(), request, view)
        self.matches = queryset
        return queryset[chosen.query.low_mark : chosen.query.high_mark]

    def items(self, pages) -> list:
        """The items of the page, and `total_count` from the same query: an uncorrelated
        subquery, which the database counts once. An offset past the end returns no row
        to read it from, and only then is it counted on its own."""
        if not isinstance(pages, QuerySet):
            return list(pages)
        total = self.matches.order_by().values(every=Value(1)).annotate(count=Count("pk"))
        items = list(pages.annotate(_total_count=Subquery(total.values("count"))))
        self.total_count = items[0]._total_count if items else self.matches.count()
        return items


def _holds_integers(model, name: str) -> bool:
    """Whether filtering on this field compares integers: ids of relations, numbers."""
    try:
        field = model._meta.get_field(name)
    except FieldDoesNotExist:
        return False
    return field.is_relation or isinstance(field, IntegerField)


def _past_largest_integer(value: str) -> bool:
    return value.lstrip("-").isdigit() and abs(int(value)) > LARGEST_INTEGER
