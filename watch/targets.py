"""Where a webhook may go: a public http(s) address, checked by the ingestion fetcher's
SSRF guard (sources.fetch.check_public_url), at subscription time; every delivery then goes
through sources.fetch.public_request, which checks again and connects to the address it
resolved (no second lookup for a rebinding name to answer differently).

WEBHOOK_ALLOW_PRIVATE_URLS lifts the address rule for webhooks only (tests and local
receivers), never the scheme rule; INGEST_ALLOW_PRIVATE_URLS does not touch webhooks.
"""
from django.conf import settings

from sources import fetch


def allow_private() -> bool:
    return bool(settings.WEBHOOK_ALLOW_PRIVATE_URLS)


def check_target(url: str) -> None:
    """Raise SourceError (RetryableSourceError when the name does not resolve now) unless
    url is plain http(s) (no user info or backslashes) on a public address."""
    fetch.check_public_url(url, allow_private=allow_private())
