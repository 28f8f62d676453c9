"""Validators for what managers and members type in."""

import re

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

IBAN_SHAPE = re.compile(r"^[A-Z]{2}[0-9]{2}[A-Z0-9]{10,30}$")


def validate_iban(value):
    """An IBAN: country, check digits, account; spaces allowed; the check
    digits must verify (ISO 13616, modulo 97)."""
    iban = value.replace(" ", "").upper()
    if not IBAN_SHAPE.match(iban):
        raise ValidationError(
            _("This is not an IBAN (e.g. BE68 5390 0754 7034)."), code="invalid"
        )
    rearranged = iban[4:] + iban[:4]
    digits = "".join(str(int(char, 36)) for char in rearranged)
    if int(digits) % 97 != 1:
        raise ValidationError(
            _("This IBAN has a typing error: its check digits do not match."),
            code="checksum",
        )
