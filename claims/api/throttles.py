"""API throttles whose counters live in the shared cache, counted atomically.

DRF's own throttles keep a list of request times, read and written back whole on every
request: two gunicorn workers reading it at once both append and one write is lost, so
more than the rate gets through. These count each client's requests in a fixed window
with the cache's atomic increment (Redis INCR when CACHE_URL is set; the local-memory
cache, one process, takes a lock), so every worker shares one count. The client's
address comes from factcheck.clientip (X-Forwarded-For only through NUM_PROXIES).
"""
from rest_framework import throttling

from factcheck.clientip import client_ip


class SharedCountMixin:
    """A fixed-window counter: at most num_requests in each window of `duration` seconds."""

    def get_ident(self, request):
        return client_ip(request)

    def allow_request(self, request, view):
        if self.rate is None:
            return True
        self.key = self.get_cache_key(request, view)
        if self.key is None:
            return True
        self.now = self.timer()
        window = int(self.now // self.duration)
        self.window_ends = (window + 1) * self.duration
        self.count = count_in_window(self.cache, f"{self.key}:{window}", self.duration)
        return self.count <= self.num_requests

    def wait(self):
        return max(1.0, self.window_ends - self.now)


def count_in_window(cache, key: str, seconds: int) -> int:
    """Add one to the count under key (kept a little longer than its window); the new count."""
    if hasattr(cache, "incr_in_window"):  # Redis (factcheck.cache): one round trip
        return cache.incr_in_window(key, seconds + 1)
    cache.add(key, 0, seconds + 1)
    try:
        return cache.incr(key)
    except ValueError:  # expired between add and incr
        cache.add(key, 1, seconds + 1)
        return 1


class AnonRateThrottle(SharedCountMixin, throttling.AnonRateThrottle):
    pass


class UserRateThrottle(SharedCountMixin, throttling.UserRateThrottle):
    """Signed-in users, by user. An anonymous request is AnonRateThrottle's alone (DRF's
    UserRateThrottle would count it again by address, at the higher user rate: a second
    counter to bump on every anonymous read that never decides anything)."""

    def get_cache_key(self, request, view):
        if not (request.user and request.user.is_authenticated):
            return None
        return super().get_cache_key(request, view)
