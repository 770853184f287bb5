from django.apps import AppConfig


class BlogConfig(AppConfig):
    """Health articles, their authors and reviewers, and the blog index."""

    name = "blog"
    verbose_name = "Health articles"
