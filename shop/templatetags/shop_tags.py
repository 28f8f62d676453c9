"""Template helpers for the *Permanence* menu."""

from django import template
from django.utils.translation import gettext as _

from members.models import GroupSettings

from ..models import Permanence, Status
from ..views import order_url, permanence_title

register = template.Library()


@register.simple_tag(takes_context=True)
def permanence_menu(context):
    """The permanences a member can see: open ones first, then closed ones
    (read-only until invoiced). A list of (title, url, is_open)."""
    request = context["request"]
    group = GroupSettings.for_request(request)
    entries = []
    for status, state in (
        (Status.OPEN, _("orders open")),
        (Status.CLOSED, _("orders closed")),
    ):
        for permanence in Permanence.objects.filter(status=status).order_by("date"):
            entries.append(
                (
                    f"{permanence_title(permanence, group)} - {state}",
                    order_url(permanence),
                    status == Status.OPEN,
                )
            )
    return entries
