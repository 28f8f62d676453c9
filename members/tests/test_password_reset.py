"""*Réinitialisation du mot de passe*: a link that works once and expires."""

import re
from datetime import datetime, timedelta
from unittest import mock

import pytest
from django.core import mail

pytestmark = pytest.mark.django_db

RESET = "/accounts/password/reset/"


def reset_link(message):
    return re.search(
        r"https?://[^/\s]+(/\S*/password/reset/key/\S+/)", message.body
    ).group(1)


def test_the_link_is_mailed_to_both_addresses(
    client, make_member, django_capture_on_commit_callbacks
):
    make_member(email="anne@example.org", secondary_email="anne.bis@example.org")

    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(RESET, {"email": "anne@example.org"})

    assert response.status_code == 302
    assert len(mail.outbox) == 1
    assert mail.outbox[0].to == ["anne@example.org", "anne.bis@example.org"]
    assert reset_link(mail.outbox[0])


def test_the_answer_is_the_same_whether_or_not_the_address_exists(client, make_member):
    make_member(email="anne@example.org")

    known = client.post(RESET, {"email": "anne@example.org"}, follow=True)
    unknown = client.post(RESET, {"email": "personne@example.org"}, follow=True)

    assert known.redirect_chain == unknown.redirect_chain
    assert known.content == unknown.content


def test_the_link_sets_the_password_logs_in_and_works_once(
    client, make_member, django_capture_on_commit_callbacks
):
    anne = make_member(email="anne@example.org")
    with django_capture_on_commit_callbacks(execute=True):
        client.post(RESET, {"email": "anne@example.org"})
    link = reset_link(mail.outbox[0])

    form_page = client.get(link, follow=True)
    action = form_page.redirect_chain[-1][0] if form_page.redirect_chain else link
    done = client.post(
        action, {"password1": "Nouveau-mot-2027", "password2": "Nouveau-mot-2027"}
    )

    anne.refresh_from_db()
    assert anne.check_password("Nouveau-mot-2027")
    assert done.status_code == 302
    assert client.session["_auth_user_id"] == str(anne.pk)

    client.logout()
    again = client.get(link, follow=True)
    assert again.context["token_fail"] is True
    assert "Ce lien ne fonctionne plus" in again.content.decode()


def test_the_link_expires_after_a_day(
    client, make_member, django_capture_on_commit_callbacks
):
    make_member(email="anne@example.org")
    with django_capture_on_commit_callbacks(execute=True):
        client.post(RESET, {"email": "anne@example.org"})
    link = reset_link(mail.outbox[0])

    later = datetime.now() + timedelta(hours=24, minutes=5)
    with mock.patch(
        "django.contrib.auth.tokens.PasswordResetTokenGenerator._now",
        return_value=later,
    ):
        response = client.get(link, follow=True)

    assert response.context["token_fail"] is True
