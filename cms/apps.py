from django.apps import AppConfig


class CmsConfig(AppConfig):
    """The core the domain apps build on: base page, SEO, blocks, topics, CTAs, settings."""

    name = "cms"
    verbose_name = "Content platform"

    def ready(self):
        from cms.signal_handlers import register_signal_handlers

        register_signal_handlers()
