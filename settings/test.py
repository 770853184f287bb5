"""The test suite: fast hashing, in-memory email, files in a temporary folder.

The cache stays shared (database, or Redis when REDIS_URL is set) so that the tests
exercise the same invalidation paths as production.
"""

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
CACHES["default"]["KEY_PREFIX"] = "painclinic-test"  # noqa: F405
WHITENOISE_USE_FINDERS = True
WHITENOISE_AUTOREFRESH = True
# Whatever a developer's environment says: the tests that need it turn it on.
ADMIN_REQUIRE_2FA = False
# Tasks run where they are queued; the tests of background delivery switch to the database
# backend and run the worker themselves.
TASKS = {"default": {"BACKEND": TASK_BACKENDS["immediate"]}}  # noqa: F405

# SQLite keeps the test database in a file rather than in memory, so that a test can
# publish from another process (a management command) against the same database.
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":  # noqa: F405
    DATABASES["default"]["TEST"] = {"NAME": str(BASE_DIR / ".test-db.sqlite3")}  # noqa: F405
    # Nothing here needs to survive a power cut: skip the disk syncs that make a file slow.
    DATABASES["default"].setdefault("OPTIONS", {})["init_command"] = (  # noqa: F405
        "PRAGMA synchronous=OFF; PRAGMA journal_mode=MEMORY;"
    )
