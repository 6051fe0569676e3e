"""Fixtures shared by every test package: users by role and small data builders."""
import itertools
from decimal import Decimal

import pytest
from django.contrib.auth.models import Group, User

_seq = itertools.count(1)


def _user(username: str, group: str | None = None, **extra) -> User:
    user = User.objects.create_user(username=username, password="pw-for-tests-only", **extra)
    if group:
        user.groups.add(Group.objects.get(name=group))
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

    def make(name=None, **fields):
        name = name or f"Speaker {next(_seq)}"
        fields.setdefault("slug", Speaker.unique_slug(name))
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


# Ingestion fixtures: page_server, a real HTTP server on 127.0.0.1.
pytest_plugins = ["claims.tests.ingest_fixtures"]
