"""A large site for the benchmark (bench/run.py): the demo site, then thousands of
articles and hundreds of images, built in bulk but as real pages in the tree.

Articles are inserted in batches (tree paths, depths and url paths computed as Wagtail's
tree would) rather than saved one by one with revisions: 10,000 articles in a minute
instead of an hour. They are live and public, with a hero image, a body copied from a
demo article (headings, paragraphs with links, images, a CTA block), topics, tags, two
authors, a reviewer and a CTA; a third have editor's picks. Their images' renditions and
the search index are built too, as a site in use has them.
"""

import datetime
import random
import uuid
from io import BytesIO

from django.contrib.contenttypes.models import ContentType
from django.core.files.images import ImageFile
from django.core.management import call_command
from django.core.management.base import BaseCommand
from django.db import connection, transaction
from django.db.models import F
from django.utils import timezone
from PIL import Image as PillowImage
from taggit.models import Tag
from wagtail.images import get_image_model
from wagtail.models import Locale, Page
from wagtail.search.backends import get_search_backend

from blog.models import ArticleAuthor, ArticlePage, ArticlePageTag, BlogIndexPage, RelatedArticle
from cms.models import CallToAction, Topic
from cms.serializers import image_filter_specs
from locations.models import ProviderPage

BATCH = 500
TAGS = ["desk work", "runners", "sleep", "posture", "older adults", "athletes", "pregnancy"]


class Command(BaseCommand):
    help = "Build a large site for the benchmark: the demo, then N articles and M images."

    def add_arguments(self, parser):
        parser.add_argument("--articles", type=int, default=10_000)
        parser.add_argument("--images", type=int, default=500)

    def handle(self, articles, images, **options):
        call_command("seed_demo", stdout=self.stdout)
        random.seed(7)
        pictures = self.images_build(images)
        self.articles_build(articles, pictures)
        # The planner's statistics, as autovacuum would have them on a site that grew over
        # time: just after a bulk load they still describe the demo, and PostgreSQL then
        # chose plans that read every page to answer for twenty.
        with connection.cursor() as cursor:
            cursor.execute("ANALYZE")
        self.stdout.write(
            f"{ArticlePage.objects.count()} articles, {get_image_model().objects.count()} "
            f"images, {Page.objects.count()} pages"
        )

    def images_build(self, count: int) -> list:
        image_model = get_image_model()
        existing = image_model.objects.filter(title__startswith="Bench photo ").count()
        for n in range(existing, count):
            buffer = BytesIO()
            color = (40 + n % 200, 90 + (n * 7) % 150, 120 + (n * 13) % 120)
            PillowImage.new("RGB", (1000, 560), color).save(buffer, "JPEG", quality=80)
            image_model.objects.create(
                title=f"Bench photo {n}",
                description=f"A clinic photo, number {n}",
                file=ImageFile(buffer, name=f"bench-{n}.jpg"),
            )
        pictures = list(image_model.objects.filter(title__startswith="Bench photo "))
        for image in pictures:  # renditions are made on first use; a site in use has them
            image.get_renditions(*image_filter_specs(image))
        self.stdout.write(f"{len(pictures)} bench images with their renditions")
        return pictures

    def articles_build(self, count: int, pictures: list) -> None:
        blog = BlogIndexPage.objects.get()
        existing = ArticlePage.objects.filter(slug__startswith="bench-").count()
        if existing >= count:
            self.stdout.write(f"{existing} bench articles already there")
            return
        templates = list(ArticlePage.objects.live().exclude(slug__startswith="bench-"))
        providers = list(ProviderPage.objects.live())
        topics = list(Topic.objects.all())
        ctas = list(CallToAction.objects.all())
        tags = [
            Tag.objects.get_or_create(name=name, defaults={"slug": name.replace(" ", "-")})[0]
            for name in TAGS
        ]
        content_type = ContentType.objects.get_for_model(ArticlePage)
        locale = Locale.get_default()
        now = timezone.now()
        with transaction.atomic():
            blog = BlogIndexPage.objects.select_for_update().get(pk=blog.pk)
            step = blog.numchild
            created: list[int] = []
            for start in range(existing, count, BATCH):
                numbers = range(start, min(start + BATCH, count))
                rows, articles = [], []
                for n in numbers:
                    step += 1
                    template = templates[n % len(templates)]
                    published = now - datetime.timedelta(minutes=n * 37)
                    slug = f"bench-{n}-{template.slug}"[:255]
                    rows.append(
                        Page(
                            title=f"{template.title} ({n})",
                            draft_title=f"{template.title} ({n})",
                            slug=slug,
                            content_type=content_type,
                            path=Page._get_path(blog.path, blog.depth + 1, step),
                            depth=blog.depth + 1,
                            numchild=0,
                            url_path=f"{blog.url_path}{slug}/",
                            live=True,
                            has_unpublished_changes=False,
                            first_published_at=published,
                            last_published_at=published,
                            locale=locale,
                            translation_key=uuid.uuid4(),
                            search_description=template.search_description,
                        )
                    )
                pages = Page.objects.bulk_create(rows)
                if pages[0].pk is None:  # a backend that does not return ids
                    pages = list(
                        Page.objects.filter(path__in=[row.path for row in rows]).order_by("path")
                    )
                for n, page in zip(numbers, pages, strict=True):
                    template = templates[n % len(templates)]
                    articles.append(
                        ArticlePage(
                            page_ptr_id=page.pk,
                            intro=template.intro,
                            hero_image=pictures[n % len(pictures)],
                            body=list(template.body.raw_data),
                            medical_reviewer=providers[n % len(providers)],
                            last_reviewed=template.last_reviewed,
                            cta=ctas[n % len(ctas)] if ctas else None,
                            canonical_url="",
                            import_source="",
                        )
                    )
                # Multi-table inheritance: the Page rows exist, insert the ArticlePage rows.
                fields = list(ArticlePage._meta.local_concrete_fields)
                ArticlePage._base_manager._insert(articles, fields=fields, raw=True)
                ids = [page.pk for page in pages]
                created += ids
                ArticlePage.topics.through.objects.bulk_create(
                    ArticlePage.topics.through(articlepage_id=pk, topic_id=topic.pk)
                    for index, pk in enumerate(ids)
                    for topic in {
                        topics[index % len(topics)],
                        topics[(index * 5 + 3) % len(topics)],
                    }
                )
                ArticlePageTag.objects.bulk_create(
                    ArticlePageTag(content_object_id=pk, tag=tags[index % len(tags)])
                    for index, pk in enumerate(ids)
                )
                ArticleAuthor.objects.bulk_create(
                    ArticleAuthor(page_id=pk, provider=provider, sort_order=order)
                    for index, pk in enumerate(ids)
                    for order, provider in enumerate(
                        {providers[index % len(providers)], providers[(index + 3) % len(providers)]}
                    )
                )
                RelatedArticle.objects.bulk_create(
                    RelatedArticle(
                        page_id=pk, article_id=random.choice(created[:-1] or ids), sort_order=0
                    )
                    for index, pk in enumerate(ids)
                    if index % 3 == 0 and created[:-1]
                )
                self.stdout.write(f"{start + len(ids)} bench articles")
            Page.objects.filter(pk=blog.pk).update(numchild=F("numchild") + (count - existing))
        backend = get_search_backend()
        backend.add_bulk(ArticlePage, ArticlePage.objects.filter(pk__in=created))
        self.stdout.write("search index updated")
