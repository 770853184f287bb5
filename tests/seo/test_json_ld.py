"""Structured data: every page of the demo content, and the site, speak schema.org only.

Each payload's `json_ld` is parsed as JSON-LD (pyld, offline) and every type, property and
enumeration value is looked up in the vendored schema.org vocabulary. Beside that, the
tests say what each page type must tell search engines: a clinic's hours and closures, an
article's author, reviewer and dates, a physician's profile, FAQs, breadcrumbs.
"""

import datetime
import re

from django.utils import timezone

from blog.factories import ArticleAuthorFactory, ArticlePageFactory
from cms.factories import TopicFactory
from cms.models import Topic
from locations.factories import LocationPageFactory, ProviderPageFactory, SpecialHoursFactory
from locations.models.providers import SPECIALTY_WORDS
from tests.seo.schemaorg import enumeration, problems

OFFSET = re.compile(r"T\d{2}:\d{2}:\d{2}(\.\d+)?[+-]\d{2}:\d{2}$")


def by_path(client, path: str) -> dict:
    response = client.get("/api/v2/pages/by-path/", {"path": path})
    assert response.status_code == 200, path
    return response.json()


def of_type(json_ld: list[dict], schema_type: str) -> dict:
    found = [item for item in json_ld if item["@type"] == schema_type]
    assert len(found) == 1, f"{schema_type} in {[item['@type'] for item in json_ld]}"
    return found[0]


# What each page type says


def test_an_article_says_who_wrote_it_who_reviewed_it_and_when(client, blog_index, provider_index):
    reviewer = ProviderPageFactory(
        parent=provider_index, title="Lena Hart", slug="hart", specialty="Neurology"
    )
    article = ArticlePageFactory(
        parent=blog_index,
        slug="neck",
        title="Neck tension",
        search_description="Why a tight neck gives you headaches, and what helps.",
        medical_reviewer=reviewer,
        last_reviewed=datetime.date(2026, 2, 20),
        topics=[TopicFactory(name="Neck pain"), TopicFactory(name="Nerve block", kind="treatment")],
    )
    ArticleAuthorFactory(
        page=article,
        provider=ProviderPageFactory(
            parent=provider_index,
            title="Sam Reed",
            slug="reed",
            role="clinician",
            credentials="PA-C",
            specialty="Physician Assistant",
        ),
    )
    article.tags.add("desk work")
    article.save_revision().publish()

    json_ld = by_path(client, "/blog/neck/")["seo"]["json_ld"]

    page = of_type(json_ld, "MedicalWebPage")
    assert problems(page) == []
    assert page["url"] == "http://localhost/blog/neck/"
    assert page["lastReviewed"] == "2026-02-20"
    assert page["reviewedBy"]["@type"] == "IndividualPhysician"
    assert page["reviewedBy"]["name"] == "Lena Hart, MD"
    assert page["reviewedBy"]["medicalSpecialty"] == ["https://schema.org/Neurologic"]
    assert page["reviewedBy"]["@id"] == "http://localhost/providers/hart/#provider"
    assert [thing["@type"] for thing in page["about"]] == ["MedicalCondition", "MedicalTherapy"]
    article_data = page["mainEntity"]
    assert article_data["@type"] == "Article"
    assert article_data["headline"] == "Neck tension"
    assert article_data["description"] == "Why a tight neck gives you headaches, and what helps."
    assert OFFSET.search(article_data["datePublished"])
    assert OFFSET.search(article_data["dateModified"])
    assert article_data["author"] == [
        {
            "@type": "Person",
            "@id": "http://localhost/providers/reed/#provider",
            "name": "Sam Reed",
            "honorificSuffix": "PA-C",
            "jobTitle": "Physician Assistant",
            "url": "http://localhost/providers/reed/",
            "worksFor": {
                "@type": "MedicalOrganization",
                "@id": "http://localhost/#organization",
                "name": "Georgia Pain & Spine Care",
                "url": "http://localhost/",
            },
        }
    ]
    assert article_data["publisher"]["@id"] == "http://localhost/#organization"
    assert article_data["keywords"] == ["desk work"]
    crumbs = of_type(json_ld, "BreadcrumbList")["itemListElement"]
    assert [(crumb["position"], crumb["item"]) for crumb in crumbs] == [
        (1, "http://localhost/"),
        (2, "http://localhost/blog/"),
        (3, "http://localhost/blog/neck/"),
    ]


