"""Fixtures for the shop: a small catalogue with each unit kind."""

from decimal import Decimal

import pytest

from members.models import Member
from shop.models import Label, Permanence, Producer, Product, Shelf, Unit
from shop.services.permanences import open_orders

D = Decimal


@pytest.fixture
def shelves(db):
    vegetables = Shelf.objects.create(name="Légumes", sort_order=1)
    dairy = Shelf.objects.create(name="Crèmerie", sort_order=2)
    return {
        "vegetables": vegetables,
        "dairy": dairy,
        "cheese": Shelf.objects.create(name="Fromages", parent=dairy),
    }


@pytest.fixture
def producers(db):
    return {
        "farm": Producer.objects.create(
            name="Ferme du Chant d'Oiseau", price_coefficient=D("1.10")
        ),
        "dairy": Producer.objects.create(
            name="Laiterie des Collines",
            prices_include_vat=False,
            price_coefficient=D("1.000"),
        ),
    }


@pytest.fixture
def products(shelves, producers):
    organic = Label.objects.create(name="Bio")
    leeks = Product.objects.create(
        producer=producers["farm"],
        shelf=shelves["vegetables"],
        name="Poireaux",
        unit=Unit.PIECE,
        producer_price=D("0.86"),  # × 1,10 = 0,946 → 0,95 €
        vat_rate=D("6"),
        maximum=D("5"),
    )
    leeks.labels.add(organic)
    potatoes = Product.objects.create(
        producer=producers["farm"],
        shelf=shelves["vegetables"],
        name="Pommes de terre",
        unit=Unit.KILOGRAM,
        producer_price=D("0.91"),  # × 1,10 = 1,001 → 1,00 €/kg
        vat_rate=D("6"),
        minimum=D("0.5"),
        step=D("0.5"),
        maximum=D("5"),
    )
    cabbage = Product.objects.create(
        producer=producers["farm"],
        shelf=shelves["vegetables"],
        name="Chou rouge",
        unit=Unit.PIECE_BY_WEIGHT,
        average_weight=D("0.750"),
        producer_price=D("1.73"),  # × 1,10 = 1,903 → 1,90 €/kg
        vat_rate=D("6"),
        maximum=D("6"),
    )
    yoghurt = Product.objects.create(
        producer=producers["dairy"],
        shelf=shelves["cheese"],
        name="Yaourt nature 1 l",
        unit=Unit.PIECE,
        producer_price=D("2.50"),  # + 6 % VAT = 2,65 €
        vat_rate=D("6"),
        deposit=D("0.40"),
        maximum=D("4"),
        stock=D("10"),
    )
    return {
        "leeks": leeks,
        "potatoes": potatoes,
        "cabbage": cabbage,
        "yoghurt": yoghurt,
    }


@pytest.fixture
def permanence(products, producers):
    permanence = Permanence.objects.create(date="2027-03-25")
    permanence.producers.set(producers.values())
    return permanence


@pytest.fixture
def open_permanence(permanence):
    return open_orders(permanence)


@pytest.fixture
def item(open_permanence):
    """The offered product of the open permanence, by its product's key."""

    def find(products, key):
        return open_permanence.offer_items.get(product=products[key])

    return find


@pytest.fixture
def shopper(db):
    return Member.objects.create_user(
        email="camille@example.org", basket_name="Lambert", password="x"
    )
