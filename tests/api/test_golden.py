"""Golden files pin the contract's shapes: an article, a clinic and the site payload.

A change to a payload's shape must be a deliberate one: run
`UPDATE_GOLDEN=1 make test PYTEST_ARGS=tests/api/test_golden.py`, read the diff of
`tests/api/golden/` and commit it with the change. Values that differ from run to run
(database ids, block ids, media file names, anything that depends on the clock) are
replaced by placeholders before comparing; everything else is compared as is.
"""

import datetime
import json
import os
import re
from pathlib import Path
from typing import Any

import pytest
from django.utils import timezone
from wagtail.models import Page

from blog.factories import ArticleAuthorFactory, ArticlePageFactory, RelatedArticleFactory
from cms.factories import CallToActionFactory, ImageFactory, TopicFactory
from cms.models import NavigationSettings, PracticeSettings
from locations.factories import LocationPageFactory, ProviderPageFactory, SpecialHoursFactory

GOLDEN = Path(__file__).parent / "golden"
PUBLISHED = datetime.datetime(2026, 3, 2, 9, 30, tzinfo=datetime.UTC)
UUID = re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$")
MEDIA_FILE = re.compile(r"/media/[^\s,\"]+")
CLOCK_KEYS = {"open_now", "opens_next", "hours_today"}


def placeholders(data: Any, key: str = "") -> Any:
    """`data` with what varies between runs replaced by a placeholder of its kind."""
    if key in CLOCK_KEYS:
        return f"<{key}>"
    if isinstance(data, dict):
        return {name: placeholders(value, name) for name, value in data.items()}
    if isinstance(data, list):
        return [placeholders(value, key) for value in data]
    if key in {"id", "clinic_id"} and isinstance(data, int):
        return "<id>"
    if isinstance(data, str):
        if UUID.match(data):
            return "<uuid>"
        if key in {"date", "end_date", "validFrom", "validThrough"}:
            return "<date>"
        return MEDIA_FILE.sub("/media/<file>", data)
    return data


def assert_matches_golden(name: str, data: dict) -> None:
    path = GOLDEN / f"{name}.json"
    actual = json.dumps(placeholders(data), indent=2, ensure_ascii=False, sort_keys=True) + "\n"
    if os.environ.get("UPDATE_GOLDEN"):
        path.parent.mkdir(exist_ok=True)
        path.write_text(actual)
    assert path.exists(), f"{path} is missing: run the test with UPDATE_GOLDEN=1 to write it."
    assert actual == path.read_text(), f"{name} no longer matches {path}"


def published_on(*pages: Page, at: datetime.datetime = PUBLISHED) -> None:
    Page.objects.filter(pk__in=[page.pk for page in pages]).update(
        first_published_at=at, last_published_at=at
    )


def by_path(client, path: str) -> dict:
    response = client.get("/api/v2/pages/by-path/", {"path": path})
    assert response.status_code == 200
    return response.json()


@pytest.fixture
def practice(home_page, blog_index, location_index):
    site = home_page.get_site()
    PracticeSettings.objects.create(
        site=site,
        name="Georgia Pain & Spine Care",
        phone="(404) 555-0100",
        email="hello@example.com",
        logo=ImageFactory(
            file__width=1600,
            file__height=900,
            title="Logo",
            description="Georgia Pain & Spine Care",
        ),
        social_links=[("profile", {"network": "facebook", "url": "https://facebook.com/gpsc"})],
        default_cta=CallToActionFactory(name="Default", heading="Schedule your consultation"),
        title_suffix="| Georgia Pain & Spine Care",
        default_description="Pain care at six clinics across Georgia.",
    )
    NavigationSettings.objects.create(
        site=site,
        header=[
            ("link", {"page": blog_index, "url": "", "label": ""}),
            (
                "menu",
                {
                    "label": "Patients",
                    "links": [
                        {"page": location_index, "url": "", "label": "Our clinics"},
                        {"page": None, "url": "https://portal.example.com/", "label": "Portal"},
                    ],
                },
            ),
        ],
        footer=[
            (
                "column",
                {
                    "heading": "Practice",
                    "links": [{"page": blog_index, "url": "", "label": "Health articles"}],
                },
            )
        ],
    )
    return site


def test_an_article(client, practice, blog_index, provider_index, every_block):
    neck = TopicFactory(name="Neck pain", slug="neck-pain")
    reviewer = ProviderPageFactory(parent=provider_index, title="Lena Hart", slug="hart")
    article = ArticlePageFactory(
        parent=blog_index,
        slug="neck-tension-migraines",
        title="Migraine headaches that start from neck muscle tension",
        intro="How tight neck muscles trigger headaches, and what helps.",
        hero_image=ImageFactory(
            file__width=1600, file__height=900, title="Neck", description="A woman rubbing her neck"
        ),
        body=every_block,
        medical_reviewer=reviewer,
        last_reviewed=datetime.date(2026, 2, 20),
        topics=[neck],
    )
    article.tags.add("desk work")
    article.save()
    author = ProviderPageFactory(parent=provider_index, title="Amara Okafor", slug="okafor")
    ArticleAuthorFactory(page=article, provider=author)
    related = ArticlePageFactory(parent=blog_index, slug="posture", title="Posture at work")
    RelatedArticleFactory(page=article, article=related)
    published_on(article, related, reviewer, author)

    assert_matches_golden("article", by_path(client, "/blog/neck-tension-migraines/"))


def test_a_clinic(client, practice, location_index, provider_index):
    clinic = LocationPageFactory(
        parent=location_index,
        slug="midtown",
        title="Midtown Atlanta",
        fax="(404) 555-0124",
        booking_url="https://booking.example.com/midtown",
        hero_image=ImageFactory(
            file__width=1600,
            file__height=900,
            title="Midtown",
            description="The clinic's front desk",
        ),
        directions="<p>Parking in the deck behind the building.</p>",
        body=[("paragraph", "<p>Our flagship clinic.</p>")],
    )
    SpecialHoursFactory(page=clinic, date=timezone.localdate() + datetime.timedelta(days=10))
    provider = ProviderPageFactory(parent=provider_index, title="Amara Okafor", slug="okafor")
    provider.locations.set([clinic])
    provider.save()
    published_on(clinic, provider)

    assert_matches_golden("clinic", by_path(client, "/clinics/midtown/"))


def test_the_site(client, practice):
    response = client.get("/api/v2/site/")

    assert response.status_code == 200
    assert_matches_golden("site", response.json())
