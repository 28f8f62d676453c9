"""The member's order page, as a member uses it: with and without JavaScript."""

import json
from decimal import Decimal

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from members.models import Member
from shop.models import BasketLine, Favourite, OfferItem, Product, Unit
from shop.services.ordering import set_quantity
from shop.services.permanences import close_orders, open_orders

pytestmark = pytest.mark.django_db
JSON = {"HTTP_ACCEPT": "application/json"}


@pytest.fixture
def page(client, shopper, open_permanence):
    client.force_login(shopper)
    return f"/permanence/{open_permanence.pk}/"


def names(response):
    return [row.item.name for row in response.context["offer"].rows]


def test_a_visitor_is_sent_to_connexion(client, open_permanence):
    response = client.get(f"/permanence/{open_permanence.pk}/")

    assert response.status_code == 302
    assert response["Location"].startswith("/accounts/login/")


def test_a_planned_permanence_is_not_shown(client, shopper, permanence):
    client.force_login(shopper)

    assert client.get(f"/permanence/{permanence.pk}/").status_code == 404


def test_the_page_lists_the_offer_with_prices_and_choices(client, page):
    response = client.get(page)

    html = response.content.decode()
    assert response.status_code == 200
    assert "Permanence du 25-03-2027" in html
    assert "commandes ouvertes" in html
    assert "0,95 € / pièce" in html
    assert "4 pièces = ~ 3 kg" in html
    assert "+ 0,40 € consigne" in html
    assert '<span class="label">Bio</span>' in html
    assert "Autre quantité…" in html


def test_filters_combine_and_live_in_the_url(
    client, page, products, shelves, producers
):
    by_shelf = client.get(page, {"shelf": shelves["dairy"].pk})
    by_text = client.get(page, {"q": "pomm"})
    by_producer_and_text = client.get(
        page, {"producer": producers["farm"].pk, "q": "chou"}
    )

    assert names(by_shelf) == ["Yaourt nature 1 l"]  # Fromages sits in Crèmerie
    assert names(by_text) == ["Pommes de terre"]
    assert names(by_producer_and_text) == ["Chou rouge"]


def test_the_ordered_filter_shows_the_running_total(
    client, page, products, item, shopper
):
    set_quantity(shopper, item(products, "leeks").pk, 2)
    set_quantity(shopper, item(products, "cabbage").pk, 4)

    response = client.get(page, {"ordered": "1"})

    assert names(response) == ["Chou rouge", "Poireaux"]
    # 2 × 0,95 + 4 × 0,75 kg × 1,90 = 1,90 + 5,70
    assert "7,60 € (au poids moyen)" in response.content.decode()


def test_a_quantity_change_answers_json_with_the_new_total(
    client, page, products, item
):
    leeks = item(products, "leeks")

    response = client.post(
        page + "quantity/", {"item": leeks.pk, "quantity": "3"}, **JSON
    )

    answer = json.loads(response.content)
    assert response.status_code == 200
    assert answer["saved"] == "3" and answer["refused"] == ""
    assert answer["total"] == "2,85 €"


def test_a_refused_change_says_why_and_shows_what_is_saved(
    client, page, products, item, open_permanence
):
    leeks = item(products, "leeks")
    client.post(page + "quantity/", {"item": leeks.pk, "quantity": "2"}, **JSON)
    close_orders(open_permanence)

    response = client.post(
        page + "quantity/", {"item": leeks.pk, "quantity": "3"}, **JSON
    )

    answer = json.loads(response.content)
    assert response.status_code == 409
    assert answer["saved"] == "2"
    assert "fermées" in answer["refused"]


@pytest.mark.parametrize("bad", ["abc", "", "NaN", "1e999999", "-1", "0.3"])
def test_bad_input_changes_nothing(client, page, products, item, bad):
    leeks = item(products, "leeks")

    response = client.post(
        page + "quantity/", {"item": leeks.pk, "quantity": bad}, **JSON
    )

    assert response.status_code == 409
    assert json.loads(response.content)["refused"]
    assert not BasketLine.objects.exists()


def test_someone_elses_basket_or_another_permanence_is_out_of_reach(
    client, page, products, item, permanence, shopper
):
    other = Member.objects.create_user(email="o@example.org", basket_name="Autre")
    leeks = item(products, "leeks")
    set_quantity(other, leeks.pk, 1)

    client.post(
        page + "quantity/",
        {"item": leeks.pk, "quantity": "4", "member": other.pk},
        **JSON,
    )
    response = client.post(
        page + "quantity/", {"item": 999999, "quantity": "1"}, **JSON
    )

    assert BasketLine.objects.get(basket__member=other).quantity == 1
    assert BasketLine.objects.get(basket__member=shopper).quantity == 4
    assert response.status_code == 409


def test_the_plain_form_works_without_javascript(client, page, products, item):
    leeks = item(products, "leeks")

    # The page's one form: each row's select is `quantity-<item>`, and its OK
    # button sends `item`.
    response = client.post(
        page + "quantity/",
        {"item": leeks.pk, f"quantity-{leeks.pk}": "2", "next": page + "?q=poi"},
        follow=True,
    )

    assert response.redirect_chain[-1][0] == page + "?q=poi"
    assert "Enregistré : Poireaux, 2 pièces." in response.content.decode()
    assert BasketLine.objects.get().quantity == 2


