"""Admin screens of the shop that are not plain create/edit forms."""

from django import forms
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.db.models import Count
from django.http import HttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.generic import TemplateView
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin

from members.models import Member

from . import catalogue_io
from .models import OfferItem, Permanence, Product, Status
from .quantities import quantity_label
from .services import permanences as transitions
from .services.ordering import set_quantity

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
            may_force=self.request.user.has_perm("shop.force_quantity")
            and self.permanence.status in (Status.OPEN, Status.CLOSED),
            offer_count=self.permanence.offer_items.count(),
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


class ForceQuantityForm(forms.Form):
    member = forms.ModelChoiceField(
        label=gettext_lazy("Member"), queryset=Member.objects.none()
    )
    item = forms.ModelChoiceField(
        label=gettext_lazy("Product"), queryset=OfferItem.objects.none()
    )
    quantity = forms.DecimalField(
        label=gettext_lazy("Quantity"), min_value=0, max_digits=9, decimal_places=3
    )

    def __init__(self, *args, permanence, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["member"].queryset = Member.objects.filter(is_active=True)
        self.fields["item"].queryset = permanence.offer_items.select_related(
            "producer"
        ).order_by("name")
        self.fields["item"].label_from_instance = lambda item: (
            f"{item.name} ({item.producer.name})"
        )


class ForceQuantityView(WagtailAdminTemplateMixin, TemplateView):
    """The order manager sets any quantity for a member, also after closing;
    the basket line records who forced it, and when."""

    template_name = "shop/admin/force_quantity.html"
    header_icon = "edit"

    def dispatch(self, request, pk):
        if not request.user.has_perm("shop.force_quantity"):
            raise PermissionDenied
        self.permanence = get_object_or_404(Permanence, pk=pk)
        self.form = ForceQuantityForm(request.POST or None, permanence=self.permanence)
        return super().dispatch(request, pk)

    def get_page_title(self):
        return _("Force a quantity")

    def get_page_subtitle(self):
        return str(self.permanence)

    def get_context_data(self, **kwargs):
        return super().get_context_data(form=self.form, permanence=self.permanence)

    def post(self, request, pk):
        if self.form.is_valid():
            data = self.form.cleaned_data
            result = set_quantity(
                data["member"],
                data["item"].pk,
                data["quantity"],
                forced_by=request.user,
            )
            if result.ok:
                messages.success(
                    request,
                    _("%(member)s: %(quantity)s of %(product)s.")
                    % {
                        "member": data["member"],
                        "quantity": quantity_label(data["item"], result.saved),
                        "product": data["item"].name,
                    },
                )
                return redirect("permanence_admin:force", pk=self.permanence.pk)
            self.form.add_error("quantity", result.refused)
        return self.get(request, pk)


class CatalogueImportForm(forms.Form):
    workbook = forms.FileField(
        label=gettext_lazy("Workbook (.xlsx)"),
        help_text=gettext_lazy(
            "Laid out as the export: one product a row. A product is found by its "
            "producer and name; the others are created."
        ),
    )


class CatalogueImportView(WagtailAdminTemplateMixin, TemplateView):
    """Import the catalogue from a workbook, or download it as one."""

    template_name = "shop/admin/catalogue_import.html"
    header_icon = "download"

    def dispatch(self, request, *args, **kwargs):
        if not request.user.has_perm("shop.change_product"):
            raise PermissionDenied
        self.form = CatalogueImportForm(request.POST or None, request.FILES or None)
        self.errors = []
        return super().dispatch(request, *args, **kwargs)

    def get_page_title(self):
        return _("Import the catalogue")

    def get(self, request, *args, **kwargs):
        if request.GET.get("download"):
            response = HttpResponse(
                catalogue_io.export_workbook(),
                content_type="application/vnd.openxmlformats-officedocument"
                ".spreadsheetml.sheet",
            )
            response["Content-Disposition"] = 'attachment; filename="catalogue.xlsx"'
            return response
        return super().get(request, *args, **kwargs)

    def get_context_data(self, **kwargs):
        return super().get_context_data(form=self.form, errors=self.errors)

    def post(self, request, *args, **kwargs):
        if self.form.is_valid():
            try:
                created, updated = catalogue_io.import_workbook(
                    self.form.cleaned_data["workbook"]
                )
            except catalogue_io.ImportRefused as refusal:
                self.errors = refusal.errors
                messages.error(request, _("Nothing was imported: correct these rows."))
            else:
                messages.success(
                    request,
                    _("Catalogue imported: %(created)s new, %(updated)s updated.")
                    % {"created": created, "updated": updated},
                )
                return redirect("product_admin:index")
        return super().get(request, *args, **kwargs)


class ToggleOfferView(WagtailAdminTemplateMixin, TemplateView):
    """Put a product in the offer, or take it out, from the products' list."""

    template_name = "shop/admin/toggle_offer.html"
    header_icon = "pick"

    def dispatch(self, request, pk):
        if not request.user.has_perm("shop.change_product"):
            raise PermissionDenied
        self.product = get_object_or_404(Product, pk=pk)
        return super().dispatch(request, pk)

    def get_page_title(self):
        return str(self.product)

    def get_context_data(self, **kwargs):
        return super().get_context_data(product=self.product)

    def post(self, request, pk):
        self.product.in_offer = not self.product.in_offer
        self.product.save(update_fields=["in_offer"])
        if self.product.in_offer:
            message = _("%(product)s is in the offer.")
        else:
            message = _("%(product)s is out of the offer.")
        messages.success(request, message % {"product": self.product})
        target = request.POST.get("next", "")
        if url_has_allowed_host_and_scheme(target, {request.get_host()}):
            return redirect(target)
        return redirect("product_admin:index")
