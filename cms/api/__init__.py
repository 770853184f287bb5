"""The delivery API's router: every endpoint of /api/v2/, gathered in one place.

Wagtail's v2 endpoints, kept compatible, plus what a frontend needs in one request
(`pages/by-path/`), site search (`search/`) and the draft being previewed (`preview/`).
See docs/api.md and shared/API.md for the contract.
"""

from wagtail.api.v2.router import WagtailAPIRouter
from wagtail.documents.api.v2.views import DocumentsAPIViewSet
from wagtail.images.api.v2.views import ImagesAPIViewSet

from cms.api.preview import PreviewAPIView
from cms.api.search import SearchAPIView
from cms.api.views import PagesAPIViewSet, RedirectsAPIViewSet, SiteAPIView
from locations.views import AppointmentRequestsAPIView, CallToActionAPIView, LocationsAPIView

api_router = WagtailAPIRouter("wagtailapi")
api_router.register_endpoint("pages", PagesAPIViewSet)
api_router.register_endpoint("images", ImagesAPIViewSet)
api_router.register_endpoint("documents", DocumentsAPIViewSet)
api_router.register_endpoint("redirects", RedirectsAPIViewSet)
api_router.register_endpoint("locations", LocationsAPIView)
api_router.register_endpoint("site", SiteAPIView)
api_router.register_endpoint("search", SearchAPIView)
api_router.register_endpoint("cta", CallToActionAPIView)
api_router.register_endpoint("appointment-requests", AppointmentRequestsAPIView)
api_router.register_endpoint("preview", PreviewAPIView)
