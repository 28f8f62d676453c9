"""*Groupe > Moi*: a member reads and changes their own data, and only that."""

import pytest

pytestmark = pytest.mark.django_db

ME = "/groupe/moi/"


def form_data(**changes):
    data = {
        "first_name": "Camille",
        "last_name": "Lambert",
        "secondary_email": "",
        "phone": "0470 12 34 56",
        "phone_2": "",
        "address": "",
        "language": "fr",
        "about": "",
    }
    data.update(changes)
    return {key: value for key, value in data.items() if value is not None}


def test_a_visitor_is_sent_to_connexion(client):
    response = client.get(ME)

    assert response.status_code == 302
    assert response["Location"].startswith("/accounts/login/")


def test_the_member_sees_their_own_data(client, member):
    client.force_login(member)

    html = client.get(ME).content.decode()

    assert "<h1>Moi</h1>" in html
    assert "Lambert" in html and "membre@example.org" in html
    assert 'value="0470 12 34 56"' in html


def test_the_member_changes_their_data_and_choices(client, member):
    client.force_login(member)

    response = client.post(
        ME,
        form_data(
            phone="0499 99 99 99",
            secondary_email="camille.bis@example.org",
            in_directory="on",
            directory_phone="on",
            about="Je fais du pain le samedi.",
        ),
        follow=True,
    )

    member.refresh_from_db()
    assert member.phone == "0499 99 99 99"
    assert member.secondary_email == "camille.bis@example.org"
    assert member.in_directory and member.directory_phone and not member.directory_email
    assert member.about == "Je fais du pain le samedi."
    assert "Vos données sont enregistrées." in response.content.decode()


def test_the_basket_name_primary_email_and_flags_stay_the_managers(client, member):
    client.force_login(member)

    client.post(
        ME,
        form_data(
            basket_name="Autre nom",
            email="pirate@example.org",
            may_order="",
            is_active="",
            is_superuser="on",
        ),
    )

    member.refresh_from_db()
    assert member.basket_name == "Lambert"
    assert member.email == "membre@example.org"
    assert member.may_order and member.is_active and not member.is_superuser


def test_bad_input_is_refused_and_changes_nothing(client, member):
    client.force_login(member)

    response = client.post(
        ME, form_data(secondary_email="membre@example.org", phone="0400")
    )

    assert response.status_code == 200
    assert "secondary_email" in response.context["form"].errors
    member.refresh_from_db()
    assert member.phone == "0470 12 34 56"


def test_the_secondary_email_cannot_be_another_members_login(client, member):
    client.force_login(member)

    response = client.post(ME, form_data(secondary_email="gestion@example.org"))

    assert "secondary_email" in response.context["form"].errors


def test_a_member_only_ever_edits_themself(client, member):
    from members.models import Member

    other = Member.objects.get(email="gestion@example.org")
    client.force_login(member)

    client.post(f"{ME}?pk={other.pk}", form_data(phone="0411 11 11 11", first_name="X"))

    other.refresh_from_db()
    assert other.phone == "0471 22 33 44"
    assert other.first_name == "Dominique"


def small_png():
    import io

    from PIL import Image

    buffer = io.BytesIO()
    Image.new("RGB", (40, 40), "#2f6b3a").save(buffer, format="PNG")
    return buffer.getvalue()


def test_the_member_adds_a_picture(client, member):
    from django.core.files.uploadedfile import SimpleUploadedFile

    client.force_login(member)

    client.post(
        ME,
        {
            **form_data(),
            "picture": SimpleUploadedFile("moi.png", small_png(), "image/png"),
        },
    )

    member.refresh_from_db()
    assert member.picture.name.startswith("members/moi")


def test_a_file_that_is_not_a_picture_is_refused(client, member):
    from django.core.files.uploadedfile import SimpleUploadedFile

    client.force_login(member)

    response = client.post(
        ME,
        {
            **form_data(phone="0400 00 00 00"),
            "picture": SimpleUploadedFile("moi.png", b"not an image", "image/png"),
        },
    )

    assert "picture" in response.context["form"].errors
    member.refresh_from_db()
    assert not member.picture
    assert member.phone == "0470 12 34 56"
