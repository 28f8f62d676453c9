"""*Commander*, as the member guide tells it: filter, mark a favourite,
choose quantities of each kind, see the total; then orders close and the
order manager forces a larger quantity."""

import re

import pytest
from playwright.sync_api import expect

from shop.models import BasketLine, Permanence, Status
from shop.services.permanences import close_orders

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]


def log_in(page, base_url, email):
    page.goto(base_url + "/accounts/login/")
    page.get_by_label("Adresse mail principale").fill(email)
    page.get_by_label("Mot de passe").fill("portail-demo")
    page.get_by_role("button", name="Connexion").click()


def row(page, name):
    return page.locator(".offer-item").filter(has_text=name)


def choose(page, name, label):
    select = row(page, name).get_by_role("combobox")
    select.select_option(label=label)
    expect(row(page, name).locator(".offer-item__message")).to_have_text("Enregistré")


def test_a_member_orders_and_sees_the_refusal_after_closing(
    demo, live_server, phone_page, desktop_page, screenshot
):
    permanence = Permanence.objects.get(status=Status.OPEN)
    BasketLine.objects.filter(basket__member__email="membre@example.org").delete()
    page = phone_page
    log_in(page, live_server.url, "membre@example.org")

    page.get_by_role("button", name="Menu").click()
    page.locator("summary", has_text="Permanence").click()
    page.get_by_role("link", name=re.compile("commandes ouvertes")).click()
    expect(page.get_by_role("heading", level=1)).to_contain_text("Permanence du")

    # Filter by shelf, then by text: the URL keeps them.
    page.get_by_label("Rayon").select_option(label="Légumes")
    page.get_by_role("button", name="Filtrer").click()
    expect(page).to_have_url(re.compile(r"shelf=\d+"))
    expect(row(page, "Baguette")).to_have_count(0)

    choose(page, "Poireaux", "2 pièces")
    choose(page, "Pommes de terre", "1,5 kg")
    choose(page, "Chou rouge", "2 pièces = ~ 1,5 kg")
    # 2 × 0,95 + 1,5 × 1,32 + 1,5 kg × 1,90 = 1,90 + 1,98 + 2,85
    expect(page.locator("#basket-total")).to_have_text("6,73 € (au poids moyen)")

    heart = row(page, "Poireaux").get_by_role("button", name=re.compile("Cœur"))
    heart.click()
    expect(heart).to_have_attribute("aria-pressed", "true")
    screenshot(page, "order-phone")

    page.goto(f"{live_server.url}/permanence/{permanence.pk}/?favourites=1")
    expect(page.locator(".offer-item")).to_have_count(1)
    expect(row(page, "Poireaux")).to_be_visible()

    # A choice beyond what is offered: ask the order manager.
    row(page, "Poireaux").get_by_role("combobox").select_option(label="Autre quantité…")
    expect(row(page, "Poireaux").locator(".offer-item__message")).to_contain_text(
        "responsable commandes"
    )
    expect(row(page, "Poireaux").get_by_role("combobox")).to_have_value("2")

    # Orders close meanwhile: the change is refused and the saved quantity stays.
    close_orders(permanence)
    row(page, "Poireaux").get_by_role("combobox").select_option(label="3 pièces")
    expect(row(page, "Poireaux").locator(".offer-item__message")).to_contain_text(
        "commandes sont fermées"
    )
    expect(row(page, "Poireaux").get_by_role("combobox")).to_have_value("2")
    screenshot(page, "order-refused-phone")

    # The order manager forces a larger quantity in the admin.
    admin = desktop_page
    admin.goto(live_server.url + "/admin/login/")
    admin.locator("#id_username").fill("gestion@example.org")
    admin.locator("#id_password").fill("portail-demo")
    admin.locator("button[type=submit]").click()
    admin.goto(f"{live_server.url}/admin/permanences/force/{permanence.pk}/")
    admin.get_by_label("Membre").select_option(label="Lambert")
    admin.get_by_label("Produit").select_option(
        label="Poireaux (Ferme du Chant d'Oiseau)"
    )
    admin.get_by_label("Quantité").fill("12")
    screenshot(admin, "force-quantity-desktop")
    admin.get_by_role("button", name="Forcer cette quantité").click()
    expect(admin.locator(".messages")).to_contain_text("Lambert")

    page.reload()
    expect(row(page, "Poireaux").get_by_role("combobox")).to_have_value("12")
    expect(row(page, "Poireaux")).to_contain_text("Fixé par le responsable commandes")
