"""Playwright fixtures: Debian's Chromium, headless, against the live server.

No browser is ever downloaded: the tests use the Chromium found at
PORTAL_CHROMIUM (default /usr/bin/chromium) and are skipped without it.
"""

import io
import os
import shutil
from pathlib import Path

import pytest
from django.core.management import call_command

CHROMIUM_SKIP_REASON = "Chromium not found"
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--no-first-run",
]
PHONE = {"width": 390, "height": 844}
DESKTOP = {"width": 1280, "height": 900}
# Screenshots of each journey land here, to be looked at by a person.
ARTIFACTS = Path(__file__).resolve().parent.parent.parent / "test-artifacts"


def chromium_path():
    return (
        os.environ.get("PORTAL_CHROMIUM")
        or shutil.which("chromium")
        or ("/usr/bin/chromium")
    )


@pytest.fixture(scope="session")
def browser():
    path = chromium_path()
    if not Path(path).exists():
        pytest.skip(f"{CHROMIUM_SKIP_REASON} at {path}")
    # Playwright's sync API runs an event loop in this thread; the Django ORM
    # calls the tests make around it are still synchronous.
    os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = "true"
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=path, headless=True, args=CHROMIUM_ARGS
        )
        yield browser
        browser.close()


def _page(browser, viewport):
    context = browser.new_context(viewport=viewport, locale="fr-BE")
    page = context.new_page()
    page.set_default_timeout(10_000)
    return context, page


@pytest.fixture
def phone_page(browser):
    context, page = _page(browser, PHONE)
    yield page
    context.close()


@pytest.fixture
def desktop_page(browser):
    context, page = _page(browser, DESKTOP)
    yield page
    context.close()


@pytest.fixture
def screenshot():
    """Save a full-page screenshot under test-artifacts/ for a person to see."""
    ARTIFACTS.mkdir(exist_ok=True)

    def take(page, name):
        page.screenshot(path=str(ARTIFACTS / f"{name}.png"), full_page=True)

    return take


@pytest.fixture
def demo(live_server):
    """The demonstration group, visible to the live server's thread."""
    call_command("load_demo", stdout=io.StringIO())
