"""The client's address, one rule for the API's throttles and the admin's login lockout.

X-Forwarded-For is believed only as far as NUM_PROXIES says: with 0 (the default) the
address is the connection's own (REMOTE_ADDR), whatever the header says, so a client
cannot pick a fresh address per request. Behind N proxies of our own, each appends the
address it received from, so the client is the Nth address from the right; anything
further left was written by the client and is ignored.
"""
from django.conf import settings


def client_ip(request) -> str:
    meta = getattr(request, "META", {})
    remote = meta.get("REMOTE_ADDR", "") or ""
    proxies = settings.NUM_PROXIES
    forwarded = meta.get("HTTP_X_FORWARDED_FOR")
    if not proxies or not forwarded:
        return remote
    addresses = [part.strip() for part in forwarded.split(",") if part.strip()]
    if not addresses:
        return remote
    return addresses[-min(proxies, len(addresses))]
