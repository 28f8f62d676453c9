"""*Connexion*: the primary email logs in; nothing else does."""

import pytest
from django.core.cache import cache

pytestmark = pytest.mark.django_db

LOGIN = "/accounts/login/"


def test_the_primary_email_logs_in_whatever_its_case(client, make_member):
    make_member(email="anne@example.org")

    response = client.post(
        LOGIN, {"login": "Anne@Example.org", "password": "secret-pw-42"}
    )

    assert response.status_code == 302
    assert "_auth_user_id" in client.session


def test_the_secondary_email_is_refused_with_a_message_saying_so(client, make_member):
    make_member(email="anne@example.org", secondary_email="anne.bis@example.org")

    response = client.post(
        LOGIN, {"login": "anne.bis@example.org", "password": "secret-pw-42"}
    )

    assert response.status_code == 200
    assert "_auth_user_id" not in client.session
    html = response.content.decode()
    assert "adresse mail secondaire" in html
    assert "adresse mail principale" in html


def test_a_deactivated_account_cannot_log_in(client, make_member):
    make_member(email="parti@example.org", is_active=False)

    response = client.post(
        LOGIN, {"login": "parti@example.org", "password": "secret-pw-42"}
    )

    assert "_auth_user_id" not in client.session
    assert response.status_code in (200, 302)


def test_wrong_passwords_are_rate_limited(client, make_member):
    make_member(email="anne@example.org")
    cache.clear()
    for _attempt in range(5):
        client.post(LOGIN, {"login": "anne@example.org", "password": "wrong"})

    response = client.post(
        LOGIN, {"login": "anne@example.org", "password": "secret-pw-42"}
    )

    assert "_auth_user_id" not in client.session
    assert response.status_code in (200, 429)
