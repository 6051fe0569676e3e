"""schemathesis against the live schema: what the endpoints return is what /api/schema/ says.

Every operation, anonymously and with an editor's token, with schemathesis' checks for
server errors, undocumented status codes, content types and response schemas.
"""
import datetime

import pytest
import schemathesis
from django.core.signals import request_finished, request_started
from django.db import close_old_connections
from hypothesis import HealthCheck, settings
from rest_framework.authtoken.models import Token
from rest_framework.settings import api_settings
from rest_framework.throttling import AnonRateThrottle, UserRateThrottle
from schemathesis.checks import not_a_server_error
from schemathesis.specs.openapi.checks import (
    content_type_conformance,
    response_schema_conformance,
    status_code_conformance,
)

from claims.consistency import check_claim
from claims.consistency.releases import release_import
from claims.models import Evidence, Finding, OfficialFigure
from factcheck.wsgi import application

CHECKS = [not_a_server_error, status_code_conformance, content_type_conformance, response_schema_conformance]
EXAMPLES = settings(
    max_examples=10, deadline=None, database=None, suppress_health_check=list(HealthCheck), derandomize=True
)


# Loaded through the app itself, as a client would (the schema view touches no database).
schema = schemathesis.openapi.from_wsgi("/api/schema/?format=json", application)


@pytest.fixture(autouse=True)
def keep_the_test_connection():
    # Requests go straight to the WSGI app: like Django's test client, keep the request
    # signals from closing the connection that holds the test's transaction.
    request_started.disconnect(close_old_connections)
    request_finished.disconnect(close_old_connections)
    yield
    request_started.connect(close_old_connections)
    request_finished.connect(close_old_connections)


@pytest.fixture(autouse=True)
def some_rows(db, monkeypatch, make_claim, make_source, make_speaker, make_statistic):
    # Enough rows that lists are not empty and small ids exist; no throttling mid-run.
    rates = {**api_settings.DEFAULT_THROTTLE_RATES, "anon": "100000/minute", "user": "100000/minute"}
    monkeypatch.setattr(AnonRateThrottle, "THROTTLE_RATES", rates)
    monkeypatch.setattr(UserRateThrottle, "THROTTLE_RATES", rates)
    speaker, statistic = make_speaker("Jane Doe"), make_statistic()
    for n in range(3):
        claim = make_claim(str(1000 * (n + 1)), "over" if n else None, speaker=speaker, statistic=statistic)
        Evidence.objects.create(claim=claim, source=make_source(), stance="conflicts")
    # Official figures under two releases (one revising the other) and one without a release, so
    # /statistics/{id}/figures/ and /releases/ and the findings against them are not empty.
    month = dict(statistic=statistic, period_start=datetime.date(2024, 1, 1), period_end=datetime.date(2024, 1, 31))
    for day, value in ((13, 1500), (20, 2500)):
        release_import(publisher="Statistics Office", url=f"https://stats.example.gov/{day}",
                       released_on=datetime.date(2024, 2, day), content=str(value), rows=[{**month, "value": value}],
                       title="" if day == 20 else "January 2024")
    OfficialFigure.objects.create(statistic=statistic, period_start=datetime.date(2023, 12, 1),
                                  period_end=datetime.date(2023, 12, 31), value=900, publisher="Statistics Office",
                                  url="https://stats.example.gov/old")
    for value in ("1000", "2000"):
        claim = make_claim(value, speaker=speaker, statistic=statistic, stated_on=datetime.date(2024, 2, 15), **{
            k: month[k] for k in ("period_start", "period_end")})
        check_claim(claim_id=claim.pk)
    Finding.objects.update(status="accepted")


@schema.parametrize()
@EXAMPLES
def test_the_api_matches_its_schema_for_anonymous_clients(case):
    case.call_and_validate(checks=CHECKS)


@schema.parametrize()
@EXAMPLES
def test_the_api_matches_its_schema_for_an_editor(case, editor):
    token, _ = Token.objects.get_or_create(user=editor)
    case.call_and_validate(checks=CHECKS, headers={"Authorization": f"Token {token.key}"})


@pytest.mark.parametrize("path", ["/api/v1/claims/{id}/findings/", "/api/v1/statistics/{id}/figures/",
                                  "/api/v1/statistics/{id}/releases/"])
def test_official_figures_and_their_releases_match_the_schema(path):
    # Random ids rarely hit the rows above: these cases ask for them, so findings with
    # official figures, a figure without a release and a release without a title are checked.
    claim = Finding.objects.filter(figures__isnull=False).values_list("claim_id", flat=True).first()
    statistic = OfficialFigure.objects.values_list("statistic_id", flat=True).first()
    ident = claim if "claims" in path else statistic
    case = schema[path]["GET"].Case(path_parameters={"id": ident})
    response = case.call_and_validate(checks=CHECKS)
    assert response.status_code == 200 and len(response.json()["results"]) >= 2
