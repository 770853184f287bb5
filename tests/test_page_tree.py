"""The shape of the page tree: which page type may go where, and the home page the
migration put at the root of the site."""

import pytest
from django.contrib.contenttypes.models import ContentType
from wagtail.models import Page, Site

from blog.factories import ArticlePageFactory
from blog.models import ArticlePage, BlogIndexPage
from home.models import HomePage
from locations.factories import LocationPageFactory, ProviderPageFactory
from locations.models import LocationIndexPage, LocationPage, ProviderIndexPage, ProviderPage
from tests.editor import add_url, banner_messages

NO_PERMISSION = "Sorry, you do not have permission to access this area."


@pytest.fixture
def tree(home_page, blog_index, location_index, provider_index):
    """Every page type once: the indexes under the home page, one page under each."""
    return {
        "root": Page.get_first_root_node(),
        "home": home_page,
        "blog": blog_index,
        "clinics": location_index,
        "providers": provider_index,
        "article": ArticlePageFactory(parent=blog_index),
        "clinic": LocationPageFactory(parent=location_index),
        "provider": ProviderPageFactory(parent=provider_index),
    }


PLACES = ["root", "home", "blog", "clinics", "providers", "article", "clinic", "provider"]
ALLOWED = {
    ArticlePage: {"blog"},
    LocationPage: {"clinics"},
    ProviderPage: {"providers"},
    HomePage: {"root"},
}


@pytest.mark.parametrize("page_type", list(ALLOWED), ids=lambda model: model.__name__)
def test_each_page_type_can_be_created_only_under_its_own_parent(tree, page_type):
    allowed = {place for place in PLACES if page_type.can_create_at(tree[place])}

    assert allowed == ALLOWED[page_type]


@pytest.mark.parametrize(
    "index_type", [BlogIndexPage, LocationIndexPage, ProviderIndexPage], ids=lambda m: m.__name__
)
def test_an_index_can_go_only_under_the_home_page_and_only_once(home_page, index_type):
    root = Page.get_first_root_node()
    assert index_type.can_create_at(home_page)
    assert not index_type.can_create_at(root)

    home_page.add_child(instance=index_type(title="Index", slug="index"))

    assert not index_type.can_create_at(home_page)


def test_an_index_is_allowed_under_a_second_home_page(home_page):
    second_home = Page.get_first_root_node().add_child(
        instance=HomePage(title="Second site", slug="second", hero_heading="Welcome")
    )
    home_page.add_child(instance=BlogIndexPage(title="Articles", slug="articles"))

    assert BlogIndexPage.can_create_at(second_home)


@pytest.mark.parametrize(
    ("page_type", "wrong_parent"),
    [
        (ArticlePage, "home"),
        (ArticlePage, "clinics"),
        (LocationPage, "blog"),
        (ProviderPage, "clinics"),
        (BlogIndexPage, "blog"),
        (BlogIndexPage, "home"),  # there is one already
        (LocationIndexPage, "home"),
        (HomePage, "home"),
    ],
)
def test_the_editor_refuses_to_add_a_page_under_the_wrong_parent(
    admin_client, tree, page_type, wrong_parent
):
    pages_before = Page.objects.count()

    response = admin_client.get(add_url(page_type, tree[wrong_parent]))
    posted = admin_client.post(
        add_url(page_type, tree[wrong_parent]), {"title": "Misplaced", "slug": "misplaced"}
    )

    for answer in (response, posted):
        assert answer.status_code == 302
        assert answer["Location"] == "/admin/"
        assert NO_PERMISSION in banner_messages(answer)
    assert Page.objects.count() == pages_before


@pytest.mark.parametrize(
    ("page_type", "parent"),
    [(ArticlePage, "blog"), (LocationPage, "clinics"), (ProviderPage, "providers")],
)
def test_the_editor_offers_the_add_form_under_the_right_parent(
    admin_client, tree, page_type, parent
):
    response = admin_client.get(add_url(page_type, tree[parent]))

    assert response.status_code == 200
    assert type(response.context["page"]) is page_type
    assert response.context["parent_page"].specific == tree[parent]


def test_articles_clinics_and_providers_have_no_children(tree):
    for place in ["article", "clinic", "provider"]:
        assert tree[place].specific_class.allowed_subpage_models() == []


# The home page migration


def test_the_default_site_starts_at_a_live_home_page(db):
    site = Site.objects.get(is_default_site=True)
    home = site.root_page.specific

    assert isinstance(home, HomePage)
    assert home.live
    assert home.depth == 2
    assert home.url_path == "/home/"
    assert home.hero_heading == "Relief starts with the right diagnosis"
    assert Site.objects.count() == 1


def test_wagtails_welcome_page_is_gone(db):
    plain_page = ContentType.objects.get_for_model(Page)

    assert not Page.objects.filter(content_type=plain_page, depth__gt=1).exists()
    assert list(Page.objects.filter(depth=2).values_list("content_type__model", flat=True)) == [
        "homepage"
    ]


def test_the_page_tree_the_migration_left_is_consistent(db):
    assert Page.find_problems() == ([], [], [], [], [])
    assert Page.get_first_root_node().numchild == 1


def test_the_home_page_can_be_edited_and_published(admin_client, home_page):
    revision = home_page.save_revision()
    revision.publish()

    home_page.refresh_from_db()
    assert home_page.live_revision == revision
    assert admin_client.get(f"/admin/pages/{home_page.pk}/edit/").status_code == 200
