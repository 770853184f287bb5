"""The SEO report finds every problem a test plants, and nothing else; SEO staff see it,
filter it, export it, and see its counts on the dashboard."""

import csv
import datetime
import io
import itertools
import re

import pytest
from django.contrib.auth.models import Group, Permission
from django.urls import reverse
from django.utils import timezone
from wagtail.models import Page, PageViewRestriction

from blog.factories import ArticlePageFactory
from cms.factories import ImageFactory
from cms.models import SeoProblem
from cms.seo_audit import seo_audit
from locations.factories import LocationPageFactory, ProviderPageFactory

P = SeoProblem
REPORT = "/admin/reports/seo/"
numbers = itertools.count(1)


def good(page, **changes):
    """`page` with nothing to report: a title and a description of a good length, unique
    to it, and a described social image; an article also has a recent medical review."""
    number = next(numbers)
    page.seo_title = f"A good title for page number {number}"
    page.search_description = (
        f"A description of page number {number} of a good length for search results."
    )
    page.social_image = ImageFactory()
    if hasattr(page, "medical_reviewer"):
        page.medical_reviewer = page.medical_reviewer or reviewer()
        page.last_reviewed = timezone.localdate() - datetime.timedelta(days=30)
    for name, value in changes.items():
        setattr(page, name, value)
    page.save_revision().publish()
    return page


def reviewer():
    index = Page.objects.get(slug="providers").specific
    return good(ProviderPageFactory(parent=index, title=f"Reviewer {next(numbers)}"))


@pytest.fixture
def site_tree(home_page, blog_index, location_index, provider_index):
    for page in [home_page, blog_index, location_index, provider_index]:
        good(page)
    for provider in provider_index.get_children().specific():
        good(provider)
    return blog_index


def found(audit=None) -> dict[str, list[SeoProblem]]:
    audit = seo_audit() if audit is None else audit
    return {result.page.slug: result.problems for result in audit.values()}


def test_a_tree_without_problems_has_an_empty_report(site_tree):
    good(ArticlePageFactory(parent=site_tree, slug="fine"))

    assert found() == {}


def test_the_report_finds_every_planted_problem_and_nothing_else(
    site_tree, location_index, provider_index
):
    blog = site_tree
    good(ArticlePageFactory(parent=blog, slug="fine"))
    # An article always has a description: its intro, when it has no search description.
    good(
        ArticlePageFactory(parent=blog, slug="intro-only"),
        search_description="",
        intro="Why the neck can cause headaches, and what helps them go away for good.",
    )
    good(LocationPageFactory(parent=location_index, slug="no-description"), search_description="")
    good(
        ArticlePageFactory(parent=blog, slug="long-title"),
        seo_title="A title much too long to be shown whole by any search engine today",
        search_description="Far too short.",
    )
    good(ArticlePageFactory(parent=blog, slug="twin-1"), seo_title="Neck pain explained well")
    good(ArticlePageFactory(parent=blog, slug="twin-2"), seo_title="Neck  pain explained WELL")
    good(
        ArticlePageFactory(parent=blog, slug="no-image"),
        social_image=None,
        hero_image=None,
    )
    good(
        ArticlePageFactory(parent=blog, slug="hero-without-alt"),
        hero_image=ImageFactory(description=""),
    )
    undescribed = ImageFactory(description="")

    def figure(alt_text: str, decorative: bool = False):
        # A fresh instance each time: an image block keeps its alt text on the instance.
        image = type(undescribed).objects.get(pk=undescribed.pk)
        return (
            "image",
            {
                "image": {"image": image, "alt_text": alt_text, "decorative": decorative},
                "caption": "",
            },
        )

    good(
        ArticlePageFactory(
            parent=blog,
            slug="figure-without-alt",
            body=[figure(""), figure("", decorative=True)],  # decorative: no alt needed
        )
    )
    good(ArticlePageFactory(parent=blog, slug="figure-with-alt", body=[figure("A nurse")]))
    no_reviewer = ArticlePageFactory(parent=blog, slug="no-reviewer")
    good(no_reviewer)
    no_reviewer.medical_reviewer = None
    no_reviewer.last_reviewed = None
    no_reviewer.save_revision().publish()
    good(
        ArticlePageFactory(parent=blog, slug="stale-review"),
        last_reviewed=timezone.localdate() - datetime.timedelta(days=400),
    )
    gone = good(ArticlePageFactory(parent=blog, slug="gone"))
    draft = good(ArticlePageFactory(parent=blog, slug="unpublished"))
    link = '<p>See <a linktype="page" id="{}">this</a>.</p>'
    good(
        ArticlePageFactory(
            parent=blog, slug="links-gone", body=[("paragraph", link.format(gone.pk))]
        )
    )
    good(
        ArticlePageFactory(
            parent=blog, slug="links-unpublished", body=[("paragraph", link.format(draft.pk))]
        )
    )
    good(ArticlePageFactory(parent=blog, slug="links-fine", body=[("paragraph", link.format(1))]))
    gone.delete()
    draft.unpublish()
    good(ProviderPageFactory(parent=provider_index, slug="no-photo"), social_image=None)
    good(
        LocationPageFactory(parent=location_index, slug="clinic"),
        hero_image=ImageFactory(description=""),
    )
    # Pages the public cannot see are not reported, however wrong.
    ArticlePageFactory(parent=blog, slug="a-draft", live=False, seo_title="Short")
    private = ArticlePageFactory(parent=blog, slug="private", seo_title="Short")
    PageViewRestriction.objects.create(page=private, restriction_type="login")

    assert found() == {
        "no-description": [P.NO_DESCRIPTION],
        "long-title": [P.DESCRIPTION_TOO_SHORT, P.TITLE_TOO_LONG],
        "twin-1": [P.DUPLICATE_TITLE],
        "twin-2": [P.DUPLICATE_TITLE],
        "no-image": [P.NO_SOCIAL_IMAGE],
        "hero-without-alt": [P.IMAGE_WITHOUT_ALT],
        "figure-without-alt": [P.IMAGE_WITHOUT_ALT],
        "no-reviewer": [P.NO_MEDICAL_REVIEWER, P.REVIEW_OVERDUE],
        "stale-review": [P.REVIEW_OVERDUE],
        "links-gone": [P.BROKEN_LINK],
        "links-unpublished": [P.BROKEN_LINK],
        "no-photo": [P.NO_SOCIAL_IMAGE],
        "clinic": [P.IMAGE_WITHOUT_ALT],
    }


