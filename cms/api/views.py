"""Endpoints of the delivery API: Wagtail's pages endpoint plus `by-path`."""

from django.db.models import F
from django.http import Http404
from django.urls import path
from rest_framework import status
from rest_framework.renderers import JSONRenderer
from rest_framework.response import Response
from rest_framework.views import APIView
from wagtail.api.v2.utils import BadRequestError
from wagtail.api.v2.views import PagesAPIViewSet as WagtailPagesAPIViewSet
from wagtail.contrib.redirects.models import Redirect
from wagtail.models import Site

from cms.models import PracticeSettings, public_pages
from cms.serializers import Payload, page_serialize, public_path, site_representation

MAX_PATH_LENGTH = 2048


def parameters_check(request, allowed: set[str]) -> None:
    """Refuse a query parameter the endpoint does not know: a typo must not pass unseen."""
    unknown = set(request.GET) - allowed
    if unknown:
        raise BadRequestError(
            f"Unknown query parameter: {', '.join(sorted(unknown))}. "
            f"This endpoint takes: {', '.join(sorted(allowed)) or 'none'}."
        )


def path_parameter_clean(value: str) -> str:
    """A `path` parameter as a public-site path ending in “/”; 400 if it is not one."""
    if (
        not value.startswith("/")
        or len(value) > MAX_PATH_LENGTH
        or any(ord(char) < 32 for char in value)
        or "?" in value
        or "#" in value
    ):
        raise BadRequestError(
            "`path` must be a path on the public site starting with “/”, without a "
            f"query string or fragment, at most {MAX_PATH_LENGTH} characters."
        )
    return value if value.endswith("/") else value + "/"


def site_from_request(request) -> Site:
    """The site named by `site=host[:port]`, else the one the request came to."""
    host = request.GET.get("site")
    if not host:
        site = Site.find_for_request(request)
    else:
        hostname, _, port = host.partition(":")
        sites = Site.objects.filter(hostname=hostname)
        if port:
            if not port.isdigit():
                raise BadRequestError("`site` must be a host name, optionally with :port.")
            sites = sites.filter(port=int(port))
        site = sites.select_related("root_page").first()
    if site is None:
        raise Http404("No site with this host name.")
    return site


class APIEndpoint(APIView):
    """A read-only endpoint of the router beside Wagtail's: JSON only, errors as
    {"message": …} like Wagtail's own endpoints."""

    renderer_classes = [JSONRenderer]
    model = None  # the model it represents, for the router's lookups

    @classmethod
    def get_urlpatterns(cls):
        return [path("", cls.as_view(), name="listing")]

    def handle_exception(self, exc):
        if isinstance(exc, Http404):
            return Response({"message": str(exc)}, status=status.HTTP_404_NOT_FOUND)
        if isinstance(exc, BadRequestError):
            return Response({"message": str(exc)}, status=status.HTTP_400_BAD_REQUEST)
        return super().handle_exception(exc)


class PagesAPIViewSet(WagtailPagesAPIViewSet):
    """Wagtail's pages endpoint, and `by-path/`: a page view's one request."""

    @classmethod
    def get_urlpatterns(cls):
        return [
            path("by-path/", cls.as_view({"get": "by_path_view"}), name="by_path"),
            *super().get_urlpatterns(),
        ]

    def by_path_view(self, request):
        """The page at `path` on the public site, or the redirect that matches it, or 404.

        Only live pages under no view restriction are ever answered; anything else is
        the same 404 as a path that never existed.
        """
        page_path = self._path_parameter(request)
        site = site_from_request(request)
        url_path = site.root_page.url_path + page_path.lstrip("/")
        page = public_pages().filter(url_path=url_path).specific().first()
        if page is None:
            redirect = self._redirect_for(site, page_path, request)
            if redirect is None:
                raise Http404("No page at this path.")
            return Response({"redirect": redirect})
        payload = Payload(request, site)
        return payload.response(page_serialize(page, payload))

    def _path_parameter(self, request) -> str:
        parameters_check(request, {"path", "site"})
        value = request.GET.get("path", "")
        if not value:
            raise BadRequestError("`path` is required, e.g. ?path=/blog/neck-tension/.")
        return path_parameter_clean(value)

    @staticmethod
    def _redirect_for(site: Site, page_path: str, request) -> dict | None:
        old_path = Redirect.normalise_path(page_path)
        redirect = (
            Redirect.get_for_site(site)
            .filter(old_path=old_path)
            .select_related("redirect_page")
            .order_by(F("site").asc(nulls_last=True))  # the site's own before all sites'
            .first()
        )
        if redirect is None:
            return None
        target = redirect.redirect_page
        if target is not None:
            if not public_pages().filter(pk=target.pk).exists():
                return None
            location = public_path(target, request)
        else:
            location = redirect.redirect_link
        if not location:
            return None
        return {"location": location, "permanent": redirect.is_permanent}


class SiteAPIView(APIEndpoint):
    """`site/`: what every page of the public site shares (practice, navigation, SEO
    defaults, default CTA). `site=host` chooses the site, as for `by-path`."""

    model = PracticeSettings

    def get(self, request):
        parameters_check(request, {"site"})
        site = site_from_request(request)
        payload = Payload(request, site)
        return payload.response(site_representation(payload))
