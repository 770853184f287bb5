"""`cta/`: the call to action a widget shows at a place of the public site."""

import datetime
from urllib.parse import parse_qs, urlsplit

import pytest
from django.core.exceptions import ValidationError
from wagtail.models import PageViewRestriction

from blog.factories import ArticlePageFactory
from cms.factories import CallToActionFactory, TopicFactory
from cms.models import CallToActionPlacement, PracticeSettings
from locations.factories import LocationPageFactory, SpecialHoursFactory

URL = "/api/v2/cta/"


def book(url="https://booking.example.com/new-patient?office=1"):
    return [("book", {"label": "Book online", "url": url})]


@pytest.fixture
def site_default(home_page):
    cta = CallToActionFactory(name="Default", primary=book(), secondary=[])
    PracticeSettings.objects.create(
        site=home_page.get_site(), phone="(404) 555-0100", default_cta=cta
    )
    return cta


@pytest.fixture
def placement(db):
    return CallToActionPlacement.objects.get_or_create(
        slug="article-footer", defaults={"name": "Below every article"}
    )[0]


def get(client, **params):
    return client.get(URL, params)


def test_the_site_default_when_nothing_more_specific_is_chosen(client, site_default, placement):
    response = get(client, placement="article-footer")

    assert response.status_code == 200
    data = response.json()
    assert data["id"] == site_default.pk
    assert data["location"] is None


def test_the_placements_cta_before_the_site_default(client, site_default, placement):
    placement.cta = CallToActionFactory(name="Footer")
    placement.save()

    assert get(client, placement="article-footer").json()["id"] == placement.cta.pk


def test_the_pages_own_cta_first_then_its_clinics(
    client, site_default, placement, blog_index, location_index
):
    placement.cta = CallToActionFactory(name="Footer")
    placement.save()
    article_cta = CallToActionFactory(name="Article")
    ArticlePageFactory(parent=blog_index, slug="neck-tension", cta=article_cta)
    ArticlePageFactory(parent=blog_index, slug="no-cta", cta=None)
    clinic_cta = CallToActionFactory(name="Clinic")
    LocationPageFactory(parent=location_index, slug="midtown", cta=clinic_cta)

    def cta_id(**params):
        return get(client, placement="article-footer", **params).json()["id"]

    assert cta_id(path="/blog/neck-tension/") == article_cta.pk
    assert cta_id(path="/blog/neck-tension/", location="midtown") == article_cta.pk
    assert cta_id(path="/blog/no-cta", location="midtown") == clinic_cta.pk
    assert cta_id(path="/clinics/midtown/") == clinic_cta.pk  # the page is the clinic
    assert cta_id(path="/blog/no-cta/") == placement.cta.pk
    # A page the CMS does not render: the resolution goes on, it is not an error.
    assert cta_id(path="/landing/spring-offer/") == placement.cta.pk


def test_a_draft_or_private_pages_cta_is_never_used(client, site_default, placement, blog_index):
    secret = CallToActionFactory(name="Secret")
    draft = ArticlePageFactory(parent=blog_index, slug="draft", cta=secret, live=False)
    private = ArticlePageFactory(parent=blog_index, slug="private", cta=secret)
    PageViewRestriction.objects.create(page=private, restriction_type="password", password="x")

    for page in (draft, private):
        data = get(client, placement="article-footer", path=f"/blog/{page.slug}/").json()
        assert data["id"] == site_default.pk


def test_a_clinics_cta_calls_the_clinic_and_says_whether_it_is_open(
    client, site_default, placement, location_index
):
    call = [("call", {"label": "Call the clinic", "phone": ""})]
    clinic = LocationPageFactory(
        parent=location_index,
        slug="savannah",
        title="Savannah",
        phone="(912) 555-0142",
        booking_url="https://booking.example.com/savannah",
        cta=CallToActionFactory(name="Clinic", primary=book(url=""), secondary=call),
    )
    SpecialHoursFactory(page=clinic, date=datetime.date.today() + datetime.timedelta(days=2))

    CallToActionPlacement.objects.get_or_create(
        slug="location-header", defaults={"name": "Clinic header"}
    )
    response = get(client, placement="location-header", location="savannah")

    assert response.status_code == 200
    data = response.json()
    assert data["secondary"]["url"] == "tel:+19125550142"
    assert data["primary"]["url"].startswith("https://booking.example.com/savannah?")
    location = data["location"]
    assert {key: location[key] for key in ("slug", "name", "phone", "tel")} == {
        "slug": "savannah",
        "name": "Savannah",
        "phone": "(912) 555-0142",
        "tel": "tel:+19125550142",
    }
    assert isinstance(location["open_now"], bool)
    assert isinstance(location["hours_today"], list)


def test_booking_links_get_utm_parameters_without_a_health_term(
    client, site_default, placement, blog_index
):
    TopicFactory(name="Sciatica")
    cta = CallToActionFactory(
        primary=book("https://booking.example.com/?office=1&utm_campaign=sciatica"),
    )
    ArticlePageFactory(parent=blog_index, title="Sciatica relief", slug="sciatica-relief", cta=cta)

    data = get(client, placement="article-footer", path="/blog/sciatica-relief/").json()

    url = urlsplit(data["primary"]["url"])
    assert parse_qs(url.query) == {
        "office": ["1"],
        "utm_source": ["website"],
        "utm_medium": ["cta"],
        "utm_campaign": ["article-footer"],
    }
    assert "sciatica" not in data["primary"]["url"].lower()


def test_a_placement_named_after_a_condition_is_refused(db):
    TopicFactory(name="Sciatica")
    placement = CallToActionPlacement(slug="sciatica-sidebar", name="Sciatica sidebar")

    with pytest.raises(ValidationError, match="place on the page"):
        placement.full_clean()
    CallToActionPlacement(slug="sidebar-two", name="Second sidebar").full_clean()


@pytest.mark.parametrize(
    "params, parameter",
    [
        ({}, "placement"),
        ({"placement": "nowhere"}, "placement"),
        ({"placement": "article-footer", "path": "blog/x"}, "path"),
        ({"placement": "article-footer", "path": "/a?b=c"}, "path"),
        ({"placement": "article-footer", "colour": "red"}, "colour"),
    ],
)
def test_bad_parameters_are_400_naming_the_parameter(
    client, site_default, placement, params, parameter
):
    response = get(client, **params)

    assert response.status_code == 400
    assert parameter in response.json()["message"]


def test_an_unknown_or_unpublished_clinic_is_404(client, site_default, placement, location_index):
    LocationPageFactory(parent=location_index, slug="closed-down", live=False, weekday_hours=False)

    for slug in ("nowhere", "closed-down"):
        response = get(client, placement="article-footer", location=slug)
        assert response.status_code == 404
        assert "location" in response.json()["message"]


def test_no_cta_anywhere_is_404(client, placement):
    response = get(client, placement="article-footer")

    assert response.status_code == 404
    assert response.json()["message"]


def test_a_change_of_placement_is_seen_at_once(client, site_default, placement):
    assert get(client, placement="article-footer").json()["id"] == site_default.pk  # cached
    placement.cta = CallToActionFactory(name="New footer")
    placement.save()

    assert get(client, placement="article-footer").json()["id"] == placement.cta.pk
