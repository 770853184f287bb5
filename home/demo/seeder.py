"""The demo site a new developer sees, safe to run on every start.

`make run` calls this before the server starts, so it must be quick and repeatable: every
object is found by its slug, name or title, and a second run creates and changes nothing.
By default the command only creates what is missing (and fills in settings left blank),
so that changes made in the admin survive a restart; `--update` brings existing demo
content back to what home/demo/content.py says, saving a new revision only for the pages
that differ.

Pages are saved as revisions and published, as the admin does, so that their history,
the reference index and the search index are real. Images are drawn locally with Pillow.
"""

import copy
import datetime
import os
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from decimal import Decimal
from io import BytesIO
from typing import Any

from django.core.exceptions import ValidationError
from django.core.files.images import ImageFile
from django.core.management.base import CommandError
from django.db import models
from django.utils import timezone
from django.utils.text import slugify
from modelcluster.fields import ParentalKey
from wagtail.fields import StreamField
from wagtail.images import get_image_model
from wagtail.log_actions import log
from wagtail.models import Page, PageLogEntry, Revision, Site
from wagtail.rich_text import RichText

from blog.models import ArticleAuthor, ArticlePage, BlogIndexPage, RelatedArticle
from blog.services import medical_review_assign
from cms.models import (
    CallToAction,
    CallToActionPlacement,
    NavigationSettings,
    PracticeSettings,
    Topic,
)
from home.demo import content
from home.demo.images import draw_image
from home.models import FeaturedArticle, FeaturedClinic, HomePage
from locations.models import (
    LocationIndexPage,
    LocationPage,
    OpeningHours,
    ProviderIndexPage,
    ProviderPage,
    SpecialHours,
)
from locations.models.clinics import Weekday

CREATED, UPDATED, UNCHANGED = "created", "updated", "unchanged"
DEFAULT_PORT = "8000"
PUBLISHED_AT_HOUR = 9


class Tally:
    """How many objects of each kind were created, updated or left as they were."""

    def __init__(self) -> None:
        self.counts: dict[str, Counter] = {}

    def add(self, kind: str, status: str) -> None:
        """Count one object of `kind` as created, updated or unchanged."""
        self.counts.setdefault(kind, Counter())[status] += 1

    def lines(self) -> list[str]:
        """One summary line per kind, in the order the kinds were seeded."""
        return [
            f"{kind}: {counts[CREATED]} created, {counts[UPDATED]} updated, "
            f"{counts[UNCHANGED]} unchanged"
            for kind, counts in self.counts.items()
        ]


@dataclass
class PageContent:
    """What the demo says a page holds: fields, child rows, many-to-many links and tags.

    Only what is listed here is compared and written, so the page's other fields (its
    path, publishing dates, an editor's settings) are never touched.
    """

    fields: dict[str, Any]
    children: dict[str, list[models.Model]] = field(default_factory=dict)
    many: dict[str, list[models.Model]] = field(default_factory=dict)
    tags: list[str] | None = None


