"""What the portal does for and between members: invitations and relayed
messages. Views, the admin and commands all call these functions."""

import logging

from allauth.account import app_settings as allauth_settings
from allauth.account.utils import user_pk_to_url_str
from django.conf import settings
from django.core.cache import cache
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext_lazy as _

from . import mail
from .models import Member, TeamRole

logger = logging.getLogger(__name__)

# At most this many contact messages per member in the window below.
CONTACT_LIMIT = 5
CONTACT_WINDOW_SECONDS = 15 * 60
TEAM = "team"


class ContactError(Exception):
    """A message that cannot be relayed; the text says why, for the sender."""


def set_password_url(member):
    """The one-time link a member follows to choose a password: the same as
    a password reset, valid for PASSWORD_RESET_TIMEOUT, in their language."""
    token = allauth_settings.PASSWORD_RESET_TOKEN_GENERATOR().make_token(member)
    with translation.override(member.language):
        path = reverse(
            "account_reset_password_from_key",
            kwargs={"uidb36": user_pk_to_url_str(member), "key": token},
        )
    return settings.WAGTAILADMIN_BASE_URL.rstrip("/") + path


def invite_member(member, group_settings):
    """Mail a new member the link to set their password and log in."""
    mail.send_to_member(
        member,
        "members/email/invitation",
        {
            "group_name": group_settings.name,
            "set_password_url": set_password_url(member),
            "login_url": settings.WAGTAILADMIN_BASE_URL.rstrip("/")
            + reverse("account_login"),
            "hours": settings.PASSWORD_RESET_TIMEOUT // 3600,
        },
    )
    logger.info("Invitation queued for member %s", member.pk)


def contact_choices(sender, group_settings):
    """What a member may write to: the team, each role that can be contacted
    and, where the group allows it, each other active member."""
    choices = [(TEAM, _("The management team"))]
    roles = [
        (f"role:{role.kind}", role.get_kind_display())
        for role in TeamRole.objects.filter(can_be_contacted=True)
        if role.holders.exists()
    ]
    if roles:
        choices.append((_("A role of the team"), roles))
    if group_settings.member_contact:
        members = (
            Member.objects.filter(is_active=True)
            .exclude(pk=sender.pk)
            .order_by("basket_name")
            .values_list("pk", "basket_name")
        )
        choices.append(
            (_("A member"), [(f"member:{pk}", name) for pk, name in members])
        )
    return choices


def _recipients(recipient, sender, group_settings):
    """The members behind a choice of `contact_choices`, and its label."""
    if recipient == TEAM:
        members = Member.objects.filter(
            is_active=True,
            groups__team_role__can_be_contacted=True,
        ).distinct()
        return list(members), str(_("The management team"))
    kind, _sep, key = recipient.partition(":")
    if kind == "role":
        role = TeamRole.objects.filter(kind=key, can_be_contacted=True).first()
        if role is not None:
            return list(role.holders), role.get_kind_display()
    if kind == "member" and group_settings.member_contact and key.isdigit():
        member = Member.objects.filter(pk=int(key), is_active=True).first()
        if member is not None and member != sender:
            return [member], member.basket_name
    raise ContactError(_("This recipient cannot be written to."))


def _consume_contact_allowance(sender):
    key = f"members:contact:{sender.pk}"
    cache.add(key, 0, CONTACT_WINDOW_SECONDS)
    try:
        sent = cache.incr(key)
    except ValueError:  # the entry expired between add and incr
        cache.set(key, 1, CONTACT_WINDOW_SECONDS)
        sent = 1
    if sent > CONTACT_LIMIT:
        raise ContactError(
            _("You have sent many messages in a short time. Please try again later.")
        )


def relay_message(sender, recipient, subject, body, group_settings):
    """Relay a member's message without showing anyone's address.

    Each recipient gets the message at their own addresses, with the
    sender's primary address as Reply-To; the sender gets a copy. Returns
    the recipients' label, for the confirmation shown to the sender.
    """
    members, label = _recipients(recipient, sender, group_settings)
    if not members:
        raise ContactError(_("Nobody holds this role at the moment."))
    _consume_contact_allowance(sender)

    context = {
        "sender": sender,
        "subject": subject,
        "body": body,
        "recipient_label": label,
        "group_name": group_settings.name,
    }
    for member in members:
        message = mail.render_message(
            "members/email/contact",
            {**context, "member": member},
            to=member.mail_recipients,
            language=member.language,
            reply_to=[sender.email],
        )
        mail.queue(message)
    mail.send_to_member(sender, "members/email/contact_copy", context)
    logger.info(
        "Contact message from %s relayed to %s member(s)", sender.pk, len(members)
    )
    return label
