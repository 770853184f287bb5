"""The base every page type builds on, and the one definition of a public page."""

from django.apps import apps
from django.contrib.contenttypes.models import ContentType
from django.db import models
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.models import Page, PageQuerySet, ReferenceIndex


def public_pages() -> PageQuerySet:
    """Pages anyone may see: live, and under no view restriction (password, login, group).

    Every listing, related-articles block, navigation menu and sitemap starts here, so that
    a draft or a private page can never leak through one of them.
    """
    return Page.objects.live().public()


def indexable_pages() -> PageQuerySet:
    """Public pages search engines are asked to list: the sitemap gives exactly these.

    A page marked noindex (“Hide from search engines”) is left out, whatever its type.
    """
    pages = public_pages()
    for model in apps.get_models():
        if issubclass(model, SeoMixin) and issubclass(model, Page):
            pages = pages.exclude(pk__in=model.objects.filter(noindex=True).values("pk"))
    return pages


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
