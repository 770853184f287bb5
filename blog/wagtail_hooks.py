"""Admin hooks for articles: new blog indexes get the medical review workflow."""

from wagtail import hooks

from blog.models import BlogIndexPage
from blog.services import medical_review_assign


@hooks.register("after_create_page")
def assign_medical_review(request, page):
    if isinstance(page, BlogIndexPage):
        medical_review_assign(page)
