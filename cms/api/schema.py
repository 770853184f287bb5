"""What the delivery API's JSON looks like: every shape, once, as OpenAPI 3.1 components.

Our payloads are built by plain functions (cms/serializers.py and each app's
serializers.py), not DRF serializers, so nothing can be introspected: the shapes are
written here, next to nothing else, and cms/api/openapi.py refers to them by name. The
tests validate real responses against them, so a field added, renamed or dropped in a
serializer and not here fails the suite.

Every key our serializers write is listed under `required`: they never leave a key out,
they give `null` (marked nullable) instead. (Wagtail's own endpoints let `fields=` remove
any key, so their objects require none.) The document stays open to new fields
(no `additionalProperties: false`), as the contract allows adding fields; the tests are
strict. Choices (heading levels, topic kinds, weekdays …) are read from the code that
defines them, so the two cannot drift apart.
"""

from typing import Any

from blog.models import RELATED_ARTICLES
from blog.serializers import INDEX_ARTICLES
from cms.blocks import (
    ActionStreamBlock,
    CalloutBlock,
    HeadingBlock,
    ListBlock,
    SocialLinkBlock,
)
from cms.models import Topic
from locations.hours import DAY_NAMES
from locations.models import AppointmentRequest, ProviderPage
from locations.models.clinics import US_TIMEZONES

Schema = dict[str, Any]


# Building blocks of the schemas below


def ref(name: str) -> Schema:
    return {"$ref": f"#/components/schemas/{name}"}


def nullable(schema: Schema) -> Schema:
    """The schema, or null (OpenAPI 3.1 says so with JSON Schema's own "null" type)."""
    if "$ref" in schema or "oneOf" in schema:
        return {"oneOf": [schema, {"type": "null"}]}
    result = {**schema, "type": [schema["type"], "null"]}
    if "enum" in schema:
        result["enum"] = [*schema["enum"], None]
    return result


def obj(properties: dict[str, Schema], description: str = "", optional: tuple = ()) -> Schema:
    """An object whose keys are always present, except those named `optional`."""
    schema: Schema = {"type": "object"}
    if description:
        schema["description"] = description
    schema["required"] = [key for key in properties if key not in optional]
    schema["properties"] = properties
    return schema


def typed(json_type: str, description: str = "", **extra: Any) -> Schema:
    schema: Schema = {"type": json_type, **extra}
    if description:
        schema["description"] = description
    return schema


def array(items: Schema, description: str = "", **extra: Any) -> Schema:
    return typed("array", description, items=items, **extra)


def string(description: str = "", **extra: Any) -> Schema:
    return typed("string", description, **extra)


def integer(description: str = "", **extra: Any) -> Schema:
    return typed("integer", description, **extra)


def boolean(description: str = "") -> Schema:
    return typed("boolean", description)


def enum(values, description: str = "") -> Schema:
    return string(description, enum=list(values))


def choices(block, name: str) -> list[str]:
    """The values of a StructBlock's ChoiceBlock, as editors can choose them."""
    return [value for value, _label in block.base_blocks[name].field.choices if value]


def discriminated(mapping: dict[str, str], description: str = "") -> Schema:
    """One of several components, told apart by their `type` value."""
    schema: Schema = {
        "oneOf": [ref(name) for name in mapping.values()],
        "discriminator": {
            "propertyName": "type",
            "mapping": {value: ref(name)["$ref"] for value, name in mapping.items()},
        },
    }
    if description:
        schema["description"] = description
    return schema


DATE_TIME = string("ISO 8601 with its offset.", format="date-time")
DATE = string(format="date")
TIME = string("24-hour local time at the clinic, “08:00”.", pattern=r"^\d{2}:\d{2}$")
PUBLIC_PATH = string(
    "The path on the public site (“/blog/neck-tension/”); null for a page under no site.",
    pattern="^/",
)
PUBLIC_URL = string("Absolute, on the public site's host (never the CMS's).", format="uri")
ID = integer(minimum=1)
TEL = string("A `tel:` link (E.164), or “” without a valid number.", pattern="^(tel:\\+\\d+)?$")


