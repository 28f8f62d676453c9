"""A permanence at a glance, for the managers' dashboard."""

from dataclasses import dataclass, field
from decimal import Decimal

from django.utils.translation import gettext as _

from .models import BasketLine, Permanence, Status
from .money import ZERO
from .quantities import line_amount


@dataclass
class ProducerTotal:
    name: str
    total: Decimal
    minimum: Decimal

    @property
    def reached(self):
        return self.total >= self.minimum

    @property
    def percent(self):
        """How far towards the minimum order (100 when there is none)."""
        if not self.minimum:
            return 100
        return min(100, int(self.total * 100 / self.minimum))


@dataclass
class Summary:
    permanence: Permanence
    baskets: int = 0
    total: Decimal = ZERO
    producers: list = field(default_factory=list)
    to_do: str = ""


def summarise(permanence):
    """Baskets, total, the total per producer against its minimum order, and
    what is left to do. Two queries."""
    summary = Summary(permanence)
    per_producer = {}
    baskets = set()
    lines = BasketLine.objects.filter(
        basket__permanence=permanence, basket__cancelled=False
    ).select_related("offer_item")
    for line in lines:
        amount = line_amount(line.offer_item, line.quantity).total
        baskets.add(line.basket_id)
        summary.total += amount
        per_producer[line.offer_item.producer_id] = (
            per_producer.get(line.offer_item.producer_id, ZERO) + amount
        )
    summary.baskets = len(baskets)
    summary.producers = [
        ProducerTotal(
            producer.name, per_producer.get(producer.pk, ZERO), producer.minimum_order
        )
        for producer in permanence.producers.order_by("name")
    ]
    summary.to_do = {
        Status.OPEN: _("Close the orders at the closing time."),
        Status.CLOSED: _("Record the delivered quantities and weights, then invoice."),
    }.get(permanence.status, "")
    return summary


def dashboard():
    """The open and closed permanences, soonest first."""
    permanences = Permanence.objects.filter(
        status__in=(Status.OPEN, Status.CLOSED)
    ).order_by("date")
    return [summarise(permanence) for permanence in permanences]
