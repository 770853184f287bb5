"""Providers: how their credentials must be written, how patients read their names, and
which of them a clinic page lists."""

import pytest
from django.core.exceptions import ValidationError
from wagtail.models import PageViewRestriction
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text

from locations.factories import LocationPageFactory, ProviderPageFactory
from locations.models import ProviderPage
from tests.editor import PUBLISH, add_url, error_messages

CREDENTIALS_MESSAGE = (
    "Write credentials as capital letters separated by a comma and a space, "
    "e.g. “MD”, “DO, FAAPMR” or “PA-C”."
)


def provider_form_data(**fields):
    data = {
        "title": "Amara Okafor",
        "slug": "amara-okafor",
        "credentials": "MD",
        "role": "physician",
        "specialty": "Interventional Pain Medicine",
        "photo": "",
        "bio": rich_text("<p>Board-certified in pain medicine.</p>"),
        "comments": inline_formset([]),
    }
    data.update(fields)
    return nested_form_data(data)


@pytest.mark.parametrize("credentials", ["md", "MD,DO", "M.D. / PhD"])
def test_an_editor_who_writes_credentials_loosely_is_shown_how_to_write_them(
    admin_client, provider_index, credentials
):
    response = admin_client.post(
        add_url(ProviderPage, provider_index),
        {**provider_form_data(credentials=credentials), **PUBLISH},
    )

    assert response.status_code == 200
    assert CREDENTIALS_MESSAGE in error_messages(response)
    assert not ProviderPage.objects.exists()


@pytest.mark.parametrize("credentials", ["MD", "DO, FAAPMR", "PA-C", "M.D., Ph.D."])
def test_credentials_written_as_patients_expect_are_accepted(
    admin_client, provider_index, credentials
):
    response = admin_client.post(
        add_url(ProviderPage, provider_index),
        {**provider_form_data(credentials=credentials), **PUBLISH},
    )

    assert response.status_code == 302, error_messages(response)
    assert ProviderPage.objects.get().credentials == credentials


def test_a_provider_practising_at_a_clinic_is_saved_with_it(
    admin_client, provider_index, location_index
):
    clinic = LocationPageFactory(parent=location_index)

    response = admin_client.post(
        add_url(ProviderPage, provider_index),
        {**provider_form_data(), "locations": [str(clinic.pk)], **PUBLISH},
    )

    assert response.status_code == 302, error_messages(response)
    provider = ProviderPage.objects.get()
    assert provider.live
    assert list(provider.locations.all()) == [clinic]
    assert list(clinic.providers) == [provider]


def test_the_model_refuses_bad_credentials_even_outside_the_editor(provider_index):
    provider = ProviderPageFactory(parent=provider_index)
    provider.credentials = "md, do"

    with pytest.raises(ValidationError) as error:
        provider.clean()

    assert error.value.message_dict == {"credentials": [CREDENTIALS_MESSAGE]}


def test_patients_read_a_providers_name_with_credentials(provider_index):
    provider = ProviderPageFactory(parent=provider_index, title="Amara Okafor", credentials="MD")

    assert provider.display_name == "Amara Okafor, MD"
    assert str(provider) == "Amara Okafor, MD"


def test_a_clinic_lists_only_its_live_public_providers_by_name(provider_index, location_index):
    clinic = LocationPageFactory(parent=location_index)
    other_clinic = LocationPageFactory(parent=location_index)

    def provider(title, clinics, **kwargs):
        page = ProviderPageFactory(parent=provider_index, title=title, **kwargs)
        page.locations.set(clinics)
        page.save()
        return page

    zoe = provider("Zoe Adams", [clinic])
    ben = provider("Ben Carter", [clinic, other_clinic])
    provider("Draft Doctor", [clinic], live=False)
    provider("Elsewhere Only", [other_clinic])
    private = provider("Private Practitioner", [clinic])
    PageViewRestriction.objects.create(page=private, restriction_type="login")

    assert list(clinic.providers) == [ben, zoe]
