"""Import articles saved as HTML from the practice's old website as draft ArticlePages.

The old site was a WordPress-like blog. Its pages were saved as files (with their images
next to them); this module turns one such file into an article an editor can review:

* `article_parse` reads the file and returns a `ParsedArticle`: title, SEO fields, intro
  and the body as StreamField blocks. It writes nothing, so it can reject a file before
  anything is saved.
* `article_import` saves one parsed file under the blog index, in one transaction: its
  images, then the page as a draft revision. A file that fails leaves nothing behind,
  not even image files in storage.
* `html_files_find` and `blog_index_resolve` serve the `import_articles` command.

Imported pages are never published: the old content has not been medically reviewed for
the new site, and editors decide what goes live.
"""

from __future__ import annotations

import contextlib
import html
import os
import re
import uuid
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal
from urllib.parse import unquote, urljoin, urlsplit

from bs4 import BeautifulSoup, UnicodeDammit
from bs4.element import CData, Comment, Declaration, Doctype, NavigableString, ProcessingInstruction
from bs4.element import Tag as BsTag
from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.files.images import ImageFile
from django.db import transaction
from django.utils.text import slugify
from PIL import Image as PILImage
from wagtail.images import get_image_model
from wagtail.log_actions import log
from wagtail.models import Page
from wagtail.utils.file import hash_filelike

from blog.models import ArticlePage, BlogIndexPage

HTML_SUFFIXES = {".html", ".htm"}
INTRO_MAX = 400  # ArticlePage.intro
TITLE_MAX = 255  # Page.title
HEADING_MAX = 120  # HeadingBlock.text
ANCHOR_MAX = 80  # HeadingBlock.anchor
LEAD_IN_MAX = 200  # ListBlock.lead_in
QUOTE_MAX = 600  # QuoteBlock.quote
ATTRIBUTION_MAX = 120  # QuoteBlock.attribution
CAPTION_MAX = 250  # FigureBlock.caption
CTA_MAX = 2  # BodyStreamBlock block_counts

# Where the article is in a page of the old site, most specific first; the whole <body>
# is the last resort (its header, navigation and footer are then skipped as chrome).
CONTENT_SELECTORS = [
    "article",
    "main",
    "[role=main]",
    ".entry-content",
    ".post-content",
    ".entry",
    ".post",
    "#content",
    "body",
]
# Elements that are never part of an article's text.
SKIPPED_TAGS = {
    "script", "style", "noscript", "template", "nav", "header", "footer", "aside", "form",
    "button", "input", "select", "textarea", "svg", "canvas", "audio", "video", "object",
    "embed", "map", "link", "meta", "head", "title",
}  # fmt: skip
# WordPress chrome inside the content area: post meta, sharing buttons, comments, widgets.
CHROME_CLASS = re.compile(
    r"(^|[-_])(entry-meta|post-?meta|byline|breadcrumbs?|share|sharing|sharedaddy|social|"
    r"comments?|comment-respond|respond|related|related-posts|author-bio|author-box|"
    r"post-navigation|nav-links|tags-links|cat-links|sidebar|widget|widget-area|"
    r"screen-reader-text|sr-only|skip-link|advert|ads|newsletter|subscribe)($|[-_])",
    re.IGNORECASE,
)
TAXONOMY_CLASS = re.compile(r"(tag|category|format|status|type|postid)-", re.IGNORECASE)
CTA_CLASS = re.compile(r"(^|[-_])(cta|call-to-action|calltoaction)($|[-_])", re.IGNORECASE)
# “Schedule your consultation”, “Book an appointment”, “Request a visit today”.
CTA_HEADING = re.compile(
    r"\b(schedule|book|request|make)\b.{0,30}\b(consultation|appointment|visit)\b", re.IGNORECASE
)
HEADING_TAGS = {"h1", "h2", "h3", "h4", "h5", "h6"}
HEADING_LEVELS = {"h1": "h2", "h2": "h2", "h3": "h3", "h4": "h4", "h5": "h4", "h6": "h4"}
INLINE_TAGS = {
    "a", "abbr", "b", "bdi", "bdo", "big", "br", "cite", "code", "data", "del", "dfn", "em",
    "font", "i", "ins", "kbd", "label", "mark", "q", "s", "samp", "small", "span", "strike",
    "strong", "sub", "sup", "time", "tt", "u", "var", "wbr",
}  # fmt: skip
# Inside an inline element, these make it a container to walk rather than a run of text.
BLOCK_DESCENDANTS = [
    "address", "article", "blockquote", "div", "figure", "h1", "h2", "h3", "h4", "h5", "h6",
    "hr", "iframe", "img", "ol", "p", "picture", "section", "table", "ul",
]  # fmt: skip
IGNORED_STRINGS = (CData, Comment, Declaration, Doctype, ProcessingInstruction)
TITLE_SEPARATORS = (" | ", " – ", " — ", " - ", " :: ", " » ")
WORDPRESS_SIZE_SUFFIX = re.compile(r"-\d+x\d+$")
QUOTE_MARKS = "\"'“”„‘’«»"

