"""StreamField blocks for every page body, defined once and shared by all page types.

Each block carries an icon, a label, help text for the editor, a description and a
preview value for the block picker, and a template used by the editor's previews.
"""

import copy

from django.core.exceptions import ValidationError
from django.utils.text import slugify
from wagtail import blocks
from wagtail.blocks.struct_block import StructBlockValidationError
from wagtail.contrib.table_block.blocks import TableBlock as WagtailTableBlock
from wagtail.embeds.blocks import EmbedBlock
from wagtail.images.blocks import ImageBlock
from wagtail.snippets.blocks import SnippetChooserBlock

# Rich text features editors get in body copy: enough for health content, nothing that
# breaks the public site's design (no headings inside paragraphs: use the heading block).
PARAGRAPH_FEATURES = ["bold", "italic", "link", "document-link", "ol", "ul", "superscript"]
INLINE_FEATURES = ["bold", "italic", "link", "document-link"]

SAMPLE_PARAGRAPH = (
    "<p>Tension in the muscles at the back of the neck can refer pain into the head. "
    "Our physicians look for the source before treating the symptom.</p>"
)


def payload_of(context: dict | None):
    """The API payload being built (cms.serializers.Payload), passed down as context."""
    if not context or "payload" not in context:
        raise ValueError("Serialize blocks through cms.serializers.Payload.")
    return context["payload"]


class HeadingBlock(blocks.StructBlock):
    """A section heading (h2–h4) with an anchor that the page's table of contents can use."""

    text = blocks.CharBlock(
        max_length=120, help_text="The heading as readers see it. Keep it short and specific."
    )
    level = blocks.ChoiceBlock(
        choices=[("h2", "Section (H2)"), ("h3", "Subsection (H3)"), ("h4", "Minor (H4)")],
        default="h2",
        help_text="Use H2 for the main sections of the page, H3 and H4 inside them.",
    )
    anchor = blocks.CharBlock(
        required=False,
        max_length=80,
        help_text="Optional link target (#symptoms). Left empty, it is made from the text.",
    )

    def clean(self, value):
        value = super().clean(value)
        if value["anchor"] and slugify(value["anchor"]) != value["anchor"]:
            raise StructBlockValidationError(
                block_errors={
                    "anchor": ValidationError(
                        f"Use lowercase letters, digits and hyphens only, "
                        f"for example “{slugify(value['anchor'])}”."
                    )
                }
            )
        return value

    def get_context(self, value, parent_context=None):
        context = super().get_context(value, parent_context)
        context["anchor"] = value["anchor"] or slugify(value["text"])
        return context

    def get_searchable_content(self, value):
        # Only the words readers see: not the level's label ("Section (H2)") or the anchor.
        return [value["text"]]

    def get_api_representation(self, value, context=None):
        return {
            "text": value["text"],
            "level": value["level"],
            "anchor": value["anchor"] or slugify(value["text"]),
        }

    class Meta:
        icon = "title"
        label = "Heading"
        template = "blocks/heading.html"
        help_text = "A section heading. Start each main section of the page with an H2."
        description = "A section heading with a link anchor."
        preview_value = {"text": "Common symptoms", "level": "h2", "anchor": ""}


class ParagraphBlock(blocks.RichTextBlock):
    """Body copy: paragraphs with bold, italic, links and inline lists."""

    def __init__(self, **kwargs):
        kwargs.setdefault("features", PARAGRAPH_FEATURES)
        super().__init__(**kwargs)

    def get_api_representation(self, value, context=None):
        return payload_of(context).rich_text(value)

    class Meta:
        icon = "pilcrow"
        label = "Paragraph"
        template = "blocks/paragraph.html"
        help_text = "Body text. Use the list block for longer lists of symptoms or causes."
        description = "Rich text: paragraphs, bold, italic and links."
        preview_value = SAMPLE_PARAGRAPH


