"""The SEO audit: every live, public page with what is missing or off on it.

Each page type says what is wrong with it alone (`SeoMixin.seo_problems()`: lengths, a
missing description or social image, an article's medical review). What needs the other
pages is found here, for all pages at once: duplicate titles and descriptions, images
without alt text, links to pages that are gone or unpublished. The SEO report and its
dashboard panel both read `seo_audit()`, so they always agree.
"""

import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field

from wagtail.fields import RichTextField, StreamField
from wagtail.images import get_image_model
from wagtail.models import Page, Site

from cms.models import SeoMixin, SeoProblem, public_pages


@dataclass
class PageAudit:
    """One page and what the audit found on it."""

    page: SeoMixin
    section: str
    section_path: str
    problems: list[SeoProblem] = field(default_factory=list)

    @property
    def problem_labels(self) -> list[str]:
        return [problem.label for problem in self.problems]


def seo_audit() -> dict[int, PageAudit]:
    """The pages with at least one problem, by id, in tree order; problems in the order
    `SeoProblem` lists them. A few queries whatever the number of pages."""
    pages = [
        page
        for page in public_pages().filter(depth__gt=1).order_by("path").specific()
        if isinstance(page, SeoMixin)
    ]
    found: dict[int, set[SeoProblem]] = {page.pk: set(page.seo_problems()) for page in pages}
    _duplicates(pages, found)
    _images_without_alt(pages, found)
    _broken_links(pages, found)
    sections = _sections()
    order = list(SeoProblem)
    return {
        page.pk: PageAudit(
            page, *_section_of(page, sections), sorted(found[page.pk], key=order.index)
        )
        for page in pages
        if found[page.pk]
    }


def problem_counts(audit: dict[int, PageAudit]) -> dict[SeoProblem, int]:
    """How many pages have each problem, for every problem (0 included)."""
    counts = Counter(problem for result in audit.values() for problem in result.problems)
    return {problem: counts[problem] for problem in SeoProblem}


def _normalised(text: str) -> str:
    return " ".join(text.split()).casefold()


def _duplicates(pages: list[SeoMixin], found: dict[int, set[SeoProblem]]) -> None:
    for text_of, problem in [
        (lambda page: page.seo_title_text, SeoProblem.DUPLICATE_TITLE),
        (lambda page: page.seo_description_text, SeoProblem.DUPLICATE_DESCRIPTION),
    ]:
        by_text = defaultdict(list)
        for page in pages:
            if text := _normalised(text_of(page)):
                by_text[text].append(page.pk)
        for ids in by_text.values():
            if len(ids) > 1:
                for pk in ids:
                    found[pk].add(problem)


def _images_without_alt(pages: list[SeoMixin], found: dict[int, set[SeoProblem]]) -> None:
    """An image needs alt text where it is used, or a description of its own (which
    Wagtail uses as its alt text); without either, screen readers and search engines
    get its title, often a file name."""
    used = {page.pk: page.seo_images() for page in pages}
    ids = {image_id for images in used.values() for image_id, _alt in images}
    described = set(
        get_image_model()
        .objects.filter(pk__in=ids)
        .exclude(description="")
        .values_list("pk", flat=True)
    )
    for pk, images in used.items():
        if any(not alt and image_id not in described for image_id, alt in images):
            found[pk].add(SeoProblem.IMAGE_WITHOUT_ALT)


def _broken_links(pages: list[SeoMixin], found: dict[int, set[SeoProblem]]) -> None:
    """Links in a page's rich text (its fields and its blocks) to a page that was deleted
    or is no longer public: the public site shows their words without an address.

    The stored HTML is read, not Wagtail's reference index, which forgets the references
    to a page when the page is deleted.
    """
    links = {page.pk: _page_link_ids(page) for page in pages}
    targets = {target for ids in links.values() for target in ids}
    reachable = set(public_pages().filter(pk__in=targets).values_list("pk", flat=True))
    for pk, ids in links.items():
        if ids - reachable:
            found[pk].add(SeoProblem.BROKEN_LINK)


PAGE_LINK = re.compile(r"<a\b[^>]*>")
LINK_ID = re.compile(r'\bid="(\d+)"')


def _page_link_ids(page: SeoMixin) -> set[int]:
    """The ids of the pages linked from the page's stored rich text."""
    texts: list[str] = []
    for model_field in page._meta.concrete_fields:
        if isinstance(model_field, RichTextField):
            texts.append(getattr(page, model_field.attname) or "")
        elif isinstance(model_field, StreamField):
            texts.extend(_strings(list(getattr(page, model_field.attname).raw_data)))
    ids = set()
    for text in texts:
        for tag in PAGE_LINK.findall(text):
            if 'linktype="page"' in tag and (match := LINK_ID.search(tag)):
                ids.add(int(match.group(1)))
    return ids


def _strings(data) -> list[str]:
    if isinstance(data, str):
        return [data] if "linktype" in data else []
    if isinstance(data, dict):
        data = list(data.values())
    if isinstance(data, list):
        return [text for item in data for text in _strings(item)]
    return []


def _sections() -> dict[str, str]:
    """Each site's home page and the pages right below it, by tree path: their titles
    name the sections the report filters by."""
    sections = {}
    for site in Site.objects.select_related("root_page"):
        root = site.root_page
        sections[root.path] = root.title
        for child in root.get_children().only("path", "title"):
            sections[child.path] = child.title
    return sections


def _section_of(page: Page, sections: dict[str, str]) -> tuple[str, str]:
    """The (title, tree path) of the section the page is in."""
    for path in sorted(sections, key=len, reverse=True):
        if page.path.startswith(path):
            return sections[path], path
    return "", ""


def section_choices() -> list[tuple[str, str]]:
    """(tree path, title) of every section, for the report's filter."""
    return sorted(_sections().items())
