"""What the tests that run the application in another process share: a free port and the
container's server command."""

import socket
import sys


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def gunicorn_command(port: int, *options: str) -> list[str]:
    """The container's command (`gunicorn --config gunicorn.conf.py cms.wsgi`), on loopback."""
    bind = f"127.0.0.1:{port}"
    config = ["--config", "gunicorn.conf.py", "--bind", bind]
    return [sys.executable, "-m", "gunicorn", *config, *options, "cms.wsgi"]
