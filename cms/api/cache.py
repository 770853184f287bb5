"""The API's response cache, shared by every process, and its HTTP caching headers.

Every public GET under /api/v2/ is answered with an `ETag` and a `Cache-Control`, and an
`If-None-Match` that still matches gets a 304. Bodies are kept in the shared cache
(Redis, or the database cache) with the *generations* they were built under: short
random tokens, also in the shared cache, that the change fan-out (`cms.services`)
replaces when content changes. A body is served only while its generations are the
current ones, so a new generation retires every answer built on the old one, in every
process at once, without knowing which answers exist. The generations and the stored
answer are read together, in one round trip (a multi-get):

- `everything`: settings, snippets, images — every response;
- `pages`: any page or redirect change — every response but a page's `by-path`;
- `path:…`: the `by-path` answer for one public-site path.

The ETag is stored beside the body, so that a 304 never reads a large body. When the
cache is unreachable, responses are computed as usual and still carry their ETag: an
outage slows the API down, it never breaks it.

What every payload reads and only a change to everything changes (the view restrictions,
the practice's settings) is kept the same way, under the `everything` generation
(`everything_cached`), so that building a payload does not read it from the database.
`API_RESPONSE_CACHE=off` stores no response (the benchmark measures the uncached path
with it); ETags, 304s and `everything_cached` still work.
"""

import hashlib
import logging
import secrets
from collections.abc import Callable, Iterable
from contextvars import ContextVar
from typing import Any

from django.conf import settings
from django.core.cache import cache
from django.http import HttpRequest, HttpResponse
from django.utils.cache import get_conditional_response, get_max_age, patch_cache_control
from wagtail.contrib.redirects.models import Redirect

logger = logging.getLogger(__name__)

EVERYTHING = "everything"
PAGES = "pages"
GENERATION_PREFIX = "api:generation:"
RESPONSE_PREFIX = "api:response:"
CACHEABLE_STATUSES = {200, 404}
# The view's headers a cached answer repeats (the middleware adds ETag and Cache-Control).
KEPT_HEADERS = ("Content-Type", "Vary", "Allow", "Content-Language")
BY_PATH_URL = "/api/v2/pages/by-path/"


def path_scope(path: str) -> str:
    """The generation of one public-site path, in the form redirects use ("/blog/x")."""
    normalised = Redirect.normalise_path(path)
    return "path:" + hashlib.sha256(normalised.encode()).hexdigest()[:32]


def scopes_for(request: HttpRequest) -> list[str]:
    """The generations a response depends on."""
    if request.path == BY_PATH_URL and request.GET.get("path", "").startswith("/"):
        return [EVERYTHING, path_scope(request.GET["path"])]
    return [EVERYTHING, PAGES]


def generations(scopes: list[str], also: Iterable[str] = ()) -> tuple[list[str], dict] | None:
    """The current generation of each scope, created where missing, and the values of the
    keys `also` read in the same round trip; None when the cache cannot be reached (the
    response is then not cached)."""
    keys = [GENERATION_PREFIX + scope for scope in scopes]
    try:
        found = cache.get_many([*keys, *also])
        missing = [key for key in keys if key not in found]
        if missing:
            for key in missing:
                cache.add(key, secrets.token_hex(8), timeout=settings.API_CACHE_TIMEOUT)
            found = cache.get_many(keys)  # whatever `also` held belongs to no generation
    except Exception:  # any cache backend error: serve uncached
        logger.warning("API cache unavailable; serving uncached", exc_info=True)
        return None
    if any(key not in found for key in keys):
        return None
    return [found[key] for key in keys], {key: found[key] for key in also if key in found}


def generations_renew(scopes: Iterable[str]) -> None:
    """Make every cached response that depends on these scopes unreachable."""
    scopes = set(scopes)
    if not scopes:
        return
    try:
        cache.set_many(
            {GENERATION_PREFIX + scope: secrets.token_hex(8) for scope in scopes},
            timeout=settings.API_CACHE_TIMEOUT,
        )
    except Exception:
        # A cache that cannot be written cannot be read either: nothing stale is served.
        logger.warning("API cache unavailable; could not renew %d scopes", len(scopes))


CONTENT_PREFIX = "api:content:"
_everything_memo: dict[str, tuple[str, Any]] = {}
# The `everything` generation an API request read on its way in: what it builds reads
# the values of that generation, with no further round trip to learn it.
_request_everything: ContextVar[str | None] = ContextVar("request_everything", default=None)


def everything_cached(name: str, compute: Callable[[], Any], immutable: bool = False) -> Any:
    """`compute()`, kept in the shared cache until the next change to everything.

    The current `everything` generation is read each time (one cache read), so a change
    made by any process is seen at once. An `immutable` value (a tuple of strings) is
    also kept in this process beside the generation it belongs to, so that reading it
    costs no second round trip; model instances are not, since threads would share them.
    Without a cache, the value is computed each time.
    """
    generation = _request_everything.get()
    if generation is None:
        read = generations([EVERYTHING])
        if read is None:
            return compute()
        generation = read[0][0]
    memo = _everything_memo.get(name)
    if immutable and memo is not None and memo[0] == generation:
        return memo[1]
    key = f"{CONTENT_PREFIX}{name}:{settings.API_CACHE_RELEASE}:{generation}"
    try:
        value = cache.get(key)
    except Exception:
        value = None
    if value is None:
        value = compute()
        try:
            cache.set(key, value, timeout=settings.API_CACHE_TIMEOUT)
        except Exception:
            logger.warning("API cache unavailable; %s not stored", name)
    if immutable:
        _everything_memo[name] = (generation, value)
    return value


