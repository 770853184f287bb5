"""The home page: the root of the public site."""

from django.db import models
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import (
    FieldPanel,
    InlinePanel,
    MultiFieldPanel,
    ObjectList,
    TabbedInterface,
)
from wagtail.api import APIField
from wagtail.fields import StreamField
from wagtail.models import Orderable

from cms.blocks import BodyStreamBlock
from cms.models import BasePage


class HomePage(BasePage):
    """The site's front page: a hero, featured articles and clinics, and a body."""

    api_serializer = "home.serializers.HomePageSerializer"
    main_image_field = "hero_image"

    hero_heading = models.CharField(
        max_length=120, help_text="The main message, e.g. “Relief starts with a diagnosis”."
    )
    hero_text = models.TextField(
        blank=True, max_length=300, help_text="A sentence or two under the heading."
    )
    hero_image = models.ForeignKey(
        "wagtailimages.Image",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text="A wide photo behind the heading (at least 1920 px wide).",
    )
    body = StreamField(BodyStreamBlock(), blank=True, help_text="Below the featured content.")

    # Fields `pages/?fields=` may ask for, valued as in the Page object (home/serializers.py).
    api_fields = [APIField("hero"), APIField("body")]

    parent_page_types = ["wagtailcore.Page"]
    subpage_types = [
        "blog.BlogIndexPage",
        "locations.LocationIndexPage",
        "locations.ProviderIndexPage",
    ]

    content_panels = BasePage.content_panels + [
        MultiFieldPanel(
            [FieldPanel("hero_heading"), FieldPanel("hero_text"), FieldPanel("hero_image")],
            heading="Hero",
        ),
        InlinePanel("featured_articles", heading="Featured articles", label="Article", max_num=6),
        InlinePanel("featured_clinics", heading="Featured clinics", label="Clinic", max_num=6),
        FieldPanel("body"),
    ]
    edit_handler = TabbedInterface(
        [
            ObjectList(content_panels, heading="Content"),
            ObjectList(BasePage.promote_panels, heading="SEO"),
            ObjectList(BasePage.settings_panels, heading="Settings"),
        ]
    )

    class Meta:
        verbose_name = "home page"


class FeaturedArticle(Orderable):
    """An article shown on the home page, in order."""

    page = ParentalKey(HomePage, on_delete=models.CASCADE, related_name="featured_articles")
    article = models.ForeignKey("blog.ArticlePage", on_delete=models.CASCADE, related_name="+")

    panels = [FieldPanel("article")]


class FeaturedClinic(Orderable):
    """A clinic shown on the home page, in order."""

    page = ParentalKey(HomePage, on_delete=models.CASCADE, related_name="featured_clinics")
    clinic = models.ForeignKey("locations.LocationPage", on_delete=models.CASCADE, related_name="+")

    panels = [FieldPanel("clinic")]