# Shared objects


SHARED: dict[str, Schema] = {
    "Message": obj(
        {"message": string("What is wrong, naming the parameter and why when there is one.")},
        "An error. Every error of the API is JSON with this shape, never an HTML page.",
    ),
    "RichText": string(
        "HTML ready to insert: links to pages are public-site paths (a link to a page that "
        "is not public keeps its text and loses its `href`), links to documents absolute "
        "URLs; no Wagtail storage markup (`linktype=`, `embedtype=`, `<embed>`)."
    ),
    "Image": obj(
        {
            "id": ID,
            "alt": string("Never missing; “” only for an image marked decorative."),
            "width": integer("Of the default rendition (`url`).", minimum=1),
            "height": integer("Of the default rendition (`url`).", minimum=1),
            "url": string("Absolute URL of a WebP rendition about 960 px wide.", format="uri"),
            "srcset": string("Every width offered: “<url> 480w, <url> 960w, …”."),
        },
        "An image, ready for `<img src srcset alt>`.",
    ),
    "Breadcrumb": obj({"title": string(), "path": string(pattern="^/")}),
    "Topic": obj(
        {"slug": string(), "name": string(), "kind": enum(Topic.Kind.values)},
        "A condition or a treatment, shared by articles, clinics and providers.",
    ),
    "OpenGraph": obj(
        {
            "title": string(),
            "description": string(),
            "type": enum(["website", "article", "profile"]),
            "image": nullable(ref("Image")),
        },
        "What social networks show when the page is shared.",
    ),
    "Seo": obj(
        {
            "title": string("The `<title>`: the SEO title (else the title) and the site's suffix."),
            "description": string("The meta description."),
            "canonical_url": string(format="uri"),
            "robots": string(
                "The robots meta directive.", pattern="^(index|noindex), (follow|nofollow)$"
            ),
            "og": ref("OpenGraph"),
            "json_ld": array(
                ref("JsonLd"),
                'Structured data, one `<script type="application/ld+json">` each: what the '
                "page is (a WebPage or one of its subtypes, a MedicalClinic), its FAQPage when "
                "it has FAQ blocks, and its BreadcrumbList (not on the home page).",
            ),
        }
    ),
    "Action": obj(
        {
            "label": string(),
            "url": nullable(
                string(
                    "`book`: the booking link (UTM parameters added); `call`: a `tel:` link; "
                    "`request`: null, the widget opens the appointment-request form.",
                    format="uri",
                )
            ),
            "kind": enum(ActionStreamBlock.base_blocks),
        },
        "A button of a call to action.",
    ),
    "CTA": obj(
        {
            "id": ID,
            "heading": string(),
            "text": string(),
            "primary": ref("Action"),
            "secondary": nullable(ref("Action")),
            "location": nullable(
                obj(
                    {
                        "slug": string(),
                        "name": string(),
                        "phone": string(),
                        "tel": TEL,
                        "open_now": boolean(),
                        "hours_today": array(ref("HoursPeriod")),
                    },
                    "The clinic the call to action is for, when it is for one.",
                )
            ),
        },
        "A call to action (“Schedule your consultation”).",
    ),
}


# Clinics, providers and articles as other pages show them


LOCATION_SUMMARY = {
    "id": ID,
    "slug": string(),
    "name": string(),
    "path": nullable(PUBLIC_PATH),
    "address": ref("Address"),
    "geo": ref("Geo"),
    "phone": string("As patients read it, “(404) 555-0123”."),
    "tel": TEL,
    "open_now": boolean("Open at the moment of the response, in the clinic's timezone."),
    "opens_next": nullable(
        string(
            "When it next opens, in the clinic's timezone; null while open, or if it does "
            "not open within two weeks.",
            format="date-time",
        )
    ),
    "hours_today": array(ref("HoursPeriod"), "Today's periods; empty when closed today."),
}

