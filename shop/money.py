"""Money and quantities: always `Decimal`, rounded the group's way."""

from decimal import ROUND_HALF_UP, Decimal

CENT = Decimal("0.01")
GRAM = Decimal("0.001")
ZERO = Decimal("0")


def to_cents(amount):
    """Round an amount half-up to the cent (1,005 → 1,01)."""
    return Decimal(amount).quantize(CENT, rounding=ROUND_HALF_UP)


def vat_included_in(amount, rate):
    """The VAT inside an amount that includes VAT at `rate` percent."""
    rate = Decimal(rate)
    if not rate:
        return ZERO
    return to_cents(Decimal(amount) * rate / (Decimal(100) + rate))
