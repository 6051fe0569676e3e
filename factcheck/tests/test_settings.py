"""Settings come from the environment only, and a bad value stops the start with its name."""
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from django.core.exceptions import ImproperlyConfigured

from factcheck.env import env_bool, env_database, env_int, env_list

ROOT = Path(__file__).resolve().parents[2]
PRODUCTION = {
    "DEBUG": "0",
    "SECRET_KEY": "x7-production-like-key-for-the-deploy-check-0123456789-abcdefghijklmnop",
    "ALLOWED_HOSTS": "factcheck.example.org",
    "DATABASE_URL": f"sqlite:///{ROOT / 'db.sqlite3'}",
}


def _django(env: dict, *args) -> subprocess.CompletedProcess:
    clean = {k: v for k, v in os.environ.items()
             if k not in ("DEBUG", "SECRET_KEY", "ALLOWED_HOSTS", "SECURE_SSL_REDIRECT",
                          "SESSION_COOKIE_SECURE", "CSRF_COOKIE_SECURE")}
    return subprocess.run([sys.executable, "manage.py", *args], cwd=ROOT, env={**clean, **env},
                          capture_output=True, text=True, timeout=120)


@pytest.mark.parametrize("raw, expected", [("1", True), ("true", True), ("YES", True), ("on", True),
                                           ("0", False), ("false", False), ("No", False), ("off", False)])
def test_env_bool_reads_the_usual_spellings(monkeypatch, raw, expected):
    monkeypatch.setenv("SOME_FLAG", raw)
    assert env_bool("SOME_FLAG", not expected) is expected


def test_env_bool_refuses_anything_else_naming_the_variable(monkeypatch):
    monkeypatch.setenv("DEBUG", "maybe")
    with pytest.raises(ImproperlyConfigured, match="DEBUG"):
        env_bool("DEBUG", False)


def test_env_int_refuses_words(monkeypatch):
    monkeypatch.setenv("SECURE_HSTS_SECONDS", "a year")
    with pytest.raises(ImproperlyConfigured, match="SECURE_HSTS_SECONDS"):
        env_int("SECURE_HSTS_SECONDS", 0)


def test_env_list_splits_on_commas(monkeypatch):
    monkeypatch.setenv("ALLOWED_HOSTS", " a.example, b.example ,")
    assert env_list("ALLOWED_HOSTS", []) == ["a.example", "b.example"]


def test_database_url_selects_the_engine_and_persists_connections(monkeypatch):
    monkeypatch.setenv("DATABASE_URL", "postgres://postgres@127.0.0.1:5432/factcheck")
    config = env_database("DATABASE_URL", "sqlite:///x.sqlite3")
    assert config["ENGINE"] == "django.db.backends.postgresql"
    assert config["NAME"] == "factcheck"
    assert config["CONN_MAX_AGE"] > 0 and config["CONN_HEALTH_CHECKS"]
    monkeypatch.delenv("DATABASE_URL")
    assert env_database("DATABASE_URL", "sqlite:///x.sqlite3")["ENGINE"] == "django.db.backends.sqlite3"


def test_a_bad_database_url_names_the_variable(monkeypatch):
    monkeypatch.setenv("DATABASE_URL", "mysql-ish://nowhere")
    with pytest.raises(ImproperlyConfigured, match="DATABASE_URL"):
        env_database("DATABASE_URL", "sqlite:///x.sqlite3")


def test_start_fails_on_debug_maybe_naming_it():
    result = _django({**PRODUCTION, "DEBUG": "maybe"}, "check")
    assert result.returncode != 0
    assert "DEBUG='maybe' is not a boolean" in result.stderr


def test_start_fails_without_a_secret_key_when_debug_is_off():
    env = {k: v for k, v in PRODUCTION.items() if k != "SECRET_KEY"}
    result = _django(env, "check")
    assert result.returncode != 0
    assert "SECRET_KEY is required" in result.stderr


def test_the_web_server_refuses_to_start_without_a_secret_key():
    env = {k: v for k, v in PRODUCTION.items() if k != "SECRET_KEY"}
    clean = {k: v for k, v in os.environ.items() if k not in ("DEBUG", "SECRET_KEY")}
    for entry in ("factcheck.wsgi", "factcheck.asgi"):
        result = subprocess.run([sys.executable, "-c", f"import {entry}"], cwd=ROOT, env={**clean, **env},
                                capture_output=True, text=True, timeout=120)
        assert result.returncode != 0, entry
        assert "SECRET_KEY is required" in result.stderr, entry


def test_extract_claims_needs_no_secret_key():
    # The corpus scorer runs it on a bare checkout: no DEBUG, no SECRET_KEY, no database.
    env = {k: v for k, v in PRODUCTION.items() if k != "SECRET_KEY"}
    result = _django(env, "extract_claims", "--json", "data/corpus/dev/seed-002-bortac.txt")
    assert result.returncode == 0, result.stderr
    assert 890000 in [claim["value"] for claim in json.loads(result.stdout)]


def test_deploy_check_is_clean_with_production_settings():
    result = _django(PRODUCTION, "check", "--deploy", "--fail-level", "WARNING")
    assert result.returncode == 0, result.stderr + result.stdout
    assert "no issues" in result.stdout


def test_no_broker_means_eager_tasks():
    from django.conf import settings

    assert settings.CELERY_TASK_ALWAYS_EAGER is (not settings.CELERY_BROKER_URL)
    assert settings.CELERY_TASK_ACKS_LATE and settings.CELERY_TASK_REJECT_ON_WORKER_LOST
    assert settings.CELERY_ACCEPT_CONTENT == ["json"]


def test_env_cache_is_local_memory_unset_and_redis_at_a_redis_url(monkeypatch):
    from factcheck.env import env_cache

    monkeypatch.delenv("CACHE_URL", raising=False)
    assert env_cache("CACHE_URL")["BACKEND"].endswith("LocMemCache")
    monkeypatch.setenv("CACHE_URL", "redis://127.0.0.1:6379/3")
    assert env_cache("CACHE_URL")["BACKEND"] == "factcheck.cache.SharedClientRedisCache"
    assert env_cache("CACHE_URL")["LOCATION"] == "redis://127.0.0.1:6379/3"


def test_env_cache_refuses_another_scheme_naming_the_variable(monkeypatch):
    from factcheck.env import env_cache

    monkeypatch.setenv("CACHE_URL", "memcached://127.0.0.1:11211")
    with pytest.raises(ImproperlyConfigured, match="CACHE_URL"):
        env_cache("CACHE_URL")
