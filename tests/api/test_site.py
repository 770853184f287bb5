"""`GET /api/v2/site/`: what every page of the public site shares."""

from wagtail.models import PageViewRestriction

from blog.factories import ArticlePageFactory
from cms.factories import CallToActionFactory, ImageFactory
from cms.models import NavigationSettings, PracticeSettings

URL = "/api/v2/site/"


def test_the_practice_its_navigation_and_defaults(client, home_page, blog_index, location_index):
    site = home_page.get_site()
    draft = ArticlePageFactory(parent=blog_index, slug="draft", live=False)
    PageViewRestriction.objects.create(page=location_index, restriction_type="login")
    PracticeSettings.objects.create(
        site=site,
        name="Georgia Pain & Spine Care",
        phone="(404) 555-0100",
        logo=ImageFactory(title="Logo", description="Georgia Pain & Spine Care logo"),
        social_links=[("profile", {"network": "facebook", "url": "https://facebook.com/gpsc"})],
        default_cta=CallToActionFactory(heading="Schedule your consultation"),
        title_suffix="| GPSC",
    )
    NavigationSettings.objects.create(
        site=site,
        header=[
            ("link", {"page": blog_index, "url": "", "label": ""}),
            ("link", {"page": location_index, "url": "", "label": "Clinics"}),
            (
                "menu",
                {
                    "label": "Patients",
                    "links": [
                        {"page": None, "url": "https://portal.example.com/", "label": "Portal"},
                        {"page": draft, "url": "", "label": "Draft"},
                    ],
                },
            ),
        ],
        footer=[
            (
                "column",
                {
                    "heading": "Practice",
                    "links": [{"page": blog_index, "url": "", "label": "Blog"}],
                },
            )
        ],
    )

    data = client.get(URL).json()

    assert data["name"] == "Georgia Pain & Spine Care"
    assert data["tel"] == "tel:+14045550100"
    assert data["logo"]["alt"] == "Georgia Pain & Spine Care logo"
    assert data["social_links"] == [{"network": "facebook", "url": "https://facebook.com/gpsc"}]
    assert data["navigation"]["header"] == [
        {"label": "Health articles", "url": None, "path": "/blog/"},
        # the private clinics index and the draft are left out
        {
            "label": "Patients",
            "links": [{"label": "Portal", "url": "https://portal.example.com/", "path": None}],
        },
    ]
    assert data["navigation"]["footer"] == [
        {"heading": "Practice", "links": [{"label": "Blog", "url": None, "path": "/blog/"}]}
    ]
    assert data["seo"]["title_suffix"] == "| GPSC"
    assert data["default_cta"]["heading"] == "Schedule your consultation"
    organization, website = data["json_ld"]
    assert organization["@context"] == "https://schema.org"
    assert organization["@type"] == "MedicalOrganization"
    assert organization["@id"] == "http://localhost/#organization"
    assert organization["telephone"] == "(404) 555-0100"
    assert organization["sameAs"] == ["https://facebook.com/gpsc"]
    assert organization["logo"].startswith("http://testserver/media/")
    assert website["@type"] == "WebSite"
    assert website["publisher"] == {"@id": "http://localhost/#organization"}


def test_a_site_never_configured_answers_with_defaults(client, home_page):
    data = client.get(URL).json()
    assert data["name"] == "Georgia Pain & Spine Care"
    assert data["navigation"] == {"header": [], "footer": []}
    assert data["default_cta"] is None


def test_unknown_parameters_and_sites_are_refused(client, home_page):
    assert client.get(URL, {"lang": "fr"}).status_code == 400
    assert client.get(URL, {"site": "elsewhere.example.com"}).status_code == 404
