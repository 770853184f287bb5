"""CDN purge: when a CDN is configured, a publish purges the public URL of every path the
fan-out names, through Wagtail's frontend cache backends; with none configured, nothing."""

from unittest import mock

import pytest
from django.test import override_settings
from wagtail.contrib.frontend_cache.backends import BaseBackend

from blog.factories import ArticlePageFactory, RelatedArticleFactory


class RecordingBackend(BaseBackend):
    """A CDN that remembers what it was asked to purge, instead of calling anyone."""

    purged: list[str] = []

    def purge(self, url) -> None:
        RecordingBackend.purged.append(url)


@pytest.fixture
def purged():
    RecordingBackend.purged = []
    return RecordingBackend.purged


@override_settings(
    WAGTAILFRONTENDCACHE={"default": {"BACKEND": "tests.cms.test_cdn_purge.RecordingBackend"}}
)
def test_publishing_purges_every_affected_public_url(
    home_page, blog_index, purged, django_capture_on_commit_callbacks
):
    article = ArticlePageFactory(parent=blog_index, slug="neck-tension")
    RelatedArticleFactory(page=ArticlePageFactory(parent=blog_index, slug="picks"), article=article)
    root = home_page.get_site().root_url

    with django_capture_on_commit_callbacks(execute=True):
        article.save_revision().publish()

    assert sorted(purged) == [
        f"{root}/blog/",
        f"{root}/blog/neck-tension/",
        f"{root}/blog/picks/",
    ]


def test_nothing_is_purged_without_a_cdn(blog_index, django_capture_on_commit_callbacks):
    article = ArticlePageFactory(parent=blog_index, slug="neck-tension")

    with (
        mock.patch("cms.services.purge_urls_from_cache") as purge,
        django_capture_on_commit_callbacks(execute=True),
    ):
        article.save_revision().publish()

    purge.assert_not_called()
