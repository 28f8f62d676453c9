"""The demonstration catalogue, permanences and baskets, for
`manage.py load_demo`. Running it again keeps what is there."""

import logging
from datetime import time, timedelta
from decimal import Decimal

from django.db import transaction
from django.utils import timezone

from members.models import Member

from .models import Label, Permanence, Producer, Product, Shelf, Unit
from .services.ordering import set_quantity
from .services.permanences import close_orders, open_orders

logger = logging.getLogger(__name__)
D = Decimal

SHELVES = [("Légumes", None), ("Fruits", None), ("Crèmerie", None),
           ("Fromages", "Crèmerie"), ("Boulangerie", None)]  # fmt: skip

PRODUCERS = {
    "Ferme du Chant d'Oiseau": {
        "contact_name": "Julien Hennebert",
        "email": "ferme@example.org",
        "price_coefficient": D("1.10"),
        "minimum_order": D("150"),
    },
    "Laiterie des Collines": {
        "contact_name": "Marie Dewez",
        "email": "laiterie@example.org",
        "prices_include_vat": False,
        "price_coefficient": D("1.05"),
        "minimum_order": D("80"),
    },
    "Boulangerie Le Levain": {
        "contact_name": "Karim Benali",
        "email": "levain@example.org",
        "price_coefficient": D("1.00"),
        "minimum_order": D("40"),
    },
}

# producer, shelf, name, unit, producer price, rules: min, step, max (per
# member), stock, deposit, weight (average kg of a piece billed by weight)
P, KG, PKG, L = Unit.PIECE, Unit.KILOGRAM, Unit.PIECE_BY_WEIGHT, Unit.LITRE
FARM, DAIRY, BAKERY = PRODUCERS
PRODUCTS = [
    (FARM, "Légumes", "Poireaux", P, "0.86", "max=6"),
    (
        FARM,
        "Légumes",
        "Pommes de terre Charlotte",
        KG,
        "1.20",
        "min=0.5 step=0.5 max=5",
    ),
    (FARM, "Légumes", "Carottes", KG, "1.45", "min=0.5 step=0.5"),
    (FARM, "Légumes", "Oignons jaunes", KG, "1.80", "min=0.5 step=0.5 max=3"),
    (FARM, "Légumes", "Chou rouge", PKG, "1.73", "weight=0.750 max=3"),
    (FARM, "Légumes", "Chou-fleur", P, "2.30", "max=3"),
    (FARM, "Légumes", "Potimarron", PKG, "2.10", "weight=1.200 max=3"),
    (FARM, "Légumes", "Céleri-rave", PKG, "2.40", "weight=0.900 max=2"),
    (FARM, "Légumes", "Mâche (barquette 150 g)", P, "2.20", "max=4 stock=20"),
    (FARM, "Légumes", "Épinards", KG, "6.50", "min=0.25 step=0.25 max=2"),
    (FARM, "Légumes", "Panais", KG, "3.10", "min=0.5 step=0.5 max=3"),
    (FARM, "Légumes", "Betteraves rouges cuites", KG, "3.60", "min=0.5 step=0.5 max=2"),
    (FARM, "Légumes", "Ail (tête)", P, "0.90", "max=5"),
    (FARM, "Légumes", "Courge butternut", PKG, "1.95", "weight=1.500 max=2"),
    (FARM, "Fruits", "Pommes Jonagold", KG, "2.40", "min=1 step=1 max=6"),
    (FARM, "Fruits", "Poires Conférence", KG, "2.80", "min=1 step=1 max=5"),
    (FARM, "Fruits", "Jus de pommes 1 l", P, "2.10", "deposit=0.20 max=12"),
    (FARM, "Fruits", "Compote de pommes (bocal)", P, "3.40", "deposit=0.50 max=6"),
    (FARM, "Fruits", "Œufs (boîte de 6)", P, "2.60", "max=4 stock=30"),
    (FARM, "Fruits", "Miel de printemps 500 g", P, "8.50", "deposit=0.30 max=3"),
    (DAIRY, "Crèmerie", "Lait entier 1 l", P, "1.20", "deposit=0.30 max=10"),
    (DAIRY, "Crèmerie", "Yaourt nature 500 g", P, "1.90", "deposit=0.40 max=8"),
    (DAIRY, "Crèmerie", "Yaourt aux fraises 500 g", P, "2.20", "deposit=0.40 max=8"),
    (DAIRY, "Crèmerie", "Beurre de ferme 250 g", P, "3.10", "max=4"),
    (DAIRY, "Crèmerie", "Crème fraîche 25 cl", P, "2.40", "deposit=0.40 max=4"),
    (DAIRY, "Crèmerie", "Fromage blanc", KG, "5.60", "min=0.5 step=0.5 max=2"),
    (DAIRY, "Fromages", "Herve doux", PKG, "18.50", "weight=0.200 max=3"),
    (DAIRY, "Fromages", "Tomme des Collines", KG, "21.00", "min=0.25 step=0.25 max=2"),
    (DAIRY, "Fromages", "Chèvre frais", P, "3.20", "max=4 stock=15"),
    (DAIRY, "Fromages", "Bleu de la vallée", KG, "24.00", "min=0.2 step=0.1 max=1"),
    (DAIRY, "Fromages", "Maquée", P, "2.90", "deposit=0.40 max=3"),
    (DAIRY, "Crèmerie", "Babeurre 1 l", L, "1.60", "min=1 step=1 max=4 deposit=0.30"),
    (BAKERY, "Boulangerie", "Pain au levain 800 g", P, "4.60", "max=4 stock=40"),
    (BAKERY, "Boulangerie", "Pain complet 800 g", P, "4.20", "max=4 stock=40"),
    (BAKERY, "Boulangerie", "Pain d'épeautre 600 g", P, "5.10", "max=3 stock=20"),
    (BAKERY, "Boulangerie", "Baguette", P, "2.10", "max=6"),
    (BAKERY, "Boulangerie", "Cramique", P, "6.80", "max=2 stock=10"),
    (BAKERY, "Boulangerie", "Couques au beurre (4)", P, "4.40", "max=3"),
    (BAKERY, "Boulangerie", "Granola maison 500 g", P, "7.90", "max=2 deposit=0.50"),
    (BAKERY, "Boulangerie", "Biscuits spéculoos 250 g", P, "3.90", "max=4"),
]
ORGANIC = {
    "Poireaux",
    "Carottes",
    "Chou rouge",
    "Pommes Jonagold",
    "Lait entier 1 l",
    "Pain au levain 800 g",
    "Pain d'épeautre 600 g",
    "Épinards",
}


