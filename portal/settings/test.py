"""Settings for the test suite: fast, isolated, nothing leaves the machine."""

import os

from .base import *  # noqa: F403
from .base import DATABASES

DEBUG = False
SECRET_KEY = "test-only-not-secret-5r8w1c3n6t0y2p4h"  # noqa: S105
ALLOWED_HOSTS = ["*"]

# SQLite in memory unless DATABASE_URL names another server (CI runs the suite
# a second time on PostgreSQL).
if not os.environ.get("DATABASE_URL"):
    DATABASES["default"] = {"ENGINE": "django.db.backends.sqlite3", "NAME": ":memory:"}

PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.InMemoryStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
WAGTAILADMIN_BASE_URL = "http://testserver"
