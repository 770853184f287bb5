"""Settings shared by every environment, read from the environment.

Every variable is listed in README.md with its default. dev.py, test.py and production.py
only change what differs; production.py refuses to start on unsafe values.
"""

import os
from pathlib import Path

import dj_database_url

BASE_DIR = Path(__file__).resolve().parent.parent


def env_bool(name: str, default: bool = False) -> bool:
    """Read a yes/no environment variable ("1", "true", "yes", "on" are true)."""
    value = os.environ.get(name)
    if value is None:
        return default
    return value.strip().lower() in {"1", "true", "yes", "on"}


def env_list(name: str, default: str = "") -> list[str]:
    """Read a comma-separated environment variable into a list, blanks dropped."""
    return [item.strip() for item in os.environ.get(name, default).split(",") if item.strip()]


SECRET_KEY = os.environ.get("SECRET_KEY", "")
DEBUG = env_bool("DEBUG")
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", "localhost,127.0.0.1,[::1]")
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS")

INSTALLED_APPS = [
    "home",
    "blog",
    "locations",
    "cms",
    "wagtail_headless_preview",
    "django_tasks_db",
    "wagtail.contrib.forms",
    "wagtail.contrib.redirects",
    "wagtail.contrib.settings",
    "wagtail.contrib.table_block",
    "wagtail.contrib.sitemaps",
    "wagtail.embeds",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail.api.v2",
    "wagtail",
    "modelcluster",
    "taggit",
    "django_filters",
    "rest_framework",
    "drf_spectacular",
    "drf_spectacular_sidecar",
    "corsheaders",
    "axes",
    "django_otp",
    "django_otp.plugins.otp_totp",
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.sitemaps",
]

MIDDLEWARE = [
    "cms.middleware.RequestIdMiddleware",
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "corsheaders.middleware.CorsMiddleware",
    "cms.api.cache.APICacheMiddleware",
    "cms.middleware.APIErrorMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "cms.middleware.AdminTwoFactorRequiredMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "cms.middleware.SiteRedirectMiddleware",
    # Last, as django-axes requires: it answers a locked-out login.
    "axes.middleware.AxesMiddleware",
]

ROOT_URLCONF = "cms.urls"
WSGI_APPLICATION = "cms.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "wagtail.contrib.settings.context_processors.settings",
            ],
        },
    },
]

# SQLite by default so that a new machine runs with no server; PostgreSQL whenever
# DATABASE_URL says so. Persistent connections: the database cache and every API request
# pay for a new connection otherwise (see DESIGN.md).
DATABASES = {
    "default": dj_database_url.config(
        default=f"sqlite:///{BASE_DIR / 'db.sqlite3'}",
        conn_max_age=int(os.environ.get("CONN_MAX_AGE", "60")),
        conn_health_checks=True,
    )
}
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# One cache shared by every process (web workers, the task worker, scheduled publishing),
# so that a publish anywhere makes every worker's answers fresh. Never per-process memory.
REDIS_URL = os.environ.get("REDIS_URL", "")
if REDIS_URL:
    CACHES = {
        "default": {
            "BACKEND": "django_redis.cache.RedisCache",
            "LOCATION": REDIS_URL,
            "KEY_PREFIX": os.environ.get("CACHE_KEY_PREFIX", "painclinic"),
            "OPTIONS": {
                # A cache outage slows the API down; it never breaks it.
                "IGNORE_EXCEPTIONS": True,
                "SOCKET_CONNECT_TIMEOUT": 1,
                "SOCKET_TIMEOUT": 1,
            },
        }
    }
    DJANGO_REDIS_IGNORE_EXCEPTIONS = True
else:
    CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.db.DatabaseCache",
            "LOCATION": "cms_cache",
            "KEY_PREFIX": os.environ.get("CACHE_KEY_PREFIX", "painclinic"),
        }
    }

# Brute force on the admin's login: after AXES_FAILURE_LIMIT failed attempts for one
# username from one address, that pair is locked out for AXES_COOLOFF_HOURS. Attempts are
# counted in the database, so that a cache outage never lifts a lockout.
AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]
AXES_FAILURE_LIMIT = int(os.environ.get("AXES_FAILURE_LIMIT", "5"))
AXES_COOLOFF_TIME = float(os.environ.get("AXES_COOLOFF_HOURS", "1"))
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_RESET_ON_SUCCESS = True
AXES_SENSITIVE_PARAMETERS = ["password"]
# Behind the load balancer, the client's address is the last one it adds.
AXES_IPWARE_PROXY_COUNT = int(os.environ.get("TRUSTED_PROXY_COUNT", "0")) or None
AXES_IPWARE_META_PRECEDENCE_ORDER = ["HTTP_X_FORWARDED_FOR", "REMOTE_ADDR"]

