"""Local development (`make run`): debug on, a throwaway secret key, emails on the console."""

import os

from .base import *  # noqa: F403

DEBUG = os.environ.get("DEBUG", "1").lower() in {"1", "true", "yes", "on"}
SECRET_KEY = os.environ.get("SECRET_KEY") or "dev-only-insecure-key-never-use-in-production"
ALLOWED_HOSTS = ["*"]
WAGTAILADMIN_BASE_URL = os.environ.get(
    "WAGTAILADMIN_BASE_URL", f"http://127.0.0.1:{os.environ.get('PORT', '8000')}"
)
# Manifest storage needs collectstatic; runserver serves app static files directly.
STORAGES["staticfiles"] = {  # noqa: F405
    "BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"
}
WHITENOISE_USE_FINDERS = True
WHITENOISE_AUTOREFRESH = True
# In development every localhost and 127.0.0.1 origin, any port, may call the API.
CORS_ALLOWED_ORIGIN_REGEXES = [r"^https?://(localhost|127\.0\.0\.1)(:\d+)?$"]
# Tasks run inside the request that queued them, so that nothing waits for a worker that
# was never started; TASKS_BACKEND=database and `make worker` run them as production does.
TASKS = {
    "default": {"BACKEND": TASK_BACKENDS[os.environ.get("TASKS_BACKEND", "immediate")]}  # noqa: F405
}
