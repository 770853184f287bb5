"""SEO staff get live guidance and a search-result preview on the SEO tab.

Typing in the SEO title and search description updates, without a save, a note beside
each (its length against what search engines show, a warning when outside it) and the
preview (address, title with the site's suffix, description). Warnings do not stop the
save. Runs the real admin in Chromium, as the article editor test does.
"""

import pytest
from django.urls import reverse
from playwright.sync_api import expect

from blog.factories import ArticleAuthorFactory, ArticlePageFactory
from locations.factories import ProviderPageFactory
from tests.browser.test_editor_article import PASSWORD, log_in

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)


@pytest.fixture(autouse=True)
def no_autosave(settings):
    settings.WAGTAIL_AUTOSAVE_INTERVAL = 0


@pytest.fixture
def editor(django_user_model):
    return django_user_model.objects.create_superuser("editor", "editor@example.com", PASSWORD)


def test_the_seo_tab_guides_while_typing_and_previews_the_result(
    page, live_server, editor, blog_index, provider_index
):
    article = ArticlePageFactory(parent=blog_index, slug="neck", title="Neck tension")
    ArticleAuthorFactory(page=article, provider=ProviderPageFactory(parent=provider_index))
    log_in(page, live_server, editor)
    page.goto(f"{live_server.url}{reverse('wagtailadmin_pages:edit', args=[article.pk])}")
    page.get_by_role("tab", name="SEO").click()

    title_note = page.locator("[data-seo-guidance='seo_title']")
    description_note = page.locator("[data-seo-guidance='search_description']")
    preview = page.locator(".seo-preview__result")
    expect(title_note).to_have_text(
        "Empty, so the page title is used: 12 characters. Short: search engines may add "
        "words of their own. Aim for 15–60."
    )
    expect(description_note).to_have_text(
        "Empty, so the intro is used: 49 characters. Short: give patients a reason to click. "
        "Aim for 50–160."
    )
    expect(preview.locator(".seo-preview__url")).to_have_text("http://localhost/blog/neck/")
    expect(preview.locator(".seo-preview__title")).to_have_text(
        "Neck tension | Georgia Pain & Spine Care"
    )

    long_title = "Migraine headaches that start from neck muscle tension, and how to help"
    page.locator("[name='seo_title']").fill(long_title)
    expect(title_note).to_have_text(
        f"{len(long_title)} characters. Too long: search engines cut titles after about 60."
    )
    expect(title_note).to_have_class("seo-guidance seo-guidance--warning")
    page.locator("[name='search_description']").fill("Too short.")
    expect(description_note).to_contain_text("10 characters. Short")
    expect(preview.locator(".seo-preview__description")).to_have_text("Too short.")

    good_title = "Neck tension headaches: causes and relief"
    page.locator("[name='seo_title']").fill(good_title)
    expect(title_note).to_have_text(f"{len(good_title)} characters: good (15–60).")
    expect(title_note).to_have_class("seo-guidance")
    expect(preview.locator(".seo-preview__title")).to_have_text(
        f"{good_title} | Georgia Pain & Spine Care"
    )
    page.locator("[name='slug']").fill("neck-tension")
    expect(preview.locator(".seo-preview__url")).to_have_text("http://localhost/blog/neck-tension/")

    # The description is still too short: a warning, and the draft saves all the same.
    page.locator("footer").get_by_role("button", name="Save draft").click()
    expect(page.locator(".messages")).to_contain_text("Page 'Neck tension' has been updated.")
    article.refresh_from_db()
    revision = article.get_latest_revision_as_object()
    assert (revision.seo_title, revision.search_description) == (good_title, "Too short.")
