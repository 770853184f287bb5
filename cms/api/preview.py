"""`preview/`: the draft an editor is previewing, for the frontend to render.

Wagtail's preview panel (through `wagtail-headless-preview`) stores the draft under a
signed token and opens the frontend's preview route with `?content_type=…&token=…`; the
frontend asks this endpoint for the draft, as the same Page object `pages/by-path/` gives.
This is the only door to draft content: a token names one page (or one page being
created), expires after PREVIEW_TOKEN_MAX_AGE seconds, and its answer is never cached.
"""

from django.apps import apps
from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.core.signing import BadSignature, SignatureExpired
from django.http import Http404
from rest_framework import status
from rest_framework.response import Response
from wagtail.api.v2.utils import BadRequestError
from wagtail.models import Page, Site
from wagtail_headless_preview.models import HeadlessPreviewMixin, PagePreview

from cms.api.views import APIEndpoint, parameters_check
from cms.serializers import Payload, page_serialize


class PreviewAPIView(APIEndpoint):
    """The previewed draft as a Page, or a JSON 4xx: 400 for a missing parameter or an
    unknown page type, 403 for a token that was not issued here, 410 for an expired
    one, 404 when the token names no preview of that page type."""

    model = Page  # registered after `pages/`, which stays the router's endpoint for pages

    def get(self, request):
        parameters_check(request, {"content_type", "token"})
        page_model = self._page_model(request.GET.get("content_type", ""))
        token = request.GET.get("token", "")
        if not token:
            return self._refuse("`token` is required: the preview URL gives it.", 400)
        try:
            page_model.get_preview_signer().unsign(token, max_age=settings.PREVIEW_TOKEN_MAX_AGE)
        except SignatureExpired:
            return self._refuse(
                "This preview has expired: preview the page again from the editor.",
                status.HTTP_410_GONE,
            )
        except BadSignature:
            return self._refuse("This preview token is not valid.", status.HTTP_403_FORBIDDEN)
        preview = PagePreview.objects.filter(
            token=token, content_type=ContentType.objects.get_for_model(page_model)
        ).first()
        if preview is None:
            raise Http404("No preview of this page type with this token.")
        page = preview.as_page()
        payload = Payload(request, self._site(page, request), draft=True)
        return payload.freshness_limit(Response(page_serialize(page, payload)))

    @staticmethod
    def _page_model(content_type: str) -> type[Page]:
        """The page type named `app_label.model` (as the preview URL gives it)."""
        app_label, _, model_name = content_type.partition(".")
        try:
            model = apps.get_model(app_label, model_name)
        except (LookupError, ValueError):
            model = None
        if model is None or not issubclass(model, HeadlessPreviewMixin):
            raise BadRequestError(
                "`content_type` must name a page type, `app_label.model`: the preview URL "
                "gives it (e.g. blog.articlepage)."
            )
        return model

    @staticmethod
    def _site(page: Page, request) -> Site:
        """The site the page is (or will be) on, so that its paths are that site's."""
        site = page.get_site() if page.path else None
        return site or Site.find_for_request(request)

    @staticmethod
    def _refuse(message: str, code: int) -> Response:
        return Response({"message": message}, status=code)

    def finalize_response(self, request, response, *args, **kwargs):
        """Every answer, a draft or a refusal, is for the editor who asked: never kept by
        the API's cache, a CDN or a browser."""
        response = super().finalize_response(request, response, *args, **kwargs)
        response["Cache-Control"] = "no-store"
        return response
