"""The article editor: authors, medical review dates and related articles, as an editor
enters them in the Wagtail admin."""

import datetime

import pytest
from django.utils import timezone
from wagtail.models import Revision
from wagtail.test.utils.form_data import inline_formset

from blog.factories import ArticlePageFactory
from blog.models import ArticlePage
from locations.factories import ProviderPageFactory
from tests.editor import (
    PUBLISH,
    SUBMIT,
    add_url,
    article_form_data,
    banner_messages,
    edit_url,
    error_messages,
)

NOT_CREATED = "The page could not be created due to validation errors."
NO_AUTHOR = "Please submit at least 1 form."


@pytest.fixture
def author(provider_index):
    return ProviderPageFactory(parent=provider_index, title="Amara Okafor")


def assert_nothing_saved():
    assert not ArticlePage.objects.exists()
    assert not Revision.page_revisions.exists()


@pytest.mark.parametrize("action", [PUBLISH, SUBMIT], ids=["publish", "submit for moderation"])
def test_an_article_without_an_author_is_refused_when_published_or_submitted(
    admin_client, blog_index, action
):
    response = admin_client.post(
        add_url(ArticlePage, blog_index), {**article_form_data(authors=[]), **action}
    )

    assert response.status_code == 200
    assert NO_AUTHOR in error_messages(response)
    assert any(text.startswith(NOT_CREATED) for text in banner_messages(response))
    assert_nothing_saved()


def test_a_draft_may_be_saved_before_its_author_is_chosen(admin_client, blog_index):
    # Wagtail defers “at least one” rules while the page is only a draft.
    response = admin_client.post(add_url(ArticlePage, blog_index), article_form_data(authors=[]))

    assert response.status_code == 302, error_messages(response)
    article = ArticlePage.objects.get()
    assert not article.live
    assert not article.authors.exists()


def test_an_article_with_its_authors_is_published_with_them_in_byline_order(
    admin_client, blog_index, provider_index, author
):
    second = ProviderPageFactory(parent=provider_index, title="Ben Carter")

    response = admin_client.post(
        add_url(ArticlePage, blog_index),
        {**article_form_data(authors=[author, second]), **PUBLISH},
    )

    assert response.status_code == 302, error_messages(response)
    article = ArticlePage.objects.get()
    assert article.live
    assert [link.provider.title for link in article.authors.all()] == [
        "Amara Okafor",
        "Ben Carter",
    ]


def test_a_review_date_in_the_future_is_refused(admin_client, blog_index, author):
    tomorrow = timezone.localdate() + datetime.timedelta(days=1)

    response = admin_client.post(
        add_url(ArticlePage, blog_index),
        {
            **article_form_data(
                authors=[author], medical_reviewer=str(author.pk), last_reviewed=tomorrow
            ),
            **PUBLISH,
        },
    )

    assert response.status_code == 200
    assert "The review date cannot be in the future." in error_messages(response)
    assert_nothing_saved()


def test_a_review_date_without_a_reviewer_is_refused(admin_client, blog_index, author):
    response = admin_client.post(
        add_url(ArticlePage, blog_index),
        {**article_form_data(authors=[author], last_reviewed=timezone.localdate()), **PUBLISH},
    )

    assert response.status_code == 200
    assert "Choose who reviewed the article, or clear the date." in error_messages(response)
    assert_nothing_saved()


def test_a_review_by_a_named_reviewer_is_saved(admin_client, blog_index, author):
    response = admin_client.post(
        add_url(ArticlePage, blog_index),
        {
            **article_form_data(
                authors=[author],
                medical_reviewer=str(author.pk),
                last_reviewed=timezone.localdate().isoformat(),
            ),
            **PUBLISH,
        },
    )

    assert response.status_code == 302, error_messages(response)
    article = ArticlePage.objects.get()
    assert (article.medical_reviewer, article.last_reviewed) == (author, timezone.localdate())


def test_an_editor_cannot_relate_an_article_to_itself(admin_client, blog_index, author):
    article = ArticlePageFactory(parent=blog_index, title="Sciatica basics")
    revisions = Revision.page_revisions.count()

    response = admin_client.post(
        edit_url(article),
        {
            **article_form_data(
                title=article.title, slug=article.slug, authors=[author], related_links=[article]
            ),
            **PUBLISH,
        },
    )

    assert response.status_code == 200
    assert "An article cannot be related to itself." in error_messages(response)
    assert Revision.page_revisions.count() == revisions
    assert not ArticlePage.objects.get(pk=article.pk).related_links.exists()


def test_an_editor_cannot_pick_the_same_related_article_twice(admin_client, blog_index, author):
    other = ArticlePageFactory(parent=blog_index, title="Stretches for desk workers")

    response = admin_client.post(
        add_url(ArticlePage, blog_index),
        {**article_form_data(authors=[author], related_links=[other, other]), **PUBLISH},
    )

    assert response.status_code == 200
    assert "This article is already in the list." in error_messages(response)
    assert ArticlePage.objects.count() == 1


def test_an_editor_can_pick_at_most_three_related_articles(admin_client, blog_index, author):
    others = [ArticlePageFactory(parent=blog_index) for _ in range(4)]

    response = admin_client.post(
        add_url(ArticlePage, blog_index),
        {
            **article_form_data(
                authors=[author],
                related_links=inline_formset(
                    [{"article": str(other.pk)} for other in others], max=3
                ),
            ),
            **PUBLISH,
        },
    )

    assert response.status_code == 200
    assert "Please submit at most 3 forms." in error_messages(response)
    assert ArticlePage.objects.count() == 4
