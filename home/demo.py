"""The demonstration group's public pages, in French with their Dutch and
English translations, for `manage.py load_demo`.

Running it again keeps what is there: a page that exists (found by its slug
and language) is left as the editors made it.
"""

import io
import json
import logging

from django.contrib.contenttypes.models import ContentType
from django.core.files.images import ImageFile
from PIL import Image as PillowImage
from PIL import ImageDraw
from wagtail.images import get_image_model
from wagtail.models import Collection, Locale, Page, Site

from .models import ContentPage, HomePage

logger = logging.getLogger(__name__)

LANGUAGES = ("fr", "nl", "en")

# Each page: its slug and text per language, and its place in the tree. The
# body is written as Wagtail stores it; "{image}" and "{page:slug}" are filled
# in when the page is created.
HOME = {
    "fr": {
        "slug": "accueil",
        "title": "Bienvenue au GASAP des Tilleuls",
        "intro": "Une quarantaine de ménages de Saint-Gilles commandent "
        "ensemble, chaque quinzaine, les produits de fermes et d'artisans "
        "proches de Bruxelles.",
        "body": [
            ("heading", "Comment ça se passe ?"),
            (
                "paragraph",
                "<p>Les commandes ouvrent une dizaine de jours avant chaque "
                "permanence. Chacun choisit en ligne ses légumes, son pain, "
                "ses fromages et ses œufs ; les producteurs livrent le jeudi "
                "et nous nous relayons pour préparer les paniers.</p>",
            ),
            ("image", "Les paniers prêts pour la distribution du jeudi"),
            (
                "call_to_action",
                ("<p>Envie de nous rejoindre ?</p>", "Nous rencontrer", "contact"),
            ),
        ],
    },
    "nl": {
        "slug": "welkom",
        "title": "Welkom bij GASAP des Tilleuls",
        "intro": "Een veertigtal gezinnen uit Sint-Gillis bestellen om de "
        "veertien dagen samen bij boerderijen en ambachtslui uit de buurt "
        "van Brussel.",
        "body": [
            ("heading", "Hoe werkt het?"),
            (
                "paragraph",
                "<p>De bestellingen openen een tiental dagen voor elke "
                "permanentie. Iedereen kiest online groenten, brood, kaas en "
                "eieren; de producenten leveren op donderdag en we bereiden "
                "samen de manden voor.</p>",
            ),
            ("image", "De manden klaar voor de verdeling op donderdag"),
            (
                "call_to_action",
                ("<p>Zin om mee te doen?</p>", "Kom kennismaken", "contact"),
            ),
        ],
    },
    "en": {
        "slug": "welcome",
        "title": "Welcome to GASAP des Tilleuls",
        "intro": "About forty households in Saint-Gilles order together, "
        "every other week, from farms and craftspeople near Brussels.",
        "body": [
            ("heading", "How does it work?"),
            (
                "paragraph",
                "<p>Orders open about ten days before each distribution. "
                "Everyone picks their vegetables, bread, cheese and eggs "
                "online; the producers deliver on Thursday and we take turns "
                "to prepare the baskets.</p>",
            ),
            ("image", "Baskets ready for Thursday's distribution"),
            (
                "call_to_action",
                ("<p>Would you like to join us?</p>", "Come and meet us", "contact"),
            ),
        ],
    },
}

