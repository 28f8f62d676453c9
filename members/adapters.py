"""How django-allauth treats the group's accounts."""

from allauth.account.adapter import DefaultAccountAdapter


class AccountAdapter(DefaultAccountAdapter):
    """Closes the public sign-up: managers create every account."""

    def is_open_for_signup(self, request):
        return False
