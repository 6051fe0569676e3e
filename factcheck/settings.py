"""factcheck settings: one file, every deployment difference read from the environment.

See .env.example and the README's configuration table for the variables.
"""
from datetime import timedelta
from pathlib import Path

from csp.constants import NONCE, NONE, SELF

from factcheck.env import env_bool, env_cache, env_database, env_int, env_list, env_str

BASE_DIR = Path(__file__).resolve().parent.parent

DEBUG = env_bool("DEBUG", False)
# With DEBUG off the key must come from the environment. It is demanded where it is
# used, not on import: the web entry points refuse to start without it (factcheck.wsgi,
# factcheck.asgi) and the system check factcheck.E001 fails check, runserver and migrate.
# So a command that touches neither requests nor the database (extract_claims) runs
# without one, as the corpus scorer calls it.
SECRET_KEY = env_str("SECRET_KEY")
if not SECRET_KEY and DEBUG:
    SECRET_KEY = "insecure-development-key-only-used-with-DEBUG-on"  # noqa: S105

ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", ["127.0.0.1", "localhost", "testserver"] if DEBUG else [])
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS", [])

# The organisation running the site: the author of every ClaimReview.
SITE_NAME = env_str("SITE_NAME", "factcheck")
SITE_URL = env_str("SITE_URL", "http://127.0.0.1:8000").rstrip("/")

# On only for `make bench` (bench/bench_http.py): serves /bench/bare/, the bare JsonResponse
# every endpoint is measured against. Off, that URL does not exist.
BENCH = env_bool("BENCH", False)

INSTALLED_APPS = [
    "factcheck.apps.FactcheckAdminConfig",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.humanize",
    "django.contrib.postgres",
    "django.contrib.sitemaps",
    "rest_framework",
    "rest_framework.authtoken",
    "django_filters",
    "drf_spectacular",
    "drf_spectacular_sidecar",
    "simple_history",
    "csp",
    "axes",
    "sources",
    "claims",
    "watch",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "csp.middleware.CSPMiddleware",
    "simple_history.middleware.HistoryRequestMiddleware",
    # Last, as django-axes asks: turns a locked-out login into its 429 page.
    "axes.middleware.AxesMiddleware",
]

ROOT_URLCONF = "factcheck.urls"
WSGI_APPLICATION = "factcheck.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
            ],
        },
    },
]

# The embedded default is a SQLite file in the project; postgres://... selects PostgreSQL.
# Connections persist between requests (CONN_MAX_AGE in env_database): a new PostgreSQL
# connection per request made a list endpoint six times slower.
DATABASES = {"default": env_database("DATABASE_URL", f"sqlite:///{BASE_DIR / 'db.sqlite3'}")}
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# The shared cache: Redis at CACHE_URL, else each process's own memory (fine for `make run`,
# one process with eager Celery). Production with several web processes or a Celery worker
# sets CACHE_URL, so that a change one of them makes empties the public cache for all
# (factcheck.public_cache). Public pages and anonymous API reads are kept PUBLIC_CACHE_SECONDS at most
# (0: not cached); a write through the app replaces them at once.
CACHES = {"default": env_cache("CACHE_URL")}
PUBLIC_CACHE_SECONDS = env_int("PUBLIC_CACHE_SECONDS", 600)
# URLs in one sitemap file (claims.sitemaps): the protocol allows 50,000; 10,000 keeps a file
# under a second to write uncached at a million claims.
SITEMAP_PAGE_SIZE = env_int("SITEMAP_PAGE_SIZE", 10_000)

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

# Logins (the admin's) go through django-axes first: after AXES_FAILURE_LIMIT failed
# attempts from one address, that address is locked out for AXES_COOLOFF_MINUTES, right
# password or not (a 429). Attempts are kept in the database (shared by every process);
# AXES_HANDLER=axes.handlers.cache.AxesCacheHandler keeps them in the cache instead
# (only with CACHE_URL set: local memory is each process's own).
AUTHENTICATION_BACKENDS = [
    "factcheck.auth.LoginLockoutBackend",
    "django.contrib.auth.backends.ModelBackend",
]
AXES_ENABLED = env_bool("AXES_ENABLED", True)
AXES_FAILURE_LIMIT = env_int("AXES_FAILURE_LIMIT", 5)
AXES_COOLOFF_TIME = timedelta(minutes=env_int("AXES_COOLOFF_MINUTES", 30))
AXES_LOCKOUT_PARAMETERS = ["ip_address"]
AXES_RESET_ON_SUCCESS = True
AXES_HANDLER = env_str("AXES_HANDLER", "axes.handlers.database.AxesDatabaseHandler")
AXES_CLIENT_IP_CALLABLE = "factcheck.clientip.client_ip"
AXES_VERBOSE = False

