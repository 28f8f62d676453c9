"""Fixtures shared by the cross-app tests."""

import io

import pytest
from django.core.management import call_command


@pytest.fixture
def demo(db):
    """The demonstration group, as `make run` loads it."""
    call_command("load_demo", stdout=io.StringIO())


@pytest.fixture
def member(demo):
    from members.models import Member

    return Member.objects.get(email="membre@example.org")


@pytest.fixture
def manager(demo):
    from members.models import Member

    return Member.objects.get(email="gestion@example.org")
