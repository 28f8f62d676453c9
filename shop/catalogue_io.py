"""The catalogue as a workbook: export it, change it in LibreOffice or Excel,
import it back. An import is all or nothing: a bad row is reported by its
line number and nothing is imported."""

import io
from decimal import Decimal, InvalidOperation

import openpyxl
from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from .models import Producer, Product, Shelf, Unit

# (field, heading) in the workbook's order.
COLUMNS = [
    ("producer", gettext_lazy("Producer")),
    ("shelf", gettext_lazy("Shelf")),
    ("name", gettext_lazy("Name")),
    ("unit", gettext_lazy("Unit")),
    ("average_weight", gettext_lazy("Average weight (kg)")),
    ("producer_price", gettext_lazy("Producer price")),
    ("vat_rate", gettext_lazy("VAT rate")),
    ("deposit", gettext_lazy("Deposit")),
    ("minimum", gettext_lazy("Minimum")),
    ("step", gettext_lazy("Step")),
    ("maximum", gettext_lazy("Maximum")),
    ("stock", gettext_lazy("Stock")),
    ("in_offer", gettext_lazy("In the offer")),
]
DECIMALS = {
    "average_weight",
    "producer_price",
    "vat_rate",
    "deposit",
    "minimum",
    "step",
    "maximum",
    "stock",
}
YES = {"1", "yes", "oui", "ja", "true", "x"}


class ImportRefused(Exception):
    """The workbook has errors; `errors` lists them as (line, message)."""

    def __init__(self, errors):
        super().__init__(errors)
        self.errors = errors


def export_workbook():
    """The whole catalogue, one product a row, as .xlsx bytes."""
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.title = str(_("Products"))
    sheet.append([str(heading) for _field, heading in COLUMNS])
    products = Product.objects.select_related("producer", "shelf").order_by(
        "producer__name", "name"
    )
    for product in products:
        sheet.append(
            [
                product.producer.name,
                product.shelf.name,
                product.name,
                product.unit,
                product.average_weight,
                product.producer_price,
                product.vat_rate,
                product.deposit,
                product.minimum,
                product.step,
                product.maximum,
                product.stock,
                _("yes") if product.in_offer else _("no"),
            ]
        )
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


def import_workbook(file):
    """Create or update products from a workbook laid out as the export.

    A product is found by its producer and name. Returns (created, updated);
    raises ImportRefused, having changed nothing, when any row is wrong.
    """
    try:
        sheet = openpyxl.load_workbook(file, read_only=True, data_only=True).active
    except Exception as error:  # noqa: BLE001 - any unreadable file
        raise ImportRefused([(0, _("This file is not an .xlsx workbook."))]) from error

    producers = {p.name.casefold(): p for p in Producer.objects.all()}
    shelves = {s.name.casefold(): s for s in Shelf.objects.all()}
    units = {code.casefold(): code for code in Unit.values}
    units.update({str(label).casefold(): code for code, label in Unit.choices})

    errors, created, updated = [], 0, 0
    with transaction.atomic():
        for line, values in enumerate(sheet.iter_rows(min_row=2, values_only=True), 2):
            if not any(value not in (None, "") for value in values):
                continue
            row = dict(zip([field for field, _h in COLUMNS], values, strict=False))
            try:
                product, is_new = _product(row, producers, shelves, units)
            except ValidationError as error:
                errors.append((line, "; ".join(_messages(error))))
                continue
            created += is_new
            updated += not is_new
        if errors:
            transaction.set_rollback(True)
    if errors:
        raise ImportRefused(errors)
    return created, updated


def _product(row, producers, shelves, units):
    producer = producers.get(str(row.get("producer") or "").strip().casefold())
    if producer is None:
        raise ValidationError(
            _("Unknown producer “%(name)s”.") % {"name": row.get("producer")}
        )
    shelf = shelves.get(str(row.get("shelf") or "").strip().casefold())
    if shelf is None:
        raise ValidationError(
            _("Unknown shelf “%(name)s”.") % {"name": row.get("shelf")}
        )
    unit = units.get(str(row.get("unit") or "").strip().casefold())
    if unit is None:
        raise ValidationError(_("Unknown unit “%(name)s”.") % {"name": row.get("unit")})
    name = str(row.get("name") or "").strip()

    product = Product.objects.filter(producer=producer, name__iexact=name).first()
    is_new = product is None
    if is_new:
        product = Product(producer=producer)
    product.shelf, product.name, product.unit = shelf, name, unit
    for field in DECIMALS:
        value = row.get(field)
        if value in (None, ""):
            if field in ("average_weight", "stock"):
                setattr(product, field, None)
            elif field == "deposit":
                product.deposit = Decimal(0)
            elif is_new and field != "producer_price":
                continue  # the model's default
            else:
                raise ValidationError(_("“%(field)s” is missing.") % {"field": field})
            continue
        try:
            setattr(product, field, Decimal(str(value).replace(",", ".").strip()))
        except InvalidOperation as error:
            raise ValidationError(
                _("“%(value)s” is not a number.") % {"value": value}
            ) from error
    product.in_offer = str(row.get("in_offer") or "").strip().casefold() in YES
    product.full_clean()
    product.save()
    return product, is_new


def _messages(error):
    if hasattr(error, "message_dict"):
        return [
            f"{field}: {message}" if field != "__all__" else message
            for field, messages in error.message_dict.items()
            for message in messages
        ]
    return error.messages
