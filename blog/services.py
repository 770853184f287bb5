"""Operations on articles that write several records."""

from wagtail.models import Page, Workflow, WorkflowPage

MEDICAL_REVIEW_WORKFLOW = "Medical review"
MEDICAL_REVIEWERS_GROUP = "Medical reviewers"


def medical_review_assign(blog_index: Page) -> WorkflowPage | None:
    """Put every article under `blog_index` through the “Medical review” workflow.

    The workflow itself is created by a migration; if an administrator has deleted or
    deactivated it, nothing is assigned.
    """
    workflow = Workflow.objects.filter(name=MEDICAL_REVIEW_WORKFLOW, active=True).first()
    if workflow is None:
        return None
    assignment, _ = WorkflowPage.objects.update_or_create(
        page=blog_index, defaults={"workflow": workflow}
    )
    return assignment
