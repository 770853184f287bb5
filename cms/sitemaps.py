"""`/sitemap.xml` and `/robots.txt`: what search engines are told to crawl, and not to.

The sitemap lists exactly the pages search engines may show: live, public, not marked
noindex (`indexable_pages()`) and not pointing search engines to another canonical
address, at their absolute address on the public site's host, with
the time they were last published. Past `SITEMAP_URLS_PER_FILE` addresses, `/sitemap.xml`
becomes an index of numbered files, as the sitemap protocol asks (50,000 at most a file).
"""

from django.conf import settings
from django.contrib.sitemaps.views import SitemapIndexItem
from django.http import HttpRequest, HttpResponse
from django.template.response import TemplateResponse
from django.urls import reverse
from wagtail.contrib.sitemaps import Sitemap
from wagtail.contrib.sitemaps import views as wagtail_sitemap_views
from wagtail.models import Site

from cms.models import PracticeSettings, indexable_pages

SECTION = "pages"


class PageSitemap(Sitemap):
    """Wagtail's sitemap of a site's pages, without the pages asking not to be indexed."""

    @property
    def limit(self) -> int:
        return settings.SITEMAP_URLS_PER_FILE

    def items(self):
        root = self.get_wagtail_site().root_page
        return (
            indexable_pages()
            .descendant_of(root, inclusive=True)
            .order_by("path")
            .defer_streamfields()
            .specific()
        )


SITEMAPS = {SECTION: PageSitemap}


def sitemap_view(request: HttpRequest) -> HttpResponse:
    """The sitemap itself, or the index of its files when it needs more than one."""
    sitemap = PageSitemap(request)
    pages = sitemap.paginator.num_pages
    if pages <= 1:
        return wagtail_sitemap_views.sitemap(request, SITEMAPS)
    root_url = sitemap.get_wagtail_site().root_url
    location = root_url + reverse("sitemap_section", kwargs={"section": SECTION})
    items = [SitemapIndexItem(f"{location}?p={number}", None) for number in range(1, pages + 1)]
    return TemplateResponse(
        request, "sitemap_index.xml", {"sitemaps": items}, content_type="application/xml"
    )


def sitemap_section_view(request: HttpRequest, section: str) -> HttpResponse:
    """One numbered file of a sitemap too large for one (`?p=2`)."""
    return wagtail_sitemap_views.sitemap(request, SITEMAPS, section=section)


# Always first, whatever the settings say: the admin and the API are no place for crawlers.
ROBOTS_ALWAYS = "User-agent: *\nDisallow: /admin/\nDisallow: /api/\n"


def robots_txt_view(request: HttpRequest) -> HttpResponse:
    """The rules written in the practice settings, after the ones that always apply, and
    the sitemap's address on the public site."""
    site = Site.find_for_request(request) or Site.objects.get(is_default_site=True)
    practice = PracticeSettings.objects.filter(site=site).first() or PracticeSettings(site=site)
    rules = practice.robots_txt.strip().replace("\r\n", "\n")
    text = ROBOTS_ALWAYS + (f"\n{rules}\n" if rules else "")
    text += f"\nSitemap: {site.root_url}{reverse('sitemap')}\n"
    return HttpResponse(text, content_type="text/plain; charset=utf-8")
