"""Test-suite wiring shared by every app.

Browser tests need Chromium; where it is missing they are skipped, and the
very last lines of the run say so and how to enable them. CI sets
PORTAL_FAIL_ON_SKIP=1 so that a skipped test fails the run.
"""

import os

import pytest

CHROMIUM_HELP = (
    "Browser tests were skipped: Chromium was not found at {path}.\n"
    "To run them, install it (Debian/Ubuntu: `apt-get install chromium`) or "
    "point PORTAL_CHROMIUM at a Chromium binary, then run `make test` again."
)


POSTGRESQL_NOTE = (
    "{count} PostgreSQL-only test(s) (concurrency) were left out: the suite "
    "runs on SQLite. Run them with DATABASE_URL=postgres://… make test."
)


def pytest_collection_modifyitems(config, items):
    """Tests marked `postgresql` need PostgreSQL's row locks: on SQLite they
    are left out (deselected, and said so at the end), never skipped."""
    from django.conf import settings

    engine = settings.DATABASES["default"]["ENGINE"]
    if "postgresql" in engine:
        return
    left_out = [item for item in items if item.get_closest_marker("postgresql")]
    if left_out:
        config.hook.pytest_deselected(items=left_out)
        items[:] = [item for item in items if item not in left_out]
        config._portal_postgresql_left_out = len(left_out)


def _skipped(config):
    reporter = config.pluginmanager.get_plugin("terminalreporter")
    return (reporter, reporter.stats.get("skipped", []) if reporter else [])


def pytest_sessionfinish(session, exitstatus):
    reporter, skipped = _skipped(session.config)
    if skipped and os.environ.get("PORTAL_FAIL_ON_SKIP") == "1":
        session.config._portal_failed_on_skip = len(skipped)
        session.exitstatus = 1


def pytest_unconfigure(config):
    """Runs after pytest's own summary, so these are the run's last lines."""
    reporter, skipped = _skipped(config)
    left_out = getattr(config, "_portal_postgresql_left_out", 0)
    if left_out and reporter:
        reporter.write_line(POSTGRESQL_NOTE.format(count=left_out))
    if not skipped:
        return
    from tests.browser.conftest import CHROMIUM_SKIP_REASON, chromium_path

    if any(CHROMIUM_SKIP_REASON in str(report.longrepr) for report in skipped):
        reporter.write_line("")
        reporter.write_line(CHROMIUM_HELP.format(path=chromium_path()), yellow=True)
    failed_on_skip = getattr(config, "_portal_failed_on_skip", 0)
    if failed_on_skip:
        reporter.write_line(
            f"PORTAL_FAIL_ON_SKIP=1: {failed_on_skip} test(s) skipped, "
            "so the run fails.",
            red=True,
        )


@pytest.fixture(autouse=True)
def _clear_cache():
    """Each test starts with an empty cache: Wagtail keeps the site's root
    paths there, which a test's rolled-back pages would otherwise leave."""
    yield
    from django.core.cache import cache

    cache.clear()


@pytest.fixture
def demo(db):
    """The demonstration group, as `make run` loads it."""
    import io

    from django.core.management import call_command

    call_command("load_demo", stdout=io.StringIO())


@pytest.fixture
def member(demo):
    """The demonstration member (basket Lambert)."""
    from members.models import Member

    return Member.objects.get(email="membre@example.org")


@pytest.fixture
def manager(demo):
    """The demonstration manager, who holds every role."""
    from members.models import Member

    return Member.objects.get(email="gestion@example.org")


@pytest.fixture
def make_member(db):
    """A member with the given role(s) and fields; password `secret-pw-42`."""
    from members.models import Member, TeamRole
    from members.roles import sync_roles

    sync_roles()
    counter = iter(range(1000))

    def make(*kinds, **fields):
        number = next(counter)
        fields.setdefault("email", f"m{number}@example.org")
        fields.setdefault("basket_name", f"Panier {number}")
        person = Member.objects.create_user(password="secret-pw-42", **fields)
        for kind in kinds:
            person.groups.add(TeamRole.objects.get(kind=kind).group)
        return person

    return make