# Two-factor authentication (django-otp, TOTP authenticator apps): staff set up an app in
# Account → Two-factor authentication (cms/two_factor.py); from then on the admin's login
# asks for its 6-digit code with the password (cms.forms.LoginForm). With
# ADMIN_REQUIRE_2FA, an admin user without one is sent to set it up before anything else
# (cms.middleware.AdminTwoFactorRequiredMiddleware). wagtail-2fa does not run on Wagtail 8.
WAGTAILADMIN_USER_LOGIN_FORM = "cms.forms.LoginForm"
OTP_TOTP_ISSUER = os.environ.get("WAGTAIL_SITE_NAME", "Georgia Pain & Spine Care")
ADMIN_REQUIRE_2FA = env_bool("ADMIN_REQUIRE_2FA")

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

LANGUAGE_CODE = "en-us"
TIME_ZONE = "America/New_York"
USE_I18N = True
USE_TZ = True

STATIC_URL = "/static/"
STATIC_ROOT = Path(os.environ.get("STATIC_ROOT", BASE_DIR / "static"))
MEDIA_URL = os.environ.get("MEDIA_URL", "/media/")
MEDIA_ROOT = Path(os.environ.get("MEDIA_ROOT", BASE_DIR / "media"))
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
}


def s3_media_storage(bucket: str) -> dict:
    """Media (images, renditions, documents) on S3 or any S3-compatible store (MinIO, R2,
    Spaces…), through django-storages; credentials from the environment or the instance's
    role, as boto3 finds them. Media are public content, linked from cached API answers:
    their URLs are plain (no expiring signature), served by a public-read bucket or by a
    CDN in front of it (AWS_S3_CUSTOM_DOMAIN)."""
    options = {
        "bucket_name": bucket,
        "endpoint_url": os.environ.get("AWS_S3_ENDPOINT_URL") or None,
        "region_name": os.environ.get("AWS_S3_REGION_NAME") or None,
        "custom_domain": os.environ.get("AWS_S3_CUSTOM_DOMAIN") or None,
        "location": os.environ.get("AWS_LOCATION", "media"),
        "querystring_auth": env_bool("AWS_QUERYSTRING_AUTH", False),
        "file_overwrite": False,
        "default_acl": None,
    }
    return {"BACKEND": "storages.backends.s3.S3Storage", "OPTIONS": options}


AWS_STORAGE_BUCKET_NAME = os.environ.get("AWS_STORAGE_BUCKET_NAME", "")
if AWS_STORAGE_BUCKET_NAME:
    STORAGES["default"] = s3_media_storage(AWS_STORAGE_BUCKET_NAME)

# Complex page models (a clinic with its hours, an article with forty blocks) pass
# Django's default of 1,000 fields per form in the editor.
DATA_UPLOAD_MAX_NUMBER_FIELDS = 10_000
# A request body other than files (a page's form, an API POST) up to 2.5 MB, else 413;
# uploaded files past 2.5 MB are streamed to a temporary file rather than held in memory.
# Images and documents have their own size and type limits below, checked by Wagtail's
# upload forms.
DATA_UPLOAD_MAX_MEMORY_SIZE = int(2.5 * 1024 * 1024)
FILE_UPLOAD_MAX_MEMORY_SIZE = int(2.5 * 1024 * 1024)

# Who is emailed a report of each server error (comma-separated addresses; none by default).
ADMINS = [("CMS administrator", address) for address in env_list("ADMIN_EMAILS")]
EMAIL_BACKEND = os.environ.get("EMAIL_BACKEND", "django.core.mail.backends.console.EmailBackend")
DEFAULT_FROM_EMAIL = os.environ.get("DEFAULT_FROM_EMAIL", "cms@localhost")

