"""API payloads of the blog index and articles, and the article summary lists embed."""

from typing import Any

from django.db.models import Prefetch

from blog.models import ArticleAuthor, ArticlePage, ArticlePageTag, RelatedArticle
from cms.serializers import BasePageSerializer, Payload, iso_datetime, public_address
from locations.models import ProviderPage
from locations.serializers import cta_or_default, provider_summary, topics_list

INDEX_ARTICLES = 24


def authors_with_providers() -> Prefetch:
    """An article's authors with their provider pages and photos, in one query; only
    public providers are shown (`ArticlePageSerializer.authors`)."""
    return Prefetch("authors", queryset=ArticleAuthor.objects.select_related("provider__photo"))


def reviewer_with_photo() -> Prefetch:
    """An article's medical reviewer with their photo (shown only if public)."""
    return Prefetch("medical_reviewer", queryset=ProviderPage.objects.select_related("photo"))


def tags_with_names() -> Prefetch:
    return Prefetch("tagged_items", queryset=ArticlePageTag.objects.select_related("tag"))


def picks_with_articles() -> Prefetch:
    """The editor's “You might also enjoy” picks, with the articles and their images (not
    their bodies, which a summary does not show)."""
    picks = RelatedArticle.objects.select_related("article__hero_image").defer("article__body")
    return Prefetch("related_links", queryset=picks)


def article_summary(article: ArticlePage, payload: Payload) -> dict[str, Any]:
    """An article as lists and the “You might also enjoy” block show it."""
    path, url = public_address(article, payload.request)
    return {
        "id": article.pk,
        "title": article.title,
        "path": path,
        "url": url,
        "intro": article.intro,
        "hero_image": payload.image(article.hero_image),
        "first_published_at": iso_datetime(article.first_published_at),
    }


class ArticlePageSerializer(BasePageSerializer):
    """A health article with its authors, reviewer, topics, related articles and CTA.

    Authors and the reviewer are shown only while their provider page is live and public:
    the lookups fetch no other, for one article or a listing of many.
    """

    og_type = "article"
    detail_only_fields = ("related",)
    lookups = {
        "hero_image": ["hero_image"],
        "body": ["body"],
        "reading_time_minutes": ["body"],
        "topics": ["topics"],
        "tags": [tags_with_names],
        "authors": [authors_with_providers],
        "medical_reviewer": [reviewer_with_photo],
        "cta": ["cta"],
        "related": [picks_with_articles, "topics", tags_with_names],
    }
    joins = {
        "hero_image": ["hero_image"],
        "medical_reviewer": ["medical_reviewer__photo"],
        "cta": ["cta"],
    }

    def hero_image(self):
        return self.payload.image(self.page.hero_image)

    def body(self):
        return self.stream(self.page.body)

    def topics(self):
        return topics_list(self.page.topics.all())

    def tags(self):
        return [item.tag.name for item in self.page.tagged_items.all()]

    def authors(self):
        providers = [author.provider for author in self.page.authors.all()]
        return [
            provider_summary(provider, self.payload)
            for provider in providers
            if self.payload.is_public(provider)
        ]

    def medical_reviewer(self):
        reviewer = self.page.medical_reviewer
        if reviewer is None or not self.payload.is_public(reviewer):
            return None
        return provider_summary(reviewer, self.payload)

    def last_reviewed(self):
        return iso_datetime(self.page.last_reviewed)

    def related(self):
        return [article_summary(other, self.payload) for other in self.page.related_articles()]

    def cta(self):
        return cta_or_default(self.page.cta, self.payload)

    def share_image(self):
        return self.page.hero_image


class BlogIndexPageSerializer(BasePageSerializer):
    """The blog index with its newest articles; the rest through `pages/?type=…`."""

    detail_only_fields = ("articles", "articles_total")

    def articles(self):
        articles = self.page.articles().select_related("hero_image")[:INDEX_ARTICLES]
        return [article_summary(article, self.payload) for article in articles]

    def articles_total(self):
        return self.page.articles().count()
