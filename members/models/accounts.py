"""A member's account: the household's login and what the group knows of it."""

from django.conf import settings
from django.contrib.auth.models import AbstractUser, UserManager
from django.core.exceptions import ValidationError
from django.core.validators import FileExtensionValidator
from django.db import models
from django.db.models.functions import Lower
from django.utils.translation import gettext_lazy as _

PICTURE_MAX_BYTES = 3 * 1024 * 1024


def validate_picture_size(picture):
    if picture.size > PICTURE_MAX_BYTES:
        raise ValidationError(
            _("The picture is too large: %(limit)s MB at most."),
            params={"limit": PICTURE_MAX_BYTES // (1024 * 1024)},
        )


class MemberManager(UserManager):
    """Creates accounts keyed by email address: the group has no usernames."""

    use_in_migrations = True

    def _create_user(self, email, password, **extra_fields):
        if not email:
            raise ValueError("An account needs an email address.")
        member = self.model(email=self.normalize_email(email), **extra_fields)
        member.set_password(password)
        member.save(using=self._db)
        return member

    def create_user(self, email, password=None, **extra_fields):
        extra_fields.setdefault("is_staff", False)
        extra_fields.setdefault("is_superuser", False)
        return self._create_user(email, password, **extra_fields)

    def create_superuser(self, email, password=None, **extra_fields):
        extra_fields.setdefault("is_staff", True)
        extra_fields.setdefault("is_superuser", True)
        return self._create_user(email, password, **extra_fields)

    def get_by_natural_key(self, email):
        return self.get(email__iexact=email)

    def with_secondary_email(self, email):
        """Accounts whose secondary address is `email` (case-insensitive)."""
        return self.filter(secondary_email__iexact=email.strip())


class Member(AbstractUser):
    """One household of the group, with one login.

    The primary email is the login and there is no username; the secondary
    email receives the same mails but cannot log in. Managers create the
    accounts (there is no public sign-up) and alone change the basket name and
    the two flags: `may_order` (a member stopped from ordering, e.g. for
    unpaid debts) and `is_active` (a deactivated account cannot log in; its
    history stays).
    """

    username = None
    email = models.EmailField(_("primary email"), unique=True)
    secondary_email = models.EmailField(
        _("secondary email"),
        blank=True,
        help_text=_("Receives the same mails, but cannot be used to log in."),
    )
    basket_name = models.CharField(
        _("basket name"),
        max_length=40,
        unique=True,
        help_text=_("How the group calls this household, e.g. on its basket."),
    )
    phone = models.CharField(_("phone"), max_length=30, blank=True)
    phone_2 = models.CharField(_("second phone"), max_length=30, blank=True)
    address = models.TextField(_("address"), blank=True)
    language = models.CharField(
        _("language"),
        max_length=5,
        choices=settings.LANGUAGES,
        default=settings.LANGUAGE_CODE,
        help_text=_("The language of the mails the portal sends."),
    )
    may_order = models.BooleanField(
        _("may order"),
        default=True,
        help_text=_("Untick to stop this member from ordering (e.g. unpaid debts)."),
    )

    # What the member shares in the who's who.
    in_directory = models.BooleanField(_("appear in the who's who"), default=False)
    directory_phone = models.BooleanField(_("show my phone"), default=False)
    directory_email = models.BooleanField(_("show my email"), default=False)
    about = models.TextField(_("a few words about me"), max_length=500, blank=True)
    picture = models.ImageField(
        _("picture"),
        upload_to="members/",
        blank=True,
        validators=[
            FileExtensionValidator(["jpg", "jpeg", "png", "webp"]),
            validate_picture_size,
        ],
    )

    USERNAME_FIELD = "email"
    REQUIRED_FIELDS = ["basket_name"]

    objects = MemberManager()

    class Meta:
        verbose_name = _("member")
        verbose_name_plural = _("members")
        ordering = ["basket_name"]
        constraints = [
            models.UniqueConstraint(Lower("email"), name="member_email_unique_ci"),
            models.UniqueConstraint(
                Lower("basket_name"), name="member_basket_name_unique_ci"
            ),
        ]

    def __str__(self):
        return self.display_name

    @property
    def display_name(self):
        """The name shown at the top right of every page once logged in."""
        return self.basket_name or self.get_full_name() or self.email

    @property
    def mail_recipients(self):
        """Where the portal's mails to this member go: the primary address
        and, where given, the secondary one."""
        recipients = [self.email]
        if self.secondary_email and self.secondary_email.lower() != self.email.lower():
            recipients.append(self.secondary_email)
        return recipients

    def clean(self):
        super().clean()
        self.email = type(self).objects.normalize_email(self.email)
        if self.secondary_email:
            if self.secondary_email.lower() == self.email.lower():
                raise ValidationError(
                    {"secondary_email": _("This is already the primary email.")}
                )
            taken = (
                type(self)
                .objects.filter(email__iexact=self.secondary_email)
                .exclude(pk=self.pk)
            )
            if taken.exists():
                raise ValidationError(
                    {"secondary_email": _("Another member logs in with this address.")}
                )
        others = type(self).objects.exclude(pk=self.pk)
        if self.email and others.filter(email__iexact=self.email).exists():
            raise ValidationError(
                {"email": _("Another member already has this primary email.")}
            )
        if self.email and others.filter(secondary_email__iexact=self.email).exists():
            raise ValidationError(
                {"email": _("Another member has this address as secondary email.")}
            )
        if (
            self.basket_name
            and others.filter(basket_name__iexact=self.basket_name).exists()
        ):
            raise ValidationError(
                {"basket_name": _("Another member already has this basket name.")}
            )
