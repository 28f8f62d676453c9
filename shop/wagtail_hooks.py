"""The shop's screens in the Wagtail admin: catalogue and permanences."""

from django.urls import path, reverse
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.admin.ui.components import Component
from wagtail.admin.ui.menus import MenuItem
from wagtail.admin.ui.tables import BooleanColumn, Column
from wagtail.admin.views.generic import EditView, IndexView
from wagtail.admin.viewsets.model import ModelViewSet, ModelViewSetGroup
from wagtail.admin.widgets import Button

from .admin_views import (
    CatalogueImportView,
    ForceQuantityView,
    PermanenceStatusView,
    ToggleOfferView,
)
from .catalogue_io import COLUMNS as CATALOGUE_COLUMNS
from .models import Label, Permanence, Producer, Product, Shelf
from .summary import dashboard


class ProducerViewSet(ModelViewSet):
    model = Producer
    icon = "home"
    menu_label = _("Producers")
    search_fields = ["name", "contact_name", "email"]
    search_backend_name = None
    list_display = [
        "name",
        "contact_name",
        "email",
        "price_coefficient",
        BooleanColumn("active", label=_("Active")),
    ]
    list_filter = ["active"]
    panels = [
        FieldPanel("name"),
        FieldPanel("contact_name"),
        FieldRowPanel(
            [FieldPanel("email"), FieldPanel("email_2"), FieldPanel("email_3")]
        ),
        FieldPanel("phone"),
        FieldPanel("description"),
        FieldPanel("picture"),
        MultiFieldPanel(
            [
                FieldPanel("prices_include_vat"),
                FieldPanel("price_coefficient"),
                FieldPanel("minimum_order"),
            ],
            heading=_("Prices"),
        ),
        FieldPanel("active"),
    ]


class ShelfViewSet(ModelViewSet):
    model = Shelf
    icon = "list-ul"
    menu_label = _("Shelves")
    list_display = ["__str__", "sort_order"]
    form_fields = ["name", "parent", "sort_order"]


class LabelViewSet(ModelViewSet):
    model = Label
    icon = "tag"
    menu_label = _("Labels")
    form_fields = ["name"]


class ProductIndexView(IndexView):
    def get_list_more_buttons(self, instance):
        label = (
            _("Take out of the offer") if instance.in_offer else _("Put in the offer")
        )
        return [
            MenuItem(
                label,
                url=reverse("product_admin:toggle_offer", args=[instance.pk])
                + f"?next={self.request.get_full_path()}",
                icon_name="pick",
                priority=5,
            ),
            *super().get_list_more_buttons(instance),
        ]

    @cached_property
    def header_more_buttons(self):
        return [
            *super().header_more_buttons,
            Button(
                _("Import or download the catalogue (.xlsx)"),
                url=reverse("product_admin:import"),
                icon_name="download",
                priority=50,
            ),
        ]


class ProductViewSet(ModelViewSet):
    """Products: found by name, producer and shelf; exported as a workbook."""

    model = Product
    index_view_class = ProductIndexView
    icon = "pick"
    menu_label = _("Products")
    copy_view_enabled = True
    search_fields = ["name", "description", "producer__name"]
    search_backend_name = None
    list_display = [
        "name",
        "producer",
        "shelf",
        "unit",
        Column("member_price", label=_("Member price")),
        BooleanColumn("in_offer", label=_("In the offer")),
    ]
    list_filter = ["producer", "shelf", "in_offer", "unit", "labels"]
    list_export = [field for field, _heading in CATALOGUE_COLUMNS]
    export_filename = "produits"

    def get_urlpatterns(self):
        return [
            *super().get_urlpatterns(),
            path("import/", CatalogueImportView.as_view(), name="import"),
            path(
                "toggle-offer/<int:pk>/",
                ToggleOfferView.as_view(),
                name="toggle_offer",
            ),
        ]

    panels = [
        FieldRowPanel([FieldPanel("producer"), FieldPanel("shelf")]),
        FieldPanel("name"),
        FieldPanel("description"),
        FieldPanel("picture"),
        FieldPanel("labels"),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("unit"), FieldPanel("average_weight")]),
                FieldRowPanel(
                    [
                        FieldPanel("producer_price"),
                        FieldPanel("vat_rate"),
                        FieldPanel("deposit"),
                    ]
                ),
            ],
            heading=_("Price"),
        ),
        MultiFieldPanel(
            [
                FieldRowPanel(
                    [FieldPanel("minimum"), FieldPanel("step"), FieldPanel("maximum")]
                ),
                FieldPanel("stock"),
                FieldPanel("in_offer"),
            ],
            heading=_("Quantities"),
        ),
    ]


class PermanenceIndexView(IndexView):
    """The permanences' list, each with a way to its status screen."""

    def get_list_more_buttons(self, instance):
        return [
            MenuItem(
                _("Status: open, close…"),
                url=reverse("permanence_admin:status", args=[instance.pk]),
                icon_name="calendar-check",
                priority=5,
            ),
            *super().get_list_more_buttons(instance),
        ]


class PermanenceEditView(EditView):
    @cached_property
    def header_more_buttons(self):
        return [
            Button(
                _("Status: open, close…"),
                url=reverse("permanence_admin:status", args=[self.object.pk]),
                icon_name="calendar-check",
                priority=5,
            ),
            *super().header_more_buttons,
        ]


class PermanenceViewSet(ModelViewSet):
    """Permanences, with a status screen to open, close or cancel them."""

    model = Permanence
    index_view_class = PermanenceIndexView
    edit_view_class = PermanenceEditView
    icon = "calendar"
    menu_label = _("Permanences")
    list_display = ["__str__", "status", "closes_at"]
    list_filter = ["status"]
    panels = [
        FieldRowPanel([FieldPanel("date"), FieldPanel("closes_at")]),
        FieldPanel("name"),
        FieldPanel("producers"),
        FieldPanel("offer_text"),
    ]

    def get_urlpatterns(self):
        return [
            *super().get_urlpatterns(),
            path("status/<int:pk>/", PermanenceStatusView.as_view(), name="status"),
            path("force/<int:pk>/", ForceQuantityView.as_view(), name="force"),
        ]


class ShopViewSetGroup(ModelViewSetGroup):
    menu_label = _("Orders")
    menu_icon = "calendar"
    menu_order = 190
    items = (
        PermanenceViewSet("permanences", url_namespace="permanence_admin"),
        ProductViewSet("products", url_namespace="product_admin"),
        ProducerViewSet("producers", url_namespace="producer_admin"),
        ShelfViewSet("shelves", url_namespace="shelf_admin"),
        LabelViewSet("labels", url_namespace="label_admin"),
    )


@hooks.register("register_admin_viewset")
def register_viewsets():
    return ShopViewSetGroup()


class PermanencesPanel(Component):
    """The admin's home: each open and closed permanence at a glance."""

    name = "permanences"
    order = 50
    template_name = "shop/admin/dashboard_panel.html"

    def get_context_data(self, parent_context):
        return {"summaries": dashboard()}


@hooks.register("construct_homepage_panels")
def add_permanences_panel(request, panels):
    if request.user.has_perm("shop.view_permanence"):
        panels.insert(0, PermanencesPanel())
