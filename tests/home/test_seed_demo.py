"""`manage.py seed_demo`: the demo content `make run` loads on every start.

Seeding takes a few seconds, so it runs once for the module, inside a transaction rolled
back at the end (other modules start from an empty database). Each test runs in its own
savepoint on top of it, so tests that seed again or edit content do not affect the others.
"""

import datetime
import re
from collections.abc import Iterator
from io import StringIO

import pytest
from django.core.exceptions import ValidationError
from django.core.management import call_command
from django.db import transaction
from django.utils import timezone
from django.utils.html import strip_tags
from taggit.models import TaggedItem
from wagtail.images import get_image_model
from wagtail.models import Page, PageLogEntry, Revision, Site

from blog.models import ArticleAuthor, ArticlePage, ArticlePageTag, RelatedArticle
from blog.services import MEDICAL_REVIEW_WORKFLOW
from cms.blocks import BodyStreamBlock
from cms.models import CallToAction, NavigationSettings, PracticeSettings, Topic
from cms.validators import parse_phone
from home.demo import content as demo_content
from home.models import HomePage
from locations.models import LocationPage, OpeningHours, ProviderPage, SpecialHours
from locations.models.providers import CREDENTIALS

SEED_PORT = 8123
GEORGIA_AREA_CODES = {"229", "404", "470", "478", "678", "706", "762", "770", "912", "943"}
FICTIONAL_PHONE = re.compile(r"^\(\d{3}\) 555-01\d\d$")
COUNTED_MODELS = [
    Page,
    Revision,
    PageLogEntry,
    Topic,
    CallToAction,
    OpeningHours,
    SpecialHours,
    ArticleAuthor,
    RelatedArticle,
    ArticlePageTag,
    TaggedItem,
    PracticeSettings,
    NavigationSettings,
]


def seed(*arguments: str) -> str:
    output = StringIO()
    call_command("seed_demo", *arguments, stdout=output)
    return output.getvalue()


@pytest.fixture(scope="module")
def first_run(django_db_setup, django_db_blocker) -> Iterator[str]:
    """Seed once for the module; roll it all back when the module is done."""
    with django_db_blocker.unblock(), pytest.MonkeyPatch.context() as monkeypatch:
        monkeypatch.setenv("PORT", str(SEED_PORT))
        with transaction.atomic():
            yield seed()
            transaction.set_rollback(True)


@pytest.fixture
def seeded(first_run, db) -> str:
    """The first run's output; the test itself runs in a savepoint rolled back after it."""
    return first_run


def counts() -> dict[str, int]:
    result = {model.__name__: model.objects.count() for model in COUNTED_MODELS}
    result["Image"] = get_image_model().objects.count()
    return result


def summary(output: str) -> dict[str, tuple[int, int, int]]:
    """{"Clinics": (created, updated, unchanged), …} from the command's output."""
    lines = re.findall(r"^(.+): (\d+) created, (\d+) updated, (\d+) unchanged$", output, re.M)
    return {
        kind: (int(created), int(updated), int(unchanged))
        for kind, created, updated, unchanged in lines
    }


def stream_errors(instance) -> list[str]:
    """Block validation errors of every StreamField of `instance` (as the admin checks)."""
    errors = []
    for field in instance._meta.get_fields():
        if field.__class__.__name__ == "StreamField":
            try:
                field.stream_block.clean(getattr(instance, field.name))
            except ValidationError as error:
                errors.append(f"{instance!r}.{field.name}: {error}")
    return errors


def test_first_run_reports_what_it_created(seeded):
    kinds = summary(seeded)
    assert kinds[f"Site (localhost:{SEED_PORT})"] == (0, 1, 0)
    assert kinds["Images"] == (len(demo_content.IMAGES), 0, 0)
    assert kinds["Topics"] == (len(demo_content.TOPICS), 0, 0)
    assert kinds["Calls to action"] == (3, 0, 0)
    assert kinds["Sections"] == (3, 0, 0)
    assert kinds["Clinics"] == (6, 0, 0)
    assert kinds["Providers"] == (len(demo_content.PROVIDERS), 0, 0)
    assert kinds["Articles"] == (len(demo_content.ARTICLES), 0, 0)
    assert kinds["Home page"] == (0, 1, 0)
    assert kinds["Practice settings"] == (1, 0, 0)
    assert kinds["Navigation"] == (1, 0, 0)


def test_site_is_localhost_on_the_development_port(seeded):
    site = Site.objects.get(is_default_site=True)
    assert (site.hostname, site.port) == ("localhost", SEED_PORT)
    assert site.site_name == "Georgia Pain & Spine Care"


