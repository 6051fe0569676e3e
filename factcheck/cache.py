"""Django's Redis cache, with one Redis client per connection pool instead of one per call.

Django's RedisCacheClient builds a new redis.Redis for every cache operation, and redis-py
fills each new client's table of ~170 response callbacks: about 0.2 ms of CPU per get or
set, several times what the command itself costs over loopback. An anonymous API read makes
five (two throttles, then the page and the content version): a millisecond a request. A
client is safe to share between threads; each command takes a connection from the pool.
"""
from django.core.cache.backends.redis import RedisCache, RedisCacheClient


class SharedClientRedisCacheClient(RedisCacheClient):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self._clients = {}

    def get_client(self, key=None, *, write=False):
        pool = self._get_connection_pool(write)
        client = self._clients.get(id(pool))
        if client is None:
            client = self._clients[id(pool)] = self._client(connection_pool=pool)
        return client


class SharedClientRedisCache(RedisCache):
    def __init__(self, server, params):
        super().__init__(server, params)
        self._class = SharedClientRedisCacheClient

    def _incr_in_window(self, key: str, seconds: int):
        """A pipeline that adds one to the count under key, made with a lifetime of `seconds`
        if it is new (SET NX EX then INCR): the caller may queue more, then executes it."""
        key = self.make_and_validate_key(key)
        pipe = self._cache.get_client(key, write=True).pipeline(transaction=False)
        pipe.set(key, 0, ex=seconds, nx=True)
        pipe.incr(key)
        return pipe

    def incr_in_window(self, key: str, seconds: int) -> int:
        """Add one to the count under key, made with a lifetime of `seconds` if it is new: the
        new count, in one round trip. Django's incr() asks whether the key exists first, and
        the add() before it is a third trip."""
        return self._incr_in_window(key, seconds).execute()[1]

    def incr_in_window_with_previous(self, key: str, previous: str, seconds: int) -> tuple[int, int]:
        """incr_in_window's new count under key, and the count under previous (0 if none), in
        the same round trip: a sliding window's two counts (claims.api.throttles)."""
        pipe = self._incr_in_window(key, seconds)
        pipe.get(self.make_and_validate_key(previous))
        _, count, before = pipe.execute()
        return count, int(before or 0)
