"""The forms managers use for members in the Wagtail admin."""

from django import forms
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms import WagtailAdminModelForm

from . import services
from .models import GroupSettings, TeamRole


class MemberAdminForm(WagtailAdminModelForm):
    """A member as managers see it: their data, flags, roles, and, for a new
    member, whether to send the invitation to set a password.

    Only those who may change the team's roles (the coordinator) may give or
    take a role: the roles decide who may do what in this admin.
    """

    roles = forms.ModelMultipleChoiceField(
        label=_("Roles in the management team"),
        queryset=TeamRole.objects.all(),
        widget=forms.CheckboxSelectMultiple,
        required=False,
    )
    send_invitation = forms.BooleanField(
        label=_("Send the invitation to set a password"),
        required=False,
        initial=True,
        help_text=_(
            "The member receives a link, valid 24 hours, to choose a password."
        ),
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if self.instance.pk:
            self.fields["roles"].initial = TeamRole.objects.filter(
                group__user=self.instance
            )
            del self.fields["send_invitation"]
        user = self.for_user
        if user is None or not user.has_perm("members.change_teamrole"):
            self.fields["roles"].disabled = True
            self.fields["roles"].help_text = _("Only the coordinator changes roles.")

    def save(self, commit=True):
        adding = self.instance._state.adding
        member = super().save(commit=False)
        if adding:
            member.set_unusable_password()
        if commit:
            member.save()
            self.save_m2m()
            self._save_roles(member)
            if adding and self.cleaned_data.get("send_invitation"):
                services.invite_member(member, GroupSettings.for_default_site())
        return member

    def _save_roles(self, member):
        if self.fields["roles"].disabled:
            return
        chosen = {role.group_id for role in self.cleaned_data["roles"]}
        all_roles = set(TeamRole.objects.values_list("group_id", flat=True))
        member.groups.remove(*(all_roles - chosen))
        member.groups.add(*chosen)
