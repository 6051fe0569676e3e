"""Strict readers for settings from the environment.

A value that cannot be read fails at start with ImproperlyConfigured naming the
variable, instead of being guessed at ("DEBUG=maybe" is not false).
"""
import os

import dj_database_url
from django.core.exceptions import ImproperlyConfigured

TRUE = {"1", "true", "yes", "on"}
FALSE = {"0", "false", "no", "off", ""}


def env_str(name: str, default: str = "") -> str:
    return os.environ.get(name, default)


def env_bool(name: str, default: bool) -> bool:
    raw = os.environ.get(name)
    if raw is None:
        return default
    value = raw.strip().lower()
    if value in TRUE:
        return True
    if value in FALSE:
        return False
    raise ImproperlyConfigured(f"{name}={raw!r} is not a boolean: use one of 1/0, true/false, yes/no, on/off.")


def env_int(name: str, default: int) -> int:
    raw = os.environ.get(name)
    if raw is None or raw.strip() == "":
        return default
    try:
        return int(raw)
    except ValueError:
        raise ImproperlyConfigured(f"{name}={raw!r} is not a whole number.") from None


def env_list(name: str, default: list[str]) -> list[str]:
    raw = os.environ.get(name)
    if raw is None:
        return default
    return [item.strip() for item in raw.split(",") if item.strip()]


def env_database(name: str, default: str) -> dict:
    raw = os.environ.get(name) or default
    if not raw.startswith(("sqlite://", "postgres://", "postgresql://", "pgsql://")):
        raise ImproperlyConfigured(f"{name}={raw!r}: use a sqlite:/// or postgres:// URL.")
    try:
        config = dj_database_url.parse(raw, conn_max_age=600, conn_health_checks=True)
    except Exception as exc:  # dj_database_url raises several types for a malformed URL
        raise ImproperlyConfigured(f"{name}={raw!r} is not a valid database URL: {exc}") from None
    if config["ENGINE"] == "django.db.backends.sqlite3":
        # SQLite connections are cheap and not shareable across threads of runserver.
        config["CONN_MAX_AGE"] = 0
        config["OPTIONS"] = {"timeout": 20}
    return config


def env_cache(name: str) -> dict:
    """The default cache: Redis at a redis:// URL, else this process's memory."""
    raw = os.environ.get(name, "").strip()
    if not raw:
        return {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}
    if not raw.startswith(("redis://", "rediss://", "unix://")):
        raise ImproperlyConfigured(f"{name}={raw!r}: use a redis:// URL, or leave it unset for local memory.")
    return {"BACKEND": "factcheck.cache.SharedClientRedisCache", "LOCATION": raw, "KEY_PREFIX": "factcheck"}


MISSING_SECRET_KEY = "SECRET_KEY is required when DEBUG is off."


def require_secret_key() -> None:
    """Stop the start of anything that serves requests when SECRET_KEY is missing."""
    from django.conf import settings

    try:
        key = settings.SECRET_KEY
    except ImproperlyConfigured:  # Django refuses to hand out an empty key
        key = ""
    if not key:
        raise ImproperlyConfigured(MISSING_SECRET_KEY)
