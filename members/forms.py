"""Forms members fill in on the public site."""

from allauth.account.forms import LoginForm as AllauthLoginForm
from django import forms
from django.utils.translation import gettext_lazy as _

from .models import Member


class LoginForm(AllauthLoginForm):
    """*Connexion*: the primary email and the password.

    A secondary email is refused with a message that says which address to
    use. The link to reset a password sits under the form, worded as the
    member guide says, so the password field carries no link of its own.
    """

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["login"].label = _("Primary email address")
        self.fields["login"].widget.attrs.pop("placeholder", None)
        self.fields["password"].help_text = ""
        self.fields["password"].widget.attrs.pop("placeholder", None)

    def clean(self):
        email = (self.cleaned_data.get("login") or "").strip()
        if (
            email
            and not Member.objects.filter(email__iexact=email).exists()
            and Member.objects.with_secondary_email(email).exists()
        ):
            raise forms.ValidationError(
                _(
                    "This is a secondary email address: it receives the group's "
                    "mails but cannot be used to log in. Log in with your primary "
                    "email address."
                ),
                code="secondary_email",
            )
        return super().clean()


class MeForm(forms.ModelForm):
    """*Moi*: what a member may change of their own data. The basket name,
    the primary email and the flags are the managers' to change."""

    class Meta:
        model = Member
        fields = [
            "first_name",
            "last_name",
            "secondary_email",
            "phone",
            "phone_2",
            "address",
            "language",
            "in_directory",
            "directory_phone",
            "directory_email",
            "about",
            "picture",
        ]
        widgets = {
            "address": forms.Textarea(attrs={"rows": 3}),
            "about": forms.Textarea(attrs={"rows": 4, "maxlength": 500}),
            "phone": forms.TextInput(attrs={"type": "tel", "autocomplete": "tel"}),
            "phone_2": forms.TextInput(attrs={"type": "tel"}),
            "picture": forms.ClearableFileInput(attrs={"accept": "image/*"}),
        }


class ContactForm(forms.Form):
    """A message to the management team, one of its roles, or a member."""

    recipient = forms.ChoiceField(label=_("To"))
    subject = forms.CharField(label=_("Subject"), max_length=150)
    message = forms.CharField(
        label=_("Message"), widget=forms.Textarea(attrs={"rows": 8}), max_length=5000
    )

    def __init__(self, *args, choices, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["recipient"].choices = choices
