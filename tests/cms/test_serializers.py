"""The shared API serializers: Image objects and rich text, in bulk, nothing private."""

from types import SimpleNamespace

import pytest
from django.test import RequestFactory
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import PageViewRestriction

from blog.factories import ArticlePageFactory
from cms.factories import ImageFactory
from cms.models import restricted_paths
from cms.serializers import (
    RichTextExpander,
    image_filter_specs,
    image_representation,
    public_path,
    renditions_prefetch,
)
from tests.queries import sql_queries


@pytest.fixture
def request_(db):
    return RequestFactory().get("/", HTTP_HOST="cms.example.com")


@pytest.mark.parametrize(
    "width, widths",
    [
        (300, [300]),
        (960, [480, 960]),
        (1600, [480, 960, 1440, 1600]),
        (2400, [480, 960, 1440, 1920]),
    ],
)
def test_an_image_is_offered_in_webp_widths_up_to_its_own(width, widths):
    image = SimpleNamespace(width=width, height=width // 2)
    assert image_filter_specs(image) == [f"width-{w}|format-webp" for w in widths]


def test_an_image_object_has_absolute_urls_a_srcset_and_alt_text(request_):
    image = ImageFactory(
        file__width=1600, file__height=900, description="A physician examines a neck"
    )

    data = image_representation(image, request_)

    assert data["id"] == image.pk
    assert data["alt"] == "A physician examines a neck"
    assert (data["width"], data["height"]) == (960, 540)
    assert data["url"].startswith("http://cms.example.com/media/images/")
    assert data["url"].endswith(".webp")
    srcset = data["srcset"].split(", ")
    assert [entry.rsplit(" ", 1)[1] for entry in srcset] == ["480w", "960w", "1440w", "1600w"]
    assert all(entry.startswith("http://cms.example.com/") for entry in srcset)


def test_alt_text_chosen_where_the_image_is_used_wins_and_decorative_is_empty(request_):
    image = ImageFactory(description="Default alt")
    assert image_representation(image, request_)["alt"] == "Default alt"
    assert image_representation(image, request_, alt="Chosen alt")["alt"] == "Chosen alt"
    image.contextual_alt_text = "Block alt"
    assert image_representation(image, request_)["alt"] == "Block alt"
    image.decorative = True
    assert image_representation(image, request_)["alt"] == ""
    assert image_representation(None, request_) is None


def test_many_images_cost_one_query_once_their_renditions_exist(
    request_, django_assert_num_queries
):
    images = [ImageFactory(file__width=1200, file__height=800) for _ in range(6)]
    for image in images:
        image_representation(image, request_)  # creates the renditions
    fresh = list(get_image_model().objects.filter(pk__in=[image.pk for image in images]))

    with django_assert_num_queries(1):
        renditions_prefetch(fresh)
        payloads = [image_representation(image, request_) for image in fresh]

    assert len({payload["url"] for payload in payloads}) == 6


def test_rich_text_page_links_become_public_paths_only_for_live_public_pages(request_, blog_index):
    public = ArticlePageFactory(parent=blog_index, slug="sciatica")
    draft = ArticlePageFactory(parent=blog_index, slug="draft", live=False)
    private = ArticlePageFactory(parent=blog_index, slug="private")
    PageViewRestriction.objects.create(
        page=private, restriction_type=PageViewRestriction.PASSWORD, password="secret"
    )
    document = get_document_model().objects.create(title="Intake form", file="documents/f.pdf")
    htmls = [
        f'<p>See <a linktype="page" id="{public.pk}">sciatica</a>.</p>',
        f'<p><a linktype="page" id="{draft.pk}">draft</a> and '
        f'<a linktype="page" id="{private.pk}">private</a></p>',
        f'<p><a linktype="document" id="{document.pk}">form</a> '
        '<a href="https://example.com/">out</a> <a linktype="page" id="999999">gone</a></p>',
        '<p>Text <embed embedtype="image" id="1" format="left" alt="x"/></p>',
    ]

    public_path(blog_index, request_)  # the site's root paths, read once per request
    restricted_paths()  # read once per change, then from the shared cache

    with sql_queries() as queries:  # pages, documents
        expanded = RichTextExpander(request_).expand_many(htmls)
    assert len(queries) == 2, queries.statements

    assert expanded[0] == '<p>See <a href="/blog/sciatica/">sciatica</a>.</p>'
    assert expanded[1] == "<p><a>draft</a> and <a>private</a></p>"
    assert expanded[2] == (
        f'<p><a href="http://cms.example.com/documents/{document.pk}/f.pdf">form</a> '
        '<a href="https://example.com/">out</a> <a>gone</a></p>'
    )
    assert expanded[3] == "<p>Text </p>"
    assert "linktype" not in "".join(expanded)


def test_every_body_block_is_given_in_the_shape_a_frontend_renders(rf, blog_index):
    from blog.models import ArticlePage
    from cms.factories import CallToActionFactory
    from cms.models import PracticeSettings
    from cms.serializers import Payload

    target = ArticlePageFactory(parent=blog_index, slug="sciatica")
    image = ImageFactory(file__width=1200, file__height=800)
    default_cta = CallToActionFactory(heading="Book a visit")
    site = blog_index.get_site()
    PracticeSettings.objects.create(site=site, phone="(404) 555-0100", default_cta=default_cta)
    link = f'<p>See <a linktype="page" id="{target.pk}">sciatica</a>.</p>'
    body = [
        ("heading", {"text": "What helps", "level": "h3", "anchor": ""}),
        ("paragraph", link),
        ("list", {"lead_in": "Try:", "style": "numbered", "items": [link, "<p>Rest</p>"]}),
        ("image", {"image": {"image": image, "alt_text": "", "decorative": True}, "caption": ""}),
        ("quote", {"quote": "It helped.", "attribution": "A patient"}),
        ("callout", {"style": "tip", "title": "Tip", "text": link}),
        ("faq", {"heading": "FAQ", "items": [{"question": "Why?", "answer": link}]}),
        ("cta", {"cta": None}),
        ("embed", {"video": "https://youtu.be/dQw4w9WgXcQ", "caption": "Watch"}),
        (
            "table",
            {
                "table_header_choice": "row",
                "first_row_is_table_header": True,
                "first_col_is_header": False,
                "table_caption": "Options",
                "data": [["Treatment", None], ["Nerve block", "Weeks"]],
            },
        ),
    ]
    article_id = ArticlePageFactory(parent=blog_index, body=body).pk
    request = rf.get("/", HTTP_HOST="localhost")
    image_representation(image, request)  # renditions are made once, on first use
    article = ArticlePage.objects.get(pk=article_id)
    payload = Payload(request, site)

    # images, settings with the default CTA, view restrictions, linked pages, site root
    # paths, renditions (settings and view restrictions: from the shared cache once read)
    with sql_queries() as queries:
        stream = article.body.stream_block.get_api_representation(
            article.body, context={"payload": payload}
        )
        data = {block["type"]: block["value"] for block in payload.resolve(stream)}
    assert len(queries) <= 6, queries.statements

    expanded = '<p>See <a href="/blog/sciatica/">sciatica</a>.</p>'
    assert data["heading"] == {"text": "What helps", "level": "h3", "anchor": "what-helps"}
    assert data["paragraph"] == expanded
    assert data["list"] == {
        "lead_in": "Try:",
        "style": "numbered",
        "items": [expanded, "<p>Rest</p>"],
    }
    assert data["image"]["image"]["alt"] == "" and data["image"]["image"]["srcset"]
    assert data["quote"] == {"quote": "It helped.", "attribution": "A patient"}
    assert data["callout"]["text"] == expanded
    assert data["faq"]["items"] == [{"question": "Why?", "answer": expanded}]
    assert data["cta"]["heading"] == "Book a visit"
    assert data["cta"]["primary"]["kind"] == "book"
    assert data["cta"]["secondary"] == {
        "label": "Call us",
        "url": "tel:+14045550100",
        "kind": "call",
    }
    assert data["embed"]["embed_url"] == "https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ"
    assert data["embed"]["caption"] == "Watch"
    assert data["table"]["rows"] == [["Treatment", ""], ["Nerve block", "Weeks"]]
    assert "linktype" not in str(data)
