"""The shared serializers of the delivery API: images, rich text and public paths.

Each rule exists once, here, and everything that outputs an image, a rich-text string or
a link to a page calls it. Both work in bulk, so that a page's payload costs the same
number of queries whatever its number of images and links.
"""

import functools
import hashlib
from collections.abc import Callable, Iterable
from typing import Any
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

from django.conf import settings
from django.db.models import Prefetch, prefetch_related_objects
from django.http import HttpRequest
from django.utils.cache import patch_cache_control
from django.utils.functional import cached_property
from django.utils.html import escape
from django.utils.module_loading import import_string
from rest_framework.response import Response
from wagtail.blocks import StreamValue
from wagtail.documents import get_document_model
from wagtail.embeds import embeds
from wagtail.embeds.exceptions import EmbedException
from wagtail.fields import StreamField
from wagtail.images import get_image_model
from wagtail.images.models import AbstractImage, Filter
from wagtail.models import Page, Site
from wagtail.rich_text.rewriters import EmbedRewriter, LinkRewriter, MultiRuleRewriter

from cms import jsonld
from cms.embeds import VideoEmbedFinder, video_player_url
from cms.models import (
    CallToAction,
    NavigationSettings,
    PracticeSettings,
    SeoMixin,
    public_pages,
)
from cms.validators import phone_to_tel

# Widths offered in `srcset`; the default `url` is the one closest to a content column.
IMAGE_WIDTHS = (480, 960, 1440, 1920)
DEFAULT_IMAGE_WIDTH = 960
IMAGE_FORMAT = "webp"
TIME_SENSITIVE_MAX_AGE = 60
# `utm_campaign` of calls to action shown inside a page (its body, its own CTA) and as
# the site's default in `site/`; the widget's are named after their placement.
CONTENT_CAMPAIGN = "content"


def image_filter_specs(image: AbstractImage) -> list[str]:
    """The renditions an image is offered in: each width up to the original's, as WebP."""
    widths = [width for width in IMAGE_WIDTHS if width < image.width] or [image.width]
    if widths[-1] < min(image.width, IMAGE_WIDTHS[-1]):
        widths.append(image.width)  # the largest size the original allows
    return [f"width-{width}|format-{IMAGE_FORMAT}" for width in widths]


@functools.cache
def image_filter(spec: str) -> Filter:
    """Wagtail's Filter for a spec, made once per process: it parses its spec on first
    use, which for every image of every payload cost more than the renditions' query."""
    return Filter(spec)


def renditions_prefetch(images: Iterable[AbstractImage | None]) -> None:
    """Fetch the existing renditions of all these images in one query.

    Renditions that do not exist yet are created on first use (once per image and size);
    afterwards, a payload's images cost this one query however many there are.
    """
    images = [image for image in images if image is not None]
    if not images:
        return
    specs = {spec for image in images for spec in image_filter_specs(image)}
    rendition_model = get_image_model().get_rendition_model()
    prefetch_related_objects(
        images,
        Prefetch(
            "renditions",
            queryset=rendition_model.objects.filter(filter_spec__in=specs),
            to_attr="prefetched_renditions",
        ),
    )


def image_representation(
    image: AbstractImage | None, request: HttpRequest, alt: str | None = None
) -> dict[str, Any] | None:
    """An Image object of the API: id, alt, width, height, an absolute url and a srcset.

    `alt` is the text chosen where the image is used ("" for a decorative image); without
    it, the image block's choice, else the image's own default alt text. Never missing.
    """
    if image is None:
        return None
    if alt is None:
        alt = image_alt(image)
    filters = [image_filter(spec) for spec in image_filter_specs(image)]
    renditions = list(image.get_renditions(*filters).values())
    default = min(renditions, key=lambda rendition: abs(rendition.width - DEFAULT_IMAGE_WIDTH))
    return {
        "id": image.pk,
        "alt": alt,
        "width": default.width,
        "height": default.height,
        "url": request.build_absolute_uri(default.url),
        "srcset": ", ".join(
            f"{request.build_absolute_uri(rendition.url)} {rendition.width}w"
            for rendition in renditions
        ),
    }


