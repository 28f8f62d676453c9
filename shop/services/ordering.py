"""Ordering: a member (or the order manager for them) sets the quantity of
one offered product in their basket.

The server is the authority. Every change locks the offered product's row,
so that concurrent orders of the last units are served one after the other
and stock is never oversold; a refused change leaves the basket as it was
and says why.
"""

import logging
from dataclasses import dataclass
from decimal import Decimal

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from ..models import Basket, BasketLine, OfferItem, Status
from ..money import ZERO
from ..quantities import allowed_quantities, number

logger = logging.getLogger(__name__)


@dataclass(frozen=True)
class QuantityResult:
    """The quantity really saved, and why the one asked for was refused."""

    saved: Decimal
    refused: str = ""
    item: OfferItem | None = None

    @property
    def ok(self):
        return not self.refused


def set_quantity(member, offer_item_id, quantity, *, forced_by=None, permanence=None):
    """Set `member`'s quantity of an offered product to `quantity`.

    A member may only choose an allowed quantity while orders are open. The
    order manager (`forced_by`) may force any quantity, also once orders have
    closed; the line then records who forced it, and when. Stock limits hold
    for everyone.
    """
    quantity = Decimal(quantity)
    with transaction.atomic():
        item = (
            OfferItem.objects.select_for_update(of=("self",))
            .select_related("permanence")
            .filter(pk=offer_item_id)
            .first()
        )
        if item is None:
            return QuantityResult(ZERO, _("This product is not on offer."))

        basket = Basket.objects.filter(
            permanence=item.permanence, member=member
        ).first()
        line = (
            BasketLine.objects.filter(basket=basket, offer_item=item).first()
            if basket
            else None
        )
        current = line.quantity if line else ZERO

        refusal = _refusal(member, item, quantity, current, forced_by)
        if refusal:
            return QuantityResult(current, refusal, item)
        if quantity == current:
            return QuantityResult(current, item=item)

        if basket is None:
            basket, _created = Basket.objects.get_or_create(
                permanence=item.permanence, member=member
            )
        if quantity == ZERO:
            line.delete()
        elif line is None:
            line = BasketLine(basket=basket, offer_item=item, quantity=quantity)
        else:
            line.quantity = quantity
        if quantity != ZERO:
            if forced_by is not None:
                line.forced_by = forced_by
                line.forced_at = timezone.now()
            line.save()

        item.quantity_ordered += quantity - current
        item.save(update_fields=["quantity_ordered"])
        if basket.confirmed or basket.cancelled:
            # Any change un-confirms the basket (and revives a cancelled one).
            Basket.objects.filter(pk=basket.pk).update(confirmed=False, cancelled=False)
    return QuantityResult(quantity, item=item)


def saved_quantity(member, offer_item_id, *, permanence=None):
    """What `member` has of an offered product now, without changing it."""
    items = OfferItem.objects.filter(pk=offer_item_id)
    if permanence is not None:
        items = items.filter(permanence=permanence)
    item = items.first()
    if item is None:
        return QuantityResult(ZERO, _("This product is not on offer."))
    line = BasketLine.objects.filter(basket__member=member, offer_item=item).first()
    return QuantityResult(line.quantity if line else ZERO, item=item)


def _refusal(member, item, quantity, current, forced_by):
    """Why `quantity` cannot be saved, in the member's words; "" when it can."""
    if quantity < ZERO:
        return _("A quantity cannot be negative.")
    status = item.permanence.status
    if forced_by is None:
        if status != Status.OPEN:
            return _("Orders are closed: your basket can no longer change.")
        if not member.is_active or not member.may_order:
            return _(
                "Your account may not order at the moment: ask the management team."
            )
    elif status not in (Status.OPEN, Status.CLOSED):
        return _("This permanence can no longer change.")

    if item.stock is not None:
        left = item.stock - item.quantity_ordered + current
        if quantity > left:
            return _("Only %(left)s left: someone was faster.") % {"left": number(left)}
    if forced_by is None and quantity not in allowed_quantities(item, current=current):
        if quantity > item.maximum:
            return _(
                "At most %(maximum)s per member: ask the order manager for more."
            ) % {"maximum": number(item.maximum)}
        return _("This quantity is not one the producer accepts.")
    return ""


def release_basket(basket):
    """Cancel a basket: give its quantities back to the stock."""
    with transaction.atomic():
        for line in basket.lines.select_related("offer_item"):
            item = OfferItem.objects.select_for_update().get(pk=line.offer_item_id)
            item.quantity_ordered -= line.quantity
            item.save(update_fields=["quantity_ordered"])
        basket.lines.all().delete()
        basket.cancelled = True
        basket.save(update_fields=["cancelled"])


def confirm_basket(member, permanence):
    """Confirm the member's basket (confirmation mode): it will be kept when
    orders close."""
    if permanence.status != Status.OPEN:
        return False
    return bool(
        Basket.objects.filter(permanence=permanence, member=member, cancelled=False)
        .exclude(lines=None)
        .update(confirmed=True)
    )


def reorder_previous(member, permanence):
    """*Recommander*: fill the basket with the member's previous order, for
    the products on offer now, within today's limits (the largest allowed
    quantity up to the one ordered last time). Returns how many products were
    filled and how many could not be."""
    previous = (
        BasketLine.objects.filter(
            basket__member=member,
            basket__cancelled=False,
            basket__permanence__date__lt=permanence.date,
        )
        .order_by("-basket__permanence__date")
        .values_list("basket__permanence_id", flat=True)
        .first()
    )
    if previous is None:
        return 0, 0
    wanted = dict(
        BasketLine.objects.filter(
            basket__member=member, basket__permanence_id=previous
        ).values_list("offer_item__product_id", "quantity")
    )
    offered = permanence.offer_items.filter(product_id__in=list(wanted))
    filled = missed = 0
    for item in offered:
        line = BasketLine.objects.filter(basket__member=member, offer_item=item).first()
        current = line.quantity if line else ZERO
        choices = [q for q in allowed_quantities(item, current=current) if q > ZERO]
        fitting = [q for q in choices if q <= wanted[item.product_id]]
        if fitting and set_quantity(member, item.pk, fitting[-1]).ok:
            filled += 1
        else:
            missed += 1
    missed += len(wanted) - len(offered)
    return filled, missed
