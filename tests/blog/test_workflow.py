"""Medical review and scheduled publishing: an article reaches patients only once a medical
reviewer approved it, or when its scheduled time comes."""

import datetime

import pytest
from django.contrib.auth.models import Group
from django.core.management import call_command
from django.urls import reverse
from django.utils import timezone
from wagtail.models import GroupApprovalTask, TaskState, Workflow, WorkflowPage, WorkflowState
from wagtail.test.utils.form_data import inline_formset, nested_form_data

from blog.factories import ArticlePageFactory
from blog.models import ArticlePage, BlogIndexPage
from blog.services import MEDICAL_REVIEW_WORKFLOW, MEDICAL_REVIEWERS_GROUP, medical_review_assign
from locations.factories import ProviderPageFactory
from tests.editor import (
    PUBLISH,
    SUBMIT,
    add_url,
    article_form_data,
    banner_messages,
    edit_url,
    error_messages,
)

NO_PERMISSION = "Sorry, you do not have permission to access this area."


@pytest.fixture
def medical_review(db):
    return Workflow.objects.get(name=MEDICAL_REVIEW_WORKFLOW)


@pytest.fixture
def reviewed_blog(blog_index, medical_review):
    medical_review_assign(blog_index)
    return blog_index


def user_in(django_user_model, username, group_name):
    user = django_user_model.objects.create_user(username, f"{username}@example.com", "pw")
    user.groups.add(Group.objects.get(name=group_name))
    return user


@pytest.fixture
def editor(django_user_model):
    """A member of Wagtail's “Editors” group: may add and edit pages, not publish them."""
    return user_in(django_user_model, "editor", "Editors")


@pytest.fixture
def reviewer(django_user_model):
    return user_in(django_user_model, "reviewer", MEDICAL_REVIEWERS_GROUP)


@pytest.fixture
def submitted_article(client, editor, reviewed_blog, provider_index):
    """A draft article an editor has just submitted for medical review in the admin."""
    article = ArticlePageFactory(parent=reviewed_blog, live=False, title="Sciatica basics")
    author = ProviderPageFactory(parent=provider_index)
    client.force_login(editor)
    response = client.post(
        edit_url(article),
        {**article_form_data(title=article.title, slug=article.slug, authors=[author]), **SUBMIT},
    )
    assert response.status_code == 302, error_messages(response)
    client.logout()
    return ArticlePage.objects.get(pk=article.pk)


def approve(client, user, article):
    task_state = article.current_workflow_state.current_task_state
    client.force_login(user)
    return client.post(
        reverse("wagtailadmin_pages:workflow_action", args=[article.pk, "approve", task_state.pk]),
        {"comment": ""},
    )


# The workflow the migration created


def test_the_migration_created_the_medical_reviewers_group_with_admin_access(db):
    group = Group.objects.get(name=MEDICAL_REVIEWERS_GROUP)

    assert group.permissions.filter(
        content_type__app_label="wagtailadmin", codename="access_admin"
    ).exists()


def test_the_medical_review_workflow_has_one_approval_task_for_the_medical_reviewers(
    medical_review,
):
    tasks = [task.specific for task in medical_review.tasks]

    assert medical_review.active
    assert len(tasks) == 1
    (task,) = tasks
    assert isinstance(task, GroupApprovalTask)
    assert task.active
    assert task.name == MEDICAL_REVIEW_WORKFLOW
    assert [group.name for group in task.groups.all()] == [MEDICAL_REVIEWERS_GROUP]


# Assigning the workflow


def test_assigning_medical_review_to_a_blog_makes_its_articles_use_it(blog_index, medical_review):
    article = ArticlePageFactory(parent=blog_index)
    assert article.get_workflow() != medical_review

    assignment = medical_review_assign(blog_index)

    assert assignment == WorkflowPage.objects.get(page=blog_index)
    assert assignment.workflow == medical_review
    assert ArticlePage.objects.get(pk=article.pk).get_workflow() == medical_review


def test_assigning_twice_keeps_a_single_assignment(blog_index, medical_review):
    medical_review_assign(blog_index)
    medical_review_assign(blog_index)

    assert WorkflowPage.objects.filter(page=blog_index).count() == 1


def test_nothing_is_assigned_when_an_administrator_deactivated_the_workflow(
    blog_index, medical_review
):
    medical_review.deactivate()

    assert medical_review_assign(blog_index) is None
    assert not WorkflowPage.objects.filter(page=blog_index).exists()


