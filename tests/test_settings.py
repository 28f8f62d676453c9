"""The settings modules: SQLite by default, DATABASE_URL for PostgreSQL, and
production settings that refuse to start without their secrets.

Each case imports the settings in a fresh interpreter, with exactly the
environment under test.
"""

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
PRODUCTION_ENV = {
    "SECRET_KEY": "k" * 20 + "-production-test-9f83hq2lkd0s8vn3m1x7z4c6",
    "ALLOWED_HOSTS": "gasap.example.org",
    "DATABASE_URL": "postgres://portal:secret@db.example.org:5432/portal",
    "MAIL_PROVIDER": "postmark",
    "ANYMAIL_POSTMARK_SERVER_TOKEN": "token",
    "PORTAL_BASE_URL": "https://gasap.example.org",
}


def run_python(code, module, **env):
    """Run `code` with Django set up on settings `module`; return the result."""
    clean = {
        key: value
        for key, value in os.environ.items()
        if key not in PRODUCTION_ENV
        and key not in ("DJANGO_SETTINGS_MODULE", "DJANGO_ALLOW_ASYNC_UNSAFE")
    }
    clean.update(env, DJANGO_SETTINGS_MODULE=module)
    return subprocess.run(
        [sys.executable, "-c", code],
        cwd=ROOT,
        env=clean,
        capture_output=True,
        text=True,
        timeout=120,
    )


def settings_of(module, *names, **env):
    code = (
        "import django, json; django.setup(); from django.conf import settings; "
        f"print(json.dumps({{n: getattr(settings, n) for n in {names!r}}}, "
        "default=str))"
    )
    result = run_python(code, module, **env)
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout.strip().splitlines()[-1])


def test_sqlite_is_the_embedded_default():
    database = settings_of("portal.settings.dev", "DATABASES")["DATABASES"]["default"]

    assert database["ENGINE"] == "django.db.backends.sqlite3"
    assert database["NAME"] == str(ROOT / "db.sqlite3")


def test_database_url_switches_to_postgresql():
    url = "postgres://group:pw@db.example.org:5433/tilleuls"

    database = settings_of("portal.settings.dev", "DATABASES", DATABASE_URL=url)[
        "DATABASES"
    ]["default"]

    assert database["ENGINE"] == "django.db.backends.postgresql"
    assert (database["NAME"], database["HOST"], database["PORT"]) == (
        "tilleuls",
        "db.example.org",
        5433,
    )
    assert database["USER"] == "group"


def test_dev_prints_mails_and_queues_tasks_in_the_database():
    values = settings_of("portal.settings.dev", "EMAIL_BACKEND", "TASKS", "DEBUG")

    assert values["EMAIL_BACKEND"] == "django.core.mail.backends.console.EmailBackend"
    assert values["TASKS"]["default"]["BACKEND"] == "django_tasks_db.DatabaseBackend"
    assert values["DEBUG"] is True


def test_french_is_the_default_language_with_dutch_and_english():
    values = settings_of("portal.settings.dev", "LANGUAGE_CODE", "LANGUAGES")

    assert values["LANGUAGE_CODE"] == "fr"
    assert [code for code, _name in values["LANGUAGES"]] == ["fr", "nl", "en"]


@pytest.mark.parametrize(
    "missing", sorted(set(PRODUCTION_ENV) - {"ANYMAIL_POSTMARK_SERVER_TOKEN"})
)
def test_production_refuses_to_start_without_its_environment(missing):
    env = {key: value for key, value in PRODUCTION_ENV.items() if key != missing}

    result = run_python(
        "import django; django.setup()", "portal.settings.production", **env
    )

    assert result.returncode != 0
    assert f"Set the environment variable {missing}." in result.stderr


def test_production_takes_everything_from_the_environment():
    values = settings_of(
        "portal.settings.production",
        "DEBUG",
        "SECRET_KEY",
        "ALLOWED_HOSTS",
        "EMAIL_BACKEND",
        "ANYMAIL",
        "DATABASES",
        **PRODUCTION_ENV,
    )

    assert values["DEBUG"] is False
    assert values["SECRET_KEY"] == PRODUCTION_ENV["SECRET_KEY"]
    assert values["ALLOWED_HOSTS"] == ["gasap.example.org"]
    assert values["EMAIL_BACKEND"] == "anymail.backends.postmark.EmailBackend"
    assert values["ANYMAIL"] == {"POSTMARK_SERVER_TOKEN": "token"}
    assert values["DATABASES"]["default"]["HOST"] == "db.example.org"


def test_production_can_send_mail_through_smtp():
    env = dict(PRODUCTION_ENV, MAIL_PROVIDER="smtp", EMAIL_HOST="smtp.example.org")

    values = settings_of(
        "portal.settings.production", "EMAIL_BACKEND", "EMAIL_HOST", **env
    )

    assert values["EMAIL_BACKEND"] == "django.core.mail.backends.smtp.EmailBackend"
    assert values["EMAIL_HOST"] == "smtp.example.org"


def test_production_shares_its_cache_through_redis_when_given():
    env = dict(PRODUCTION_ENV, REDIS_URL="redis://127.0.0.1:6379/3")

    values = settings_of("portal.settings.production", "CACHES", **env)

    assert values["CACHES"]["default"] == {
        "BACKEND": "django.core.cache.backends.redis.RedisCache",
        "LOCATION": "redis://127.0.0.1:6379/3",
    }


def test_production_passes_the_deployment_checks():
    code = (
        "import sys; from django.core.management import execute_from_command_line; "
        "execute_from_command_line(['manage.py', 'check', '--deploy', "
        "'--fail-level', 'WARNING'])"
    )

    result = run_python(code, "portal.settings.production", **PRODUCTION_ENV)

    assert result.returncode == 0, result.stdout + result.stderr
    assert "no issues" in result.stdout
