"""French first, Dutch and English complete: URLs, the *Langue* menu, and the
translation catalogues."""

import re
from pathlib import Path

import polib
import pytest

ROOT = Path(__file__).resolve().parent.parent
CATALOGUES = sorted((ROOT / "locale").glob("*/LC_MESSAGES/django.po"))

pytestmark = pytest.mark.django_db


def language_links(response):
    html = response.content.decode()
    menu = html[html.index('class="dropdown language-menu"') :]
    menu = menu[: menu.index("</details>")]
    return {
        lang: href for href, lang in re.findall(r'<a href="([^"]+)" lang="(\w+)"', menu)
    }


@pytest.mark.parametrize(
    ("url", "lang", "login_label", "title"),
    [
        ("/", "fr", "Connexion", "Bienvenue au GASAP des Tilleuls"),
        ("/nl/", "nl", "Aanmelden", "Welkom bij GASAP des Tilleuls"),
        ("/en/", "en", "Log in", "Welcome to GASAP des Tilleuls"),
    ],
)
def test_each_language_has_its_home_and_interface(
    client, demo, url, lang, login_label, title
):
    html = client.get(url).content.decode()

    assert f'<html lang="{lang}"' in html
    assert f"<h1>{title}</h1>" in html
    assert f">{login_label}</a>" in html


def test_french_needs_no_prefix_whatever_the_browser_asks(client, demo):
    response = client.get("/", HTTP_ACCEPT_LANGUAGE="nl")

    assert response.status_code == 200
    assert '<html lang="fr"' in response.content.decode()


def test_the_language_menu_leads_to_the_same_page_in_each_language(client, demo):
    links = language_links(client.get("/notre-groupe/"))

    assert links == {
        "fr": "/notre-groupe/",
        "nl": "/nl/onze-groep/",
        "en": "/en/our-group/",
    }


def test_the_language_menu_falls_back_to_the_home_page(client, demo):
    from wagtail.models import Site

    from home.models import ContentPage

    home = Site.objects.get(is_default_site=True).root_page
    home.add_child(instance=ContentPage(title="Seulement en français", slug="fr-seul"))

    links = language_links(client.get("/fr-seul/"))

    assert links == {"fr": "/fr-seul/", "nl": "/nl/", "en": "/en/"}


def test_the_language_menu_works_on_pages_that_are_not_wagtail_pages(client, demo):
    links = language_links(client.get("/nl/accounts/login/"))

    assert links == {
        "fr": "/accounts/login/",
        "nl": "/nl/accounts/login/",
        "en": "/en/accounts/login/",
    }


def test_account_pages_are_translated(client, demo):
    french = client.get("/accounts/password/reset/").content.decode()
    dutch = client.get("/nl/accounts/password/reset/").content.decode()

    assert '<html lang="fr"' in french and "mot de passe" in french
    assert '<html lang="nl"' in dutch and "wachtwoord" in dutch.lower()


@pytest.mark.parametrize("catalogue", CATALOGUES, ids=lambda path: path.parts[-3])
def test_every_string_is_translated(catalogue):
    po = polib.pofile(str(catalogue))

    assert po.percent_translated() == 100, [e.msgid for e in po.untranslated_entries()]
    assert not po.fuzzy_entries(), [e.msgid for e in po.fuzzy_entries()]


@pytest.mark.parametrize("catalogue", CATALOGUES, ids=lambda path: path.parts[-3])
def test_translations_keep_their_placeholders(catalogue):
    placeholder = re.compile(r"%\(\w+\)s")
    for entry in polib.pofile(str(catalogue)).translated_entries():
        translations = (
            entry.msgstr_plural.values() if entry.msgid_plural else [entry.msgstr]
        )
        for text in translations:
            assert sorted(placeholder.findall(text)) == sorted(
                placeholder.findall(entry.msgid)
            ), entry.msgid


def test_both_translated_languages_are_there():
    assert {path.parts[-3] for path in CATALOGUES} == {"fr", "nl"}


@pytest.mark.parametrize("catalogue", CATALOGUES, ids=lambda path: path.parts[-3])
def test_the_shipped_mo_files_match_the_po_files(catalogue):
    compiled = polib.mofile(str(catalogue.with_suffix(".mo")))
    expected = {
        entry.msgid: entry.msgstr or entry.msgstr_plural
        for entry in polib.pofile(str(catalogue)).translated_entries()
    }

    shipped = {entry.msgid: entry.msgstr or entry.msgstr_plural for entry in compiled}
    shipped.pop("", None)
    assert {key: shipped.get(key) for key in expected} == expected
