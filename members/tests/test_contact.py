"""Contact: the portal relays a member's message without revealing anyone's
address; the sender gets a copy."""

import pytest
from django.core import mail
from wagtail.models import Site

from members.models import GroupSettings, Member, TeamRole

pytestmark = pytest.mark.django_db

CONTACT = "/groupe/contact/"


@pytest.fixture
def send(client, member, django_capture_on_commit_callbacks):
    client.force_login(member)

    def post(recipient, subject="Question", message="Bonjour, une question."):
        with django_capture_on_commit_callbacks(execute=True):
            return client.post(
                CONTACT,
                {"recipient": recipient, "subject": subject, "message": message},
            )

    return post


def test_a_message_to_the_team_reaches_each_member_of_it(send, member):
    response = send("team", subject="Panier oublié", message="J'ai oublié mon panier.")

    assert response.status_code == 302
    relayed, copy = mail.outbox[:-1], mail.outbox[-1]
    assert [message.to for message in relayed] == [["gestion@example.org"]]
    assert relayed[0].reply_to == ["membre@example.org"]
    assert "Panier oublié" in relayed[0].subject and "Lambert" in relayed[0].subject
    assert "J'ai oublié mon panier." in relayed[0].body
    assert copy.to == ["membre@example.org"]
    assert "J'ai oublié mon panier." in copy.body
    assert "gestion@example.org" not in copy.body + copy.subject


def test_a_message_to_one_role(send):
    response = send("role:order_manager")

    assert response.status_code == 302
    assert mail.outbox[0].to == ["gestion@example.org"]


def test_a_role_that_cannot_be_contacted_is_refused(send):
    TeamRole.objects.filter(kind="webmaster").update(can_be_contacted=False)

    response = send("role:webmaster")

    assert response.status_code == 200
    assert mail.outbox == []


def test_a_message_to_a_member_hides_both_addresses(send):
    giulia = Member.objects.get(email="giulia@example.org")
    giulia.secondary_email = "giulia.bis@example.org"
    giulia.save()

    send(f"member:{giulia.pk}", message="Tu peux prendre ma permanence ?")

    relayed = mail.outbox[0]
    assert relayed.to == ["giulia@example.org", "giulia.bis@example.org"]
    assert relayed.reply_to == ["membre@example.org"]
    copy = mail.outbox[1]
    assert "giulia" not in " ".join(copy.to) + copy.body


def test_writing_to_members_can_be_switched_off(send):
    settings = GroupSettings.for_site(Site.objects.get(is_default_site=True))
    settings.member_contact = False
    settings.save()
    giulia = Member.objects.get(email="giulia@example.org")

    response = send(f"member:{giulia.pk}")

    assert response.status_code == 200
    assert "recipient" in response.context["form"].errors
    assert mail.outbox == []


def test_an_empty_message_is_refused_and_nothing_is_sent(send):
    response = send("team", subject="", message="")

    assert response.status_code == 200
    assert set(response.context["form"].errors) == {"subject", "message"}
    assert mail.outbox == []


def test_messages_are_rate_limited(send):
    for _number in range(5):
        assert send("team").status_code == 302

    response = send("team")

    assert response.status_code == 200
    assert len(mail.outbox) == 5 * 2


def test_a_visitor_cannot_write(client):
    response = client.post(
        CONTACT, {"recipient": "team", "subject": "x", "message": "y"}
    )

    assert response.status_code == 302
    assert mail.outbox == []
