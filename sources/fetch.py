"""Fetching a web page for a source: http(s) only, public addresses only (no SSRF), a
total deadline, a size cap, HTML or text only, and a bounded number of redirects.

Used by ingestion (claims.ingestion) and by anything else that reads a publisher's page.

The SSRF guard checks the address actually connected to, not a second parse of the URL:
`check_public_url` parses the URL once (refusing user info, backslashes and anything but
http(s)), resolves the host once and refuses any non-public address; the request then
connects to that resolved address, with the name kept in the Host header and as the TLS
server name (SNI and certificate check). Every redirect hop is checked the same way.
`public_request` offers the same guard to other callers (an outgoing webhook).
"""
from __future__ import annotations

import ipaddress
import socket
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from urllib.parse import urljoin, urlsplit

import urllib3
from django.conf import settings
from urllib3.connection import HTTPConnection, HTTPSConnection
from urllib3.connectionpool import HTTPConnectionPool, HTTPSConnectionPool

from sources.canonical import InvalidURL, refuse_ambiguous
from sources.errors import RetryableSourceError, SourceError

HTML_TYPES = ("text/html", "application/xhtml+xml")
TEXT_TYPES = ("text/plain",)
USER_AGENT = "factcheck-ingest/1.0 (+https://github.com/factcheck)"
DEFAULT_HEADERS = {"User-Agent": USER_AGENT, "Accept": "text/html, text/plain;q=0.9"}
_NAT64 = ipaddress.ip_network("64:ff9b::/96")


@dataclass
class Fetched:
    url: str
    content_type: str  # "text/html" or "text/plain"
    charset: str | None
    body: bytes


@dataclass(frozen=True)
class PublicURL:
    """A URL checked once: where to connect (address) and what to call the host (host)."""
    url: str
    scheme: str
    host: str  # ASCII (IDNA), lower case
    port: int
    address: str  # the resolved IP address the request connects to
    target: str  # path and query

    @property
    def host_header(self) -> str:
        host = f"[{self.host}]" if ":" in self.host else self.host
        default = 443 if self.scheme == "https" else 80
        return host if self.port == default else f"{host}:{self.port}"


def is_public_address(address: str) -> bool:
    """Whether an IP address is on the public internet: not private, loopback, link-local,
    reserved, multicast or unspecified, including IPv4 addresses inside IPv6 ones."""
    ip = ipaddress.ip_address(address.split("%", 1)[0])
    if ip.version == 6:
        embedded = ip.ipv4_mapped or ip.sixtofour or (ip.teredo[1] if ip.teredo else None)
        if embedded is None and ip in _NAT64:
            embedded = ipaddress.IPv4Address(int(ip) & 0xFFFFFFFF)
        if embedded is not None and not is_public_address(str(embedded)):
            return False
    return ip.is_global and not (ip.is_private or ip.is_loopback or ip.is_link_local or ip.is_reserved
                                 or ip.is_multicast or ip.is_unspecified)


def _within(address: str, network) -> bool:
    ip = ipaddress.ip_address(address.split("%", 1)[0])
    return ip.version == network.version and ip in network


def _parse(url: str) -> tuple[str, str, int, str]:
    try:
        refuse_ambiguous(url)
        parts = urlsplit(url)
        port = parts.port
    except InvalidURL as exc:
        raise SourceError(str(exc)) from None
    except ValueError:
        raise SourceError(f"{url!r} is not a valid URL.") from None
    if parts.scheme.lower() not in ("http", "https") or not parts.hostname:
        raise SourceError(f"{url!r} is not an http(s) URL.")
    try:
        host = parts.hostname.encode("idna").decode("ascii")
    except UnicodeError:
        raise SourceError(f"{url!r} has an invalid host name.") from None
    scheme = parts.scheme.lower()
    target = (parts.path or "/") + (f"?{parts.query}" if parts.query else "")
    return scheme, host, port or (443 if scheme == "https" else 80), target


