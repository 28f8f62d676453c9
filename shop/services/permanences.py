"""The permanence's transitions: open, close, cancel.

Each is one explicit step, allowed only from the states `TRANSITIONS` lists;
asking for the state the permanence is already in does nothing (and sends
nothing twice).
"""

import logging

from django.db import transaction
from django.utils.translation import gettext as _

from .. import signals
from ..models import OfferItem, Permanence, PermanenceTransition, Product, Status

logger = logging.getLogger(__name__)


class TransitionNotAllowed(Exception):
    """A move the permanence's state does not allow; the text says why, in the
    manager's words."""


def _move(permanence, target, by, work=None, signal=None):
    """Lock the permanence, check the move, do `work`, record it."""
    with transaction.atomic():
        locked = Permanence.objects.select_for_update().get(pk=permanence.pk)
        if locked.status == target:
            return locked, False
        if not locked.can_move_to(target):
            raise TransitionNotAllowed(
                _("A permanence that is “%(current)s” cannot become “%(target)s”.")
                % {
                    "current": Status(locked.status).label,
                    "target": Status(target).label,
                }
            )
        if work is not None:
            work(locked)
        previous = locked.status
        locked.status = target
        locked.save(update_fields=["status"])
        PermanenceTransition.objects.create(
            permanence=locked, from_status=previous, to_status=target, by=by
        )
        if signal is not None:
            transaction.on_commit(
                lambda: signal.send(sender=Permanence, permanence=locked, by=by)
            )
    logger.info("Permanence %s: %s → %s", locked.pk, previous, target)
    permanence.status = locked.status
    return locked, True


def _freeze_offer(permanence):
    """Copy each product on offer from the permanence's producers, with its
    price and rules as they are now."""
    products = Product.objects.filter(
        in_offer=True,
        producer__active=True,
        producer__in=permanence.producers.all(),
    ).select_related("producer")
    if not products:
        raise TransitionNotAllowed(
            _("No product is on offer for the producers of this permanence.")
        )
    OfferItem.objects.bulk_create(
        [
            OfferItem(
                permanence=permanence,
                product=product,
                producer=product.producer,
                shelf_id_at_opening=product.shelf_id,
                name=product.name,
                unit=product.unit,
                unit_price=product.member_price,
                vat_rate=product.vat_rate,
                deposit=product.deposit,
                average_weight=product.average_weight,
                minimum=product.minimum,
                step=product.step,
                maximum=product.maximum,
                stock=product.stock,
            )
            for product in products
        ],
        ignore_conflicts=True,
    )


def open_orders(permanence, *, by=None):
    """Open the orders: freeze the offer; members may now order."""
    return _move(
        permanence, Status.OPEN, by, work=_freeze_offer, signal=signals.orders_opened
    )[0]


def close_orders(permanence, *, by=None):
    """Close the orders: members can no longer change their baskets. In
    confirmation mode, baskets never confirmed are cancelled."""
    from members.models import GroupSettings

    def work(locked):
        if GroupSettings.for_default_site().order_confirmation:
            cancel_unconfirmed_baskets(locked)

    return _move(
        permanence, Status.CLOSED, by, work=work, signal=signals.orders_closed
    )[0]


def cancel_permanence(permanence, *, by=None):
    """Cancel the permanence (from planned, open or closed)."""
    return _move(permanence, Status.CANCELLED, by, signal=signals.permanence_cancelled)[
        0
    ]


def archive_permanence(permanence, *, by=None):
    """Archive a permanence that was distributed (and invoiced, if the group
    invoices)."""
    return _move(permanence, Status.ARCHIVED, by)[0]


def cancel_unconfirmed_baskets(permanence):
    """Cancel the baskets never confirmed, giving their quantities back to
    the stock."""
    from .ordering import release_basket

    for basket in permanence.baskets.filter(confirmed=False, cancelled=False):
        release_basket(basket)