def test_six_live_clinics_in_georgia(seeded):
    clinics = list(LocationPage.objects.live().order_by("title"))
    assert len(clinics) == 6
    for clinic in clinics:
        assert (clinic.region, clinic.country, clinic.timezone) == (
            "GA",
            "US",
            "America/New_York",
        )
        assert re.fullmatch(r"3[01]\d{3}", clinic.postal_code), clinic.postal_code
        assert 30.3 < clinic.latitude < 35.1 and -85.7 < clinic.longitude < -80.8
        for number in filter(None, [clinic.phone, clinic.fax]):
            assert FICTIONAL_PHONE.match(number), number
            assert str(parse_phone(number).national_number)[:3] in GEORGIA_AREA_CODES
        assert clinic.booking_url == f"https://booking.example.com/{clinic.slug}"
        assert clinic.hero_image and clinic.directions and len(clinic.body) >= 3
        assert clinic.services.exists() and clinic.opening_hours.exists()
        assert clinic.special_hours.filter(date=datetime.date(2026, 11, 26), closed=True)
    assert any(clinic.fax for clinic in clinics) and not all(clinic.fax for clinic in clinics)
    assert OpeningHours.objects.filter(day=5).exists(), "a clinic opens on Saturday morning"
    days = OpeningHours.objects.values_list("page_id", "day")
    assert len(days) > len(set(days)), "a clinic closes for lunch (two periods a day)"
    assert SpecialHours.objects.filter(date=datetime.date(2026, 12, 24), closed=False).exists()
    assert SpecialHours.objects.filter(end_date__isnull=False, closed=True).exists()


def test_providers_have_profiles_clinics_and_focus(seeded):
    providers = list(ProviderPage.objects.live())
    assert len(providers) >= 8
    assert {provider.role for provider in providers} == {"physician", "clinician"}
    assert {"MD", "DO", "MD, FIPP", "PA-C", "NP-C", "DPT"} <= {
        provider.credentials for provider in providers
    }
    for provider in providers:
        assert CREDENTIALS.match(provider.credentials)
        assert provider.photo and provider.specialty
        assert provider.bio.count("<p>") >= 2
        assert provider.locations.exists() and provider.topics.exists()


def test_articles_are_varied_reviewed_and_staggered(seeded):
    articles = list(ArticlePage.objects.live().order_by("-first_published_at"))
    assert len(articles) >= 12
    today = timezone.localdate()
    used_block_types = set()
    for article in articles:
        block_types = {block.block_type for block in article.body}
        assert len(block_types) >= 5, article.slug
        used_block_types |= block_types
        texts = [article.intro, *article.body.stream_block.get_searchable_content(article.body)]
        words = sum(len(strip_tags(text).split()) for text in texts)
        assert 400 <= words <= 900, (article.slug, words)
        assert article.hero_image and article.topics.exists() and article.tags.exists()
        assert 1 <= article.authors.count() <= 2
        assert article.medical_reviewer.role == ProviderPage.Role.PHYSICIAN
        assert article.last_reviewed <= today
    assert used_block_types == set(BodyStreamBlock().child_blocks)
    published = [article.first_published_at for article in articles]
    assert len(set(published)) == len(published) and max(published) < timezone.now()
    assert min(published) < timezone.now() - datetime.timedelta(days=90)
    assert any((today - article.last_reviewed).days > 365 for article in articles)
    assert any(article.related_links.exists() for article in articles)
    assert any(not article.related_links.exists() for article in articles)
    assert {article.cta is None for article in articles} == {True, False}
    assert ArticlePage.objects.first().related_articles(), "related or fallback articles"


def test_articles_go_through_medical_review(seeded):
    for article in ArticlePage.objects.all():
        assert article.get_workflow().name == MEDICAL_REVIEW_WORKFLOW


def test_every_page_is_valid_and_published_with_history(seeded):
    home = Site.objects.get(is_default_site=True).root_page
    pages = list(home.get_descendants(inclusive=True).specific())
    assert len(pages) == 1 + 3 + 6 + len(demo_content.PROVIDERS) + len(demo_content.ARTICLES)
    errors = []
    for page in pages:
        page.full_clean()
        errors += stream_errors(page)
        assert page.live and not page.has_unpublished_changes, page
        assert page.latest_revision and page.revisions.count() == 1, page
    for child in [*OpeningHours.objects.all(), *SpecialHours.objects.all()]:
        child.full_clean()
    for model in (CallToAction, PracticeSettings, NavigationSettings):
        for instance in model.objects.all():
            instance.full_clean()
            errors += stream_errors(instance)
    assert errors == []


def test_home_page_features_articles_and_clinics(seeded):
    home = HomePage.objects.get()
    assert home.hero_heading and home.hero_text and home.hero_image
    assert home.featured_articles.count() == 3 and home.featured_clinics.count() == 3
    assert {block.block_type for block in home.body} >= {"heading", "paragraph", "cta"}


