"""API payloads of the blog index and articles, and the article summary lists embed."""

from typing import Any

from django.db.models import Prefetch

from blog.models import ArticleAuthor, ArticlePage, ArticlePageTag, RelatedArticle
from cms import jsonld
from cms.models import is_public
from cms.serializers import BasePageSerializer, Payload, iso_datetime, public_address
from locations.models import ProviderPage
from locations.serializers import cta_or_default, provider_summary, provider_thing, topics_list

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
    schema_type = "MedicalWebPage"
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

    def public_authors(self) -> list[ProviderPage]:
        """The authors whose provider page is public: the byline and the structured data
        name no other."""
        providers = [author.provider for author in self.page.authors.all()]
        return [provider for provider in providers if is_public(provider)]

    def public_reviewer(self) -> ProviderPage | None:
        reviewer = self.page.medical_reviewer
        return reviewer if reviewer is not None and is_public(reviewer) else None

    def authors(self):
        return [provider_summary(provider, self.payload) for provider in self.public_authors()]

    def medical_reviewer(self):
        reviewer = self.public_reviewer()
        return provider_summary(reviewer, self.payload) if reviewer is not None else None

    def last_reviewed(self):
        return iso_datetime(self.page.last_reviewed)

    def related(self):
        return [article_summary(other, self.payload) for other in self.page.related_articles()]

    def cta(self):
        return cta_or_default(self.page.cta, self.payload)

    def json_ld_main(self, title: str, description: str) -> dict[str, Any]:
        """A MedicalWebPage, vouched for by its reviewer, whose main entity is the article
        with its authors and publisher: who wrote it, who checked it and when."""
        article, payload = self.page, self.payload
        reviewer = self.public_reviewer()
        about = [jsonld.topic_thing(topic) for topic in article.topics.all()]
        return jsonld.web_page(
            self.schema_type,
            self.url,
            title,
            description,
            payload,
            about=about,
            lastReviewed=iso_datetime(article.last_reviewed),
            reviewedBy=provider_thing(reviewer, payload) if reviewer is not None else None,
            mainEntity=jsonld.thing(
                "Article",
                **{"@id": self.url + "#article"},
                headline=article.title[: jsonld.HEADLINE_MAX_LENGTH],
                description=description,
                image=payload.image_url(self.social_image),
                datePublished=iso_datetime(article.first_published_at),
                dateModified=iso_datetime(article.last_published_at),
                author=[provider_thing(provider, payload) for provider in self.public_authors()],
                publisher=jsonld.organization_reference(payload),
                about=about,
                keywords=[item.tag.name for item in article.tagged_items.all()],
                mainEntityOfPage={"@id": self.url},
            ),
        )


class BlogIndexPageSerializer(BasePageSerializer):
    """The blog index with its newest articles; the rest through `pages/?type=…`."""

    schema_type = "CollectionPage"
    detail_only_fields = ("articles", "articles_total")

    def articles(self):
        articles = self.page.articles().select_related("hero_image")[:INDEX_ARTICLES]
        return [article_summary(article, self.payload) for article in articles]

    def articles_total(self):
        return self.page.articles().count()
