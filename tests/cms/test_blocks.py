"""The body blocks editors build pages from: what each one refuses, and how each one shows
itself in the editor's block picker."""

import html

import pytest
from django.core.exceptions import ValidationError
from django.urls import reverse
from wagtail.models import Revision
from wagtail.test.utils.form_data import streamfield

from blog.models import ArticlePage
from cms.blocks import (
    BodyStreamBlock,
    CallActionBlock,
    FigureBlock,
    HeadingBlock,
    LinkBlock,
    TableBlock,
)
from cms.factories import ImageFactory
from locations.factories import ProviderPageFactory
from tests.editor import (
    PUBLISH,
    add_url,
    article_form_data,
    banner_messages,
    block_errors,
    stream_field_errors,
)

ALT_TEXT_MISSING = "Please add some alt text for your image or mark it as decorative"
BODY_BLOCKS = list(BodyStreamBlock().child_blocks.items())


def clean_errors(block, raw_value) -> list[str]:
    """The messages an editor gets for `raw_value` (as stored in the database)."""
    with pytest.raises(ValidationError) as error:
        block.clean(block.to_python(raw_value))
    return block_errors(error.value)


def figure(image, alt_text="", decorative=False, caption=""):
    return {
        "image": {"image": image.pk, "alt_text": alt_text, "decorative": decorative},
        "caption": caption,
    }


# Images


def test_an_image_without_alt_text_that_is_not_decorative_is_refused(db):
    assert clean_errors(FigureBlock(), figure(ImageFactory())) == [ALT_TEXT_MISSING]


def test_a_decorative_image_needs_no_alt_text_and_is_rendered_with_an_empty_alt(db):
    block = FigureBlock()
    value = block.clean(block.to_python(figure(ImageFactory(), decorative=True)))

    rendered = block.render(value)

    assert value["image"].decorative is True
    assert 'alt=""' in rendered


def test_an_image_is_rendered_with_the_alt_text_the_editor_wrote_and_its_caption(db):
    block = FigureBlock()
    value = block.clean(
        block.to_python(
            figure(ImageFactory(), alt_text="A physician examines a neck", caption="At Midtown")
        )
    )

    rendered = block.render(value)

    assert 'alt="A physician examines a neck"' in rendered
    assert "<figcaption>At Midtown</figcaption>" in rendered


def test_an_editor_who_publishes_an_image_without_alt_text_is_told_to_add_it(
    admin_client, blog_index, provider_index
):
    image = ImageFactory()
    data = article_form_data(
        authors=[ProviderPageFactory(parent=provider_index)],
        body=streamfield(
            [
                (
                    "image",
                    {
                        "image": {"image": str(image.pk), "alt_text": "", "decorative": ""},
                        "caption": "",
                    },
                )
            ]
        ),
    )

    response = admin_client.post(add_url(ArticlePage, blog_index), {**data, **PUBLISH})

    assert response.status_code == 200
    assert stream_field_errors(response) == [ALT_TEXT_MISSING]
    assert ALT_TEXT_MISSING in html.unescape(response.content.decode())
    assert any(
        text.startswith("The page could not be created") for text in banner_messages(response)
    )
    assert not ArticlePage.objects.exists()
    assert not Revision.page_revisions.exists()


# Headings


@pytest.mark.parametrize(
    ("anchor", "suggestion"),
    [
        ("Common Symptoms", "common-symptoms"),
        ("#symptoms", "symptoms"),
        ("causes & risks", "causes-risks"),
    ],
)
def test_a_heading_anchor_that_is_not_a_slug_is_refused_with_the_slug_suggested(anchor, suggestion):
    errors = clean_errors(HeadingBlock(), {"text": "Symptoms", "level": "h2", "anchor": anchor})

    assert errors == [
        f"Use lowercase letters, digits and hyphens only, for example “{suggestion}”."
    ]


def test_a_heading_anchor_written_as_a_slug_is_kept_and_used_as_the_id():
    block = HeadingBlock()
    value = block.clean(
        block.to_python({"text": "Common symptoms", "level": "h3", "anchor": "symptoms"})
    )

    assert block.render(value).strip() == '<h3 id="symptoms">Common symptoms</h3>'


def test_a_heading_without_an_anchor_gets_one_made_from_its_text():
    block = HeadingBlock()
    value = block.clean(
        block.to_python({"text": "When to see a doctor?", "level": "h2", "anchor": ""})
    )

    assert block.get_context(value)["anchor"] == "when-to-see-a-doctor"
    assert block.render(value).strip() == '<h2 id="when-to-see-a-doctor">When to see a doctor?</h2>'


# Links and calls to action


def test_a_link_needs_a_page_or_an_address(db):
    errors = clean_errors(LinkBlock(), {"page": None, "url": "", "label": "Clinics"})

    assert errors == ["Choose a page or enter an address, not both."]


