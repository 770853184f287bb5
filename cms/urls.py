"""The CMS's URLs: the Wagtail admin, the delivery API, documents, sitemap and robots.txt,
and the page tree."""

from django.conf import settings
from django.urls import include, path
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.documents import urls as wagtaildocs_urls

from cms.api import api_router
from cms.api.openapi import DocsView, SchemaView
from cms.sitemaps import robots_txt_view, sitemap_section_view, sitemap_view
from cms.views import health_live, health_ready

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
    path("sitemap.xml", sitemap_view, name="sitemap"),
    path("sitemap-<str:section>.xml", sitemap_section_view, name="sitemap_section"),
    path("robots.txt", robots_txt_view, name="robots_txt"),
]

if settings.DEBUG:
    from django.conf.urls.static import static

    urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)

urlpatterns += [path("", include(wagtail_urls))]
