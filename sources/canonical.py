"""Canonical source URLs, so that one article is one Source however it was linked."""
from urllib.parse import urlsplit, urlunsplit

import courlan


class InvalidURL(ValueError):
    pass


def canonical_url(url: str) -> str:
    """Normalise a URL: lower-case scheme and host, no default port, no tracking
    parameters (utm_*, fbclid, gclid, ...), sorted query, no fragment, no trailing slash.

    courlan (already used through trafilatura) removes tracking parameters and sorts the
    query; it keeps fragments and trailing slashes, which do not name another page here.
    """
    url = (url or "").strip()
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
