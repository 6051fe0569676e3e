"""schemathesis against the live schema: what the endpoints accept and return is what
/api/schema/ says.

Every operation, anonymously and with an editor's token, over the demo data, with every
check schemathesis has (server errors, undocumented statuses, content types, response
schemas and headers, schema-valid requests refused, schema-violating requests accepted,
missing required headers, unsupported methods, ignored authentication), on data that
fits the schema and data that does not (examples, coverage and fuzzing phases).

One check is narrowed: a request the schema calls valid may still be refused for a reason
no JSON Schema can state (UNSTATABLE): an id of a row that does not exist, a cursor not
taken from a next link, an If-Match that is not the row's ETag, or a rule between two
fields (a period's start and end, bounds and the value, a qualifier and the value's
precision), or a webhook target whose host does not resolve to a public address. A
refusal for anything else (a length, range, enum or format) fails the test.
"""
import re

import pytest
import schemathesis
from django.core.signals import request_finished, request_started
from django.db import close_old_connections
from hypothesis import HealthCheck, settings
from rest_framework.authtoken.models import Token
from rest_framework.settings import api_settings
from rest_framework.throttling import AnonRateThrottle, UserRateThrottle
from schemathesis.config import SchemathesisConfig
from schemathesis.specs.openapi import checks as openapi_checks

from claims.models import Finding, OfficialFigure
from factcheck.wsgi import application

CONFIG = SchemathesisConfig.from_dict({
    "generation": {"mode": "all", "max-examples": 5, "deterministic": True},
    "phases": {"examples": {"enabled": True}, "coverage": {"enabled": True}, "fuzzing": {"enabled": True}},
})
EXAMPLES = settings(max_examples=5, deadline=None, database=None, suppress_health_check=list(HealthCheck),
                    derandomize=True)

# Messages of refusals whose cause the schema cannot state (see the module's docstring).
UNSTATABLE = re.compile(
    r"object does not exist|This cursor is not valid|must not (start after|end before)|"
    r"bound must not be|has its (lower|upper) bound at the value|has no (upper|lower) bound|"
    r"needs more than \d+ decimal places|beyond what can be stored|"
    # a webhook target's host must resolve, now, to a public address (watch.targets)
    r"is not a public address|Could not resolve"
)


def refused_for_an_unstatable_reason(response) -> bool:
    if response.status_code == 412:  # an If-Match the schema cannot know
        return True
    if response.status_code != 400:
        return False
    fields = response.json().get("fields", {})
    return bool(fields) and all(UNSTATABLE.search(m) for messages in fields.values() for m in messages)


def valid_data_accepted(ctx, response, case):
    try:
        return openapi_checks.positive_data_acceptance(ctx, response, case)
    except AssertionError:
        if refused_for_an_unstatable_reason(response):
            return None
        raise


def all_checks():
    from schemathesis.checks import CHECKS, load_all_checks

    load_all_checks()
    chosen = [check for check in CHECKS.get_all() if check.__name__ != "positive_data_acceptance"]
    return [*chosen, valid_data_accepted]


schema = schemathesis.openapi.from_wsgi("/api/schema/?format=json", application, config=CONFIG)


@pytest.fixture(autouse=True)
def keep_the_test_connection():
    # Requests go straight to the WSGI app: like Django's test client, keep the request
    # signals from closing the connection that holds the test's transaction.
    request_started.disconnect(close_old_connections)
    request_finished.disconnect(close_old_connections)
    yield
    request_started.connect(close_old_connections)
    request_finished.connect(close_old_connections)


@pytest.fixture(scope="module")
def demo_data(django_db_setup, django_db_blocker):
    """The demo's claims, sources, speakers, statistics, evidence, official figures and
    findings (its consistency checks run), loaded once for the module in a transaction that
    is rolled back at its end; each test runs in a savepoint inside it."""
    from django.core.management import call_command
    from django.db import transaction
    from django.test import TestCase

    from factcheck.celery import app

    with django_db_blocker.unblock():
        atomic = transaction.atomic()
        atomic.__enter__()
        eager, app.conf.task_always_eager = app.conf.task_always_eager, True
        try:
            with TestCase.captureOnCommitCallbacks(execute=True):
                call_command("load_demo", verbosity=0)
        finally:
            app.conf.task_always_eager = eager
        yield
        transaction.set_rollback(True)
        atomic.__exit__(None, None, None)


@pytest.fixture(autouse=True)
def demo(demo_data, db, monkeypatch, settings):
    # No throttling mid-run; ingestion never fetches (no URL here resolves to an address it may fetch).
    rates = {**api_settings.DEFAULT_THROTTLE_RATES, "anon": "100000/minute", "user": "100000/minute"}
    monkeypatch.setattr(AnonRateThrottle, "THROTTLE_RATES", rates)
    monkeypatch.setattr(UserRateThrottle, "THROTTLE_RATES", rates)
    settings.INGEST_API_RATE = "100000/hour"


@schema.parametrize()
@EXAMPLES
def test_the_api_matches_its_schema_for_anonymous_clients(case):
    case.call_and_validate(checks=all_checks())


@schema.parametrize()
@EXAMPLES
def test_the_api_matches_its_schema_for_an_editor(case, editor):
    token, _ = Token.objects.get_or_create(user=editor)
    case.call_and_validate(checks=all_checks(), headers={"Authorization": f"Token {token.key}"})


@pytest.mark.parametrize("path", ["/api/v1/claims/{id}/findings/", "/api/v1/statistics/{id}/figures/",
                                  "/api/v1/statistics/{id}/releases/"])
def test_official_figures_and_their_releases_match_the_schema(path, editor):
    # Random ids rarely hit the rows with official figures: these cases ask for them, so
    # findings with official figures and releases are checked against the schema too.
    claim = Finding.objects.filter(figures__isnull=False).values_list("claim_id", flat=True).first()
    statistic = OfficialFigure.objects.values_list("statistic_id", flat=True).first()
    ident = claim if "claims" in path else statistic
    case = schema[path]["GET"].Case(path_parameters={"id": ident})
    token, _ = Token.objects.get_or_create(user=editor)  # the findings are proposals: a reviewer's to see
    response = case.call_and_validate(checks=all_checks(), headers={"Authorization": f"Token {token.key}"})
    assert response.status_code == 200 and len(response.json()["results"]) >= 2
