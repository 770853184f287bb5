"""Every page type renders (the editor's preview uses these templates) with every block."""

from wagtail.models import Site

from blog.factories import ArticleAuthorFactory, ArticlePageFactory
from cms.models import PracticeSettings
from locations.factories import LocationPageFactory, ProviderPageFactory, SpecialHoursFactory


def test_article_renders_every_block(client, blog_index, provider_index, every_block):
    PracticeSettings.objects.update_or_create(
        site=Site.objects.get(is_default_site=True), defaults={"name": "Test Practice"}
    )
    article = ArticlePageFactory(parent=blog_index, title="Neck tension", body=every_block)
    ArticleAuthorFactory(page=article, provider=ProviderPageFactory(parent=provider_index))

    html = client.get(article.url).content.decode()

    assert '<h2 id="common-symptoms">Common symptoms</h2>' in html
    assert "<ol><li>" in html and "<blockquote>" in html
    assert 'alt="A clinician"' in html and "<figcaption>At the clinic</figcaption>" in html
    assert 'class="callout callout--warning"' in html
    assert "<summary>Does it hurt?</summary>" in html
    assert "Schedule your consultation" in html
    assert "youtube-nocookie.com/embed/dQw4w9WgXcQ" in html
    assert "<caption>Options</caption>" in html and '<th scope="col">Treatment</th>' in html
    assert "Test Practice" in html


def test_clinic_provider_and_indexes_render(client, home_page, location_index, provider_index):
    clinic = LocationPageFactory(parent=location_index, title="Midtown Atlanta")
    SpecialHoursFactory(page=clinic)
    provider = ProviderPageFactory(parent=provider_index, title="Amara Okafor")
    provider.locations.set([clinic])
    provider.save_revision().publish()

    clinic_html = client.get(clinic.url).content.decode()
    assert "Monday 08:00–17:00" in clinic_html
    assert "December 25: closed (Christmas Day)" in clinic_html
    assert "Amara Okafor, MD" in clinic_html
    for page in (home_page, location_index, provider_index, provider):
        assert client.get(page.url).status_code == 200
