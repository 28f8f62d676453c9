"""Baskets: what each member orders in a permanence."""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from .permanences import OfferItem, Permanence


class Basket(models.Model):
    """One member's order in one permanence."""

    permanence = models.ForeignKey(
        Permanence, on_delete=models.CASCADE, related_name="baskets"
    )
    member = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="baskets"
    )
    confirmed = models.BooleanField(_("confirmed"), default=False)
    cancelled = models.BooleanField(_("cancelled"), default=False)

    class Meta:
        verbose_name = _("basket")
        verbose_name_plural = _("baskets")
        constraints = [
            models.UniqueConstraint(
                fields=["permanence", "member"], name="one_basket_per_member"
            )
        ]

    def __str__(self):
        return f"{self.member} – {self.permanence}"


class BasketLine(models.Model):
    """A quantity of one offered product in a basket. A quantity the order
    manager forced beyond the usual choices records who forced it, and when."""

    basket = models.ForeignKey(Basket, on_delete=models.CASCADE, related_name="lines")
    offer_item = models.ForeignKey(
        OfferItem, on_delete=models.PROTECT, related_name="lines"
    )
    quantity = models.DecimalField(_("quantity"), max_digits=9, decimal_places=3)
    forced_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    forced_at = models.DateTimeField(null=True, blank=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = _("basket line")
        verbose_name_plural = _("basket lines")
        constraints = [
            models.UniqueConstraint(
                fields=["basket", "offer_item"], name="one_line_per_product"
            )
        ]

    def __str__(self):
        return f"{self.quantity} × {self.offer_item}"


class Favourite(models.Model):
    """A product a member marked with a heart, kept from one permanence to
    the next."""

    member = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="favourites"
    )
    product = models.ForeignKey(
        "shop.Product", on_delete=models.CASCADE, related_name="favourites"
    )

    class Meta:
        verbose_name = _("favourite")
        verbose_name_plural = _("favourites")
        constraints = [
            models.UniqueConstraint(fields=["member", "product"], name="one_heart")
        ]

    def __str__(self):
        return f"{self.member} ♥ {self.product}"