class DemoSeeder:
    """Creates (or, with `update`, realigns) every piece of demo content, in order."""

    def __init__(self, update: bool = False) -> None:
        self.update = update
        self.tally = Tally()
        self.today = timezone.localdate()
        self.images: dict[str, Any] = {}
        self.topics: dict[str, Topic] = {}
        self.calls_to_action: dict[str, CallToAction] = {}
        self.clinics: dict[str, LocationPage] = {}
        self.providers: dict[str, ProviderPage] = {}
        self.articles: dict[str, ArticlePage] = {}

    def run(self) -> None:
        site = Site.objects.filter(is_default_site=True).select_related("root_page").first()
        if site is None:
            raise CommandError("There is no default site: run `manage.py migrate` first.")
        home = site.root_page.specific
        if not isinstance(home, HomePage):
            raise CommandError(
                f"The default site's root page is a {type(home).__name__}, not a HomePage."
            )
        self.seed_site(site)
        self.seed_images()
        self.seed_topics()
        self.seed_calls_to_action()
        self.seed_placements()
        blog_index, location_index, provider_index = self.seed_sections(home)
        self.seed_clinics(location_index)
        self.seed_providers(provider_index)
        self.seed_articles(blog_index)
        self.seed_home(home)
        self.seed_practice_settings(site)
        self.seed_navigation(site, home)

    # Site, images and snippets

    def seed_site(self, site: Site) -> None:
        """localhost on the development server's port, so that page URLs work locally.

        Followed on every run, so that changing PORT is enough; the site's name is only
        filled in when blank.
        """
        port = int(os.environ.get("PORT") or DEFAULT_PORT)
        wanted = {"hostname": "localhost", "port": port}
        if not site.site_name:
            wanted["site_name"] = content.PRACTICE_NAME
        changed = {name: value for name, value in wanted.items() if getattr(site, name) != value}
        if changed:
            for name, value in changed.items():
                setattr(site, name, value)
            try:
                site.full_clean()
            except ValidationError as error:
                raise CommandError(
                    f"Cannot point the default site at localhost:{port}: {error}"
                ) from error
            site.save()
        self.tally.add(f"Site (localhost:{port})", UPDATED if changed else UNCHANGED)

    def seed_images(self) -> None:
        """Draw each image once. Found by title; redrawn only if its file has gone."""
        image_model = get_image_model()
        titles = [spec["title"] for spec in content.IMAGES]
        existing: dict[str, Any] = {}
        for image in image_model.objects.filter(title__in=titles).order_by("pk"):
            existing.setdefault(image.title, image)
        for spec in content.IMAGES:
            image = existing.get(spec["title"])
            if image is None:
                image = image_model(title=spec["title"], description=spec["description"])
                self._attach_drawing(image, spec)
                image.save()
                status = CREATED
            else:
                status = UNCHANGED
                if not image.file or not image.file.storage.exists(image.file.name):
                    # The media folder was emptied but not the database: redraw, and drop
                    # renditions made from the lost file.
                    image.renditions.all().delete()
                    self._attach_drawing(image, spec)
                    status = UPDATED
                if self.update and image.description != spec["description"]:
                    image.description = spec["description"]
                    status = UPDATED
                if status == UPDATED:
                    image.save()
            self.images[spec["title"]] = image
            self.tally.add("Images", status)

    @staticmethod
    def _attach_drawing(image, spec: dict[str, Any]) -> None:
        """Give the image a freshly drawn file (deterministic: same spec, same file)."""
        data, extension = draw_image(spec)
        image.file = ImageFile(BytesIO(data), name=f"demo-{slugify(spec['title'])}.{extension}")
        # What the admin's upload form does: file size and hash (used for renditions).
        image._set_image_file_metadata()

    def seed_topics(self) -> None:
        """Conditions and treatments first: clinics, providers and articles refer to them."""
        for spec in content.TOPICS:
            self.topics[spec["slug"]] = self.save_model(
                "Topics", Topic, {"slug": spec["slug"]}, spec
            )

    def seed_calls_to_action(self) -> None:
        """The three calls to action pages and settings choose from."""
        for spec in content.CALLS_TO_ACTION:
            self.calls_to_action[spec["name"]] = self.save_model(
                "Calls to action", CallToAction, {"name": spec["name"]}, spec
            )

    def seed_placements(self) -> None:
        """The demo's call to action at each placement, unless an editor chose another
        (with --update, the demo's wins)."""
        kind = "CTA placements"
        for spec in content.CTA_PLACEMENTS:
            placement, created = CallToActionPlacement.objects.get_or_create(
                slug=spec["slug"], defaults={"name": spec["name"]}
            )
            cta = self.call_to_action(spec["cta"])
            wanted = cta.pk if cta else None
            if placement.cta_id != wanted and (created or placement.cta_id is None or self.update):
                placement.cta = cta
                placement.save()
                self.tally.add(kind, CREATED if created else UPDATED)
            else:
                self.tally.add(kind, CREATED if created else UNCHANGED)

    def save_model(
        self, kind: str, model: type[models.Model], lookup: dict[str, Any], values: dict
    ) -> models.Model:
        """Create a snippet-like object found by `lookup`, or realign it with --update."""
        instance = model.objects.filter(**lookup).first()
        if instance is None:
            instance = model(**values)
            status = CREATED
        elif self.update and any(
            comparable(instance, name) != comparable(model(**{name: value}), name)
            for name, value in values.items()
        ):
            for name, value in values.items():
                setattr(instance, name, value)
            status = UPDATED
        else:
            self.tally.add(kind, UNCHANGED)
            return instance
        validate(instance)
        instance.save()
        self.tally.add(kind, status)
        return instance

    # Pages

    def seed_sections(
        self, home: HomePage
    ) -> tuple[BlogIndexPage, LocationIndexPage, ProviderIndexPage]:
        """The blog, clinics and providers indexes: one of each under the home page."""
        sections = []
        for page_class, spec in [
            (BlogIndexPage, content.BLOG_INDEX),
            (LocationIndexPage, content.LOCATION_INDEX),
            (ProviderIndexPage, content.PROVIDER_INDEX),
        ]:
            # Found by type, not slug: there is one per home page (max_count_per_parent).
            existing = page_class.objects.child_of(home).first()
            page_content = PageContent(
                fields={
                    "title": spec["title"],
                    "intro": tidy(spec["intro"]),
                    "search_description": spec["search_description"],
                }
            )
            page, _ = self.save_page(
                "Sections", home, page_class, spec["slug"], existing, page_content
            )
            sections.append(page)
        blog_index, location_index, provider_index = sections
        # What the admin's after_create_page hook does for a new blog index; repeatable.
        medical_review_assign(blog_index)
        return blog_index, location_index, provider_index

    def seed_clinics(self, location_index: LocationIndexPage) -> None:
        """Six clinics with weekly hours (lunch breaks, a Saturday) and holiday hours."""
        for spec in content.CLINICS:
            existing = self._child(LocationPage, location_index, spec["slug"])
            opening_hours = [
                OpeningHours(
                    day=Weekday[day.upper()].value,
                    opens=datetime.time.fromisoformat(period["opens"]),
                    closes=datetime.time.fromisoformat(period["closes"]),
                )
                for period in spec["hours"]
                for day in period["days"]
            ]
            opening_hours.sort(key=lambda period: (period.day, period.opens))
            special_hours = [
                SpecialHours(
                    date=datetime.date.fromisoformat(day["date"]),
                    end_date=parse_date(day.get("end_date")),
                    closed=day["closed"],
                    opens=parse_time(day.get("opens")),
                    closes=parse_time(day.get("closes")),
                    reason=day["reason"],
                )
                for day in spec["special_hours"]
            ]
            page_content = PageContent(
                fields={
                    "title": spec["title"],
                    "search_description": spec["search_description"],
                    "street_address": spec["street_address"],
                    "locality": spec["locality"],
                    "region": "GA",
                    "postal_code": spec["postal_code"],
                    "country": "US",
                    "latitude": Decimal(spec["latitude"]),
                    "longitude": Decimal(spec["longitude"]),
                    "phone": spec["phone"],
                    "fax": spec["fax"],
                    "timezone": "America/New_York",
                    "booking_url": f"{content.BOOKING_BASE_URL}{spec['slug']}",
                    "directions": paragraphs(spec["directions"]),
                    "hero_image": self.image(spec["hero_image"]),
                    "body": self.body(spec["body"]),
                    "cta": self.call_to_action(spec["cta"]),
                },
                children={"opening_hours": opening_hours, "special_hours": special_hours},
                many={"services": [self.topic(slug) for slug in spec["services"]]},
            )
            page, _ = self.save_page(
                "Clinics", location_index, LocationPage, spec["slug"], existing, page_content
            )
            self.clinics[spec["slug"]] = page

    def seed_providers(self, provider_index: ProviderIndexPage) -> None:
        """After the clinics, which providers name as the places they practise."""
        for spec in content.PROVIDERS:
            existing = self._child(ProviderPage, provider_index, spec["slug"])
            page_content = PageContent(
                fields={
                    "title": spec["title"],
                    "search_description": spec["search_description"],
                    "credentials": spec["credentials"],
                    "role": spec["role"],
                    "specialty": spec["specialty"],
                    "photo": self.image(spec["photo"]),
                    "bio": paragraphs(spec["bio"]),
                },
                many={
                    "locations": [self.clinic(slug) for slug in spec["clinics"]],
                    "topics": [self.topic(slug) for slug in spec["topics"]],
                },
            )
            page, _ = self.save_page(
                "Providers", provider_index, ProviderPage, spec["slug"], existing, page_content
            )
            self.providers[spec["slug"]] = page

    def seed_articles(self, blog_index: BlogIndexPage) -> None:
        """After the providers, who write and review them; backdated when created."""
        for spec in content.ARTICLES:
            existing = self._child(ArticlePage, blog_index, spec["slug"])
            fields = {
                "title": spec["title"],
                "intro": tidy(spec["intro"]),
                "search_description": spec["search_description"],
                "hero_image": self.image(spec["hero_image"]),
                "body": self.body(spec["body"]),
                "cta": self.call_to_action(spec["cta"]),
                "medical_reviewer": self.provider(spec["medical_reviewer"]),
            }
            # Review dates are relative to the first run; later runs keep them.
            if existing is None or existing.last_reviewed is None:
                fields["last_reviewed"] = self.today - datetime.timedelta(
                    days=spec["reviewed_days_ago"]
                )
            page_content = PageContent(
                fields=fields,
                children={
                    "authors": [
                        ArticleAuthor(provider=self.provider(slug)) for slug in spec["authors"]
                    ],
                    "related_links": [
                        RelatedArticle(article=self.article(slug, before=spec["slug"]))
                        for slug in spec["related"]
                    ],
                },
                many={"topics": [self.topic(slug) for slug in spec["topics"]]},
                tags=spec["tags"],
            )
            page, status = self.save_page(
                "Articles", blog_index, ArticlePage, spec["slug"], existing, page_content
            )
            if status == CREATED:
                self._backdate(page, spec["published_days_ago"])
            self.articles[spec["slug"]] = page

    def seed_home(self, home: HomePage) -> None:
        """The migration's home page is filled in once; after that it is the editors'."""
        spec = content.HOME_PAGE
        page_content = PageContent(
            fields={
                "seo_title": spec["seo_title"],
                "search_description": spec["search_description"],
                "hero_heading": spec["hero_heading"],
                "hero_text": spec["hero_text"],
                "hero_image": self.image(spec["hero_image"]),
                "body": self.body(spec["body"]),
            },
            children={
                "featured_articles": [
                    FeaturedArticle(article=self.article(slug))
                    for slug in spec["featured_articles"]
                ],
                "featured_clinics": [
                    FeaturedClinic(clinic=self.clinic(slug)) for slug in spec["featured_clinics"]
                ],
            },
        )
        # Never revised means still as the migration left it: fill it in like a new page.
        untouched = home.latest_revision_id is None
        self.save_page(
            "Home page", home.get_parent(), HomePage, home.slug, home, page_content, fill=untouched
        )

    def save_page(
        self,
        kind: str,
        parent: Page,
        page_class: type[Page],
        slug: str,
        existing: Page | None,
        page_content: PageContent,
        fill: bool = False,
    ) -> tuple[Page, str]:
        """Create the page, or realign an existing one; publish only if something changed.

        `fill` writes an existing page even without --update (the untouched home page).
        """
        if existing is not None and not (self.update or fill):
            self.tally.add(kind, UNCHANGED)
            return existing, UNCHANGED
        page = existing if existing is not None else page_class(slug=slug)
        before = page_state(page, page_content) if existing is not None else None
        apply_content(page, page_content)
        if (
            existing is not None
            and page_state(page, page_content) == before
            and page.live
            and not page.has_unpublished_changes
            and page.latest_revision_id
        ):
            self.tally.add(kind, UNCHANGED)
            return page, UNCHANGED
        # A new page has no place in the tree yet: add_child() runs its full_clean().
        validate(page, model=existing is not None)
        for children in page_content.children.values():
            for child in children:
                validate(child, exclude=[parental_key_name(child)])
        try:
            if existing is None:
                # Created as a draft, then published from its first revision, as the
                # admin does.
                page.live = False
                page.has_unpublished_changes = True
                parent.add_child(instance=page)
                log(instance=page, action="wagtail.create", content_changed=True)
            page.save_revision(log_action=existing is not None).publish()
        except ValidationError as error:
            raise CommandError(f"Demo content for {page!r} is invalid: {error}") from error
        status = CREATED if existing is None else UPDATED
        self.tally.add(kind, status)
        return page, status

    @staticmethod
    def _child(page_class: type[Page], parent: Page, slug: str) -> Page | None:
        """A demo page is found by its slug under its parent: the key re-runs rely on."""
        return page_class.objects.child_of(parent).filter(slug=slug).first()

    def _backdate(self, page: ArticlePage, days_ago: int) -> None:
        """Stagger publication dates, so that "most recent" ordering means something."""
        published_at = timezone.localtime().replace(
            hour=PUBLISHED_AT_HOUR, minute=0, second=0, microsecond=0
        ) - datetime.timedelta(days=days_ago)
        ArticlePage.objects.filter(pk=page.pk).update(
            first_published_at=published_at,
            last_published_at=published_at,
            latest_revision_created_at=published_at,
        )
        Revision.objects.filter(pk=page.latest_revision_id).update(created_at=published_at)
        PageLogEntry.objects.filter(page_id=page.pk).update(timestamp=published_at)
        page.first_published_at = page.last_published_at = published_at
        page.latest_revision_created_at = published_at

    # Settings

    def seed_practice_settings(self, site: Site) -> None:
        """Name, logo, contact, default call to action and SEO defaults of the site."""
        spec = content.PRACTICE_SETTINGS

        def values() -> dict[str, Any]:
            return {
                "name": spec["name"],
                "logo": self.image(spec["logo"]),
                "phone": spec["phone"],
                "email": spec["email"],
                "social_links": spec["social_links"],
                "default_cta": self.call_to_action(spec["default_cta"]),
                "title_suffix": spec["title_suffix"],
                "default_description": spec["default_description"],
                "default_social_image": self.image(spec["default_social_image"]),
            }

        names = list(content.PRACTICE_SETTINGS)
        self.save_setting("Practice settings", PracticeSettings, site, names, values)

    def seed_navigation(self, site: Site, home: HomePage) -> None:
        """Header links and menus, footer columns: what a front end needs to render."""

        def values() -> dict[str, Any]:
            return {
                "header": [
                    (block_type, self.navigation_block(value, home))
                    for block_type, value in content.NAVIGATION["header"]
                ],
                "footer": [
                    (block_type, self.navigation_block(value, home))
                    for block_type, value in content.NAVIGATION["footer"]
                ],
            }

        names = list(content.NAVIGATION)
        self.save_setting("Navigation", NavigationSettings, site, names, values)

    def save_setting(
        self,
        kind: str,
        model: type[PracticeSettings | NavigationSettings],
        site: Site,
        names: list[str],
        values: Callable[[], dict[str, Any]],
    ) -> None:
        """Fill in the fields left blank (all of them, with --update) of a site setting.

        An editor's choices are kept. `values` is only called when something may be
        written, so that navigation links are resolved only then.
        """
        instance = model.objects.filter(site=site).first()
        status = CREATED if instance is None else UPDATED
        if instance is None:
            instance = model(site=site)
        candidates = [
            name for name in names if self.update or status == CREATED or is_blank(instance, name)
        ]
        wanted = values() if candidates else {}
        changed = [
            name
            for name in candidates
            if comparable(instance, name) != comparable(model(**{name: wanted[name]}), name)
        ]
        if not changed and status == UPDATED:
            self.tally.add(kind, UNCHANGED)
            return
        for name in changed:
            setattr(instance, name, wanted[name])
        validate(instance, exclude=["site"])
        instance.save()
        self.tally.add(kind, status)

    def navigation_block(self, value: dict[str, Any], home: HomePage) -> dict[str, Any]:
        """A link, menu or footer column, with page paths resolved to pages."""
        if "links" in value:
            return {
                **value,
                "links": [self.navigation_block(link, home) for link in value["links"]],
            }
        page = resolve_path(home, value["page"]) if value.get("page") else None
        return {"page": page, "url": value.get("url", ""), "label": value.get("label", "")}

    # Lookups and body blocks. Everything is seeded before it is referred to, so a
    # KeyError here is a typo in content.py.

    def image(self, title: str):
        return self.images[title]

    def topic(self, slug: str) -> Topic:
        return self.topics[slug]

    def call_to_action(self, name: str | None) -> CallToAction | None:
        return self.calls_to_action[name] if name else None

    def clinic(self, slug: str) -> LocationPage:
        return self.clinics[slug]

    def provider(self, slug: str) -> ProviderPage:
        return self.providers[slug]

    def article(self, slug: str, before: str | None = None) -> ArticlePage:
        if slug not in self.articles:
            raise CommandError(
                f"Article “{slug}” is not seeded yet"
                + (f": list it before “{before}” in content.ARTICLES." if before else ".")
            )
        return self.articles[slug]

    def body(self, blocks: Iterable[tuple[str, Any]]) -> list[tuple[str, Any]]:
        """Expand the compact block notation of the content module into StreamField values."""
        return [self.block(block_type, tidy(value)) for block_type, value in blocks]

    def block(self, block_type: str, value: Any) -> tuple[str, Any]:
        """One block in the form BodyStreamBlock accepts when assigned in Python."""
        match block_type:
            case "h2" | "h3" | "h4":
                return "heading", {"text": value, "level": block_type, "anchor": ""}
            case "paragraph":
                return "paragraph", RichText(paragraphs(value))
            case "list":
                return "list", {
                    "lead_in": value.get("lead_in", ""),
                    "style": value.get("style", "bulleted"),
                    "items": [paragraphs(item) for item in value["items"]],
                }
            case "image":
                decorative = value.get("decorative", False)
                # A copy per block: ImageBlock keeps the alt text on the image instance.
                image = copy.copy(self.image(value["image"]))
                return "image", {
                    "image": {
                        "image": image,
                        "alt_text": "" if decorative else value["alt_text"],
                        "decorative": decorative,
                    },
                    "caption": value.get("caption", ""),
                }
            case "callout":
                return "callout", {
                    "style": value.get("style", "info"),
                    "title": value.get("title", ""),
                    "text": RichText(paragraphs(value["text"])),
                }
            case "faq":
                return "faq", {
                    "heading": value.get("heading", "Frequently asked questions"),
                    "items": [
                        {"question": question, "answer": RichText(paragraphs(answer))}
                        for question, answer in value["items"]
                    ],
                }
            case "cta":
                return "cta", {"cta": self.call_to_action(value)}
            case "quote" | "embed" | "table":
                return block_type, value
        raise CommandError(f"Unknown block type in demo content: {block_type!r}")


