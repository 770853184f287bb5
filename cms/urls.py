"""The CMS's URLs: the Wagtail admin, the delivery API, documents, sitemap and robots.txt,
the widget, and the public site's reference rendering (drawn from the API's JSON) at every
page's path."""

from django.conf import settings
from django.urls import include, path, re_path
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.documents import urls as wagtaildocs_urls

from cms.api import api_router
from cms.api.openapi import DocsView, SchemaView
from cms.reference_site import site_page, site_preview
from cms.sitemaps import robots_txt_view, sitemap_section_view, sitemap_view
from cms.views import health_live, health_ready
from cms.widgets import widget_demo, widget_script

handler400 = "cms.views.bad_request"
handler404 = "cms.views.page_not_found"
handler500 = "cms.views.server_error"

urlpatterns = [
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    path("api/v2/", api_router.urls),
    path("api/v2/schema/", SchemaView.as_view(), name="api_schema"),
    path("api/v2/docs/", DocsView.as_view(), name="api_docs"),
    path("health/live", health_live, name="health_live"),
    path("health/ready", health_ready, name="health_ready"),
    path("widgets/cta.js", widget_script, name="widget_script"),
    path("widgets/demo/", widget_demo, name="widget_demo"),
    path("sitemap.xml", sitemap_view, name="sitemap"),
    path("sitemap-<str:section>.xml", sitemap_section_view, name="sitemap_section"),
    path("robots.txt", robots_txt_view, name="robots_txt"),
]

if settings.DEBUG:
    from django.conf.urls.static import static

    urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)

# Pages are served by the reference rendering, not by Wagtail's own page serving (whose
# templates would read the models): the same pattern and name, so that Wagtail's page
# URLs (`page.url`, "view live") still point here.
urlpatterns += [
    path("_preview/", site_preview, name="site_preview"),
    re_path(r"^((?:[\w\-]+/)*)$", site_page, name="wagtail_serve"),
]
