"""The group's settings: the IBAN is checked."""

import pytest
from django.core.exceptions import ValidationError

from members.validators import validate_iban


@pytest.mark.parametrize(
    "iban", ["BE68 5390 0754 7034", "be68539007547034", "FR1420041010050500013M02606"]
)
def test_valid_ibans_pass(iban):
    validate_iban(iban)


@pytest.mark.parametrize(
    "iban", ["BE68 5390 0754 7035", "BE68", "pas un iban", "1234567890123456"]
)
def test_wrong_ibans_are_refused(iban):
    with pytest.raises(ValidationError):
        validate_iban(iban)
