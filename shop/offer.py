"""What the order page shows: the offer of a permanence as one member sees
it, filtered, with their quantities, hearts and totals.

Everything is read in a fixed number of queries, whatever the size of the
offer: the page stays fast for a large group.
"""

import unicodedata
from dataclasses import dataclass, field
from decimal import Decimal

from django.db.models import Q
from wagtail.images import get_image_model

from .models import BasketLine, Favourite, OfferItem, Product, Shelf
from .money import ZERO
from .quantities import (
    allowed_quantities,
    line_amount,
    unit_price_label,
)


@dataclass
class Filters:
    """The order page's filters; they combine, and live in the URL."""

    text: str = ""
    producer: int | None = None
    shelf: int | None = None
    ordered: bool = False
    favourites: bool = False

    @classmethod
    def from_query(cls, query):
        def number(name):
            value = query.get(name, "")
            return int(value) if value.isdigit() else None

        return cls(
            text=query.get("q", "").strip()[:100],
            producer=number("producer"),
            shelf=number("shelf"),
            ordered=query.get("ordered") == "1",
            favourites=query.get("favourites") == "1",
        )


@dataclass
class Row:
    item: OfferItem
    shelf: Shelf | None
    labels: list
    quantity: Decimal
    choices: list  # (value, selected)
    favourite: bool
    price_label: str
    forced: bool = False
    picture: object = None  # a rendition, shown with the description


@dataclass
class Totals:
    goods: Decimal = ZERO
    deposit: Decimal = ZERO
    estimated: bool = False
    lines: int = 0

    @property
    def total(self):
        return self.goods + self.deposit


@dataclass
class OfferView:
    rows: list
    totals: Totals
    producers: list = field(default_factory=list)
    shelves: list = field(default_factory=list)


def basket_totals(member, permanence):
    """The running total of a member's basket (an estimate at average weight
    where weights are not known yet); `permanence` may be its primary key."""
    return _member_lines(member, permanence)[1]


def _member_lines(member, permanence):
    """The member's basket lines (with their offered products) and totals."""
    lines = list(
        BasketLine.objects.filter(
            basket__member=member,
            basket__permanence=permanence,
            basket__cancelled=False,
        ).select_related("offer_item")
    )
    totals = Totals()
    for line in lines:
        _add(totals, line_amount(line.offer_item, line.quantity))
    return lines, totals


def _add(totals, amount):
    totals.goods += amount.goods
    totals.deposit += amount.deposit
    totals.estimated = totals.estimated or amount.estimated
    totals.lines += 1


PICTURE_SPEC = "max-480x320"


def _sortable(name):
    """A name as a reader sorts it: Épinards with the E's, not after Z."""
    return (
        unicodedata.normalize("NFKD", name)
        .encode("ascii", "ignore")
        .decode()
        .casefold()
    )


def _shelf_order(shelves, item):
    shelf = shelves.get(item.shelf_id_at_opening)
    if shelf is None:
        return (10**6, "", 0, "")
    top = shelf.parent or shelf
    return (
        top.sort_order,
        top.name,
        0 if shelf is top else shelf.sort_order,
        shelf.name,
    )


def _pictures(ids):
    """The products' pictures at the page's size, in two queries; a picture
    never shown before is made once, then kept."""
    if not ids:
        return {}
    images = get_image_model().objects.filter(pk__in=ids)
    return {
        image.pk: image.get_rendition(PICTURE_SPEC)
        for image in images.prefetch_renditions(PICTURE_SPEC)
    }


def offer_for(member, permanence, filters):
    """The rows of the order page, the basket's totals, and what the filters
    offer to choose from."""
    shelves = {shelf.pk: shelf for shelf in Shelf.objects.select_related("parent")}
    lines, totals = _member_lines(member, permanence)
    quantities = {line.offer_item_id: line.quantity for line in lines}
    forced = {line.offer_item_id for line in lines if line.forced_by_id}
    hearts = set(
        Favourite.objects.filter(member=member).values_list("product_id", flat=True)
    )

    # Labels through a subquery: a list of 1,500 ids is too much for SQLite.
    offered_products = OfferItem.objects.filter(permanence=permanence).values(
        "product_id"
    )
    labels = {}
    for product_id, name in (
        Product.labels.through.objects.filter(product_id__in=offered_products)
        .order_by("label__name")
        .values_list("product_id", "label__name")
    ):
        labels.setdefault(product_id, []).append(name)

    items = (
        OfferItem.objects.filter(permanence=permanence)
        .select_related("producer", "product")
        .order_by("shelf_id_at_opening", "name")
    )
    if filters.text:
        items = items.filter(
            Q(name__icontains=filters.text) | Q(producer__name__icontains=filters.text)
        )
    if filters.producer:
        items = items.filter(producer_id=filters.producer)
    if filters.shelf:
        shelf_ids = [
            pk
            for pk, shelf in shelves.items()
            if filters.shelf in (pk, shelf.parent_id)
        ]
        items = items.filter(shelf_id_at_opening__in=shelf_ids)
    if filters.ordered:
        items = items.filter(pk__in=list(quantities))
    if filters.favourites:
        items = items.filter(product_id__in=list(hearts))

    # Shelf by shelf, in the shelves' own order, then by name.
    items = sorted(
        items, key=lambda item: (*_shelf_order(shelves, item), _sortable(item.name))
    )
    pictures = _pictures({item.product.picture_id for item in items} - {None})

    rows = []
    for item in items:
        quantity = quantities.get(item.pk, ZERO)
        values = allowed_quantities(item, current=quantity)
        if quantity not in values:
            values = sorted([*values, quantity])  # a forced quantity stays shown
        rows.append(
            Row(
                item=item,
                shelf=shelves.get(item.shelf_id_at_opening),
                labels=labels.get(item.product_id, []),
                quantity=quantity,
                choices=[(value, value == quantity) for value in values],
                favourite=item.product_id in hearts,
                price_label=unit_price_label(item),
                forced=item.pk in forced,
                picture=pictures.get(item.product.picture_id),
            )
        )
    return OfferView(
        rows=rows,
        totals=totals,
        producers=list(permanence.producers.order_by("name")),
        shelves=[shelf for shelf in shelves.values() if shelf.parent_id is None],
    )
