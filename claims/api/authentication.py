"""Token authentication with a limit on failures.

A client that sends wrong tokens meets a limit: after API_AUTH_FAILURE_RATE failures
("20/hour" by default) from one address, each further request carrying a token is a 429
until enough of them have slid out of the last hour, before the token is even looked up.
The failures are counted in a sliding window as the rate throttles count requests (so the
limit cannot be spent twice across a window's edge); the count lives in the shared cache
(claims.api.throttles) and the address comes from factcheck.clientip.
"""
from django.conf import settings
from rest_framework import exceptions
from rest_framework.authentication import TokenAuthentication
from rest_framework.throttling import SimpleRateThrottle

from claims.api.throttles import count_in_sliding_window, sliding_count, sliding_keys, sliding_wait, sliding_window
from factcheck.clientip import client_ip


class FailureLimit(SimpleRateThrottle):
    """Only its rate parsing and timer are used: failures are counted, not requests."""

    scope = "auth_failures"

    def get_rate(self):
        return settings.API_AUTH_FAILURE_RATE


class LimitedTokenAuthentication(TokenAuthentication):
    def authenticate(self, request):
        if not request.META.get("HTTP_AUTHORIZATION", "").strip():
            return None
        limit = FailureLimit()
        if limit.rate is None:
            return super().authenticate(request)
        window, into = sliding_window(limit.timer(), limit.duration)
        base = f"throttle_auth_failures:{client_ip(request)}"
        keys = sliding_keys(base, window)
        counts = limit.cache.get_many(keys)
        count, previous = (counts.get(key, 0) for key in keys)
        if sliding_count(count + 1, previous, into) > limit.num_requests:  # one more failure would not fit
            wait = sliding_wait(limit.num_requests, count, previous, into, limit.duration)
            raise exceptions.Throttled(wait, "Too many failed authentications from this address.")
        try:
            return super().authenticate(request)
        except exceptions.AuthenticationFailed:
            count_in_sliding_window(limit.cache, base, window, limit.duration)
            raise
