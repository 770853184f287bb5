"""Playwright fixtures for the browser tests: Debian's Chromium, one browser per session.

Playwright's own browser download (``playwright install``) is not used: the tests drive the
Chromium of the operating system (``apt-get install chromium``), found on PATH or given by
the ``CHROMIUM_PATH`` environment variable. Without it the browser tests are skipped on a
developer's machine, but fail on CI (``CI=true``) so that a broken CI image cannot turn the
whole suite silently green.
"""

import os
import re
import shutil
import time
from pathlib import Path

import pytest

CHROMIUM_MISSING = (
    "Chromium not found: install it (Debian: apt-get install chromium) to run the browser tests"
)
# Headless, and nothing that needs a GPU, a sandbox (root in containers) or the network.
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking"]
DEFAULT_TIMEOUT_MS = 15_000
VIEWPORT = {"width": 1280, "height": 900}
# Any address but the live server's (which is always on this machine). A pattern, not a
# function: Playwright then intercepts only these requests, not every static file.
EXTERNAL = re.compile(r"^(https?|wss?)://(?!(localhost|127\.0\.0\.1|\[::1\])[:/])")

BROWSER_TESTS = Path(__file__).parent


def pytest_collection_modifyitems(config, items):
    """Mark every test of this folder ``browser``, so ``-m "not browser"`` leaves them out.

    A conftest hook sees the items of the whole session, so only ours are marked.
    """
    for item in items:
        if BROWSER_TESTS in Path(item.fspath).parents:
            item.add_marker(pytest.mark.browser)


def chromium_path() -> str | None:
    """The Chromium executable: ``CHROMIUM_PATH`` when set, else the first one on PATH."""
    override = os.environ.get("CHROMIUM_PATH")
    if override:
        return override if os.access(override, os.X_OK) else None
    for name in ("chromium", "chromium-browser", "google-chrome"):
        found = shutil.which(name)
        if found:
            return found
    return None


def no_browser(reason: str):
    """Skip, or fail on CI, where a missing browser is a broken image and not a choice."""
    if os.environ.get("CI", "").strip().lower() == "true":
        pytest.fail(reason, pytrace=False)
    pytest.skip(reason)


@pytest.fixture(scope="session")
def browser():
    """One headless Chromium for the whole session: starting it costs about a second.

    Playwright's sync API leaves an asyncio event loop running in the main thread, which
    Django takes for async code. Two consequences, both handled here:

    - Django refuses ORM calls (SynchronousOnlyOperation) although the tests' own queries
      are ordinary synchronous code: DJANGO_ALLOW_ASYNC_UNSAFE lifts that check, only
      while Playwright runs.
    - Django's database connections (thread-critical asgiref ``Local``) switch from
      thread-local to context-local storage, so the tests would get new connection
      objects, without the test database's serialized contents that
      ``serialized_rollback`` restores after each flush: the second browser test of a
      full run then found no Site. The connections of the thread are put back.
    """
    executable = chromium_path()
    if executable is None:
        no_browser(CHROMIUM_MISSING)
    from playwright.sync_api import Error as PlaywrightError
    from playwright.sync_api import sync_playwright

    previous = os.environ.get("DJANGO_ALLOW_ASYNC_UNSAFE")
    os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = "true"
    from django.db import connections

    thread_connections = {alias: connections[alias] for alias in connections}
    playwright = sync_playwright().start()
    for alias, connection in thread_connections.items():
        connections[alias] = connection
    try:
        try:
            chromium = playwright.chromium.launch(
                executable_path=executable, headless=True, args=CHROMIUM_ARGS
            )
        except PlaywrightError as error:
            first_line = (error.message or "").strip().splitlines()[:1]
            no_browser(f"{CHROMIUM_MISSING} ({executable} did not start: {''.join(first_line)})")
        yield chromium
        chromium.close()
    finally:
        playwright.stop()
        if previous is None:
            os.environ.pop("DJANGO_ALLOW_ASYNC_UNSAFE", None)
        else:
            os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = previous


@pytest.hookimpl(wrapper=True, tryfirst=True)
def pytest_runtest_makereport(item, call):
    """Keep each phase's report on the test item, so ``page`` can tell that a test failed."""
    report = yield
    setattr(item, f"report_{report.when}", report)
    return report


@pytest.fixture
def page(browser, request, tmp_path):
    """A fresh page in its own context (no cookies shared between tests).

    Requests that leave the machine (Gravatar avatars in the admin) are aborted: the tests
    must not depend on the network, and a hanging request would slow every page load.
    When the test fails, a screenshot, the page's HTML and a log of the browser's requests,
    console errors and dialogs are saved for the post-mortem (in the test's tmp_path, or
    in $BROWSER_ARTIFACTS when set, e.g. to upload them from CI).
    """
    context = browser.new_context(viewport=VIEWPORT)
    context.set_default_timeout(DEFAULT_TIMEOUT_MS)
    context.route(EXTERNAL, lambda route: route.abort())
    page = context.new_page()
    events = record_events(page)
    yield page
    report = getattr(request.node, "report_call", None)
    if report is not None and report.failed:
        save_post_mortem(page, events, request.node.name, tmp_path)
    context.close()


def record_events(page) -> list[str]:
    """What the browser did, in order: requests to the server (not static files), their
    answers, JavaScript errors and alerts (which Playwright would silently dismiss)."""
    events: list[str] = []
    start = time.monotonic()

    def log(text: str) -> None:
        events.append(f"{time.monotonic() - start:7.2f}s {text}")

    def on_response(response) -> None:
        if "/static/" not in response.url:
            log(f"{response.status} {response.request.method} {response.url}")

    def on_console(message) -> None:
        if message.type == "error":
            log(f"console: {message.text}")

    def on_dialog(dialog) -> None:
        log(f"{dialog.type}: {dialog.message}")
        dialog.dismiss()

    page.on("response", on_response)
    page.on("requestfailed", lambda req: log(f"FAILED {req.method} {req.url} {req.failure}"))
    page.on("console", on_console)
    page.on("pageerror", lambda error: log(f"page error: {error}"))
    page.on("dialog", on_dialog)
    return events


def save_post_mortem(page, events: list[str], name: str, tmp_path: Path) -> None:
    """Save the screenshot, the HTML and the event log of a failed test."""
    folder = Path(os.environ.get("BROWSER_ARTIFACTS") or tmp_path)
    folder.mkdir(parents=True, exist_ok=True)
    (folder / f"{name}.log").write_text("\n".join(events) + "\n")
    try:
        page.screenshot(path=folder / f"{name}.png")
        (folder / f"{name}.html").write_text(page.content())
    except Exception as error:  # noqa: BLE001 - a post-mortem must not mask the failure
        print(f"Could not save the browser state: {error}")
    print(f"Browser state at the failure: {folder / name}.png, .html and .log")
    print("Last browser events:", *events[-15:], sep="\n  ")
