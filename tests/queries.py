"""Counting a request's SQL as production pays it: the database cache's own table
(`cms_cache`) is left out, since in production the shared cache is Redis."""

from collections.abc import Iterator
from contextlib import contextmanager

from django.db import connection
from django.test import override_settings
from django.test.utils import CaptureQueriesContext


class SqlQueries(CaptureQueriesContext):
    """The SQL run inside the block, but for the database cache's reads and writes."""

    @property
    def statements(self) -> list[str]:
        return [
            query["sql"]
            for query in self.captured_queries
            if "cms_cache" not in query["sql"] and "SAVEPOINT" not in query["sql"]
        ]

    def __len__(self) -> int:
        return len(self.statements)


@contextmanager
def sql_queries() -> Iterator[SqlQueries]:
    with SqlQueries(connection) as context:
        yield context


def request_queries(client, url, params=None) -> list[str]:
    """The SQL a request runs when its answer is not in the response cache, once the site
    is warm (renditions made, shared values in the cache): what every cache miss costs.
    Measured with the response cache off, since a second identical request would
    otherwise be answered from it and cost nothing."""
    with override_settings(API_RESPONSE_CACHE=False):
        assert client.get(url, params).status_code == 200
        with sql_queries() as queries:
            response = client.get(url, params)
    assert response.status_code == 200
    return queries.statements