ImportStatus = Literal["created", "updated", "failed"]


class ArticleImportError(Exception):
    """The import cannot start: a missing path, no HTML files, or no blog index."""


class ArticleRejected(Exception):
    """This one file cannot become an article; `reason` says why, for the summary."""

    def __init__(self, reason: str):
        super().__init__(reason)
        self.reason = reason


@dataclass
class ImageRef:
    """An image of the article that exists next to the HTML file, still to be uploaded."""

    path: Path
    src: str
    alt_text: str
    title: str
    alt_missing: bool = False
    caption: str = ""


@dataclass
class ParsedArticle:
    """What a file of the old site holds, ready to save. Image blocks hold `ImageRef`s."""

    title: str
    intro: str
    blocks: list[tuple[str, Any]]
    search_description: str = ""
    seo_title: str = ""
    canonical_url: str = ""
    warnings: list[str] = field(default_factory=list)

    @property
    def images(self) -> list[ImageRef]:
        return [value for kind, value in self.blocks if kind == "image"]


@dataclass
class ImportResult:
    """The outcome of one file, for the command's summary (and for tests)."""

    source: Path
    key: str
    status: ImportStatus
    title: str = ""
    slug: str = ""
    page_id: int | None = None
    reason: str = ""
    warnings: list[str] = field(default_factory=list)
    images_created: int = 0


# --- Finding files and the blog index -------------------------------------------------------


def html_files_find(paths: Iterable[str | Path]) -> list[tuple[Path, Path]]:
    """Every HTML file to import, as (file, import root) pairs, in a stable order.

    A folder is searched recursively; its files' keys are then relative to that folder,
    so importing the same folder again finds the same articles. A missing path stops the
    whole import: a typo should not silently import half of what was meant.
    """
    missing = [str(path) for path in paths if not Path(path).exists()]
    if missing:
        raise ArticleImportError(f"No such file or folder: {', '.join(missing)}")
    found: dict[Path, Path] = {}
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            for candidate in sorted(path.rglob("*")):
                if candidate.is_file() and candidate.suffix.lower() in HTML_SUFFIXES:
                    found.setdefault(candidate, path)
        else:
            found.setdefault(path, path.parent)
    if not found:
        raise ArticleImportError("No .html or .htm files found in the given paths.")
    return list(found.items())


def blog_index_resolve(parent: str | None = None) -> BlogIndexPage:
    """The blog index to import under: a page id, a URL path, or else the first one.

    A URL path may be the page's path on the site (“/blog/”) or Wagtail's own url_path
    (“/home/blog/”).
    """
    if not parent:
        blog_index = BlogIndexPage.objects.order_by("path").first()
        if blog_index is None:
            raise ArticleImportError(
                "There is no blog index page to import under. Create one first (in the "
                "Wagtail admin: add a “Blog index” page under the home page), then run "
                "the import again."
            )
        return blog_index
    page: Page | None
    if parent.isdigit():
        page = Page.objects.filter(pk=int(parent)).first()
    else:
        url_path = "/" + parent.strip("/") + "/" if parent.strip("/") else "/"
        page = Page.objects.filter(url_path=url_path).first()
        if page is None:
            for site_root in Page.objects.filter(sites_rooted_here__isnull=False).distinct():
                page = Page.objects.filter(
                    url_path=site_root.url_path + url_path.lstrip("/")
                ).first()
                if page is not None:
                    break
    if page is None:
        raise ArticleImportError(f"No page found for --parent {parent!r}.")
    page = page.specific
    if not isinstance(page, BlogIndexPage):
        raise ArticleImportError(
            f"--parent {parent!r} is “{page.title}”, a {page.specific_class._meta.verbose_name}"
            " page; articles can only be imported under a blog index."
        )
    return page


# --- Parsing --------------------------------------------------------------------------------


