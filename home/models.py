"""The page types editors place in the site's tree."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.fields import StreamField
from wagtail.models import Page
from wagtail.search import index

from .blocks import BodyBlock


class PageWithBody(Page):
    """What every public page has: a short introduction and a free body."""

    intro = models.TextField(
        _("introduction"),
        blank=True,
        help_text=_("A sentence or two shown under the title."),
    )
    body = StreamField(BodyBlock(), verbose_name=_("body"), blank=True)

    content_panels = Page.content_panels + [FieldPanel("intro"), FieldPanel("body")]
    search_fields = Page.search_fields + [
        index.SearchField("intro"),
        index.SearchField("body"),
    ]

    class Meta:
        abstract = True


class HomePage(PageWithBody):
    """The group's front page, one per language, root of its main menu."""

    parent_page_types = ["wagtailcore.Page"]

    class Meta:
        verbose_name = _("home page")


class ContentPage(PageWithBody):
    """Any other public page: who we are, how it works, our producers…"""

    parent_page_types = ["home.HomePage", "home.ContentPage"]

    class Meta:
        verbose_name = _("content page")
