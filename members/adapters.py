"""How django-allauth treats the group's accounts."""

from allauth.account.adapter import DefaultAccountAdapter

from . import mail
from .models import Member


class AccountAdapter(DefaultAccountAdapter):
    """Closes the public sign-up, and sends allauth's mails (password reset)
    like every member mail: to both addresses, through the task queue."""

    def is_open_for_signup(self, request):
        return False

    def send_mail(self, template_prefix, email, context):
        message = self.render_mail(template_prefix, email, context)
        member = Member.objects.filter(email__iexact=email, is_active=True).first()
        if member is not None:
            message.to = member.mail_recipients
        mail.queue(message)
