"""Editor panels of the shared app: the search-result preview on every page's SEO tab."""

from django.urls import Resolver404, resolve
from wagtail.admin.panels import Panel
from wagtail.models import Page, Site


class SearchPreviewPanel(Panel):
    """How the page will look in search results, updated as the editor types, with live
    guidance beside the SEO title and search description: their length against what
    search engines show (`SeoMixin.TITLE_LENGTH`, `DESCRIPTION_LENGTH`). Warnings only:
    nothing stops a save. The behaviour is the `seo-guidance` Stimulus controller."""

    class BoundPanel(Panel.BoundPanel):
        template_name = "cms/panels/search_preview.html"

        class Media:
            js = ["cms/js/seo-guidance.js"]
            css = {"all": ["cms/css/seo-guidance.css"]}

        def get_context_data(self, parent_context=None):
            # Imported here: the models' panel definitions import this module.
            from cms.models import PracticeSettings, SeoMixin

            context = super().get_context_data(parent_context)
            site_id, root_url, base_path = self._address()
            site = Site.objects.filter(pk=site_id).first() if site_id else None
            practice = PracticeSettings.objects.filter(site=site).first() if site else None
            suffix = (practice or PracticeSettings()).title_suffix
            context.update(
                title_length=SeoMixin.TITLE_LENGTH,
                description_length=SeoMixin.DESCRIPTION_LENGTH,
                title_suffix=suffix,
                # The home page's own address is the site's root, whatever its slug.
                base_url=(root_url or "") + base_path,
                is_site_root=bool(self.instance.pk)
                and Site.objects.filter(root_page=self.instance.pk).exists(),
            )
            return context

        def _address(self) -> tuple[int | None, str, str]:
            """(site id, the site's root URL, the path the page's slug is added to): from
            the page itself once it exists (the home page's is the site's root), from its
            parent while it is being created (/admin/pages/add/<app>/<model>/<parent>/)."""
            if self.instance.pk:
                parts = self.instance.get_url_parts(self.request)
                if parts:
                    site_id, root_url, path = parts
                    return site_id, root_url, path.rstrip("/").rpartition("/")[0] + "/"
                return None, "", "/"
            try:
                parent_id = resolve(self.request.path).kwargs.get("parent_page_id")
            except Resolver404:
                parent_id = None
            parent = Page.objects.filter(pk=parent_id).first() if parent_id else None
            parts = parent.get_url_parts(self.request) if parent else None
            return parts or (None, "", "/")
