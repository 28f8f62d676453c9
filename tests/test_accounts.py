"""Logging in with the primary email through django-allauth; no sign-up."""

import pytest

from members.models import Member

pytestmark = pytest.mark.django_db


def test_the_login_page_offers_the_password_reset_path(client, demo):
    html = client.get("/accounts/login/").content.decode()

    assert "<h1>Connexion</h1>" in html
    assert '<label for="id_login">Adresse mail principale</label>' in html
    assert '<label for="id_password">Mot de passe</label>' in html
    assert (
        '<a href="/accounts/password/reset/">Réinitialisation du mot de passe</a>'
        in html
    )


def test_a_member_logs_in_and_sees_their_name_at_the_top_right(client, demo):
    response = client.post(
        "/accounts/login/",
        {"login": "membre@example.org", "password": "portail-demo"},
        follow=True,
    )

    assert response.redirect_chain == [("/", 302)]
    html = response.content.decode()
    assert '<summary class="account-name">Lambert</summary>' in html
    assert ">Connexion</a>" not in html
    # A member is not a manager: no way into the admin from the menu.
    assert "/admin/" not in html


def test_a_manager_finds_the_administration_in_their_menu(client, manager):
    client.force_login(manager)

    html = client.get("/").content.decode()

    assert 'href="/admin/">Administration</a>' in html


def test_a_wrong_password_is_refused_and_changes_nothing(client, demo):
    response = client.post(
        "/accounts/login/", {"login": "membre@example.org", "password": "faux"}
    )

    assert response.status_code == 200
    assert "_auth_user_id" not in client.session
    assert "mot de passe" in response.content.decode()


def test_login_returns_to_the_page_asked_for(client, demo):
    response = client.post(
        "/accounts/login/?next=/notre-groupe/",
        {
            "login": "membre@example.org",
            "password": "portail-demo",
            "next": "/notre-groupe/",
        },
    )

    assert response.status_code == 302
    assert response["Location"] == "/notre-groupe/"


def test_there_is_no_public_sign_up(client, demo):
    before = Member.objects.count()

    page = client.get("/accounts/signup/")
    client.post(
        "/accounts/signup/",
        {"email": "intrus@example.org", "password1": "Un-mot-de-passe-1"},
    )

    assert 'name="password1"' not in page.content.decode()
    assert Member.objects.count() == before


def test_logging_out_takes_a_post_and_brings_connexion_back(client, member):
    client.force_login(member)

    client.get("/accounts/logout/")
    assert "_auth_user_id" in client.session

    response = client.post("/accounts/logout/", follow=True)
    assert "_auth_user_id" not in client.session
    assert ">Connexion</a>" in response.content.decode()


def test_the_member_is_refused_by_the_wagtail_admin(client, member):
    client.force_login(member)

    response = client.get("/admin/")

    assert response.status_code == 302
    assert response["Location"].startswith("/admin/login/")


def test_the_manager_reaches_the_wagtail_admin(client, manager):
    client.force_login(manager)

    assert client.get("/admin/").status_code == 200


def test_accounts_are_keyed_by_email():
    user = Member.objects.create_user("  Quelqu.Un@Example.ORG ", password="x")

    assert user.email == "Quelqu.Un@example.org"
    assert user.display_name == "Quelqu.Un@example.org"
    with pytest.raises(ValueError):
        Member.objects.create_user("", password="x")