# Wagtail
WAGTAIL_SITE_NAME = os.environ.get("WAGTAIL_SITE_NAME", "Georgia Pain & Spine Care")
WAGTAILADMIN_BASE_URL = os.environ.get("WAGTAILADMIN_BASE_URL", "http://127.0.0.1:8000")
WAGTAILSEARCH_BACKENDS = {
    "default": {"BACKEND": "wagtail.search.backends.database"},
}
WAGTAILIMAGES_EXTENSIONS = ["gif", "jpg", "jpeg", "png", "webp", "avif"]
WAGTAILIMAGES_MAX_UPLOAD_SIZE = 20 * 1024 * 1024
WAGTAILDOCS_EXTENSIONS = ["csv", "docx", "pdf", "pptx", "txt", "xlsx"]
WAGTAILDOCS_MAX_UPLOAD_SIZE = 10 * 1024 * 1024
WAGTAIL_WORKFLOW_REQUIRE_REAPPROVAL_ON_EDIT = True
# `pages/?limit=` up to 50 (Wagtail's default cap is 20; the blog index shows 24): a
# listing costs the same number of queries whatever its length.
WAGTAILAPI_LIMIT_MAX = 50
# The admin calls no third party: no Gravatar (it would receive a hash of each editor's
# email) and no update check.
WAGTAIL_GRAVATAR_PROVIDER_URL = None
WAGTAIL_ENABLE_UPDATE_CHECK = False
WAGTAILADMIN_COMMENTS_ENABLED = True
# Videos are embedded without a call to the provider: the finder builds a privacy-friendly
# player from the URL (no oEmbed request from the editor, works offline); other providers
# fall back to oEmbed.
WAGTAILEMBEDS_FINDERS = [
    {"class": "cms.embeds.VideoEmbedFinder"},
    {"class": "wagtail.embeds.finders.oembed"},
]
WAGTAILEMBEDS_RESPONSIVE_HTML = True
# A redirect is created whenever a published page's slug changes or it moves, so that old
# links keep working (Wagtail's default, stated here because SEO depends on it).
WAGTAILREDIRECTS_AUTO_CREATE = True
# An imported redirects file waits between the upload and the confirmation in the shared
# cache, not in one server's temporary folder: the next request may reach another server.
WAGTAIL_REDIRECTS_FILE_STORAGE = "cache"

# Browsers on the public site's origins may call the API (every GET and the appointment
# POST); other origins get no CORS headers. The admin is never shared.
CORS_ALLOWED_ORIGINS = env_list("PUBLIC_SITE_ORIGINS")
CORS_URLS_REGEX = r"^/api/"
CORS_ALLOW_METHODS = ["GET", "HEAD", "OPTIONS", "POST"]
CORS_ALLOW_HEADERS = ["accept", "content-type", "idempotency-key", "if-none-match"]
CORS_EXPOSE_HEADERS = ["etag", "retry-after"]
CORS_PREFLIGHT_MAX_AGE = 86400

# The API's HTTP caching (cms/api/cache.py): browsers and CDNs may keep an answer for
# API_CACHE_MAX_AGE seconds and serve it stale while revalidating; the shared response
# cache keeps it until content changes (at most API_CACHE_TIMEOUT). RELEASE (e.g. the
# git commit) separates the cached answers of two versions of the code.
API_CACHE_MAX_AGE = int(os.environ.get("API_CACHE_MAX_AGE", "60"))
API_CACHE_STALE_WHILE_REVALIDATE = int(os.environ.get("API_CACHE_STALE_WHILE_REVALIDATE", "300"))
API_CACHE_TIMEOUT = int(os.environ.get("API_CACHE_TIMEOUT", str(24 * 60 * 60)))
API_CACHE_RELEASE = os.environ.get("RELEASE", "dev")
# "off" stores no response in the shared cache: only to measure the uncached path.
API_RESPONSE_CACHE = env_bool("API_RESPONSE_CACHE", True)

# URLs per sitemap file: past it, /sitemap.xml is an index of numbered files (the
# protocol allows 50,000; smaller files are quicker for crawlers to fetch).
SITEMAP_URLS_PER_FILE = int(os.environ.get("SITEMAP_URLS_PER_FILE", "5000"))

# Anonymous clients are throttled generously per IP address ("off" disables it); the
# public site's servers, which make every page view's request, can be exempted.
API_THROTTLE_RATE = os.environ.get("API_THROTTLE_RATE", "1200/minute")
API_THROTTLE_EXEMPT_IPS = env_list("API_THROTTLE_EXEMPT_IPS")

REST_FRAMEWORK = {
    "DEFAULT_RENDERER_CLASSES": ["rest_framework.renderers.JSONRenderer"],
    "DEFAULT_AUTHENTICATION_CLASSES": [],
    "DEFAULT_PERMISSION_CLASSES": [],
    "DEFAULT_SCHEMA_CLASS": "drf_spectacular.openapi.AutoSchema",
    # Every reader is anonymous: view restrictions are never passed through the API.
    "UNAUTHENTICATED_USER": "django.contrib.auth.models.AnonymousUser",
    "EXCEPTION_HANDLER": "cms.api.errors.exception_handler",
    "DEFAULT_THROTTLE_CLASSES": ["cms.api.throttling.ClientRateThrottle"],
    "DEFAULT_THROTTLE_RATES": {
        "client": None if API_THROTTLE_RATE.lower() in {"", "off"} else API_THROTTLE_RATE
    },
    # Behind a load balancer, set to the number of proxies that add X-Forwarded-For;
    # 0 trusts only the connection's address, so a client cannot pick its own.
    "NUM_PROXIES": int(os.environ.get("TRUSTED_PROXY_COUNT", "0")),
}

