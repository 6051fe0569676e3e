"""Fixtures shared by every test package: users by role and small data builders."""
import itertools
from decimal import Decimal

import pytest
from django.contrib.auth.models import Group, User

_seq = itertools.count(1)


def _worker_tests_cannot_run() -> str | None:
    """Why tests that start a real Celery worker cannot run here, or None.

    They need a broker and a test database that a second process can open (PostgreSQL).
    The embedded default (SQLite, eager Celery) has neither.
    """
    from django.conf import settings

    if not settings.CELERY_BROKER_URL:
        return "CELERY_BROKER_URL is unset"
    if settings.DATABASES["default"]["ENGINE"] != "django.db.backends.postgresql":
        return "the database is not PostgreSQL"
    return None


def _shared_cache_tests_cannot_run() -> str | None:
    """Why tests that need the cache shared between processes (Redis) cannot run here, or None."""
    from django.conf import settings

    if "redis" not in settings.CACHES["default"]["BACKEND"].lower():
        return "CACHE_URL is unset"
    return None


def _postgres_tests_cannot_run() -> str | None:
    """Why tests of concurrent writers cannot run here (SQLite locks the whole file), or None."""
    from django.db import connection

    return None if connection.vendor == "postgresql" else "the database is SQLite, not PostgreSQL"


def pytest_configure(config):
    """Under pytest-xdist each test process gets a Redis database of its own for the cache.

    Every test starts by emptying the cache (FLUSHDB, `_empty_cache` below), which in a shared
    database would wipe another process's counters mid-test. Process gwN takes database
    CACHE_URL's + N, in this process's settings and in the environment that the servers and
    workers it starts inherit. (The test database is already one per process: pytest-django
    names it test_<name>_gwN. Broker messages need nothing: each worker test has its own queue.)
    """
    import os
    import re

    from django.conf import settings

    worker, url = os.environ.get("PYTEST_XDIST_WORKER", ""), os.environ.get("CACHE_URL", "")
    found = re.fullmatch(r"(redis://[^/]+)/(\d+)", url)
    if not worker or not found:
        return
    db = int(found.group(2)) + int(worker.removeprefix("gw"))
    broker = re.fullmatch(r"redis://[^/]+/(\d+)", os.environ.get("CELERY_BROKER_URL", ""))
    if db > 15 or (broker and int(broker.group(1)) == db):
        raise pytest.UsageError(f"CACHE_URL={url}: test process {worker} would use Redis database {db}, "
                                "which is out of range or the broker's; pick a lower cache database")
    os.environ["CACHE_URL"] = settings.CACHES["default"]["LOCATION"] = f"{found.group(1)}/{db}"


def pytest_collection_modifyitems(config, items):
    # Deselected, not skipped: a run without a broker does not pretend to have run them.
    notes = []
    for marker, why in (("worker", _worker_tests_cannot_run()), ("shared_cache", _shared_cache_tests_cannot_run()),
                        ("postgres", _postgres_tests_cannot_run())):
        if not why:
            continue
        marked = [item for item in items if item.get_closest_marker(marker)]
        if marked:
            config.hook.pytest_deselected(items=marked)
            items[:] = [item for item in items if not item.get_closest_marker(marker)]
            notes.append(f"{len(marked)} {marker} test(s) not run: {why}")
    if notes:
        config._factcheck_worker_note = "; ".join(notes)
        if hasattr(config, "workeroutput"):  # a pytest-xdist worker: its controller prints the note
            config.workeroutput["factcheck_note"] = config._factcheck_worker_note


@pytest.hookimpl(optionalhook=True)
def pytest_testnodedown(node, error):
    """pytest-xdist's controller collects nothing itself: it takes the note from its workers."""
    note = getattr(node, "workeroutput", {}).get("factcheck_note")
    if note:
        node.config._factcheck_worker_note = note


def pytest_terminal_summary(terminalreporter, config):
    note = getattr(config, "_factcheck_worker_note", None)
    if note:
        terminalreporter.write_line(note + " (the PostgreSQL + Redis CI run covers them).")


@pytest.fixture(autouse=True)
def _empty_cache():
    """Each test starts with an empty cache: its database is new, the cached pages are not."""
    from django.core.cache import cache

    cache.clear()
    yield


