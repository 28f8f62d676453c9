"""The public pages: home, content pages, the main menu, search, errors."""

import pytest
from django.core.exceptions import ValidationError
from wagtail.models import Page, Site

from home.blocks import CallToActionBlock
from home.models import ContentPage, HomePage

pytestmark = pytest.mark.django_db


def menu_titles(response):
    html = response.content.decode()
    menu = html[html.index('class="main-menu"') : html.index("</nav>")]
    return menu


def test_home_page_shows_its_body_and_the_menu(client, demo):
    response = client.get("/")

    assert response.status_code == 200
    assert response.templates[0].name == "home/home_page.html"
    html = response.content.decode()
    assert "<h1>Bienvenue au GASAP des Tilleuls</h1>" in html
    assert "<h2>Comment ça se passe ?</h2>" in html
    assert 'alt="Les paniers prêts pour la distribution du jeudi"' in html
    assert 'class="button" href="/nous-rencontrer/"' in html
    menu = menu_titles(response)
    for title in ("Notre groupe", "Comment ça marche", "Nous rencontrer"):
        assert title in menu


def test_the_menu_has_second_level_entries(client, demo):
    menu = menu_titles(client.get("/"))

    assert "<summary>Comment ça marche</summary>" in menu
    assert 'href="/comment-ca-marche/questions-frequentes/"' in menu


def test_the_menu_leaves_out_hidden_and_draft_pages(client, demo):
    home = Site.objects.get(is_default_site=True).root_page
    hidden = ContentPage(
        title="Archives internes", slug="archives", show_in_menus=False
    )
    home.add_child(instance=hidden)
    draft = ContentPage(
        title="Brouillon", slug="brouillon", show_in_menus=True, live=False
    )
    home.add_child(instance=draft)

    menu = menu_titles(client.get("/"))

    assert "Archives internes" not in menu
    assert "Brouillon" not in menu
    assert client.get("/brouillon/").status_code == 404
    assert client.get("/archives/").status_code == 200


def test_the_menu_costs_the_same_queries_whatever_its_size(client, demo):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    client.get("/")  # fills the caches a first visit fills
    with CaptureQueriesContext(connection) as few:
        client.get("/")
    home = Site.objects.get(is_default_site=True).root_page
    for number in range(8):
        parent = ContentPage(
            title=f"Rubrique {number}", slug=f"r{number}", show_in_menus=True
        )
        home.add_child(instance=parent)
        parent.add_child(
            instance=ContentPage(
                title=f"Sous {number}", slug=f"s{number}", show_in_menus=True
            )
        )

    client.get("/")
    with CaptureQueriesContext(connection) as many:
        response = client.get("/")

    assert "Sous 7" in menu_titles(response)
    assert len(many) == len(few)


def test_a_content_page_lists_its_children(client, demo):
    response = client.get("/comment-ca-marche/")

    assert response.status_code == 200
    html = response.content.decode()
    assert "<h1>Comment ça marche</h1>" in html
    assert 'href="/comment-ca-marche/questions-frequentes/"' in html


def test_the_footer_shows_the_group_contact_details(client, demo):
    html = client.get("/notre-groupe/").content.decode()
    footer = html[html.index('class="site-footer"') :]

    assert "GASAP des Tilleuls" in footer
    assert 'href="mailto:contact@example.org"' in footer
    assert 'href="tel:+3225550123"' in footer


def test_editors_place_pages_where_they_belong(demo):
    root = Page.get_first_root_node()
    home = Site.objects.get(is_default_site=True).root_page.specific
    page = ContentPage.objects.get(slug="notre-groupe")

    assert HomePage.can_create_at(root)
    assert not ContentPage.can_create_at(root)
    assert not HomePage.can_create_at(home)
    assert ContentPage.can_create_at(home)
    assert ContentPage.can_create_at(page)


def test_a_call_to_action_needs_a_page_or_an_address():
    block = CallToActionBlock()
    value = block.to_python(
        {"text": "", "button_label": "Venir", "page": None, "url": ""}
    )

    with pytest.raises(ValidationError):
        block.clean(value)
    filled = block.to_python(
        {
            "text": "",
            "button_label": "Venir",
            "page": None,
            "url": "https://example.org/",
        }
    )
    assert block.clean(filled)["url"] == "https://example.org/"


def test_search_finds_pages_in_the_visitor_language(client, demo):
    french = client.get("/search/", {"q": "permanence"})
    dutch = client.get("/nl/search/", {"q": "permanentie"})

    assert french.status_code == 200
    french_titles = [page.title for page in french.context["search_results"]]
    assert "Comment ça marche" in french_titles
    assert all(
        page.locale.language_code == "fr" for page in french.context["search_results"]
    )
    dutch_titles = [page.title for page in dutch.context["search_results"]]
    assert "Hoe werkt het" in dutch_titles
    assert all(
        page.locale.language_code == "nl" for page in dutch.context["search_results"]
    )


def test_search_without_words_or_with_a_bad_page_number_still_answers(client, demo):
    empty = client.get("/search/")
    bad_page = client.get("/search/", {"q": "permanence", "page": "x"})
    far_page = client.get("/search/", {"q": "permanence", "page": "999"})

    assert empty.status_code == 200
    assert list(empty.context["search_results"]) == []
    assert bad_page.status_code == far_page.status_code == 200
    assert far_page.context["search_results"].number == 1


def test_search_escapes_what_was_typed(client, demo):
    response = client.get("/search/", {"q": "<script>alert(1)</script>"})

    assert b"<script>alert(1)</script>" not in response.content
    assert b"&lt;script&gt;" in response.content


def test_an_unknown_address_answers_a_french_404(client, demo):
    response = client.get("/cette-page-nexiste-pas/")

    assert response.status_code == 404
    assert "Page introuvable" in response.content.decode()


def test_static_files_are_served_by_the_site_itself():
    from django.contrib.staticfiles import finders

    assert finders.find("css/portal.css")
    assert finders.find("js/portal.js")
