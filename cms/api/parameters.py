"""Wagtail's query parameters for the pages endpoint, every bad value answered with a 400.

Wagtail's own classes let a few values through to the database, which then fails with a
server error: a field filter the field cannot hold (`?last_reviewed=soon`), a number past
what the database stores (`?hero_image=99999999999999999999`), an unknown search
operator, an offset no database can skip to. These say what is wrong instead.
"""

from django.core.exceptions import FieldDoesNotExist, ValidationError
from django.db.models import IntegerField
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
    """Wagtail's `?limit=` and `?offset=`."""

    def paginate_queryset(self, queryset, request, view=None):
        offset = request.GET.get("offset", "")
        if offset.isdigit() and int(offset) > LARGEST_OFFSET:
            raise BadRequestError(f"offset cannot be higher than {LARGEST_OFFSET}")
        return super().paginate_queryset(queryset, request, view)


def _holds_integers(model, name: str) -> bool:
    """Whether filtering on this field compares integers: ids of relations, numbers."""
    try:
        field = model._meta.get_field(name)
    except FieldDoesNotExist:
        return False
    return field.is_relation or isinstance(field, IntegerField)


def _past_largest_integer(value: str) -> bool:
    return value.lstrip("-").isdigit() and abs(int(value)) > LARGEST_INTEGER