def test_other_quantity_tells_the_member_to_ask_the_order_manager(
    client, page, products, item
):
    response = client.post(
        page + "quantity/",
        {"item": item(products, "leeks").pk, "quantity": "other"},
        **JSON,
    )

    assert "responsable" in json.loads(response.content)["refused"]


def test_the_page_writes_plain_values_and_one_form(client, page, products, item):
    html = client.get(page).content.decode()
    potatoes = item(products, "potatoes")

    offer = html[html.index('id="offer-form"') :]
    assert offer.count('name="csrfmiddlewaretoken"') == 1
    assert f'name="quantity-{potatoes.pk}"' in html
    assert '<option value="0.5">0,5 kg</option>' in html


def test_hearts_toggle_and_filter(client, page, products, item, shopper):
    potatoes = item(products, "potatoes")

    client.post(page + "favourite/", {"item": potatoes.pk}, **JSON)
    hearts = client.get(page, {"favourites": "1"})
    client.post(page + "favourite/", {"item": potatoes.pk}, **JSON)

    assert names(hearts) == ["Pommes de terre"]
    assert not Favourite.objects.exists()


def test_the_page_takes_the_same_queries_whatever_the_size_of_the_offer(
    client, page, products, shelves, producers, open_permanence, shopper
):
    client.get(page)
    with CaptureQueriesContext(connection) as small:
        client.get(page)

    more = [
        Product.objects.create(
            producer=producers["farm"], shelf=shelves["vegetables"], name=f"Légume {n}",
            unit=Unit.KILOGRAM, producer_price=Decimal("2"), minimum=Decimal("0.5"),
            step=Decimal("0.5"),
        )
        for n in range(30)
    ]  # fmt: skip
    OfferItem.objects.bulk_create(
        OfferItem(
            permanence=open_permanence, product=p, producer=p.producer,
            shelf_id_at_opening=p.shelf_id, name=p.name, unit=p.unit,
            unit_price=p.member_price, vat_rate=p.vat_rate, deposit=p.deposit,
            minimum=p.minimum, step=p.step, maximum=p.maximum,
        )
        for p in more
    )  # fmt: skip
    for offered in OfferItem.objects.filter(product__in=more[:10]):
        set_quantity(shopper, offered.pk, Decimal("0.5"))
    with CaptureQueriesContext(connection) as large:
        response = client.get(page)

    assert len(response.context["offer"].rows) == 34
    assert len(large) == len(small)


def test_a_quantity_change_takes_at_most_ten_queries(client, page, products, item):
    leeks = item(products, "leeks")
    client.post(page + "quantity/", {"item": leeks.pk, "quantity": "1"}, **JSON)

    with CaptureQueriesContext(connection) as queries:
        client.post(page + "quantity/", {"item": leeks.pk, "quantity": "2"}, **JSON)

    assert len(queries) <= 10


def test_the_permanence_menu_lists_open_then_closed(
    client, shopper, permanence, products
):
    from shop.models import Permanence

    closed = Permanence.objects.create(date="2027-03-18")
    closed.producers.set(permanence.producers.all())
    open_orders(closed)
    close_orders(closed)
    open_orders(permanence)
    client.force_login(shopper)

    html = client.get(f"/permanence/{permanence.pk}/").content.decode()
    html = html[html.index('class="main-menu"') :]

    opened_at = html.index("Permanence du 25-03-2027 - commandes ouvertes")
    closed_at = html.index("Permanence du 18-03-2027 - commandes fermées")
    assert opened_at < closed_at


def test_a_click_on_the_name_shows_the_description_and_picture(
    client, page, products, django_assert_max_num_queries
):
    import io

    from django.core.files.images import ImageFile
    from PIL import Image as PillowImage
    from wagtail.images import get_image_model

    buffer = io.BytesIO()
    PillowImage.new("RGB", (800, 600), "#c8553d").save(buffer, format="PNG")
    picture = get_image_model().objects.create(
        title="Poireaux", file=ImageFile(buffer, name="poireaux.png")
    )
    Product.objects.filter(pk=products["leeks"].pk).update(
        picture=picture, description="Poireaux d'hiver, bien blancs."
    )

    html = client.get(page).content.decode()

    row = html[html.index('<summary class="offer-item__name">Poireaux') :]
    row = row[: row.index("</details>")]
    assert "Poireaux d&#x27;hiver, bien blancs." in row
    assert '<img src="' in row and 'width="426" height="320"' in row


def test_confirming_the_basket_from_the_page(client, page, products, item, shopper):
    from members.models import GroupSettings

    settings = GroupSettings.for_default_site()
    settings.order_confirmation = True
    settings.save()
    set_quantity(shopper, item(products, "leeks").pk, 1)

    before = client.get(page).content.decode()
    client.post(page + "confirm/")
    after = client.get(page).content.decode()

    assert "Confirmer" in before
    assert "Votre panier est confirmé." in after


def test_products_come_shelf_by_shelf_under_a_heading(client, page):
    response = client.get(page)
    html = response.content.decode()

    assert names(response) == [
        "Chou rouge", "Poireaux", "Pommes de terre", "Yaourt nature 1 l",
    ]  # fmt: skip
    assert html.index("<h2>Légumes</h2>") < html.index("<h2>Crèmerie › Fromages</h2>")


def test_names_sort_as_readers_sort_them():
    from shop.offer import _sortable

    names = ["Poireaux", "Épinards", "carottes", "Échalotes"]

    assert sorted(names, key=_sortable) == [
        "carottes", "Échalotes", "Épinards", "Poireaux",
    ]  # fmt: skip
