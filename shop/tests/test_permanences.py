"""The permanence's states: one table of moves, each recorded, none twice."""

from decimal import Decimal

import pytest

from members.models import Member
from shop import signals
from shop.models import Status
from shop.services.permanences import (
    TransitionNotAllowed,
    archive_permanence,
    cancel_permanence,
    close_orders,
    open_orders,
)

pytestmark = pytest.mark.django_db


def test_opening_freezes_the_offer(permanence, products):
    opened = open_orders(permanence)

    leeks = opened.offer_items.get(product=products["leeks"])
    products["leeks"].producer_price = Decimal("5.00")
    products["leeks"].save()
    leeks.refresh_from_db()
    assert opened.status == Status.OPEN
    assert opened.offer_items.count() == 4
    assert leeks.unit_price == Decimal("0.95")
    assert leeks.name == "Poireaux"


def test_products_out_of_the_offer_are_not_frozen(permanence, products):
    products["leeks"].in_offer = False
    products["leeks"].save()

    opened = open_orders(permanence)

    assert not opened.offer_items.filter(product=products["leeks"]).exists()


def test_every_move_is_recorded_with_who_and_when(permanence, shopper):
    open_orders(permanence, by=shopper)
    close_orders(permanence, by=shopper)

    moves = list(permanence.transitions.values_list("from_status", "to_status", "by"))
    assert moves == [
        (Status.PLANNED, Status.OPEN, shopper.pk),
        (Status.OPEN, Status.CLOSED, shopper.pk),
    ]
    assert all(t.at for t in permanence.transitions.all())


def test_doing_it_twice_does_no_harm_and_signals_once(
    permanence, django_capture_on_commit_callbacks
):
    received = []

    def listener(sender, permanence, by, **kwargs):
        received.append(permanence.pk)

    signals.orders_opened.connect(listener)
    try:
        with django_capture_on_commit_callbacks(execute=True):
            open_orders(permanence)
            open_orders(permanence)
    finally:
        signals.orders_opened.disconnect(listener)

    assert received == [permanence.pk]
    assert permanence.transitions.count() == 1
    assert permanence.offer_items.count() == 4


@pytest.mark.parametrize(
    ("path", "illegal"),
    [
        ([], close_orders),
        ([open_orders, close_orders, archive_permanence], open_orders),
        ([cancel_permanence], open_orders),
        ([open_orders], archive_permanence),
    ],
)
def test_illegal_moves_are_refused_in_plain_words(permanence, path, illegal):
    for move in path:
        move(permanence)
    before = permanence.status

    with pytest.raises(TransitionNotAllowed) as refusal:
        illegal(permanence)

    permanence.refresh_from_db()
    assert permanence.status == before
    assert "ne peut pas devenir" in str(refusal.value) or "cannot become" in str(
        refusal.value
    )


def test_a_permanence_with_nothing_on_offer_cannot_open(permanence):
    permanence.producers.clear()

    with pytest.raises(TransitionNotAllowed):
        open_orders(permanence)

    permanence.refresh_from_db()
    assert permanence.status == Status.PLANNED


def test_confirmation_mode_cancels_unconfirmed_baskets_at_closing(
    open_permanence, products, item, shopper
):
    from members.models import GroupSettings
    from shop.services.ordering import confirm_basket, set_quantity

    settings = GroupSettings.for_default_site()
    settings.order_confirmation = True
    settings.save()
    other = Member.objects.create_user(email="o@example.org", basket_name="Autre")
    yoghurt = item(products, "yoghurt")
    set_quantity(shopper, yoghurt.pk, 2)
    set_quantity(other, yoghurt.pk, 3)
    confirm_basket(shopper, open_permanence)

    close_orders(open_permanence)

    yoghurt.refresh_from_db()
    assert yoghurt.quantity_ordered == Decimal(2)
    assert open_permanence.baskets.get(member=other).cancelled
    assert not open_permanence.baskets.get(member=shopper).cancelled