def response_key(request: HttpRequest) -> str:
    """Where the answer to this request is kept. The generations it was built under are
    kept with it, and checked when it is read (see APICacheMiddleware)."""
    query = sorted(request.GET.lists())
    identity = repr((settings.API_CACHE_RELEASE, request.get_host(), request.path, query))
    return RESPONSE_PREFIX + hashlib.sha256(identity.encode()).hexdigest()


def body_etag(body: bytes) -> str:
    return '"' + hashlib.sha256(body).hexdigest()[:32] + '"'


def cache_headers_patch(response: HttpResponse, etag: str, max_age: int) -> HttpResponse:
    response["ETag"] = etag
    patch_cache_control(
        response,
        public=True,
        max_age=max_age,
        stale_while_revalidate=settings.API_CACHE_STALE_WHILE_REVALIDATE,
    )
    return response


class APICacheMiddleware:
    """Serves the API's public GETs from the shared cache, with ETag, Cache-Control and
    304; stores what the views answer. A view opts out with `Cache-Control: no-store` or
    `private` (previews), and shortens the time a response may be kept by setting its own
    `max-age` (clinics' opening status)."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        if request.method not in ("GET", "HEAD") or not request.path.startswith("/api/v2/"):
            return self.get_response(request)
        key = response_key(request)
        revalidating = bool(request.headers.get("If-None-Match"))
        # One round trip: the current generations and what is stored for this request
        # (its ETag when the client revalidates, else the whole answer).
        read = generations(scopes_for(request), [key + ":etag" if revalidating else key])
        if read is None:
            return self._conditional(request, self._fresh(request))
        generation_values, stored = read
        token = _request_everything.set(generation_values[0])  # scopes start with it
        try:
            return self._cached(request, key, generation_values, stored, revalidating)
        finally:
            _request_everything.reset(token)

    def _cached(self, request, key, generation_values, stored, revalidating) -> HttpResponse:
        """The stored answer if it was built under the current generations, else a fresh
        one, stored. An answer of older generations is never served: content changed
        since it was built."""
        if not settings.API_RESPONSE_CACHE:
            return self._conditional(request, self._fresh(request))
        if revalidating:
            stored_etag = stored.get(key + ":etag")
            if stored_etag is not None and stored_etag[0] == generation_values:
                _, etag, max_age, vary = stored_etag
                not_modified = get_conditional_response(request, etag=etag)
                if not_modified is not None:
                    if vary:
                        not_modified["Vary"] = vary
                    return cache_headers_patch(not_modified, etag, max_age)
            stored = {key: self._cache_get(key)}
        answer = stored.get(key)
        if answer is not None and answer[0] == generation_values:
            _, status, headers, body, etag, max_age = answer
            response = HttpResponse(body, status=status, headers=headers)
            return self._conditional(request, cache_headers_patch(response, etag, max_age))
        response = self._fresh(request)
        if response.has_header("ETag"):
            etag, max_age = response["ETag"], get_max_age(response)
            # A view that shortened max-age (a clinic's opening status) is kept no longer.
            timeout = getattr(response, "server_timeout", settings.API_CACHE_TIMEOUT)
            kept = {name: response[name] for name in KEPT_HEADERS if response.has_header(name)}
            answer = (response.status_code, kept, response.content, etag, max_age)
            entries = {key: (generation_values, *answer)}
            if response.status_code == 200:  # only a 200 can be answered with a 304
                entries[key + ":etag"] = (generation_values, etag, max_age, kept.get("Vary"))
            try:
                cache.set_many(entries, timeout)
            except Exception:
                logger.warning("API cache unavailable; response not stored")
        return self._conditional(request, response)

    def _fresh(self, request: HttpRequest) -> HttpResponse:
        """The view's answer; with its ETag and Cache-Control when it may be cached."""
        response = self.get_response(request)
        if not self._public(response):
            return response
        if hasattr(response, "render") and not response.is_rendered:
            response.render()
        max_age = get_max_age(response)
        if max_age is None:
            max_age = settings.API_CACHE_MAX_AGE
        else:
            response.server_timeout = max_age
        return cache_headers_patch(response, body_etag(response.content), max_age)

    @staticmethod
    def _public(response: HttpResponse) -> bool:
        """Whether the answer may be kept. Never DRF's browsable HTML, which Wagtail's
        endpoints give a browser asking for text/html: the key does not vary with
        `Accept`, and a frontend asking the same URL must get JSON."""
        control = response.get("Cache-Control", "")
        renderer = getattr(response, "accepted_renderer", None)
        return (
            getattr(renderer, "format", None) != "api"
            and response.status_code in CACHEABLE_STATUSES
            and not response.streaming
            and "no-store" not in control
            and "private" not in control
            and "no-cache" not in control
        )

    @staticmethod
    def _conditional(request: HttpRequest, response: HttpResponse) -> HttpResponse:
        if response.status_code != 200 or not response.has_header("ETag"):
            return response
        not_modified = get_conditional_response(request, etag=response["ETag"], response=response)
        return not_modified or response

    @staticmethod
    def _cache_get(key: str):
        try:
            return cache.get(key)
        except Exception:
            logger.warning("API cache unavailable; serving uncached")
            return None
