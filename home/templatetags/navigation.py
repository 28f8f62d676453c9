"""Template helpers for the parts every page shares: the main menu built
from the page tree, and the links of the *Langue* menu."""

from django import template
from django.conf import settings
from django.urls import translate_url
from django.utils import translation
from wagtail.models import Page, Site

register = template.Library()


def _home_for(request):
    """The site's home page in the active language (or the default one),
    looked up once per request and language."""
    language = translation.get_language()
    homes = request.__dict__.setdefault("_portal_homes", {})
    if language not in homes:
        site = Site.find_for_request(request)
        homes[language] = site.root_page.localized.specific if site else None
    return homes[language]


@register.simple_tag(takes_context=True)
def site_home(context):
    """The home page of the language the visitor reads."""
    return _home_for(context["request"])


@register.simple_tag(takes_context=True)
def main_menu(context):
    """The menu entries: the home page's children shown in menus, each with
    its own children shown in menus, in two queries whatever the tree size.

    Returns a list of (page, [child pages]) tuples.
    """
    request = context["request"]
    home = _home_for(request)
    if home is None:
        return []

    pages = list(
        home.get_descendants()
        .filter(depth__lte=home.depth + 2)
        .live()
        .public()
        .in_menu()
        .order_by("path")
    )
    entries = []
    for page in pages:
        if page.depth == home.depth + 1:
            entries.append((page, []))
        elif entries and page.path.startswith(entries[-1][0].path):
            entries[-1][1].append(page)
    return entries


@register.simple_tag(takes_context=True)
def language_links(context):
    """One link per language: to the same page in that language where it
    exists, else to that language's home page; for views that are not pages,
    to the same address in that language.

    Returns a list of dicts with `code`, `name`, `url` and `current`.
    """
    request = context["request"]
    page = context.get("page")
    current = translation.get_language()

    translated_urls = {}
    if isinstance(page, Page):
        translations = page.get_translations(inclusive=True).live()
        for translated in translations.select_related("locale"):
            translated_urls[translated.locale.language_code] = translated.get_url(
                request
            )

    links = []
    for code, name in settings.LANGUAGES:
        if isinstance(page, Page):
            url = translated_urls.get(code)
            if url is None:
                with translation.override(code):
                    home = _home_for(request)
                    url = home.get_url(request) if home else "/"
        else:
            url = translate_url(request.get_full_path(), code)
        with translation.override(code):
            native_name = translation.gettext(name)
        links.append(
            {"code": code, "name": native_name, "url": url, "current": code == current}
        )
    return links
