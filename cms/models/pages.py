"""The base every page type builds on, and the one definition of a public page."""

from django.contrib.contenttypes.models import ContentType
from django.db import models
from django.db.models import Q
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.models import Page, PageQuerySet, PageViewRestriction, ReferenceIndex


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


class SeoMixin(models.Model):
    """SEO fields every page has beyond Wagtail's own SEO title and search description."""

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
    def robots(self) -> str:
        """The robots directive for this page, as meta tags and the API give it."""
        return ", ".join(
            ["noindex" if self.noindex else "index", "nofollow" if self.nofollow else "follow"]
        )


class BasePage(SeoMixin, Page):
    """Every page type of the site: Wagtail's Page plus the SEO fields and panels."""

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
