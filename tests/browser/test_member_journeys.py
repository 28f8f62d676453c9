"""The members' journeys of the member guide, in French, in Chromium:
a new member's first login, *Moi*, and writing to the team."""

import re

import pytest
from django.core import mail
from playwright.sync_api import expect

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]


def log_in(page, base_url, email, password="portail-demo"):
    page.goto(base_url + "/accounts/login/")
    page.get_by_label("Adresse mail principale").fill(email)
    page.get_by_label("Mot de passe").fill(password)
    page.get_by_role("button", name="Connexion").click()


def test_a_new_member_created_by_the_manager_sets_a_password_and_logs_in(
    demo, live_server, desktop_page, phone_page, screenshot
):
    manager = desktop_page
    manager.goto(live_server.url + "/admin/login/")
    manager.locator("#id_username").fill("gestion@example.org")
    manager.locator("#id_password").fill("portail-demo")
    manager.locator("button[type=submit]").click()
    manager.goto(live_server.url + "/admin/members/new/")
    manager.locator("#id_basket_name").fill("Fontaine")
    manager.locator("#id_first_name").fill("Léa")
    manager.locator("#id_last_name").fill("Fontaine")
    manager.locator("#id_email").fill("lea@example.org")
    manager.locator("#id_secondary_email").fill("lea.bis@example.org")
    expect(manager.locator("#id_send_invitation")).to_be_checked()
    screenshot(manager, "admin-new-member-desktop")
    manager.get_by_role("button", name="Créer").click()
    expect(manager.locator(".messages")).to_contain_text("Fontaine")

    invitation = next(m for m in mail.outbox if "lea@example.org" in m.to)
    assert invitation.to == ["lea@example.org", "lea.bis@example.org"]
    link = re.search(r"https?://\S+/accounts/password/reset/key/\S+/", invitation.body)[
        0
    ]
    path = link.split("/accounts/", 1)[1]

    member = phone_page
    member.goto(f"{live_server.url}/accounts/{path}")
    expect(member.get_by_role("heading", level=1)).to_have_text(
        "Choisissez votre mot de passe"
    )
    member.get_by_label("Nouveau mot de passe", exact=True).fill("Radis-et-poireaux-7")
    member.get_by_label("Nouveau mot de passe (confirmation)").fill(
        "Radis-et-poireaux-7"
    )
    screenshot(member, "set-password-phone")
    member.get_by_role("button", name="Enregistrer mon mot de passe").click()

    member.get_by_role("button", name="Menu").click()
    expect(member.locator(".account-name")).to_have_text("Fontaine")
    screenshot(member, "new-member-logged-in-phone")

    # The link worked once; afterwards it says so.
    member.context.clear_cookies()
    member.goto(f"{live_server.url}/accounts/{path}")
    expect(member.get_by_role("heading", level=1)).to_have_text(
        "Ce lien ne fonctionne plus"
    )


def test_the_secondary_address_is_refused_at_login(demo, live_server, phone_page):
    from members.models import Member

    Member.objects.filter(email="membre@example.org").update(
        secondary_email="camille.bis@example.org"
    )
    log_in(phone_page, live_server.url, "camille.bis@example.org")

    expect(phone_page.get_by_role("alert")).to_contain_text("adresse mail secondaire")


def test_a_member_edits_moi(demo, live_server, phone_page, screenshot):
    page = phone_page
    log_in(page, live_server.url, "membre@example.org")
    page.get_by_role("button", name="Menu").click()
    page.get_by_text("Groupe", exact=True).click()
    page.get_by_role("link", name="Moi").click()

    expect(page.get_by_role("heading", level=1)).to_have_text("Moi")
    page.get_by_label("Téléphone", exact=True).fill("0499 12 34 56")
    page.get_by_label("Quelques mots sur moi").fill("Je viens à vélo cargo.")
    page.get_by_label("Apparaître dans le qui est qui").check()
    screenshot(page, "moi-phone")
    page.get_by_role("button", name="Enregistrer").click()

    expect(page.get_by_role("status")).to_contain_text("Vos données sont enregistrées.")
    expect(page.get_by_label("Téléphone", exact=True)).to_have_value("0499 12 34 56")


def test_a_member_writes_to_the_team_and_the_mail_is_relayed(
    demo, live_server, desktop_page, screenshot
):
    page = desktop_page
    log_in(page, live_server.url, "membre@example.org")
    page.get_by_text("Groupe", exact=True).click()
    page.get_by_role("link", name="Contact", exact=True).click()

    page.get_by_label("Destinataire").select_option(label="L'équipe de gestion")
    page.get_by_label("Sujet").fill("Panier du 25-03")
    page.get_by_label("Message").fill(
        "Je serai en retard jeudi, pouvez-vous garder mon panier ?"
    )
    screenshot(page, "contact-desktop")
    page.get_by_role("button", name="Envoyer").click()

    expect(page.get_by_role("status")).to_contain_text(
        "Votre message à L'équipe de gestion est envoyé"
    )
    relayed = [m for m in mail.outbox if m.to == ["gestion@example.org"]]
    assert len(relayed) == 1
    assert relayed[0].reply_to == ["membre@example.org"]
    assert "Panier du 25-03" in relayed[0].subject
    assert any(m.to == ["membre@example.org"] for m in mail.outbox)


def test_the_whos_who_lists_the_team_and_the_members_who_share(
    demo, live_server, desktop_page, screenshot
):
    page = desktop_page
    log_in(page, live_server.url, "membre@example.org")
    page.goto(live_server.url + "/qui-est-qui/")

    expect(page.get_by_role("heading", level=1)).to_have_text("Qui est qui")
    expect(page.get_by_role("heading", name="L'équipe de gestion")).to_be_visible()
    expect(page.locator(".card").filter(has_text="Rossi")).to_be_visible()
    screenshot(page, "qui-est-qui-desktop")
    page.get_by_label("Trouver un membre").fill("janssens")
    page.get_by_label("Trouver un membre").press("Enter")
    expect(page.locator("#members-title + form + .cards .card")).to_have_count(1)
