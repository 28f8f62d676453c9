"""The members' own pages: *Moi* and the contact form."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods

from . import services
from .forms import ContactForm, MeForm
from .models import GroupSettings


@login_required
@require_http_methods(["GET", "POST"])
def me(request):
    """*Groupe > Moi*: the member reads and changes their own data."""
    form = MeForm(request.POST or None, request.FILES or None, instance=request.user)
    if request.method == "POST" and form.is_valid():
        form.save()
        messages.success(request, _("Your details are saved."))
        return redirect("members:me")
    return TemplateResponse(request, "members/me.html", {"form": form})


@login_required
@require_http_methods(["GET", "POST"])
def contact(request):
    """*Groupe > Contact*: write to the team, a role or a member."""
    group_settings = GroupSettings.for_request(request)
    choices = services.contact_choices(request.user, group_settings)
    form = ContactForm(
        request.POST or None,
        choices=choices,
        initial={"recipient": request.GET.get("to", services.TEAM)},
    )
    if request.method == "POST" and form.is_valid():
        try:
            label = services.relay_message(
                request.user,
                form.cleaned_data["recipient"],
                form.cleaned_data["subject"],
                form.cleaned_data["message"],
                group_settings,
            )
        except services.ContactError as error:
            form.add_error(None, str(error))
        else:
            messages.success(
                request,
                _("Your message to %(recipient)s is sent; a copy is on its way to you.")
                % {"recipient": label},
            )
            return redirect("members:contact")
    return TemplateResponse(request, "members/contact.html", {"form": form})