PROVIDER_SUMMARY = {
    "id": ID,
    "name": string(),
    "credentials": string("“MD”, “DO, FAAPMR”, “PA-C”."),
    "display_name": string("Name and credentials, “Amara Okafor, MD”."),
    "role": enum(ProviderPage.Role.values),
    "specialty": string(),
    "path": nullable(PUBLIC_PATH),
    "photo": nullable(ref("Image")),
}

SUMMARIES: dict[str, Schema] = {
    "Address": obj(
        {
            "street_address": string(),
            "locality": string("The city."),
            "region": string("The state, “GA”."),
            "postal_code": string(),
            "country": string("Two-letter code, “US”."),
        }
    ),
    "Geo": obj({"lat": {"type": "number"}, "lng": {"type": "number"}}),
    "HoursPeriod": obj({"opens": TIME, "closes": TIME}),
    "WeeklyHours": obj(
        {"day": enum(DAY_NAMES), "opens": TIME, "closes": TIME},
        "A period of the weekly hours; a day may have several.",
    ),
    "SpecialHours": obj(
        {
            "date": DATE,
            "end_date": nullable(
                string("The last day of a closure over several days.", format="date")
            ),
            "closed": boolean(),
            "opens": nullable(TIME),
            "closes": nullable(TIME),
            "reason": string("Shown to patients, “Thanksgiving”; may be “”."),
        },
        "A dated closure or a day with changed hours (opens and closes null when closed).",
    ),
    "LocationSummary": obj(LOCATION_SUMMARY, "A clinic as lists show it."),
    "LocationListItem": obj(
        {
            **LOCATION_SUMMARY,
            "distance_miles": {
                "type": "number",
                "description": "From the point asked about; only with `near` or `zip`.",
            },
        },
        "A clinic of the `locations/` listing.",
        optional=("distance_miles",),
    ),
    "ClinicLink": obj({"slug": string(), "name": string(), "path": nullable(PUBLIC_PATH)}),
    "ProviderSummary": obj(PROVIDER_SUMMARY, "A provider as bylines and clinic pages show them."),
    "ArticleSummary": obj(
        {
            "id": ID,
            "title": string(),
            "path": nullable(PUBLIC_PATH),
            "url": PUBLIC_URL,
            "intro": string(),
            "hero_image": nullable(ref("Image")),
            "first_published_at": nullable(DATE_TIME),
        },
        "An article as lists and “You might also enjoy” show it.",
    ),
}


# StreamField blocks: {"type", "id", "value"}, the value's shape depending on the type


BLOCK_VALUES: dict[str, tuple[str, Schema]] = {
    "heading": (
        "HeadingBlock",
        obj(
            {
                "text": string(),
                "level": enum(choices(HeadingBlock, "level")),
                "anchor": string("The link target (`#anchor`), made from the text if not set."),
            }
        ),
    ),
    "paragraph": ("ParagraphBlock", ref("RichText")),
    "list": (
        "ListBlock",
        obj(
            {
                "lead_in": string("A sentence before the list; may be “”."),
                "style": enum(choices(ListBlock, "style")),
                "items": array(ref("RichText"), minItems=1),
            }
        ),
    ),
    "image": (
        "ImageBlock",
        obj(
            {
                "image": nullable(ref("Image")),
                "caption": string("May be “”."),
            },
            "`image` is null only if the image was deleted from the library.",
        ),
    ),
    "quote": ("QuoteBlock", obj({"quote": string(), "attribution": string("May be “”.")})),
    "callout": (
        "CalloutBlock",
        obj(
            {
                "style": enum(choices(CalloutBlock, "style")),
                "title": string("May be “”."),
                "text": ref("RichText"),
            }
        ),
    ),
    "faq": (
        "FAQBlock",
        obj(
            {
                "heading": string(),
                "items": array(obj({"question": string(), "answer": ref("RichText")}), minItems=1),
            }
        ),
    ),
    "cta": (
        "CTABlock",
        {
            **nullable(ref("CTA")),
            "description": "The chosen call to action, else the site's default; null if none.",
        },
    ),
    "embed": (
        "VideoBlock",
        obj(
            {
                "url": string("The video's page, as the editor pasted it."),
                "provider": string("“YouTube”, “Vimeo” …; “” if the video cannot be found."),
                "embed_url": nullable(
                    string("The player's address (YouTube and Vimeo).", format="uri")
                ),
                "html": string("The player's `<iframe>`, ready to insert; “” if none."),
                "caption": string("May be “”."),
            },
            "A video.",
        ),
    ),
    "table": (
        "TableBlock",
        obj(
            {
                "caption": string("May be “”."),
                "first_row_is_header": boolean(),
                "first_column_is_header": boolean(),
                "rows": array(array(string())),
            }
        ),
    ),
}


