"""`GET /api/v2/locations/`: every clinic, or the nearest first."""

from wagtail.api.v2.utils import BadRequestError

from cms.api.views import APIEndpoint, parameters_check
from cms.serializers import Payload
from locations import geo
from locations.models import LocationPage
from locations.serializers import location_summary


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
