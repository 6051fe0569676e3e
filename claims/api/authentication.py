"""Token authentication with a limit on failures.

A client that sends wrong tokens meets a limit: after API_AUTH_FAILURE_RATE failures
("20/hour" by default) from one address, each further request carrying a token is a 429
until the window ends, before the token is even looked up. The count lives in the shared
cache (claims.api.throttles) and the address comes from factcheck.clientip.
"""
from django.conf import settings
from rest_framework import exceptions
from rest_framework.authentication import TokenAuthentication
from rest_framework.throttling import SimpleRateThrottle

from claims.api.throttles import count_in_window
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
        now = limit.timer()
        window = int(now // limit.duration)
        key = f"throttle_auth_failures:{client_ip(request)}:{window}"
        wait = max(1.0, (window + 1) * limit.duration - now)
        if (limit.cache.get(key) or 0) >= limit.num_requests:
            raise exceptions.Throttled(wait, "Too many failed authentications from this address.")
        try:
            return super().authenticate(request)
        except exceptions.AuthenticationFailed:
            count_in_window(limit.cache, key, limit.duration)
            raise