# Helpers: text, comparison, validation


def tidy(value: Any) -> Any:
    """Collapse the whitespace of every string (prose is wrapped in content.py)."""
    if isinstance(value, str):
        return " ".join(value.split())
    if isinstance(value, dict):
        return {key: tidy(item) for key, item in value.items()}
    if isinstance(value, list | tuple):
        return type(value)(tidy(item) for item in value)
    return value


def paragraphs(value: str | list[str]) -> str:
    """Rich text HTML: one <p> per string."""
    texts = [value] if isinstance(value, str) else value
    return "".join(f"<p>{tidy(text)}</p>" for text in texts)


def parse_date(value: str | None) -> datetime.date | None:
    """An ISO date from the content module, or None for an optional one left out."""
    return datetime.date.fromisoformat(value) if value else None


def parse_time(value: str | None) -> datetime.time | None:
    """An ISO time ("08:00") from the content module, or None for an optional one left out."""
    return datetime.time.fromisoformat(value) if value else None


def without_block_ids(value: Any) -> Any:
    """Stream data without the block ids, which are new on every assignment."""
    if isinstance(value, dict):
        return {key: without_block_ids(item) for key, item in value.items() if key != "id"}
    if isinstance(value, list):
        return [without_block_ids(item) for item in value]
    return value


