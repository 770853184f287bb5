"""Site settings editors manage: the practice's details, SEO defaults and navigation."""

from django.db import models
from wagtail.admin.panels import FieldPanel, MultiFieldPanel, ObjectList, TabbedInterface
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting
from wagtail.fields import StreamField

from cms.blocks import FooterColumnBlock, LinkBlock, MenuBlock, SocialLinkBlock
from cms.validators import validate_phone

DEFAULT_ROBOTS_TXT = "User-agent: *\nAllow: /\n"


@register_setting(icon="home")
class PracticeSettings(BaseSiteSetting):
    """Who the practice is, how to reach it, and the defaults every page falls back on."""

    name = models.CharField(
        max_length=100, default="Georgia Pain & Spine Care", help_text="The practice's name."
    )
    logo = models.ForeignKey(
        "wagtailimages.Image",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text="The logo shown in the header; an SVG or a PNG at least 400 px wide.",
    )
    phone = models.CharField(
        "Main phone",
        max_length=30,
        blank=True,
        validators=[validate_phone],
        help_text="The main appointment line, e.g. (404) 555-0100.",
    )
    email = models.EmailField(blank=True, help_text="A general contact address, if any.")
    social_links = StreamField(
        [("profile", SocialLinkBlock())], blank=True, help_text="The practice's profiles."
    )
    default_cta = models.ForeignKey(
        "cms.CallToAction",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name="Default call to action",
        help_text="Shown wherever a page or block does not choose its own.",
    )
    title_suffix = models.CharField(
        max_length=60,
        blank=True,
        default="| Georgia Pain & Spine Care",
        help_text="Added after every page's title in search results, e.g. “| Practice name”.",
    )
    default_description = models.CharField(
        max_length=160,
        blank=True,
        help_text="Used by pages without their own search description (50–160 characters).",
    )
    default_social_image = models.ForeignKey(
        "wagtailimages.Image",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text="Shared on social media for pages without an image of their own (1200×630).",
    )

    robots_txt = models.TextField(
        "robots.txt",
        blank=True,
        default=DEFAULT_ROBOTS_TXT,
        help_text=(
            "Rules for search engine crawlers, one per line (“User-agent: …”, "
            "“Disallow: /path/”). Whatever you write, /robots.txt always keeps crawlers out "
            "of the admin and the API and names the sitemap."
        ),
    )

    edit_handler = TabbedInterface(
        [
            ObjectList(
                [
                    FieldPanel("name"),
                    FieldPanel("logo"),
                    FieldPanel("phone"),
                    FieldPanel("email"),
                    FieldPanel("social_links"),
                    FieldPanel("default_cta"),
                ],
                heading="Practice",
            ),
            ObjectList(
                [
                    MultiFieldPanel(
                        [
                            FieldPanel("title_suffix"),
                            FieldPanel("default_description"),
                            FieldPanel("default_social_image"),
                        ],
                        heading="Search engines and social media",
                    ),
                    FieldPanel("robots_txt"),
                ],
                heading="SEO defaults",
            ),
        ]
    )

    class Meta:
        verbose_name = "practice settings"
        # The SEO report is about the site these settings describe; its permission lives
        # here, as it has no model of its own.
        permissions = [("view_seo_report", "Can see the SEO report")]


@register_setting(icon="list-ul")
class NavigationSettings(BaseSiteSetting):
    """The header and footer menus of the public site."""

    header = StreamField(
        [("link", LinkBlock()), ("menu", MenuBlock())],
        blank=True,
        help_text="Header links, in order. A menu groups links under one label.",
    )
    footer = StreamField(
        [("column", FooterColumnBlock())],
        blank=True,
        help_text="Footer columns, each a heading with its links.",
    )

    panels = [FieldPanel("header"), FieldPanel("footer")]

    class Meta:
        verbose_name = "navigation"