def image_alt(image: AbstractImage) -> str:
    """The alt text an image block chose ("" if decorative), else the image's default."""
    if getattr(image, "decorative", False):
        return ""
    return getattr(image, "contextual_alt_text", None) or image.default_alt_text


def public_address(page: Page, request: HttpRequest | None = None) -> tuple[str | None, str]:
    """The page's path on the public site ("/blog/neck-tension/") and its absolute url on
    the site's own host; (None, "") if the page is not under any site."""
    site_id, root_url, path = page.get_url_parts(request) or (None, "", None)
    return path, (root_url or "") + (path or "")


def public_path(page: Page, request: HttpRequest | None = None) -> str | None:
    """The page's path on the public site, or None if it is not under any site."""
    return public_address(page, request)[0]


class RichTextExpander:
    """Turns stored rich text into HTML for the public site, many strings at a time.

    Links to pages become public-site paths, and only for live, public pages: a link to a
    draft or a private page keeps its text and loses its address, so that nothing
    private leaks. Links to documents become their URLs. Embedded images and media are
    not allowed in our rich text features and are dropped. All the strings given to one
    call are expanded with one query per kind of link.
    """

    # Cannot occur in stored HTML: joins the strings so that one rewrite expands them all.
    SEPARATOR = "\x00"

    def __init__(self, request: HttpRequest):
        self.request = request
        self.rewrite = MultiRuleRewriter(
            [
                LinkRewriter(bulk_rules={"page": self.page_links, "document": self.document_links}),
                EmbedRewriter(bulk_rules={}),
            ]
        )

    def expand_many(self, htmls: list[str]) -> list[str]:
        if not htmls:
            return []
        return self.rewrite(self.SEPARATOR.join(htmls)).split(self.SEPARATOR)

    def page_links(self, attrs_list: list[dict]) -> list[str]:
        ids = [attrs.get("id") for attrs in attrs_list]
        pages = public_pages().filter(pk__in=[i for i in ids if i and i.isdigit()])
        paths = {str(page.pk): public_path(page, self.request) for page in pages}
        return [f'<a href="{escape(paths[i])}">' if paths.get(i) else "<a>" for i in ids]

    def document_links(self, attrs_list: list[dict]) -> list[str]:
        ids = [attrs.get("id") for attrs in attrs_list]
        documents = get_document_model().objects.in_bulk([int(i) for i in ids if i and i.isdigit()])
        urls = {str(pk): self.request.build_absolute_uri(doc.url) for pk, doc in documents.items()}
        return [f'<a href="{escape(urls[i])}">' if i in urls else "<a>" for i in ids]


class Deferred:
    """A value of the payload computed after the whole payload is built (in bulk)."""

    __slots__ = ("kind", "args", "result")

    def __init__(self, kind: str, *args: Any):
        self.kind = kind
        self.args = args
        self.result: Any = None


