"""Helpers for tests that drive the real Wagtail editor through Django's test client.

The editor's pages are posted exactly as the browser would post them (built with Wagtail's
own `wagtail.test.utils.form_data` helpers), and the tests read back what the editor sees:
the error messages under the fields and the banner at the top of the page.
"""

from bs4 import BeautifulSoup
from django.contrib.messages import get_messages
from django.core.exceptions import ValidationError
from django.urls import reverse
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield

PUBLISH = {"action-publish": "Publish"}
SUBMIT = {"action-submit": "Submit for moderation"}


def add_url(model, parent) -> str:
    """The editor's “add a page of this type under this parent” address."""
    meta = model._meta
    return reverse("wagtailadmin_pages:add", args=[meta.app_label, meta.model_name, parent.pk])


def edit_url(page) -> str:
    return reverse("wagtailadmin_pages:edit", args=[page.pk])


def error_messages(response) -> list[str]:
    """Every error message shown under a field, a row or a formset of the editor page."""
    soup = BeautifulSoup(response.content, "html.parser")
    return [
        " ".join(element.get_text(" ", strip=True).split())
        for element in soup.select(".error-message")
    ]


def banner_messages(response) -> list[str]:
    """The messages at the top of the editor page (“The page could not be created …”)."""
    return [" ".join(str(message).split()) for message in get_messages(response.wsgi_request)]


def block_errors(error) -> list[str]:
    """The messages of a StreamField, StructBlock or ListBlock validation error, flattened
    in the order the editor reads them."""
    if isinstance(error, ValidationError) and not hasattr(error, "as_json_data"):
        return error.messages
    data = error.as_json_data() if hasattr(error, "as_json_data") else error
    messages = []
    if isinstance(data, dict):
        for key, value in data.items():
            if key == "messages":
                messages += value
            elif isinstance(value, dict | list):
                messages += block_errors(value)
    elif isinstance(data, list):
        for value in data:
            messages += block_errors(value)
    return messages


def stream_field_errors(response, field_name="body") -> list[str]:
    """The block errors the editor sees in a StreamField after a refused save."""
    errors = response.context["form"].errors.as_data()[field_name]
    return [message for error in errors for message in block_errors(error)]


def article_form_data(title="Neck pain and headaches", slug="neck-pain-and-headaches", **extra):
    """What the article editor posts: a heading and a paragraph, one author if given.

    `authors` and `related_links` take lists of page objects (or the output of
    `inline_formset`); any other keyword replaces a field.
    """
    authors = extra.pop("authors", [])
    related = extra.pop("related_links", [])
    data = {
        "title": title,
        "slug": slug,
        "intro": "Why the neck can cause headaches, and what helps.",
        "body": streamfield(
            [
                ("heading", {"text": "Symptoms", "level": "h2", "anchor": ""}),
                ("paragraph", rich_text("<p>Pain often starts at the base of the skull.</p>")),
            ]
        ),
        "hero_image": "",
        "cta": "",
        "tags": "",
        "medical_reviewer": "",
        "last_reviewed": "",
        "authors": (
            authors
            if isinstance(authors, dict)
            else inline_formset([{"provider": str(page.pk)} for page in authors], min=1)
        ),
        "related_links": (
            related
            if isinstance(related, dict)
            else inline_formset([{"article": str(page.pk)} for page in related], max=3)
        ),
        "comments": inline_formset([]),
    }
    data.update(extra)
    return nested_form_data(data)
