"""The site's search page."""

from django.core.paginator import EmptyPage, PageNotAnInteger, Paginator
from django.template.response import TemplateResponse
from wagtail.models import Locale, Page

RESULTS_PER_PAGE = 10


def search(request):
    """Search the live public pages written in the visitor's language."""
    query = request.GET.get("q", "").strip()[:200]
    results = Page.objects.none()
    if query:
        results = (
            Page.objects.live()
            .public()
            .filter(locale=Locale.get_active())
            .specific()
            .search(query)
        )

    paginator = Paginator(results, RESULTS_PER_PAGE)
    try:
        page = paginator.page(request.GET.get("page", 1))
    except PageNotAnInteger:
        page = paginator.page(1)
    except EmptyPage:
        page = paginator.page(paginator.num_pages)

    return TemplateResponse(
        request,
        "search/search.html",
        {"search_query": query, "search_results": page},
    )