class Payload:
    """What serializing one response needs: the request, its site, and the deferred work.

    Serializers and blocks ask for a rich-text string or an image through `rich_text()`
    and `image()` and get a placeholder; `resolve()` then expands every rich-text string
    in one pass and fetches every image's renditions in one query, and puts the results
    in place. So a payload costs the same number of queries however many blocks, images
    and links it holds, wherever they sit.
    """

    def __init__(self, request: HttpRequest, site: Site | None = None, draft: bool = False):
        self.request = request
        self.site = site or site_for_request(request)
        # A draft (a preview) holds its relations in memory: fetching them would replace
        # the editor's unsaved authors or topics with the live page's.
        self.draft = draft
        self.deferred: list[Deferred] = []
        self.max_age: int | None = None  # the API cache's default, unless shortened

    def time_sensitive(self) -> None:
        """The payload shows something that changes with the clock (a clinic open now):
        it may be kept a minute only."""
        self.max_age = TIME_SENSITIVE_MAX_AGE

    @cached_property
    def settings(self) -> PracticeSettings:
        """The practice's settings for this site (unsaved defaults if never edited), kept
        in the shared cache until the next change to everything (a settings change is)."""
        from cms.api.cache import everything_cached  # cms.api imports this module

        site = self.site
        return everything_cached(
            f"practice-settings:{site.pk}", lambda: practice_settings_read(site)
        )

    @property
    def default_cta(self) -> CallToAction | None:
        return self.settings.default_cta

    def rich_text(self, html: str | Any) -> Deferred:
        source = getattr(html, "source", html) or ""
        return self._defer("rich_text", source)

    def image(self, image: AbstractImage | None, alt: str | None = None) -> Deferred | None:
        if image is None:
            return None
        # Read now: one Image instance may be shared by blocks with different alt text.
        return self._defer("image", image, image_alt(image) if alt is None else alt)

    def image_url(self, image: AbstractImage | None) -> Deferred | None:
        """The absolute URL of the image's default rendition, as structured data gives it."""
        if image is None:
            return None
        return self._defer("image_url", image)

    def _defer(self, kind: str, *args: Any) -> Deferred:
        deferred = Deferred(kind, *args)
        self.deferred.append(deferred)
        return deferred

    def resolve(self, data: Any) -> Any:
        """Do the deferred work in bulk and return `data` with the results in place."""
        texts = [item for item in self.deferred if item.kind == "rich_text"]
        expanded = RichTextExpander(self.request).expand_many([item.args[0] for item in texts])
        for item, html in zip(texts, expanded, strict=True):
            item.result = html
        images = [item for item in self.deferred if item.kind in {"image", "image_url"}]
        renditions_prefetch(item.args[0] for item in images)
        for item in images:
            image, *alt = item.args
            representation = image_representation(image, self.request, alt=alt[0] if alt else "")
            item.result = representation if item.kind == "image" else representation["url"]
        self.deferred = []
        return _substitute(data)

    def response(self, data: Any) -> Response:
        """The API response for `data`, resolved, and with a shortened max-age if the
        payload is time-sensitive."""
        return self.freshness_limit(Response(self.resolve(data)))

    def freshness_limit(self, response: Response) -> Response:
        """Shorten the response's max-age if the payload is time-sensitive."""
        if self.max_age is not None:
            patch_cache_control(response, max_age=self.max_age)
        return response


def practice_settings_read(site: Site) -> PracticeSettings:
    found = (
        PracticeSettings.objects.select_related("default_cta", "logo", "default_social_image")
        .filter(site=site)
        .first()
    )
    return found or PracticeSettings(site=site)


def site_for_request(request: HttpRequest) -> Site | None:
    """The Wagtail Site a request came to (`Site.find_for_request`), kept in the shared
    cache per host until the next change to everything (a Site's change is one)."""
    from cms.api.cache import everything_cached  # cms.api imports this module

    if hasattr(request, "_wagtail_site"):
        return request._wagtail_site
    try:
        host = request.get_host()
    except Exception:  # a disallowed host: Wagtail's lookup knows what to do
        return Site.find_for_request(request)
    key = "site:" + hashlib.sha256(f"{host}|{request.get_port()}".encode()).hexdigest()[:32]
    site = everything_cached(key, lambda: Site.find_for_request(request))
    request._wagtail_site = site  # where Wagtail's own lookups (page URLs) find it
    return site


def _substitute(data: Any) -> Any:
    if isinstance(data, Deferred):
        return data.result
    if isinstance(data, dict):
        return {key: _substitute(value) for key, value in data.items()}
    if isinstance(data, list | tuple):
        return [_substitute(value) for value in data]
    return data


