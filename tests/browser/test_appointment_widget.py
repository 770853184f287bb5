"""The appointment widget in a real Chromium, on a page served from another origin.

The API is pytest-django's live server (http://localhost:<port>); the page embedding the
widget comes from a tiny HTTP server on http://127.0.0.1:<another port>, a different
origin allowed by CORS, as the public site would be. The page's own styles try to break
the widget; its shadow root keeps them out.
"""

import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
from playwright.sync_api import Page, expect

from cms.factories import CallToActionFactory
from cms.models import CallToActionPlacement, PracticeSettings
from locations.factories import LocationPageFactory
from locations.models import AppointmentRequest

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)

AXE = Path(__file__).resolve().parents[2] / "node_modules" / "axe-core" / "axe.min.js"
AXE_MISSING = "axe-core not installed: run `npm install` at the project's root"
HEADING = "Book your visit at Midtown"
FALLBACK_PHONE = "(404) 555-0100"
HOSTILE_CSS = (
    "h2, h3, button, a, label, input "
    "{ color: #fff !important; font-size: 4px !important; display: none }"
)


class HostPage(BaseHTTPRequestHandler):
    """Answers every GET with the page the test wrote (the public site's page)."""

    def do_GET(self):
        body = self.server.html.encode()
        self.send_response(200)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args):
        pass


@pytest.fixture
def host(live_server, settings):
    """Serves a page that embeds the widget, from another origin than the API's."""
    server = ThreadingHTTPServer(("127.0.0.1", 0), HostPage)
    origin = f"http://127.0.0.1:{server.server_address[1]}"
    settings.CORS_ALLOWED_ORIGINS = [origin]
    settings.APPOINTMENT_REQUEST_MIN_FILL_SECONDS = 0  # the rule has its own API tests
    settings.APPOINTMENT_REQUEST_RATE = "100/minute"
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()

    def serve(attributes: str) -> str:
        server.html = f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Knee pain – the public site</title>
