"""Public pages and anonymous API reads served from the shared cache, never stale.

Every cached response is kept with the public content version it was rendered under: a
number kept in the cache that public_changed() replaces whenever what the public may see
changes (a claim published or unpublished, a verdict, evidence, a speaker's name, a
source's title...). A page kept under another version than the current one is rendered
afresh, so nothing has to know which pages a change touches. The version and the page are
read together, in one round trip. Each write path calls public_changed() (claims.services,
the API's writes, the admin's log of every save and delete, finding decisions,
ingestion); writes that bypass them (a shell, raw SQL) show within PUBLIC_CACHE_SECONDS.

The version is bumped twice: at once, and again when the transaction commits. A reader
between the two may have filed the old page under the first bump; the second one drops it.

Responses carry an ETag and Last-Modified (the version's time) and `Cache-Control:
no-cache`, so a browser revalidates and a conditional GET gets a 304. With the default
local-memory cache each process has its own version: production with several processes
or a Celery worker sets CACHE_URL (Redis) so that they share it.
"""
import hashlib
import logging
import time
from functools import wraps

from django.conf import settings
from django.core.cache import cache
from django.db import transaction
from django.http import HttpResponse
from django.utils.cache import get_conditional_response, patch_cache_control, patch_vary_headers
from django.utils.http import http_date
from redis.exceptions import RedisError

log = logging.getLogger(__name__)

VERSION_KEY = "public:version"
NONCE_MARK = b"\x00csp-nonce\x00"  # stands for the page's CSP nonce in a stored page
CACHE_ERRORS = (RedisError, OSError)


def public_changed() -> None:
    """Call from any write that may change a public page or an anonymous API read."""
    _bump()
    transaction.on_commit(_bump)


def _bump() -> None:
    try:
        cache.set(VERSION_KEY, time.time_ns(), None)
    except CACHE_ERRORS:
        log.exception("the public content version could not be bumped")


def content_version() -> int:
    """The current public content version (nanoseconds since the epoch when it was set)."""
    version = cache.get(VERSION_KEY)
    if version is None:  # never set, or evicted: a new one, which no stored page is filed under
        version = time.time_ns()
        if not cache.add(VERSION_KEY, version, None):
            version = cache.get(VERSION_KEY, version)
    return version


def _anonymous(request) -> bool:
    return request.method in ("GET", "HEAD") and not request.user.is_authenticated


def _key(request) -> str:
    what = "\n".join([request.get_host(), request.scheme, request.get_full_path(), request.META.get("HTTP_ACCEPT", "")])
    return f"public:page:{hashlib.sha256(what.encode()).hexdigest()}"


def _stored(response, request, key: str, version: int) -> dict | None:
    """What to keep of a rendered response: 200s without cookies, the nonce replaced by a mark."""
    if response.status_code != 200 or response.streaming or response.cookies:
        return None
    content = response.content
    nonce = getattr(request, "_csp_nonce", None)
    if nonce:
        content = content.replace(nonce.encode(), NONCE_MARK)
    own_etag = response.get("ETag")
    headers = {name: value for name, value in response.items() if name not in ("Content-Length",)}
    return {"version": version, "content": content, "headers": headers, "nonce": bool(nonce),
            "own_etag": bool(own_etag),
            "etag": own_etag or f'W/"{hashlib.sha256(f"{version}:{key}".encode()).hexdigest()[:20]}"'}


def _served(request, entry: dict, version: int) -> HttpResponse:
    # The view's own ETag (an API detail's, which If-Match checks) may not change with evidence:
    # it is passed on, but only the version's time decides a 304 then.
    last_modified = version // 1_000_000_000
    etag = None if entry["own_etag"] else entry["etag"]
    response = get_conditional_response(request, etag=etag, last_modified=last_modified)
    if response is None:
        content = entry["content"]
        if entry["nonce"]:
            content = content.replace(NONCE_MARK, str(request.csp_nonce).encode())
        response = HttpResponse(content)
    for name, value in entry["headers"].items():
        response[name] = value
    response["ETag"] = entry["etag"]
    response["Last-Modified"] = http_date(last_modified)
    patch_cache_control(response, no_cache=True)
    patch_vary_headers(response, ["Cookie", "Authorization"])
    return response


def serve_cached(request, render):
    """The response to request: from the cache for an anonymous GET, else render() (and keep it)."""
    seconds = settings.PUBLIC_CACHE_SECONDS
    if not seconds or not _anonymous(request):
        return render()
    key = _key(request)
    try:
        found = cache.get_many([VERSION_KEY, key])  # one round trip for a page served from the cache
        version = found.get(VERSION_KEY) or content_version()
    except CACHE_ERRORS:
        log.exception("the public cache cannot be read: serving uncached")
        return render()
    entry = found.get(key)
    if entry is None or entry["version"] != version:  # kept under an older version: render it anew
        response = render()
        entry = _stored(response, request, key, version)
        if entry is None:
            return response
        try:
            cache.set(key, entry, seconds)
        except CACHE_ERRORS:
            log.exception("the public cache cannot be written")
    return _served(request, entry, version)


def cached_public_page(view):
    """Decorate a public page's view: anonymous GETs are served from the shared cache."""
    @wraps(view)
    def wrapped(request, *args, **kwargs):
        return serve_cached(request, lambda: view(request, *args, **kwargs))

    return wrapped


class CachedAnonymousReads:
    """Mixed into a DRF viewset: its anonymous list and retrieve come from the shared cache.

    The read is wrapped once DRF's initial() is done, so authentication, permissions and
    throttles run first, as for any request."""

    cached_actions = ("list", "retrieve")

    def initial(self, request, *args, **kwargs):
        super().initial(request, *args, **kwargs)
        method = request.method.lower()
        if self.action in self.cached_actions and method in ("get", "head"):
            read = getattr(self, method)

            def cached_read(request, *args, **kwargs):
                return serve_cached(request, lambda: self._rendered(read(request, *args, **kwargs)))

            setattr(self, method, cached_read)

    def _rendered(self, response):
        """The response rendered now (DRF renders after the view returns), so it can be kept."""
        if hasattr(response, "accepted_renderer") or not hasattr(response, "render"):
            return response
        response.accepted_renderer = self.request.accepted_renderer
        response.accepted_media_type = self.request.accepted_media_type
        response.renderer_context = self.get_renderer_context()
        return response.render()
