"""Test-data factories for the shared models (factory_boy; a development dependency)."""

import factory
import wagtail_factories
from factory.django import DjangoModelFactory

from cms.models import CallToAction, Topic


class ImageFactory(wagtail_factories.ImageFactory):
    """An image with a real (generated) file, a title and a default alt text."""

    title = factory.Sequence(lambda n: f"Clinic photo {n}")
    description = factory.LazyAttribute(lambda image: f"Alt text for {image.title}")


class TopicFactory(DjangoModelFactory):
    """A condition by default; pass kind=Topic.Kind.TREATMENT for a treatment."""

    class Meta:
        model = Topic
        django_get_or_create = ("slug",)

    name = factory.Sequence(lambda n: f"Condition {n}")
    slug = factory.LazyAttribute(lambda topic: topic.name.lower().replace(" ", "-"))
    kind = Topic.Kind.CONDITION
    description = "A condition our physicians treat."


class CallToActionFactory(DjangoModelFactory):
    """“Schedule your consultation” with a booking button and a call button."""

    class Meta:
        model = CallToAction

    name = factory.Sequence(lambda n: f"CTA {n}")
    heading = "Schedule your consultation"
    text = "Our physicians see new patients within a week."
    primary = factory.LazyFunction(
        lambda: [("book", {"label": "Book online", "url": "https://booking.example.com/"})]
    )
    secondary = factory.LazyFunction(lambda: [("call", {"label": "Call us", "phone": ""})])