def _collapse(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def _text(node: BsTag | None) -> str:
    return _collapse(node.get_text(" ")) if node is not None else ""


def _plain(rich: str) -> str:
    """The text of a rich-text fragment, as readers see it."""
    text = re.sub(r"<br\s*/?>|</p>", " ", rich)
    return _collapse(html.unescape(re.sub(r"<[^>]+>", "", text)))


def _shorten(text: str, limit: int) -> str:
    """`text` cut to `limit` characters at a sentence end if one is near, else a word."""
    if len(text) <= limit:
        return text
    cut = text[:limit]
    sentence_end = max(cut.rfind(". "), cut.rfind("! "), cut.rfind("? "))
    if sentence_end >= limit // 2:
        return cut[: sentence_end + 1]
    return cut[: limit - 1].rsplit(" ", 1)[0].rstrip(",;:–- ") + "…"


def _classes(tag: BsTag) -> list[str]:
    """The element's classes and id, without WordPress's taxonomy classes: a post tagged
    “social” has the class “tag-social”, which says nothing about the element."""
    classes = tag.get("class") or []
    if isinstance(classes, str):
        classes = classes.split()
    element_id = tag.get("id")
    names = [*classes, element_id] if isinstance(element_id, str) else list(classes)
    return [name for name in names if not TAXONOMY_CLASS.match(name)]


def _is_cta(tag: BsTag) -> bool:
    return any(CTA_CLASS.search(name) for name in _classes(tag))


def _is_chrome(tag: BsTag) -> bool:
    if tag.name in SKIPPED_TAGS or tag.has_attr("hidden") or tag.get("aria-hidden") == "true":
        return True
    style = tag.get("style")
    if isinstance(style, str) and re.search(r"display\s*:\s*none", style, re.IGNORECASE):
        return True
    return any(CHROME_CLASS.search(name) for name in _classes(tag))


def _heading_rank(node: Any) -> int | None:
    if isinstance(node, BsTag) and node.name in HEADING_TAGS:
        return int(node.name[1])
    return None


def _decode(data: bytes) -> str:
    """The file's text: its declared encoding, else a good guess (old pages are often
    Windows-1252). Binary files are refused rather than imported as garbage."""
    if not data.strip():
        raise ArticleRejected("empty file")
    if b"\x00" in data[:8192]:
        raise ArticleRejected("not an HTML document (binary content)")
    dammit = UnicodeDammit(data, is_html=True)
    text = dammit.unicode_markup
    if text is None:
        raise ArticleRejected("could not decode the file's text")
    sample = text[:8192]
    unreadable = sum(ch == "\ufffd" or (ord(ch) < 32 and ch not in "\t\n\r\f") for ch in sample)
    if unreadable > len(sample) // 20:
        raise ArticleRejected("not an HTML document (unreadable characters)")
    if not re.search(r"<\s*(html|head|body|p|div|h[1-6]|article|main)\b", text, re.IGNORECASE):
        raise ArticleRejected("not an HTML document (no HTML tags)")
    return text


def _site_names(soup: BeautifulSoup) -> set[str]:
    names = {settings.WAGTAIL_SITE_NAME}
    og_site_name = soup.find("meta", attrs={"property": "og:site_name"})
    if og_site_name and og_site_name.get("content"):
        names.add(og_site_name["content"])
    return {_collapse(name).casefold() for name in names if name}


def _title_from_title_tag(soup: BeautifulSoup) -> str:
    """The <title> without the site's name: “Knee Injections | Practice” → “Knee Injections”.

    After “ | ” the rest is always the site's name on the old site; after a dash only when
    it is the site's name, since dashes also occur in real titles.
    """
    title = _text(soup.title)
    site_names = _site_names(soup)
    if " | " in title:
        title = title.rsplit(" | ", 1)[0].strip()
    for separator in TITLE_SEPARATORS:
        head, _, tail = title.rpartition(separator)
        if head and tail.strip().casefold() in site_names:
            title = head.strip()
    return "" if title.casefold() in site_names else title


def _content_root(soup: BeautifulSoup) -> BsTag:
    for selector in CONTENT_SELECTORS:
        candidates = soup.select(selector)
        if selector == "article" and len(candidates) > 1:
            # A page with several <article>s: the one with the title, else the first.
            candidates = [a for a in candidates if a.find("h1")] or candidates
        if candidates:
            return candidates[0]
    return soup  # A fragment without <body>: html.parser does not add one.


def _title_heading(soup: BeautifulSoup, root: BsTag) -> BsTag | None:
    """The <h1> that titles the article: in the content first, else outside the chrome.

    Old themes wrap the logo in an <h1>, so an <h1> holding the site's name is not it.
    """
    site_names = _site_names(soup)
    for scope in (root, soup):
        for h1 in scope.find_all("h1"):
            if _text(h1) and _text(h1).casefold() not in site_names:
                if scope is soup and h1.find_parent(["header", "nav", "footer", "aside"]):
                    continue
                return h1
    return None


def _meta(soup: BeautifulSoup, *, name: str = "", prop: str = "") -> str:
    tag = soup.find("meta", attrs={"name": name}) if name else None
    if tag is None and prop:
        tag = soup.find("meta", attrs={"property": prop})
    content = tag.get("content") if tag else ""
    return _collapse(content) if isinstance(content, str) else ""


def _canonical(soup: BeautifulSoup) -> str:
    for link in soup.find_all("link", href=True):
        rel = link.get("rel") or []
        rel = rel.split() if isinstance(rel, str) else rel
        if "canonical" in [value.lower() for value in rel]:
            href = link["href"].strip()
            if urlsplit(href).scheme in {"http", "https"}:
                return href
    return ""


class _BodyBuilder:
    """Walks the article's elements in order and collects StreamField blocks.

    Consecutive paragraphs are kept together in `paragraphs` and become one paragraph
    block when something else (a heading, a list, an image) comes, so the editor gets
    one block per stretch of text rather than one per <p>.
    """

    def __init__(self, source: Path, root: Path, base_url: str, warnings: list[str]):
        self.source = source
        self.root = root
        self.base_url = base_url
        self.warnings = warnings
        self.blocks: list[tuple[str, Any]] = []
        self.paragraphs: list[str] = []  # <p>…</p> in rich-text storage format
        self.inline: list[str] = []  # the paragraph being collected
        self.relative_links: list[str] = []
        self.nested_lists = False

    # Structure

    def walk(self, node: BsTag) -> None:
        cta_rank: int | None = None
        for child in list(node.children):
            if cta_rank is not None:
                # A “Schedule your consultation” heading takes what follows it, up to the
                # next heading of the same or a higher rank, with it.
                rank = _heading_rank(child)
                if rank is None or rank > cta_rank:
                    continue
                cta_rank = None
            if isinstance(child, IGNORED_STRINGS):
                continue
            if isinstance(child, NavigableString):
                self.inline.append(html.escape(re.sub(r"\s+", " ", str(child)), quote=False))
                continue
            if not isinstance(child, BsTag):
                continue
            if child.name not in INLINE_TAGS and _is_cta(child):
                self.add_cta()
            elif child.name == "iframe":
                src = child.get("src") or ""
                self.warnings.append(f"embedded content skipped ({src}); add it by hand")
            elif _is_chrome(child):
                continue
            elif child.name in HEADING_TAGS:
                if CTA_HEADING.search(_text(child)):
                    self.add_cta()
                    cta_rank = _heading_rank(child)
                else:
                    self.add_heading(child)
            elif child.name == "p":
                self.end_inline()
                self.walk(child)
                self.end_inline()
            elif child.name == "br":
                self.inline.append("<br/>")
            elif child.name in {"ul", "ol"}:
                self.add_list(child)
            elif child.name == "blockquote":
                self.add_quote(child)
            elif child.name == "figure":
                self.add_figure(child)
            elif child.name == "img":
                self.add_image(child)
            elif child.name == "table":
                self.add_table(child)
            elif child.name == "hr":
                self.end_paragraphs()
            elif child.name in INLINE_TAGS and not child.find(BLOCK_DESCENDANTS):
                self.inline.append(self.rich(child))
            elif child.name in INLINE_TAGS:
                self.walk(child)  # e.g. <a href><img></a>: the image counts, not the link
            else:  # div, section, picture, dl…: a container
                self.end_inline()
                self.walk(child)
                self.end_inline()

    def end_inline(self) -> None:
        content = re.sub(r" {2,}", " ", "".join(self.inline)).strip()
        content = re.sub(r"^(<br/>\s*)+|(\s*<br/>)+$", "", content).strip()
        self.inline = []
        if _plain(content):
            self.paragraphs.append(f"<p>{content}</p>")

    def end_paragraphs(self) -> None:
        self.end_inline()
        if self.paragraphs:
            self.blocks.append(("paragraph", self.paragraphs))
            self.paragraphs = []

    def append(self, kind: str, value: Any) -> None:
        self.end_paragraphs()
        self.blocks.append((kind, value))

    # Inline content

    def rich(self, node: Any) -> str:
        """`node` in Wagtail's rich-text storage format: <b>, <i>, <a href> and <br/>.

        Classes, styles and every other tag are dropped (their text is kept). Links keep
        their address, made absolute against the old page's canonical URL when relative;
        links to other articles of the old site stay plain links for editors to repoint.
        """
        if isinstance(node, IGNORED_STRINGS):
            return ""
        if isinstance(node, NavigableString):
            return html.escape(re.sub(r"\s+", " ", str(node)), quote=False)
        if not isinstance(node, BsTag) or node.name == "iframe" or _is_chrome(node):
            return ""
        if node.name == "br":
            return "<br/>"
        if node.name == "img":
            self.warnings.append(f"image {node.get('src', '')} inside a list or link skipped")
            return ""
        inner = "".join(self.rich(child) for child in node.children)
        if node.name in {"p", "div", "li", "dt", "dd"}:
            return f" {inner} "
        if not inner.strip():
            return inner
        if node.name in {"b", "strong"}:
            return f"<b>{inner}</b>"
        if node.name in {"i", "em"}:
            return f"<i>{inner}</i>"
        if node.name == "a":
            href = self.href(node.get("href"))
            return f'<a href="{html.escape(href)}">{inner}</a>' if href else inner
        return inner

    def href(self, value: Any) -> str:
        href = value.strip() if isinstance(value, str) else ""
        scheme = urlsplit(href).scheme.lower()
        if not href or href == "#" or scheme in {"javascript", "data"}:
            return ""
        if scheme or href.startswith(("#", "//")):
            return href
        if self.base_url:
            return urljoin(self.base_url, href)
        self.relative_links.append(href)
        return href

    # Blocks

    def add_heading(self, tag: BsTag) -> None:
        text = _text(tag)
        if not text:
            return
        if len(text) > HEADING_MAX:
            self.warnings.append(f"heading “{text[:40]}…” shortened to {HEADING_MAX} characters")
            text = _shorten(text, HEADING_MAX)
        anchor_source = tag.get("id") or next(
            (el.get("id") or el.get("name") for el in tag.find_all(["a", "span"])
             if el.get("id") or el.get("name")),
            "",
        )  # fmt: skip
        anchor = slugify((anchor_source or "").replace("_", "-"))[:ANCHOR_MAX].strip("-")
        if slugify(anchor) != anchor:
            anchor = ""
        self.append("heading", {"text": text, "level": HEADING_LEVELS[tag.name], "anchor": anchor})

    def add_list(self, tag: BsTag) -> None:
        self.end_inline()
        items: list[str] = []
        self.list_items(tag, items)
        if not items:
            return
        lead_in = ""
        if self.paragraphs:
            last = _plain(self.paragraphs[-1])
            if last.endswith(":") and len(last) <= LEAD_IN_MAX:
                lead_in = last
                self.paragraphs.pop()
        style = "numbered" if tag.name == "ol" else "bulleted"
        self.append("list", {"lead_in": lead_in, "style": style, "items": items})

    def list_items(self, tag: BsTag, items: list[str]) -> None:
        """The items of a list; a nested list's items follow their parent item (the list
        block has one level)."""
        entries = tag.find_all("li", recursive=False) or [
            li for li in tag.find_all("li") if li.find_parent(["ul", "ol"]) is tag
        ]
        for li in entries:
            nested = [sub for sub in li.find_all(["ul", "ol"]) if sub.find_parent("li") is li]
            for sub in nested:
                sub.extract()
            content = re.sub(r" {2,}", " ", self.rich(li)).strip()
            content = re.sub(r"^(<br/>\s*)+|(\s*<br/>)+$", "", content).strip()
            if _plain(content):
                items.append(f"<p>{content}</p>")
            for sub in nested:
                self.nested_lists = True
                self.list_items(sub, items)

    def add_quote(self, tag: BsTag) -> None:
        cite = tag.find(["cite", "footer"])
        attribution = _text(cite)
        if cite is not None:
            cite.extract()
        parts = [_text(p) for p in tag.find_all("p")] or [_text(tag)]
        parts = [part for part in parts if part]
        if not attribution and len(parts) > 1 and parts[-1][:1] in "—–-~":
            attribution = parts.pop()
        attribution = attribution.lstrip("—–-~ ").strip()
        text = "\n\n".join(parts).strip().strip(QUOTE_MARKS).strip()
        if not text:
            return
        if len(text) > QUOTE_MAX:
            self.warnings.append(
                f"a quotation longer than {QUOTE_MAX} characters was imported as a paragraph"
            )
            self.end_paragraphs()
            self.paragraphs = [f"<p>{html.escape(part, quote=False)}</p>" for part in parts]
            self.end_paragraphs()
            return
        self.append("quote", {"quote": text, "attribution": attribution[:ATTRIBUTION_MAX]})

    def add_figure(self, tag: BsTag) -> None:
        caption = _text(tag.find("figcaption"))
        images = tag.find_all("img")
        if not images:
            self.end_inline()
            self.walk(tag)
            self.end_inline()
            return
        for number, img in enumerate(images):
            self.add_image(img, caption=caption if number == 0 else "")

    def add_image(self, img: BsTag, caption: str = "") -> None:
        self.end_paragraphs()
        ref = _image_ref(img, source=self.source, root=self.root, warnings=self.warnings)
        if ref is not None:
            ref.caption = _shorten(caption, CAPTION_MAX)
            self.append("image", ref)

    def add_table(self, tag: BsTag) -> None:
        rows = []
        for tr in tag.find_all("tr"):
            if tr.find_parent("table") is tag:
                rows.append([_text(cell) for cell in tr.find_all(["th", "td"], recursive=False)])
        rows = [row for row in rows if any(row)]
        if not rows:
            return
        width = max(len(row) for row in rows)
        data = [row + [""] * (width - len(row)) for row in rows]
        first = tag.find("tr")
        header = bool(first and first.find("th") and not first.find("td")) or bool(
            tag.find("thead")
        )
        if tag.find(attrs={"colspan": True}) or tag.find(attrs={"rowspan": True}):
            self.warnings.append("a table with merged cells was simplified; check it")
        self.append(
            "table",
            {
                "data": data,
                "first_row_is_table_header": header,
                "first_col_is_header": False,
                "table_header_choice": "row" if header else "neither",
                "table_caption": _text(tag.find("caption"))[:255],
            },
        )

    def add_cta(self) -> None:
        """The old page's own “Schedule your consultation” box becomes a call-to-action
        block showing the site's default, so that its phone numbers and links stay
        current; its text is not imported."""
        self.end_paragraphs()
        if self.blocks and self.blocks[-1][0] == "cta":
            return
        if sum(kind == "cta" for kind, _ in self.blocks) >= CTA_MAX:
            self.warnings.append(f"more than {CTA_MAX} calls to action; the rest were dropped")
            return
        self.blocks.append(("cta", {"cta": None}))


def _image_ref(img: BsTag, *, source: Path, root: Path, warnings: list[str]) -> ImageRef | None:
    """The local file an <img> shows, if it is next to the HTML file and usable.

    Lazy-loading plugins put the real address in data-src; a site-absolute address
    (“/wp-content/…”) is looked up under the import root.
    """
    src = ""
    for attribute in ("data-src", "data-lazy-src", "data-original", "src"):
        value = img.get(attribute)
        if isinstance(value, str) and value.strip() and not value.startswith("data:"):
            src = value.strip()
            break
    if not src:
        warnings.append("an image without an address was skipped")
        return None
    parts = urlsplit(src)
    if parts.scheme or parts.netloc:
        warnings.append(f"image {src} is not saved locally (a web address); skipped")
        return None
    relative = unquote(parts.path)
    path = (root / relative.lstrip("/")) if relative.startswith("/") else source.parent / relative
    path = Path(os.path.normpath(path))
    if not path.is_file():
        warnings.append(f"image {src} not found next to the file; skipped")
        return None
    if path.suffix.lower().lstrip(".") not in settings.WAGTAILIMAGES_EXTENSIONS:
        warnings.append(f"image {src} is not a supported image type; skipped")
        return None
    if path.stat().st_size > settings.WAGTAILIMAGES_MAX_UPLOAD_SIZE:
        warnings.append(f"image {src} is larger than the upload limit; skipped")
        return None
    try:
        with PILImage.open(path) as opened:
            opened.verify()
    except Exception:  # Pillow raises many kinds of error for a damaged file.
        warnings.append(f"image {src} is damaged or not an image; skipped")
        return None
    alt = _collapse(img.get("alt") or "")
    derived = WORDPRESS_SIZE_SUFFIX.sub("", path.stem)
    derived = _collapse(re.sub(r"[-_.]+", " ", derived)) or "Imported image"
    derived = derived[:1].upper() + derived[1:]
    if not alt:
        warnings.append(f"image {src} has no alt text; used “{derived}”: review it")
    return ImageRef(
        path=path,
        src=src,
        alt_text=alt or derived,
        title=_shorten(alt or derived, TITLE_MAX),
        alt_missing=not alt,
    )


def article_parse(data: bytes, *, source: Path, root: Path | None = None) -> ParsedArticle:
    """Read one saved page of the old site; raise ArticleRejected if it holds no article.

    `source` is where the file is (images are resolved next to it); `root` is the folder
    the import started from (for site-absolute image addresses).
    """
    root = root or source.parent
    text = _decode(data)
    soup = BeautifulSoup(text, "html.parser")
    warnings: list[str] = []
    canonical = _canonical(soup)
    content = _content_root(soup)

    title_tag_title = _title_from_title_tag(soup)
    heading = _title_heading(soup, content)
    title = _text(heading) or title_tag_title
    if heading is not None:
        heading.decompose()

    builder = _BodyBuilder(source, root, canonical, warnings)
    builder.walk(content)
    builder.end_paragraphs()
    blocks = builder.blocks
    if builder.nested_lists:
        warnings.append("nested lists were flattened into one level")
    if builder.relative_links:
        warnings.append(
            f"{len(builder.relative_links)} relative link(s) kept as they were "
            f"(no canonical URL to resolve them): {', '.join(builder.relative_links[:3])}"
        )

    problems = []
    if not title:
        problems.append("no title (no <h1> and no <title> besides the site's name)")
    if not any(kind != "cta" for kind, _ in blocks):
        problems.append("no article content (no text, headings, lists, images or quotes)")
    if problems:
        raise ArticleRejected("; ".join(problems))

    if len(title) > TITLE_MAX:
        warnings.append(f"title shortened to {TITLE_MAX} characters")
        title = _shorten(title, TITLE_MAX)
    intro = _intro_take(blocks)
    description = _meta(soup, name="description", prop="og:description")
    if not intro:
        intro = _shorten(description, INTRO_MAX) or title
        warnings.append("no opening paragraph for the intro; write one")
    seo_title = title_tag_title if title_tag_title and title_tag_title != title else ""
    return ParsedArticle(
        title=title,
        intro=intro,
        blocks=[
            ("paragraph", "".join(value)) if kind == "paragraph" else (kind, value)
            for kind, value in blocks
        ],
        search_description=description,
        seo_title=_shorten(seo_title, TITLE_MAX),
        canonical_url=canonical,
        warnings=warnings,
    )


def _intro_take(blocks: list[tuple[str, Any]]) -> str:
    """The intro: the text of the first paragraph, at most 400 characters.

    When the article opens with that paragraph (before any heading or image) and it fits
    whole, it moves out of the body, since the intro is shown under the title and would
    otherwise be read twice. Longer, it is shortened for the intro and stays in the body.
    """
    for index, (kind, paragraphs) in enumerate(blocks):
        if kind != "paragraph":
            continue
        intro = _plain(paragraphs[0])
        movable = index == 0 and len(intro) <= INTRO_MAX
        rest_has_content = len(paragraphs) > 1 or any(k != "cta" for k, _ in blocks[1:])
        if movable and rest_has_content:
            paragraphs.pop(0)
            if not paragraphs:
                blocks.pop(0)
        return _shorten(intro, INTRO_MAX)
    return ""


# --- Saving ---------------------------------------------------------------------------------


def _slug_for(canonical: str, source: Path, title: str) -> str:
    """A new page's slug: the canonical URL's last segment, else the file's name."""
    candidates: list[str] = []
    if canonical:
        candidates += [unquote(part) for part in urlsplit(canonical).path.split("/") if part]
    candidates_from_file = [source.parent.name, source.name]
    for names in (candidates, candidates_from_file):
        names = [re.sub(r"\.(html?|php|aspx?)$", "", name, flags=re.IGNORECASE) for name in names]
        while names and names[-1].lower() in {"index", "default"}:
            names.pop()
        if names and slugify(names[-1]):
            return slugify(names[-1])[:255].strip("-")
    return slugify(title)[:255].strip("-") or "imported-article"


def _stream_raw(parsed: ParsedArticle, images: dict[Path, int]) -> list[dict[str, Any]]:
    """The body in StreamField's stored JSON form, image references swapped for ids."""
    raw = []
    for kind, value in parsed.blocks:
        if kind == "image":
            value = {
                "image": {
                    "image": images[value.path],
                    "alt_text": value.alt_text,
                    "decorative": False,
                },
                "caption": value.caption,
            }
        elif kind == "list":
            value = {
                **value,
                "items": [
                    {"type": "item", "value": item, "id": str(uuid.uuid4())}
                    for item in value["items"]
                ],
            }
        raw.append({"type": kind, "value": value, "id": str(uuid.uuid4())})
    return raw


def _validation_message(error: ValidationError) -> str:
    """A one-line account of a StreamField validation error, naming the blocks."""
    data = error.as_json_data() if hasattr(error, "as_json_data") else {"messages": error.messages}
    messages: list[str] = []

    def collect(node: Any, where: str) -> None:
        if isinstance(node, dict):
            for message in node.get("messages", []):
                messages.append(f"{where}: {message}" if where else str(message))
            children = node.get("blockErrors") or {}
            items = children.items() if isinstance(children, dict) else enumerate(children)
            for name, child in items:
                label = f"block {int(name) + 1}" if str(name).isdigit() else str(name)
                collect(child, f"{where} {label}".strip())
        elif isinstance(node, list):
            for item in node:
                collect(item, where)
        elif node:
            messages.append(f"{where}: {node}" if where else str(node))

    collect(data, "")
    return "; ".join(messages) or str(error)


def _image_get_or_create(ref: ImageRef, created: list[Any]) -> int:
    """The library's image with the same file contents, else a new one.

    Matching by Wagtail's own file hash means a re-run, or two articles sharing a photo,
    reuse the image rather than filling the library with copies.
    """
    image_model = get_image_model()
    with ref.path.open("rb") as handle:
        file_hash = hash_filelike(handle)
        existing = image_model.objects.filter(file_hash=file_hash).order_by("pk").first()
        if existing is not None:
            return existing.pk
        handle.seek(0)
        image = image_model(
            title=ref.title,
            description="" if ref.alt_missing else ref.alt_text[:255],
            file=ImageFile(handle, name=ref.path.name),
            file_size=ref.path.stat().st_size,
            file_hash=file_hash,
        )
        image.save()
    created.append(image)
    return image.pk


class _DryRun(Exception):
    """Raised inside the transaction to roll back a dry run."""


def article_import(
    path: Path,
    blog_index: BlogIndexPage,
    *,
    root: Path | None = None,
    dry_run: bool = False,
    claimed: dict[str, Path] | None = None,
) -> ImportResult:
    """Import one file of the old site as a draft article under `blog_index`.

    Everything the file creates (images, the page, its revision) is written in one
    transaction: a file that fails, or a dry run, leaves nothing behind, and image files
    already written to storage are deleted again.

    A page is found again by its import source (the canonical URL, or the file's path
    under the import root), so a re-run saves a new draft revision of the same page: live
    content is never changed and nothing is published. `claimed` maps slugs already
    imported in this run to their files, so that two files cannot write the same page.
    """
    path = Path(path)
    root = Path(root) if root else path.parent
    try:
        key_path = path.relative_to(root).as_posix()
    except ValueError:
        key_path = path.as_posix()
    result = ImportResult(source=path, key=key_path, status="failed")
    try:
        parsed = article_parse(path.read_bytes(), source=path, root=root)
    except ArticleRejected as rejection:
        result.reason = rejection.reason
        return result
    except OSError as error:
        result.reason = f"could not read the file ({error.strerror or error})"
        return result

    result.key = parsed.canonical_url or key_path
    result.title = parsed.title
    result.warnings = list(parsed.warnings)
    slug = _slug_for(parsed.canonical_url, path, parsed.title)
    result.slug = slug
    if claimed is not None and slug in claimed:
        result.reason = (
            f"it would be the same article (“{slug}”) as {claimed[slug]}; "
            "rename one file or give it a canonical URL"
        )
        return result

    created_images: list[Any] = []
    try:
        with transaction.atomic():
            _article_save(parsed, blog_index, slug, result, created_images)
            if dry_run:
                raise _DryRun
    except _DryRun:
        _files_delete(created_images)
        result.page_id = None  # It was rolled back.
    except ValidationError as error:
        _files_delete(created_images)
        result.status = "failed"
        result.reason = f"invalid content: {_validation_message(error)}"
        result.page_id = None
        result.images_created = 0
        return result
    except BaseException:
        _files_delete(created_images)
        raise
    if claimed is not None:
        claimed[slug] = path
    return result


def _article_save(
    parsed: ParsedArticle,
    blog_index: BlogIndexPage,
    slug: str,
    result: ImportResult,
    created_images: list[Any],
) -> None:
    """Upload the images, then create the page or save a new draft revision of it.

    The body is validated as the editor would validate it, so that a draft never holds
    content the editor then refuses to save.
    """
    # A fresh parent: an earlier file's rolled-back add_child would have left the
    # in-memory tree counters of a shared instance wrong.
    parent = BlogIndexPage.objects.get(pk=blog_index.pk)
    images = {ref.path: _image_get_or_create(ref, created_images) for ref in parsed.images}
    result.images_created = len(created_images)

    stream_block = ArticlePage._meta.get_field("body").stream_block
    body = stream_block.clean(stream_block.to_python(_stream_raw(parsed, images)))

    existing = ArticlePage.objects.filter(import_source=result.key).first()
    if existing is None:
        page = ArticlePage(slug=slug, live=False, import_source=result.key)
    else:
        # The latest draft, not the live version, so an editor's unpublished changes to
        # fields the import does not set (topics, authors…) are kept.
        page = existing.get_latest_revision_as_object()
        if existing.live:
            result.warnings.append(
                "the page is live: the import was saved as a new draft, publish it to apply"
            )
    page.title = parsed.title
    page.intro = parsed.intro
    page.body = body
    # An editor's SEO title or description is not blanked by a page that had none.
    if parsed.search_description:
        page.search_description = parsed.search_description
    if parsed.seo_title:
        page.seo_title = parsed.seo_title
    if existing is None:
        parent.add_child(instance=page)
        revision = page.save_revision()
        log(instance=page, action="wagtail.create", revision=revision, content_changed=True)
    else:
        page.save_revision(log_action=True)
    result.status = "created" if existing is None else "updated"
    result.page_id = page.pk


def _files_delete(images: Iterable[Any]) -> None:
    """Remove the files of images whose database rows were rolled back."""
    for image in images:
        # A leftover file is harmless; failing the import over it is not.
        with contextlib.suppress(OSError):
            image.file.storage.delete(image.file.name)
