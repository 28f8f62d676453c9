"""Which quantities a member may choose for an offered product, how they are
worded, and what they cost."""

from dataclasses import dataclass
from decimal import Decimal

from django.utils import formats
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from .models import Unit
from .money import GRAM, ZERO, to_cents

# The list of choices stays short, whatever the maximum and the step.
MAX_CHOICES = 24


def allowed_quantities(item, *, current=ZERO):
    """The quantities a member may choose: none, then from the minimum by
    steps up to the maximum per member and what stock is left (counting the
    member's own current quantity as available to them)."""
    ceiling = item.maximum
    if item.stock is not None:
        ceiling = min(ceiling, item.stock - item.quantity_ordered + current)
    choices = [ZERO]
    quantity = item.minimum
    while quantity <= ceiling and len(choices) <= MAX_CHOICES:
        choices.append(quantity)
        quantity += item.step
    return choices


def is_allowed(item, quantity, *, current=ZERO):
    return quantity in allowed_quantities(item, current=current)


def number(value):
    """A quantity as members write it: 0,5 / 2 / 1,25."""
    value = Decimal(value).normalize()
    if value == value.to_integral_value():
        value = value.quantize(Decimal(1))
    return formats.number_format(value, use_l10n=True)


def quantity_label(item, quantity):
    """`2 pièces`, `0,5 kg`, `4 pièces = ~ 3 kg`."""
    if quantity == ZERO:
        return "—"
    if item.unit == Unit.KILOGRAM:
        return f"{number(quantity)} kg"
    if item.unit == Unit.LITRE:
        return f"{number(quantity)} l"
    pieces = ngettext("%(count)s piece", "%(count)s pieces", int(quantity)) % {
        "count": number(quantity)
    }
    if item.unit == Unit.PIECE_BY_WEIGHT:
        weight = (quantity * item.average_weight).quantize(GRAM)
        return _("%(pieces)s = ~ %(weight)s kg") % {
            "pieces": pieces,
            "weight": number(weight),
        }
    return pieces


def unit_price_label(item):
    """`0,95 € / pièce`, `1,00 € / kg`."""
    per = {
        Unit.PIECE: _("piece"),
        Unit.KILOGRAM: "kg",
        Unit.LITRE: "l",
        Unit.PIECE_BY_WEIGHT: "kg",
    }[item.unit]
    return f"{formats.number_format(item.unit_price, 2, use_l10n=True)} € / {per}"


@dataclass(frozen=True)
class LineAmount:
    """What one basket line costs, as an estimate until weights are known."""

    goods: Decimal
    deposit: Decimal
    estimated: bool

    @property
    def total(self):
        return self.goods + self.deposit


def line_amount(item, quantity):
    """The price of `quantity` of `item`: pieces × price, kg × price, or, for
    pieces billed by weight, the average weight × price per kg (an estimate).
    Deposits are billed per unit ordered."""
    quantity = Decimal(quantity)
    if item.unit == Unit.PIECE_BY_WEIGHT:
        goods = to_cents(quantity * item.average_weight * item.unit_price)
        estimated = quantity > 0
    else:
        goods = to_cents(quantity * item.unit_price)
        estimated = False
    return LineAmount(goods, to_cents(quantity * item.deposit), estimated)