def test_a_draft_reviewer_is_not_named(client, blog_index, provider_index):
    reviewer = ProviderPageFactory(parent=provider_index, slug="hart", live=False)
    ArticlePageFactory(parent=blog_index, slug="neck", medical_reviewer=reviewer)

    page = of_type(by_path(client, "/blog/neck/")["seo"]["json_ld"], "MedicalWebPage")

    assert "reviewedBy" not in page


def test_a_clinic_gives_its_address_hours_closures_and_specialties(
    client, location_index, provider_index
):
    clinic = LocationPageFactory(
        parent=location_index,
        slug="midtown",
        title="Midtown",
        services=[
            TopicFactory(name="Nerve block", kind=Topic.Kind.TREATMENT),
            TopicFactory(name="Sciatica", kind=Topic.Kind.CONDITION),
        ],
    )
    today = timezone.localdate()
    SpecialHoursFactory(
        page=clinic,
        date=today + datetime.timedelta(days=3),
        end_date=today + datetime.timedelta(days=4),
        closed=True,
        reason="Thanksgiving",
    )
    SpecialHoursFactory(
        page=clinic,
        date=today + datetime.timedelta(days=10),
        closed=False,
        opens=datetime.time(9),
        closes=datetime.time(13),
        reason="Christmas Eve",
    )
    for title, specialty in [("A", "Anesthesiology and Pain Medicine"), ("B", "Sports medicine")]:
        provider = ProviderPageFactory(parent=provider_index, title=title, specialty=specialty)
        provider.locations.set([clinic])
        provider.save_revision().publish()

    json_ld = by_path(client, "/clinics/midtown/")["seo"]["json_ld"]

    data = of_type(json_ld, "MedicalClinic")
    assert problems(data) == []
    assert data["@id"] == "http://localhost/clinics/midtown/#clinic"
    assert data["address"]["@type"] == "PostalAddress"
    assert data["address"]["addressRegion"] == "GA"
    assert data["geo"]["@type"] == "GeoCoordinates"
    assert isinstance(data["geo"]["latitude"], float)
    assert data["telephone"] == clinic.phone
    assert data["medicalSpecialty"] == [
        "https://schema.org/Anesthesia",
        "https://schema.org/Musculoskeletal",
    ]
    assert data["availableService"] == [{"@type": "MedicalTherapy", "name": "Nerve block"}]
    assert data["parentOrganization"]["@id"] == "http://localhost/#organization"
    hours = data["openingHoursSpecification"]
    weekly = [spec for spec in hours if "dayOfWeek" in spec]
    assert weekly[0]["dayOfWeek"][0] == "https://schema.org/Monday"
    assert {spec["opens"] for spec in weekly} == {"08:00"}
    special = [spec for spec in hours if "validFrom" in spec]
    assert special == [
        {
            "@type": "OpeningHoursSpecification",
            "validFrom": (today + datetime.timedelta(days=3)).isoformat(),
            "validThrough": (today + datetime.timedelta(days=4)).isoformat(),
            "opens": "00:00",
            "closes": "00:00",
            "description": "Thanksgiving",
        },
        {
            "@type": "OpeningHoursSpecification",
            "validFrom": (today + datetime.timedelta(days=10)).isoformat(),
            "validThrough": (today + datetime.timedelta(days=10)).isoformat(),
            "opens": "09:00",
            "closes": "13:00",
            "description": "Christmas Eve",
        },
    ]


