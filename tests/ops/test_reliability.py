"""Faults the API must survive: the database stopping (503 JSON, /health/ready failing,
both recovering when it returns, without a restart) and Redis stopping (the API keeps
answering, uncached).

Each fault is made on a throwaway server started by the test, never on the shared ones.
"""

import contextlib
import os
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
from pathlib import Path

import pytest
from django.conf import settings
from django.test import override_settings

from blog.factories import ArticlePageFactory
from tests.ops.processes import free_port, gunicorn_command
from tests.queries import sql_queries

ROOT = Path(__file__).resolve().parents[2]


def wait_for_port(port: int, process: subprocess.Popen | None = None, seconds=60) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        try:
            socket.create_connection(("127.0.0.1", port), timeout=1).close()
            return
        except OSError:
            if process is not None and process.poll() is not None:
                raise RuntimeError(f"exited with {process.returncode}") from None
            time.sleep(0.1)
    raise TimeoutError(f"nothing listens on {port}")


# --- Redis stops: the API keeps answering, uncached -----------------------------------


@pytest.fixture
def throwaway_redis():
    if not shutil.which("redis-server"):
        pytest.skip("redis-server is not installed")
    port = free_port()
    process = subprocess.Popen(
        [
            "redis-server",
            "--port",
            str(port),
            "--bind",
            "127.0.0.1",
            "--save",
            "",
            "--appendonly",
            "no",
        ],
        stdout=subprocess.DEVNULL,
    )
    wait_for_port(port, process)
    cache = {
        "default": {
            **settings.CACHES["default"],
            "BACKEND": "django_redis.cache.RedisCache",
            "LOCATION": f"redis://127.0.0.1:{port}/0",
            "OPTIONS": {
                "IGNORE_EXCEPTIONS": True,
                "SOCKET_CONNECT_TIMEOUT": 1,
                "SOCKET_TIMEOUT": 1,
            },
        }
    }
    try:
        with override_settings(CACHES=cache, DJANGO_REDIS_IGNORE_EXCEPTIONS=True):
            yield process
    finally:
        process.kill()
        process.wait()


def test_when_redis_stops_the_api_keeps_answering_uncached(client, blog_index, throwaway_redis):
    ArticlePageFactory(parent=blog_index, slug="neck-tension")
    url, params = "/api/v2/pages/by-path/", {"path": "/blog/neck-tension/"}
    first = client.get(url, params)
    assert first.status_code == 200
    with sql_queries() as cached:
        assert client.get(url, params).content == first.content
    assert len(cached) == 0  # served from Redis

    throwaway_redis.kill()
    throwaway_redis.wait()

    with sql_queries() as uncached:
        response = client.get(url, params)
    assert response.status_code == 200
    assert response.content == first.content
    assert response["ETag"] == first["ETag"]
    assert len(uncached) > 0  # built again: nothing could be read from the cache
    assert client.get("/api/v2/site/").status_code == 200
    ready = client.get("/health/ready")
    assert ready.status_code == 200  # the cache is reported, not required
    assert ready.json()["checks"] == {"database": "ok", "cache": "unavailable"}


# --- The database stops: 503 JSON, and recovery without a restart -----------------------


def postgres_bin(name: str) -> str | None:
    found = sorted(Path("/usr/lib/postgresql").glob(f"*/bin/{name}"))
    return str(found[-1]) if found else shutil.which(name)


def as_postgres(command: list[str]) -> list[str]:
    """initdb and pg_ctl refuse to run as root: run them as the postgres user then."""
    if os.geteuid() == 0:
        return ["runuser", "-u", "postgres", "--", *command]
    return command


