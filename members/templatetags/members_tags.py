"""Template helpers for the *Groupe* menu."""

from django import template
from wagtail.models import Locale

from ..models import GroupSettings, WhosWhoPage

register = template.Library()


@register.simple_tag(takes_context=True)
def whos_who_page(context):
    """The live *Qui est qui* page in the reader's language (or any language),
    or None when the group has switched the who's who off."""
    request = context["request"]
    if not GroupSettings.for_request(request).whos_who:
        return None
    pages = WhosWhoPage.objects.live()
    return pages.filter(locale=Locale.get_active()).first() or pages.first()
