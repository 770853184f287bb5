from django.apps import AppConfig


class HomeConfig(AppConfig):
    """The home page: the root of the public site."""

    name = "home"
    verbose_name = "Home"
