"""The management team: roles held by members."""

from django.contrib.auth.models import Group
from django.db import models
from django.utils.translation import gettext_lazy as _


class TeamRole(models.Model):
    """One role of the management team (coordinator, order manager…).

    Each role is backed by a permission group: a member holding the role is
    in that group and gets exactly the admin rights the role needs (see
    `members.roles`). A role that "can be contacted" appears in the contact
    form, so members can write to whoever holds it.
    """

    class Kind(models.TextChoices):
        COORDINATOR = "coordinator", _("Coordinator")
        ORDER_MANAGER = "order_manager", _("Order manager")
        INVOICE_MANAGER = "invoice_manager", _("Invoice manager")
        WEBMASTER = "webmaster", _("Webmaster")

    kind = models.CharField(_("role"), max_length=20, choices=Kind, unique=True)
    group = models.OneToOneField(
        Group, on_delete=models.PROTECT, related_name="team_role", editable=False
    )
    can_be_contacted = models.BooleanField(
        _("can be contacted"),
        default=True,
        help_text=_("Members can write to this role through the contact form."),
    )

    class Meta:
        verbose_name = _("team role")
        verbose_name_plural = _("team roles")
        ordering = ["kind"]

    def __str__(self):
        return self.get_kind_display()

    @property
    def holders(self):
        """The active members who hold this role."""
        return self.group.user_set.filter(is_active=True)
