"""Accounts and the group's own settings."""

from django.contrib.auth.models import AbstractUser, UserManager
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting


class AccountManager(UserManager):
    """Creates accounts keyed by email address: the group has no usernames."""

    use_in_migrations = True

    def _create_user(self, email, password, **extra_fields):
        if not email:
            raise ValueError("An account needs an email address.")
        user = self.model(email=self.normalize_email(email), **extra_fields)
        user.set_password(password)
        user.save(using=self._db)
        return user

    def create_user(self, email, password=None, **extra_fields):
        extra_fields.setdefault("is_staff", False)
        extra_fields.setdefault("is_superuser", False)
        return self._create_user(email, password, **extra_fields)

    def create_superuser(self, email, password=None, **extra_fields):
        extra_fields.setdefault("is_staff", True)
        extra_fields.setdefault("is_superuser", True)
        return self._create_user(email, password, **extra_fields)


class User(AbstractUser):
    """One login: a member household, a manager, or an editor.

    The primary email is the login; there is no username. Managers create the
    accounts, so there is no public sign-up.
    """

    username = None
    email = models.EmailField(_("primary email"), unique=True)

    USERNAME_FIELD = "email"
    REQUIRED_FIELDS = []

    objects = AccountManager()

    class Meta:
        verbose_name = _("account")
        verbose_name_plural = _("accounts")
        ordering = ["email"]

    def __str__(self):
        return self.display_name

    @property
    def display_name(self):
        """The name shown at the top right of every page once logged in."""
        # TODO(#3): the basket name, once members have one.
        return self.get_full_name() or self.email


@register_setting(icon="group")
class GroupSettings(BaseSiteSetting):
    """The buying group's identity and contact details, kept by its managers
    in the Wagtail admin (Settings > Group) and shown in every page's footer.
    """

    name = models.CharField(_("group name"), max_length=120, default="")
    contact_email = models.EmailField(_("contact email"), blank=True)
    phone = models.CharField(_("phone"), max_length=40, blank=True)
    address = models.TextField(_("address"), blank=True)

    class Meta:
        verbose_name = _("group")
        verbose_name_plural = _("group")

    def __str__(self):
        return self.name