def booking_url_with_utm(url: str, campaign: str) -> str:
    """The booking link with our UTM parameters, replacing any the editor typed.

    The values name where the link was shown (`utm_campaign` is a placement such as
    `article-footer`), never what the page was about: a condition in a URL would end up
    in the booking system's and analytics tools' logs, tied to a patient's visit.
    """
    parts = urlsplit(url)
    query = [
        (name, value)
        for name, value in parse_qsl(parts.query, keep_blank_values=True)
        if not name.startswith("utm_")
    ]
    query += [
        ("utm_source", settings.CTA_UTM_SOURCE),
        ("utm_medium", "cta"),
        ("utm_campaign", campaign),
    ]
    return urlunsplit(parts._replace(query=urlencode(query)))


def action_representation(
    action, payload: Payload, *, campaign: str, phone: str = "", booking_url: str = ""
) -> dict[str, Any]:
    """An Action of a CTA: {label, url, kind}.

    A booking link is the action's own, else the clinic's (`booking_url`), with UTM
    parameters for `campaign`; a call dials the action's own number, else the clinic's
    (`phone`), else the practice's main line.
    """
    value = action.value
    kind = action.block_type
    if kind == "book":
        url = value["url"] or booking_url
        url = booking_url_with_utm(url, campaign) if url else None
    elif kind == "call":
        url = phone_to_tel(value["phone"] or phone or payload.settings.phone) or None
    else:
        url = None  # the widget opens the appointment-request form
    return {"label": value["label"], "url": url, "kind": kind}


def cta_representation(
    cta: CallToAction | None,
    payload: Payload,
    *,
    campaign: str = CONTENT_CAMPAIGN,
    phone: str = "",
    booking_url: str = "",
    location: dict[str, Any] | None = None,
) -> dict[str, Any] | None:
    """A CTA object of the API, or None where there is no call to action at all.

    `campaign` names where it is shown (a placement, or `content` inside a page);
    `phone`, `booking_url` and `location` are the clinic's when it is shown for one
    (see `locations.serializers.clinic_cta`).
    """
    if cta is None:
        return None
    links = {"campaign": campaign, "phone": phone, "booking_url": booking_url}
    primary = action_representation(cta.primary[0], payload, **links) if cta.primary else None
    secondary = action_representation(cta.secondary[0], payload, **links) if cta.secondary else None
    return {
        "id": cta.pk,
        "heading": cta.heading,
        "text": cta.text,
        "primary": primary,
        "secondary": secondary,
        "location": location,
    }


def video_representation(embed_value) -> dict[str, Any]:
    """A video block's player: its page URL, provider and the iframe's address and HTML.

    YouTube and Vimeo players are built from the URL (no query, no request to the
    provider); other providers go through Wagtail's embed finders and their cache.
    """
    url = getattr(embed_value, "url", embed_value) or ""
    player = video_player_url(url)
    if player:
        provider, player_url = player
        html = VideoEmbedFinder().find_embed(url)["html"]
        return {"url": url, "provider": provider, "embed_url": player_url, "html": html}
    try:
        embed = embeds.get_embed(url)
    except EmbedException:
        return {"url": url, "provider": "", "embed_url": None, "html": ""}
    return {"url": url, "provider": embed.provider_name, "embed_url": None, "html": embed.html}


def page_summary(page: Page) -> str:
    """What the page says about itself in a sentence or two (`SeoMixin.seo_description_text`):
    search engines, the SEO report and our own search results use the same words."""
    if isinstance(page, SeoMixin):
        return page.seo_description_text
    return page.search_description


def page_type(page: Page) -> str:
    """The page's type as the API names it: "blog.ArticlePage"."""
    return f"{page._meta.app_label}.{type(page).__name__}"


