"""Fetching a web page for a source: http(s) only, public addresses only (no SSRF), a
timeout, a size cap, HTML or text only, and a bounded number of redirects.

Used by ingestion (claims.ingestion) and by anything else that reads a publisher's page.
"""
from __future__ import annotations

import ipaddress
import socket
import time
from dataclasses import dataclass
from urllib.parse import urljoin, urlsplit

import urllib3
from django.conf import settings

from sources.errors import RetryableSourceError, SourceError

HTML_TYPES = ("text/html", "application/xhtml+xml")
TEXT_TYPES = ("text/plain",)
USER_AGENT = "factcheck-ingest/1.0 (+https://github.com/factcheck)"


@dataclass
class Fetched:
    url: str
    content_type: str  # "text/html" or "text/plain"
    charset: str | None
    body: bytes


def _check_host(url: str) -> None:
    """Refuse URLs that resolve to private, loopback or link-local addresses (SSRF):
    a reviewer must not make the server read its own network. Tests that serve pages
    from 127.0.0.1 turn INGEST_ALLOW_PRIVATE_URLS on."""
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise SourceError(f"{url!r} is not an http(s) URL.")
    if settings.INGEST_ALLOW_PRIVATE_URLS:
        return
    try:
        infos = socket.getaddrinfo(parts.hostname, parts.port or 443, type=socket.SOCK_STREAM)
    except socket.gaierror as exc:
        raise RetryableSourceError(f"Could not resolve {parts.hostname}: {exc.strerror}.") from None
    for info in infos:
        if not ipaddress.ip_address(info[4][0]).is_global:
            raise SourceError(f"{parts.hostname} is not a public address.")


_pool = urllib3.PoolManager(headers={"User-Agent": USER_AGENT, "Accept": "text/html, text/plain;q=0.9"})


def fetch_url(url: str, *, accept: tuple[str, ...] = HTML_TYPES + TEXT_TYPES) -> Fetched:
    """GET url with a timeout, a size cap, HTML or text only (or the media types in
    accept: official series connectors take JSON and CSV) and at most
    INGEST_MAX_REDIRECTS redirects (each checked like the first URL).

    Raises SourceError for what will not change (wrong type, too big, 404) and
    RetryableSourceError for what may (timeouts, refused connections, 5xx, 429).
    """
    timeout = settings.INGEST_FETCH_TIMEOUT
    deadline = time.monotonic() + timeout
    for _hop in range(settings.INGEST_MAX_REDIRECTS + 1):
        _check_host(url)
        try:
            response = _pool.request(
                "GET", url, redirect=False, retries=False, preload_content=False,
                timeout=urllib3.Timeout(connect=timeout, read=timeout),
            )
        except urllib3.exceptions.NewConnectionError:  # a subclass of the timeout error
            raise RetryableSourceError(f"Could not fetch {url}: the host refused or is unreachable.") from None
        except urllib3.exceptions.TimeoutError:
            raise RetryableSourceError(f"Timed out after {timeout} s fetching {url}.") from None
        except urllib3.exceptions.HTTPError as exc:
            raise RetryableSourceError(f"Could not fetch {url}: {type(exc).__name__}.") from None
        try:
            if response.status in (301, 302, 303, 307, 308):
                location = response.headers.get("Location")
                if not location:
                    raise SourceError(f"{url} redirects without a Location.")
                url = urljoin(url, location)
                continue
            return _read(url, response, deadline, accept)
        finally:
            response.release_conn()
    raise SourceError(f"More than {settings.INGEST_MAX_REDIRECTS} redirects.")


def _read(url: str, response, deadline: float, accept: tuple[str, ...]) -> Fetched:
    if response.status == 429 or response.status >= 500:
        raise RetryableSourceError(f"{url} answered HTTP {response.status}.")
    if response.status != 200:
        raise SourceError(f"{url} answered HTTP {response.status}.")
    mime, _, params = (response.headers.get("Content-Type") or "").partition(";")
    mime = mime.strip().lower()
    if mime not in accept:
        wanted = "an HTML page or text" if accept == HTML_TYPES + TEXT_TYPES else " or ".join(accept)
        raise SourceError(f"{url} is {mime or 'of no content type'}, not {wanted}.")
    cap = settings.INGEST_MAX_BYTES
    declared = response.headers.get("Content-Length", "")
    if declared.isdigit() and int(declared) > cap:
        raise SourceError(f"The page is over the size cap of {cap} bytes.")
    chunks, size = [], 0
    try:
        for chunk in response.stream(64 * 1024):
            size += len(chunk)
            if size > cap:
                raise SourceError(f"The page is over the size cap of {cap} bytes.")
            if time.monotonic() > deadline:
                raise RetryableSourceError(f"Timed out after {settings.INGEST_FETCH_TIMEOUT} s reading {url}.")
            chunks.append(chunk)
    except urllib3.exceptions.TimeoutError:
        raise RetryableSourceError(f"Timed out after {settings.INGEST_FETCH_TIMEOUT} s reading {url}.") from None
    except urllib3.exceptions.HTTPError as exc:
        raise RetryableSourceError(f"Could not read {url}: {type(exc).__name__}.") from None
    charset = None
    for param in params.split(";"):
        key, _, value = param.partition("=")
        if key.strip().lower() == "charset" and value.strip():
            charset = value.strip().strip('"')
    return Fetched(url=url, content_type="text/html" if mime in HTML_TYPES else "text/plain",
                   charset=charset, body=b"".join(chunks))