PAGES = [
    {
        "key": "groupe",
        "parent": None,
        "fr": {
            "slug": "notre-groupe",
            "title": "Notre groupe",
            "intro": "Un groupe d'achat solidaire, géré par ses membres.",
            "body": [
                (
                    "paragraph",
                    "<p>Le GASAP des Tilleuls est né en 2019 dans la salle "
                    "paroissiale du quartier. Nous soutenons des producteurs "
                    "paysans en nous engageant sur la durée, à un prix juste "
                    "pour eux comme pour nous.</p>",
                ),
                ("heading", "Une équipe de bénévoles"),
                (
                    "paragraph",
                    "<p>Une équipe de gestion coordonne les commandes, la "
                    "facturation et le site. Chaque membre prend part à "
                    "quelques permanences par an.</p>",
                ),
            ],
        },
        "nl": {
            "slug": "onze-groep",
            "title": "Onze groep",
            "intro": "Een solidaire aankoopgroep, beheerd door haar leden.",
            "body": [
                (
                    "paragraph",
                    "<p>GASAP des Tilleuls ontstond in 2019 in de "
                    "parochiezaal van de wijk. We steunen boeren door ons "
                    "voor lange tijd te engageren, tegen een eerlijke prijs "
                    "voor hen en voor ons.</p>",
                ),
                ("heading", "Een ploeg vrijwilligers"),
                (
                    "paragraph",
                    "<p>Een beheersploeg coördineert de bestellingen, de "
                    "facturatie en de website. Elk lid neemt enkele "
                    "permanenties per jaar op zich.</p>",
                ),
            ],
        },
        "en": {
            "slug": "our-group",
            "title": "Our group",
            "intro": "A solidarity buying group, run by its members.",
            "body": [
                (
                    "paragraph",
                    "<p>GASAP des Tilleuls started in 2019 in the "
                    "neighbourhood's parish hall. We support farmers by "
                    "committing for the long run, at a fair price for them "
                    "and for us.</p>",
                ),
                ("heading", "A team of volunteers"),
                (
                    "paragraph",
                    "<p>A management team coordinates orders, invoicing and "
                    "the website. Every member helps at a few distributions "
                    "a year.</p>",
                ),
            ],
        },
    },
    {
        "key": "fonctionnement",
        "parent": None,
        "fr": {
            "slug": "comment-ca-marche",
            "title": "Comment ça marche",
            "intro": "Commander, retirer son panier, payer : le cycle d'une "
            "permanence.",
            "body": [
                ("heading", "Commander"),
                (
                    "paragraph",
                    "<p>Connectez-vous, choisissez la permanence dans le menu "
                    "et indiquez les quantités voulues. Vous pouvez modifier "
                    "votre commande tant que les commandes sont ouvertes.</p>",
                ),
                ("heading", "Retirer son panier"),
                (
                    "paragraph",
                    "<p>Le jeudi de la permanence, entre 17 h et 19 h, à la "
                    "salle des Tilleuls. Pensez à rapporter les bocaux "
                    "consignés.</p>",
                ),
                ("heading", "Payer"),
                (
                    "paragraph",
                    "<p>Après chaque permanence, vous recevez le détail de "
                    "vos achats. Votre solde se règle par virement sur le "
                    "compte du groupe.</p>",
                ),
            ],
        },
        "nl": {
            "slug": "hoe-werkt-het",
            "title": "Hoe werkt het",
            "intro": "Bestellen, je mand ophalen, betalen: de cyclus van een "
            "permanentie.",
            "body": [
                ("heading", "Bestellen"),
                (
                    "paragraph",
                    "<p>Meld je aan, kies de permanentie in het menu en geef "
                    "de gewenste hoeveelheden op. Je kunt je bestelling "
                    "wijzigen zolang de bestellingen open zijn.</p>",
                ),
                ("heading", "Je mand ophalen"),
                (
                    "paragraph",
                    "<p>Op donderdag van de permanentie, tussen 17 en 19 uur, "
                    "in de zaal des Tilleuls. Breng de bokalen met statiegeld "
                    "terug.</p>",
                ),
                ("heading", "Betalen"),
                (
                    "paragraph",
                    "<p>Na elke permanentie krijg je het overzicht van je "
                    "aankopen. Je saldo betaal je per overschrijving op de "
                    "rekening van de groep.</p>",
                ),
            ],
        },
        "en": {
            "slug": "how-it-works",
            "title": "How it works",
            "intro": "Ordering, collecting your basket, paying: the cycle of "
            "a distribution.",
            "body": [
                ("heading", "Ordering"),
                (
                    "paragraph",
                    "<p>Log in, choose the distribution in the menu and enter "
                    "the quantities you want. You can change your order as "
                    "long as orders are open.</p>",
                ),
                ("heading", "Collecting your basket"),
                (
                    "paragraph",
                    "<p>On the Thursday of the distribution, between 5 and 7 "
                    "pm, at the Tilleuls hall. Remember to bring back the "
                    "jars with a deposit.</p>",
                ),
                ("heading", "Paying"),
                (
                    "paragraph",
                    "<p>After each distribution you receive the detail of "
                    "your purchases. You settle your balance by bank transfer "
                    "to the group's account.</p>",
                ),
            ],
        },
    },
    {
        "key": "faq",
        "parent": "fonctionnement",
        "fr": {
            "slug": "questions-frequentes",
            "title": "Questions fréquentes",
            "intro": "Les réponses aux questions que les nouveaux membres "
            "posent le plus souvent.",
            "body": [
                ("heading", "La quantité que je désire ne m'est pas proposée"),
                (
                    "paragraph",
                    "<p>Seules les quantités acceptées par le producteur sont "
                    "proposées. Pour davantage, adressez-vous au responsable "
                    "des commandes.</p>",
                ),
            ],
        },
        "nl": {
            "slug": "veelgestelde-vragen",
            "title": "Veelgestelde vragen",
            "intro": "Antwoorden op de vragen die nieuwe leden het vaakst stellen.",
            "body": [
                ("heading", "De hoeveelheid die ik wil, wordt niet aangeboden"),
                (
                    "paragraph",
                    "<p>Alleen de hoeveelheden die de producent aanvaardt, "
                    "worden aangeboden. Wil je meer, vraag het dan aan de "
                    "verantwoordelijke bestellingen.</p>",
                ),
            ],
        },
        "en": {
            "slug": "frequently-asked-questions",
            "title": "Frequently asked questions",
            "intro": "Answers to the questions new members ask most often.",
            "body": [
                ("heading", "The quantity I want is not offered"),
                (
                    "paragraph",
                    "<p>Only the quantities the producer accepts are offered. "
                    "For more, ask the order manager.</p>",
                ),
            ],
        },
    },
    {
        "key": "contact",
        "parent": None,
        "fr": {
            "slug": "nous-rencontrer",
            "title": "Nous rencontrer",
            "intro": "Venez nous voir un jeudi de permanence.",
            "body": [
                (
                    "paragraph",
                    "<p>La salle des Tilleuls, rue des Tilleuls 12 à "
                    "Saint-Gilles, est ouverte de 17 h à 19 h les jours de "
                    "permanence. Écrivez-nous à l'adresse ci-dessous pour "
                    "vous inscrire sur la liste d'attente.</p>",
                ),
            ],
        },
        "nl": {
            "slug": "kennismaken",
            "title": "Kennismaken",
            "intro": "Kom langs op een donderdag van de permanentie.",
            "body": [
                (
                    "paragraph",
                    "<p>De zaal des Tilleuls, Lindestraat 12 in Sint-Gillis, "
                    "is open van 17 tot 19 uur op de dagen van de "
                    "permanentie. Schrijf ons op het adres hieronder om je op "
                    "de wachtlijst te zetten.</p>",
                ),
            ],
        },
        "en": {
            "slug": "meet-us",
            "title": "Meet us",
            "intro": "Come and see us on a distribution Thursday.",
            "body": [
                (
                    "paragraph",
                    "<p>The Tilleuls hall, rue des Tilleuls 12 in "
                    "Saint-Gilles, is open from 5 to 7 pm on distribution "
                    "days. Write to us at the address below to join the "
                    "waiting list.</p>",
                ),
            ],
        },
    },
]