def check_public_url(url: str, *, allow_private: bool | None = None) -> PublicURL:
    """Parse url once and resolve its host once: the address to connect to.

    Raises SourceError for a URL that is not plain http(s) (user info, backslashes, other
    schemes) or whose host resolves to any non-public address, and RetryableSourceError
    when the name does not resolve. Tests serving pages from 127.0.0.1 turn
    INGEST_ALLOW_PRIVATE_URLS on (allow_private, when given, decides instead: webhooks pass
    WEBHOOK_ALLOW_PRIVATE_URLS).
    """
    scheme, host, port, target = _parse(url)
    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except (socket.gaierror, UnicodeError) as exc:
        raise RetryableSourceError(f"Could not resolve {host}: {getattr(exc, 'strerror', exc)}.") from None
    addresses = [info[4][0] for info in infos]
    if not addresses:
        raise RetryableSourceError(f"Could not resolve {host}.")
    if allow_private is None:
        allow_private = settings.INGEST_ALLOW_PRIVATE_URLS
    if not allow_private:
        allowed = [ipaddress.ip_network(net, strict=False) for net in settings.INGEST_ALLOWED_PRIVATE_NETWORKS]
        for address in addresses:
            if not is_public_address(address) and not any(_within(address, net) for net in allowed):
                raise SourceError(f"{host} is not a public address.")
    return PublicURL(url=url, scheme=scheme, host=host, port=port, address=addresses[0], target=target)


class _Deadline:
    """A total deadline on a request: when it passes, every socket the request opened is
    shut down, which ends a blocked read at once. Socket timeouts bound each read; this
    bounds them all together (a server dripping a byte a second meets no socket timeout)."""

    def __init__(self, seconds: float):
        self.seconds = seconds
        self.expired = False
        self._sockets: list[socket.socket] = []
        self._lock = threading.Lock()
        self._started = time.monotonic()
        self._timer = threading.Timer(seconds, self._expire)
        self._timer.daemon = True
        self._timer.start()

    def remaining(self) -> float:
        return max(self.seconds - (time.monotonic() - self._started), 0.001)

    def watch(self, sock: socket.socket) -> None:
        with self._lock:
            self._sockets.append(sock)
            if self.expired:
                _shutdown(sock)

    def _expire(self) -> None:
        with self._lock:
            self.expired = True
            for sock in self._sockets:
                _shutdown(sock)

    def cancel(self) -> None:
        self._timer.cancel()


def _shutdown(sock: socket.socket) -> None:
    try:
        sock.shutdown(socket.SHUT_RDWR)
    except OSError:
        pass


class _WatchedConnection:
    """Registers each new socket with the request's deadline."""

    def __init__(self, *args, deadline: _Deadline, **kwargs):
        super().__init__(*args, **kwargs)
        self._deadline = deadline

    def _new_conn(self) -> socket.socket:
        sock = super()._new_conn()
        self._deadline.watch(sock)
        return sock


class _HTTPConnection(_WatchedConnection, HTTPConnection):
    pass


class _HTTPSConnection(_WatchedConnection, HTTPSConnection):
    pass


class _HTTPPool(HTTPConnectionPool):
    ConnectionCls = _HTTPConnection


class _HTTPSPool(HTTPSConnectionPool):
    ConnectionCls = _HTTPSConnection


@contextmanager
def _pinned(target: PublicURL, deadline: _Deadline, *, method: str = "GET", headers: dict | None = None,
            body: bytes | None = None) -> Iterator[urllib3.BaseHTTPResponse]:
    """The response from target's resolved address (its name in Host and for TLS)."""
    timeout = urllib3.Timeout(connect=min(deadline.seconds, deadline.remaining()), read=deadline.seconds)
    kwargs = {"timeout": timeout, "maxsize": 1, "retries": False, "deadline": deadline}
    if target.scheme == "https":
        pool = _HTTPSPool(target.address, target.port, server_hostname=target.host, **kwargs)
    else:
        pool = _HTTPPool(target.address, target.port, **kwargs)
    try:
        response = pool.urlopen(method, target.target, body=body,
                                headers={**DEFAULT_HEADERS, **(headers or {}), "Host": target.host_header},
                                redirect=False, retries=False, preload_content=False, assert_same_host=False)
        try:
            yield response
        finally:
            response.release_conn()
    finally:
        pool.close()


def _failure(exc: Exception, url: str, deadline: _Deadline) -> RetryableSourceError:
    if isinstance(exc, urllib3.exceptions.NewConnectionError) and not deadline.expired:
        # checked first: a subclass of the timeout error
        return RetryableSourceError(f"Could not fetch {url}: the host refused or is unreachable.")
    if deadline.expired or isinstance(exc, urllib3.exceptions.TimeoutError):
        return RetryableSourceError(f"Timed out after {deadline.seconds} s fetching {url}.")
    return RetryableSourceError(f"Could not fetch {url}: {type(exc).__name__}.")