def streams_prefetch(values: Iterable[StreamValue]) -> None:
    """Convert the blocks of many StreamField values together, fetching what they choose
    (images, calls to action) with one query per kind for all of them.

    A value read from the database converts its own blocks when first read, in bulk per
    block type but for itself alone: a listing of fifty bodies would pay fifty times.
    """
    groups: dict[int, list[StreamValue]] = {}
    for value in values:
        if value.is_lazy and len(value):
            groups.setdefault(id(value.stream_block), []).append(value)
    for group in groups.values():
        raw = [item for value in group for item in value.raw_data]
        children = iter(StreamValue(group[0].stream_block, raw, is_lazy=True))
        for value in group:
            for index in range(len(value)):
                value[index] = next(children)


# What a field reads beyond its page's row: a relation as `prefetch_related_objects` takes
# it, a function making a Prefetch (for a queryset built only when needed), or the name
# of a StreamField.
Lookup = str | Prefetch | Callable[[], Prefetch]


def pages_prefetch(pages: list[Page], lookups: Iterable[Lookup]) -> None:
    """Fetch what the lookups name for all these pages at once: relations in one query
    each, StreamFields' blocks converted together."""
    if not pages:
        return
    stream_names = {
        field.name for field in pages[0]._meta.get_fields() if isinstance(field, StreamField)
    }
    relations: dict[str, str | Prefetch] = {}
    streams: list[str] = []
    for lookup in dict.fromkeys(lookups):
        if callable(lookup):
            lookup = lookup()
        if lookup in stream_names:
            streams.append(lookup)
        else:
            relations.setdefault(getattr(lookup, "prefetch_to", lookup), lookup)
    prefetch_related_objects(pages, *relations.values())
    for name in dict.fromkeys(streams):
        streams_prefetch(getattr(page, name) for page in pages)


def api_field_names(model: type[Page]) -> list[str]:
    """The names of a page type's `api_fields`: what `pages/?fields=` may ask for."""
    return [getattr(field, "name", field) for field in getattr(model, "api_fields", ())]