def _user(username: str, group: str | None = None, **extra) -> User:
    user = User.objects.create_user(username=username, password="pw-for-tests-only", **extra)
    if group:
        # get_or_create: a transactional test starts from a flushed database, without the
        # groups migration 0002 made. Roles are decided by group name (claims.roles).
        user.groups.add(Group.objects.get_or_create(name=group)[0])
    return user


@pytest.fixture
def reviewer(db):
    return _user("rita-reviewer", "reviewer")


@pytest.fixture
def editor(db):
    return _user("eddie-editor", "editor")


@pytest.fixture
def staff(db):
    return _user("stella-staff", is_staff=True)


@pytest.fixture
def superuser(db):
    return User.objects.create_superuser("sam-super", "sam@example.org", "pw-for-tests-only")


@pytest.fixture
def outsider(db):
    """Logged in, but with no role."""
    return _user("olly-outsider")


@pytest.fixture
def make_source(db):
    from sources.models import Source

    def make(**fields):
        n = next(_seq)
        text = fields.pop("text", f"Article {n}. Officials said 1,000 people were counted.")
        fields.setdefault("url", f"https://news.example.org/story-{n}")
        fields.setdefault("title", f"Story {n}")
        fields.setdefault("publisher", "Example News")
        source = Source(**fields)
        source.set_text(text)
        source.save()
        return source

    return make


@pytest.fixture
def make_speaker(db):
    from claims.models import Speaker
    from claims.services import unique_slug

    def make(name=None, **fields):
        name = name or f"Speaker {next(_seq)}"
        fields.setdefault("slug", unique_slug(Speaker, name, fallback="speaker"))
        return Speaker.objects.create(name=name, **fields)

    return make


@pytest.fixture
def make_statistic(db):
    from claims.models import Statistic

    def make(name=None, **fields):
        n = next(_seq)
        name = name or f"Statistic {n}"
        fields.setdefault("slug", f"statistic-{n}")
        fields.setdefault("unit", "apprehensions")
        return Statistic.objects.create(name=name, **fields)

    return make


@pytest.fixture
def make_claim(db, make_source):
    from claims.models import Claim

    def make(value="1000", qualifier=None, **fields):
        if "source" not in fields:
            fields["source"] = make_source()
        fields.setdefault("quote", f"Officials said {value} people were counted.")
        fields.setdefault("unit", "people")
        fields.setdefault("status", Claim.Status.PUBLISHED)
        claim = Claim(**fields)
        claim.set_figure(Decimal(str(value)), qualifier)
        claim.save()
        return claim

    return make


@pytest.fixture
def celery_eager():
    """Run queued tasks in the test process even when a broker is configured."""
    from factcheck.celery import app

    before = app.conf.task_always_eager
    app.conf.task_always_eager = True
    yield
    app.conf.task_always_eager = before


@pytest.fixture
def queued_tasks(celery_eager):
    """The Celery tasks that ran while a test runs, as (task name, args), in order.

    Tasks run eagerly here, so each one queued (on commit, by claims.queue) runs at once
    and is recorded by Celery's own task_prerun signal: what is seen is the task that
    really ran, with the arguments it really got.
    """
    from celery.signals import task_prerun

    seen = []

    def record(sender=None, task=None, args=None, **_):
        seen.append((task.name, tuple(args or ())))

    task_prerun.connect(record, weak=False)
    yield seen
    task_prerun.disconnect(record)


@pytest.fixture
def load_demo(db, celery_eager, django_capture_on_commit_callbacks):
    """Load the demo data as `manage.py load_demo` does, running the consistency checks its
    writes queue when they commit (eagerly, as without a broker)."""
    from django.core.management import call_command

    def load():
        with django_capture_on_commit_callbacks(execute=True):
            call_command("load_demo", verbosity=0)

    return load


# Ingestion fixtures: page_server, a real HTTP server on 127.0.0.1.
pytest_plugins = ["claims.tests.ingest_fixtures"]


@pytest.fixture
def api_for():
    """An API client signed in by token as any user (claims/api/tests: anonymous and outsider ones)."""
    from claims.api.tests.conftest import _client_for

    return _client_for


@pytest.fixture
def reviewer_api(reviewer, api_for):
    return api_for(reviewer)


@pytest.fixture
def editor_api(editor, api_for):
    return api_for(editor)
