"""Test-suite wiring shared by every app.

Browser tests need Chromium; where it is missing they are skipped, and the
last lines of the run say so and how to enable them. CI sets
PORTAL_FAIL_ON_SKIP=1 so that a skipped test fails the run.
"""

import os

import pytest

SKIP_EXPLANATIONS = {
    "chromium": (
        "Browser tests were skipped: Chromium was not found at {path}. "
        "Install it (Debian/Ubuntu: `apt-get install chromium`) or point "
        "PORTAL_CHROMIUM at a Chromium binary, then run `make test` again."
    ),
}


def pytest_terminal_summary(terminalreporter, exitstatus, config):
    skipped = terminalreporter.stats.get("skipped", [])
    if not skipped:
        return
    from tests.browser.conftest import CHROMIUM_SKIP_REASON, chromium_path

    if any(CHROMIUM_SKIP_REASON in str(report.longrepr) for report in skipped):
        terminalreporter.write_sep("=", "skipped", yellow=True)
        terminalreporter.write_line(
            SKIP_EXPLANATIONS["chromium"].format(path=chromium_path())
        )


def pytest_sessionfinish(session, exitstatus):
    if os.environ.get("PORTAL_FAIL_ON_SKIP") != "1":
        return
    reporter = session.config.pluginmanager.get_plugin("terminalreporter")
    skipped = reporter.stats.get("skipped", []) if reporter else []
    if skipped:
        reporter.write_line(
            f"PORTAL_FAIL_ON_SKIP=1: {len(skipped)} test(s) skipped, failing the run."
        )
        session.exitstatus = 1


@pytest.fixture(autouse=True)
def _clear_cache():
    """Each test starts with an empty cache: Wagtail keeps the site's root
    paths there, which a test's rolled-back pages would otherwise leave."""
    yield
    from django.core.cache import cache

    cache.clear()