def test_a_blog_index_created_in_the_admin_gets_medical_review(
    admin_client, home_page, medical_review
):
    data = nested_form_data(
        {"title": "Health articles", "slug": "blog", "intro": "", "comments": inline_formset([])}
    )

    response = admin_client.post(add_url(BlogIndexPage, home_page), {**data, **PUBLISH})

    assert response.status_code == 302, error_messages(response)
    blog_index = BlogIndexPage.objects.get()
    assert WorkflowPage.objects.get(page=blog_index).workflow == medical_review


# Submitting, approving


def test_an_editor_submits_an_article_for_medical_review(submitted_article, medical_review):
    state = submitted_article.current_workflow_state

    assert state.workflow == medical_review
    assert state.status == WorkflowState.STATUS_IN_PROGRESS
    assert state.current_task_state.task.name == MEDICAL_REVIEW_WORKFLOW
    assert state.current_task_state.status == TaskState.STATUS_IN_PROGRESS
    assert not submitted_article.live


@pytest.mark.parametrize("group", ["Editors", "Moderators"])
def test_someone_outside_the_medical_reviewers_cannot_approve_even_with_publish_rights(
    client, django_user_model, submitted_article, group
):
    outsider = user_in(django_user_model, "outsider", group)
    task = submitted_article.current_workflow_state.current_task_state.task.specific
    assert task.get_actions(submitted_article, outsider) == []
    assert not task.user_can_access_editor(submitted_article, outsider)

    response = approve(client, outsider, submitted_article)

    assert NO_PERMISSION in banner_messages(response)
    article = ArticlePage.objects.get(pk=submitted_article.pk)
    assert not article.live
    assert article.current_workflow_state.current_task_state.status == "in_progress"


def test_a_medical_reviewer_may_approve(submitted_article, reviewer):
    task = submitted_article.current_workflow_state.current_task_state.task.specific

    assert "approve" in [name for name, _, _ in task.get_actions(submitted_article, reviewer)]
    assert task.user_can_access_editor(submitted_article, reviewer)


def test_an_article_approved_by_a_medical_reviewer_is_published(
    client, submitted_article, reviewer
):
    response = approve(client, reviewer, submitted_article)

    assert NO_PERMISSION not in banner_messages(response)
    article = ArticlePage.objects.get(pk=submitted_article.pk)
    assert article.live
    assert article.current_workflow_state is None
    assert WorkflowState.objects.for_instance(article).get().status == WorkflowState.STATUS_APPROVED


def test_an_article_approved_by_an_administrator_is_published(
    client, submitted_article, admin_user
):
    approve(client, admin_user, submitted_article)

    article = ArticlePage.objects.get(pk=submitted_article.pk)
    assert article.live
    assert article.live_revision.user.username == "editor"


# Scheduled publishing


def draft_article(blog_index, go_live_at):
    article = ArticlePageFactory(parent=blog_index, live=False, go_live_at=go_live_at)
    revision = article.save_revision(approved_go_live_at=go_live_at)
    return article, revision


def test_an_approved_article_scheduled_a_minute_ago_is_published_by_publish_scheduled(
    blog_index,
):
    article, revision = draft_article(blog_index, timezone.now() - datetime.timedelta(minutes=1))

    call_command("publish_scheduled", verbosity=0)

    article = ArticlePage.objects.get(pk=article.pk)
    assert article.live
    assert article.live_revision == revision


def test_an_approved_article_scheduled_for_tomorrow_waits(blog_index):
    article, revision = draft_article(blog_index, timezone.now() + datetime.timedelta(days=1))

    call_command("publish_scheduled", verbosity=0)

    assert not ArticlePage.objects.get(pk=article.pk).live
    revision.refresh_from_db()
    assert revision.approved_go_live_at is not None


def test_an_article_published_in_the_admin_with_a_future_date_goes_live_when_it_comes(
    admin_client, blog_index, provider_index, monkeypatch
):
    go_live_at = timezone.localtime() + datetime.timedelta(hours=2)
    data = article_form_data(
        authors=[ProviderPageFactory(parent=provider_index)],
        go_live_at=go_live_at.strftime("%Y-%m-%d %H:%M"),
    )

    response = admin_client.post(add_url(ArticlePage, blog_index), {**data, **PUBLISH})

    assert response.status_code == 302, error_messages(response)
    article = ArticlePage.objects.get()
    revision = article.get_latest_revision()
    assert not article.live
    assert revision.approved_go_live_at is not None

    call_command("publish_scheduled", verbosity=0)
    assert not ArticlePage.objects.get(pk=article.pk).live

    # Three hours later, the scheduler's next run publishes it.
    later = timezone.now() + datetime.timedelta(hours=3)
    monkeypatch.setattr(timezone, "now", lambda: later)
    call_command("publish_scheduled", verbosity=0)

    article = ArticlePage.objects.get(pk=article.pk)
    assert article.live
    assert article.live_revision == revision