def block(block_type: str, value: Schema) -> Schema:
    return obj(
        {
            "type": enum([block_type]),
            "id": string("Stable across revisions: a key for the frontend.", format="uuid"),
            "value": value,
        }
    )


BLOCKS: dict[str, Schema] = {
    name: block(block_type, value) for block_type, (name, value) in BLOCK_VALUES.items()
}
BLOCKS["Block"] = discriminated(
    {block_type: name for block_type, (name, _value) in BLOCK_VALUES.items()},
    "A block of a StreamField.",
)
BLOCKS["StreamField"] = array(ref("Block"), "A page's body: its blocks, in order.")


# Pages: the fields every page type has, then each type's own


PAGE_FIELDS = {
    "id": nullable(integer("Null only in the preview of a page never saved.", minimum=1)),
    "type": string(),  # each page type narrows it to its own name
    "title": string(),
    "path": nullable(PUBLIC_PATH),
    "url": PUBLIC_URL,
    "first_published_at": nullable(DATE_TIME),
    "last_published_at": nullable(DATE_TIME),
    "breadcrumbs": array(ref("Breadcrumb"), "From the home page down to this page."),
    "seo": ref("Seo"),
}

INTRO = string("A sentence or two under the title; may be “”.")

PAGE_TYPES: dict[str, tuple[str, str, dict[str, Schema]]] = {
    "home.HomePage": (
        "HomePage",
        "The home page.",
        {
            "hero": obj({"heading": string(), "text": string(), "image": nullable(ref("Image"))}),
            "featured_articles": array(ref("ArticleSummary")),
            "featured_locations": array(ref("LocationSummary")),
            "body": ref("StreamField"),
        },
    ),
    "blog.BlogIndexPage": (
        "BlogIndexPage",
        f"The blog index with its {INDEX_ARTICLES} newest articles; the rest through "
        "`pages/?type=blog.ArticlePage`.",
        {
            "intro": INTRO,
            "articles": array(ref("ArticleSummary"), maxItems=INDEX_ARTICLES),
            "articles_total": integer("Every live, public article.", minimum=0),
        },
    ),
    "blog.ArticlePage": (
        "ArticlePage",
        "A health article.",
        {
            "intro": INTRO,
            "hero_image": nullable(ref("Image")),
            "body": ref("StreamField"),
            "topics": array(ref("Topic")),
            "tags": array(string()),
            "authors": array(ref("ProviderSummary")),
            "medical_reviewer": nullable(ref("ProviderSummary")),
            "last_reviewed": nullable(DATE),
            "reading_time_minutes": integer(minimum=1),
            "related": array(
                ref("ArticleSummary"), "“You might also enjoy”.", maxItems=RELATED_ARTICLES
            ),
            "cta": nullable(ref("CTA")),
        },
    ),
    "locations.LocationIndexPage": (
        "LocationIndexPage",
        "The clinics list.",
        {"intro": INTRO, "locations": array(ref("LocationSummary"))},
    ),
    "locations.LocationPage": (
        "LocationPage",
        "A clinic. `id`, `path` and the summary's fields are those of LocationSummary.",
        {
            **{key: value for key, value in LOCATION_SUMMARY.items() if key not in PAGE_FIELDS},
            "fax": string("May be “”."),
            "timezone": enum([zone for zone, _label in US_TIMEZONES]),
            "hours": array(ref("WeeklyHours"), "Monday to Sunday, by time within a day."),
            "special_hours": array(
                ref("SpecialHours"), "Closures and changed hours of the next 60 days, by date."
            ),
            "services": array(ref("Topic")),
            "providers": array(ref("ProviderSummary")),
            "booking_url": string("The clinic's online booking page; may be “”."),
            "directions": ref("RichText"),
            "hero_image": nullable(ref("Image")),
            "body": ref("StreamField"),
            "cta": nullable(ref("CTA")),
        },
    ),
    "locations.ProviderIndexPage": (
        "ProviderIndexPage",
        "The providers list.",
        {"intro": INTRO, "providers": array(ref("ProviderSummary"))},
    ),
    "locations.ProviderPage": (
        "ProviderPage",
        "A provider's profile. `name` is the title; the summary's fields are those of "
        "ProviderSummary.",
        {
            **{key: value for key, value in PROVIDER_SUMMARY.items() if key not in PAGE_FIELDS},
            "bio": ref("RichText"),
            "topics": array(ref("Topic"), "Areas of focus."),
            "locations": array(ref("ClinicLink"), "The clinics where the provider sees patients."),
        },
    ),
}