def comparable(instance: models.Model, name: str) -> Any:
    """A field's value in a form that compares equal when the stored content is the same."""
    model_field = instance._meta.get_field(name)
    if isinstance(model_field, StreamField):
        return without_block_ids(getattr(instance, name).get_prep_value())
    if model_field.is_relation:
        return getattr(instance, model_field.attname)
    return model_field.value_from_object(instance)


def is_blank(instance: models.Model, name: str) -> bool:
    """Nothing chosen yet: the settings fields the command may fill in by default."""
    value = comparable(instance, name)
    return value is None or value == "" or value == []


def parental_key_name(instance: models.Model) -> str:
    """The child row's link to its page, left out of validation before the page exists."""
    return next(
        model_field.name
        for model_field in instance._meta.concrete_fields
        if isinstance(model_field, ParentalKey)
    )


def child_row(instance: models.Model) -> tuple:
    """A child row's own values: not its id, its page or its position."""
    return tuple(
        getattr(instance, model_field.attname)
        for model_field in instance._meta.concrete_fields
        if not model_field.primary_key
        and not isinstance(model_field, ParentalKey)
        and model_field.name != "sort_order"
    )


def page_state(page: Page, page_content: PageContent) -> dict[str, Any]:
    """Everything `page_content` sets, as the page holds it now (saved or not)."""
    state: dict[str, Any] = {name: comparable(page, name) for name in page_content.fields}
    for name in page_content.children:
        state[name] = [child_row(child) for child in getattr(page, name).all()]
    for name in page_content.many:
        state[name] = sorted(item.pk for item in getattr(page, name).all())
    if page_content.tags is not None:
        state["tags"] = sorted(tag.name for tag in page.tags.all())
    return state


