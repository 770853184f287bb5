"""Emptying the cache between steps of a test, and before each test (tests/conftest.py)."""

from django.conf import settings
from django.core.cache import cache


def cache_empty() -> None:
    """Delete this test run's cache keys, every version of them.

    In Redis, only the keys under our prefix: never the whole database (``cache.clear()``
    is FLUSHDB), which the other pytest-xdist workers, each with a prefix of its own
    (settings/test.py), and a developer's other projects share.
    """
    if hasattr(cache, "delete_pattern"):
        redis = cache.client.get_client()
        keys = list(redis.scan_iter(f"{settings.CACHES['default']['KEY_PREFIX']}:*"))
        if keys:
            redis.delete(*keys)
    else:
        cache.clear()  # the database cache: a table of this test database
