"""`manage.py import_articles`: old-site HTML pages become draft articles for review."""

import shutil
from io import StringIO
from pathlib import Path

import pytest
from django.core.exceptions import ValidationError
from django.core.files.storage import default_storage
from django.core.management import CommandError, call_command
from wagtail.images import get_image_model
from wagtail.models import Revision

from blog.factories import BlogIndexPageFactory
from blog.importer import article_parse
from blog.models import ArticlePage

OLD_SITE = Path(__file__).parent / "fixtures" / "old_site"
SCIATICA = OLD_SITE / "sciatica.html"
KNEE = OLD_SITE / "archive" / "knee-injections.htm"
UNTITLED = OLD_SITE / "untitled-draft.html"

Image = get_image_model()


def run(*args, **options) -> str:
    out = StringIO()
    call_command("import_articles", *[str(arg) for arg in args], stdout=out, **options)
    return out.getvalue()


def stored_files(prefix: str) -> list[str]:
    """Image files in storage whose name starts with `prefix`."""
    if not default_storage.exists("original_images"):
        return []
    _, files = default_storage.listdir("original_images")
    return [name for name in files if name.startswith(prefix)]


def draft(page: ArticlePage) -> ArticlePage:
    return ArticlePage.objects.get(pk=page.pk).get_latest_revision_as_object()


@pytest.fixture(autouse=True)
def media_root(settings, tmp_path) -> Path:
    """Each test's uploads in a folder of its own, so leftovers can be checked."""
    settings.MEDIA_ROOT = str(tmp_path / "media")
    return tmp_path / "media"


@pytest.fixture
def old_site(tmp_path) -> Path:
    """A copy of the old-site fixtures that a test may change."""
    return Path(shutil.copytree(OLD_SITE, tmp_path / "old_site"))


def test_a_realistic_article_becomes_a_draft_with_its_blocks_in_order(blog_index):
    output = run(SCIATICA)

    page = ArticlePage.objects.child_of(blog_index).get()
    assert "1 created, 0 updated, 0 failed" in output
    assert not page.live and page.first_published_at is None
    assert page.has_unpublished_changes and page.latest_revision is not None
    assert page.slug == "sciatica-relief-options"  # from the canonical URL, not the file name
    article = draft(page)
    assert article.title == "Sciatica Relief: 5 Options That Work"
    assert article.search_description.startswith("Sciatica pain running down your leg?")
    assert article.intro == (
        "Sciatica is pain that follows the sciatic nerve, from the lower back through the "
        "buttock and down one leg. Most people recover with the right care."
    )
    assert article.canonical_url == ""  # The old address is not this page's canonical.

    body = list(article.body)
    assert [block.block_type for block in body] == [
        "paragraph",
        "heading",
        "list",
        "image",
        "heading",
        "paragraph",
        "image",
        "heading",
        "list",
        "heading",
        "paragraph",
        "quote",
        "cta",
    ]
    headings = [block.value for block in body if block.block_type == "heading"]
    assert [(h["text"], h["level"], h["anchor"]) for h in headings] == [
        ("What causes sciatica?", "h2", "what-causes-sciatica"),
        ("When to see a doctor", "h3", ""),
        ("Five treatments that help", "h2", ""),
        ("About epidural injections", "h4", "epidural-injections"),  # an h5
    ]
    causes, treatments = (block.value for block in body if block.block_type == "list")
    assert causes["style"] == "bulleted" and causes["lead_in"] == "Common causes include:"
    assert treatments["style"] == "numbered" and len(treatments["items"]) == 5
    photo, diagram = (block.value for block in body if block.block_type == "image")
    assert photo["image"].contextual_alt_text == "A patient doing a seated piriformis stretch"
    assert photo["caption"] == "A gentle stretch can ease the pressure on the nerve."
    assert diagram["image"].contextual_alt_text == "Piriformis diagram"  # from the file name
    quote = body[-2].value
    assert quote["quote"].startswith("Most of my sciatica patients")
    assert quote["attribution"] == "Dr. Amara Okafor, MD"
    assert body[-1].value["cta"] is None  # the site's default call to action

    text = str(article.body.raw_data)
    assert "Don’t live with leg pain" not in text  # the old CTA's text is not imported
    assert "Great article" not in text and "Share this" not in text  # nor comments, sharing
    assert "Posted on" not in text and "Six clinics across Georgia" not in text


