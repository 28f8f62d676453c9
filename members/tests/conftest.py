"""Fixtures for the members app's tests."""

import io

import pytest
from django.core.management import call_command

from members.models import Member, TeamRole
from members.roles import sync_roles


@pytest.fixture
def demo(db):
    call_command("load_demo", stdout=io.StringIO())


@pytest.fixture
def member(demo):
    return Member.objects.get(email="membre@example.org")


@pytest.fixture
def make_member(db):
    """A member with the given role(s) and fields; password `secret-pw-42`."""
    sync_roles()
    counter = iter(range(1000))

    def make(*kinds, **fields):
        number = next(counter)
        fields.setdefault("email", f"m{number}@example.org")
        fields.setdefault("basket_name", f"Panier {number}")
        person = Member.objects.create_user(password="secret-pw-42", **fields)
        for kind in kinds:
            person.groups.add(TeamRole.objects.get(kind=kind).group)
        return person

    return make
