"""Demonstration members, team and group settings, for `manage.py load_demo`.

Running it again keeps what is there: an existing account keeps its
password and data.
"""

import logging

from wagtail.models import Locale, Site

from .models import GroupSettings, Member, TeamRole, WhosWhoPage
from .roles import sync_roles

logger = logging.getLogger(__name__)

DEMO_PASSWORD = "portail-demo"  # noqa: S105 (documented demonstration login)
MEMBER_EMAIL = "membre@example.org"
MANAGER_EMAIL = "gestion@example.org"

# basket name, first name, last name, email, phone, shares in the who's who
MEMBERS = [
    ("Lambert", "Camille", "Lambert", MEMBER_EMAIL, "0470 12 34 56", True),
    ("Martin", "Dominique", "Martin", MANAGER_EMAIL, "0471 22 33 44", True),
    (
        "Peeters-Diallo",
        "Aïssata",
        "Diallo",
        "aissata@example.org",
        "0472 10 20 30",
        True,
    ),
    ("Janssens", "Pieter", "Janssens", "pieter@example.org", "0473 55 66 77", True),
    ("Nguyen", "Linh", "Nguyen", "linh@example.org", "", True),
    ("Dubois", "Marc", "Dubois", "marc.dubois@example.org", "0474 98 76 54", False),
    ("El Amrani", "Yasmina", "El Amrani", "yasmina@example.org", "0475 11 22 33", True),
    ("Vermeulen", "Sofie", "Vermeulen", "sofie@example.org", "", False),
    ("Rossi", "Giulia", "Rossi", "giulia@example.org", "0476 44 55 66", True),
    ("Lemaire", "Benoît", "Lemaire", "benoit@example.org", "", False),
    ("Kowalski", "Anna", "Kowalski", "anna@example.org", "0477 77 88 99", True),
    ("Mertens", "Jef", "Mertens", "jef@example.org", "", False),
]
ABOUT = {
    MEMBER_EMAIL: "Deux enfants, un vélo cargo : je peux dépanner pour les "
    "gros paniers.",
    "pieter@example.org": "Ik spreek Nederlands en Frans, en ik bak graag brood.",
    "giulia@example.org": "Toujours partante pour les permanences du jeudi.",
}
WHOS_WHO_TITLES = {"fr": "Qui est qui", "nl": "Wie is wie", "en": "Who's who"}


def load():
    """Create the group's settings, its members, its team and the who's-who
    page in each language."""
    sync_roles()
    site = Site.objects.get(is_default_site=True)
    settings = GroupSettings.for_site(site)
    if not settings.name:
        settings.name = "GASAP des Tilleuls"
        settings.contact_email = "contact@example.org"
        settings.phone = "+32 2 555 01 23"
        settings.address = "Salle des Tilleuls\nRue des Tilleuls 12\n1060 Saint-Gilles"
        settings.bank_account = "BE68539007547034"
        settings.save()

    for basket_name, first, last, email, phone, shares in MEMBERS:
        member, created = Member.objects.get_or_create(
            email=email,
            defaults={
                "basket_name": basket_name,
                "first_name": first,
                "last_name": last,
                "phone": phone,
                "in_directory": shares,
                "directory_phone": shares and bool(phone),
                "directory_email": shares,
                "about": ABOUT.get(email, ""),
                "language": "nl" if email == "pieter@example.org" else "fr",
            },
        )
        if created:
            member.set_password(DEMO_PASSWORD)
            member.save(update_fields=["password"])
            logger.info("Demonstration member %s created", member.pk)

    manager = Member.objects.get(email=MANAGER_EMAIL)
    if not manager.groups.exists():
        manager.groups.add(*(role.group for role in TeamRole.objects.all()))
    _whos_who_pages(site)


def _whos_who_pages(site):
    """A *Qui est qui* page under the home page of each language."""
    french_home = site.root_page
    for home in french_home.get_translations(inclusive=True):
        if home.get_children().type(WhosWhoPage).exists():
            continue
        language = home.locale.language_code
        page = WhosWhoPage(
            title=WHOS_WHO_TITLES.get(language, WHOS_WHO_TITLES["fr"]),
            slug={"fr": "qui-est-qui", "nl": "wie-is-wie"}.get(language, "whos-who"),
            locale=Locale.objects.get(language_code=language),
            show_in_menus=False,
        )
        home.add_child(instance=page)
        page.save_revision().publish()
