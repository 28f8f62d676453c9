"""Mails to members: rendered from templates in the member's language, sent
to the primary and the secondary address, after the transaction commits,
through the task queue (so a failing mail provider never undoes what a
person did)."""

import logging

from django.conf import settings
from django.core.mail import EmailMultiAlternatives
from django.db import transaction
from django.template import TemplateDoesNotExist
from django.template.loader import render_to_string
from django.utils import translation

logger = logging.getLogger(__name__)


def render_message(template_prefix, context, *, to, language, reply_to=None):
    """An email from `<prefix>_subject.txt`, `_message.txt` and, where it
    exists, `_message.html`, rendered in `language`."""
    with translation.override(language):
        subject = render_to_string(f"{template_prefix}_subject.txt", context)
        body = render_to_string(f"{template_prefix}_message.txt", context)
        try:
            html = render_to_string(f"{template_prefix}_message.html", context)
        except TemplateDoesNotExist:  # the HTML part is optional
            html = None
    message = EmailMultiAlternatives(
        subject=" ".join(subject.split()),
        body=body,
        from_email=settings.DEFAULT_FROM_EMAIL,
        to=list(to),
        reply_to=list(reply_to or []),
    )
    if html:
        message.attach_alternative(html, "text/html")
    return message


def queue(message):
    """Send `message` through the task queue once the transaction commits."""
    from .tasks import send_message

    data = {
        "subject": message.subject,
        "body": message.body,
        "from_email": message.from_email,
        "to": list(message.to),
        "cc": list(message.cc),
        "bcc": list(message.bcc),
        "reply_to": list(message.reply_to),
        "alternatives": [
            [content, mimetype]
            for content, mimetype in getattr(message, "alternatives", [])
        ],
    }
    transaction.on_commit(lambda: send_message.enqueue(data))


def send_to_member(member, template_prefix, context):
    """Queue a mail to `member` (both addresses) in the member's language."""
    message = render_message(
        template_prefix,
        {**context, "member": member},
        to=member.mail_recipients,
        language=member.language,
    )
    queue(message)