def page(page_type: str, description: str, fields: dict[str, Schema]) -> Schema:
    return obj({**PAGE_FIELDS, "type": enum([page_type]), **fields}, description)


PAGES: dict[str, Schema] = {
    name: page(page_type, description, fields)
    for page_type, (name, description, fields) in PAGE_TYPES.items()
}
PAGES["Page"] = discriminated(
    {page_type: name for page_type, (name, _description, _fields) in PAGE_TYPES.items()},
    "A page as the frontend renders it: the fields every page has, and its type's own.",
)
PAGES["Redirect"] = obj(
    {
        "redirect": obj(
            {
                "location": string(
                    "Where to send the visitor: a public-site path, or an absolute URL."
                ),
                "permanent": boolean("301 when true, 302 otherwise."),
            }
        )
    },
    "A redirect matches the path: answer it with an HTTP redirect to `location`.",
)


# site/


SITE: dict[str, Schema] = {
    "NavigationLink": obj(
        {
            "label": string(),
            "url": nullable(string("An address on another site.", format="uri")),
            "path": nullable(string("A page of this site.", pattern="^/")),
        },
        "A link: to a page of the site (`path`) or to another address (`url`).",
    ),
    "NavigationMenu": obj(
        {"label": string(), "links": array(ref("NavigationLink"))},
        "A header menu (a drop-down).",
    ),
    "Site": obj(
        {
            "name": string("The practice's name."),
            "logo": nullable(ref("Image")),
            "phone": string("The main line; may be “”."),
            "tel": TEL,
            "email": string("May be “”."),
            "social_links": array(
                obj({"network": enum(choices(SocialLinkBlock, "network")), "url": string()})
            ),
            "navigation": obj(
                {
                    "header": array(
                        {"oneOf": [ref("NavigationLink"), ref("NavigationMenu")]},
                        "Links and menus, in order. Drafts and private pages are left out.",
                    ),
                    "footer": array(
                        obj({"heading": string(), "links": array(ref("NavigationLink"))})
                    ),
                }
            ),
            "seo": obj(
                {
                    "title_suffix": string("Appended to every page's title, “| GPSC”."),
                    "description": string("For pages with none of their own."),
                    "image": nullable(ref("Image")),
                },
                "The SEO defaults.",
            ),
            "json_ld": array(
                ref("JsonLd"),
                "The practice as a MedicalOrganization (pages refer to its `@id`) and the "
                "WebSite it publishes.",
            ),
            "default_cta": nullable(ref("CTA")),
        },
        "What every page of the public site shares.",
    ),
    "LocationListing": obj(
        {"total": integer(minimum=0), "items": array(ref("LocationListItem"))},
        "Clinics: alphabetical, or nearest first with `near` or `zip`.",
    ),
    "SearchResults": obj(
        {
            "total": integer("Every match, not only this page of results.", minimum=0),
            "items": array(
                obj(
                    {
                        "id": ID,
                        "type": enum(["article", "location", "provider", "page"]),
                        "title": string(),
                        "path": string(pattern="^/"),
                        "url": PUBLIC_URL,
                        "summary": string("A sentence or two about the result."),
                    }
                ),
                "Best match first.",
            ),
        },
    ),
}