def load():
    """Shelves, producers, about forty products, and three permanences: one
    planned, one open with baskets, one closed."""
    if Product.objects.exists():
        return
    with transaction.atomic():
        shelves = {}
        for order, (name, parent) in enumerate(SHELVES):
            shelves[name] = Shelf.objects.create(
                name=name, parent=shelves.get(parent), sort_order=order
            )
        producers = {
            name: Producer.objects.create(name=name, **fields)
            for name, fields in PRODUCERS.items()
        }
        organic = Label.objects.create(name="Bio")
        for producer, shelf, name, unit, price, rules in PRODUCTS:
            product = Product.objects.create(
                producer=producers[producer],
                shelf=shelves[shelf],
                name=name,
                unit=unit,
                producer_price=D(price),
                vat_rate=D("6"),
                **_rules(rules),
            )
            if name in ORGANIC:
                product.labels.add(organic)
    _permanences(list(producers.values()))


RULE_FIELDS = {
    "min": "minimum",
    "step": "step",
    "max": "maximum",
    "stock": "stock",
    "deposit": "deposit",
    "weight": "average_weight",
}


def _rules(text):
    """`"min=0.5 step=0.5 max=5"` → the product's fields."""
    pairs = (rule.split("=") for rule in text.split())
    return {RULE_FIELDS[key]: D(value) for key, value in pairs}


def _permanences(producers):
    today = timezone.localdate()
    days_to_thursday = (3 - today.weekday()) % 7 or 7
    next_thursday = today + timedelta(days=days_to_thursday)
    manager = Member.objects.filter(email="gestion@example.org").first()

    def closing(day):
        moment = timezone.datetime.combine(day - timedelta(days=2), time(20, 0))
        return timezone.make_aware(moment)

    past = Permanence.objects.create(
        date=next_thursday - timedelta(days=7),
        closes_at=closing(next_thursday - timedelta(days=7)),
    )
    current = Permanence.objects.create(
        date=next_thursday, closes_at=closing(next_thursday)
    )
    Permanence.objects.create(date=next_thursday + timedelta(days=14),
                              closes_at=closing(next_thursday + timedelta(days=14)),
                              name="Spéciale fêtes")  # fmt: skip
    for permanence in (past, current):
        permanence.producers.set(producers)
        open_orders(permanence, by=manager)

    members = list(Member.objects.filter(is_active=True).order_by("pk"))
    for index, member in enumerate(members):
        for permanence in (past, current):
            items = list(permanence.offer_items.order_by("pk"))
            for offset in range(0, len(items), 5):
                item = items[(offset + index * 3) % len(items)]
                set_quantity(member, item.pk, item.minimum)
    close_orders(past, by=manager)
    logger.info("Demonstration permanences created")
