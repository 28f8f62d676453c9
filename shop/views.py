"""The member's order page and the small requests it makes."""

from decimal import Decimal, InvalidOperation

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import Http404, JsonResponse
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils import formats
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from django.views.decorators.http import require_POST

from members.models import GroupSettings

from .models import Favourite, OfferItem, Permanence, Status
from .offer import Filters, basket_totals, offer_for
from .quantities import quantity_label
from .render import RowWriter, plain
from .services.ordering import (
    QuantityResult,
    confirm_basket,
    reorder_previous,
    saved_quantity,
    set_quantity,
)

VISIBLE = (Status.OPEN, Status.CLOSED)
OTHER_QUANTITY = "other"


def _visible_permanence(pk):
    permanence = get_object_or_404(Permanence, pk=pk)
    if permanence.status not in VISIBLE:
        raise Http404
    return permanence


def _wants_json(request):
    return "application/json" in request.headers.get("Accept", "")


def money(amount):
    return f"{formats.number_format(amount, 2, use_l10n=True)} €"


def total_label(totals):
    label = money(totals.total)
    if totals.estimated:
        label = _("%(total)s (at average weight)") % {"total": label}
    return label


def _back(request, permanence):
    target = request.POST.get("next", "")
    if url_has_allowed_host_and_scheme(target, {request.get_host()}):
        return redirect(target)
    return redirect("shop:order", pk=getattr(permanence, "pk", permanence))


@login_required
def order_page(request, pk):
    """*Commander*: the offer of one permanence, the member's quantities,
    filters that combine and stay in the URL, and the basket's total."""
    permanence = _visible_permanence(pk)
    filters = Filters.from_query(request.GET)
    view = offer_for(request.user, permanence, filters)
    group = GroupSettings.for_request(request)
    editable = permanence.status == Status.OPEN and request.user.may_order
    writer = RowWriter(
        editable=editable,
        favourite_url=reverse("shop:favourite", kwargs={"pk": permanence.pk}),
    )
    return TemplateResponse(
        request,
        "shop/order.html",
        {
            "permanence": permanence,
            "permanence_title": permanence_title(permanence, group),
            "is_open": permanence.status == Status.OPEN,
            "may_order": request.user.may_order,
            "filters": filters,
            "offer": view,
            "rows_html": writer.rows(view.rows),
            "total_label": total_label(view.totals),
            "confirmation": group.order_confirmation,
            "confirmed": permanence.baskets.filter(
                member=request.user, confirmed=True
            ).exists(),
        },
    )


@login_required
@require_POST
def change_quantity(request, pk):
    """Save one quantity. Answers JSON for the page's script, or sends the
    plain form back to the page with a message."""
    item_id = request.POST.get("item", "")
    item_id = int(item_id) if item_id.isdigit() else 0
    # The page's script sends `quantity`; the plain form, `quantity-<item>`.
    raw = request.POST.get("quantity", request.POST.get(f"quantity-{item_id}", ""))
    raw = raw.strip().replace(",", ".")
    quantity = _parse_quantity(raw)

    if quantity is not None:
        result = set_quantity(request.user, item_id, quantity, permanence=pk)
    else:
        # Nothing to save: say why, and show what is saved.
        result = saved_quantity(request.user, item_id, permanence=pk)
        if result.item is not None:
            if raw == OTHER_QUANTITY:
                refused = _(
                    "For a larger quantity, ask the order manager: "
                    "they can set it for you."
                )
            else:
                refused = _("This is not a quantity.")
            result = QuantityResult(result.saved, refused, result.item)

    totals = basket_totals(request.user, pk)
    if _wants_json(request):
        return JsonResponse(
            {
                "saved": plain(result.saved),
                "saved_label": quantity_label(result.item, result.saved)
                if result.item
                else "",
                "refused": result.refused,
                "total": total_label(totals),
                "lines": totals.lines,
            },
            status=409 if result.refused else 200,
        )
    if result.refused:
        messages.error(request, result.refused)
    else:
        messages.success(
            request,
            _("Saved: %(product)s, %(quantity)s.")
            % {
                "product": result.item.name,
                "quantity": quantity_label(result.item, result.saved),
            },
        )
    return _back(request, pk)


def _parse_quantity(raw):
    try:
        quantity = Decimal(raw)
    except InvalidOperation:
        return None
    return quantity if quantity.is_finite() and abs(quantity) < 10**6 else None


@login_required
@require_POST
def toggle_favourite(request, pk):
    """Mark or unmark an offered product with a heart."""
    permanence = _visible_permanence(pk)
    item = get_object_or_404(
        OfferItem, permanence=permanence, pk=request.POST.get("item")
    )
    heart, created = Favourite.objects.get_or_create(
        member=request.user, product_id=item.product_id
    )
    if not created:
        heart.delete()
    if _wants_json(request):
        return JsonResponse({"favourite": created})
    return _back(request, permanence)


@login_required
@require_POST
def reorder(request, pk):
    """*Recommander*: the previous order again, within today's limits."""
    permanence = _visible_permanence(pk)
    filled, missed = reorder_previous(request.user, permanence)
    if filled:
        messages.success(
            request,
            ngettext(
                "%(filled)s product of your previous order is in your basket.",
                "%(filled)s products of your previous order are in your basket.",
                filled,
            )
            % {"filled": filled},
        )
    if missed:
        messages.warning(
            request,
            ngettext(
                "%(missed)s product of your previous order is not on offer now.",
                "%(missed)s products of your previous order are not on offer now.",
                missed,
            )
            % {"missed": missed},
        )
    if not filled and not missed:
        messages.info(request, _("You have no previous order."))
    return _back(request, permanence)


@login_required
@require_POST
def confirm(request, pk):
    """*Confirmer*: keep the basket when orders close (confirmation mode)."""
    permanence = _visible_permanence(pk)
    if confirm_basket(request.user, permanence):
        messages.success(request, _("Your basket is confirmed."))
    else:
        messages.error(request, _("There is nothing to confirm."))
    return _back(request, permanence)


def permanence_title(permanence, group):
    """`Permanence du 25-03-2027`, with the group's own word."""
    return _("%(word)s of %(date)s") % {
        "word": group.permanence_word or _("Permanence"),
        "date": formats.date_format(permanence.date, "d-m-Y"),
    }


def order_url(permanence):
    return reverse("shop:order", kwargs={"pk": permanence.pk})
