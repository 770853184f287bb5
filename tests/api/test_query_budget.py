"""The API's absolute query budgets: an article's `by-path` in at most 12 SQL queries, a
listing in at most 8, whatever their size.

Measured as the server pays them with the response cache off (`API_RESPONSE_CACHE`), SQL
only: the database cache's own table (`cms_cache`) is left out, as in production the
shared cache is Redis and its reads are not SQL.
"""

import pytest

from blog.models import RelatedArticle
from cms.factories import ImageFactory
from tests.api.content import LARGE, article_with, articles_alike
from tests.queries import request_queries

BY_PATH_BUDGET = 12
LISTING_BUDGET = 8


@pytest.fixture
def rich_articles(blog_index, provider_index):
    """Twenty articles with everything: hero, reviewer, CTA, authors, topics, tags, body
    images, links and CTA blocks; the first also has a social image and an editor's pick."""
    articles = articles_alike(blog_index, provider_index, count=20)
    first = articles[0]
    first.social_image = ImageFactory()
    first.save()
    RelatedArticle.objects.create(page=first, article=articles[3], sort_order=0)
    first.save_revision().publish()
    return articles


def test_an_article_with_everything_costs_at_most_12_queries_on_by_path(client, rich_articles):
    queries = request_queries(client, "/api/v2/pages/by-path/", {"path": "/blog/article-0/"})
    assert len(queries) <= BY_PATH_BUDGET, "\n".join(queries)


def test_a_large_articles_by_path_stays_within_the_budget(client, blog_index, provider_index):
    article_with(blog_index, provider_index, **LARGE, slug="large")
    queries = request_queries(client, "/api/v2/pages/by-path/", {"path": "/blog/large/"})
    assert len(queries) <= BY_PATH_BUDGET, "\n".join(queries)


@pytest.mark.parametrize(
    "params",
    [
        {"type": "blog.ArticlePage", "fields": "intro,hero_image,authors,topics"},
        {"type": "blog.ArticlePage", "fields": "*"},
        {"fields": "*"},
        {},
        {"type": "blog.ArticlePage", "fields": "*", "search": "article"},
        {"type": "blog.ArticlePage", "fields": "*", "order": "-first_published_at"},
        # Wagtail's child_of reads the parent first: one query more.
        {"type": "blog.ArticlePage", "fields": "*", "child_of": "{blog}"},
        {"type": "blog.ArticlePage", "fields": "*", "order": "random"},
    ],
)
def test_a_20_item_listing_costs_at_most_8_queries(client, blog_index, rich_articles, params):
    params = {name: value.format(blog=blog_index.pk) for name, value in params.items()}
    response = client.get("/api/v2/pages/", {**params, "limit": 20})
    assert len(response.json()["items"]) == 20, response.json()
    queries = request_queries(client, "/api/v2/pages/", {**params, "limit": 20})
    assert len(queries) <= LISTING_BUDGET, "\n".join(queries)