# Wagtail's own endpoints (pages/, images/, documents/, redirects/), in Wagtail's format


def wagtail_meta(properties: dict[str, Schema], optional: tuple = ()) -> Schema:
    return obj(
        {
            "type": string("The model, “blog.ArticlePage”, “wagtailimages.Image” …"),
            "detail_url": string(format="uri"),
            **properties,
        },
        optional=optional,
    )


def wagtail_item(meta: dict[str, Schema], fields: dict[str, Schema], description: str) -> Schema:
    """An object of Wagtail's own endpoints: its default fields, which `fields=` may remove
    (so none is required), and any other field asked for with `fields=`."""
    meta_schema = wagtail_meta(meta)
    del meta_schema["required"]
    schema = obj({"id": ID, "meta": meta_schema, **fields}, description)
    del schema["required"]
    schema["additionalProperties"] = True
    return schema


def wagtail_listing(item: str) -> Schema:
    return obj(
        {
            "meta": obj({"total_count": integer("Every match, before `limit`.", minimum=0)}),
            "items": array(ref(item)),
        }
    )


PAGE_META_LISTING = {
    "html_url": nullable(string("The page's URL on the public site.", format="uri")),
    "slug": string(),
    "first_published_at": nullable(DATE_TIME),
}
FILE_META = {
    "tags": array(string()),
    "download_url": string("The original file (relative for images, absolute for documents)."),
}

WAGTAIL: dict[str, Schema] = {
    "PageReference": obj(
        {
            "id": ID,
            "meta": wagtail_meta({"html_url": PAGE_META_LISTING["html_url"]}),
            "title": string(),
        },
        "Another page, as Wagtail's API links to it.",
    ),
    "PageListItem": wagtail_item(
        PAGE_META_LISTING,
        {"title": string()},
        "A page of the listing: Wagtail's default fields, and those asked for with `fields`.",
    ),
    "PageListing": wagtail_listing("PageListItem"),
    "PageMeta": wagtail_meta(
        {
            **PAGE_META_LISTING,
            "show_in_menus": boolean(),
            "seo_title": string(),
            "search_description": string(),
            "alias_of": nullable(ref("PageReference")),
            "parent": nullable(ref("PageReference")),
            "locale": string("Only when internationalisation is on."),
        },
        optional=("locale",),
    ),
    "PageDetail": {
        "allOf": [ref("Page"), obj({"meta": ref("PageMeta")})],
        "description": "A page as `pages/by-path/` gives it, plus Wagtail's `meta`.",
    },
    "ImageListItem": wagtail_item(FILE_META, {"title": string()}, "An image of the library."),
    "ImageListing": wagtail_listing("ImageListItem"),
    "ImageDetail": wagtail_item(
        FILE_META,
        {"title": string(), "width": integer(minimum=1), "height": integer(minimum=1)},
        "An image of the library, with the original's size.",
    ),
    "DocumentItem": wagtail_item(FILE_META, {"title": string()}, "A document of the library."),
    "DocumentListing": wagtail_listing("DocumentItem"),
    "RedirectItem": wagtail_item(
        {},
        {"old_path": string(pattern="^/"), "location": string("A path or an absolute URL.")},
        "A redirect managed by SEO staff.",
    ),
    "RedirectListing": wagtail_listing("RedirectItem"),
}


