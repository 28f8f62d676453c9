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
from django.views.decorators.http import require_POST

from members.models import GroupSettings

from .models import Favourite, OfferItem, Permanence, Status
from .offer import Filters, basket_totals, offer_for
from .quantities import quantity_label
from .services.ordering import confirm_basket, set_quantity

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
    return redirect("shop:order", pk=permanence.pk)


@login_required
def order_page(request, pk):
    """*Commander*: the offer of one permanence, the member's quantities,
    filters that combine and stay in the URL, and the basket's total."""
    permanence = _visible_permanence(pk)
    filters = Filters.from_query(request.GET)
    view = offer_for(request.user, permanence, filters)
    group = GroupSettings.for_request(request)
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
    permanence = _visible_permanence(pk)
    item_id = request.POST.get("item", "")
    raw = request.POST.get("quantity", "").strip().replace(",", ".")
    item = (
        OfferItem.objects.filter(permanence=permanence, pk=item_id).first()
        if item_id.isdigit()
        else None
    )

    if item is None:
        result_saved, refused = Decimal(0), _("This product is not on offer.")
    elif raw == OTHER_QUANTITY:
        result_saved, refused = (
            None,
            _("For a larger quantity, ask the order manager: they can set it for you."),
        )
    else:
        try:
            quantity = Decimal(raw)
            if not quantity.is_finite():
                raise InvalidOperation
        except InvalidOperation:
            result_saved, refused = None, _("This is not a quantity.")
        else:
            result = set_quantity(request.user, item.pk, quantity)
            result_saved, refused = result.saved, result.refused

    if result_saved is None and item is not None:
        line = item.lines.filter(basket__member=request.user).first()
        result_saved = line.quantity if line else Decimal(0)

    totals = basket_totals(request.user, permanence)
    if _wants_json(request):
        return JsonResponse(
            {
                "saved": str(result_saved.normalize()) if result_saved else "0",
                "saved_label": quantity_label(item, result_saved) if item else "",
                "refused": refused,
                "total": total_label(totals),
                "lines": totals.lines,
            },
            status=200 if not refused else 409,
        )
    if refused:
        messages.error(request, refused)
    else:
        messages.success(
            request,
            _("Saved: %(product)s, %(quantity)s.")
            % {"product": item.name, "quantity": quantity_label(item, result_saved)},
        )
    return _back(request, permanence)


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
