"""Articles: how long they take to read, which articles they suggest next, and the rules of
their medical review."""

import datetime

import pytest
from django.core.exceptions import ValidationError
from django.utils import timezone
from wagtail.models import PageViewRestriction

from blog.factories import ArticlePageFactory, RelatedArticleFactory
from blog.models import ArticlePage, RelatedArticle
from cms.factories import TopicFactory
from locations.factories import ProviderPageFactory


def words(count: int) -> str:
    return " ".join(["pain"] * count)


def paragraph(count: int):
    return ("paragraph", f"<p>{words(count)}</p>")


# Reading time


@pytest.mark.parametrize(
    ("intro_words", "body_words", "minutes"),
    [
        (40, 400, 2),  # 440 words at 220 a minute
        (40, 401, 3),  # a word more starts a third minute
        (20, 200, 1),
        (5, 0, 1),  # never less than a minute
    ],
)
def test_reading_time_is_the_intro_and_body_at_220_words_a_minute_rounded_up(
    blog_index, intro_words, body_words, minutes
):
    body = [paragraph(body_words)] if body_words else []
    article = ArticlePageFactory(parent=blog_index, intro=words(intro_words), body=body)

    assert article.reading_time_minutes == minutes


def test_reading_time_counts_lists_quotes_and_callouts_that_readers_read(blog_index):
    article = ArticlePageFactory(
        parent=blog_index,
        intro=words(20),
        body=[
            ("list", {"lead_in": "", "style": "bulleted", "items": [f"<p>{words(100)}</p>"]}),
            ("quote", {"quote": words(100), "attribution": ""}),
            ("callout", {"style": "tip", "title": "", "text": f"<p>{words(1)}</p>"}),
        ],
    )

    # 221 words: a second minute starts only if the list, the quote and the callout count.
    assert article.reading_time_minutes == 2


def test_reading_time_does_not_count_a_headings_level_label_as_words(blog_index):
    # 20 + 2 + 418 = 440 words a reader reads: two minutes. The heading's level
    # ("Section (H2)" in the editor) is not on the page and must not be counted.
    article = ArticlePageFactory(
        parent=blog_index,
        intro=words(20),
        body=[
            ("heading", {"text": "Common symptoms", "level": "h2", "anchor": ""}),
            paragraph(418),
        ],
    )

    assert article.reading_time_minutes == 2


# Related articles


@pytest.fixture
def sciatica(db):
    return TopicFactory(name="Sciatica")


@pytest.fixture
def make_article(blog_index):
    """A live article published `days_ago` days ago, with the given topics and tags."""
    now = timezone.now()

    def make(title, days_ago=1, topics=(), tags=(), **kwargs):
        article = ArticlePageFactory(parent=blog_index, title=title, **kwargs)
        if topics or tags:
            article.topics.set(topics)
            article.tags.set(list(tags))
            article.save()
        published = now - datetime.timedelta(days=days_ago)
        ArticlePage.objects.filter(pk=article.pk).update(first_published_at=published)
        return ArticlePage.objects.get(pk=article.pk)

    return make


def pick(article, *others):
    for order, other in enumerate(others):
        RelatedArticleFactory(page=article, article=other, sort_order=order)
    return ArticlePage.objects.get(pk=article.pk)


def make_private(article):
    PageViewRestriction.objects.create(page=article, restriction_type="password", password="x")


def titles(articles):
    return [article.title for article in articles]


def test_hand_picked_articles_come_first_in_the_editors_order(make_article, sciatica):
    article = make_article("Sciatica basics", topics=[sciatica])
    first, second = make_article("Picked first", days_ago=30), make_article("Picked second")
    make_article("Newest on sciatica", days_ago=0, topics=[sciatica])
    make_article("Older on sciatica", days_ago=5, topics=[sciatica])

    article = pick(article, first, second)

    assert titles(article.related_articles()) == [
        "Picked first",
        "Picked second",
        "Newest on sciatica",
    ]


