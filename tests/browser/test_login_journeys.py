"""A member logs in through *Connexion*; a manager logs in to the admin."""

import re

import pytest
from playwright.sync_api import expect

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]


@pytest.mark.parametrize("device", ["phone", "desktop"])
def test_member_logs_in_through_connexion_and_sees_their_name(
    device, demo, live_server, phone_page, desktop_page, screenshot
):
    page = phone_page if device == "phone" else desktop_page
    page.goto(live_server.url + "/")
    expect(page.get_by_role("heading", level=1)).to_have_text(
        "Bienvenue au GASAP des Tilleuls"
    )
    screenshot(page, f"home-{device}")

    if device == "phone":
        page.get_by_role("button", name="Menu").click()
    page.get_by_role("link", name="Connexion").click()
    expect(page).to_have_url(re.compile(r"/accounts/login/"))
    page.get_by_label("Adresse mail principale").fill("membre@example.org")
    page.get_by_label("Mot de passe").fill("portail-demo")
    screenshot(page, f"login-{device}")
    page.get_by_role("button", name="Connexion").click()

    expect(page).to_have_url(live_server.url + "/")
    if device == "phone":
        page.get_by_role("button", name="Menu").click()
    expect(page.locator(".account-name")).to_have_text("Lambert")
    expect(page.get_by_role("link", name="Connexion")).to_have_count(0)
    screenshot(page, f"member-home-{device}")


def test_wrong_password_is_refused_in_french(demo, live_server, desktop_page):
    page = desktop_page
    page.goto(live_server.url + "/accounts/login/")
    page.get_by_label("Adresse mail principale").fill("membre@example.org")
    page.get_by_label("Mot de passe").fill("pas-le-bon")
    page.get_by_role("button", name="Connexion").click()

    expect(page.get_by_role("alert")).to_contain_text("mot de passe")
    expect(page.locator(".account-name")).to_have_count(0)


def test_manager_logs_in_to_the_wagtail_admin(
    demo, live_server, desktop_page, screenshot
):
    page = desktop_page
    page.goto(live_server.url + "/admin/")
    expect(page).to_have_url(re.compile(r"/admin/login/"))
    page.locator("#id_username").fill("gestion@example.org")
    page.locator("#id_password").fill("portail-demo")
    page.locator("button[type=submit]").click()

    expect(page).to_have_url(live_server.url + "/admin/")
    expect(page).to_have_title(re.compile("Tableau de bord"))
    screenshot(page, "admin-home-desktop")


def test_language_menu_switches_to_dutch_with_the_keyboard(
    demo, live_server, desktop_page
):
    page = desktop_page
    page.goto(live_server.url + "/notre-groupe/")
    summary = page.locator(".language-menu summary")
    summary.focus()
    page.keyboard.press("Enter")
    page.get_by_role("link", name="Nederlands").focus()
    page.keyboard.press("Enter")

    expect(page).to_have_url(live_server.url + "/nl/onze-groep/")
    expect(page.get_by_role("heading", level=1)).to_have_text("Onze groep")
    expect(page.locator("html")).to_have_attribute("lang", "nl")