def test_rich_text_keeps_bold_italic_and_links_in_wagtail_storage_format(blog_index):
    run(SCIATICA)

    raw = draft(ArticlePage.objects.get()).body.raw_data
    first = raw[0]["value"]
    assert first == (
        "<p>Our physicians see sciatica every day in our six clinics across Georgia.<br/> "
        "Here is what causes it, and what helps.</p>"
    )
    when_to_see = raw[5]["value"]
    assert "<i>a few weeks</i>" in when_to_see
    assert (
        '<a href="https://www.ninds.nih.gov/health-information/disorders/sciatica">'
        "NIH overview of sciatica</a>" in when_to_see
    )
    assert "onclick" not in when_to_see and "class=" not in when_to_see
    items = [item["value"] for item in raw[2]["value"]["items"]]
    assert items[0] == "<p>A <b>herniated disc</b> pressing on a nerve root</p>"
    # A link to another article of the old site stays a plain link, without target/rel.
    assert (
        '<a href="https://www.gapainspine.com/blog/piriformis-syndrome/">'
        "our article on piriformis syndrome</a>" in items[2]
    )


def test_images_are_uploaded_once_with_their_alt_text(blog_index):
    run(SCIATICA)

    photo = Image.objects.get(title="A patient doing a seated piriformis stretch")
    assert photo.description == "A patient doing a seated piriformis stretch"
    assert photo.file_hash and photo.width == 16
    diagram = Image.objects.get(title="Piriformis diagram")
    assert diagram.description == ""  # no alt text on the old site: left for an editor
    assert Image.objects.count() == 2
    assert len(stored_files("sciatica-stretch")) == 1


def test_missing_images_and_missing_alt_text_are_reported(blog_index):
    output = run(SCIATICA)

    warnings = output.split("Warnings")[1]
    assert "images/mri-scan.jpg not found next to the file; skipped" in warnings
    assert "images/piriformis-diagram.png has no alt text" in warnings
    assert "sciatica.html" in warnings


def test_a_rerun_updates_the_same_page_with_a_new_draft_revision(blog_index, old_site):
    source = old_site / "sciatica.html"
    run(source)
    page = ArticlePage.objects.get()
    source.write_text(
        source.read_text(encoding="utf-8").replace(
            "We usually try these in order:", "We usually try these, in this order:"
        ),
        encoding="utf-8",
    )

    output = run(source)

    assert "0 created, 1 updated, 0 failed" in output
    assert ArticlePage.objects.count() == 1
    assert Revision.page_revisions.filter(object_id=str(page.pk)).count() == 2
    assert Image.objects.count() == 2  # found again by their file hash
    treatments = [block.value for block in draft(page).body if block.block_type == "list"][1]
    assert treatments["lead_in"] == "We usually try these, in this order:"
    assert not ArticlePage.objects.get().live


def test_a_rerun_finds_the_page_by_its_source_even_after_the_slug_changed(blog_index, old_site):
    source = old_site / "sciatica.html"
    run(source)
    page = ArticlePage.objects.get()
    assert page.import_source.startswith("http")  # the article's canonical URL
    page.slug = "sciatica-guide"
    page.save()

    output = run(source)

    assert "0 created, 1 updated, 0 failed" in output
    assert list(ArticlePage.objects.values_list("slug", flat=True)) == ["sciatica-guide"]


def test_a_rerun_never_changes_a_published_article(blog_index, old_site):
    source = old_site / "sciatica.html"
    run(source)
    page = ArticlePage.objects.get()
    page.get_latest_revision().publish()
    source.write_text(
        source.read_text(encoding="utf-8").replace("Physical therapy", "Physiotherapy"),
        encoding="utf-8",
    )

    output = run(source)

    page = ArticlePage.objects.get()
    assert page.live and page.has_unpublished_changes
    assert "Physical therapy" in str(page.body.raw_data)  # the live content is unchanged
    assert "Physiotherapy" in str(draft(page).body.raw_data)
    assert "the page is live" in output


def test_an_unusable_file_is_named_and_nothing_of_it_is_saved(blog_index):
    output = run(UNTITLED, KNEE)

    assert "1 created, 0 updated, 1 failed" in output
    failures = output.split("Failed")[1]
    assert "untitled-draft.html: no title" in failures
    assert ArticlePage.objects.get().title == "Knee Injections: What to Expect"
    # Its image exists next to it, but is neither in the library nor in storage.
    assert not Image.objects.filter(title__icontains="hallway").exists()
    assert stored_files("clinic-hallway") == []


def test_binary_garbage_is_rejected_while_the_other_files_import(blog_index, tmp_path):
    garbage = tmp_path / "corrupted.html"
    garbage.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 8)

    output = run(garbage, SCIATICA)

    assert "corrupted.html: not an HTML document (binary content)" in output
    assert ArticlePage.objects.count() == 1


def test_a_file_that_fails_while_saving_leaves_no_image_behind(blog_index, monkeypatch):
    def refuse(page, *args, **kwargs):
        raise ValidationError({"title": "This title is refused."})

    monkeypatch.setattr(ArticlePage, "save_revision", refuse)

    with pytest.raises(CommandError, match="No article could be imported"):
        run(SCIATICA)

    assert not ArticlePage.objects.exists()
    assert not Image.objects.exists()  # uploaded in the same transaction, rolled back
    assert stored_files("sciatica-stretch") == [] and stored_files("piriformis") == []


