"""Canonical source URLs, so that one article is one Source however it was linked."""
import re
from urllib.parse import urlsplit, urlunsplit

import courlan

_UNSAFE = re.compile(r"[\\\x00-\x20\x7f]")  # backslashes, whitespace and control characters


class InvalidURL(ValueError):
    pass


def refuse_ambiguous(url: str) -> None:
    """Refuse a URL that parsers read differently (SSRF, issue 12): a backslash, whitespace
    or a control character anywhere, or user info before the host (`user@host`): urlsplit
    and urllib3 disagree on where the host of `http://10.0.0.1\\@example.org/` is."""
    if _UNSAFE.search(url):
        raise InvalidURL(f"{url!r} holds a backslash, a space or a control character.")
    if "@" in urlsplit(url).netloc:
        raise InvalidURL(f"{url!r} holds a user name or password.")


def canonical_url(url: str) -> str:
    """Normalise a URL: lower-case scheme and host, no default port, no tracking
    parameters (utm_*, fbclid, gclid, ...), sorted query, no fragment, no trailing slash.

    courlan (already used through trafilatura) removes tracking parameters and sorts the
    query; it keeps fragments and trailing slashes, which do not name another page here.
    """
    url = (url or "").strip()
    refuse_ambiguous(url)
    parts = urlsplit(url)
    if parts.scheme.lower() not in ("http", "https") or not parts.hostname:
        raise InvalidURL(f"{url!r} is not an http(s) URL.")
    try:
        normal = courlan.normalize_url(url)
    except Exception as exc:  # courlan raises ValueError and others on malformed input
        raise InvalidURL(f"{url!r} is not a valid URL: {exc}") from None
    scheme, netloc, path, query, _fragment = urlsplit(normal)
    path = path.rstrip("/")
    return urlunsplit((scheme, netloc.lower(), path, query, ""))
