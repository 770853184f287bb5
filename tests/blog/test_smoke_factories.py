from blog.factories import ArticleAuthorFactory, ArticlePageFactory
from locations.factories import LocationPageFactory, ProviderPageFactory


def test_factories_build_a_tree(blog_index, location_index, provider_index):
    clinic = LocationPageFactory(parent=location_index)
    provider = ProviderPageFactory(parent=provider_index)
    article = ArticlePageFactory(parent=blog_index)
    ArticleAuthorFactory(page=article, provider=provider)
    assert clinic.live and article.live
    assert clinic.opening_hours.count() == 5
    assert article.reading_time_minutes == 1
    assert article.authors.get().provider == provider
