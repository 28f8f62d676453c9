"""Managers keep the members in the Wagtail admin; each role does only its
part. Every protected screen is tried as an allowed and a refused role."""

import io
import re

import openpyxl
import pytest
from django.core import mail

from members.models import Member, TeamRole

pytestmark = pytest.mark.django_db

Kind = TeamRole.Kind
NEW_MEMBER = {
    "basket_name": "Fontaine",
    "first_name": "Léa",
    "last_name": "Fontaine",
    "email": "lea@example.org",
    "secondary_email": "lea.bis@example.org",
    "phone": "0478 00 11 22",
    "phone_2": "",
    "address": "",
    "language": "fr",
    "may_order": "on",
    "is_active": "on",
}


def test_the_coordinator_creates_a_member_who_gets_the_invitation(
    client, make_member, django_capture_on_commit_callbacks
):
    client.force_login(make_member(Kind.COORDINATOR))

    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            "/admin/members/new/", {**NEW_MEMBER, "send_invitation": "on"}
        )

    assert response.status_code == 302
    lea = Member.objects.get(email="lea@example.org")
    assert lea.basket_name == "Fontaine"
    assert not lea.has_usable_password()
    assert len(mail.outbox) == 1
    invitation = mail.outbox[0]
    assert invitation.to == ["lea@example.org", "lea.bis@example.org"]
    assert "Fontaine" in invitation.body
    assert re.search(
        r"http://testserver/accounts/password/reset/key/\S+/", invitation.body
    )


def test_a_member_can_be_created_without_invitation(
    client, make_member, django_capture_on_commit_callbacks
):
    client.force_login(make_member(Kind.COORDINATOR))

    with django_capture_on_commit_callbacks(execute=True):
        client.post("/admin/members/new/", NEW_MEMBER)

    assert Member.objects.filter(email="lea@example.org").exists()
    assert mail.outbox == []


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("basket_name", "panier 0"),  # another member's, in another case
        ("email", "M0@example.org"),
        ("secondary_email", "lea@example.org"),
        ("email", "pas-une-adresse"),
    ],
)
def test_bad_input_is_refused_and_nothing_is_created(client, make_member, field, value):
    make_member()  # Panier 0, m0@example.org
    client.force_login(make_member(Kind.COORDINATOR))

    response = client.post("/admin/members/new/", {**NEW_MEMBER, field: value})

    assert response.status_code == 200
    assert field in response.context["form"].errors
    assert not Member.objects.filter(first_name="Léa").exists()


def test_a_manager_stops_a_member_from_ordering_and_deactivates_them(
    client, make_member
):
    anne = make_member(basket_name="Anne")
    client.force_login(make_member(Kind.INVOICE_MANAGER))
    data = {
        **NEW_MEMBER,
        "basket_name": "Anne",
        "email": anne.email,
        "secondary_email": "",
    }
    data.pop("may_order")
    data.pop("is_active")

    response = client.post(f"/admin/members/edit/{anne.pk}/", data)

    assert response.status_code == 302
    anne.refresh_from_db()
    assert anne.may_order is False
    assert anne.is_active is False


def test_only_the_coordinator_gives_roles(client, make_member):
    anne = make_member(basket_name="Anne")
    invoice_manager = make_member(Kind.INVOICE_MANAGER)
    coordinator_role = TeamRole.objects.get(kind=Kind.COORDINATOR)
    data = {
        **NEW_MEMBER,
        "basket_name": "Anne",
        "email": anne.email,
        "secondary_email": "",
    }

    client.force_login(invoice_manager)
    client.post(
        f"/admin/members/edit/{anne.pk}/", {**data, "roles": [coordinator_role.pk]}
    )
    assert not anne.groups.exists()

    client.force_login(make_member(Kind.COORDINATOR))
    client.post(
        f"/admin/members/edit/{anne.pk}/", {**data, "roles": [coordinator_role.pk]}
    )
    assert list(anne.groups.all()) == [coordinator_role.group]


def test_managers_find_members_by_name_email_or_phone(client, make_member):
    make_member(basket_name="Vandersmissen", phone="0499 12 12 12")
    make_member(basket_name="Autre")
    client.force_login(make_member(Kind.ORDER_MANAGER))

    by_name = client.get("/admin/members/", {"q": "smissen"})
    by_phone = client.get("/admin/members/", {"q": "0499"})
    stopped = client.get("/admin/members/", {"may_order": "false"})

    assert by_name.status_code == 200
    assert "Vandersmissen" in by_name.content.decode()
    assert "Autre" not in by_name.content.decode()
    assert "Vandersmissen" in by_phone.content.decode()
    assert stopped.status_code == 200


def test_the_member_list_exports_as_a_workbook(client, make_member):
    make_member(basket_name="Vandersmissen", phone="0499 12 12 12")
    client.force_login(make_member(Kind.COORDINATOR))

    response = client.get("/admin/members/", {"export": "xlsx"})

    assert response.status_code == 200
    workbook = openpyxl.load_workbook(io.BytesIO(b"".join(response.streaming_content)))
    rows = [[cell.value for cell in row] for row in workbook.active.iter_rows()]
    assert any("Vandersmissen" in row and "0499 12 12 12" in row for row in rows)


@pytest.mark.parametrize(
    ("kind", "can_see", "can_add", "can_set_group"),
    [
        (Kind.COORDINATOR, True, True, True),
        (Kind.ORDER_MANAGER, True, False, False),
        (Kind.INVOICE_MANAGER, True, True, False),
        (Kind.WEBMASTER, False, False, False),
    ],
)
def test_each_role_sees_and_does_only_its_part(
    client, demo, make_member, kind, can_see, can_add, can_set_group
):
    client.force_login(make_member(kind))

    assert client.get("/admin/").status_code == 200
    assert (client.get("/admin/members/").status_code == 200) is can_see
    assert (client.get("/admin/members/new/").status_code == 200) is can_add
    settings_page = client.get("/admin/settings/members/groupsettings/1/")
    assert (settings_page.status_code == 200) is can_set_group


def test_the_webmaster_edits_pages_and_the_others_do_not(client, demo, make_member):
    from home.models import ContentPage

    page = ContentPage.objects.get(slug="notre-groupe")

    client.force_login(make_member(Kind.WEBMASTER))
    assert client.get(f"/admin/pages/{page.pk}/edit/").status_code == 200
    client.force_login(make_member(Kind.ORDER_MANAGER))
    assert client.get(f"/admin/pages/{page.pk}/edit/").status_code != 200


def test_a_member_without_a_role_stays_out_of_the_admin(client, make_member):
    client.force_login(make_member())

    response = client.get("/admin/members/")

    assert response.status_code == 302
    assert response["Location"].startswith("/admin/login/")


def test_team_roles_say_who_can_be_contacted(client, make_member):
    coordinator = make_member(Kind.COORDINATOR)
    role = TeamRole.objects.get(kind=Kind.WEBMASTER)
    client.force_login(coordinator)

    response = client.post(f"/admin/team_roles/edit/{role.pk}/", {})

    assert response.status_code == 302
    role.refresh_from_db()
    assert role.can_be_contacted is False
    client.force_login(make_member(Kind.ORDER_MANAGER))
    assert client.get(f"/admin/team_roles/edit/{role.pk}/").status_code != 200
