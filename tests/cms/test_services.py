"""The one fan-out of content changes: which public-site paths a change affects."""

from wagtail.models import PageViewRestriction

from blog.factories import ArticleAuthorFactory, ArticlePageFactory, RelatedArticleFactory
from cms.factories import TopicFactory
from cms.services import content_change_fan_out, pages_affected_paths
from home.models import FeaturedArticle
from locations.factories import LocationPageFactory, ProviderPageFactory


def test_an_article_affects_its_listing_and_every_page_showing_it(
    home_page, blog_index, provider_index
):
    back_pain = TopicFactory(name="Back pain")
    article = ArticlePageFactory(parent=blog_index, slug="article", topics=[back_pain])
    ArticlePageFactory(parent=blog_index, slug="same-topic", topics=[back_pain])
    ArticlePageFactory(parent=blog_index, slug="unrelated")
    RelatedArticleFactory(page=ArticlePageFactory(parent=blog_index, slug="picks"), article=article)
    ArticlePageFactory(
        parent=blog_index,
        slug="links",
        body=[("paragraph", f'<p><a linktype="page" id="{article.pk}">x</a></p>')],
    )
    ArticlePageFactory(parent=blog_index, slug="draft-link", live=False, topics=[back_pain])
    FeaturedArticle.objects.create(page=home_page, article=article)
    home_page.save()

    assert pages_affected_paths([article]) == {
        "/blog/article/",
        "/blog/",
        "/blog/same-topic/",
        "/blog/picks/",
        "/blog/links/",
        "/",
    }


def test_a_provider_affects_the_articles_they_wrote_and_their_clinics(
    blog_index, location_index, provider_index
):
    clinic = LocationPageFactory(parent=location_index, slug="midtown")
    provider = ProviderPageFactory(parent=provider_index, slug="okafor")
    provider.locations.set([clinic])
    provider.save()
    ArticleAuthorFactory(
        page=ArticlePageFactory(parent=blog_index, slug="by-her"), provider=provider
    )

    assert pages_affected_paths([provider]) == {
        "/providers/okafor/",
        "/providers/",
        "/clinics/midtown/",
        "/blog/by-her/",
    }


def test_a_page_with_children_affects_everything_below_it(blog_index):
    ArticlePageFactory(parent=blog_index, slug="one")
    ArticlePageFactory(parent=blog_index, slug="two")

    assert pages_affected_paths([blog_index]) == {"/", "/blog/", "/blog/one/", "/blog/two/"}


def test_private_pages_never_appear(home_page, blog_index, location_index):
    PageViewRestriction.objects.create(page=location_index, restriction_type="login")
    clinic = LocationPageFactory(parent=location_index, slug="private")
    draft = ArticlePageFactory(parent=blog_index, slug="draft", live=False)
    RelatedArticleFactory(page=draft, article=ArticlePageFactory(parent=blog_index, slug="a"))

    assert pages_affected_paths([clinic]) == set()
    assert pages_affected_paths([location_index]) == {"/"}  # the home page is public
    assert pages_affected_paths([blog_index.get_children().get(slug="a")]) == {"/blog/a/", "/blog/"}


def test_the_change_names_its_event_and_paths(blog_index):
    article = ArticlePageFactory(parent=blog_index, slug="article")

    change = content_change_fan_out("page.published", pages=[article], paths=["/old/"])

    assert change.event == "page.published"
    assert change.paths == {"/blog/article/", "/blog/", "/old/"}
    assert not change.everything
