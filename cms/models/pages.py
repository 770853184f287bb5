"""The base every page type builds on, and the one definition of a public page."""

from django.apps import apps
from django.contrib.contenttypes.models import ContentType
from django.db import models
from django.db.models import Q
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.models import Page, PageQuerySet, PageViewRestriction, ReferenceIndex
from wagtail_headless_preview.models import HeadlessPreviewMixin

from cms.panels import SearchPreviewPanel


def public_pages(model: type[Page] = Page) -> PageQuerySet:
    """Pages anyone may see: live, and under no view restriction (password, login, group).

    Every listing, related-articles block, navigation menu and sitemap starts here, so that
    a draft or a private page can never leak through one of them. `model` narrows it to
    one page type (`public_pages(ArticlePage)`). Wagtail's own `public()` reads the view
    restrictions on every call; here they are read once per change (`restricted_paths`).
    """
    private = Q()
    for path in restricted_paths():
        private |= Q(path__startswith=path)
    return model.objects.live().exclude(private) if private else model.objects.live()


def restricted_paths() -> tuple[str, ...]:
    """The tree paths of every page under a view restriction (a page below one starts with
    its path). Kept in the shared cache until the next change to everything: a view
    restriction's change is one (`cms.signal_handlers`)."""
    from cms.api.cache import everything_cached  # cms.api imports the models

    return everything_cached("restricted-paths", restricted_paths_read, immutable=True)


def restricted_paths_read() -> tuple[str, ...]:
    return tuple(sorted(PageViewRestriction.objects.values_list("page__path", flat=True)))


def is_public(page: Page) -> bool:
    """Whether anyone may see a page already fetched: the rule of `public_pages()`."""
    return page.live and not page.path.startswith(restricted_paths())


def indexable_pages() -> PageQuerySet:
    """Public pages search engines are asked to list: the sitemap gives exactly these.

    A page marked noindex (“Hide from search engines”) is left out, whatever its type.
    """
    pages = public_pages()
    for model in apps.get_models():
        if issubclass(model, SeoMixin) and issubclass(model, Page):
            pages = pages.exclude(pk__in=model.objects.filter(noindex=True).values("pk"))
    return pages


class SeoProblem(models.TextChoices):
    """What the SEO report (and its dashboard panel) finds missing or off on a page."""

    NO_DESCRIPTION = "no_description", "No search description"
    DESCRIPTION_TOO_SHORT = "description_too_short", "Search description too short"
    DESCRIPTION_TOO_LONG = "description_too_long", "Search description too long"
    TITLE_TOO_SHORT = "title_too_short", "Title too short"
    TITLE_TOO_LONG = "title_too_long", "Title too long"
    DUPLICATE_TITLE = "duplicate_title", "Same title as another page"
    DUPLICATE_DESCRIPTION = "duplicate_description", "Same description as another page"
    NO_SOCIAL_IMAGE = "no_social_image", "No social image"
    IMAGE_WITHOUT_ALT = "image_without_alt", "Image without alt text"
    NO_MEDICAL_REVIEWER = "no_medical_reviewer", "No medical reviewer"
    REVIEW_OVERDUE = "review_overdue", "Medical review over a year old"
    BROKEN_LINK = "broken_link", "Link to a page that no longer exists"