def test_duplicate_descriptions_and_short_titles_are_found(site_tree):
    same = "The same words on two pages, which search engines may then show for neither."
    good(ArticlePageFactory(parent=site_tree, slug="a"), search_description=same)
    good(ArticlePageFactory(parent=site_tree, slug="b"), search_description=same)
    good(ArticlePageFactory(parent=site_tree, slug="c"), seo_title="Short")

    assert found() == {
        "a": [P.DUPLICATE_DESCRIPTION],
        "b": [P.DUPLICATE_DESCRIPTION],
        "c": [P.TITLE_TOO_SHORT],
    }


def test_a_description_too_long_is_found(site_tree):
    good(ArticlePageFactory(parent=site_tree, slug="a"), search_description="word " * 40)

    assert found() == {"a": [P.DESCRIPTION_TOO_LONG]}


# The report in the admin


@pytest.fixture
def seo_staff(django_user_model):
    user = django_user_model.objects.create_user("seo", password="x")
    user.groups.add(Group.objects.get(name="SEO staff"))
    return user


@pytest.fixture
def planted(site_tree, location_index):
    good(LocationPageFactory(parent=location_index, slug="no-description"), search_description="")
    good(
        ArticlePageFactory(parent=site_tree, slug="stale"), last_reviewed=datetime.date(2020, 1, 1)
    )
    good(LocationPageFactory(parent=location_index, slug="clinic"), seo_title="Short")


def test_the_seo_staff_group_may_see_the_report(client, seo_staff, planted):
    client.force_login(seo_staff)

    response = client.get(REPORT)

    assert response.status_code == 200
    html = response.content.decode()
    table = html[html.index('<table class="listing') :]
    rows = [
        re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", row)).split()
        for row in re.findall(r"<tr.*?</tr>", table[: table.index("</table>")], re.S)[1:]
    ]
    assert [" ".join(row) for row in rows] == [
        f"{Page.objects.get(slug='stale').title} Health articles Medical review over a year old",
        f"{Page.objects.get(slug='no-description').title} Clinics No search description",
        f"{Page.objects.get(slug='clinic').title} Clinics Title too short",
    ]
    assert seo_staff.has_perm("wagtailredirects.add_redirect")
    assert seo_staff.has_perm("cms.change_practicesettings")


def test_other_editors_may_not(client, django_user_model, planted):
    editor = django_user_model.objects.create_user("editor", password="x")
    editor.user_permissions.add(Permission.objects.get(codename="access_admin"))
    client.force_login(editor)

    assert client.get(REPORT).status_code in {302, 403}


def titles(response) -> list[str]:
    return [page.slug for page in response.context["object_list"]]


def test_the_report_filters_by_problem_and_by_section(client, seo_staff, planted):
    client.force_login(seo_staff)

    assert titles(client.get(REPORT)) == ["stale", "no-description", "clinic"]  # tree order
    assert titles(client.get(REPORT, {"problem": "review_overdue"})) == ["stale"]
    clinics = Page.objects.get(slug="clinics").path
    assert titles(client.get(REPORT, {"section": clinics})) == ["no-description", "clinic"]


def test_the_report_exports_as_csv(client, seo_staff, planted):
    client.force_login(seo_staff)

    response = client.get(REPORT, {"export": "csv", "problem": "title_too_short"})

    assert response.status_code == 200
    assert response["Content-Disposition"].startswith('attachment; filename="seo-report-')
    content = b"".join(response.streaming_content).decode()
    rows = list(csv.DictReader(io.StringIO(content)))
    assert rows == [
        {
            "Page": rows[0]["Page"],
            "Path": "/home/clinics/clinic/",
            "Section": "Clinics",
            "Problems": "Title too short",
        }
    ]


def test_the_dashboard_counts_the_pages_with_each_problem(client, seo_staff, planted):
    client.force_login(seo_staff)

    html = client.get(reverse("wagtailadmin_home")).content.decode()

    assert "SEO: pages to fix" in html
    counts = re.findall(
        rf'<a href="{REPORT}\?problem=(\w+)">[^<]*</a></td>\s*<td data-seo-count>(\d+)</td>', html
    )
    assert {problem: int(count) for problem, count in counts} == {
        **{problem.value: 0 for problem in SeoProblem},
        "no_description": 1,
        "review_overdue": 1,
        "title_too_short": 1,
    }


def test_the_dashboard_panel_is_for_seo_staff_only(admin_client, django_user_model, client):
    editor = django_user_model.objects.create_user("editor", password="x")
    editor.user_permissions.add(Permission.objects.get(codename="access_admin"))
    client.force_login(editor)

    assert "SEO: pages to fix" not in client.get(reverse("wagtailadmin_home")).content.decode()
