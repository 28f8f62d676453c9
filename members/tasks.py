"""Background work of the members app."""

import logging

from django.core.mail import EmailMultiAlternatives
from django_tasks import task

logger = logging.getLogger(__name__)


@task()
def send_message(data):
    """Send one prepared mail (see `members.mail.queue`)."""
    message = EmailMultiAlternatives(
        subject=data["subject"],
        body=data["body"],
        from_email=data["from_email"],
        to=data["to"],
        cc=data["cc"],
        bcc=data["bcc"],
        reply_to=data["reply_to"],
    )
    for content, mimetype in data["alternatives"]:
        message.attach_alternative(content, mimetype)
    # Recording each mail with its outcome, and retrying, comes with the
    # permanence mails; a failure here fails the task, which the worker logs.
    message.send()
    logger.info("Mail sent to %s recipient(s)", len(data["to"]))