def test_calls_to_action_and_practice_settings(seeded):
    actions = {
        cta.name: (cta.primary[0].block_type, [block.block_type for block in cta.secondary])
        for cta in CallToAction.objects.all()
    }
    assert actions == {
        "Default – schedule your consultation": ("book", ["call"]),
        "Call the clinic": ("call", []),
        "Request an appointment": ("request", []),
    }
    practice = PracticeSettings.objects.get(site__is_default_site=True)
    assert practice.name == "Georgia Pain & Spine Care" and practice.phone == "(404) 555-0100"
    assert practice.logo and practice.default_social_image and practice.email
    assert practice.default_cta.name == "Default – schedule your consultation"
    assert practice.title_suffix == "| Georgia Pain & Spine Care"
    assert 50 <= len(practice.default_description) <= 160
    assert len(practice.social_links) >= 2


def test_navigation_links_to_the_sections_and_legal_pages(seeded):
    navigation = NavigationSettings.objects.get(site__is_default_site=True)
    linked_pages = {
        block.value["page"].slug for block in navigation.header if block.value.get("page")
    }
    assert {"blog", "clinics", "providers"} <= linked_pages
    menus = [block.value for block in navigation.header if block.block_type == "menu"]
    assert "Conditions" in [menu["label"] for menu in menus]
    assert all(link["page"].live for menu in menus for link in menu["links"])
    columns = {column.value["heading"]: column.value["links"] for column in navigation.footer}
    assert list(columns) == ["Practice", "Patients", "Legal"]
    assert "https://example.com/privacy" in [link["url"] for link in columns["Legal"]]


def test_demo_pages_render(seeded, client):
    """One page of each type, and three articles that between them use every block."""
    home = HomePage.objects.get()
    articles = [
        ArticlePage.objects.get(slug=slug)
        for slug in ["occipital-nerve-block", "sciatica", "spinal-cord-stimulator-trial"]
    ]
    assert {block.block_type for article in articles for block in article.body} == set(
        BodyStreamBlock().child_blocks
    )
    pages = [
        home,
        *home.get_children().specific(),
        LocationPage.objects.first(),
        ProviderPage.objects.first(),
        *articles,
    ]
    html = {page.slug: client.get(page.url) for page in pages}
    assert {response.status_code for response in html.values()} == {200}
    assert "youtube-nocookie.com/embed/gpscDemo001" in html["occipital-nerve-block"].text
    assert 'alt="Diagram of the sciatic nerve running from the lower back' in html["sciatica"].text
    assert "<caption>What differs between the trial and the implant</caption>" in (
        html["spinal-cord-stimulator-trial"].text
    )


def test_demo_content_is_searchable(seeded, client):
    """Pages are seeded by saving and publishing, so the search index is filled as the
    admin fills it."""
    data = client.get("/api/v2/search/", {"q": "migraine"}).json()
    assert data["items"][0]["path"] == "/blog/neck-tension-migraine/"
    assert {"article", "provider", "location"} <= {item["type"] for item in data["items"]}
    data = client.get("/api/v2/search/", {"q": "okafor", "type": "provider"}).json()
    assert [item["path"] for item in data["items"]] == ["/providers/amara-okafor/"]


def test_a_second_run_changes_nothing(seeded):
    before = counts()
    for arguments in [(), ("--update",)]:
        output = seed(*arguments)
        assert all(created == updated == 0 for created, updated, _ in summary(output).values())
        assert counts() == before
    titles = list(get_image_model().objects.values_list("title", flat=True))
    assert len(titles) == len(set(titles)) == len(demo_content.IMAGES)


def test_editors_changes_are_kept_unless_update_is_given(seeded):
    article = ArticlePage.objects.get(slug="sciatica")
    article.title = "Sciatica, edited in the admin"
    article.save_revision().publish()
    ArticlePage.objects.get(slug="desk-posture-neck-pain").delete()
    image = get_image_model().objects.get(title="Figure – knee joint")
    image.file.storage.delete(image.file.name)

    kinds = summary(seed())
    assert kinds["Articles"] == (1, 0, len(demo_content.ARTICLES) - 1)
    assert kinds["Images"] == (0, 1, len(demo_content.IMAGES) - 1)
    assert ArticlePage.objects.get(slug="sciatica").title == "Sciatica, edited in the admin"
    assert ArticlePage.objects.get(slug="desk-posture-neck-pain").live
    assert image.file.storage.exists(get_image_model().objects.get(pk=image.pk).file.name)

    kinds = summary(seed("--update"))
    assert kinds["Articles"] == (0, 1, len(demo_content.ARTICLES) - 1)
    article = ArticlePage.objects.get(slug="sciatica")
    assert article.title == "Sciatica: causes, symptoms and when to see a specialist"
    assert article.live and article.revisions.count() == 3
