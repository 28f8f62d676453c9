"""The order page's product rows, written out in Python.

A large group's offer has 1,500 products with a dozen quantity choices each:
rendered through the template language that is most of a second, written
here it is a fraction of it. The HTML is the same a template would give, and
every value is escaped.
"""

from django.utils import formats
from django.utils.html import escape, format_html
from django.utils.safestring import mark_safe
from django.utils.translation import gettext as _

from .quantities import quantity_label


def plain(quantity):
    """`2`, `0.5`: a quantity as a form value (never localised)."""
    return format(quantity.normalize(), "f")


class RowWriter:
    """Writes the rows of one order page, remembering the wording of each
    quantity it has already written."""

    def __init__(self, *, editable, favourite_url):
        self.editable = editable
        self.favourite_url = favourite_url
        self.labels = {}
        self.texts = {
            "other": escape(_("Other quantity…")),
            "ok": escape(_("OK")),
            "forced": escape(_("Set by the order manager")),
            "favourite": escape(_("Favourite")),
        }

    def label(self, item, value):
        key = (item.unit, item.average_weight, value)
        if key not in self.labels:
            self.labels[key] = escape(quantity_label(item, value))
        return self.labels[key]

    def row(self, row):
        item = row.item
        pk = item.pk
        options = "".join(
            f'<option value="{plain(value)}"{" selected" if selected else ""}>'
            f"{self.label(item, value)}</option>"
            for value, selected in row.choices
        )
        disabled = "" if self.editable else " disabled"
        name = escape(item.name)
        if item.product.description or row.picture:
            picture = ""
            if row.picture:
                picture = format_html(
                    '<img src="{}" width="{}" height="{}" alt="" loading="lazy">',
                    row.picture.url,
                    row.picture.width,
                    row.picture.height,
                )
            title = format_html(
                '<details class="offer-item__details">'
                '<summary class="offer-item__name">{}</summary>{}<p>{}</p></details>',
                item.name,
                picture,
                item.product.description,
            )
        else:
            title = f'<p class="offer-item__name">{name}</p>'
        labels = "".join(
            f' <span class="label">{escape(label)}</span>' for label in row.labels
        )
        deposit = ""
        if item.deposit:
            deposit = "<br>" + format_html(
                '<span class="deposit">{}</span>',
                _("+ %(amount)s € deposit") % {"amount": _money(item.deposit)},
            )
        ok = (
            f'<button type="submit" name="item" value="{pk}" '
            f'class="button button--small js-hide">{self.texts["ok"]}</button>'
            if self.editable
            else ""
        )
        quantity_of = escape(_("Quantity of %(name)s") % {"name": item.name})
        favourite_of = escape(_("Favourite: %(name)s") % {"name": item.name})
        return (
            f'<li class="offer-item" id="item-{pk}" data-item="{pk}">'
            f'<div class="offer-item__main">{title}'
            f'<p class="offer-item__producer">{escape(item.producer.name)}{labels}</p>'
            f"</div>"
            f'<p class="offer-item__price">{escape(row.price_label)}{deposit}</p>'
            f'<div class="quantity-form">'
            f'<label for="quantity-{pk}" class="visually-hidden">{quantity_of}</label>'
            f'<select id="quantity-{pk}" name="quantity-{pk}" '
            f'data-saved="{plain(row.quantity)}" aria-describedby="message-{pk}"'
            f'{disabled}>{options}<option value="other">{self.texts["other"]}'
            f"</option></select>{ok}"
            f'<span class="offer-item__message" id="message-{pk}" aria-live="polite">'
            f"{self.texts['forced'] if row.forced else ''}</span></div>"
            f'<button type="submit" class="heart" formaction="{self.favourite_url}" '
            f'name="item" value="{pk}" '
            f'aria-pressed="{"true" if row.favourite else "false"}" '
            f'title="{self.texts["favourite"]}"><span aria-hidden="true">♥</span>'
            f'<span class="visually-hidden">{favourite_of}</span></button>'
            f"</li>"
        )

    def rows(self, rows):
        """The rows, with a heading before each shelf."""
        parts, current = [], None
        for row in rows:
            if row.shelf is not None and row.shelf.pk != current:
                current = row.shelf.pk
                parts.append(
                    f'<li class="offer-shelf"><h2>{escape(str(row.shelf))}</h2></li>'
                )
            parts.append(self.row(row))
        # Every value above went through escape() or format_html().
        return mark_safe("".join(parts))  # noqa: S308


def _money(amount):
    return formats.number_format(amount, 2, use_l10n=True)