# Appointment requests: what the widget posts, and what it gets back

_CHOSEN = AppointmentRequest

FORMS: dict[str, Schema] = {
    "AppointmentRequest": obj(
        {
            "location": string("The clinic's slug, `midtown`: a live, public clinic."),
            "name": string(maxLength=100, minLength=1),
            "phone": string("A US number with its area code, `(404) 555-0123`.", maxLength=30),
            "email": string("Required when `preferred_contact` is `email`.", format="email"),
            "preferred_contact": enum(_CHOSEN.PreferredContact.values),
            "preferred_time": enum(_CHOSEN.PreferredTime.values),
            "message": string("Optional.", maxLength=500),
            "consent": {"const": True, "description": "The patient agreed to be contacted."},
            "source_path": string("The public-site path the form was sent from.", pattern="^/"),
            "website": string(
                "A spam trap: a field hidden from people, left empty. Filled, the request "
                "is answered like a success and not stored."
            ),
            "fill_seconds": typed(
                "number",
                "How long the form was open, in seconds, as the widget measured it. Below "
                "a few seconds, the request is answered like a success and not stored.",
                minimum=0,
            ),
        },
        "A patient's request to be contacted about an appointment.",
        optional=("email", "message", "source_path", "website", "fill_seconds"),
    ),
    "AppointmentRequestReceived": obj(
        {
            "reference": string("Opaque; the patient may quote it.", pattern="^[0-9A-Z]+$"),
            "status": enum(["received"]),
        },
        "The request is stored (or was, by an earlier try with the same Idempotency-Key).",
    ),
    "FieldErrors": obj(
        {
            "errors": {
                "type": "object",
                "description": "Each invalid field, with what to do about it, e.g. "
                '`{"phone": ["Enter a US phone number with its area code …"]}`; '
                "`non_field_errors` for a body that is not a JSON object.",
                "additionalProperties": array(string()),
            }
        },
        "Invalid fields, every one named; nothing was stored.",
    ),
}


# Structured data: schema.org objects as JSON-LD (cms/jsonld.py). The properties at the top
# of each are listed; nested objects are schema.org objects with their own `@type`.

THING = {
    "type": "object",
    "description": "A nested schema.org object (`@type` and its properties).",
    "required": ["@type"],
    "properties": {"@type": string(), "@id": string(format="uri")},
    "additionalProperties": True,
}
REFERENCE = obj({"@id": string("The `@id` of an object described elsewhere.", format="uri")})
SCHEMA_ORG_MEMBER = string("A schema.org enumeration member's URL.", pattern="^https://schema.org/")


def json_ld(
    schema_types: list[str], description: str, properties: dict[str, Schema], required=()
) -> Schema:
    return {
        "type": "object",
        "description": description,
        "required": ["@context", "@type", *required],
        "properties": {
            "@context": enum(["https://schema.org"]),
            "@type": enum(schema_types),
            "@id": string(format="uri"),
            **properties,
        },
    }


