"""Permanences (order cycles), their states, and the offer frozen at opening."""

from django.conf import settings
from django.db import models
from django.utils import formats
from django.utils.translation import gettext_lazy as _
from wagtail.fields import RichTextField

from .catalogue import POSITIVE, Producer, Product, Unit


class Status(models.TextChoices):
    PLANNED = "planned", _("planned")
    OPEN = "open", _("orders open")
    CLOSED = "closed", _("orders closed")
    INVOICED = "invoiced", _("invoiced")
    ARCHIVED = "archived", _("archived")
    CANCELLED = "cancelled", _("cancelled")


# The one table of allowed moves (DOMAIN.md, *The permanence and its states*).
TRANSITIONS = {
    Status.PLANNED: {Status.OPEN, Status.CANCELLED},
    Status.OPEN: {Status.CLOSED, Status.CANCELLED},
    Status.CLOSED: {Status.INVOICED, Status.ARCHIVED, Status.CANCELLED},
    Status.INVOICED: {Status.ARCHIVED},
    Status.ARCHIVED: set(),
    Status.CANCELLED: set(),
}


class Permanence(models.Model):
    """One order cycle, ending in a distribution day.

    Its status changes only through the services in `shop.services.permanences`,
    one explicit step at a time, as `TRANSITIONS` allows.
    """

    date = models.DateField(_("distribution date"))
    name = models.CharField(_("name"), max_length=120, blank=True)
    producers = models.ManyToManyField(
        Producer, verbose_name=_("producers"), related_name="permanences", blank=True
    )
    offer_text = RichTextField(_("offer text"), blank=True)
    closes_at = models.DateTimeField(_("orders close at"), null=True, blank=True)
    status = models.CharField(
        _("status"),
        max_length=12,
        choices=Status,
        default=Status.PLANNED,
        editable=False,
    )

    class Meta:
        verbose_name = _("permanence")
        verbose_name_plural = _("permanences")
        ordering = ["-date"]
        permissions = [
            ("open_orders", _("Can open and close orders")),
            ("force_quantity", _("Can force a member's quantity")),
        ]

    def __str__(self):
        title = _("%(word)s of %(date)s") % {
            "word": "Permanence",
            "date": formats.date_format(self.date, "d-m-Y"),
        }
        return f"{title} – {self.name}" if self.name else str(title)

    def can_move_to(self, status):
        return status in TRANSITIONS[Status(self.status)]

    @property
    def is_open(self):
        return self.status == Status.OPEN


class PermanenceTransition(models.Model):
    """The record of one change of status: who, when, from what to what."""

    permanence = models.ForeignKey(
        Permanence, on_delete=models.CASCADE, related_name="transitions"
    )
    from_status = models.CharField(max_length=12, choices=Status)
    to_status = models.CharField(max_length=12, choices=Status)
    by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL
    )
    at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["at", "pk"]

    def __str__(self):
        return f"{self.permanence}: {self.from_status} → {self.to_status}"


class OfferItem(models.Model):
    """A product as it is offered in one permanence, frozen when orders open,
    so that later edits of the product change nothing in this permanence.

    `quantity_ordered` is the sum of all baskets' quantities, kept under a row
    lock by `shop.services.ordering`, so that stock is never oversold.
    """

    permanence = models.ForeignKey(
        Permanence, on_delete=models.CASCADE, related_name="offer_items"
    )
    product = models.ForeignKey(Product, on_delete=models.PROTECT, related_name="+")
    producer = models.ForeignKey(Producer, on_delete=models.PROTECT, related_name="+")
    shelf_id_at_opening = models.PositiveBigIntegerField(null=True)
    name = models.CharField(max_length=120)
    unit = models.CharField(max_length=10, choices=Unit)
    unit_price = models.DecimalField(max_digits=9, decimal_places=2)
    vat_rate = models.DecimalField(max_digits=4, decimal_places=2)
    deposit = models.DecimalField(max_digits=7, decimal_places=2)
    average_weight = models.DecimalField(max_digits=7, decimal_places=3, null=True)
    minimum = models.DecimalField(max_digits=9, decimal_places=3)
    step = models.DecimalField(max_digits=9, decimal_places=3)
    maximum = models.DecimalField(max_digits=9, decimal_places=3)
    stock = models.DecimalField(
        max_digits=9, decimal_places=3, null=True, validators=POSITIVE
    )
    quantity_ordered = models.DecimalField(max_digits=11, decimal_places=3, default=0)

    class Meta:
        verbose_name = _("offered product")
        verbose_name_plural = _("offered products")
        constraints = [
            models.UniqueConstraint(
                fields=["permanence", "product"], name="offer_item_once_per_permanence"
            ),
            models.CheckConstraint(
                condition=models.Q(stock__isnull=True)
                | models.Q(quantity_ordered__lte=models.F("stock")),
                name="offer_item_never_oversold",
            ),
        ]

    def __str__(self):
        return self.name

    @property
    def stock_left(self):
        if self.stock is None:
            return None
        return self.stock - self.quantity_ordered
