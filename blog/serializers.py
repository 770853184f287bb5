"""API payloads of the blog index and articles, and the article summary lists embed."""

from typing import Any

from django.db.models import Prefetch, prefetch_related_objects

from blog.models import ArticleAuthor, ArticlePage
from cms import jsonld
from cms.serializers import BasePageSerializer, Payload, iso_datetime, public_address
from locations.models import ProviderPage
from locations.serializers import cta_or_default, provider_summary, provider_thing, topics_list

INDEX_ARTICLES = 24


def public_authors() -> Prefetch:
    """An article's authors whose provider page is public, with their photos."""
    providers = ProviderPage.objects.live().public()
    authors = ArticleAuthor.objects.filter(provider__in=providers)
    return Prefetch("authors", queryset=authors.select_related("provider__photo"))


def public_reviewer() -> Prefetch:
    """An article's medical reviewer if their provider page is public, else None."""
    reviewers = ProviderPage.objects.live().public().select_related("photo")
    return Prefetch("medical_reviewer", queryset=reviewers)


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
        "tags": ["tagged_items__tag"],
        "authors": [public_authors],
        "medical_reviewer": [public_reviewer],
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
        authors = self.page.authors.all()
        return [provider_summary(author.provider, self.payload) for author in authors]

    def medical_reviewer(self):
        reviewer = self.page.medical_reviewer
        return provider_summary(reviewer, self.payload) if reviewer is not None else None

    def last_reviewed(self):
        return iso_datetime(self.page.last_reviewed)

    def related(self):
        related = self.page.related_articles()
        prefetch_related_objects(related, "hero_image")
        return [article_summary(other, self.payload) for other in related]

    def cta(self):
        return cta_or_default(self.page.cta, self.payload)

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
    detail_only_fields = ("articles", "articles_total")

    def articles(self):
        articles = self.page.articles().select_related("hero_image")[:INDEX_ARTICLES]
        return [article_summary(article, self.payload) for article in articles]

    def articles_total(self):
        return self.page.articles().count()
