"""The members' screens in the Wagtail admin."""

from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel, ObjectList
from wagtail.admin.ui.tables import BooleanColumn, Column
from wagtail.admin.viewsets.model import ModelViewSet, ModelViewSetGroup

from .admin_forms import MemberAdminForm
from .models import Member, TeamRole


class MemberViewSet(ModelViewSet):
    """Members: find, create, edit, stop from ordering, deactivate, export."""

    model = Member
    icon = "user"
    menu_label = _("Members")
    add_to_admin_menu = False
    copy_view_enabled = False
    inspect_view_enabled = True
    search_backend_name = None  # plain database search, nothing to index
    search_fields = [
        "basket_name",
        "first_name",
        "last_name",
        "email",
        "secondary_email",
        "phone",
        "phone_2",
    ]
    list_display = [
        "basket_name",
        Column("get_full_name", label=_("Name")),
        "email",
        "phone",
        BooleanColumn("may_order", label=_("May order")),
        BooleanColumn("is_active", label=_("Active")),
    ]
    list_filter = [
        "may_order",
        "is_active",
        "in_directory",
        "groups__team_role",
        "language",
    ]
    list_export = [
        "basket_name",
        "first_name",
        "last_name",
        "email",
        "secondary_email",
        "phone",
        "phone_2",
        "address",
        "language",
        "may_order",
        "is_active",
        "date_joined",
    ]
    export_filename = "membres"
    ordering = ["basket_name"]
    edit_handler = ObjectList(
        [
            MultiFieldPanel(
                [
                    FieldPanel("basket_name"),
                    FieldRowPanel([FieldPanel("first_name"), FieldPanel("last_name")]),
                    FieldPanel("email"),
                    FieldPanel("secondary_email"),
                    FieldRowPanel([FieldPanel("phone"), FieldPanel("phone_2")]),
                    FieldPanel("address"),
                    FieldPanel("language"),
                ],
                heading=_("Member"),
            ),
            MultiFieldPanel(
                [FieldPanel("may_order"), FieldPanel("is_active")],
                heading=_("Access"),
            ),
            MultiFieldPanel(
                [FieldPanel("roles"), FieldPanel("send_invitation")],
                heading=_("Team and invitation"),
            ),
        ],
        base_form_class=MemberAdminForm,
    )


class TeamRoleViewSet(ModelViewSet):
    """The team's roles: which of them members can write to."""

    model = TeamRole
    icon = "group"
    menu_label = _("Team roles")
    add_view_enabled = False
    copy_view_enabled = False
    list_display = [
        "__str__",
        BooleanColumn("can_be_contacted", label=_("Can be contacted")),
    ]
    form_fields = ["can_be_contacted"]


class GroupViewSetGroup(ModelViewSetGroup):
    menu_label = _("Group")
    menu_icon = "group"
    menu_order = 200
    items = (
        MemberViewSet("members", url_namespace="member_admin"),
        TeamRoleViewSet("team_roles", url_namespace="team_role_admin"),
    )


@hooks.register("register_admin_viewset")
def register_viewsets():
    return GroupViewSetGroup()


@hooks.register("construct_settings_menu")
def hide_technical_accounts_screens(request, menu_items):
    """Members are managed under Group > Members; Wagtail's own Users and
    Groups screens (technical accounts and raw permissions) stay for
    superusers."""
    if not request.user.is_superuser:
        menu_items[:] = [
            item for item in menu_items if item.name not in ("users", "groups")
        ]
