"""Quantities a member may choose, their wording, and their price."""

from decimal import Decimal

import pytest
from django.utils import translation

from shop.quantities import (
    allowed_quantities,
    line_amount,
    quantity_label,
    unit_price_label,
)

D = Decimal
pytestmark = pytest.mark.django_db


def test_member_prices_follow_the_coefficient_and_vat(products):
    assert products["leeks"].member_price == D("0.95")
    assert products["potatoes"].member_price == D("1.00")
    assert products["cabbage"].member_price == D("1.90")
    assert products["yoghurt"].member_price == D("2.65")


def test_choices_go_from_the_minimum_by_steps_to_the_maximum(products, item):
    potatoes = item(products, "potatoes")

    assert allowed_quantities(potatoes) == [
        D(0), D("0.5"), D("1.0"), D("1.5"), D("2.0"), D("2.5"),
        D("3.0"), D("3.5"), D("4.0"), D("4.5"), D("5.0"),
    ]  # fmt: skip


def test_choices_stop_at_the_stock_left_counting_the_members_own(products, item):
    yoghurt = item(products, "yoghurt")
    yoghurt.quantity_ordered = D("8")

    assert allowed_quantities(yoghurt) == [D(0), D(1), D(2)]
    assert allowed_quantities(yoghurt, current=D("1")) == [D(0), D(1), D(2), D(3)]


def test_the_list_stays_short(products, item):
    potatoes = item(products, "potatoes")
    potatoes.maximum = D("500")

    assert len(allowed_quantities(potatoes)) <= 25


def test_choices_are_worded_as_members_write_them(products, item):
    with translation.override("fr"):
        assert quantity_label(item(products, "leeks"), D(1)) == "1 pièce"
        assert quantity_label(item(products, "leeks"), D(2)) == "2 pièces"
        assert quantity_label(item(products, "potatoes"), D("0.5")) == "0,5 kg"
        assert quantity_label(item(products, "cabbage"), D(4)) == "4 pièces = ~ 3 kg"
        assert unit_price_label(item(products, "leeks")) == "0,95 € / pièce"
        assert unit_price_label(item(products, "potatoes")) == "1,00 € / kg"
        assert unit_price_label(item(products, "cabbage")) == "1,90 € / kg"


def test_a_basket_of_each_unit_kind_costs_what_a_hand_computes(products, item):
    # 3 leeks at 0,95 = 2,85; 1,5 kg potatoes at 1,00 = 1,50;
    # 2 cabbages ~ 1,5 kg at 1,90 = 2,85 (estimate);
    # 2 yoghurts at 2,65 = 5,30 + 2 × 0,40 deposit = 0,80.
    amounts = [
        line_amount(item(products, "leeks"), D(3)),
        line_amount(item(products, "potatoes"), D("1.5")),
        line_amount(item(products, "cabbage"), D(2)),
        line_amount(item(products, "yoghurt"), D(2)),
    ]

    assert [a.goods for a in amounts] == [D("2.85"), D("1.50"), D("2.85"), D("5.30")]
    assert [a.deposit for a in amounts] == [D(0), D(0), D(0), D("0.80")]
    assert [a.estimated for a in amounts] == [False, False, True, False]
    assert sum(a.total for a in amounts) == D("13.30")


def test_line_totals_round_half_up_to_the_cent(products, item):
    leeks = item(products, "leeks")
    leeks.unit_price = D("0.335")

    assert line_amount(leeks, D(1)).goods == D("0.34")