class SeoMixin(models.Model):
    """SEO fields every page has beyond Wagtail's own SEO title and search description."""

    # What search engines show well: the editor's guidance and the SEO report use these.
    TITLE_LENGTH = (15, 60)
    DESCRIPTION_LENGTH = (50, 160)
    # The field holding the image that stands for the page when it has no social image of
    # its own (“hero_image”), if its type has one.
    main_image_field: str | None = None

    social_image = models.ForeignKey(
        "wagtailimages.Image",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=(
            "Shown when the page is shared on social media (1200×630 works best). "
            "Left empty, the page's main image or the site's default is used."
        ),
    )
    canonical_url = models.URLField(
        blank=True,
        help_text=(
            "Only if this content first appeared at another address: search engines will "
            "credit that address instead. Leave empty in almost every case."
        ),
    )
    noindex = models.BooleanField(
        "Hide from search engines",
        default=False,
        help_text="Ask search engines not to list this page (noindex). It stays visible.",
    )
    nofollow = models.BooleanField(
        "Ask search engines not to follow links",
        default=False,
        help_text="Rarely needed: search engines will not follow the links on this page.",
    )

    seo_panels = [
        MultiFieldPanel(
            [
                FieldPanel("slug"),
                FieldPanel(
                    "seo_title",
                    help_text=(
                        "The title search engines show, about 60 characters at most. "
                        "Left empty, the page title is used."
                    ),
                ),
                FieldPanel(
                    "search_description",
                    help_text=(
                        "The summary search engines show under the title: 50 to 160 "
                        "characters, written for patients."
                    ),
                ),
                SearchPreviewPanel(heading="Search result preview"),
            ],
            heading="Search engines",
        ),
        MultiFieldPanel(
            [FieldPanel("social_image"), FieldPanel("canonical_url")],
            heading="Sharing and canonical address",
        ),
        MultiFieldPanel([FieldPanel("noindex"), FieldPanel("nofollow")], heading="Indexing"),
    ]

    class Meta:
        abstract = True

    @property
    def seo_title_text(self) -> str:
        """The title search engines show, before the site's suffix."""
        return self.seo_title or self.title

    @property
    def seo_description_text(self) -> str:
        """The page's own summary for search engines: its search description, else its
        intro; "" when it has neither (the site's default is then used)."""
        return self.search_description or getattr(self, "intro", "")

    @property
    def main_image(self):
        return getattr(self, self.main_image_field) if self.main_image_field else None

    def seo_problems(self) -> list[SeoProblem]:
        """What is missing or off on this page alone (the report adds what needs the other
        pages: duplicates, broken links, images' alt text)."""
        problems = []
        title, description = self.seo_title_text, self.seo_description_text
        if len(title) < self.TITLE_LENGTH[0]:
            problems.append(SeoProblem.TITLE_TOO_SHORT)
        elif len(title) > self.TITLE_LENGTH[1]:
            problems.append(SeoProblem.TITLE_TOO_LONG)
        if not description:
            problems.append(SeoProblem.NO_DESCRIPTION)
        elif len(description) < self.DESCRIPTION_LENGTH[0]:
            problems.append(SeoProblem.DESCRIPTION_TOO_SHORT)
        elif len(description) > self.DESCRIPTION_LENGTH[1]:
            problems.append(SeoProblem.DESCRIPTION_TOO_LONG)
        main_image_id = getattr(self, f"{self.main_image_field}_id", None)
        if not self.social_image_id and not (self.main_image_field and main_image_id):
            problems.append(SeoProblem.NO_SOCIAL_IMAGE)
        return problems

    def seo_images(self) -> list[tuple[int, str | None]]:
        """The images this page shows, as (image id, the alt text chosen where it is used,
        or None to use the image's own); decorative images are left out."""
        images = [(self.social_image_id, None)]
        if self.main_image_field:
            images.append((getattr(self, f"{self.main_image_field}_id"), None))
        body = getattr(self, "body", None)
        for block in body.raw_data if body is not None else []:
            if block.get("type") == "image":
                chosen = (block.get("value") or {}).get("image") or {}
                if chosen.get("image") and not chosen.get("decorative"):
                    images.append((chosen["image"], chosen.get("alt_text") or None))
        return [(image_id, alt) for image_id, alt in images if image_id]

    def get_sitemap_urls(self, request=None):
        """Wagtail's sitemap entry, but none for a page whose canonical address is another
        one: a sitemap lists only canonical addresses."""
        urls = super().get_sitemap_urls(request)
        if self.canonical_url:
            urls = [url for url in urls if url["location"] == self.canonical_url]
        return urls

    @property
    def robots(self) -> str:
        """The robots directive for this page, as meta tags and the API give it."""
        return ", ".join(
            ["noindex" if self.noindex else "index", "nofollow" if self.nofollow else "follow"]
        )


class BasePage(HeadlessPreviewMixin, SeoMixin, Page):
    """Every page type of the site: Wagtail's Page plus the SEO fields and panels, shown
    in the editor's preview by the frontend itself (see cms/api/preview.py)."""

    promote_panels = SeoMixin.seo_panels + [
        MultiFieldPanel([FieldPanel("show_in_menus")], heading="Menus"),
    ]

    class Meta:
        abstract = True

    def pages_showing_it(self) -> PageQuerySet:
        """Pages whose API payload shows this page, so that a change to it changes them:
        its parent's listing, and every page that refers to it (a link in rich text, a
        related-article pick, a byline, a featured item). Page types add what Wagtail's
        reference index cannot know."""
        referring = ReferenceIndex.get_references_to(self).filter(
            base_content_type=ContentType.objects.get_for_model(Page)
        )
        ids = {int(pk) for pk in referring.values_list("object_id", flat=True)}
        parent = self.get_parent()
        if parent is not None:
            ids.add(parent.pk)
        return Page.objects.filter(pk__in=ids)
