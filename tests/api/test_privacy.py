"""Nothing private leaks: drafts, unpublished pages and pages under a view restriction
(and everything below them) are absent from every endpoint of the API."""

import pytest
from wagtail.contrib.redirects.models import Redirect
from wagtail.models import PageViewRestriction

from blog.factories import ArticleAuthorFactory, ArticlePageFactory, RelatedArticleFactory
from cms.models import NavigationSettings
from home.models import FeaturedArticle, FeaturedClinic
from locations.factories import (
    LocationIndexPageFactory,
    LocationPageFactory,
    ProviderIndexPageFactory,
    ProviderPageFactory,
)

# Every private page's title and slug carry this word: finding it anywhere is a leak.
SECRET = "zebrafish"


@pytest.fixture
def site_with_secrets(home_page, blog_index, location_index, provider_index):
    """A public article that points at every kind of private page in every way it can."""
    draft = ArticlePageFactory(parent=blog_index, title=f"Draft {SECRET}", live=False)
    unpublished = ArticlePageFactory(parent=blog_index, title=f"Unpublished {SECRET}")
    unpublished.unpublish()
    restricted = ArticlePageFactory(parent=blog_index, title=f"Password {SECRET}")
    PageViewRestriction.objects.create(page=restricted, restriction_type="password", password="x")
    staff_only = ProviderIndexPageFactory(parent=home_page, title=f"Staff {SECRET}", slug="staff")
    PageViewRestriction.objects.create(page=staff_only, restriction_type="login")
    hidden_provider = ProviderPageFactory(parent=staff_only, title=f"Doctor {SECRET}")
    hidden_clinics = LocationIndexPageFactory(
        parent=home_page, title=f"Clinics {SECRET}", slug="hidden-clinics"
    )
    PageViewRestriction.objects.create(page=hidden_clinics, restriction_type="login")
    hidden_clinic = LocationPageFactory(parent=hidden_clinics, title=f"Clinic {SECRET}")
    secrets = [draft, unpublished, restricted, hidden_provider, hidden_clinic]

    links = "".join(f'<a linktype="page" id="{page.pk}">see this</a>' for page in secrets)
    public = ArticlePageFactory(
        parent=blog_index,
        slug="public",
        title="Public article",
        intro="About axolotls, for search.",
        body=[("paragraph", f"<p>{links}</p>")],
        medical_reviewer=hidden_provider,
    )
    ArticleAuthorFactory(page=public, provider=hidden_provider)
    ArticleAuthorFactory(page=public, provider=ProviderPageFactory(parent=provider_index))
    for page in [draft, unpublished, restricted]:
        RelatedArticleFactory(page=public, article=page)
        Redirect.objects.create(old_path=f"/old-{page.pk}", redirect_page=page)
        FeaturedArticle.objects.create(page=home_page, article=page)
    FeaturedClinic.objects.create(page=home_page, clinic=hidden_clinic)
    hidden_provider.locations.set([LocationPageFactory(parent=location_index, slug="open")])
    hidden_provider.save()
    home_page.save()
    NavigationSettings.objects.create(
        site=home_page.get_site(),
        header=[("link", {"page": page, "url": "", "label": ""}) for page in secrets],
        footer=[
            ("column", {"heading": "More", "links": [{"page": p, "url": "", "label": ""}]})
            for p in secrets
        ],
    )
    return secrets


def test_no_endpoint_shows_a_private_page(client, site_with_secrets):
    secret_ids = {page.pk for page in site_with_secrets}
    urls = [
        "/api/v2/site/",
        "/api/v2/locations/",
        "/api/v2/locations/?zip=30303",
        f"/api/v2/search/?q={SECRET}",
        "/api/v2/search/?q=doctor",
        "/api/v2/search/?q=axolotls",
        "/api/v2/pages/?limit=20",
        "/api/v2/pages/?type=blog.ArticlePage&fields=*&limit=20",
        "/api/v2/pages/?type=locations.ProviderPage&fields=*&limit=20",
        "/api/v2/pages/?type=locations.LocationPage&fields=*&limit=20",
        "/api/v2/redirects/",
        *(
            f"/api/v2/pages/by-path/?path={path}"
            for path in ["/", "/blog/", "/blog/public/", "/clinics/", "/clinics/open/"]
        ),
        *(f"/api/v2/pages/by-path/?path=/old-{pk}/" for pk in secret_ids),
    ]

    for url in urls:
        response = client.get(url)
        body = response.content.decode().lower()
        assert SECRET not in body, url
        assert response.status_code in (200, 404), url

    public = client.get("/api/v2/pages/by-path/", {"path": "/blog/public/"}).json()
    assert public["medical_reviewer"] is None
    assert len(public["authors"]) == 1
    assert public["related"] == []
    assert 'href="' not in public["body"][0]["value"]


def test_a_private_page_is_not_found_by_any_address(client, site_with_secrets):
    for page in site_with_secrets:
        path = page.url_path.removeprefix("/home")
        assert client.get("/api/v2/pages/by-path/", {"path": path}).status_code == 404, path
        assert client.get(f"/api/v2/pages/{page.pk}/").status_code == 404, path
        found = client.get("/api/v2/pages/find/", {"html_path": path})
        assert found.status_code == 404, path
