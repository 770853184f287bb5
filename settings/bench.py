"""The benchmark (bench/run.py): the production settings, served on loopback over HTTP.

Only what a benchmark on one machine needs differs: no HTTPS redirect (no TLS proxy in
front), loopback host names, no per-client throttling (one client makes every request),
static files without a manifest (the API serves none).
"""

import os

os.environ.setdefault("SECRET_KEY", "bench-only-" + "x" * 50)
os.environ.setdefault("ALLOWED_HOSTS", "127.0.0.1,localhost")
os.environ.setdefault("SECURE_SSL_REDIRECT", "false")
os.environ.setdefault("API_THROTTLE_RATE", "off")
os.environ.setdefault("LOG_LEVEL", "WARNING")

from .production import *  # noqa: E402, F403
from .production import BASE_DIR, STORAGES  # noqa: E402

if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":  # noqa: F405
    DATABASES["default"]["NAME"] = str(BASE_DIR / "bench.sqlite3")  # noqa: F405
MEDIA_ROOT = os.environ.get("MEDIA_ROOT", str(BASE_DIR / "bench-media"))
STORAGES["staticfiles"] = {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"}
