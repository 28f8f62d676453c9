"""Demonstration accounts and group settings, for `manage.py load_demo`.

Running it again keeps what is there: an existing account keeps its
password and data.
"""

import logging

from django.contrib.auth.models import Group, Permission
from wagtail.models import Site

from .models import GroupSettings, User

logger = logging.getLogger(__name__)

DEMO_PASSWORD = "portail-demo"  # noqa: S105 (documented demonstration login)
MEMBER_EMAIL = "membre@example.org"
MANAGER_EMAIL = "gestion@example.org"

# TODO(#3): replace with the management roles (coordinator, order manager,
# invoice manager, webmaster) and their permissions.
MANAGEMENT_GROUP = "Équipe de gestion"
MANAGEMENT_PERMISSIONS = [
    ("wagtailadmin", "access_admin"),
    ("members", "change_groupsettings"),
]


def load():
    """Create the group's settings and the two demonstration logins."""
    site = Site.objects.get(is_default_site=True)
    settings = GroupSettings.for_site(site)
    if not settings.name:
        settings.name = "GASAP des Tilleuls"
        settings.contact_email = "contact@example.org"
        settings.phone = "+32 2 555 01 23"
        settings.address = "Salle des Tilleuls\nRue des Tilleuls 12\n1060 Saint-Gilles"
        settings.save()

    _account(MEMBER_EMAIL, first_name="Camille", last_name="Lambert")
    manager = _account(MANAGER_EMAIL, first_name="Dominique", last_name="Martin")
    manager.groups.add(_management_group())
    # Wagtail's own editors' group gives the page, image and document rights.
    manager.groups.add(*Group.objects.filter(name="Moderators"))


def _account(email, **fields):
    user, created = User.objects.get_or_create(email=email, defaults=fields)
    if created:
        user.set_password(DEMO_PASSWORD)
        user.save(update_fields=["password"])
        logger.info("Demonstration account %s created", user.pk)
    return user


def _management_group():
    group, _ = Group.objects.get_or_create(name=MANAGEMENT_GROUP)
    for app_label, codename in MANAGEMENT_PERMISSIONS:
        group.permissions.add(
            Permission.objects.get(content_type__app_label=app_label, codename=codename)
        )
    return group
