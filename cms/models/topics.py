"""One taxonomy of conditions and treatments, shared by articles, clinics and providers."""

from django.db import models
from wagtail.admin.panels import FieldPanel
from wagtail.search import index


class Topic(index.Indexed, models.Model):
    """A condition (sciatica) or a treatment (nerve block) that content is about."""

    class Kind(models.TextChoices):
        CONDITION = "condition", "Condition"
        TREATMENT = "treatment", "Treatment"

    name = models.CharField(max_length=100, unique=True, help_text="As patients say it.")
    slug = models.SlugField(
        max_length=100,
        unique=True,
        help_text="Used in addresses and the API, e.g. “sciatica”. Do not change once used.",
    )
    kind = models.CharField(
        max_length=20,
        choices=Kind.choices,
        default=Kind.CONDITION,
        help_text="A condition patients have, or a treatment the practice offers.",
    )
    description = models.TextField(
        blank=True, max_length=500, help_text="One or two plain sentences for patients."
    )

    panels = [FieldPanel("name"), FieldPanel("slug"), FieldPanel("kind"), FieldPanel("description")]
    search_fields = [
        index.SearchField("name"),
        index.AutocompleteField("name"),
        index.SearchField("description"),
        index.FilterField("kind"),
    ]

    class Meta:
        ordering = ["name"]

    def __str__(self):
        return self.name
