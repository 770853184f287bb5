"""Wagtail's preview: an editor sees the unsaved article, every block rendered — by the
frontend (here the reference rendering, the default preview client), from the draft the
preview API gives it."""

import re
from html import unescape

from django.urls import reverse
from wagtail.models import Revision
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield

from blog.factories import ArticleAuthorFactory, ArticlePageFactory
from locations.factories import ProviderPageFactory


def test_preview_shows_unsaved_changes_and_saves_nothing(admin_client, blog_index, provider_index):
    provider = ProviderPageFactory(parent=provider_index, title="Amara Okafor")
    article = ArticlePageFactory(parent=blog_index, title="Neck tension")
    ArticleAuthorFactory(page=article, provider=provider)
    revisions = Revision.objects.count()
    data = nested_form_data(
        {
            "title": "Neck tension, revised",
            "slug": article.slug,
            "intro": "A new introduction.",
            "body": streamfield(
                [
                    ("heading", {"text": "What helps", "level": "h3", "anchor": ""}),
                    ("paragraph", rich_text("<p>Gentle stretching <b>every hour</b>.</p>")),
                    (
                        "callout",
                        {"style": "tip", "title": "Tip", "text": rich_text("<p>Stand up.</p>")},
                    ),
                ]
            ),
            "authors": inline_formset([{"provider": provider.pk, "id": ""}]),
            "related_links": inline_formset([]),
            "comments": inline_formset([]),
        }
    )
    url = reverse("wagtailadmin_pages:preview_on_edit", args=[article.pk])

    response = admin_client.post(url, data)
    assert response.json()["is_valid"] is True, response.json()
    panel = admin_client.get(url).content.decode()
    frontend_url = unescape(re.search(r'<iframe src="([^"]+)"', panel).group(1))
    response = admin_client.get(frontend_url)
    html = response.content.decode()

    assert response["Cache-Control"] == "max-age=0, no-cache, no-store, must-revalidate, private"
    assert response["X-Frame-Options"] == "SAMEORIGIN"  # shown inside the preview panel
    assert (
        "Preview of a draft" in html and '<meta name="robots" content="noindex, nofollow">' in html
    )
    assert "<h1>Neck tension, revised</h1>" in html
    assert '<h3 id="what-helps">What helps</h3>' in html
    assert "Gentle stretching <b>every hour</b>." in html
    assert 'class="callout callout--tip"' in html
    assert "Amara Okafor" in html
    article.refresh_from_db()
    assert article.title == "Neck tension" and Revision.objects.count() == revisions
