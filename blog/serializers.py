"""API payloads of the blog index and articles, and the article summary lists embed."""

from typing import Any

from django.db.models import Prefetch, prefetch_related_objects

from blog.models import ArticleAuthor, ArticlePage
from cms.serializers import BasePageSerializer, Payload, iso_datetime, public_address
from locations.serializers import cta_or_default, provider_summary, topics_list

INDEX_ARTICLES = 24


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
    """A health article with its authors, reviewer, topics, related articles and CTA."""

    og_type = "article"

    def fields(self) -> dict[str, Any]:
        article, payload = self.page, self.payload
        if article.pk is not None:  # a page never saved (a preview) has them in memory
            prefetch_related_objects(
                [article],
                "topics",
                "tagged_items__tag",
                Prefetch(
                    "authors",
                    queryset=ArticleAuthor.objects.filter(provider__live=True).select_related(
                        "provider__photo"
                    ),
                ),
            )
        reviewer = article.medical_reviewer
        related = article.related_articles()
        prefetch_related_objects(related, "hero_image")
        return {
            "intro": article.intro,
            "hero_image": payload.image(article.hero_image),
            "body": self.stream(article.body),
            "topics": topics_list(article.topics.all()),
            "tags": [item.tag.name for item in article.tagged_items.all()],
            "authors": [
                provider_summary(author.provider, payload)
                for author in article.authors.all()
                if author.provider.live
            ],
            "medical_reviewer": provider_summary(reviewer, payload)
            if reviewer is not None and reviewer.live
            else None,
            "last_reviewed": iso_datetime(article.last_reviewed),
            "reading_time_minutes": article.reading_time_minutes,
            "related": [article_summary(other, payload) for other in related],
            "cta": cta_or_default(article.cta, payload),
        }

    def share_image(self):
        return self.page.hero_image


class BlogIndexPageSerializer(BasePageSerializer):
    """The blog index with its newest articles; the rest through `pages/?type=…`."""

    def fields(self) -> dict[str, Any]:
        articles = self.page.specific.articles().select_related("hero_image")
        return {
            "intro": self.page.intro,
            "articles": [
                article_summary(article, self.payload) for article in articles[:INDEX_ARTICLES]
            ],
            "articles_total": articles.count(),
        }
