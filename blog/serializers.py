"""API payloads of the blog index and articles, and the article summary lists embed."""

from typing import Any

from django.db.models import Prefetch, prefetch_related_objects

from blog.models import ArticleAuthor, ArticlePage
from cms import jsonld
from cms.serializers import BasePageSerializer, Payload, iso_datetime, public_address
from locations.serializers import cta_or_default, provider_summary, provider_thing, topics_list

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
    schema_type = "MedicalWebPage"

    def fields(self) -> dict[str, Any]:
        article, payload = self.page, self.payload
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
                provider_summary(author.provider, payload) for author in article.authors.all()
            ],
            "medical_reviewer": provider_summary(reviewer, payload)
            if reviewer is not None and reviewer.live
            else None,
            "last_reviewed": iso_datetime(article.last_reviewed),
            "reading_time_minutes": article.reading_time_minutes,
            "related": [article_summary(other, payload) for other in related],
            "cta": cta_or_default(article.cta, payload),
        }

    def json_ld_main(self, title: str, description: str) -> dict[str, Any]:
        """A MedicalWebPage, vouched for by its reviewer, whose main entity is the article
        with its authors and publisher: who wrote it, who checked it and when."""
        article, payload = self.page, self.payload
        reviewer = article.medical_reviewer
        about = [jsonld.topic_thing(topic) for topic in article.topics.all()]
        return jsonld.web_page(
            self.schema_type,
            self.url,
            title,
            description,
            payload,
            about=about,
            lastReviewed=iso_datetime(article.last_reviewed),
            reviewedBy=provider_thing(reviewer, payload)
            if reviewer is not None and reviewer.live
            else None,
            mainEntity=jsonld.thing(
                "Article",
                **{"@id": self.url + "#article"},
                headline=article.title[: jsonld.HEADLINE_MAX_LENGTH],
                description=description,
                image=payload.image_url(self.social_image),
                datePublished=iso_datetime(article.first_published_at),
                dateModified=iso_datetime(article.last_published_at),
                author=[
                    provider_thing(author.provider, payload) for author in article.authors.all()
                ],
                publisher=jsonld.organization_reference(payload),
                about=about,
                keywords=[item.tag.name for item in article.tagged_items.all()],
                mainEntityOfPage={"@id": self.url},
            ),
        )


class BlogIndexPageSerializer(BasePageSerializer):
    """The blog index with its newest articles; the rest through `pages/?type=…`."""

    schema_type = "CollectionPage"

    def fields(self) -> dict[str, Any]:
        articles = self.page.specific.articles().select_related("hero_image")
        return {
            "intro": self.page.intro,
            "articles": [
                article_summary(article, self.payload) for article in articles[:INDEX_ARTICLES]
            ],
            "articles_total": articles.count(),
        }
