"""*Qui est qui*: members only, each showing only what they chose to share."""

import pytest
from wagtail.models import Site

from members.models import GroupSettings, Member

pytestmark = pytest.mark.django_db

PAGE = "/qui-est-qui/"


def switch(**features):
    settings = GroupSettings.for_site(Site.objects.get(is_default_site=True))
    for name, value in features.items():
        setattr(settings, name, value)
    settings.save()


def test_a_visitor_is_sent_to_connexion(client, demo):
    response = client.get(PAGE)

    assert response.status_code == 302
    assert response["Location"].startswith("/accounts/login/?next=/qui-est-qui/")


def test_the_team_comes_first_with_its_roles(client, member):
    client.force_login(member)

    html = client.get(PAGE).content.decode()

    team = html[html.index('id="team-title"') : html.index('id="members-title"')]
    assert "Martin" in team
    for role in ("Coordinateur", "Responsable commandes", "Webmaster"):
        assert role in team


def test_members_show_only_what_they_share(client, member):
    hidden = Member.objects.get(email="marc.dubois@example.org")  # shares nothing
    partial = Member.objects.get(email="linh@example.org")
    partial.directory_email = False
    partial.save()
    client.force_login(member)

    html = client.get(PAGE).content.decode()
    directory = html[html.index('id="members-title"') :]

    assert "Dubois" not in directory
    assert hidden.phone not in directory
    assert "Nguyen" in directory
    assert "linh@example.org" not in directory
    assert "aissata@example.org" in directory and "0472 10 20 30" in directory


def test_what_members_write_is_escaped(client, member):
    member.about = '<script>alert("x")</script>'
    member.save()
    client.force_login(member)

    html = client.get(PAGE).content.decode()

    assert '<script>alert("x")</script>' not in html
    assert "&lt;script&gt;" in html


def test_the_search_box_narrows_the_list(client, member):
    client.force_login(member)

    html = client.get(PAGE, {"q": "rossi"}).content.decode()
    directory = html[html.index('id="members-title"') :]

    assert "Rossi" in directory
    assert "Nguyen" not in directory


def test_switched_off_it_answers_404_and_leaves_the_menu(client, member):
    client.force_login(member)
    assert 'href="/qui-est-qui/"' in client.get("/").content.decode()

    switch(whos_who=False)

    assert client.get(PAGE).status_code == 404
    assert 'href="/qui-est-qui/"' not in client.get("/").content.decode()


def test_the_group_menu_is_for_members_only(client, member):
    assert "Groupe" not in client.get("/").content.decode()

    client.force_login(member)
    html = client.get("/").content.decode()

    assert "<summary>Groupe</summary>" in html
    assert 'href="/groupe/moi/"' in html and 'href="/groupe/contact/"' in html
