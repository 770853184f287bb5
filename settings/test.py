"""The test suite: fast hashing, in-memory email, files in a temporary folder.

The cache stays shared (database, or Redis when REDIS_URL is set) so that the tests
exercise the same invalidation paths as production.
"""

import os
import tempfile

from .base import *  # noqa: F403

SECRET_KEY = "test-only-secret-key"
DEBUG = False
ALLOWED_HOSTS = ["*"]
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
MEDIA_ROOT = tempfile.mkdtemp(prefix="cms-test-media-")
STORAGES["staticfiles"] = {  # noqa: F405
    "BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"
}
WAGTAILADMIN_BASE_URL = "http://testserver"
# Every test first empties the cache keys under this prefix (tests/conftest.py), so each
# pytest-xdist worker (PYTEST_XDIST_WORKER: gw0, gw1, ...) has a prefix of its own. A
# process started by a test inherits the variable, and so shares its worker's keys.
xdist_worker = os.environ.get("PYTEST_XDIST_WORKER")
CACHES["default"]["KEY_PREFIX"] = (  # noqa: F405
    f"painclinic-test-{xdist_worker}" if xdist_worker else "painclinic-test"
)
WHITENOISE_USE_FINDERS = True
WHITENOISE_AUTOREFRESH = True
# Whatever a developer's environment says: the tests that need it turn it on.
ADMIN_REQUIRE_2FA = False
# Tasks run where they are queued; the tests of background delivery switch to the database
# backend and run the worker themselves.
TASKS = {"default": {"BACKEND": TASK_BACKENDS["immediate"]}}  # noqa: F405

# SQLite keeps the test database in a file rather than in memory, so that a test can
# publish from another process (a management command) against the same database. Under
# pytest-xdist, pytest-django gives each worker a file of its own (.test-db.sqlite3_gw0).
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":  # noqa: F405
    DATABASES["default"]["TEST"] = {"NAME": str(BASE_DIR / ".test-db.sqlite3")}  # noqa: F405
    # Nothing here needs to survive a power cut: skip the disk syncs that make a file slow.
    DATABASES["default"].setdefault("OPTIONS", {})["init_command"] = (  # noqa: F405
        "PRAGMA synchronous=OFF; PRAGMA journal_mode=MEMORY;"
    )
