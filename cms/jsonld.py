"""Structured data: the schema.org JSON-LD shared by every page type and the site payload.

Search engines read a page's JSON-LD to know what it is (a clinic, a medical article, a
physician's profile), who publishes it and who vouches for it. Everything here is built
from content the editors already maintain, never typed by hand, and uses only schema.org
types and properties (`tests/seo/` checks every page against the vocabulary).

This module holds what all pages share: the practice as a MedicalOrganization, a plain
WebPage, the BreadcrumbList, the FAQPage built from FAQ blocks. Page types describe
themselves in their serializer's `json_ld_main()` with these helpers. Every top-level
object carries `@context`; nested ones do not need it. Empty values are left out, as
schema.org readers treat a missing property better than an empty one.
"""

from typing import TYPE_CHECKING, Any

from wagtail.models import Page

from cms.models import Topic

if TYPE_CHECKING:
    from cms.serializers import Payload

CONTEXT = "https://schema.org"

# Google's limit for an Article's headline.
HEADLINE_MAX_LENGTH = 110


def thing(schema_type: str | list[str], **properties: Any) -> dict[str, Any]:
    """A schema.org object of `schema_type`, its empty properties left out.

    Properties whose name is not a Python identifier (`@id`) are passed as `**{"@id": …}`.
    """
    return {"@type": schema_type, **{k: v for k, v in properties.items() if v not in EMPTY}}


def top_level(node: dict[str, Any]) -> dict[str, Any]:
    """`node` as one `<script type="application/ld+json">`: with its `@context` first."""
    return {"@context": CONTEXT, **node}


EMPTY = (None, "", [], {})


def member(name: str) -> str:
    """An enumeration member as schema.org names it: "https://schema.org/Monday"."""
    return f"{CONTEXT}/{name}"


def site_url(payload: "Payload") -> str:
    """The public site's home page, absolute ("https://www.example.com/")."""
    return payload.site.root_url + "/"


def organization_id(payload: "Payload") -> str:
    """The practice's `@id`: pages refer to it instead of repeating it."""
    return site_url(payload) + "#organization"


def organization_reference(payload: "Payload") -> dict[str, Any]:
    """The practice as a publisher or parent organization: its `@id` and name, which the
    site payload's full MedicalOrganization describes."""
    return thing(
        "MedicalOrganization",
        **{"@id": organization_id(payload)},
        name=payload.settings.name,
        url=site_url(payload),
    )


def organization(payload: "Payload") -> dict[str, Any]:
    """The practice as a MedicalOrganization, from its settings: name, logo, phone, email
    and social profiles."""
    settings = payload.settings
    return thing(
        "MedicalOrganization",
        **{"@id": organization_id(payload)},
        name=settings.name,
        url=site_url(payload),
        logo=payload.image_url(settings.logo),
        telephone=settings.phone,
        email=settings.email,
        sameAs=[block.value["url"] for block in settings.social_links],
    )


def website(payload: "Payload") -> dict[str, Any]:
    """The public site itself, published by the practice."""
    return thing(
        "WebSite",
        **{"@id": site_url(payload) + "#website"},
        name=payload.settings.name,
        url=site_url(payload),
        publisher={"@id": organization_id(payload)},
    )


def web_page(
    schema_type: str, url: str, name: str, description: str, payload: "Payload", **extra: Any
) -> dict[str, Any]:
    """A page of the site (WebPage or one of its subtypes), part of the site and published
    by the practice."""
    return thing(
        schema_type,
        **{"@id": url},
        url=url,
        name=name,
        description=description,
        isPartOf={"@id": site_url(payload) + "#website"},
        publisher={"@id": organization_id(payload)},
        **extra,
    )


def breadcrumb_list(crumbs: list[dict[str, str]], payload: "Payload") -> dict[str, Any]:
    """The page's breadcrumbs (home page first) as a BreadcrumbList of absolute URLs."""
    root = payload.site.root_url
    return thing(
        "BreadcrumbList",
        itemListElement=[
            thing("ListItem", position=position, name=crumb["title"], item=root + crumb["path"])
            for position, crumb in enumerate(crumbs, start=1)
        ],
    )


def faq_page(page: Page, url: str, payload: "Payload") -> dict[str, Any] | None:
    """Every question of the page's FAQ blocks as one FAQPage, or None without any.

    Answers are the same HTML the API gives the FAQ block, which search engines accept.
    """
    body = getattr(page, "body", None) or []
    questions = [
        thing(
            "Question",
            name=item["question"],
            acceptedAnswer=thing("Answer", text=payload.rich_text(item["answer"])),
        )
        for block in body
        if block.block_type == "faq"
        for item in block.value["items"]
    ]
    if not questions:
        return None
    return thing("FAQPage", **{"@id": url + "#faq"}, url=url, mainEntity=questions)


def topic_thing(topic) -> dict[str, Any]:
    """A condition as a MedicalCondition, a treatment as a MedicalTherapy."""
    schema_type = "MedicalCondition" if topic.kind == Topic.Kind.CONDITION else "MedicalTherapy"
    return thing(schema_type, name=topic.name)