class ThrowawayPostgres:
    """A PostgreSQL cluster of the test's own, on a free port, that it may stop."""

    def __init__(self):
        self.port = free_port()
        self.directory = Path(tempfile.mkdtemp(prefix="cms-pg-"))
        self.data = self.directory / "data"
        if os.geteuid() == 0:
            shutil.chown(self.directory, "postgres", "postgres")
        self.run(
            [
                postgres_bin("initdb"),
                "-D",
                str(self.data),
                "-U",
                "postgres",
                "--auth=trust",
                "-E",
                "UTF8",
            ]
        )

    def run(self, command):
        subprocess.run(as_postgres(command), check=True, capture_output=True, timeout=120)

    def start(self):
        options = f"-p {self.port} -k {self.directory} -c listen_addresses=127.0.0.1 -c fsync=off"
        self.run(
            [
                postgres_bin("pg_ctl"),
                "-D",
                str(self.data),
                "-o",
                options,
                "-w",
                "start",
                "-l",
                str(self.directory / "log"),
            ]
        )

    def stop(self):
        self.run([postgres_bin("pg_ctl"), "-D", str(self.data), "-m", "fast", "-w", "stop"])

    def remove(self):
        with contextlib.suppress(subprocess.CalledProcessError):
            self.stop()
        shutil.rmtree(self.directory, ignore_errors=True)

    @property
    def url(self) -> str:
        return f"postgres://postgres@127.0.0.1:{self.port}/postgres"


@pytest.fixture
def throwaway_postgres():
    if settings.DATABASES["default"]["ENGINE"] != "django.db.backends.postgresql":
        pytest.skip(
            "Runs in the suite's PostgreSQL pass (CI runs both): it starts and stops a "
            "PostgreSQL cluster of its own; SQLite has no server to stop."
        )
    if not postgres_bin("initdb"):
        pytest.skip("PostgreSQL's initdb is not installed")
    cluster = ThrowawayPostgres()
    try:
        cluster.start()
        yield cluster
    finally:
        cluster.remove()


def get(url: str) -> tuple[int, str, dict]:
    request = urllib.request.Request(url, headers={"Host": "localhost"})
    try:
        with urllib.request.urlopen(request, timeout=20) as response:
            return response.status, response.headers["Content-Type"], response.read()
    except urllib.error.HTTPError as error:
        return error.code, error.headers["Content-Type"], error.read()


def test_when_the_database_stops_the_api_answers_503_and_recovers(throwaway_postgres, tmp_path):
    env = {
        **{key: value for key, value in os.environ.items() if key != "REDIS_URL"},
        "DJANGO_SETTINGS_MODULE": "settings.production",
        "SECRET_KEY": "reliability-test-" + "k" * 40,
        "ALLOWED_HOSTS": "localhost",
        "SECURE_SSL_REDIRECT": "false",
        "DATABASE_URL": throwaway_postgres.url,
        "STATIC_ROOT": str(tmp_path / "static"),
        "API_THROTTLE_RATE": "off",
    }
    migrate = subprocess.run(
        [sys.executable, "manage.py", "migrate", "--no-input"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert migrate.returncode == 0, migrate.stderr
    port = free_port()
    server = subprocess.Popen(
        gunicorn_command(port, "--workers", "1"),
        cwd=ROOT,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    base = f"http://127.0.0.1:{port}"
    page = f"{base}/api/v2/pages/by-path/?path=/"
    try:
        wait_for_port(port, server)
        assert get(page)[0] == 200
        assert get(f"{base}/health/ready")[0] == 200

        throwaway_postgres.stop()
        status, content_type, body = get(page)
        assert status == 503
        assert content_type.startswith("application/json")
        assert b"briefly unavailable" in body
        status, content_type, body = get(f"{base}/health/ready")
        assert status == 503
        assert b'"database": "unavailable"' in body or b'"database":"unavailable"' in body
        assert get(f"{base}/health/live")[0] == 200  # the process itself is fine

        throwaway_postgres.start()
        assert get(page)[0] == 200  # same server process: it reconnected by itself
        assert get(f"{base}/health/ready")[0] == 200
        assert server.poll() is None
    finally:
        server.terminate()
        server.wait(timeout=30)
