"""Twenty members order the last units at the same moment: the stock is never
oversold. SQLite serialises every write, so only PostgreSQL can show the
problem; this test runs in the PostgreSQL pass of the suite."""

import threading
from decimal import Decimal

import pytest
from django.db import connection

from members.models import Member
from shop.models import BasketLine, OfferItem
from shop.services.ordering import set_quantity
from shop.services.permanences import open_orders

pytestmark = [pytest.mark.postgresql, pytest.mark.django_db(transaction=True)]

THREADS = 20


def test_twenty_members_ordering_the_last_units_never_oversell(permanence, products):
    products["yoghurt"].stock = Decimal(5)
    products["yoghurt"].save()
    open_orders(permanence)
    yoghurt = OfferItem.objects.get(permanence=permanence, product=products["yoghurt"])
    members = [
        Member.objects.create_user(email=f"m{n}@example.org", basket_name=f"M{n}")
        for n in range(THREADS)
    ]
    barrier = threading.Barrier(THREADS)
    results = [None] * THREADS

    def order(index):
        try:
            barrier.wait()
            results[index] = set_quantity(members[index], yoghurt.pk, Decimal(1))
        finally:
            connection.close()

    threads = [threading.Thread(target=order, args=(n,)) for n in range(THREADS)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()

    yoghurt.refresh_from_db()
    lines = BasketLine.objects.filter(offer_item=yoghurt)
    assert sum(line.quantity for line in lines) == yoghurt.quantity_ordered
    assert yoghurt.quantity_ordered <= yoghurt.stock
    assert [r.ok for r in results].count(True) == 5
    assert all(r.saved == 0 for r in results if not r.ok)
