"""The catalogue: producers, shelves, labels and products."""

from decimal import Decimal

from django.core.exceptions import ValidationError
from django.core.validators import MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _

from ..money import to_cents

VAT_RATES = [
    (Decimal("0"), "0 %"),
    (Decimal("6"), "6 %"),
    (Decimal("12"), "12 %"),
    (Decimal("21"), "21 %"),
]
POSITIVE = [MinValueValidator(Decimal("0"))]


def quantity_rule(label, default):
    """One of the quantities a producer sets (minimum, step, maximum), in the
    unit the product is ordered in."""
    return models.DecimalField(
        label,
        max_digits=9,
        decimal_places=3,
        default=default,
        validators=[MinValueValidator(Decimal("0.001"))],
    )


class Unit(models.TextChoices):
    """How a product is sold (see DOMAIN.md, *Products, units and quantities*)."""

    PIECE = "piece", _("per piece")
    KILOGRAM = "kg", _("by weight (kg)")
    LITRE = "l", _("by volume (l)")
    PIECE_BY_WEIGHT = "piece_kg", _("per piece, billed by weight")


class Producer(models.Model):
    """Who sells the products. Producers do not log in: they receive their
    order lists by mail."""

    name = models.CharField(_("name"), max_length=120, unique=True)
    contact_name = models.CharField(_("contact person"), max_length=120, blank=True)
    email = models.EmailField(_("email"), blank=True)
    email_2 = models.EmailField(_("second email"), blank=True)
    email_3 = models.EmailField(_("third email"), blank=True)
    phone = models.CharField(_("phone"), max_length=30, blank=True)
    description = models.TextField(_("description"), blank=True)
    picture = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("picture"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    prices_include_vat = models.BooleanField(
        _("prices entered with VAT"),
        default=True,
        help_text=_("Untick if this producer's prices are entered without VAT."),
    )
    price_coefficient = models.DecimalField(
        _("price coefficient"),
        max_digits=5,
        decimal_places=3,
        default=Decimal("1.000"),
        validators=[MinValueValidator(Decimal("0.001"))],
        help_text=_(
            "Member price = producer price × coefficient (1.10 = 10 % margin)."
        ),
    )
    minimum_order = models.DecimalField(
        _("minimum order"),
        max_digits=9,
        decimal_places=2,
        default=Decimal("0"),
        validators=POSITIVE,
        help_text=_("The total this producer needs to deliver, VAT included."),
    )
    active = models.BooleanField(_("active"), default=True)

    class Meta:
        verbose_name = _("producer")
        verbose_name_plural = _("producers")
        ordering = ["name"]

    def __str__(self):
        return self.name

    @property
    def emails(self):
        return [email for email in (self.email, self.email_2, self.email_3) if email]


class Shelf(models.Model):
    """A product category (*rayon*), two levels at most."""

    name = models.CharField(_("name"), max_length=80)
    parent = models.ForeignKey(
        "self",
        verbose_name=_("parent shelf"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="children",
    )
    sort_order = models.PositiveIntegerField(_("order"), default=0)

    class Meta:
        verbose_name = _("shelf")
        verbose_name_plural = _("shelves")
        ordering = ["sort_order", "name"]

    def __str__(self):
        return f"{self.parent} › {self.name}" if self.parent_id else self.name

    def clean(self):
        if self.parent_id and (
            self.parent.parent_id is not None or self.parent_id == self.pk
        ):
            raise ValidationError({"parent": _("Shelves have two levels at most.")})


class Label(models.Model):
    """A quality mark shown next to products, e.g. organic."""

    name = models.CharField(_("name"), max_length=60, unique=True)

    class Meta:
        verbose_name = _("label")
        verbose_name_plural = _("labels")
        ordering = ["name"]

    def __str__(self):
        return self.name


class Product(models.Model):
    """A product of one producer on one shelf, with its price and the
    quantities the producer accepts.

    The member price is derived from the producer price, the producer's
    coefficient and, for prices entered without VAT, the VAT rate. What a
    member orders is always counted in the unit it is ordered in: pieces, kg
    or litres; for pieces billed by weight, pieces, estimated at the average
    weight until the real weight is known.
    """

    producer = models.ForeignKey(
        Producer,
        verbose_name=_("producer"),
        on_delete=models.PROTECT,
        related_name="products",
    )
    shelf = models.ForeignKey(
        Shelf,
        verbose_name=_("shelf"),
        on_delete=models.PROTECT,
        related_name="products",
    )
    labels = models.ManyToManyField(Label, verbose_name=_("labels"), blank=True)
    name = models.CharField(_("name"), max_length=120)
    description = models.TextField(_("description"), blank=True)
    picture = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("picture"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    unit = models.CharField(_("sold"), max_length=10, choices=Unit, default=Unit.PIECE)
    average_weight = models.DecimalField(
        _("average weight (kg)"),
        max_digits=7,
        decimal_places=3,
        null=True,
        blank=True,
        validators=POSITIVE,
        help_text=_(
            "For pieces billed by weight: the weight of one piece, on average."
        ),
    )
    producer_price = models.DecimalField(
        _("producer price"),
        max_digits=9,
        decimal_places=2,
        validators=POSITIVE,
        help_text=_(
            "Per piece, per kg or per litre; per kg for pieces billed by weight."
        ),
    )
    vat_rate = models.DecimalField(
        _("VAT rate"),
        max_digits=4,
        decimal_places=2,
        choices=VAT_RATES,
        default=Decimal("6"),
    )
    deposit = models.DecimalField(
        _("deposit"),
        max_digits=7,
        decimal_places=2,
        default=Decimal("0"),
        validators=POSITIVE,
        help_text=_("Billed per unit ordered, refunded on return."),
    )
    minimum = quantity_rule(_("minimum per member"), default=Decimal("1"))
    step = quantity_rule(_("step"), default=Decimal("1"))
    maximum = quantity_rule(_("maximum per member"), default=Decimal("10"))
    stock = models.DecimalField(
        _("stock per permanence"),
        max_digits=9,
        decimal_places=3,
        null=True,
        blank=True,
        validators=POSITIVE,
        help_text=_("Leave empty when the producer sets no limit."),
    )
    in_offer = models.BooleanField(_("in the offer"), default=True)

    class Meta:
        verbose_name = _("product")
        verbose_name_plural = _("products")
        ordering = ["shelf__sort_order", "name"]
        indexes = [models.Index(fields=["producer", "in_offer"])]

    def __str__(self):
        return self.name

    @property
    def member_price(self):
        """The price a member pays, VAT included, rounded to the cent."""
        price = self.producer_price * self.producer.price_coefficient
        if not self.producer.prices_include_vat:
            price = price * (Decimal(100) + self.vat_rate) / Decimal(100)
        return to_cents(price)

    def clean(self):
        errors = {}
        if self.unit == Unit.PIECE_BY_WEIGHT and not self.average_weight:
            errors["average_weight"] = _(
                "A piece billed by weight needs its average weight."
            )
        if self.minimum and self.maximum and self.minimum > self.maximum:
            errors["maximum"] = _("The maximum is below the minimum.")
        if self.unit in (Unit.PIECE, Unit.PIECE_BY_WEIGHT):
            for field in ("minimum", "step", "maximum"):
                value = getattr(self, field)
                if value is not None and value != value.to_integral_value():
                    errors[field] = _("Pieces are ordered in whole numbers.")
        if errors:
            raise ValidationError(errors)