class ListBlock(blocks.StructBlock):
    """A bulleted or numbered list with an optional lead-in (symptoms, causes, steps)."""

    lead_in = blocks.CharBlock(
        required=False,
        max_length=200,
        help_text="Optional sentence introducing the list, e.g. “Common causes include:”.",
    )
    style = blocks.ChoiceBlock(
        choices=[("bulleted", "Bulleted"), ("numbered", "Numbered")],
        default="bulleted",
        help_text="Numbered for steps in order, bulleted otherwise.",
    )
    items = blocks.ListBlock(
        blocks.RichTextBlock(features=INLINE_FEATURES, label="Item"),
        min_num=1,
        help_text="One point per item.",
    )

    def get_api_representation(self, value, context=None):
        payload = payload_of(context)
        return {
            "lead_in": value["lead_in"],
            "style": value["style"],
            "items": [payload.rich_text(item) for item in value["items"]],
        }

    class Meta:
        icon = "list-ul"
        label = "List"
        template = "blocks/list.html"
        help_text = "A list of symptoms, causes or steps."
        description = "A bulleted or numbered list with an optional lead-in."
        preview_value = {
            "lead_in": "Common symptoms include:",
            "style": "bulleted",
            "items": [
                "<p>Pain at the base of the skull</p>",
                "<p>Headache that worsens with neck movement</p>",
            ],
        }


class FigureBlock(blocks.StructBlock):
    """An image with alt text (required unless decorative) and an optional caption."""

    image = ImageBlock(
        help_text="Describe the image for people who cannot see it, or mark it decorative."
    )
    caption = blocks.CharBlock(
        required=False, max_length=250, help_text="Optional caption shown under the image."
    )

    def get_preview_value(self):
        # The picker previews with the newest image in the library, when there is one.
        from wagtail.images import get_image_model

        image = get_image_model().objects.order_by("-created_at").first()
        if image:
            image.contextual_alt_text = image.title
            image.decorative = False
        return {"image": image, "caption": "An illustrative caption."}

    def get_api_representation(self, value, context=None):
        return {"image": payload_of(context).image(value["image"]), "caption": value["caption"]}

    class Meta:
        icon = "image"
        label = "Image"
        template = "blocks/figure.html"
        help_text = "An image with alt text and an optional caption."
        description = "An image, its alt text and a caption."


class QuoteBlock(blocks.StructBlock):
    """A pull quote or a patient's words, with who said it."""

    quote = blocks.TextBlock(max_length=600, help_text="The quoted words, without quote marks.")
    attribution = blocks.CharBlock(
        required=False, max_length=120, help_text="Who said it, e.g. “Dr. Amara Okafor, MD”."
    )

    class Meta:
        icon = "openquote"
        label = "Quote"
        template = "blocks/quote.html"
        help_text = "A quotation, with who said it."
        description = "A pull quote with an attribution."
        preview_value = {
            "quote": "Most neck-related headaches improve with the right combination of care.",
            "attribution": "Dr. Amara Okafor, MD",
        }


class CalloutBlock(blocks.StructBlock):
    """A highlighted box: information, a tip, or a warning (e.g. when to seek urgent care)."""

    style = blocks.ChoiceBlock(
        choices=[("info", "Information"), ("tip", "Tip"), ("warning", "Warning")],
        default="info",
        help_text="Warning for safety messages such as when to call 911.",
    )
    title = blocks.CharBlock(required=False, max_length=120, help_text="Optional short title.")
    text = blocks.RichTextBlock(features=INLINE_FEATURES, help_text="The message itself.")

    def get_api_representation(self, value, context=None):
        return {
            "style": value["style"],
            "title": value["title"],
            "text": payload_of(context).rich_text(value["text"]),
        }

    class Meta:
        icon = "warning"
        label = "Callout"
        template = "blocks/callout.html"
        help_text = "A highlighted message: information, a tip or a warning."
        description = "A highlighted box for tips and warnings."
        preview_value = {
            "style": "warning",
            "title": "When to seek urgent care",
            "text": "<p>Call 911 for a sudden, severe headache with fever or confusion.</p>",
        }


class FAQItemBlock(blocks.StructBlock):
    """One question and its answer."""

    question = blocks.CharBlock(max_length=250, help_text="The question as a patient asks it.")
    answer = blocks.RichTextBlock(features=INLINE_FEATURES, help_text="A direct answer.")

    class Meta:
        icon = "help"
        label = "Question"


