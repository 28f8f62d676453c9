"""Admin screens of the shop that are not plain create/edit forms."""

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.db.models import Count, Sum
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.generic import TemplateView
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin

from .models import Permanence, Status
from .services import permanences as transitions

ACTIONS = {
    "open": (transitions.open_orders, Status.OPEN, gettext_lazy("Open the orders")),
    "close": (
        transitions.close_orders,
        Status.CLOSED,
        gettext_lazy("Close the orders"),
    ),
    "archive": (
        transitions.archive_permanence,
        Status.ARCHIVED,
        gettext_lazy("Archive"),
    ),
    "cancel": (
        transitions.cancel_permanence,
        Status.CANCELLED,
        gettext_lazy("Cancel the permanence"),
    ),
}


class PermanenceStatusView(WagtailAdminTemplateMixin, TemplateView):
    """A permanence's status, its history, and the moves it allows now."""

    template_name = "shop/admin/permanence_status.html"
    header_icon = "calendar"

    def dispatch(self, request, pk):
        if not request.user.has_perm("shop.view_permanence"):
            raise PermissionDenied
        self.permanence = get_object_or_404(Permanence, pk=pk)
        return super().dispatch(request, pk)

    def get_page_title(self):
        return str(self.permanence)

    def get_breadcrumbs_items(self):
        return [
            {"url": reverse("permanence_admin:index"), "label": _("Permanences")},
            {"url": "", "label": str(self.permanence)},
        ]

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        may_act = self.request.user.has_perm("shop.open_orders")
        totals = self.permanence.baskets.filter(cancelled=False).aggregate(
            baskets=Count("pk", distinct=True), lines=Count("lines")
        )
        context.update(
            permanence=self.permanence,
            status=Status(self.permanence.status),
            actions=[
                (key, label)
                for key, (_service, target, label) in ACTIONS.items()
                if may_act and self.permanence.can_move_to(target)
            ],
            history=self.permanence.transitions.select_related("by"),
            baskets=totals["baskets"],
            offer_count=self.permanence.offer_items.count(),
            ordered=self.permanence.offer_items.aggregate(
                total=Sum("quantity_ordered")
            )["total"],
        )
        return context

    def post(self, request, pk):
        if not request.user.has_perm("shop.open_orders"):
            raise PermissionDenied
        action = ACTIONS.get(request.POST.get("action"))
        if action is None:
            messages.error(request, _("Unknown action."))
        else:
            service, _target, _label = action
            try:
                service(self.permanence, by=request.user)
            except transitions.TransitionNotAllowed as refusal:
                messages.error(request, str(refusal))
            else:
                messages.success(
                    request,
                    _("%(permanence)s: %(status)s.")
                    % {
                        "permanence": self.permanence,
                        "status": Status(self.permanence.status).label,
                    },
                )
        return redirect("permanence_admin:status", pk=self.permanence.pk)
