"""Fixtures for API tests: clients signed in by token as each role."""
import pytest
from django.core.cache import cache
from rest_framework.authtoken.models import Token
from rest_framework.test import APIClient


@pytest.fixture(autouse=True)
def _fresh_throttle_counts():
    # Throttle counters live in the cache: each test starts with none.
    cache.clear()
    yield
    cache.clear()


def _client_for(user=None) -> APIClient:
    client = APIClient()
    if user is not None:
        token, _ = Token.objects.get_or_create(user=user)
        client.credentials(HTTP_AUTHORIZATION=f"Token {token.key}")
    return client


@pytest.fixture
def anon_api(db):
    return _client_for()


@pytest.fixture
def outsider_api(outsider):
    return _client_for(outsider)