<style>{HOSTILE_CSS}</style>
<script src="{live_server.url}/widgets/cta.js" defer></script></head>
<body><main><h1>Knee pain</h1><p>An article.</p>
<appointment-cta {attributes}></appointment-cta></main></body></html>"""
        return origin + "/blog/knee-pain/"

    yield serve
    server.shutdown()
    server.server_close()


@pytest.fixture
def clinic(home_page, location_index):
    PracticeSettings.objects.update_or_create(
        site=home_page.get_site(), defaults={"phone": FALLBACK_PHONE}
    )
    CallToActionPlacement.objects.get_or_create(
        slug="location-header", defaults={"name": "Clinic header"}
    )
    cta = CallToActionFactory(
        heading=HEADING,
        text="New patients are seen within a week.",
        primary=[("request", {"label": "Request an appointment"})],
        secondary=[("call", {"label": "Call the clinic", "phone": ""})],
    )
    return LocationPageFactory(
        parent=location_index, slug="midtown", title="Midtown", phone="(404) 555-0123", cta=cta
    )


WIDGET = 'placement="location-header" location="midtown" phone="(404) 555-0100"'


def widget_ready(page: Page, url: str) -> None:
    page.goto(url)
    expect(page.get_by_role("heading", name=HEADING)).to_be_visible()


def tab_to(page: Page, target, limit: int = 20) -> None:
    """Press Tab until `target` has the focus, as a keyboard user would."""
    for _ in range(limit):
        page.keyboard.press("Tab")
        if target.evaluate("node => node.getRootNode().activeElement === node"):
            return
    raise AssertionError(f"{target} never received the focus")


def test_it_renders_the_clinics_call_to_action_untouched_by_the_pages_styles(
    page: Page, host, clinic
):
    widget_ready(page, host(WIDGET))

    call = page.get_by_role("link", name="Call the clinic")
    expect(call).to_have_attribute("href", "tel:+14045550123")
    expect(page.get_by_text("Midtown:")).to_be_visible()
    button = page.get_by_role("button", name="Request an appointment")
    expect(button).to_be_visible()
    assert button.evaluate("node => getComputedStyle(node).color") == "rgb(255, 255, 255)"
    assert button.evaluate("node => parseFloat(getComputedStyle(node).fontSize)") >= 14


def test_a_request_sent_with_the_keyboard_alone_lands_in_the_database(page: Page, host, clinic):
    widget_ready(page, host(WIDGET))

    tab_to(page, page.get_by_role("button", name="Request an appointment"))
    page.keyboard.press("Enter")
    name = page.get_by_label("Your name *")
    expect(name).to_be_focused()  # the form takes the focus when it opens
    page.keyboard.type("Jordan Quillfeather")
    page.keyboard.press("Tab")
    page.keyboard.type("(404) 555-0188")
    page.keyboard.press("Tab")
    page.keyboard.type("jordan@example.com")
    page.keyboard.press("Tab")  # how to contact: phone (the default)
    page.keyboard.press("Tab")  # when
    page.keyboard.press("ArrowDown")  # morning
    page.keyboard.press("Tab")
    page.keyboard.type("Knee pain when climbing stairs")
    page.keyboard.press("Tab")  # the spam trap is skipped: consent is next
    expect(page.get_by_role("checkbox")).to_be_focused()
    page.keyboard.press("Space")
    page.keyboard.press("Tab")
    expect(page.get_by_role("button", name="Send request")).to_be_focused()
    page.keyboard.press("Enter")

    status = page.get_by_role("status")
    expect(status).to_contain_text("Thank you. We received your request")
    expect(status).to_be_focused()
    stored = AppointmentRequest.objects.get()
    assert (stored.name, stored.phone, stored.location_id) == (
        "Jordan Quillfeather",
        "+14045550188",
        clinic.pk,
    )
    assert stored.preferred_time == "morning" and stored.source_path == "/blog/knee-pain/"
    assert stored.reference in status.inner_text()


def test_the_errors_the_api_returns_are_shown_next_to_each_field(page: Page, host, clinic):
    widget_ready(page, host(WIDGET))

    page.get_by_role("button", name="Request an appointment").click()
    page.get_by_label("Your name *").fill("Jordan Quillfeather")
    page.get_by_label("Phone *").fill("12")
    page.get_by_role("button", name="Send request").click()

    phone = page.get_by_label("Phone *")
    expect(phone).to_have_attribute("aria-invalid", "true")
    expect(phone).to_have_accessible_description(
        "Enter a US phone number with its area code, e.g. (404) 555-0123."
    )
    expect(phone).to_be_focused()  # the first field to correct
    expect(page.get_by_text("Tick the box to let us contact you")).to_be_visible()
    expect(page.get_by_label("Your name *")).not_to_have_attribute("aria-invalid", "true")
    assert not AppointmentRequest.objects.exists()

    page.keyboard.press("Escape")  # closes the form, the focus goes back to its button
    expect(page.get_by_role("button", name="Request an appointment")).to_be_focused()


def test_the_phone_number_is_shown_when_the_api_is_down(page: Page, host, clinic):
    # Nothing listens on port 9 of this machine: the connection is refused at once.
    widget_ready_fallback = host(f'{WIDGET} api="http://127.0.0.1:9/api/v2/"')
    page.goto(widget_ready_fallback)

    call = page.get_by_role("link", name=f"Call {FALLBACK_PHONE}")
    expect(call).to_be_visible()
    expect(call).to_have_attribute("href", "tel:+14045550100")
    expect(page.get_by_role("heading", name="Schedule your consultation")).to_be_visible()


def test_the_phone_number_is_shown_when_the_api_is_too_slow(page: Page, host, clinic):
    page.route("**/api/v2/cta/**", lambda route: None)  # never answered
    page.goto(host(WIDGET))

    call = page.get_by_role("link", name=f"Call {FALLBACK_PHONE}")
    expect(call).to_be_visible()
    page.wait_for_timeout(4500)  # past the widget's 4-second timeout
    expect(call).to_be_visible()
    expect(page.get_by_role("heading", name="Schedule your consultation")).to_be_visible()


def axe_violations(page: Page) -> list[dict]:
    if not AXE.exists():
        from tests.browser.conftest import no_browser

        no_browser(AXE_MISSING)
    page.add_script_tag(path=str(AXE))
    result = page.evaluate(
        """async () => (await axe.run(document.querySelector("appointment-cta"), {
            runOnly: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"],
        })).violations.map(v => ({id: v.id, impact: v.impact, help: v.help,
            nodes: v.nodes.map(n => n.target.join(" ")).slice(0, 3)}))"""
    )
    return [violation for violation in result if violation["impact"] in ("serious", "critical")]


def test_the_widget_and_its_form_pass_axe(page: Page, host, clinic):
    widget_ready(page, host(WIDGET))
    assert axe_violations(page) == []

    page.get_by_role("button", name="Request an appointment").click()
    page.get_by_role("button", name="Send request").click()  # every error shown
    expect(page.get_by_label("Your name *")).to_have_attribute("aria-invalid", "true")
    assert axe_violations(page) == []


def test_without_a_clinic_the_form_asks_which_one(page: Page, host, clinic, location_index):
    LocationPageFactory(parent=location_index, slug="savannah", title="Savannah")
    footer, _created = CallToActionPlacement.objects.get_or_create(
        slug="article-footer", defaults={"name": "Below every article"}
    )
    footer.cta = clinic.cta
    footer.save()
    page.goto(host('placement="article-footer"'))

    page.get_by_role("button", name="Request an appointment").click()
    page.get_by_label("Clinic").select_option(label="Savannah")
    page.get_by_label("Your name *").fill("Jordan Quillfeather")
    page.get_by_label("Phone *").fill("(912) 555-0142")
    page.get_by_label("I agree to be contacted").check()
    page.get_by_role("button", name="Send request").click()

    expect(page.get_by_role("status")).to_contain_text("We received your request")
    assert AppointmentRequest.objects.get().location.slug == "savannah"
