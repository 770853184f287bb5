"""Production: fails closed. No SECRET_KEY or ALLOWED_HOSTS means no start."""

import os

from django.core.exceptions import ImproperlyConfigured

from .base import *  # noqa: F403
from .base import LOGGING, env_bool

if not os.environ.get("SECRET_KEY"):
    raise ImproperlyConfigured(
        "SECRET_KEY is not set. Production refuses to start without it: set SECRET_KEY to a "
        "long random string (for example the output of "
        "`python -c 'import secrets; print(secrets.token_urlsafe(50))'`)."
    )
if not os.environ.get("ALLOWED_HOSTS"):
    raise ImproperlyConfigured(
        "ALLOWED_HOSTS is not set. List the CMS's host names, comma-separated."
    )

DEBUG = False
SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_SSL_REDIRECT = env_bool("SECURE_SSL_REDIRECT", True)
SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True
SECURE_HSTS_SECONDS = int(os.environ.get("SECURE_HSTS_SECONDS", "31536000"))
SECURE_HSTS_INCLUDE_SUBDOMAINS = True
SECURE_HSTS_PRELOAD = env_bool("SECURE_HSTS_PRELOAD")
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "strict-origin-when-cross-origin"
# No page of the CMS may be framed by another site. Wagtail's own preview (the admin's
# preview panel frames the preview view, same origin) overrides this to SAMEORIGIN on
# that view only; the headless preview frames the public site, whose headers are its own.
X_FRAME_OPTIONS = "DENY"
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"
if not SECURE_HSTS_PRELOAD:
    # Preloading is a commitment (every subdomain on HTTPS for good): asked for only when
    # SECURE_HSTS_PRELOAD is set, and `check --deploy` is told that this is on purpose.
    SILENCED_SYSTEM_CHECKS = ["security.W021"]

# The admin holds patients' appointment requests and publishes medical advice: a stolen
# password alone must not open it. So production requires a second factor of every admin
# user unless ADMIN_REQUIRE_2FA=false says otherwise (a staging copy with test accounts).
# Until a user has set one up, their password reaches the set-up screen and nothing else.
ADMIN_REQUIRE_2FA = env_bool("ADMIN_REQUIRE_2FA", True)

# JSON log lines with the request id (cms.log), unless LOG_FORMAT=text.
LOGGING["handlers"]["console"]["formatter"] = (
    "text" if os.environ.get("LOG_FORMAT", "json") == "text" else "json"
)