def test_a_physician_has_a_profile_page(client, location_index, provider_index):
    clinic = LocationPageFactory(parent=location_index, slug="midtown", title="Midtown")
    provider = ProviderPageFactory(
        parent=provider_index,
        slug="okafor",
        title="Amara Okafor",
        specialty="Neurology and Headache Medicine",
        topics=[TopicFactory(name="Migraine")],
    )
    provider.locations.set([clinic])
    provider.save_revision().publish()

    json_ld = by_path(client, "/providers/okafor/")["seo"]["json_ld"]

    page = of_type(json_ld, "ProfilePage")
    assert problems(page) == []
    physician = page["mainEntity"]
    assert physician["@type"] == "IndividualPhysician"
    assert physician["@id"] == "http://localhost/providers/okafor/#provider"
    assert physician["medicalSpecialty"] == ["https://schema.org/Neurologic"]
    assert physician["practicesAt"] == [
        {
            "@type": "MedicalClinic",
            "@id": "http://localhost/clinics/midtown/#clinic",
            "name": "Midtown",
            "url": "http://localhost/clinics/midtown/",
        }
    ]
    assert physician["knowsAbout"] == [{"@type": "MedicalCondition", "name": "Migraine"}]


def test_faq_blocks_become_one_faq_page(client, blog_index):
    faq = {
        "heading": "FAQ",
        "items": [
            {"question": "Does it hurt?", "answer": "<p>Briefly.</p>"},
            {"question": "How long?", "answer": "<p>Ten minutes.</p>"},
        ],
    }
    ArticlePageFactory(parent=blog_index, slug="faq", body=[("faq", faq), ("faq", faq)])

    faq_page = of_type(by_path(client, "/blog/faq/")["seo"]["json_ld"], "FAQPage")

    assert problems(faq_page) == []
    assert len(faq_page["mainEntity"]) == 4
    assert faq_page["mainEntity"][0] == {
        "@type": "Question",
        "name": "Does it hurt?",
        "acceptedAnswer": {"@type": "Answer", "text": "<p>Briefly.</p>"},
    }


def test_the_home_page_has_no_breadcrumbs(client, home_page):
    json_ld = by_path(client, "/")["seo"]["json_ld"]

    assert [item["@type"] for item in json_ld] == ["WebPage"]


# The checker itself


def test_the_checker_finds_what_is_not_schema_org():
    document = {
        "@context": "https://schema.org",
        "@type": "MedicalClinic",
        "telephon": "x",
        "headline": "a clinic has no headline",
        "medicalSpecialty": "https://schema.org/PainMedicine",
        "address": {"@type": "PostalAdress", "streetAddress": "1 Main St"},
    }

    assert problems(document) == [
        "/address: PostalAdress is not a schema.org type",
        "/address/streetAddress: on an object without a schema.org type",
        "/headline: not a property of MedicalClinic",
        "/medicalSpecialty: PainMedicine is not a MedicalSpecialty",
        "/telephon: not a property of MedicalClinic",
    ]


def test_every_specialty_word_names_a_schema_org_specialty():
    assert set(SPECIALTY_WORDS.values()) <= enumeration("MedicalSpecialty")


# Cached answers stay true to the content


def test_structured_data_follows_changes_to_what_it_mentions(
    client, location_index, provider_index, django_capture_on_commit_callbacks
):
    clinic = LocationPageFactory(parent=location_index, slug="midtown", title="Midtown")
    provider = ProviderPageFactory(parent=provider_index, slug="okafor", specialty="Neurology")
    provider.locations.set([clinic])
    provider.save_revision().publish()
    profile = of_type(by_path(client, "/providers/okafor/")["seo"]["json_ld"], "ProfilePage")
    assert profile["mainEntity"]["practicesAt"][0]["name"] == "Midtown"
    clinic_data = of_type(by_path(client, "/clinics/midtown/")["seo"]["json_ld"], "MedicalClinic")
    assert clinic_data["medicalSpecialty"] == ["https://schema.org/Neurologic"]

    with django_capture_on_commit_callbacks(execute=True):
        clinic.title = "Midtown Atlanta"
        clinic.save_revision().publish()
        provider.specialty = "Anesthesiology"
        provider.save_revision().publish()

    profile = of_type(by_path(client, "/providers/okafor/")["seo"]["json_ld"], "ProfilePage")
    assert profile["mainEntity"]["practicesAt"][0]["name"] == "Midtown Atlanta"
    clinic_data = of_type(by_path(client, "/clinics/midtown/")["seo"]["json_ld"], "MedicalClinic")
    assert clinic_data["medicalSpecialty"] == ["https://schema.org/Anesthesia"]
