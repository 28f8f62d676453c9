"""*Qui est qui*: the member directory, a page editors place in the tree."""

from django.contrib.auth.views import redirect_to_login
from django.db.models import Prefetch, Q
from django.http import Http404
from django.utils.translation import gettext_lazy as _
from wagtail.models import Page

from .accounts import Member
from .settings import GroupSettings
from .team import TeamRole


class WhosWhoPage(Page):
    """Lists the management team with their roles, then the members who chose
    to appear, each with only what they chose to share.

    Shown only to logged-in members; a visitor is sent to *Connexion*. When
    the group switches the who's who off, the page answers 404.
    """

    max_count_per_parent = 1
    subpage_types = []

    class Meta:
        verbose_name = _("who's who page")

    def serve(self, request, *args, **kwargs):
        if not GroupSettings.for_request(request).whos_who:
            raise Http404
        if not request.user.is_authenticated:
            return redirect_to_login(request.get_full_path())
        return super().serve(request, *args, **kwargs)

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        query = request.GET.get("q", "").strip()[:100]

        # One entry per member of the team, with all the roles they hold.
        team = {}
        roles = TeamRole.objects.prefetch_related(
            Prefetch(
                "group__user_set",
                queryset=Member.objects.filter(is_active=True),
                to_attr="active_holders",
            )
        )
        for role in roles:
            for holder in role.group.active_holders:
                team.setdefault(holder, []).append(role)
        team = sorted(team.items(), key=lambda item: item[0].basket_name.lower())

        members = Member.objects.filter(is_active=True, in_directory=True)
        if query:
            members = members.filter(
                Q(basket_name__icontains=query)
                | Q(first_name__icontains=query)
                | Q(last_name__icontains=query)
                | Q(about__icontains=query)
            )
        context.update(
            team=team, directory=members.order_by("basket_name"), search_query=query
        )
        return context

    def get_sitemap_urls(self, request=None):
        # A members-only page has nothing to tell search engines.
        return []
