"""Redirects: created when a published page's slug changes or it moves, imported from a
CSV or XLSX file in the admin, and answered through `pages/by-path/`.

Wagtail creates redirects from `page_slug_changed` and `post_page_move`, which it sends
once the transaction commits: the tests run those commit callbacks.
"""

import io
import re

import pytest
from django.urls import reverse
from openpyxl import Workbook
from wagtail.contrib.redirects.models import Redirect

from blog.factories import ArticlePageFactory, BlogIndexPageFactory

URL = "/api/v2/pages/by-path/"


def by_path(client, path: str):
    return client.get(URL, {"path": path})


@pytest.fixture
def article(blog_index):
    page = ArticlePageFactory(parent=blog_index, slug="neck")
    page.save_revision().publish()
    return page


def test_a_changed_slug_leaves_the_old_path_answering_with_a_permanent_redirect(
    client, article, django_capture_on_commit_callbacks
):
    assert by_path(client, "/blog/neck/").status_code == 200  # cached on the way

    with django_capture_on_commit_callbacks(execute=True):
        article.slug = "neck-tension"
        article.save_revision().publish()

    response = by_path(client, "/blog/neck/")
    assert response.status_code == 200
    assert response.json() == {"redirect": {"location": "/blog/neck-tension/", "permanent": True}}
    assert by_path(client, "/blog/neck-tension/").json()["id"] == article.pk


def test_renaming_a_section_redirects_every_page_below_it(
    client, article, blog_index, django_capture_on_commit_callbacks
):
    by_path(client, "/blog/neck/")

    with django_capture_on_commit_callbacks(execute=True):
        blog_index.slug = "articles"
        blog_index.save_revision().publish()

    assert by_path(client, "/blog/neck/").json() == {
        "redirect": {"location": "/articles/neck/", "permanent": True}
    }
    assert by_path(client, "/blog/").json() == {
        "redirect": {"location": "/articles/", "permanent": True}
    }


def test_a_moved_page_leaves_a_redirect_behind(
    client, article, home_page, django_capture_on_commit_callbacks
):
    news = BlogIndexPageFactory(parent=home_page, slug="news")
    by_path(client, "/blog/neck/")

    with django_capture_on_commit_callbacks(execute=True):
        article.move(news, pos="last-child")

    assert by_path(client, "/blog/neck/").json() == {
        "redirect": {"location": "/news/neck/", "permanent": True}
    }


def test_a_draft_slug_change_creates_no_redirect(
    client, article, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        article.slug = "renamed"
        article.save_revision()  # not published: the live page keeps its address

    assert not Redirect.objects.exists()
    assert by_path(client, "/blog/neck/").json()["id"] == article.pk


# Import in the admin


def import_file(admin_client, name: str, content: bytes) -> None:
    """Upload a file to Wagtail's redirects import and confirm it, as an editor does."""
    upload = io.BytesIO(content)
    upload.name = name
    response = admin_client.post(reverse("wagtailredirects:start_import"), {"import_file": upload})
    assert response.status_code == 200
    assert "wagtailredirects/confirm_import.html" in [t.name for t in response.templates]
    signed = {
        name: re.search(rf'name="{name}" value="([^"]+)"', response.content.decode()).group(1)
        for name in ("import_file_name", "input_format")
    }
    response = admin_client.post(
        reverse("wagtailredirects:process_import"),
        {**signed, "from_index": "0", "to_index": "1", "permanent": "on", "site": ""},
    )
    assert response.status_code == 302, response.content.decode()[:500]
    assert response["Location"] == reverse("wagtailredirects:index")


def test_redirects_are_imported_from_a_csv_file_in_the_admin(admin_client, client, article):
    # Wagtail's import takes absolute URLs as targets (a redirect to a chosen page is made
    # in the admin's form, or automatically when a page moves).
    csv = (
        b"from,to\n"
        b"/old-neck-article,http://localhost/blog/neck/\n"
        b"/insurance,https://example.com/insurance\n"
    )

    import_file(admin_client, "redirects.csv", csv)

    assert set(Redirect.objects.values_list("old_path", "is_permanent")) == {
        ("/old-neck-article", True),
        ("/insurance", True),
    }
    assert by_path(client, "/insurance/").json() == {
        "redirect": {"location": "https://example.com/insurance", "permanent": True}
    }


def test_redirects_are_imported_from_an_xlsx_file_in_the_admin(admin_client, article):
    workbook = Workbook()
    sheet = workbook.active
    sheet.append(["from", "to"])
    sheet.append(["/old-sciatica", "http://localhost/blog/neck/"])
    content = io.BytesIO()
    workbook.save(content)

    import_file(admin_client, "redirects.xlsx", content.getvalue())

    assert Redirect.objects.get().old_path == "/old-sciatica"