def test_a_folder_imports_every_html_file_in_it_recursively(blog_index):
    output = run(OLD_SITE)

    assert "2 created, 0 updated, 1 failed" in output
    assert "2 image(s) added to the image library" in output
    assert set(ArticlePage.objects.values_list("slug", flat=True)) == {
        "sciatica-relief-options",
        "knee-injections",
    }
    knee = draft(ArticlePage.objects.get(slug="knee-injections"))
    # No <h1>: the title is the <title> without the site's name; Windows-1252 decoded.
    assert knee.title == "Knee Injections: What to Expect"
    assert knee.intro.endswith("you walk out on your own – here’s what to expect.")
    assert [block.block_type for block in knee.body] == [
        "heading",
        "paragraph",
        "table",
        "heading",
        "image",
        "paragraph",
        "cta",  # from the “Schedule Your Consultation” heading and what follows it
    ]
    table = knee.body[2].value
    assert table["data"][0] == ["Injection", "Typical relief"]
    assert table["first_row_is_table_header"]
    assert "café-friendly" in str(knee.body.raw_data)
    # The photo both articles show is in the library once, with each article's alt text.
    assert Image.objects.count() == 2
    assert knee.body[4].value["image"].contextual_alt_text == "Stretching before the appointment"
    assert "relative link(s) kept as they were" in output


def test_dry_run_saves_nothing(blog_index):
    output = run(OLD_SITE, dry_run=True)

    assert "Dry run: nothing was saved." in output
    assert "2 would be created, 0 would be updated, 1 failed" in output
    assert not ArticlePage.objects.exists()
    assert not Image.objects.exists()
    assert not Revision.objects.exists()
    assert stored_files("sciatica-stretch") == []


def test_two_files_for_the_same_article_in_one_run_do_not_overwrite_each_other(
    blog_index, tmp_path
):
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    shutil.copy(KNEE, tmp_path / "a" / "knee-injections.htm")
    shutil.copy(KNEE, tmp_path / "b" / "knee-injections.htm")

    output = run(tmp_path)

    assert "1 created, 0 updated, 1 failed" in output
    assert "same article (“knee-injections”)" in output
    assert ArticlePage.objects.count() == 1


def test_parent_by_id_or_url_path(home_page):
    blog_index = BlogIndexPageFactory(parent=home_page)

    run(KNEE, parent=str(blog_index.pk))
    run(KNEE, parent="/blog/")

    assert ArticlePage.objects.child_of(blog_index).count() == 1


def test_a_parent_that_is_not_a_blog_index_is_refused(blog_index, home_page):
    with pytest.raises(CommandError, match="only be imported under a blog index"):
        run(KNEE, parent=str(home_page.pk))


def test_without_a_blog_index_the_command_says_to_create_one(home_page):
    with pytest.raises(CommandError, match="Create one first"):
        run(KNEE)


def test_a_missing_path_stops_the_import(blog_index, tmp_path):
    with pytest.raises(CommandError, match="No such file or folder"):
        run(KNEE, tmp_path / "nowhere")
    assert not ArticlePage.objects.exists()


def test_only_unusable_files_is_an_error(blog_index):
    with pytest.raises(CommandError, match="No article could be imported"):
        run(UNTITLED)


@pytest.mark.parametrize(
    ("markup", "title"),
    [
        ("<title>Neck Pain | Georgia Pain &amp; Spine Care</title><p>Text.</p>", "Neck Pain"),
        ("<title>Neck Pain – Georgia Pain &amp; Spine Care</title><p>Text.</p>", "Neck Pain"),
        ("<title>Neck pain - what helps</title><p>Text.</p>", "Neck pain - what helps"),
        (
            '<title>Site</title><h1 class="site-title">Georgia Pain &amp; Spine Care</h1>'
            "<article><h1>Neck Pain</h1><p>Text.</p></article>",
            "Neck Pain",
        ),
    ],
)
def test_the_title_is_the_h1_else_the_title_without_the_site_name(markup, title, db):
    parsed = article_parse(f"<html>{markup}</html>".encode(), source=Path("neck.html"))
    assert parsed.title == title


def test_a_call_to_action_box_is_not_read_as_text(db):
    markup = (
        "<html><h1>Neck Pain</h1><p>Intro.</p><h2>Causes</h2><p>Posture.</p>"
        '<section><h2>Schedule your consultation</h2><p>Call today.</p><a href="/book">Book'
        "</a></section><aside class='call-to-action'><p>Or call us.</p></aside></html>"
    )
    parsed = article_parse(markup.encode(), source=Path("neck.html"))
    assert [kind for kind, _ in parsed.blocks] == ["heading", "paragraph", "cta"]
