"""Site settings, as editors change them in Settings: the practice's phone and the menus."""

import pytest
from django.urls import reverse
from wagtail.models import Site
from wagtail.test.utils.form_data import nested_form_data, streamfield

from cms.models import NavigationSettings, PracticeSettings
from tests.editor import error_messages, stream_field_errors


@pytest.fixture
def site(db):
    return Site.objects.get(is_default_site=True)


def settings_url(model, site):
    return reverse(
        "wagtailsettings:edit", args=[model._meta.app_label, model._meta.model_name, site.pk]
    )


def practice_form_data(**fields):
    data = {
        "name": "Georgia Pain & Spine Care",
        "logo": "",
        "phone": "(404) 555-0100",
        "email": "hello@example.com",
        "social_links": streamfield(
            [("profile", {"network": "facebook", "url": "https://facebook.com/gpsc"})]
        ),
        "default_cta": "",
        "title_suffix": "| Georgia Pain & Spine Care",
        "default_description": "Pain management in six Georgia clinics.",
        "default_social_image": "",
    }
    data.update(fields)
    return nested_form_data(data)


def link(page="", url="", label=""):
    return {"page": str(page), "url": url, "label": label}


# Practice settings


def test_an_editor_who_enters_an_invalid_main_phone_is_told_and_nothing_is_saved(
    admin_client, site
):
    response = admin_client.post(
        settings_url(PracticeSettings, site), practice_form_data(phone="404-123-4567")
    )

    assert response.status_code == 200
    assert (
        "404-123-4567 is not a valid phone number: check the area code and the number of "
        "digits, for example (404) 555-0123."
    ) in error_messages(response)
    assert not PracticeSettings.objects.filter(phone="404-123-4567").exists()


def test_the_practice_details_are_saved_with_a_valid_main_phone(admin_client, site):
    response = admin_client.post(settings_url(PracticeSettings, site), practice_form_data())

    assert response.status_code == 302, error_messages(response)
    practice = PracticeSettings.for_site(site)
    assert practice.phone == "(404) 555-0100"
    assert practice.email == "hello@example.com"
    assert [profile.value["network"] for profile in practice.social_links] == ["facebook"]


def test_the_main_phone_may_be_left_empty(admin_client, site):
    response = admin_client.post(settings_url(PracticeSettings, site), practice_form_data(phone=""))

    assert response.status_code == 302, error_messages(response)
    assert PracticeSettings.for_site(site).phone == ""


# Navigation


def test_the_header_accepts_page_links_address_links_and_menus(admin_client, site, blog_index):
    data = nested_form_data(
        {
            "header": streamfield(
                [
                    ("link", link(page=blog_index.pk)),
                    (
                        "menu",
                        {
                            "label": "Patients",
                            "links": streamfield(
                                [
                                    (
                                        "item",
                                        link(url="https://portal.example.com/", label="Portal"),
                                    ),
                                    ("item", link(page=blog_index.pk, label="Articles")),
                                ]
                            ),
                        },
                    ),
                ]
            ),
            "footer": streamfield([]),
        }
    )

    response = admin_client.post(settings_url(NavigationSettings, site), data)

    assert response.status_code == 302, error_messages(response)
    header = NavigationSettings.for_site(site).header
    assert [item.block_type for item in header] == ["link", "menu"]
    assert header[0].value["page"].specific == blog_index
    menu = header[1].value
    assert menu["label"] == "Patients"
    assert [(item["url"], item["label"]) for item in menu["links"]] == [
        ("https://portal.example.com/", "Portal"),
        ("", "Articles"),
    ]


def test_the_footer_accepts_columns_of_links(admin_client, site, blog_index):
    data = nested_form_data(
        {
            "header": streamfield([]),
            "footer": streamfield(
                [
                    (
                        "column",
                        {
                            "heading": "About us",
                            "links": streamfield(
                                [
                                    ("item", link(page=blog_index.pk)),
                                    (
                                        "item",
                                        link(url="https://careers.example.com/", label="Jobs"),
                                    ),
                                ]
                            ),
                        },
                    )
                ]
            ),
        }
    )

    response = admin_client.post(settings_url(NavigationSettings, site), data)

    assert response.status_code == 302, error_messages(response)
    (column,) = NavigationSettings.for_site(site).footer
    assert column.value["heading"] == "About us"
    assert [item["label"] for item in column.value["links"]] == ["", "Jobs"]


def test_a_menu_link_with_both_a_page_and_an_address_is_refused(admin_client, site, blog_index):
    data = nested_form_data(
        {
            "header": streamfield(
                [("link", link(page=blog_index.pk, url="https://example.com/", label="Both"))]
            ),
            "footer": streamfield([]),
        }
    )

    response = admin_client.post(settings_url(NavigationSettings, site), data)

    assert response.status_code == 200
    assert stream_field_errors(response, "header") == [
        "Choose a page or enter an address, not both."
    ]
    assert not NavigationSettings.for_site(site).header


def test_a_footer_link_to_an_address_without_a_label_is_refused(admin_client, site):
    data = nested_form_data(
        {
            "header": streamfield([]),
            "footer": streamfield(
                [
                    (
                        "column",
                        {
                            "heading": "Elsewhere",
                            "links": streamfield([("item", link(url="https://example.com/"))]),
                        },
                    )
                ]
            ),
        }
    )

    response = admin_client.post(settings_url(NavigationSettings, site), data)

    assert response.status_code == 200
    assert stream_field_errors(response, "footer") == ["Give a label to a link to an address."]
    assert not NavigationSettings.for_site(site).footer
