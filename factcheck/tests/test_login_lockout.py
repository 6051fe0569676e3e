"""Repeated failed admin logins lock the address out (django-axes; issue 12, item 6)."""
import pytest
from axes.models import AccessAttempt

LOGIN = "/admin/login/"


@pytest.fixture
def limit(settings):
    settings.AXES_FAILURE_LIMIT = 3
    return 3


def login(client, password, **extra):
    return client.post(LOGIN, {"username": "rita-reviewer", "password": password, "next": "/admin/"}, **extra)


def test_a_reviewer_logs_in_to_the_admin(client, reviewer):
    response = login(client, "pw-for-tests-only")
    assert response.status_code == 302 and response["Location"] == "/admin/"
    assert client.get("/admin/").status_code == 200


def test_after_the_limit_even_the_right_password_is_refused(client, reviewer, limit):
    for _ in range(limit - 1):
        assert login(client, "wrong").status_code == 200  # the form again, with its error
    assert login(client, "wrong").status_code == 429  # the failure that reaches the limit
    response = login(client, "pw-for-tests-only")
    assert response.status_code == 429
    assert "_auth_user_id" not in client.session
    assert client.get("/admin/").status_code == 302  # still sent to the login page
    assert AccessAttempt.objects.get().failures_since_start >= limit


def test_a_forwarded_header_does_not_dodge_the_lockout_unless_a_proxy_is_trusted(client, reviewer, limit, settings):
    settings.NUM_PROXIES = 0
    for i in range(limit):
        login(client, "wrong", HTTP_X_FORWARDED_FOR=f"198.51.100.{i}")
    assert login(client, "pw-for-tests-only", HTTP_X_FORWARDED_FOR="198.51.100.99").status_code == 429


def test_another_address_can_still_log_in(client, reviewer, limit):
    for _ in range(limit):
        login(client, "wrong")
    assert login(client, "pw-for-tests-only", REMOTE_ADDR="192.0.2.20").status_code == 302


def test_a_success_before_the_limit_clears_the_count(client, reviewer, limit):
    for _ in range(limit - 1):
        login(client, "wrong")
    assert login(client, "pw-for-tests-only").status_code == 302
    client.logout()
    for _ in range(limit - 1):
        assert login(client, "wrong").status_code == 200
