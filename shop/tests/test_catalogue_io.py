"""The catalogue as a workbook: export, change, import; all or nothing."""

import io
from decimal import Decimal

import openpyxl
import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

from members.models import TeamRole
from shop.catalogue_io import ImportRefused, export_workbook, import_workbook
from shop.models import Product

pytestmark = pytest.mark.django_db


def rows_of(data):
    sheet = openpyxl.load_workbook(io.BytesIO(data)).active
    return [list(row) for row in sheet.iter_rows(values_only=True)]


def workbook_of(rows):
    book = openpyxl.Workbook()
    for row in rows:
        book.active.append(row)
    buffer = io.BytesIO()
    book.save(buffer)
    buffer.seek(0)
    return buffer


def test_export_then_import_round_trips(products):
    rows = rows_of(export_workbook())
    header, *data = rows
    leeks = next(row for row in data if row[2] == "Poireaux")
    leeks[5] = 0.99  # a new producer price
    new = list(leeks)
    new[2] = "Poireaux primeurs"

    created, updated = import_workbook(workbook_of([header, *data, new]))

    assert (created, updated) == (1, 4)
    assert Product.objects.get(name="Poireaux").producer_price == Decimal("0.99")
    assert Product.objects.get(name="Poireaux primeurs").unit == "piece"


def test_a_bad_row_is_reported_by_its_line_and_nothing_is_imported(products):
    header, *data = rows_of(export_workbook())
    data[0][5] = 9.99
    bad = list(data[1])
    bad[0] = "Producteur inconnu"
    worse = list(data[2])
    worse[9] = "beaucoup"

    with pytest.raises(ImportRefused) as refusal:
        import_workbook(workbook_of([header, data[0], bad, worse]))

    lines = [line for line, _message in refusal.value.errors]
    assert lines == [3, 4]
    assert "Producteur inconnu" in refusal.value.errors[0][1]
    assert Product.objects.get(name=data[0][2]).producer_price != Decimal("9.99")


def test_a_file_that_is_not_a_workbook_is_refused(products):
    with pytest.raises(ImportRefused):
        import_workbook(io.BytesIO(b"not a workbook"))


def test_the_order_manager_imports_from_the_admin(client, make_member, products):
    client.force_login(make_member(TeamRole.Kind.ORDER_MANAGER))
    download = client.get("/admin/products/import/", {"download": "1"})
    header, *data = rows_of(download.content)
    data[0][5] = 7.77
    upload = SimpleUploadedFile("catalogue.xlsx", workbook_of([header, *data]).read())

    response = client.post("/admin/products/import/", {"workbook": upload})

    assert response.status_code == 302
    assert Product.objects.filter(producer_price=Decimal("7.77")).count() == 1


def test_the_webmaster_cannot_import(client, make_member, products):
    client.force_login(make_member(TeamRole.Kind.WEBMASTER))

    assert client.get("/admin/products/import/").status_code in (302, 403)