# How many proxies of our own stand before the app and append to X-Forwarded-For: the
# client's address is read that far from the right of it, and no further (factcheck.clientip).
# 0 (the default): the header is ignored. The API's throttles and the login lockout use it.
NUM_PROXIES = env_int("NUM_PROXIES", 0)

LANGUAGE_CODE = "en-us"
TIME_ZONE = "UTC"
USE_I18N = True
USE_TZ = True

STATIC_URL = "/static/"
STATIC_ROOT = BASE_DIR / "staticfiles"
STATICFILES_DIRS = [BASE_DIR / "static"]  # the public site's stylesheet
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {
        "BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"
        if DEBUG
        else "whitenoise.storage.CompressedManifestStaticFilesStorage"
    },
}
WHITENOISE_USE_FINDERS = DEBUG

LOGIN_URL = "admin:login"
FORMS_URLFIELD_ASSUME_HTTPS = True  # Django 6 default; silences the transitional warning

# Celery. Production sets CELERY_BROKER_URL (redis://...) and runs a worker. Unset, tasks
# run eagerly in the web process, so `make run` needs no broker.
CELERY_BROKER_URL = env_str("CELERY_BROKER_URL")
CELERY_TASK_ALWAYS_EAGER = not CELERY_BROKER_URL
CELERY_TASK_EAGER_PROPAGATES = True
CELERY_TASK_SERIALIZER = "json"
CELERY_RESULT_SERIALIZER = "json"
CELERY_ACCEPT_CONTENT = ["json"]
CELERY_TASK_IGNORE_RESULT = True
# No job is lost when a worker dies mid-task: the message is acknowledged only after the
# task ends, and a killed child process rejects (requeues) it instead of acknowledging.
CELERY_TASK_ACKS_LATE = True
CELERY_TASK_REJECT_ON_WORKER_LOST = True
CELERY_WORKER_PREFETCH_MULTIPLIER = 1
CELERY_TASK_TIME_LIMIT = env_int("CELERY_TASK_TIME_LIMIT", 300)
# An ingestion job's time limits (claims.tasks.ingest_job): at the soft one the job ends failed
# with the reason; the hard one kills the child if even that hangs, and the job's deadline
# (the hard limit from its start) lets the sweeper below re-queue or fail it.
INGEST_SOFT_TIME_LIMIT = env_int("INGEST_SOFT_TIME_LIMIT", 120)
INGEST_TIME_LIMIT = env_int("INGEST_TIME_LIMIT", INGEST_SOFT_TIME_LIMIT + 30)
INGEST_RETRY_MAX_DELAY = env_int("INGEST_RETRY_MAX_DELAY", 240)  # seconds: the longest wait for a retry
# Redis redelivers an unacknowledged message after the visibility timeout: just above the
# longest task and the longest retry countdown (a worker holds a retry's message, unacknowledged,
# until it is due), so a message held by a worker that died comes back soon, and a live one's
# is never delivered twice. The restore sweep runs often enough to honour it.
CELERY_VISIBILITY_TIMEOUT = env_int(
    "CELERY_VISIBILITY_TIMEOUT", max(CELERY_TASK_TIME_LIMIT, INGEST_TIME_LIMIT, INGEST_RETRY_MAX_DELAY) + 60
)
CELERY_BROKER_TRANSPORT_OPTIONS = {
    "visibility_timeout": CELERY_VISIBILITY_TIMEOUT,
    "unacked_restore_interval": max(1, CELERY_VISIBILITY_TIMEOUT // 30),
    "unacked_restore_throttle": 1,
}
CELERY_BROKER_CONNECTION_RETRY_ON_STARTUP = True
# Celery beat (`celery -A factcheck beat`): look for registered official series to refresh
# every SERIES_REFRESH_CHECK_SECONDS; each SeriesSource says how often it is due (daily by default).
CELERY_BEAT_SCHEDULE = {
    "refresh-official-series": {
        "task": "claims.tasks.refresh_official_series",
        "schedule": env_int("SERIES_REFRESH_CHECK_SECONDS", 3600),
    },
    "send-webhook-digests": {  # subscriptions with a daily email digest (watch.digests)
        "task": "watch.tasks.send_digests",
        "schedule": env_int("WEBHOOK_DIGEST_CHECK_SECONDS", 3600),
    },
    "prune-webhook-deliveries": {  # settled deliveries past WEBHOOK_DELIVERY_RETENTION_DAYS (watch.delivery)
        "task": "watch.tasks.prune_deliveries",
        "schedule": env_int("WEBHOOK_PRUNE_CHECK_SECONDS", 86400),
    },
    # Ingestion jobs left "running" past their deadline (a worker killed, a hard time limit):
    # queued again, or failed with the reason after the last attempt (claims.ingestion).
    "sweep-stuck-ingestions": {
        "task": "claims.tasks.sweep_stuck_ingestions",
        "schedule": env_int("INGEST_SWEEP_SECONDS", 60),
    },
}

# Security headers. Secure cookies, HTTPS redirect and HSTS are on whenever DEBUG is off.
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"
X_FRAME_OPTIONS = "DENY"
SESSION_COOKIE_HTTPONLY = True
SESSION_COOKIE_SECURE = env_bool("SESSION_COOKIE_SECURE", not DEBUG)
CSRF_COOKIE_SECURE = env_bool("CSRF_COOKIE_SECURE", not DEBUG)
SECURE_SSL_REDIRECT = env_bool("SECURE_SSL_REDIRECT", not DEBUG)
SECURE_HSTS_SECONDS = env_int("SECURE_HSTS_SECONDS", 0 if DEBUG else 31536000)
SECURE_HSTS_INCLUDE_SUBDOMAINS = env_bool("SECURE_HSTS_INCLUDE_SUBDOMAINS", not DEBUG)
SECURE_HSTS_PRELOAD = env_bool("SECURE_HSTS_PRELOAD", not DEBUG)
if env_bool("SECURE_PROXY_SSL_HEADER", False):
    SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")

CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": [SELF],
        # NONCE: the public pages' JSON-LD block carries the per-request nonce; nothing inline runs.
        "script-src": [SELF, NONCE],
        "style-src": [SELF],
        "img-src": [SELF, "data:"],
        "font-src": [SELF],
        "connect-src": [SELF],
        "object-src": [NONE],
        "base-uri": [SELF],
        "frame-ancestors": [NONE],
        "form-action": [SELF],
    },
}

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": env_str("LOG_LEVEL", "INFO")},
}

