from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ShopConfig(AppConfig):
    name = "shop"
    verbose_name = _("Shop")

    def ready(self):
        from members.models import TeamRole
        from members.roles import grant

        catalogue = [
            f"shop.{action}_{model}"
            for model in ("producer", "shelf", "label", "product")
            for action in ("add", "change", "delete", "view")
        ]
        permanences = [
            f"shop.{action}_permanence" for action in ("add", "change", "view")
        ] + ["shop.open_orders", "shop.force_quantity"]
        grant(TeamRole.Kind.ORDER_MANAGER, *catalogue, *permanences)
        grant(TeamRole.Kind.COORDINATOR, *catalogue, *permanences)
        grant(
            TeamRole.Kind.INVOICE_MANAGER, "shop.view_permanence", "shop.view_product"
        )