def test_without_picks_the_most_recent_articles_sharing_a_topic_or_tag_are_suggested(
    make_article, sciatica
):
    article = make_article("Sciatica basics", topics=[sciatica], tags=["runners"])
    make_article("Same topic, old", days_ago=40, topics=[sciatica])
    make_article("Same tag", days_ago=3, tags=["runners"])
    make_article("Same topic and tag", days_ago=2, topics=[sciatica], tags=["runners"])
    make_article("Same topic, recent", days_ago=1, topics=[sciatica])
    make_article("Unrelated", days_ago=0, topics=[TopicFactory(name="Migraine")])

    assert titles(article.related_articles()) == [
        "Same topic, recent",
        "Same topic and tag",
        "Same tag",
    ]


def test_unpublished_private_and_self_picks_are_skipped(make_article, sciatica):
    article = make_article("Sciatica basics")
    draft = make_article("Draft pick", live=False)
    private = make_article("Private pick")
    make_private(private)
    kept = make_article("Public pick")

    article = pick(article, draft, private, article, kept)

    assert titles(article.related_articles()) == ["Public pick"]


def test_similar_articles_never_include_drafts_private_articles_or_itself(make_article, sciatica):
    article = make_article("Sciatica basics", topics=[sciatica])
    make_article("Draft on sciatica", days_ago=0, topics=[sciatica], live=False)
    private = make_article("Private on sciatica", days_ago=0, topics=[sciatica])
    make_private(private)
    make_article("Public on sciatica", days_ago=3, topics=[sciatica])

    assert titles(article.related_articles()) == ["Public on sciatica"]


def test_an_article_picked_and_sharing_a_topic_is_suggested_once(make_article, sciatica):
    article = make_article("Sciatica basics", topics=[sciatica], tags=["runners"])
    both = make_article("Picked, same topic and tag", topics=[sciatica], tags=["runners"])
    make_article("Same topic", days_ago=4, topics=[sciatica])

    article = pick(article, both, both)

    assert titles(article.related_articles()) == ["Picked, same topic and tag", "Same topic"]


def test_at_most_three_articles_are_suggested(make_article, sciatica):
    article = make_article("Sciatica basics", topics=[sciatica])
    picks = [make_article(f"Pick {n}") for n in range(4)]
    make_article("Same topic", topics=[sciatica])

    article = pick(article, *picks)

    assert titles(article.related_articles()) == ["Pick 0", "Pick 1", "Pick 2"]


def test_an_article_without_picks_topics_or_tags_suggests_nothing(make_article):
    article = make_article("Lonely article")
    make_article("Another article")

    assert article.related_articles() == []


# Medical review


def test_a_review_date_in_the_future_is_refused(blog_index, provider_index):
    article = ArticlePageFactory(parent=blog_index)
    article.medical_reviewer = ProviderPageFactory(parent=provider_index)
    article.last_reviewed = timezone.localdate() + datetime.timedelta(days=1)

    with pytest.raises(ValidationError) as error:
        article.clean()

    assert error.value.message_dict == {
        "last_reviewed": ["The review date cannot be in the future."]
    }


def test_a_review_date_without_a_reviewer_is_refused(blog_index):
    article = ArticlePageFactory(parent=blog_index)
    article.last_reviewed = timezone.localdate()

    with pytest.raises(ValidationError) as error:
        article.clean()

    assert error.value.message_dict == {
        "medical_reviewer": ["Choose who reviewed the article, or clear the date."]
    }


def test_a_review_today_by_a_named_reviewer_is_accepted(blog_index, provider_index):
    article = ArticlePageFactory(parent=blog_index)
    article.medical_reviewer = ProviderPageFactory(parent=provider_index)
    article.last_reviewed = timezone.localdate()

    article.clean()
    article.save_revision().publish()

    assert ArticlePage.objects.get(pk=article.pk).last_reviewed == timezone.localdate()


def test_an_article_cannot_be_related_to_itself(blog_index):
    article = ArticlePageFactory(parent=blog_index)

    with pytest.raises(ValidationError) as error:
        RelatedArticle(page=article, article=article).clean()

    assert error.value.message_dict == {"article": ["An article cannot be related to itself."]}
