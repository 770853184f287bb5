"""Test-data factories for the blog index and articles."""

import factory
import wagtail_factories
from factory.django import DjangoModelFactory

from blog.models import ArticleAuthor, ArticlePage, BlogIndexPage, RelatedArticle
from locations.factories import ProviderPageFactory


class BlogIndexPageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = BlogIndexPage

    title = "Health articles"
    slug = "blog"


class ArticlePageFactory(wagtail_factories.PageFactory):
    """A short live article: a heading and a paragraph. Pass body=[…] for others."""

    class Meta:
        model = ArticlePage
        skip_postgeneration_save = True

    title = factory.Sequence(lambda n: f"Article {n}")
    intro = "Why the neck can cause headaches, and what helps."
    body = factory.LazyFunction(
        lambda: [
            ("heading", {"text": "Symptoms", "level": "h2", "anchor": ""}),
            ("paragraph", "<p>Pain often starts at the base of the skull.</p>"),
        ]
    )

    @factory.post_generation
    def topics(page, create, extracted, **kwargs):
        if extracted:
            page.topics.set(extracted)
            if create and page.live:
                page.save_revision().publish()
            elif create:
                page.save()  # a draft stays a draft


class ArticleAuthorFactory(DjangoModelFactory):
    class Meta:
        model = ArticleAuthor

    page = factory.SubFactory(ArticlePageFactory)
    provider = factory.SubFactory(ProviderPageFactory)


class RelatedArticleFactory(DjangoModelFactory):
    class Meta:
        model = RelatedArticle

    page = factory.SubFactory(ArticlePageFactory)
    article = factory.SubFactory(ArticlePageFactory)
