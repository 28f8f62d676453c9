from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class PortalConfig(AppConfig):
    """Project-wide wiring: the commands that set up a site (translations,
    demonstration data) and the shared templates' helpers."""

    name = "portal"
    verbose_name = _("Portal")
