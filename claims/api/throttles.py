"""API throttles whose counters live in the shared cache, counted atomically.

DRF's own throttles keep a list of request times, read and written back whole on every
request: two gunicorn workers reading it at once both append and one write is lost, so
more than the rate gets through. These count each client's requests with the cache's
atomic increment (Redis INCR when CACHE_URL is set; the local-memory cache, one process,
takes a lock), so every worker shares one count. The client's address comes from
factcheck.clientip (X-Forwarded-For only through NUM_PROXIES).

The rate throttles count in a sliding window: this window's count plus the share of the
last window's that the sliding window still covers (the estimate Cloudflare and others
use). A fixed window let a client send the whole rate at the end of one window and again
at the start of the next, twice the rate in a moment; the sliding count keeps it near the
rate in any stretch of `duration` seconds, with two integers a client and one round trip.
"""
from rest_framework import throttling

from factcheck.clientip import client_ip


class SharedCountMixin:
    """A sliding-window counter: about num_requests in any `duration` seconds."""

    def get_ident(self, request):
        return client_ip(request)

    def allow_request(self, request, view):
        if self.rate is None:
            return True
        self.key = self.get_cache_key(request, view)
        if self.key is None:
            return True
        self.now = self.timer()
        window, self.into = sliding_window(self.now, self.duration)
        self.count, self.previous = count_in_sliding_window(self.cache, self.key, window, self.duration)
        if sliding_count(self.count, self.previous, self.into) <= self.num_requests:
            return True
        # A refused request is not counted (as DRF's throttles): a client that comes back when
        # Retry-After says gets in, however often it asked before.
        self.count -= 1
        try:
            self.cache.decr(sliding_keys(self.key, window)[0])
        except ValueError:  # gone already
            pass
        return False

    def wait(self):
        """Seconds until one more request fits under the sliding count (at least one)."""
        return sliding_wait(self.num_requests, self.count, self.previous, self.into, self.duration)


def sliding_wait(n: int, count: int, previous: int, into: float, duration: float) -> float:
    """Seconds until one more fits under a sliding count of n per duration, with count in this
    window (into of the way through it, 0 to 1) and previous in the last (at least one)."""
    if count + 1 <= n and previous:  # in this window, once enough of the last has slid out
        fits_at = 1 - (n - count - 1) / previous
        seconds = (fits_at - into) * duration
    else:  # in the next window, once enough of this one has slid out
        fits_at = max(0.0, 1 - (n - 1) / count) if count else 0.0
        seconds = (1 - into) * duration + fits_at * duration
    return max(1.0, seconds)


def sliding_window(now: float, duration: float) -> tuple[int, float]:
    """The window now falls in, and how far into it (0 to 1)."""
    window = int(now // duration)
    return window, (now - window * duration) / duration


def sliding_keys(key: str, window: int) -> tuple[str, str]:
    """The cache keys of key's count in this window and in the last."""
    return f"{key}:{window}", f"{key}:{window - 1}"


def sliding_count(count: int, previous: int, into: float) -> float:
    """The count over the last `duration` seconds: this window's, and the share of the last's they still cover."""
    return count + previous * (1 - into)


def count_in_sliding_window(cache, key: str, window: int, seconds: int) -> tuple[int, int]:
    """Add one to this window's count for key; its new count and the last window's."""
    current, previous = sliding_keys(key, window)
    span = 2 * seconds  # it is the last window's count all through the next window
    if hasattr(cache, "incr_in_window_with_previous"):  # Redis (factcheck.cache): one round trip
        return cache.incr_in_window_with_previous(current, previous, span + 1)
    return count_in_window(cache, current, span), cache.get(previous, 0)


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
