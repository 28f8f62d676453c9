"""The shop's models: the catalogue, permanences with their frozen offer, and
the members' baskets."""

from .baskets import Basket, BasketLine, Favourite
from .catalogue import Label, Producer, Product, Shelf, Unit
from .permanences import OfferItem, Permanence, PermanenceTransition, Status

__all__ = [
    "Basket",
    "BasketLine",
    "Favourite",
    "Label",
    "OfferItem",
    "Permanence",
    "PermanenceTransition",
    "Producer",
    "Product",
    "Shelf",
    "Status",
    "Unit",
]
