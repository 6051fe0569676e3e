"""The Redis cache keeps one client per connection pool, and works as Django's does."""
import os

import pytest
from django.core.cache import caches
from django.test import override_settings

from factcheck.cache import SharedClientRedisCache

pytestmark = pytest.mark.shared_cache  # needs CACHE_URL (Redis): deselected without it


def test_one_client_serves_every_call_and_the_cache_works():
    location = os.environ["CACHE_URL"]
    with override_settings(CACHES={"default": {"BACKEND": "factcheck.cache.SharedClientRedisCache",
                                               "LOCATION": location, "KEY_PREFIX": "test-shared-client"}}):
        cache = caches.create_connection("default")
        assert isinstance(cache, SharedClientRedisCache)
        client = cache._cache.get_client(write=True)
        assert cache._cache.get_client() is client and cache._cache.get_client(write=True) is client
        cache.set("k", {"a": 1}, 30)
        assert cache.get("k") == {"a": 1}
        assert cache.add("n", 0, 30) and cache.incr("n") == 1
        cache.delete_many(["k", "n"])
        assert cache.get("k") is None


def test_a_window_count_is_one_integer_counted_in_place_that_expires_with_its_window():
    location = os.environ["CACHE_URL"]
    with override_settings(CACHES={"default": {"BACKEND": "factcheck.cache.SharedClientRedisCache",
                                               "LOCATION": location, "KEY_PREFIX": "test-window"}}):
        cache = caches.create_connection("default")
        cache.delete("w")
        assert [cache.incr_in_window("w", 30) for _ in range(3)] == [1, 2, 3]
        assert cache.get("w") == 3  # readable as Django stores integers
        client = cache._cache.get_client(write=True)
        assert 0 < client.ttl(cache.make_key("w")) <= 30  # the first count set the lifetime; later ones kept it
        cache.delete("w")


def test_a_sliding_window_reads_the_last_windows_count_in_the_same_round_trip():
    location = os.environ["CACHE_URL"]
    with override_settings(CACHES={"default": {"BACKEND": "factcheck.cache.SharedClientRedisCache",
                                               "LOCATION": location, "KEY_PREFIX": "test-sliding"}}):
        cache = caches.create_connection("default")
        cache.delete_many(["w:1", "w:2"])
        assert cache.incr_in_window_with_previous("w:2", "w:1", 61) == (1, 0)  # no last window
        for _ in range(4):
            cache.incr_in_window("w:1", 61)
        assert cache.incr_in_window_with_previous("w:2", "w:1", 61) == (2, 4)
        assert cache.get("w:2") == 2
        cache.delete_many(["w:1", "w:2"])
