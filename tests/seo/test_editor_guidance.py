"""The SEO tab's guidance and search-result preview are on every page type's editor."""

import pytest
from django.urls import reverse

from blog.factories import ArticlePageFactory


@pytest.fixture
def article(blog_index):
    return ArticlePageFactory(parent=blog_index, slug="neck", title="Neck tension")


def test_the_edit_form_carries_the_preview_with_its_limits_and_script(admin_client, article):
    html = admin_client.get(reverse("wagtailadmin_pages:edit", args=[article.pk])).content.decode()

    assert 'data-controller="seo-guidance"' in html
    assert 'data-seo-guidance-title-max-value="60"' in html
    assert 'data-seo-guidance-description-min-value="50"' in html
    assert 'data-seo-guidance-description-max-value="160"' in html
    assert 'data-seo-guidance-base-url-value="http://localhost/blog/"' in html
    assert 'data-seo-guidance-suffix-value="| Georgia Pain &amp; Spine Care"' in html
    assert "cms/js/seo-guidance.js" in html


def test_the_create_form_previews_the_address_under_the_parent(admin_client, blog_index):
    url = reverse("wagtailadmin_pages:add", args=["blog", "articlepage", blog_index.pk])

    html = admin_client.get(url).content.decode()

    assert 'data-seo-guidance-base-url-value="http://localhost/blog/"' in html


def test_the_home_page_previews_the_site_root(admin_client, home_page):
    html = admin_client.get(
        reverse("wagtailadmin_pages:edit", args=[home_page.pk])
    ).content.decode()

    assert 'data-seo-guidance-base-url-value="http://localhost/"' in html
    assert 'data-seo-guidance-site-root-value="true"' in html


def test_lengths_outside_the_guidance_are_warnings_not_errors(article):
    article.seo_title = "A title far longer than the sixty characters search engines show"
    article.search_description = "Short."

    article.full_clean()  # nothing on the server refuses it
