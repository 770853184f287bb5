"""`/widgets/cta.js` and `/widgets/demo/`: served so that any page can embed the widget."""

import gzip

from cms.models import PracticeSettings

SCRIPT = "/widgets/cta.js"
MAX_GZIPPED_BYTES = 15 * 1024


def test_the_script_is_small_cached_and_loadable_from_any_origin(client, home_page):
    response = client.get(SCRIPT, HTTP_ORIGIN="https://www.example.org")

    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/javascript")
    assert "public" in response["Cache-Control"] and "max-age=300" in response["Cache-Control"]
    assert response["Access-Control-Allow-Origin"] == "*"
    size = len(gzip.compress(response.content, compresslevel=6))
    assert size < MAX_GZIPPED_BYTES, f"{size} bytes gzipped"
    assert client.get(SCRIPT, HTTP_IF_NONE_MATCH=response["ETag"]).status_code == 304


def test_the_script_is_served_gzipped_when_the_browser_accepts_it(client, home_page):
    response = client.get(SCRIPT, HTTP_ACCEPT_ENCODING="gzip")

    assert response["Content-Encoding"] == "gzip"
    assert len(response.content) < MAX_GZIPPED_BYTES
    assert b"customElements.define" in gzip.decompress(response.content)


def test_the_practices_phone_number_is_baked_in_as_the_fallback(client, home_page):
    PracticeSettings.objects.create(site=home_page.get_site(), phone="(404) 555-0100")

    source = client.get(SCRIPT).content.decode()

    assert 'const DEFAULTS = {"phone": "(404) 555-0100"};' in source


def test_the_demo_page_shows_the_widget_and_the_snippet(client, home_page):
    response = client.get("/widgets/demo/")

    assert response.status_code == 200
    html = response.content.decode()
    assert '<appointment-cta placement="article-footer"' in html
    assert '&lt;script src="http://testserver/widgets/cta.js" defer&gt;' in html  # to copy