def load():
    """Create the home page and the group's pages in the three languages."""
    locales = {
        code: Locale.objects.get_or_create(language_code=code)[0] for code in LANGUAGES
    }
    site = _site_skeleton(locales["fr"])
    image = _demo_image()
    homes = {"fr": _french_home(site)}
    for code in LANGUAGES[1:]:
        homes[code] = _translation(
            homes["fr"], locales[code], parent=homes["fr"].get_parent(), **HOME[code]
        )

    pages = {}  # (key, language) -> page
    for spec in PAGES:
        for code in LANGUAGES:
            parent = (
                homes[code] if spec["parent"] is None else pages[spec["parent"], code]
            )
            if code == "fr":
                page = _child(parent, ContentPage, locale=locales[code], **spec[code])
            else:
                page = _translation(
                    pages[spec["key"], "fr"], locales[code], parent=parent, **spec[code]
                )
            pages[spec["key"], code] = page

    # Bodies come last: a call to action may point to any page.
    slugs = {page.slug: page for page in pages.values()}
    for code in LANGUAGES:
        _fill_body(homes[code], HOME[code]["body"], image, slugs, pages, code)
        for spec in PAGES:
            _fill_body(
                pages[spec["key"], code], spec[code]["body"], image, slugs, pages, code
            )