class BasePageSerializer:
    """The fields every page type has: identity, addresses, dates, breadcrumbs and SEO.

    A page type adds its fields: its model's `api_fields`, which listings may ask for too
    (`pages/?fields=`), then the serializer's `detail_only_fields`, which only a single
    page affords (related articles: queries of their own). Each field's value is the
    serializer's method of that name, else the page's attribute; listings call the same
    methods, so a field is the same in every endpoint. `lookups` names what each field
    reads beyond the page's row, and `prefetch()` fetches it for many pages at once: a
    listing then costs the same queries for fifty pages as for five. `share_image()`
    names the image that stands for the page on social media when it has none of its own.
    """

    og_type = "website"
    detail_only_fields: tuple[str, ...] = ()
    lookups: dict[str, list[Lookup]] = {}
    # The schema.org type of the page in its structured data (a WebPage subtype).
    schema_type = "WebPage"
    # What a field reads through foreign keys, fetched with the page's own row
    # (`select_related`) where the page is fetched for it: a single page, a typed listing.
    joins: dict[str, list[str]] = {}

    def __init__(self, page: Page, payload: Payload, ancestors: list[Page] | None = None):
        self.page = page
        self.payload = payload
        self.ancestors = ancestors

    @classmethod
    def joins_for(cls, names: Iterable[str]) -> list[str]:
        """The `select_related` paths of the named fields."""
        return list(dict.fromkeys(join for name in names for join in cls.joins.get(name, ())))

    @classmethod
    def streams_unread(cls, model: type[Page], names: Iterable[str]) -> list[str]:
        """The page type's StreamFields that none of the named fields reads: a listing
        need not load (and parse) every item's body to show its intro."""
        names = list(names)
        strings = [lookup for name in names for lookup in cls.lookups.get(name, ())]
        read = set(names) | {lookup for lookup in strings if isinstance(lookup, str)}
        return [
            field.name
            for field in model._meta.get_fields()
            if isinstance(field, StreamField) and field.name not in read
        ]

    @classmethod
    def page_fetch(cls, page: Page) -> Page:
        """The specific page, with what its whole payload reads through foreign keys
        (the SEO's social image, each field's joins) in the same query."""
        model = page.specific_class
        names = [*api_field_names(model), *cls.detail_only_fields]
        joins = ["social_image", *cls.joins_for(names)]
        return model.objects.select_related(*joins).get(pk=page.pk)

    @classmethod
    def prefetch(cls, pages: list[Page], names: Iterable[str]) -> None:
        """Fetch, for all these pages at once, what the named fields read."""
        pages_prefetch(pages, [lookup for name in names for lookup in cls.lookups.get(name, ())])

    def data(self) -> dict[str, Any]:
        page = self.page
        self.path, self.url = public_address(page, self.payload.request)
        # Fields first: the structured data describes what they fetched, without asking again.
        fields = self.fields()
        return {
            "id": page.pk,
            "type": page_type(page),
            "title": page.title,
            "path": self.path,
            "url": self.url,
            "first_published_at": iso_datetime(page.first_published_at),
            "last_published_at": iso_datetime(page.last_published_at),
            "breadcrumbs": self.breadcrumbs(),
            "seo": self.seo(),
            **fields,
        }

    def fields(self) -> dict[str, Any]:
        """The fields of the page's type, in the order declared."""
        names = [*api_field_names(type(self.page)), *self.detail_only_fields]
        if not self.payload.draft:
            self.prefetch([self.page], names)
        return {name: self.value(name) for name in names}

    def value(self, name: str) -> Any:
        """One field of the page's type: the method of that name, else the attribute."""
        method = getattr(self, name, None)
        return method() if callable(method) else getattr(self.page, name)

    def description(self) -> str:
        """The summary for search engines: the page's own, else the site's default."""
        return page_summary(self.page) or self.payload.settings.default_description

    @cached_property
    def social_image(self) -> AbstractImage | None:
        """The image shared on social media and given to search engines: the page's own
        social image, else the image that stands for it, else the site's default."""
        page = self.page
        return page.social_image or self.share_image() or self.payload.settings.default_social_image

    def share_image(self) -> AbstractImage | None:
        """The image that stands for the page without a social image of its own."""
        return getattr(self.page, "main_image", None)

    @cached_property
    def _breadcrumbs(self) -> list[dict[str, str]]:
        """From the site's root page down to this page (the pages given as `ancestors`
        when they were fetched with the page, else read now)."""
        root = self.payload.site.root_page
        ancestors = self.ancestors
        if ancestors is None:
            ancestors = self.page.get_ancestors(inclusive=True).filter(depth__gte=root.depth)
            ancestors = ancestors.only("title", "url_path", "path", "depth")
        prefix_length = len(root.url_path) - 1
        crumbs = [
            {"title": ancestor.title, "path": ancestor.url_path[prefix_length:]}
            for ancestor in ancestors
        ]
        if self.page.pk is None:  # a page being created, in preview: not in the tree yet
            crumbs.append({"title": self.page.title, "path": self.page.url_path[prefix_length:]})
        return crumbs

    def breadcrumbs(self) -> list[dict[str, str]]:
        return [dict(crumb) for crumb in self._breadcrumbs]

    def json_ld(self, title: str, description: str) -> list[dict[str, Any]]:
        """The page's structured data: what it is (`json_ld_main()`), its FAQ when it has
        FAQ blocks, and its breadcrumbs (but on the home page, which has none to show)."""
        nodes = [self.json_ld_main(title, description)]
        faq = jsonld.faq_page(self.page, self.url, self.payload)
        if faq is not None:
            nodes.append(faq)
        if len(self._breadcrumbs) > 1:
            nodes.append(jsonld.breadcrumb_list(self._breadcrumbs, self.payload))
        return [jsonld.top_level(node) for node in nodes]

    def json_ld_main(self, title: str, description: str) -> dict[str, Any]:
        """The page as a schema.org WebPage (or the `schema_type` subtype). Page types that
        describe something more (an article, a clinic, a physician) override this."""
        return jsonld.web_page(
            self.schema_type,
            self.url,
            title,
            description,
            self.payload,
            dateModified=iso_datetime(self.page.last_published_at),
        )

    def seo(self) -> dict[str, Any]:
        page, settings = self.page, self.payload.settings
        title = page.seo_title or page.title
        description = self.description()
        image = self.social_image
        return {
            "title": f"{title} {settings.title_suffix}".strip(),
            "description": description,
            "canonical_url": page.canonical_url or self.url,
            "robots": page.robots,
            "og": {
                "title": title,
                "description": description,
                "type": self.og_type,
                "image": self.payload.image(image),
            },
            "json_ld": self.json_ld(title, description) if self.url else [],
        }

    def stream(self, value) -> list[dict[str, Any]]:
        """A StreamField as [{type, id, value}], its rich text and images deferred."""
        return value.stream_block.get_api_representation(value, {"payload": self.payload})