class FAQBlock(blocks.StructBlock):
    """Frequently asked questions: question and answer pairs, marked up as FAQPage."""

    heading = blocks.CharBlock(required=False, max_length=120, default="Frequently asked questions")
    items = blocks.ListBlock(FAQItemBlock(), min_num=1, help_text="At least one question.")

    def get_api_representation(self, value, context=None):
        payload = payload_of(context)
        return {
            "heading": value["heading"],
            "items": [
                {"question": item["question"], "answer": payload.rich_text(item["answer"])}
                for item in value["items"]
            ],
        }

    class Meta:
        icon = "help"
        label = "FAQ"
        template = "blocks/faq.html"
        help_text = "Questions and answers. Search engines may show them in results."
        description = "Question and answer pairs."
        preview_value = {
            "heading": "Frequently asked questions",
            "items": [
                {
                    "question": "Is a nerve block painful?",
                    "answer": "<p>Most patients feel pressure and a brief sting.</p>",
                }
            ],
        }


class CallToActionBlock(blocks.StructBlock):
    """“Schedule your consultation”: a chosen call to action, or the site's default."""

    cta = SnippetChooserBlock(
        "cms.CallToAction",
        required=False,
        label="Call to action",
        help_text="Leave empty to show the site's default call to action.",
    )

    def bulk_to_python(self, values):
        """The chosen calls to action, read from the shared cache (`calls_to_action`)
        rather than the database: a page's CTA blocks cost no query."""
        from cms.models import calls_to_action

        chosen = any(value.get("cta") for value in values)
        found = calls_to_action() if chosen else {}
        return [
            self._to_struct_value({"cta": copy.copy(found.get(value.get("cta")))})
            for value in values
        ]

    def get_api_representation(self, value, context=None):
        from cms.serializers import cta_representation

        payload = payload_of(context)
        return cta_representation(value["cta"] or payload.default_cta, payload)

    class Meta:
        icon = "calendar-alt"
        label = "Call to action"
        template = "blocks/cta.html"
        help_text = "Invites the reader to book, call or request an appointment."
        description = "A call to action, such as “Schedule your consultation”."
        preview_value = {"cta": None}


class VideoBlock(blocks.StructBlock):
    """An embedded video (YouTube or Vimeo), with an optional caption."""

    video = EmbedBlock(
        max_width=960,
        help_text="Paste the video's address, e.g. https://www.youtube.com/watch?v=…",
    )
    caption = blocks.CharBlock(required=False, max_length=250)

    def get_api_representation(self, value, context=None):
        from cms.serializers import video_representation

        return {**video_representation(value["video"]), "caption": value["caption"]}

    class Meta:
        icon = "media"
        label = "Video"
        template = "blocks/video.html"
        help_text = "An embedded video from YouTube or Vimeo."
        description = "A video from YouTube or Vimeo."
        preview_value = {
            "video": "https://www.youtube.com/watch?v=dQw4w9WgXcQ",
            "caption": "What to expect at your first visit.",
        }


class TableBlock(WagtailTableBlock):
    """A simple data table (e.g. comparing treatments), with an optional header row."""

    def __init__(self, **kwargs):
        kwargs.setdefault(
            "table_options",
            {"startRows": 3, "startCols": 3, "colHeaders": False, "rowHeaders": False},
        )
        super().__init__(**kwargs)

    def get_api_representation(self, value, context=None):
        value = value or {}
        return {
            "caption": value.get("table_caption") or "",
            "first_row_is_header": bool(value.get("first_row_is_table_header")),
            "first_column_is_header": bool(value.get("first_col_is_header")),
            "rows": [[cell or "" for cell in row] for row in value.get("data") or []],
        }

    class Meta:
        icon = "table"
        label = "Table"
        template = "blocks/table.html"
        help_text = "A table. Tick “Row header” to mark the first row as column headings."
        description = "A data table with an optional caption."
        preview_value = {
            "table_header_choice": "row",
            "first_row_is_table_header": True,
            "first_col_is_header": False,
            "table_caption": "Treatment options",
            "data": [
                ["Treatment", "Typical relief"],
                ["Nerve block", "Weeks to months"],
                ["Physical therapy", "Gradual, lasting"],
            ],
        }