# The OpenAPI document (/api/v2/schema/) and its browsable docs (/api/v2/docs/). Every
# endpoint is described in cms/api/openapi.py and every shape in cms/api/schema.py; the
# hooks put them in place. OpenAPI 3.1, so that its schemas are plain JSON Schema that
# any validator checks responses against. The docs page loads Swagger UI from our own
# static files (the sidecar package) and calls no other host, not even its validator.
SPECTACULAR_SETTINGS = {
    "TITLE": "Georgia Pain & Spine Care delivery API",
    "VERSION": "2",
    "OAS_VERSION": "3.1.0",
    "SCHEMA_PATH_PREFIX": "/api/v2/",
    "PREPROCESSING_HOOKS": ["cms.api.openapi.endpoints_document"],
    "POSTPROCESSING_HOOKS": ["cms.api.openapi.document_complete"],
    "SORT_OPERATIONS": "cms.api.openapi.operation_order",
    "SORT_OPERATION_PARAMETERS": False,
    "SWAGGER_UI_DIST": "SIDECAR",
    "SWAGGER_UI_FAVICON_HREF": "SIDECAR",
    "SWAGGER_UI_SETTINGS": {
        "validatorUrl": None,
        "deepLinking": True,
        "defaultModelsExpandDepth": 0,
        "defaultModelExpandDepth": 3,
    },
}

# Calls to action and appointment requests (issue 5). Booking links carry
# utm_source=CTA_UTM_SOURCE, utm_medium=cta, utm_campaign=<placement>: never a health term.
CTA_UTM_SOURCE = os.environ.get("CTA_UTM_SOURCE", "website")
# Per client address, on the shared cache: forty rapid posts from one client get 429s.
APPOINTMENT_REQUEST_RATE = os.environ.get("APPOINTMENT_REQUEST_RATE", "10/hour")
# A form sent sooner than this after it was opened was filled by a robot: answered like a
# success, not stored.
APPOINTMENT_REQUEST_MIN_FILL_SECONDS = float(
    os.environ.get("APPOINTMENT_REQUEST_MIN_FILL_SECONDS", "3")
)
# The largest body an appointment request may have (bytes): a form with a 500-character
# message is about 1 KB.
APPOINTMENT_REQUEST_MAX_BYTES = int(os.environ.get("APPOINTMENT_REQUEST_MAX_BYTES", "16384"))
# Requests older than this are deleted by `manage.py purge_appointment_requests`, which
# `manage.py scheduler` runs daily: patients' details are kept no longer than needed.
APPOINTMENT_REQUEST_RETENTION_DAYS = int(os.environ.get("APPOINTMENT_REQUEST_RETENTION_DAYS", "90"))
# Error reports of requests to these addresses show no variable and no posted value:
# they may hold a patient's details (cms/error_reporting.py).
PATIENT_DATA_PATHS = ["/api/v2/appointment-requests/", "/admin/appointment-requests/"]
DEFAULT_EXCEPTION_REPORTER_FILTER = "cms.error_reporting.PatientDataExceptionReporterFilter"

# Background tasks (django-tasks, as Wagtail itself uses them): webhook deliveries, CDN
# purges, Wagtail's own reference-index updates. Production keeps them in the database
# and runs them in the worker (`manage.py db_worker`, see README.md); TASKS_BACKEND=
# immediate runs each one inside the request that queued it (the default in dev and tests).
TASK_BACKENDS = {
    "database": "django_tasks_db.DatabaseBackend",
    "immediate": "django_tasks.backends.immediate.ImmediateBackend",
}
TASKS = {"default": {"BACKEND": TASK_BACKENDS[os.environ.get("TASKS_BACKEND", "database")]}}

