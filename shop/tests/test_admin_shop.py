"""The shop's admin screens, as the roles that use them (and those that
may not)."""

from decimal import Decimal

import pytest

from members.models import TeamRole
from shop.models import BasketLine, Status

pytestmark = pytest.mark.django_db
Kind = TeamRole.Kind


@pytest.fixture
def as_role(client, make_member):
    def login(kind):
        person = make_member(kind)
        client.force_login(person)
        return person

    return login


def test_the_order_manager_opens_and_closes_orders(client, as_role, permanence):
    manager = as_role(Kind.ORDER_MANAGER)
    url = f"/admin/permanences/status/{permanence.pk}/"

    assert client.get(url).status_code == 200
    client.post(url, {"action": "open"})
    permanence.refresh_from_db()
    assert permanence.status == Status.OPEN
    client.post(url, {"action": "close"})
    permanence.refresh_from_db()
    assert permanence.status == Status.CLOSED
    assert permanence.transitions.filter(by=manager).count() == 2


def test_an_illegal_move_is_refused_with_a_message(client, as_role, permanence):
    as_role(Kind.ORDER_MANAGER)

    response = client.post(
        f"/admin/permanences/status/{permanence.pk}/", {"action": "close"}, follow=True
    )

    permanence.refresh_from_db()
    assert permanence.status == Status.PLANNED
    assert "ne peut pas devenir" in response.content.decode()


def test_the_webmaster_cannot_open_orders(client, as_role, permanence):
    as_role(Kind.WEBMASTER)

    response = client.post(
        f"/admin/permanences/status/{permanence.pk}/", {"action": "open"}
    )

    assert response.status_code in (302, 403)
    permanence.refresh_from_db()
    assert permanence.status == Status.PLANNED


def test_the_order_manager_forces_a_quantity_after_closing(
    client, as_role, shopper, open_permanence, products, item
):
    manager = as_role(Kind.ORDER_MANAGER)
    leeks = item(products, "leeks")
    client.post(f"/admin/permanences/status/{open_permanence.pk}/", {"action": "close"})

    response = client.post(
        f"/admin/permanences/force/{open_permanence.pk}/",
        {"member": shopper.pk, "item": leeks.pk, "quantity": "12"},
    )

    assert response.status_code == 302
    line = BasketLine.objects.get(basket__member=shopper, offer_item=leeks)
    assert line.quantity == Decimal(12)
    assert line.forced_by == manager


def test_forcing_beyond_the_stock_is_refused(
    client, as_role, shopper, open_permanence, products, item
):
    as_role(Kind.ORDER_MANAGER)

    response = client.post(
        f"/admin/permanences/force/{open_permanence.pk}/",
        {"member": shopper.pk, "item": item(products, "yoghurt").pk, "quantity": "11"},
    )

    assert response.status_code == 200
    assert "quantity" in response.context["form"].errors
    assert not BasketLine.objects.exists()


def test_the_invoice_manager_cannot_force(client, as_role, shopper, open_permanence):
    as_role(Kind.INVOICE_MANAGER)

    response = client.get(f"/admin/permanences/force/{open_permanence.pk}/")

    assert response.status_code in (302, 403)


@pytest.mark.parametrize(
    ("kind", "allowed"),
    [(Kind.ORDER_MANAGER, True), (Kind.COORDINATOR, True), (Kind.WEBMASTER, False)],
)
def test_who_keeps_the_catalogue(client, as_role, products, kind, allowed):
    as_role(kind)

    listing = client.get("/admin/products/", {"q": "poir"})

    assert (listing.status_code == 200) is allowed
    if allowed:
        assert "Poireaux" in listing.content.decode()
        edit = client.get(f"/admin/products/edit/{products['leeks'].pk}/")
        assert edit.status_code == 200


def test_a_product_goes_out_of_the_offer_and_back_from_the_list(
    client, as_role, products
):
    as_role(Kind.ORDER_MANAGER)
    leeks = products["leeks"]
    listing = client.get("/admin/products/").content.decode()
    assert f"/admin/products/toggle-offer/{leeks.pk}/" in listing

    client.post(
        f"/admin/products/toggle-offer/{leeks.pk}/", {"next": "/admin/products/"}
    )
    leeks.refresh_from_db()
    assert not leeks.in_offer
    client.post(f"/admin/products/toggle-offer/{leeks.pk}/")
    leeks.refresh_from_db()
    assert leeks.in_offer


def test_the_webmaster_cannot_change_the_offer(client, as_role, products):
    as_role(Kind.WEBMASTER)

    client.post(f"/admin/products/toggle-offer/{products['leeks'].pk}/")

    products["leeks"].refresh_from_db()
    assert products["leeks"].in_offer