def apply_content(page: Page, page_content: PageContent) -> None:
    """Set `page_content` on the page in memory; save_page() decides whether to save it."""
    for name, value in page_content.fields.items():
        setattr(page, name, value)
    for name, children in page_content.children.items():
        for position, child in enumerate(children):
            child.sort_order = position
        setattr(page, name, children)
    for name, items in page_content.many.items():
        getattr(page, name).set(items)
    if page_content.tags is not None:
        page.tags.set(page_content.tags)


def validate(instance: models.Model, exclude: list[str] | None = None, model: bool = True) -> None:
    """What the admin checks: the model's full_clean and every StreamField's blocks.

    Model validation does not look inside StreamFields, and the admin's form is the
    only place alt text, block counts and embeds are checked, so the blocks are cleaned
    here too. Errors name the object and field, to make a mistake in the data easy to find.
    """
    if model:
        try:
            instance.full_clean(exclude=exclude)
        except ValidationError as error:
            raise CommandError(f"Demo content for {instance!r} is invalid: {error}") from error
    for model_field in instance._meta.get_fields():
        if isinstance(model_field, StreamField):
            value = getattr(instance, model_field.name)
            try:
                model_field.stream_block.clean(value)
            except ValidationError as error:
                details = error.as_json_data() if hasattr(error, "as_json_data") else error
                raise CommandError(
                    f"Demo content for {instance!r}, field {model_field.name}, is invalid: "
                    f"{details}"
                ) from error


def resolve_path(home: Page, path: str) -> Page:
    """The page at `path` ("blog/sciatica") under the home page."""
    page = home
    for slug in path.strip("/").split("/"):
        child = Page.objects.child_of(page).filter(slug=slug).first()
        if child is None:
            raise CommandError(f"The navigation links to “{path}”, which does not exist.")
        page = child
    return page


# Images: calm gradients with a simple motif and a label, drawn with Pillow.
