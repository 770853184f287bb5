"""Filters of the reference rendering (templates/site/): reading the API's JSON values."""

import json

from django import template
from django.utils.dateparse import parse_date, parse_datetime
from django.utils.html import _json_script_escapes, format_html
from django.utils.safestring import mark_safe

register = template.Library()


@register.filter
def iso_datetime(value: str | None):
    """An ISO 8601 date or datetime from the API, as a date(time) for the `date` filter."""
    if not value:
        return None
    return parse_datetime(value) or parse_date(value)


@register.filter
def json_ld(value) -> str:
    """A JSON-LD object as its <script> element, escaped so that it cannot close it."""
    data = mark_safe(json.dumps(value).translate(_json_script_escapes))  # noqa: S308
    return format_html('<script type="application/ld+json">{}</script>', data)