# Ingestion (claims.ingestion): limits on fetching an article, and retries of a job.
INGEST_FETCH_TIMEOUT = env_int("INGEST_FETCH_TIMEOUT", 15)  # seconds, connect, each read and in all
INGEST_MAX_BYTES = env_int("INGEST_MAX_BYTES", 2 * 1024 * 1024)  # under DATA_UPLOAD_MAX_MEMORY_SIZE
INGEST_MAX_REDIRECTS = env_int("INGEST_MAX_REDIRECTS", 5)
INGEST_MAX_RETRIES = env_int("INGEST_MAX_RETRIES", 4)
INGEST_RETRY_BACKOFF = env_int("INGEST_RETRY_BACKOFF", 30)  # seconds before the first retry; doubles
# Off, URLs that resolve to private, loopback, link-local, reserved or multicast addresses are
# refused (SSRF; sources.fetch.check_public_url). On allows every address: tests only. Networks
# listed (CIDR, e.g. an intranet publisher's 10.20.0.0/16) are allowed one by one.
INGEST_ALLOW_PRIVATE_URLS = env_bool("INGEST_ALLOW_PRIVATE_URLS", False)
INGEST_ALLOWED_PRIVATE_NETWORKS = env_list("INGEST_ALLOWED_PRIVATE_NETWORKS", [])
# The Celery queue ingestion jobs go to: a dedicated one lets slow fetches have their own workers.
INGEST_QUEUE = env_str("INGEST_QUEUE", "celery")
INGEST_API_RATE = env_str("INGEST_API_RATE", "120/hour")  # POST /api/v1/ingestions/ per user
# Failed token authentications from one address before its requests with a token are a 429.
API_AUTH_FAILURE_RATE = env_str("API_AUTH_FAILURE_RATE", "20/hour")

