"""`GET locations/`: every clinic, or the nearest first; `GET cta/`: the call to action to
show at a place of the public site; `POST appointment-requests/`: a patient's request."""

from django.conf import settings
from django.http import Http404
from django.utils.decorators import method_decorator
from django.views.decorators.debug import sensitive_post_parameters
from rest_framework import status
from rest_framework.parsers import JSONParser
from rest_framework.response import Response
from wagtail.api.v2.utils import BadRequestError

from cms.api.errors import RequestTooLarge
from cms.api.throttling import AppointmentRequestThrottle, ClientRateThrottle
from cms.api.views import APIEndpoint, parameters_check, path_parameter_clean
from cms.models import CallToActionPlacement, public_pages
from cms.serializers import Payload
from locations import geo
from locations.models import AppointmentRequest, LocationPage
from locations.serializers import AppointmentRequestSerializer, clinic_cta, location_summary
from locations.services import (
    IdempotencyConflict,
    appointment_request_create,
    appointment_request_decoy,
)

IDEMPOTENCY_KEY_MAX_LENGTH = 255


class LocationsAPIView(APIEndpoint):
    """Every live, public clinic as a summary with `open_now` and `opens_next`; with
    `near=lat,lng` or `zip=30303`, nearest first with `distance_miles`."""

    model = LocationPage

    def get(self, request):
        parameters_check(request, {"near", "zip"})
        origin = self._origin(request)
        payload = Payload(request)
        clinics = list(
            LocationPage.objects.live()
            .public()
            .descendant_of(payload.site.root_page)
            .order_by("title")
            .prefetch_related("opening_hours", "special_hours")
        )
        if origin is None:
            items = [location_summary(clinic, payload) for clinic in clinics]
        else:
            items = [
                {**location_summary(clinic, payload), "distance_miles": distance}
                for clinic, distance in geo.clinics_by_distance(clinics, *origin)
            ]
        return payload.response({"total": len(items), "items": items})

    @staticmethod
    def _origin(request) -> tuple[float, float] | None:
        near, zip_code = request.GET.get("near"), request.GET.get("zip")
        if near is not None and zip_code is not None:
            raise BadRequestError("Give `near` or `zip`, not both.")
        try:
            if near is not None:
                return geo.parse_coordinates(near)
            if zip_code is not None:
                return geo.zip_centroid(zip_code)
        except ValueError as error:
            parameter = "near" if near is not None else "zip"
            raise BadRequestError(f"`{parameter}`: {error}") from error
        return None


class CallToActionAPIView(APIEndpoint):
    """`cta/?placement=…[&path=…][&location=slug]`: the call to action to show there.

    The page's own (the live, public page at `path`), else the clinic's (`location`, or
    the page itself when it is a clinic), else the placement's, else the site's default.
    A `path` with no public page behind it is not an error: the widget also runs on pages
    the CMS does not render, and gets the placement's call to action there. An unknown
    placement or a malformed parameter is a 400; a `location` that is not a live, public
    clinic, or a site with no call to action at all, is a 404 (the widget then shows the
    practice's phone number).
    """

    model = CallToActionPlacement

    def get(self, request):
        parameters_check(request, {"placement", "path", "location"})
        payload = Payload(request)
        placement = self._placement(request)
        page = self._page(request, payload)
        clinic = self._clinic(request, payload) or (
            page if isinstance(page, LocationPage) else None
        )
        cta = (
            getattr(page, "cta", None)
            or (clinic.cta if clinic else None)
            or placement.cta
            or payload.default_cta
        )
        if cta is None:
            raise Http404("No call to action is configured for this placement or the site.")
        return payload.response(clinic_cta(cta, clinic, payload, campaign=placement.slug))

    @staticmethod
    def _placement(request) -> CallToActionPlacement:
        slug = request.GET.get("placement", "")
        if not slug:
            raise BadRequestError("`placement` is required, e.g. ?placement=article-footer.")
        placement = CallToActionPlacement.objects.select_related("cta").filter(slug=slug).first()
        if placement is None:
            known = CallToActionPlacement.objects.values_list("slug", flat=True)
            raise BadRequestError(
                f"`placement`: no placement “{slug[:50]}”. Known: {', '.join(known) or 'none'}."
            )
        return placement

    @staticmethod
    def _page(request, payload: Payload):
        """The live, public page at `path` on this site, or None (not an error)."""
        if "path" not in request.GET:
            return None
        path = path_parameter_clean(request.GET["path"])
        url_path = payload.site.root_page.url_path + path.lstrip("/")
        return public_pages().filter(url_path=url_path).specific().first()

    @staticmethod
    def _clinic(request, payload: Payload) -> LocationPage | None:
        if "location" not in request.GET:
            return None
        slug = request.GET["location"]
        clinic = (
            LocationPage.objects.live()
            .public()
            .descendant_of(payload.site.root_page)
            .filter(slug=slug)
            .select_related("cta")
            .prefetch_related("opening_hours", "special_hours")
            .first()
        )
        if clinic is None:
            raise Http404("`location`: no public clinic with this slug.")
        return clinic


@method_decorator(sensitive_post_parameters(), name="dispatch")
class AppointmentRequestsAPIView(APIEndpoint):
    """`POST appointment-requests/`: a patient asks a clinic to contact them.

    JSON only (415 otherwise), at most `APPOINTMENT_REQUEST_MAX_BYTES` (413), throttled
    per client (429 with Retry-After). A valid request is stored once per
    `Idempotency-Key` and answered 201 with an opaque reference; spam gets the same
    answer and is not stored; every invalid field is named in a 400. Nothing the patient
    sent is echoed back.
    """

    model = AppointmentRequest
    parser_classes = [JSONParser]
    throttle_classes = [ClientRateThrottle, AppointmentRequestThrottle]

    def post(self, request):
        length = request.META.get("CONTENT_LENGTH") or ""
        if length.isdigit() and int(length) > settings.APPOINTMENT_REQUEST_MAX_BYTES:
            raise RequestTooLarge()
        parameters_check(request, set())
        key = request.headers.get("Idempotency-Key", "").strip()
        if len(key) > IDEMPOTENCY_KEY_MAX_LENGTH:
            raise BadRequestError(
                f"`Idempotency-Key`: at most {IDEMPOTENCY_KEY_MAX_LENGTH} characters; "
                "a UUID is a good key."
            )
        serializer = AppointmentRequestSerializer(data=request.data)
        serializer.is_valid(raise_exception=True)
        if serializer.is_spam():
            received = appointment_request_decoy()
        else:
            try:
                received = appointment_request_create(
                    serializer.model_fields(),
                    body={k: v for k, v in request.data.items() if k != "fill_seconds"},
                    idempotency_key=key or None,
                )
            except IdempotencyConflict:
                return Response(
                    {
                        "message": "This Idempotency-Key was already used for a different "
                        "request. Send a new request with a new key."
                    },
                    status=status.HTTP_422_UNPROCESSABLE_ENTITY,
                )
        return Response(
            {"reference": received.reference, "status": "received"},
            status=status.HTTP_201_CREATED,
            headers={"Cache-Control": "no-store"},
        )
