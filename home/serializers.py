"""API payload of the home page."""

from typing import Any

from blog.models import ArticlePage
from blog.serializers import article_summary
from cms.serializers import BasePageSerializer
from locations.models import LocationPage
from locations.serializers import location_summary


class HomePageSerializer(BasePageSerializer):
    """The home page: hero, featured articles and clinics (live and public only), body."""

    detail_only_fields = ("featured_articles", "featured_locations")

    lookups = {"hero": ["hero_image"], "body": ["body"]}

    def hero(self) -> dict[str, Any]:
        home = self.page
        return {
            "heading": home.hero_heading,
            "text": home.hero_text,
            "image": self.payload.image(home.hero_image),
        }

    def featured_articles(self) -> list[dict[str, Any]]:
        article_ids = [item.article_id for item in self.page.featured_articles.all()]
        articles = (
            ArticlePage.objects.live().public().select_related("hero_image").in_bulk(article_ids)
        )
        return [article_summary(articles[pk], self.payload) for pk in article_ids if pk in articles]

    def featured_locations(self) -> list[dict[str, Any]]:
        clinic_ids = [item.clinic_id for item in self.page.featured_clinics.all()]
        clinics = (
            LocationPage.objects.live()
            .public()
            .prefetch_related("opening_hours", "special_hours")
            .in_bulk(clinic_ids)
        )
        return [location_summary(clinics[pk], self.payload) for pk in clinic_ids if pk in clinics]

    def body(self) -> list[dict[str, Any]]:
        return self.stream(self.page.body)

    def share_image(self):
        return self.page.hero_image