class BodyStreamBlock(blocks.StreamBlock):
    """The body of every page type: the same ten blocks everywhere."""

    heading = HeadingBlock()
    paragraph = ParagraphBlock()
    list = ListBlock()
    image = FigureBlock()
    quote = QuoteBlock()
    callout = CalloutBlock()
    faq = FAQBlock()
    cta = CallToActionBlock()
    embed = VideoBlock()
    table = TableBlock()

    class Meta:
        block_counts = {"cta": {"max_num": 2}}


class BookActionBlock(blocks.StructBlock):
    """Book online: a link to the booking system (UTM parameters are added on delivery)."""

    label = blocks.CharBlock(max_length=40, default="Book online")
    url = blocks.URLBlock(
        required=False,
        help_text="The booking page. Left empty, the clinic's own booking link is used.",
    )

    class Meta:
        icon = "calendar-check"
        label = "Book online"


class CallActionBlock(blocks.StructBlock):
    """Click to call: the given number, else the clinic's, else the practice's main line."""

    label = blocks.CharBlock(max_length=40, default="Call us")
    phone = blocks.CharBlock(
        required=False,
        max_length=30,
        help_text="Left empty, the clinic's number (or the practice's main number) is used.",
    )

    def clean(self, value):
        from cms.validators import validate_phone

        value = super().clean(value)
        if value["phone"]:
            try:
                validate_phone(value["phone"])
            except ValidationError as error:
                raise StructBlockValidationError(block_errors={"phone": error}) from error
        return value

    class Meta:
        icon = "mobile-alt"
        label = "Call"


class RequestActionBlock(blocks.StructBlock):
    """Request an appointment: opens the appointment-request form."""

    label = blocks.CharBlock(max_length=40, default="Request an appointment")

    class Meta:
        icon = "form"
        label = "Request an appointment"


class ActionStreamBlock(blocks.StreamBlock):
    """What a call-to-action button does: book online, call, or request an appointment."""

    book = BookActionBlock()
    call = CallActionBlock()
    request = RequestActionBlock()


class LinkBlock(blocks.StructBlock):
    """A navigation link: to a page of the site, or to another address."""

    page = blocks.PageChooserBlock(
        required=False, help_text="A page of this site. Moves and renames follow it."
    )
    url = blocks.URLBlock(required=False, label="Or an address", help_text="Another site.")
    label = blocks.CharBlock(
        required=False, max_length=60, help_text="Left empty, the page's title is used."
    )

    def clean(self, value):
        value = super().clean(value)
        if bool(value["page"]) == bool(value["url"]):
            raise StructBlockValidationError(
                block_errors={
                    "page": ValidationError("Choose a page or enter an address, not both.")
                }
            )
        if value["url"] and not value["label"]:
            raise StructBlockValidationError(
                block_errors={"label": ValidationError("Give a label to a link to an address.")}
            )
        return value

    class Meta:
        icon = "link"
        label = "Link"


class MenuBlock(blocks.StructBlock):
    """A header menu with a label and its own links (a drop-down on the public site)."""

    label = blocks.CharBlock(max_length=60)
    links = blocks.ListBlock(LinkBlock(), min_num=1)

    class Meta:
        icon = "list-ul"
        label = "Menu"


class FooterColumnBlock(blocks.StructBlock):
    """A column of footer links under a heading."""

    heading = blocks.CharBlock(max_length=60)
    links = blocks.ListBlock(LinkBlock(), min_num=1)

    class Meta:
        icon = "list-ul"
        label = "Column"


class SocialLinkBlock(blocks.StructBlock):
    """The practice's profile on a social network."""

    network = blocks.ChoiceBlock(
        choices=[
            ("facebook", "Facebook"),
            ("instagram", "Instagram"),
            ("linkedin", "LinkedIn"),
            ("x", "X (Twitter)"),
            ("youtube", "YouTube"),
            ("tiktok", "TikTok"),
        ]
    )
    url = blocks.URLBlock(help_text="The full address of the practice's profile.")

    class Meta:
        icon = "site"
        label = "Social profile"
