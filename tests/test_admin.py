"""The group's settings, kept by the management team in the Wagtail admin."""

import pytest
from wagtail.models import Site

pytestmark = pytest.mark.django_db


def settings_url():
    site = Site.objects.get(is_default_site=True)
    return f"/admin/settings/members/groupsettings/{site.pk}/"


def test_a_manager_changes_the_footer_from_the_admin(client, manager):
    client.force_login(manager)

    form = client.get(settings_url())
    response = client.post(
        settings_url(),
        {
            "name": "GASAP du Parvis",
            "contact_email": "parvis@example.org",
            "phone": "+32 2 555 99 88",
            "address": "Parvis de Saint-Gilles",
            "bank_account": "BE68 5390 0754 7034",
            "permanence_word": "Livraison",
            "invoicing": "on",
            "whos_who": "on",
        },
    )

    assert form.status_code == 200
    assert response.status_code == 302
    footer = client.get("/").content.decode().split('class="site-footer"')[1]
    assert "GASAP du Parvis" in footer
    assert "parvis@example.org" in footer
    assert "Parvis de Saint-Gilles" in footer


def test_a_bad_contact_email_is_refused_and_changes_nothing(client, manager):
    client.force_login(manager)

    response = client.post(
        settings_url(),
        {
            "name": "GASAP du Parvis",
            "contact_email": "pas-une-adresse",
            "permanence_word": "Permanence",
        },
    )

    assert response.status_code == 200
    assert "contact_email" in response.context["form"].errors
    assert "GASAP des Tilleuls" in client.get("/").content.decode()


def test_a_member_cannot_open_the_group_settings(client, member):
    client.force_login(member)

    response = client.get(settings_url())

    assert response.status_code == 302
    assert response["Location"].startswith("/admin/login/")