def _site_skeleton(default_locale):
    """The rows Wagtail's migrations create (root page, default site, root
    collection), made again if a `manage.py flush` removed them."""
    if Page.get_first_root_node() is None:
        # A flush gave the content types new ids: forget the cached ones.
        ContentType.objects.clear_cache()
    if not Collection.objects.exists():
        Collection.add_root(name="Root")
    root = Page.get_first_root_node()
    if root is None:
        root = Page.add_root(title="Root", slug="root", locale=default_locale)
    site = Site.objects.filter(is_default_site=True).first()
    if site is None:
        site = Site.objects.create(
            hostname="localhost", port=80, root_page=root, is_default_site=True
        )
    return site


def _french_home(site):
    """The site's root becomes the group's home page (replacing Wagtail's
    placeholder page on a new installation)."""
    current = site.root_page.specific
    if isinstance(current, HomePage):
        return current

    root = Page.get_first_root_node()
    home = root.get_children().type(HomePage).filter(slug=HOME["fr"]["slug"]).first()
    if home is None:
        home = HomePage(
            title=HOME["fr"]["title"],
            slug=HOME["fr"]["slug"],
            intro=HOME["fr"]["intro"],
            locale=Locale.get_default(),
        )
        root.add_child(instance=home)
        home.save_revision().publish()
    site.root_page = home
    site.save()

    placeholder = current
    if (
        placeholder.depth > 1
        and placeholder.content_type.model_class() is Page
        and not placeholder.get_children()
    ):
        placeholder.delete()
    return home.specific


def _child(parent, model, *, slug, title, intro, locale, body=None):
    """The child of `parent` with this slug, created and published if new."""
    existing = parent.get_children().filter(slug=slug).first()
    if existing is not None:
        return existing.specific
    page = model(title=title, slug=slug, intro=intro, locale=locale, show_in_menus=True)
    parent.add_child(instance=page)
    page.save_revision().publish()
    logger.debug("Demonstration page %s created", page.url_path)
    return page


def _translation(source, locale, *, parent, slug, title, intro, body=None):
    """The translation of `source` into `locale`, created if missing."""
    existing = source.get_translations().filter(locale=locale).first()
    if existing is not None:
        return existing.specific
    page = type(source)(
        title=title,
        slug=slug,
        intro=intro,
        locale=locale,
        translation_key=source.translation_key,
        show_in_menus=source.show_in_menus,
    )
    parent.add_child(instance=page)
    page.save_revision().publish()
    logger.debug("Demonstration page %s created", page.url_path)
    return page


def _fill_body(page, body, image, slugs, pages, code):
    """Write the demonstration body of a page that has none yet."""
    page.refresh_from_db()
    if page.body.raw_data:
        return

    blocks = []
    for block_type, value in body:
        if block_type == "heading":
            blocks.append({"type": "heading", "value": {"text": value, "level": "h2"}})
        elif block_type == "paragraph":
            blocks.append({"type": "paragraph", "value": value})
        elif block_type == "image":
            blocks.append(
                {
                    "type": "image",
                    "value": {"image": image.pk, "alt_text": value, "caption": value},
                }
            )
        elif block_type == "call_to_action":
            text, label, target_key = value
            blocks.append(
                {
                    "type": "call_to_action",
                    "value": {
                        "text": text,
                        "button_label": label,
                        "page": pages[target_key, code].pk,
                        "url": "",
                    },
                }
            )
    page.body = json.dumps(blocks)
    page.save_revision().publish()


def _demo_image():
    """A drawn picture of baskets, so the demonstration needs no image file."""
    Image = get_image_model()
    title = "Paniers de la permanence"
    existing = Image.objects.filter(title=title).first()
    if existing is not None:
        return existing

    picture = PillowImage.new("RGB", (1200, 600), "#f3efe3")
    draw = ImageDraw.Draw(picture)
    colours = ["#c8553d", "#f28f3b", "#588b8b", "#ffd5c2", "#2f6b3a", "#93a664"]
    for index in range(5):
        left = 60 + index * 225
        draw.rounded_rectangle(
            (left, 330, left + 190, 520), radius=24, fill="#a0703c", outline="#6b4423"
        )
        for row in range(3):
            colour = colours[(index + row) % len(colours)]
            x = left + 30 + row * 50
            draw.ellipse(
                (x, 250 + (row % 2) * 30, x + 80, 330 + (row % 2) * 30), fill=colour
            )
    buffer = io.BytesIO()
    picture.save(buffer, format="PNG")
    return Image.objects.create(
        title=title, file=ImageFile(buffer, name="paniers-permanence.png")
    )
