"""The buying group's own settings, kept by its managers in the admin."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting

from ..validators import validate_iban


@register_setting(icon="group")
class GroupSettings(BaseSiteSetting):
    """The group's identity, contact details and the features it uses.

    Managers change them in the Wagtail admin (Settings > Group); a change
    takes effect on the next page, without a restart. A feature switched off
    disappears from the menus and its pages answer 404.
    """

    name = models.CharField(_("group name"), max_length=120, default="")
    contact_email = models.EmailField(_("contact email"), blank=True)
    phone = models.CharField(_("phone"), max_length=40, blank=True)
    address = models.TextField(_("address"), blank=True)
    bank_account = models.CharField(
        _("bank account (IBAN)"),
        max_length=42,
        blank=True,
        validators=[validate_iban],
    )
    permanence_word = models.CharField(
        _("word for a permanence"),
        max_length=40,
        default="Permanence",
        help_text=_("What the group calls a distribution: Permanence, Livraison…"),
    )

    invoicing = models.BooleanField(_("invoicing"), default=True)
    task_board = models.BooleanField(_("task board"), default=False)
    whos_who = models.BooleanField(_("who's who"), default=True)
    member_contact = models.BooleanField(
        _("members may write to each other"), default=True
    )
    order_confirmation = models.BooleanField(
        _("orders must be confirmed"),
        default=False,
        help_text=_("Unconfirmed baskets are cancelled when orders close."),
    )

    panels = [
        MultiFieldPanel(
            [
                FieldPanel("name"),
                FieldPanel("contact_email"),
                FieldPanel("phone"),
                FieldPanel("address"),
                FieldPanel("bank_account"),
            ],
            heading=_("The group"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("permanence_word"),
                FieldPanel("invoicing"),
                FieldPanel("task_board"),
                FieldPanel("whos_who"),
                FieldPanel("member_contact"),
                FieldPanel("order_confirmation"),
            ],
            heading=_("Features"),
        ),
    ]

    class Meta:
        verbose_name = _("group")
        verbose_name_plural = _("group")

    def __str__(self):
        return self.name

    @classmethod
    def for_default_site(cls):
        """The settings of the default site, for work done outside a request
        (tasks, commands, the admin's forms)."""
        from wagtail.models import Site

        return cls.for_site(Site.objects.get(is_default_site=True))

    def save(self, *args, **kwargs):
        self.bank_account = self.bank_account.replace(" ", "").upper()
        super().save(*args, **kwargs)
