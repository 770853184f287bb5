"""Health articles and the blog index they live under."""

import datetime
import math

from django import forms
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.html import strip_tags
from modelcluster.contrib.taggit import ClusterTaggableManager
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from taggit.models import TaggedItemBase
from wagtail.admin.panels import (
    FieldPanel,
    InlinePanel,
    MultiFieldPanel,
    ObjectList,
    TabbedInterface,
)
from wagtail.api import APIField
from wagtail.fields import StreamField
from wagtail.models import Orderable, Page
from wagtail.search import index

from blog.forms import ArticlePageForm
from cms.blocks import BodyStreamBlock
from cms.models import BasePage, SeoProblem, is_public, public_pages

WORDS_PER_MINUTE = 220
RELATED_ARTICLES = 3
# A medical review older than this is overdue (the SEO report lists it).
REVIEW_VALID_DAYS = 365


class BlogIndexPage(BasePage):
    """The list of health articles (/blog/). Articles live only here."""

    api_serializer = "blog.serializers.BlogIndexPageSerializer"

    intro = models.TextField(
        blank=True, max_length=500, help_text="A sentence or two above the list of articles."
    )

    content_panels = BasePage.content_panels + [FieldPanel("intro")]
    api_fields = [APIField("intro")]
    parent_page_types = ["home.HomePage"]
    subpage_types = ["blog.ArticlePage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = "blog index"

    def articles(self):
        """The live, public articles of this index, newest first."""
        return public_pages(ArticlePage).child_of(self).order_by("-first_published_at")


class ArticlePageTag(TaggedItemBase):
    """Free tags on articles (“desk work”, “runners”), beside the curated topics."""

    content_object = ParentalKey(
        "blog.ArticlePage", on_delete=models.CASCADE, related_name="tagged_items"
    )


class ArticlePage(BasePage):
    """A health article: sections, lists, FAQs, a call to action, authors and a reviewer."""

    api_serializer = "blog.serializers.ArticlePageSerializer"
    main_image_field = "hero_image"

    intro = models.TextField(
        max_length=400,
        help_text="One or two sentences under the title, also used in article lists.",
    )
    hero_image = models.ForeignKey(
        "wagtailimages.Image",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text="The image at the top of the article (at least 1600 px wide).",
    )
    body = StreamField(BodyStreamBlock(), help_text="The article, section by section.")
    topics = ParentalManyToManyField(
        "cms.Topic",
        blank=True,
        related_name="articles",
        help_text="The conditions and treatments this article is about.",
    )
    tags = ClusterTaggableManager(
        through=ArticlePageTag, blank=True, help_text="Free keywords, e.g. “desk work”."
    )
    medical_reviewer = models.ForeignKey(
        "locations.ProviderPage",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="reviewed_articles",
        help_text="The clinician who checked the article's medical accuracy.",
    )
    last_reviewed = models.DateField(
        null=True, blank=True, help_text="When the medical reviewer last checked it."
    )
    cta = models.ForeignKey(
        "cms.CallToAction",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name="Call to action",
        help_text="Shown at the end. Left empty, the site's default call to action is used.",
    )

    import_source = models.CharField(
        max_length=500,
        blank=True,
        editable=False,
        help_text="Where an imported article came from on the old website (its canonical "
        "URL or file path): re-imports update this page instead of adding another.",
    )

    base_form_class = ArticlePageForm
    parent_page_types = ["blog.BlogIndexPage"]
    subpage_types = []

    content_panels = BasePage.content_panels + [
        FieldPanel("intro"),
        FieldPanel("hero_image"),
        FieldPanel("body"),
        FieldPanel("cta"),
    ]
    about_panels = [
        FieldPanel("topics", widget=forms.CheckboxSelectMultiple),
        FieldPanel("tags"),
        InlinePanel("authors", heading="Authors", label="Author", min_num=1),
        MultiFieldPanel(
            [FieldPanel("medical_reviewer"), FieldPanel("last_reviewed")],
            heading="Medical review",
        ),
        InlinePanel(
            "related_links",
            heading="You might also enjoy",
            label="Related article",
            max_num=RELATED_ARTICLES,
            help_text="Up to three. Left empty, recent articles on the same topics are shown.",
        ),
    ]
    edit_handler = TabbedInterface(
        [
            ObjectList(content_panels, heading="Content"),
            ObjectList(about_panels, heading="Topics, authors and review"),
            ObjectList(BasePage.promote_panels, heading="SEO"),
            ObjectList(BasePage.settings_panels, heading="Settings"),
        ]
    )
    search_fields = BasePage.search_fields + [
        index.SearchField("intro"),
        index.SearchField("body"),
        index.RelatedFields("topics", [index.SearchField("name")]),
        index.FilterField("last_reviewed"),
    ]
    # Fields `pages/?fields=` may ask for, valued as in the Page object (blog/serializers.py).
    api_fields = [
        APIField("intro"),
        APIField("hero_image"),
        APIField("body"),
        APIField("topics"),
        APIField("tags"),
        APIField("authors"),
        APIField("medical_reviewer"),
        APIField("last_reviewed"),
        APIField("reading_time_minutes"),
        APIField("cta"),
    ]

    class Meta:
        verbose_name = "article"
        constraints = [
            models.UniqueConstraint(
                fields=["import_source"],
                condition=~Q(import_source=""),
                name="blog_articlepage_unique_import_source",
            )
        ]

    def clean(self):
        super().clean()
        errors = {}
        if self.last_reviewed and self.last_reviewed > timezone.localdate():
            errors["last_reviewed"] = "The review date cannot be in the future."
        if self.last_reviewed and not self.medical_reviewer:
            errors["medical_reviewer"] = "Choose who reviewed the article, or clear the date."
        if errors:
            raise ValidationError(errors)

    def seo_problems(self) -> list[SeoProblem]:
        """Beside the SEO basics: a health article needs a medical reviewer, and a review
        within the last year (REVIEW_VALID_DAYS)."""
        problems = super().seo_problems()
        if not self.medical_reviewer_id:
            problems.append(SeoProblem.NO_MEDICAL_REVIEWER)
        stale = timezone.localdate() - datetime.timedelta(days=REVIEW_VALID_DAYS)
        if self.last_reviewed is None or self.last_reviewed < stale:
            problems.append(SeoProblem.REVIEW_OVERDUE)
        return problems

    @property
    def reading_time_minutes(self) -> int:
        """Minutes a reader needs, at about 220 words a minute; at least one."""
        texts = [self.intro or ""]
        texts += self.body.stream_block.get_searchable_content(self.body)
        words = sum(len(strip_tags(text).split()) for text in texts)
        return max(1, math.ceil(words / WORDS_PER_MINUTE))

    def related_articles(self, limit: int = RELATED_ARTICLES) -> list["ArticlePage"]:
        """“You might also enjoy”: the editor's picks, then recent articles sharing a topic
        or tag. Only live, public articles, never this one."""
        picks = [link.article for link in self.related_links.all() if link.article_id]
        related = [
            article
            for article in dict.fromkeys(picks)
            if article.pk != self.pk and is_public(article)
        ][:limit]
        if len(related) < limit:
            topic_ids = [topic.pk for topic in self.topics.all()]
            tag_ids = [item.tag_id for item in self.tagged_items.all()]
            if topic_ids or tag_ids:
                # Membership through subqueries, not joins: no DISTINCT over thousands of
                # joined rows. The newest are chosen among pages (not articles, whose key
                # is `page_ptr`) so that the date's index is walked and stops at the
                # first few: 18 ms → 1 ms at 10,000 articles.
                topic_of = ArticlePage.topics.through.objects.filter(topic_id__in=topic_ids)
                tag_of = ArticlePageTag.objects.filter(tag_id__in=tag_ids)
                newest = (
                    public_pages()
                    .exclude(id__in=[self.pk, *(page.pk for page in related)])
                    .filter(
                        Q(id__in=topic_of.values("articlepage_id"))
                        | Q(id__in=tag_of.values("content_object_id"))
                    )
                    .order_by("-first_published_at", "-id")
                    .values("id")[: limit - len(related)]
                )
                similar = (
                    ArticlePage.objects.filter(pk__in=newest)
                    .select_related("hero_image")
                    .defer("body")  # a summary does not show it
                    .order_by("-first_published_at", "-pk")
                )
                related += list(similar)
        return related

    def pages_showing_it(self):
        """Beside the pages that refer to it: every article that may show it among
        “You might also enjoy”, which picks recent articles sharing a topic or tag."""
        sharing = ArticlePage.objects.filter(
            Q(topics__in=self.topics.all()) | Q(tagged_items__tag__in=self.tags.all())
        ).exclude(pk=self.pk)
        return super().pages_showing_it() | Page.objects.filter(pk__in=sharing.values("pk"))


class ArticleAuthor(Orderable):
    """An author of an article, in byline order."""

    page = ParentalKey(ArticlePage, on_delete=models.CASCADE, related_name="authors")
    provider = models.ForeignKey(
        "locations.ProviderPage",
        on_delete=models.CASCADE,
        related_name="authored_articles",
        help_text="A provider of the practice.",
    )

    panels = [FieldPanel("provider")]

    class Meta(Orderable.Meta):
        verbose_name = "author"


class RelatedArticle(Orderable):
    """An article the editor picked for the “You might also enjoy” block."""

    page = ParentalKey(ArticlePage, on_delete=models.CASCADE, related_name="related_links")
    article = models.ForeignKey(
        ArticlePage, on_delete=models.CASCADE, related_name="+", help_text="Another article."
    )

    panels = [FieldPanel("article")]

    class Meta(Orderable.Meta):
        verbose_name = "related article"

    def clean(self):
        if self.article_id and self.page_id and self.article_id == self.page_id:
            raise ValidationError({"article": "An article cannot be related to itself."})
