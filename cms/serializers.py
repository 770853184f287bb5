"""The shared serializers of the delivery API: images, rich text and public paths.

Each rule exists once, here, and everything that outputs an image, a rich-text string or
a link to a page calls it. Both work in bulk, so that a page's payload costs the same
number of queries whatever its number of images and links.
"""

from collections.abc import Iterable
from typing import Any

from django.db.models import Prefetch, prefetch_related_objects
from django.http import HttpRequest
from django.utils.html import escape
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.images.models import AbstractImage
from wagtail.models import Page
from wagtail.rich_text.rewriters import EmbedRewriter, LinkRewriter, MultiRuleRewriter

# Widths offered in `srcset`; the default `url` is the one closest to a content column.
IMAGE_WIDTHS = (480, 960, 1440, 1920)
DEFAULT_IMAGE_WIDTH = 960
IMAGE_FORMAT = "webp"


def image_filter_specs(image: AbstractImage) -> list[str]:
    """The renditions an image is offered in: each width up to the original's, as WebP."""
    widths = [width for width in IMAGE_WIDTHS if width < image.width] or [image.width]
    if widths[-1] < min(image.width, IMAGE_WIDTHS[-1]):
        widths.append(image.width)  # the largest size the original allows
    return [f"width-{width}|format-{IMAGE_FORMAT}" for width in widths]


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

    `alt` is the text chosen where the image is used; without it the image's own default
    alt text is given. An image marked decorative has an empty alt, never a missing one.
    """
    if image is None:
        return None
    if getattr(image, "decorative", False):
        alt = ""
    elif alt is None:
        alt = getattr(image, "contextual_alt_text", None) or image.default_alt_text
    renditions = list(image.get_renditions(*image_filter_specs(image)).values())
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


def public_path(page: Page, request: HttpRequest | None = None) -> str | None:
    """The page's path on the public site ("/blog/neck-tension/"), or None if it is
    not under any site."""
    url_parts = page.get_url_parts(request)
    return url_parts[2] if url_parts else None


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

    def expand(self, html: str) -> str:
        return self.expand_many([html])[0]

    def page_links(self, attrs_list: list[dict]) -> list[str]:
        ids = [attrs.get("id") for attrs in attrs_list]
        pages = Page.objects.live().public().filter(pk__in=[i for i in ids if i and i.isdigit()])
        paths = {str(page.pk): public_path(page, self.request) for page in pages}
        return [f'<a href="{escape(paths[i])}">' if paths.get(i) else "<a>" for i in ids]

    def document_links(self, attrs_list: list[dict]) -> list[str]:
        ids = [attrs.get("id") for attrs in attrs_list]
        documents = get_document_model().objects.in_bulk([int(i) for i in ids if i and i.isdigit()])
        urls = {str(pk): self.request.build_absolute_uri(doc.url) for pk, doc in documents.items()}
        return [f'<a href="{escape(urls[i])}">' if i in urls else "<a>" for i in ids]
