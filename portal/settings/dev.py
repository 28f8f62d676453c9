"""Settings for `make run` on a developer's machine: debug on, mails printed."""

from .base import *  # noqa: F403

DEBUG = True
SECRET_KEY = "dev-only-not-secret-8bq0m2x7v4d9k1s6"  # noqa: S105
ALLOWED_HOSTS = ["127.0.0.1", "localhost", "[::1]"]
EMAIL_BACKEND = "django.core.mail.backends.console.EmailBackend"