# Webhooks (watch/): subscriptions to claim events, each delivery signed with its subscription's secret.
WEBHOOK_MAX_ATTEMPTS = env_int("WEBHOOK_MAX_ATTEMPTS", 6)  # tries of one delivery before it is marked failed
WEBHOOK_RETRY_BACKOFF = env_int("WEBHOOK_RETRY_BACKOFF", 30)  # seconds before the first retry; doubles, capped at 1 h
WEBHOOK_TIMEOUT = env_int("WEBHOOK_TIMEOUT", 10)  # seconds to connect, and to wait for the answer
WEBHOOK_PAUSE_AFTER = env_int("WEBHOOK_PAUSE_AFTER", 3)  # days of failed deliveries before a subscription pauses
# Delivered and failed deliveries older than this many days are deleted each day (watch.delivery.deliveries_prune,
# beat); pending ones never are. 0 keeps them all. Longer than the day a digest looks back.
WEBHOOK_DELIVERY_RETENTION_DAYS = env_int("WEBHOOK_DELIVERY_RETENTION_DAYS", 30)
WEBHOOK_QUEUE = env_str("WEBHOOK_QUEUE", "celery")  # a dedicated queue keeps slow receivers from delaying checks
# Off, targets that resolve to private or loopback addresses are refused (SSRF), as for ingestion.
# On for tests and local receivers only.
WEBHOOK_ALLOW_PRIVATE_URLS = env_bool("WEBHOOK_ALLOW_PRIVATE_URLS", False)
# Email digests go through Django's email backend: the console unless EMAIL_BACKEND names another.
EMAIL_BACKEND = env_str("EMAIL_BACKEND", "django.core.mail.backends.console.EmailBackend")
DEFAULT_FROM_EMAIL = env_str("DEFAULT_FROM_EMAIL", "factcheck@localhost")

# The REST API (claims/api/), set once here for every API view.
REST_FRAMEWORK = {
    "DEFAULT_AUTHENTICATION_CLASSES": [
        # First, so a missing login is a 401; repeated wrong tokens from one address are a 429.
        "claims.api.authentication.LimitedTokenAuthentication",
        "rest_framework.authentication.SessionAuthentication",
    ],
    "DEFAULT_PERMISSION_CLASSES": ["claims.api.permissions.ReadOnlyOrReviewer"],
    "DEFAULT_PAGINATION_CLASS": "claims.api.pagination.CursorPagination",
    "PAGE_SIZE": 50,
    "DEFAULT_FILTER_BACKENDS": ["django_filters.rest_framework.DjangoFilterBackend"],
    "DEFAULT_SCHEMA_CLASS": "claims.api.schema.AutoSchema",
    "EXCEPTION_HANDLER": "claims.api.errors.exception_handler",
    # Counters in the shared cache, counted atomically (claims.api.throttles): with CACHE_URL
    # (Redis) every gunicorn worker shares one count per client.
    "DEFAULT_THROTTLE_CLASSES": [
        "claims.api.throttles.AnonRateThrottle",
        "claims.api.throttles.UserRateThrottle",
    ],
    "NUM_PROXIES": NUM_PROXIES,
    "DEFAULT_THROTTLE_RATES": {
        "anon": env_str("API_THROTTLE_ANON", "600/minute"),
        "user": env_str("API_THROTTLE_USER", "3000/minute"),
    },
    "DEFAULT_RENDERER_CLASSES": [
        "claims.api.renderers.JSONRenderer",  # orjson: the JSON DRF writes, faster
        "rest_framework.renderers.BrowsableAPIRenderer",
    ],
    # JSON only: form encodings cannot say null, a number or a list, so the schema's types
    # would not hold for them (a 415 names the type to send).
    "DEFAULT_PARSER_CLASSES": ["claims.api.parsers.JSONParser"],
    "TEST_REQUEST_DEFAULT_FORMAT": "json",
    "COERCE_DECIMAL_TO_STRING": True,
}
SPECTACULAR_SETTINGS = {
    "TITLE": "factcheck API",
    "DESCRIPTION": "Quantitative claims in the news, as data: figures, speakers, sources, evidence and verdicts.",
    "VERSION": "1",
    "SERVE_INCLUDE_SCHEMA": False,
    "COMPONENT_SPLIT_REQUEST": True,
    # Swagger UI and Redoc assets served from our own static files (CSP: no CDN).
    "SWAGGER_UI_DIST": "SIDECAR",
    "SWAGGER_UI_FAVICON_HREF": "SIDECAR",
    "REDOC_DIST": "SIDECAR",
    "ENUM_NAME_OVERRIDES": {
        "SourceKindEnum": "sources.models.Source.Kind",
        "SpeakerKindEnum": "claims.models.Speaker.Kind",
        "ClaimStatusEnum": "claims.models.Claim.Status",  # ingestion jobs have a status too
        "IngestionJobStatusEnum": "claims.models.IngestionJob.Status",
        "IngestionJobKindEnum": "claims.models.IngestionJob.Kind",
        "FindingKindEnum": "claims.models.Finding.Kind",
        "FindingStatusEnum": "claims.models.Finding.Status",
    },
}
