"""API payload of the home page."""

from typing import Any

from blog.models import ArticlePage
from blog.serializers import article_summary
from cms.serializers import BasePageSerializer
from locations.models import LocationPage
from locations.serializers import location_summary


class HomePageSerializer(BasePageSerializer):
    """The home page: hero, featured articles and clinics (live and public only), body."""

    def fields(self) -> dict[str, Any]:
        home, payload = self.page, self.payload
        article_ids = [item.article_id for item in home.featured_articles.all()]
        clinic_ids = [item.clinic_id for item in home.featured_clinics.all()]
        articles = (
            ArticlePage.objects.live().public().select_related("hero_image").in_bulk(article_ids)
        )
        clinics = (
            LocationPage.objects.live()
            .public()
            .prefetch_related("opening_hours", "special_hours")
            .in_bulk(clinic_ids)
        )
        return {
            "hero": {
                "heading": home.hero_heading,
                "text": home.hero_text,
                "image": payload.image(home.hero_image),
            },
            "featured_articles": [
                article_summary(articles[pk], payload) for pk in article_ids if pk in articles
            ],
            "featured_locations": [
                location_summary(clinics[pk], payload) for pk in clinic_ids if pk in clinics
            ],
            "body": self.stream(home.body),
        }
