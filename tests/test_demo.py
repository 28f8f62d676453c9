"""The demonstration loader: a believable group, loaded once, kept on rerun."""

import io

import pytest
from django.core.management import call_command
from wagtail.images import get_image_model
from wagtail.models import Locale, Page, Site

from home.models import ContentPage, HomePage
from members.models import GroupSettings, Member

pytestmark = pytest.mark.django_db


def load():
    output = io.StringIO()
    call_command("load_demo", stdout=output)
    return output.getvalue()


def counts():
    return (
        Page.objects.count(),
        Member.objects.count(),
        get_image_model().objects.count(),
        Locale.objects.count(),
    )


def test_the_two_demonstration_logins_work(client):
    output = load()

    assert "membre@example.org" in output and "gestion@example.org" in output
    for email in ("membre@example.org", "gestion@example.org"):
        assert client.login(email=email, password="portail-demo"), email
        client.logout()


def test_the_manager_reaches_the_admin_and_the_member_does_not():
    load()
    manager = Member.objects.get(email="gestion@example.org")
    member = Member.objects.get(email="membre@example.org")

    assert manager.has_perm("wagtailadmin.access_admin")
    assert manager.has_perm("members.change_groupsettings")
    assert not member.has_perm("wagtailadmin.access_admin")
    assert not member.is_staff and not member.is_superuser


def test_the_site_root_becomes_the_group_home_in_three_languages():
    load()
    site = Site.objects.get(is_default_site=True)
    home = site.root_page.specific

    assert isinstance(home, HomePage)
    assert home.locale.language_code == "fr"
    translations = {
        page.locale.language_code: page.title
        for page in home.get_translations(inclusive=True)
    }
    assert translations == {
        "fr": "Bienvenue au GASAP des Tilleuls",
        "nl": "Welkom bij GASAP des Tilleuls",
        "en": "Welcome to GASAP des Tilleuls",
    }
    # Wagtail's placeholder page of a new installation is gone.
    assert not Page.objects.filter(depth=2, content_type__model="page").exists()


def test_every_page_is_live_and_translated():
    load()
    french = ContentPage.objects.filter(locale__language_code="fr")

    assert french.count() == 4
    for page in french:
        assert page.live
        assert page.body.raw_data, page.title
        assert page.get_translations().live().count() == 2, page.title


def test_the_group_settings_fill_the_footer():
    load()
    settings = GroupSettings.for_site(Site.objects.get(is_default_site=True))

    assert settings.name == "GASAP des Tilleuls"
    assert settings.contact_email == "contact@example.org"


def test_running_it_again_changes_nothing():
    load()
    before = counts()

    load()

    assert counts() == before


def test_running_it_again_keeps_what_people_changed():
    load()
    member = Member.objects.get(email="membre@example.org")
    member.first_name = "Camila"
    member.set_password("un-autre-mot-de-passe")
    member.save()
    page = ContentPage.objects.get(slug="notre-groupe")
    page.title = "Qui sommes-nous"
    page.save_revision().publish()
    settings = GroupSettings.for_site(Site.objects.get(is_default_site=True))
    settings.name = "GASAP du Parvis"
    settings.save()

    load()

    member.refresh_from_db()
    assert member.first_name == "Camila"
    assert member.check_password("un-autre-mot-de-passe")
    assert ContentPage.objects.get(slug="notre-groupe").title == "Qui sommes-nous"
    assert GroupSettings.objects.get().name == "GASAP du Parvis"


@pytest.mark.django_db(transaction=True)
def test_it_rebuilds_the_site_after_a_flush(client):
    call_command("flush", "--no-input", verbosity=0)

    load()

    assert client.get("/").status_code == 200
    assert client.login(email="membre@example.org", password="portail-demo")