def test_a_link_cannot_have_both_a_page_and_an_address(home_page):
    errors = clean_errors(
        LinkBlock(), {"page": home_page.pk, "url": "https://example.com/", "label": "Home"}
    )

    assert errors == ["Choose a page or enter an address, not both."]


def test_a_link_to_an_address_needs_a_label(db):
    errors = clean_errors(LinkBlock(), {"page": None, "url": "https://example.com/", "label": ""})

    assert errors == ["Give a label to a link to an address."]


def test_a_link_to_a_page_may_leave_the_label_to_the_page_title(home_page):
    block = LinkBlock()

    value = block.clean(block.to_python({"page": home_page.pk, "url": "", "label": ""}))

    assert value["page"].specific == home_page


def test_a_link_to_an_address_with_a_label_is_accepted(db):
    block = LinkBlock()

    value = block.clean(
        block.to_python({"page": None, "url": "https://example.com/", "label": "Partner"})
    )

    assert (value["url"], value["label"]) == ("https://example.com/", "Partner")


def test_a_call_button_with_a_number_that_cannot_be_dialled_is_refused():
    errors = clean_errors(CallActionBlock(), {"label": "Call us", "phone": "404-123-4567"})

    assert errors == [
        "404-123-4567 is not a valid phone number: check the area code and the number of "
        "digits, for example (404) 555-0123."
    ]


@pytest.mark.parametrize("phone", ["", "(404) 555-0123"])
def test_a_call_button_with_a_valid_or_no_number_is_accepted(phone):
    block = CallActionBlock()

    value = block.clean(block.to_python({"label": "Call us", "phone": phone}))

    assert value["phone"] == phone


def test_a_page_body_allows_at_most_two_calls_to_action():
    block = BodyStreamBlock()
    value = block.to_python([{"type": "cta", "value": {"cta": None}} for _ in range(3)])

    with pytest.raises(ValidationError) as error:
        block.clean(value)

    assert block_errors(error.value) == ["Call to action: The maximum number of items is 2"]


def test_a_list_needs_at_least_one_item():
    block = BodyStreamBlock().child_blocks["list"]

    errors = clean_errors(block, {"lead_in": "Causes:", "style": "bulleted", "items": []})

    assert errors == ["The minimum number of items is 1"]


# Tables


def test_a_table_renders_its_caption_and_header_row():
    rendered = TableBlock().render(
        {
            "first_row_is_table_header": True,
            "first_col_is_header": False,
            "table_caption": "Treatment options",
            "data": [["Treatment", "Typical relief"], ["Nerve block", None]],
        }
    )

    assert "<caption>Treatment options</caption>" in rendered
    assert '<th scope="col">Treatment</th>' in rendered
    assert "<td>Nerve block</td><td></td>" in rendered


# The block picker


@pytest.mark.parametrize(("name", "block"), BODY_BLOCKS, ids=[name for name, _ in BODY_BLOCKS])
def test_every_body_block_is_described_for_the_block_picker(name, block):
    assert block.meta.icon != "placeholder", f"{name} has Wagtail's default icon"
    assert block.meta.label, f"{name} has no label of its own"
    assert block.meta.help_text, f"{name} has no help text"
    assert block.get_description(), f"{name} has no description"
    assert block.is_previewable, f"{name} shows no preview in the block picker"


PREVIEWS = {
    "heading": '<h2 id="common-symptoms">Common symptoms</h2>',
    "paragraph": "Tension in the muscles at the back of the neck",
    "list": "<li><p>Pain at the base of the skull</p></li>",
    "image": "(An image chosen from the library appears here.)",
    "quote": "<footer>— Dr. Amara Okafor, MD</footer>",
    "callout": "When to seek urgent care",
    "faq": "<summary>Is a nerve block painful?</summary>",
    "cta": "<h2>Schedule your consultation</h2>",
    "embed": 'src="https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ"',
    "table": "<caption>Treatment options</caption>",
}


@pytest.mark.parametrize(("name", "block"), BODY_BLOCKS, ids=[name for name, _ in BODY_BLOCKS])
def test_every_body_block_previews_in_the_block_picker_with_an_empty_library(
    admin_client, name, block
):
    response = admin_client.get(
        reverse("wagtailadmin_block_preview"), {"id": block.definition_prefix}
    )

    assert response.status_code == 200
    assert PREVIEWS[name] in response.content.decode()


def test_the_image_preview_shows_the_newest_image_of_the_library(admin_client):
    ImageFactory(title="Old waiting room")
    ImageFactory(title="New reception desk")
    block = BodyStreamBlock().child_blocks["image"]

    response = admin_client.get(
        reverse("wagtailadmin_block_preview"), {"id": block.definition_prefix}
    )

    assert response.status_code == 200
    assert 'alt="New reception desk"' in response.content.decode()
    assert "<figcaption>An illustrative caption.</figcaption>" in response.content.decode()