def iso_datetime(value) -> str | None:
    """A date or datetime as ISO 8601 (datetimes with their offset), or None."""
    return value.isoformat() if value else None


def page_serializer_class(model: type[Page]) -> type[BasePageSerializer]:
    """A page type's API serializer: its model's `api_serializer`, else the base one."""
    serializer_class = getattr(model, "api_serializer", None)
    if isinstance(serializer_class, str):
        serializer_class = import_string(serializer_class)
    return serializer_class or BasePageSerializer


def page_serialize(
    page: Page, payload: Payload, ancestors: list[Page] | None = None
) -> dict[str, Any]:
    """The Page object of the API for any page type, with its deferred work done."""
    return payload.resolve(page_serializer_class(type(page))(page, payload, ancestors).data())


def site_representation(payload: Payload) -> dict[str, Any]:
    """`site/`: the practice, its navigation, SEO defaults and default CTA."""
    settings = payload.settings
    navigation = NavigationSettings.objects.filter(site=payload.site).first()
    header = list(navigation.header) if navigation else []
    footer = list(navigation.footer) if navigation else []
    links = [block.value for block in header if block.block_type == "link"]
    links += [
        link for block in header if block.block_type == "menu" for link in block.value["links"]
    ]
    links += [link for block in footer for link in block.value["links"]]
    linked_ids = [link["page"].pk for link in links if link["page"]]
    public_ids = set(public_pages().filter(pk__in=linked_ids).values_list("pk", flat=True))

    def link_data(link) -> dict[str, Any] | None:
        page = link["page"]
        if page is None:
            return {"label": link["label"], "url": link["url"], "path": None}
        if page.pk not in public_ids:
            return None  # never point the public at a draft or a private page
        return {
            "label": link["label"] or page.title,
            "url": None,
            "path": public_path(page, payload.request),
        }

    def links_data(blocks) -> list[dict[str, Any]]:
        return [data for data in map(link_data, blocks) if data is not None]

    def header_item(block) -> dict[str, Any] | None:
        if block.block_type == "menu":
            return {"label": block.value["label"], "links": links_data(block.value["links"])}
        return link_data(block.value)

    return {
        "name": settings.name,
        "logo": payload.image(settings.logo),
        "phone": settings.phone,
        "tel": phone_to_tel(settings.phone),
        "email": settings.email,
        "social_links": [
            {"network": block.value["network"], "url": block.value["url"]}
            for block in settings.social_links
        ],
        "navigation": {
            "header": [item for item in map(header_item, header) if item is not None],
            "footer": [
                {"heading": block.value["heading"], "links": links_data(block.value["links"])}
                for block in footer
            ],
        },
        "seo": {
            "title_suffix": settings.title_suffix,
            "description": settings.default_description,
            "image": payload.image(settings.default_social_image),
        },
        "json_ld": [
            jsonld.top_level(jsonld.organization(payload)),
            jsonld.top_level(jsonld.website(payload)),
        ],
        "default_cta": cta_representation(settings.default_cta, payload),
    }
