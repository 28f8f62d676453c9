"""The managers' dashboard: each open and closed permanence at a glance."""

from decimal import Decimal

import pytest

from members.models import Member, TeamRole
from shop.services.ordering import set_quantity
from shop.summary import dashboard

pytestmark = pytest.mark.django_db


def test_totals_per_producer_against_their_minimum(
    open_permanence, products, producers, item, shopper
):
    producers["farm"].minimum_order = Decimal("10")
    producers["farm"].save()
    other = Member.objects.create_user(email="o@example.org", basket_name="Autre")
    set_quantity(shopper, item(products, "leeks").pk, 2)  # 1,90
    set_quantity(other, item(products, "yoghurt").pk, 2)  # 5,30 + 0,80

    [summary] = dashboard()

    assert summary.baskets == 2
    assert summary.total == Decimal("8.00")
    farm, dairy = summary.producers
    assert (farm.name, farm.total, farm.reached, farm.percent) == (
        "Ferme du Chant d'Oiseau",
        Decimal("1.90"),
        False,
        19,
    )
    assert (dairy.total, dairy.reached) == (Decimal("6.10"), True)


def test_the_admin_home_shows_the_panel_to_managers_only(
    client, make_member, open_permanence
):
    client.force_login(make_member(TeamRole.Kind.ORDER_MANAGER))
    assert "Les permanences en un coup d" in client.get("/admin/").content.decode()

    client.force_login(make_member(TeamRole.Kind.WEBMASTER))
    assert "Les permanences en un coup d" not in client.get("/admin/").content.decode()
