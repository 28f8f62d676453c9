from django.apps import AppConfig, apps
from django.db.models.signals import post_migrate
from django.utils.translation import gettext_lazy as _


def _sync_roles_after_migrate(sender, using, **kwargs):
    """Keep the management roles' permission groups in step with the code."""
    from django.contrib.auth.management import create_permissions

    from .roles import sync_roles

    # Permissions of apps listed after this one are not made yet on a new
    # database: make them first, so every role gets all of its rights.
    for app_config in apps.get_app_configs():
        create_permissions(app_config, verbosity=0, using=using)
    sync_roles()


class MembersConfig(AppConfig):
    name = "members"
    verbose_name = _("Members")

    def ready(self):
        post_migrate.connect(_sync_roles_after_migrate, sender=self)