JSON_LD_PAGE_TYPES = ["WebPage", "CollectionPage", "ProfilePage", "MedicalWebPage"]
JSON_LD: dict[str, Schema] = {
    "JsonLdWebPage": json_ld(
        JSON_LD_PAGE_TYPES,
        "The page: an article is a MedicalWebPage whose `mainEntity` is the Article (headline, "
        "dates, authors, publisher), vouched for by `reviewedBy` and `lastReviewed`; a "
        "provider's is a ProfilePage whose `mainEntity` is an IndividualPhysician or a Person.",
        {
            "url": PUBLIC_URL,
            "name": string(),
            "description": string(),
            "isPartOf": REFERENCE,
            "publisher": REFERENCE,
            "dateModified": DATE_TIME,
            "about": array(THING, "MedicalCondition and MedicalTherapy objects."),
            "lastReviewed": DATE,
            "reviewedBy": THING,
            "mainEntity": THING,
        },
        required=("url", "name", "isPartOf", "publisher"),
    ),
    "JsonLdMedicalClinic": json_ld(
        ["MedicalClinic"],
        "A clinic: address, geo, phone, opening hours (weekly, then upcoming special days "
        "with `validFrom`/`validThrough`; a closure opens and closes at 00:00), the "
        "schema.org specialties of its physicians, the treatments it offers.",
        {
            "name": string(),
            "url": PUBLIC_URL,
            "description": string(),
            "image": string(format="uri"),
            "telephone": string(),
            "faxNumber": string(),
            "address": THING,
            "geo": THING,
            "openingHoursSpecification": array(THING),
            "medicalSpecialty": array(SCHEMA_ORG_MEMBER),
            "availableService": array(THING),
            "parentOrganization": THING,
        },
        required=("name", "url", "address", "geo", "telephone", "parentOrganization"),
    ),
    "JsonLdFAQPage": json_ld(
        ["FAQPage"],
        "Every question of the page's FAQ blocks, each with its accepted answer (HTML).",
        {"url": PUBLIC_URL, "mainEntity": array(THING, "Question objects.", minItems=1)},
        required=("url", "mainEntity"),
    ),
    "JsonLdBreadcrumbList": json_ld(
        ["BreadcrumbList"],
        "The breadcrumbs, home page first, as absolute URLs.",
        {
            "itemListElement": array(
                obj(
                    {
                        "@type": enum(["ListItem"]),
                        "position": integer(minimum=1),
                        "name": string(),
                        "item": PUBLIC_URL,
                    }
                ),
                minItems=2,
            )
        },
        required=("itemListElement",),
    ),
    "JsonLdMedicalOrganization": json_ld(
        ["MedicalOrganization"],
        "The practice, from its settings.",
        {
            "name": string(),
            "url": PUBLIC_URL,
            "logo": string(format="uri"),
            "telephone": string(),
            "email": string(),
            "sameAs": array(string(format="uri"), "Its social media profiles."),
        },
        required=("name", "url"),
    ),
    "JsonLdWebSite": json_ld(
        ["WebSite"],
        "The public site, published by the practice.",
        {"name": string(), "url": PUBLIC_URL, "publisher": REFERENCE},
        required=("name", "url", "publisher"),
    ),
}
JSON_LD_TYPES = {
    **dict.fromkeys(JSON_LD_PAGE_TYPES, "JsonLdWebPage"),
    "MedicalClinic": "JsonLdMedicalClinic",
    "FAQPage": "JsonLdFAQPage",
    "BreadcrumbList": "JsonLdBreadcrumbList",
    "MedicalOrganization": "JsonLdMedicalOrganization",
    "WebSite": "JsonLdWebSite",
}
JSON_LD["JsonLd"] = {
    "oneOf": [ref(name) for name in dict.fromkeys(JSON_LD_TYPES.values())],
    "discriminator": {
        "propertyName": "@type",
        "mapping": {value: ref(name)["$ref"] for value, name in JSON_LD_TYPES.items()},
    },
    "description": "A schema.org object as JSON-LD, generated from the content.",
}


# Titled, so that browsable docs name them (“ArticlePage | HomePage …”, not “object | …”).
COMPONENTS: dict[str, Schema] = {
    name: {"title": name, **schema}
    for name, schema in {
        **SHARED,
        **JSON_LD,
        **SUMMARIES,
        **BLOCKS,
        **PAGES,
        **SITE,
        **WAGTAIL,
        **FORMS,
    }.items()
}
