"""Reusable calls to action (“Schedule your consultation”), chosen by pages and blocks."""

from django.core.exceptions import ValidationError
from django.db import models
from wagtail.admin.panels import FieldPanel
from wagtail.fields import StreamField
from wagtail.search import index

from cms.blocks import ActionStreamBlock


class CallToAction(index.Indexed, models.Model):
    """A heading, a sentence and one or two actions: book online, call, or request."""

    name = models.CharField(
        max_length=100,
        unique=True,
        help_text="For editors only, e.g. “Migraine articles – book online”.",
    )
    heading = models.CharField(
        max_length=100, help_text="Shown to patients, e.g. “Schedule your consultation”."
    )
    text = models.TextField(
        blank=True, max_length=300, help_text="One or two sentences under the heading."
    )
    primary = StreamField(
        ActionStreamBlock(),
        min_num=1,
        max_num=1,
        verbose_name="Primary action",
        help_text="The main button: book online, call, or request an appointment.",
    )
    secondary = StreamField(
        ActionStreamBlock(),
        blank=True,
        max_num=1,
        verbose_name="Secondary action",
        help_text="Optional second button, e.g. “Call us” beside “Book online”.",
    )

    panels = [
        FieldPanel("name"),
        FieldPanel("heading"),
        FieldPanel("text"),
        FieldPanel("primary"),
        FieldPanel("secondary"),
    ]
    search_fields = [index.SearchField("name"), index.AutocompleteField("name")]

    class Meta:
        ordering = ["name"]
        verbose_name = "call to action"
        verbose_name_plural = "calls to action"

    def __str__(self):
        return self.name


class CallToActionPlacement(models.Model):
    """A place on the public site where the widget shows a call to action
    (`article-footer`, `sidebar`, `location-header`, `site-banner` …), and which one.

    The widget names its placement; `GET cta/` answers with the page's own call to action,
    else the clinic's, else the placement's, else the site's default. The slug also goes
    into booking links as `utm_campaign`, so it must say where, never what about: no
    condition or treatment in it (a health term in a URL ends up in analytics tools).
    """

    slug = models.SlugField(
        max_length=50,
        unique=True,
        help_text="How the widget names it, e.g. “article-footer”. Lowercase letters, digits "
        "and hyphens. Says where on the page, never a condition or treatment: it is sent to "
        "analytics in booking links.",
    )
    name = models.CharField(max_length=100, help_text="For editors, e.g. “Below every article”.")
    cta = models.ForeignKey(
        CallToAction,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="placements",
        verbose_name="Call to action",
        help_text="Shown here unless the page or its clinic has its own. Left empty, the "
        "site's default call to action is shown.",
    )

    panels = [FieldPanel("name"), FieldPanel("slug"), FieldPanel("cta")]

    class Meta:
        ordering = ["slug"]
        verbose_name = "call-to-action placement"
        verbose_name_plural = "call-to-action placements"

    def __str__(self):
        return f"{self.name} ({self.slug})"

    def clean(self):
        super().clean()
        from cms.models.topics import Topic

        words = set((self.slug or "").split("-"))
        health_terms = [
            topic.name
            for topic in Topic.objects.only("name", "slug")
            if set(topic.slug.split("-")) <= words
        ]
        if health_terms:
            raise ValidationError(
                {
                    "slug": f"“{self.slug}” names {health_terms[0]}: name the place on the "
                    "page instead (e.g. “article-footer”), as the slug is sent to analytics."
                }
            )


def calls_to_action() -> dict[int, CallToAction]:
    """Every call to action by id, kept in the shared cache until the next change to
    everything (a CTA's change is one): pages' CTA blocks read them from here. A practice
    has tens of them."""
    from cms.api.cache import everything_cached  # cms.api imports the models

    return everything_cached(
        "calls-to-action", lambda: {cta.pk: cta for cta in CallToAction.objects.all()}
    )
