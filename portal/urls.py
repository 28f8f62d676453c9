"""The portal's URLs.

Pages, accounts and search carry the language in the URL: French, the default,
has no prefix; Dutch and English are under /nl/ and /en/. The Wagtail admin
follows each manager's own language preference instead.
"""

from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.conf.urls.static import static
from django.urls import include, path
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.documents import urls as wagtaildocs_urls

from search import views as search_views

urlpatterns = [
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
]

if settings.DEBUG:
    urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)

urlpatterns += i18n_patterns(
    path("accounts/", include("allauth.urls")),
    path("search/", search_views.search, name="search"),
    path("groupe/", include("members.urls")),
    path("permanence/", include("shop.urls")),
    # Wagtail's page serving comes last: it answers every remaining path.
    path("", include(wagtail_urls)),
    prefix_default_language=False,
)
