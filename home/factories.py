"""Test-data factory for the home page (the migration creates the site's own)."""

import wagtail_factories

from home.models import HomePage


class HomePageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = HomePage

    title = "Home"
    hero_heading = "Relief starts with the right diagnosis"
