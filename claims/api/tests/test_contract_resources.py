"""Response contract of /api/v1/sources/, /speakers/, /statistics/ and /evidence/: list and
detail documents compared whole. Sources, speakers and statistics are read as a reviewer:
the public sees only those a published claim uses (test_*_api.py shows that)."""
from datetime import date

from claims.api.tests.contract import API, page, source_doc, source_ref, ts
from claims.models import Evidence, Speaker, Statistic
from sources.models import Source


def test_sources_list_and_detail(reviewer_api, make_source):
    source = make_source(title="Border numbers", publisher="Wire", url="https://news.example.org/border",
                         authors=["A. Writer"], published_on=date(2024, 3, 1), text="Officials counted 1,000.")
    source = Source.objects.get(pk=source.pk)
    assert reviewer_api.get("/api/v1/sources/").json() == {"next": None, "results": [source_doc(source)]}
    response = reviewer_api.get(f"/api/v1/sources/{source.pk}/")
    assert response["ETag"] == f'"source-{source.pk}-v1"'
    assert response.json() == {**source_doc(source), "text": "Officials counted 1,000."}


def test_speakers_list_and_detail(reviewer_api, make_speaker):
    speaker = Speaker.objects.get(pk=make_speaker("Jane Doe", role="Governor", aliases=["J. Doe"]).pk)
    doc = {
        "id": speaker.pk, "api_url": f"{API}/speakers/{speaker.pk}/", "page_url": page("/speakers/jane-doe/"),
        "kind": "person", "name": "Jane Doe", "slug": "jane-doe", "role": "Governor", "aliases": ["J. Doe"],
        "same_as": "", "created_at": ts(speaker.created_at), "updated_at": ts(speaker.updated_at),
    }
    assert reviewer_api.get("/api/v1/speakers/").json() == {"next": None, "results": [doc]}
    response = reviewer_api.get(f"/api/v1/speakers/{speaker.pk}/")
    assert (response.json(), response["ETag"]) == (doc, f'"speaker-{speaker.pk}-v1"')


def test_statistics_list_and_detail(reviewer_api, make_statistic):
    statistic = Statistic.objects.get(pk=make_statistic(
        "Apprehensions", slug="apprehensions", definition="Border Patrol arrests.", place="US", measure="count",
        keywords=["apprehensions"],
    ).pk)
    doc = {
        "id": statistic.pk, "api_url": f"{API}/statistics/{statistic.pk}/",
        "page_url": page("/statistics/apprehensions/"), "name": "Apprehensions", "slug": "apprehensions",
        "definition": "Border Patrol arrests.", "unit": "apprehensions", "place": "US", "measure": "count",
        "keywords": ["apprehensions"], "created_at": ts(statistic.created_at), "updated_at": ts(statistic.updated_at),
    }
    assert reviewer_api.get("/api/v1/statistics/").json() == {"next": None, "results": [doc]}
    response = reviewer_api.get(f"/api/v1/statistics/{statistic.pk}/")
    assert (response.json(), response["ETag"]) == (doc, f'"statistic-{statistic.pk}-v1"')


def test_evidence_list_and_detail(anon_api, make_claim, make_source):
    claim, source = make_claim(), make_source(title="Series", publisher="CBP")
    evidence = Evidence.objects.create(claim=claim, source=source, stance="corroborates", value=894000,
                                       unit="apprehensions", note="Monthly series.")
    evidence = Evidence.objects.get(pk=evidence.pk)
    doc = {
        "id": evidence.pk, "api_url": f"{API}/evidence/{evidence.pk}/",
        "claim": {"id": claim.pk, "api_url": f"{API}/claims/{claim.pk}/"}, "source": source_ref(source),
        "stance": "corroborates", "value": "894000", "unit": "apprehensions", "note": "Monthly series.",
        "created_at": ts(evidence.created_at), "updated_at": ts(evidence.updated_at),
    }
    assert anon_api.get("/api/v1/evidence/").json() == {"next": None, "results": [doc]}
    response = anon_api.get(f"/api/v1/evidence/{evidence.pk}/")
    assert (response.json(), response["ETag"]) == (doc, f'"evidence-{evidence.pk}-v1"')
