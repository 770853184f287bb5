"""Operations on articles that write several records."""

from django.contrib.auth.models import Group, Permission
from wagtail.models import GroupPagePermission, Page, Workflow, WorkflowPage

MEDICAL_REVIEW_WORKFLOW = "Medical review"
MEDICAL_REVIEWERS_GROUP = "Medical reviewers"


def medical_review_assign(blog_index: Page) -> WorkflowPage | None:
    """Put every article under `blog_index` through the “Medical review” workflow.

    The reviewers get edit and publish permission on the index: Wagtail publishes an
    approved article as its approver, so without it their approval would be refused. The
    workflow itself is created by a migration; if an administrator has deleted or
    deactivated it, nothing is assigned.
    """
    workflow = Workflow.objects.filter(name=MEDICAL_REVIEW_WORKFLOW, active=True).first()
    if workflow is None:
        return None
    reviewers = Group.objects.filter(name=MEDICAL_REVIEWERS_GROUP).first()
    if reviewers is not None:
        permissions = Permission.objects.filter(
            content_type__app_label="wagtailcore", codename__in=["change_page", "publish_page"]
        )
        for permission in permissions:
            GroupPagePermission.objects.get_or_create(
                group=reviewers, page=blog_index, permission=permission
            )
    assignment, _ = WorkflowPage.objects.update_or_create(
        page=blog_index, defaults={"workflow": workflow}
    )
    return assignment