def fetch_url(url: str, *, accept: tuple[str, ...] = HTML_TYPES + TEXT_TYPES) -> Fetched:
    """GET url within INGEST_FETCH_TIMEOUT seconds in all, with a size cap, HTML or text
    only (or the media types in accept: official series connectors take JSON and CSV) and
    at most INGEST_MAX_REDIRECTS redirects (each checked like the first URL).

    Raises SourceError for what will not change (wrong type, too big, 404, a private
    address) and RetryableSourceError for what may (timeouts, refused connections, 5xx, 429).
    """
    deadline = _Deadline(settings.INGEST_FETCH_TIMEOUT)
    try:
        for _hop in range(settings.INGEST_MAX_REDIRECTS + 1):
            target = check_public_url(url)
            try:
                with _pinned(target, deadline) as response:
                    if response.status in (301, 302, 303, 307, 308):
                        location = response.headers.get("Location")
                        if not location:
                            raise SourceError(f"{url} redirects without a Location.")
                        url = urljoin(url, location)
                        continue
                    return _read(url, response, deadline, accept)
            except (urllib3.exceptions.HTTPError, OSError) as exc:
                raise _failure(exc, url, deadline) from None
        raise SourceError(f"More than {settings.INGEST_MAX_REDIRECTS} redirects.")
    finally:
        deadline.cancel()


def _body(url: str, response, deadline: _Deadline, cap: int) -> bytes:
    declared = response.headers.get("Content-Length", "")
    if declared.isdigit() and int(declared) > cap:
        raise SourceError(f"The page is over the size cap of {cap} bytes.")
    chunks, size = [], 0
    for chunk in response.stream(64 * 1024):
        size += len(chunk)
        if size > cap:
            raise SourceError(f"The page is over the size cap of {cap} bytes.")
        chunks.append(chunk)
    if deadline.expired:  # the deadline cut a page that declares no length: not the whole page
        raise RetryableSourceError(f"Timed out after {deadline.seconds} s reading {url}.")
    return b"".join(chunks)


def _read(url: str, response, deadline: _Deadline, accept: tuple[str, ...]) -> Fetched:
    if response.status == 429 or response.status >= 500:
        raise RetryableSourceError(f"{url} answered HTTP {response.status}.")
    if response.status != 200:
        raise SourceError(f"{url} answered HTTP {response.status}.")
    mime, _, params = (response.headers.get("Content-Type") or "").partition(";")
    mime = mime.strip().lower()
    if mime not in accept:
        wanted = "an HTML page or text" if accept == HTML_TYPES + TEXT_TYPES else " or ".join(accept)
        raise SourceError(f"{url} is {mime or 'of no content type'}, not {wanted}.")
    body = _body(url, response, deadline, settings.INGEST_MAX_BYTES)
    charset = None
    for param in params.split(";"):
        key, _, value = param.partition("=")
        if key.strip().lower() == "charset" and value.strip():
            charset = value.strip().strip('"')
    return Fetched(url=url, content_type="text/html" if mime in HTML_TYPES else "text/plain",
                   charset=charset, body=body)


@dataclass
class Answer:
    status: int
    headers: dict[str, str]
    body: bytes


def public_request(method: str, url: str, *, body: bytes | None = None, headers: dict | None = None,
                   max_bytes: int = 64 * 1024, timeout: float | None = None,
                   allow_private: bool | None = None) -> Answer:
    """One request to a public address (no redirects followed), with the fetcher's guard
    and deadline: for callers other than ingestion, such as an outgoing webhook. Raises
    SourceError / RetryableSourceError as fetch_url does; an answer over max_bytes is cut.
    timeout (seconds, all in) defaults to INGEST_FETCH_TIMEOUT; allow_private as check_public_url."""
    deadline = _Deadline(timeout or settings.INGEST_FETCH_TIMEOUT)
    try:
        target = check_public_url(url, allow_private=allow_private)
        with _pinned(target, deadline, method=method, headers=headers, body=body) as response:
            data = response.read(max_bytes)
            if deadline.expired:
                raise RetryableSourceError(f"Timed out after {deadline.seconds} s fetching {url}.")
            return Answer(status=response.status, headers=dict(response.headers), body=data)
    except (urllib3.exceptions.HTTPError, OSError) as exc:
        raise _failure(exc, url, deadline) from None
    finally:
        deadline.cancel()
