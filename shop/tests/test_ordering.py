"""Setting a quantity: allowed quantities only, never oversold, refusals that
change nothing and say why."""

from decimal import Decimal

import pytest

from members.models import Member
from shop.models import BasketLine
from shop.services.ordering import confirm_basket, set_quantity
from shop.services.permanences import close_orders

D = Decimal
pytestmark = pytest.mark.django_db


def saved(member, offer_item):
    line = BasketLine.objects.filter(
        basket__member=member, offer_item=offer_item
    ).first()
    return line.quantity if line else D(0)


def test_an_allowed_quantity_is_saved_and_counted(products, item, shopper):
    potatoes = item(products, "potatoes")

    result = set_quantity(shopper, potatoes.pk, D("1.5"))

    potatoes.refresh_from_db()
    assert result.ok and result.saved == D("1.5")
    assert saved(shopper, potatoes) == D("1.5")
    assert potatoes.quantity_ordered == D("1.5")


def test_zero_removes_the_line_and_gives_the_stock_back(products, item, shopper):
    yoghurt = item(products, "yoghurt")
    set_quantity(shopper, yoghurt.pk, 3)

    set_quantity(shopper, yoghurt.pk, 0)

    yoghurt.refresh_from_db()
    assert saved(shopper, yoghurt) == 0
    assert yoghurt.quantity_ordered == 0


@pytest.mark.parametrize(
    ("key", "quantity", "reason"),
    [
        ("leeks", D("-1"), "négative"),
        ("potatoes", D("0.7"), "accepte"),  # not a multiple of the step
        ("potatoes", D("0.25"), "accepte"),  # below the minimum
        ("leeks", D("6"), "Au maximum"),  # above the maximum per member
    ],
)
def test_bad_quantities_are_refused_and_change_nothing(
    products, item, shopper, key, quantity, reason
):
    offered = item(products, key)
    set_quantity(shopper, offered.pk, offered.minimum)

    result = set_quantity(shopper, offered.pk, quantity)

    assert not result.ok
    assert reason in result.refused
    assert result.saved == offered.minimum
    assert saved(shopper, offered) == offered.minimum


def test_the_last_units_go_to_whoever_was_first(products, item, shopper):
    yoghurt = item(products, "yoghurt")  # stock 10
    others = [
        Member.objects.create_user(email=f"o{n}@example.org", basket_name=f"O{n}")
        for n in range(3)
    ]
    for other in others:
        set_quantity(other, yoghurt.pk, 3)

    result = set_quantity(shopper, yoghurt.pk, 2)

    assert not result.ok and "Plus que 1" in result.refused
    assert set_quantity(shopper, yoghurt.pk, 1).ok
    yoghurt.refresh_from_db()
    assert yoghurt.quantity_ordered == yoghurt.stock == D(10)


def test_orders_closed_means_no_change(products, item, shopper, open_permanence):
    leeks = item(products, "leeks")
    set_quantity(shopper, leeks.pk, 2)
    close_orders(open_permanence)

    result = set_quantity(shopper, leeks.pk, 3)

    assert not result.ok and "fermées" in result.refused
    assert result.saved == 2


def test_a_member_stopped_from_ordering_is_refused(products, item, shopper):
    shopper.may_order = False
    shopper.save()

    result = set_quantity(shopper, item(products, "leeks").pk, 1)

    assert not result.ok
    assert not BasketLine.objects.exists()


def test_a_product_not_on_offer_is_refused(shopper, open_permanence):
    result = set_quantity(shopper, 999999, 1)

    assert not result.ok and "pas en offre" in result.refused


def test_the_order_manager_forces_a_larger_quantity_and_it_is_recorded(
    products, item, shopper, open_permanence
):
    manager = Member.objects.create_user(email="g@example.org", basket_name="Gestion")
    leeks = item(products, "leeks")
    close_orders(open_permanence)

    result = set_quantity(shopper, leeks.pk, D(12), forced_by=manager)

    line = BasketLine.objects.get(basket__member=shopper, offer_item=leeks)
    assert result.ok and line.quantity == D(12)
    assert line.forced_by == manager and line.forced_at is not None


def test_forcing_never_oversells(products, item, shopper):
    manager = Member.objects.create_user(email="g@example.org", basket_name="Gestion")

    result = set_quantity(
        shopper, item(products, "yoghurt").pk, D(11), forced_by=manager
    )

    assert not result.ok


def test_any_change_unconfirms_the_basket(products, item, shopper, open_permanence):
    leeks = item(products, "leeks")
    set_quantity(shopper, leeks.pk, 1)
    assert confirm_basket(shopper, open_permanence)

    set_quantity(shopper, leeks.pk, 2)

    assert not open_permanence.baskets.get(member=shopper).confirmed


def test_order_again_fills_the_basket_within_todays_limits(
    products, producers, shopper, permanence
):
    from shop.models import Permanence
    from shop.services.ordering import reorder_previous
    from shop.services.permanences import open_orders

    last_week = Permanence.objects.create(date="2027-03-18")
    last_week.producers.set(producers.values())
    open_orders(last_week)
    old = {item.product_id: item for item in last_week.offer_items.all()}
    set_quantity(shopper, old[products["leeks"].pk].pk, 5)
    set_quantity(shopper, old[products["potatoes"].pk].pk, D("1.5"))
    set_quantity(shopper, old[products["yoghurt"].pk].pk, 4)
    close_orders(last_week)
    products["leeks"].maximum = D(3)  # today's limit is lower
    products["leeks"].save()
    products["potatoes"].in_offer = False
    products["potatoes"].save()
    open_orders(permanence)

    filled, missed = reorder_previous(shopper, permanence)

    lines = {
        line.offer_item.product_id: line.quantity
        for line in BasketLine.objects.filter(basket__permanence=permanence)
    }
    assert (filled, missed) == (2, 1)
    assert lines == {products["leeks"].pk: D(3), products["yoghurt"].pk: D(4)}
