"""What each management role may do in the Wagtail admin.

A role is a permission group kept in step with the lists below by
`sync_roles()`, which runs after every `migrate`. Other apps add the
permissions of their own models with `grant()` from their AppConfig.ready(),
so this module needs to know nothing of them.
"""

import logging

from django.contrib.auth.models import Group, Permission
from django.db import transaction
from wagtail.models import (
    Collection,
    GroupCollectionPermission,
    GroupPagePermission,
    Page,
)

from .models import TeamRole

logger = logging.getLogger(__name__)

Kind = TeamRole.Kind

# The group's name in the admin, per role (groups are data, named in French
# like the rest of the group's data).
GROUP_NAMES = {
    Kind.COORDINATOR: "Coordination",
    Kind.ORDER_MANAGER: "Responsable commandes",
    Kind.INVOICE_MANAGER: "Responsable facturation",
    Kind.WEBMASTER: "Webmaster",
}

ADMIN_ACCESS = "wagtailadmin.access_admin"
MEMBERS_READ = ["members.view_member"]
MEMBERS_WRITE = ["members.add_member", "members.change_member", "members.view_member"]

_PERMISSIONS = {
    # The coordinator runs the group: its members, its team and its settings.
    Kind.COORDINATOR: [
        ADMIN_ACCESS,
        *MEMBERS_WRITE,
        "members.change_teamrole",
        "members.view_teamrole",
        "members.change_groupsettings",
    ],
    # The order manager looks members up (to force a quantity for one).
    Kind.ORDER_MANAGER: [ADMIN_ACCESS, *MEMBERS_READ],
    # The invoice manager keeps members' contact details right for invoices.
    Kind.INVOICE_MANAGER: [ADMIN_ACCESS, *MEMBERS_WRITE],
    # The webmaster keeps the public pages, images, documents and redirects.
    Kind.WEBMASTER: [
        ADMIN_ACCESS,
        "wagtailredirects.add_redirect",
        "wagtailredirects.change_redirect",
        "wagtailredirects.delete_redirect",
    ],
}
# Page and collection rights (Wagtail keeps them per tree, not per model).
PAGE_PERMISSIONS = {
    Kind.WEBMASTER: [
        "add_page",
        "change_page",
        "publish_page",
        "lock_page",
        "unlock_page",
        "delete_page",
        "bulk_delete_page",
    ],
}
COLLECTION_PERMISSIONS = {
    Kind.WEBMASTER: [
        "wagtailimages.add_image",
        "wagtailimages.change_image",
        "wagtailimages.choose_image",
        "wagtailimages.delete_image",
        "wagtaildocs.add_document",
        "wagtaildocs.change_document",
        "wagtaildocs.choose_document",
        "wagtaildocs.delete_document",
    ],
}


def grant(kind, *permissions):
    """Give role `kind` more model permissions ("app_label.codename")."""
    _PERMISSIONS[kind].extend(p for p in permissions if p not in _PERMISSIONS[kind])


def permissions_of(kind):
    return list(_PERMISSIONS[kind])


def _permission(name):
    app_label, codename = name.split(".")
    return Permission.objects.filter(
        content_type__app_label=app_label, codename=codename
    ).first()


@transaction.atomic
def sync_roles():
    """Create each role and its group, and set the group's permissions to
    exactly the lists above. Safe to run again."""
    root_page = Page.get_first_root_node()
    root_collection = Collection.get_first_root_node()
    for kind in Kind:
        group, _created = Group.objects.get_or_create(name=GROUP_NAMES[kind])
        TeamRole.objects.get_or_create(kind=kind, defaults={"group": group})

        wanted = [_permission(name) for name in _PERMISSIONS[kind]]
        group.permissions.set([p for p in wanted if p is not None])
        missing = [n for n, p in zip(_PERMISSIONS[kind], wanted, strict=True) if not p]
        if missing:
            logger.warning("Role %s: unknown permissions %s", kind, missing)

        GroupPagePermission.objects.filter(group=group).delete()
        if root_page is not None:
            for codename in PAGE_PERMISSIONS.get(kind, []):
                # Wagtail's data migrations make some of these; a database
                # emptied by `flush` lacks them until migrated anew.
                permission = _permission(f"wagtailcore.{codename}")
                if permission is not None:
                    GroupPagePermission.objects.create(
                        group=group, page=root_page, permission=permission
                    )
        GroupCollectionPermission.objects.filter(group=group).delete()
        if root_collection is not None:
            for name in COLLECTION_PERMISSIONS.get(kind, []):
                permission = _permission(name)
                if permission is not None:
                    GroupCollectionPermission.objects.create(
                        group=group, collection=root_collection, permission=permission
                    )
