"""Every editor screen opens: the add and edit forms of each page type, snippet and setting.

`admin_client` is pytest-django's client logged in as a superuser.
"""

from django.urls import reverse
from wagtail.models import Site

from blog.factories import ArticlePageFactory
from cms.factories import CallToActionFactory, TopicFactory
from locations.factories import LocationPageFactory, ProviderPageFactory
from tests.editor import add_url, edit_url


def test_add_and_edit_forms_of_every_page_type_open(
    admin_client, home_page, blog_index, location_index, provider_index
):
    article = ArticlePageFactory(parent=blog_index)
    clinic = LocationPageFactory(parent=location_index)
    provider = ProviderPageFactory(parent=provider_index)
    for page in [home_page, blog_index, article, location_index, clinic, provider_index, provider]:
        edit = admin_client.get(edit_url(page))
        assert edit.status_code == 200, type(page).__name__
        assert 'role="tablist"' in edit.content.decode(), "panels are grouped in tabs"
    # Index pages allow one per parent, so only the leaf types can be added again.
    for page, parent in [
        (article, blog_index),
        (clinic, location_index),
        (provider, provider_index),
    ]:
        assert admin_client.get(add_url(type(page), parent)).status_code == 200


def test_snippet_and_settings_screens_open(admin_client, home_page):
    TopicFactory(name="Sciatica")
    CallToActionFactory()
    for url in [
        reverse("wagtailsnippets_cms_topic:list"),
        reverse("wagtailsnippets_cms_topic:add"),
        reverse("wagtailsnippets_cms_calltoaction:list"),
        reverse("wagtailsnippets_cms_calltoaction:add"),
        reverse("wagtailsnippets_cms_calltoactionplacement:list"),
        reverse("wagtailsnippets_cms_calltoactionplacement:add"),
    ]:
        response = admin_client.get(url)
        assert response.status_code == 200, url
    site = Site.objects.get(is_default_site=True)
    for setting in ("practicesettings", "navigationsettings"):
        url = reverse("wagtailsettings:edit", args=["cms", setting, site.pk])
        assert admin_client.get(url).status_code == 200, url
