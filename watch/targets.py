"""Where a webhook may go: a public http(s) address, checked by the ingestion fetcher's
SSRF guard (sources.fetch), at subscription time and again before every delivery.

This is the one place webhooks call that guard: when sources.fetch gains its hardened
public check, only this function changes. Until then two limits of the guard apply here
too: it resolves the name, then the connection resolves it again (a host that answers
differently the second time is not caught), and INGEST_ALLOW_PRIVATE_URLS, which lifts it
for ingestion, lifts it for webhooks as well.
"""
from urllib.parse import urlsplit

from django.conf import settings

from sources import fetch
from sources.errors import SourceError


def check_target(url: str) -> None:
    """Raise SourceError (RetryableSourceError when the name does not resolve now) unless
    url is http(s) on a public address. WEBHOOK_ALLOW_PRIVATE_URLS lifts the address rule
    (tests and local receivers), never the scheme rule."""
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise SourceError("Give an http or https URL.")
    if settings.WEBHOOK_ALLOW_PRIVATE_URLS:
        return
    fetch._check_host(url)