# Webhooks (cms/models/webhooks.py): each delivery is tried up to WEBHOOK_MAX_ATTEMPTS
# times, waiting WEBHOOK_RETRY_BASE_SECONDS × 2^(attempt − 1) between tries (30 s, 1 min,
# 2 min … about an hour in all by default), each try given WEBHOOK_TIMEOUT_SECONDS.
WEBHOOK_MAX_ATTEMPTS = int(os.environ.get("WEBHOOK_MAX_ATTEMPTS", "8"))
WEBHOOK_RETRY_BASE_SECONDS = float(os.environ.get("WEBHOOK_RETRY_BASE_SECONDS", "30"))
WEBHOOK_TIMEOUT_SECONDS = float(os.environ.get("WEBHOOK_TIMEOUT_SECONDS", "10"))
# Finished deliveries (and background task results) older than this are deleted daily by
# `manage.py scheduler`; the delivery log in the admin shows this many days.
WEBHOOK_DELIVERY_RETENTION_DAYS = int(os.environ.get("WEBHOOK_DELIVERY_RETENTION_DAYS", "30"))

# CDN purge on publish, through Wagtail's frontend cache backends; off unless CDN_BACKEND
# is set. The fan-out purges the public-site URL of every path a change affects.
CDN_BACKEND = os.environ.get("CDN_BACKEND", "")
WAGTAILFRONTENDCACHE = {
    "": {},
    "cloudflare": {
        "default": {
            "BACKEND": "wagtail.contrib.frontend_cache.backends.CloudflareBackend",
            "BEARER_TOKEN": os.environ.get("CDN_CLOUDFLARE_BEARER_TOKEN", ""),
            "ZONEID": os.environ.get("CDN_CLOUDFLARE_ZONE_ID", ""),
        }
    },
    "cloudfront": {
        "default": {
            "BACKEND": "wagtail.contrib.frontend_cache.backends.CloudfrontBackend",
            "DISTRIBUTION_ID": os.environ.get("CDN_CLOUDFRONT_DISTRIBUTION_ID", ""),
        }
    },
    "http": {
        "default": {
            "BACKEND": "wagtail.contrib.frontend_cache.backends.HTTPBackend",
            "LOCATION": os.environ.get("CDN_HTTP_LOCATION", ""),
        }
    },
}[CDN_BACKEND]

# Headless preview: Wagtail's preview panel shows the page on the frontend, at its
# preview URL with `?content_type=…&token=…`; the frontend asks `/api/v2/preview/` for
# the draft. PREVIEW_CLIENT_URL is the frontend's preview route (default: the reference
# rendering's, on this CMS); PREVIEW_CLIENT_URLS gives a site its own
# ("hostname=url,hostname=url"). A token serves its page for PREVIEW_TOKEN_MAX_AGE seconds.
PREVIEW_CLIENT_URL = os.environ.get("PREVIEW_CLIENT_URL", "/_preview/")
WAGTAIL_HEADLESS_PREVIEW = {
    "CLIENT_URLS": {
        "default": PREVIEW_CLIENT_URL,
        **dict(item.split("=", 1) for item in env_list("PREVIEW_CLIENT_URLS")),
    },
    "ENFORCE_TRAILING_SLASH": True,
}
PREVIEW_TOKEN_MAX_AGE = int(os.environ.get("PREVIEW_TOKEN_MAX_AGE", str(60 * 60)))

# Logs: one line per record on standard output; JSON in production (LOG_FORMAT=json), with
# the request's id in every record (cms.log). Never a request body or a query string: a
# patient's details must not reach a log line.
LOG_LEVEL = os.environ.get("LOG_LEVEL", "INFO")
LOG_FORMAT = os.environ.get("LOG_FORMAT", "text")
LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "filters": {
        "request_id": {"()": "cms.log.RequestIdFilter"},
        "require_debug_false": {"()": "django.utils.log.RequireDebugFalse"},
    },
    "formatters": {
        "text": {"format": "%(asctime)s %(levelname)s %(name)s [%(request_id)s] %(message)s"},
        "json": {"()": "cms.log.JsonFormatter"},
    },
    "handlers": {
        "console": {
            "class": "logging.StreamHandler",
            "formatter": "json" if LOG_FORMAT == "json" else "text",
            "filters": ["request_id"],
        },
        # Server errors are emailed to ADMINS (when set), as Django does by default; the
        # report hides patients' details (DEFAULT_EXCEPTION_REPORTER_FILTER).
        "mail_admins": {
            "class": "django.utils.log.AdminEmailHandler",
            "filters": ["require_debug_false"],
            "level": "ERROR",
        },
    },
    "root": {"handlers": ["console"], "level": LOG_LEVEL},
    "loggers": {
        # Django logs a 4xx/5xx with the request attached; our formatter leaves it out.
        "django": {"handlers": ["console", "mail_admins"], "level": LOG_LEVEL, "propagate": False},
        "django.server": {"level": "WARNING"},
        # Failed logins and lockouts (WARNING) are kept; its start-up and clean-up chatter
        # is not.
        "axes": {"level": "WARNING"},
    },
}
