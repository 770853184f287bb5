"""Reusable calls to action (“Schedule your consultation”), chosen by pages and blocks."""

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


def calls_to_action() -> dict[int, CallToAction]:
    """Every call to action by id, kept in the shared cache until the next change to
    everything (a CTA's change is one): pages' CTA blocks read them from here. A practice
    has tens of them."""
    from cms.api.cache import everything_cached  # cms.api imports the models

    return everything_cached(
        "calls-to-action", lambda: {cta.pk: cta for cta in CallToAction.objects.all()}
    )
