"""The production settings and the image's commands, run as the container runs them:
in a fresh process, with the environment a deployment gives (the Docker engine is not
available to the tests; these are the commands of the Dockerfile and docker-compose.yml)."""

import json
import os
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

import pytest
import yaml

from tests.ops.processes import free_port, gunicorn_command

# They start fresh processes with a database of their own and never touch the suite's:
# once per CI run is enough, in its SQLite pass.
pytestmark = pytest.mark.skipif(
    os.environ.get("DATABASE_URL", "").startswith("postgres"),
    reason="independent of the suite's database: runs in the SQLite pass",
)

ROOT = Path(__file__).resolve().parents[2]
PYTHON = sys.executable
SAMPLE_ENV = {
    "DJANGO_SETTINGS_MODULE": "settings.production",
    "SECRET_KEY": "k3Jv9x-" + "s" * 50,
    "ALLOWED_HOSTS": "cms.example.com",
}


def production_env(tmp_path, **changes) -> dict[str, str]:
    env = {
        key: value
        for key, value in os.environ.items()
        # DJANGO_ALLOW_ASYNC_UNSAFE is set while the browser tests' server runs.
        if key
        not in {
            "SECRET_KEY",
            "ALLOWED_HOSTS",
            "DJANGO_SETTINGS_MODULE",
            "DEBUG",
            "DJANGO_ALLOW_ASYNC_UNSAFE",
        }
    }
    env.update(SAMPLE_ENV)
    env["DATABASE_URL"] = f"sqlite:///{tmp_path / 'production.sqlite3'}"
    env["STATIC_ROOT"] = str(tmp_path / "static")
    env.update(changes)
    return {key: value for key, value in env.items() if value is not None}


def manage(env, *args) -> subprocess.CompletedProcess:
    return subprocess.run(
        [PYTHON, "manage.py", *args], cwd=ROOT, env=env, capture_output=True, text=True, timeout=120
    )


@pytest.mark.parametrize("missing", ["SECRET_KEY", "ALLOWED_HOSTS"])
def test_production_refuses_to_start_without_its_secrets(tmp_path, missing):
    result = manage(production_env(tmp_path, **{missing: None}), "check")
    assert result.returncode != 0
    assert f"{missing} is not set" in result.stderr


def test_the_deployment_checklist_is_clean(tmp_path):
    result = manage(production_env(tmp_path), "check", "--deploy", "--fail-level", "WARNING")
    assert result.returncode == 0, result.stdout + result.stderr


def test_production_requires_a_second_factor_unless_told_otherwise(tmp_path):
    show = [
        "shell",
        "--no-imports",
        "-c",
        "from django.conf import settings; print(settings.ADMIN_REQUIRE_2FA)",
    ]
    default = manage(production_env(tmp_path, ADMIN_REQUIRE_2FA=None), *show)
    assert default.stdout.strip() == "True", default.stderr
    staging = manage(production_env(tmp_path, ADMIN_REQUIRE_2FA="false"), *show)
    assert staging.stdout.strip() == "False", staging.stderr


def test_collectstatic_runs_as_at_build_time(tmp_path):
    # The Dockerfile's command: throwaway secrets, no database, compressed and hashed.
    env = production_env(tmp_path, SECRET_KEY="collectstatic-only", ALLOWED_HOSTS="localhost")
    env["DATABASE_URL"] = "postgres://nobody@127.0.0.1:1/none"  # never connected to
    result = manage(env, "collectstatic", "--no-input")
    assert result.returncode == 0, result.stderr
    manifest = json.loads((tmp_path / "static" / "staticfiles.json").read_text())
    assert any(name.startswith("wagtailadmin/") for name in manifest["paths"])


@pytest.fixture
def gunicorn(tmp_path):
    """The container's command (`gunicorn --config gunicorn.conf.py cms.wsgi`), one worker."""
    port = free_port()
    env = production_env(tmp_path, PORT=str(port), WEB_CONCURRENCY="1", GUNICORN_THREADS="2")
    log = tmp_path / "gunicorn.log"
    with log.open("w") as output:
        process = subprocess.Popen(
            gunicorn_command(port),
            cwd=ROOT,
            env=env,
            stdout=output,
            stderr=subprocess.STDOUT,
        )
    try:
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            try:
                socket.create_connection(("127.0.0.1", port), timeout=1).close()
                break
            except OSError:
                assert process.poll() is None, log.read_text()
                time.sleep(0.2)
        yield f"http://127.0.0.1:{port}", log
    finally:
        process.terminate()
        process.wait(timeout=30)


def fetch(url, **headers):
    request = urllib.request.Request(url, headers={"Host": "cms.example.com", **headers})
    opener = urllib.request.build_opener(NoRedirect)
    try:
        return opener.open(request, timeout=10)
    except urllib.error.HTTPError as error:
        return error


class NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None


def test_gunicorn_serves_with_the_security_headers_and_json_access_logs(gunicorn):
    base, log = gunicorn
    response = fetch(f"{base}/health/live?secret=1", **{"X-Forwarded-Proto": "https"})
    assert response.status == 200
    headers = response.headers
    assert headers["Strict-Transport-Security"] == "max-age=31536000; includeSubDomains"
    assert headers["X-Content-Type-Options"] == "nosniff"
    assert headers["Referrer-Policy"] == "strict-origin-when-cross-origin"
    assert headers["X-Frame-Options"] == "DENY"
    request_id = headers["X-Request-ID"]

    # Plain HTTP (not forwarded as HTTPS) is sent to HTTPS.
    insecure = fetch(f"{base}/health/live")
    assert insecure.status == 301
    assert insecure.headers["Location"].startswith("https://cms.example.com/")

    time.sleep(0.5)  # the access log is written after the response
    lines = [json.loads(line) for line in log.read_text().splitlines() if line.startswith("{")]
    access = [line for line in lines if line["logger"] == "gunicorn.access"]
    mine = next(line for line in access if line["request_id"] == request_id)
    assert mine["path"] == "/health/live"
    assert mine["status"] == 200
    assert "secret" not in json.dumps(access)  # query strings are never logged


def compose_manage_commands() -> dict[str, list[str]]:
    """docker-compose.yml's services that run `python manage.py …`, with their arguments."""
    services = yaml.safe_load((ROOT / "docker-compose.yml").read_text())["services"]
    return {
        name: service["command"][2:]
        for name, service in services.items()
        if service.get("command", [])[:2] == ["python", "manage.py"]
    }


def test_the_compose_services_commands_run_on_a_new_database(tmp_path):
    commands = compose_manage_commands()
    assert commands["migrate"] == ["migrate", "--no-input"]
    assert commands["worker"] == ["db_worker"]
    assert commands["scheduler"] == ["scheduler"]
    env = production_env(tmp_path)

    migrated = manage(env, *commands["migrate"])
    assert migrated.returncode == 0, migrated.stderr
    assert manage(env, "db_worker", "--help").returncode == 0
    # The scheduler's every job (the daily ones with the database queue too), once.
    scheduled = manage(env, "scheduler", "--once")
    assert scheduled.returncode == 0, scheduled.stderr
