"""Response contract of /api/v1/claims/: list, detail, evidence, findings and the NDJSON
export, each compared whole against a document written out here."""
import json
from datetime import date
from decimal import Decimal

import pytest

from claims.api.tests.contract import API, page, source_ref, ts
from claims.consistency import check_claim
from claims.models import Claim, Evidence, Finding
from claims.services import refresh_evidence_counts


@pytest.fixture
def claim(make_claim, make_source, make_speaker, make_statistic):
    speaker = make_speaker("Jane Doe", role="Governor")
    statistic = make_statistic("Southwest border apprehensions", slug="sw-apprehensions")
    source = make_source(title="Border numbers", publisher="Wire", url="https://news.example.org/border")
    made = make_claim(
        "890000", "over", quote="Over 890,000 apprehensions so far.", figure_text="890,000", quote_start=0,
        quote_end=33, figure_start=5, figure_end=12, speaker=speaker, statistic=statistic, source=source,
        unit="apprehensions", rate="a year", stated_on=date(2024, 3, 1), period_start=date(2023, 10, 1),
        period_end=date(2024, 2, 29), place="US", verdict="misleading", verdict_explanation="Counts differ.",
    )
    return Claim.objects.get(pk=made.pk)


def claim_doc(claim) -> dict:
    speaker, statistic = claim.speaker, claim.statistic
    return {
        "id": claim.pk,
        "api_url": f"{API}/claims/{claim.pk}/",
        "page_url": page(f"/claims/{claim.pk}/over-890000-apprehensions-so-far/"),
        "quote": "Over 890,000 apprehensions so far.",
        "quote_start": 0, "quote_end": 33, "figure_start": 5, "figure_end": 12,
        "figure": {
            "text": "890,000", "display": "over 890,000 apprehensions", "value": "890000", "unit": "apprehensions",
            "rate": "a year", "qualifier": "over", "lower_bound": "890000", "upper_bound": "900000",
            "period_start": "2023-10-01", "period_end": "2024-02-29", "place": "US",
        },
        "speaker": {"id": speaker.pk, "name": "Jane Doe", "slug": "jane-doe",
                    "api_url": f"{API}/speakers/{speaker.pk}/", "page_url": page("/speakers/jane-doe/")},
        "source": source_ref(claim.source),
        "statistic": {"id": statistic.pk, "name": "Southwest border apprehensions", "slug": "sw-apprehensions",
                      "api_url": f"{API}/statistics/{statistic.pk}/",
                      "page_url": page("/statistics/sw-apprehensions/")},
        "stated_on": "2024-03-01",
        "status": "published",
        "verdict": "misleading",
        "verdict_explanation": "Counts differ.",
        "evidence_counts": {"corroborates": claim.corroborating_count, "conflicts": claim.conflicting_count,
                            "context": claim.context_count},
        "has_conflict": claim.conflicting_count > 0,
        "published_at": ts(claim.published_at),
        "created_at": ts(claim.created_at),
        "updated_at": ts(claim.updated_at),
    }


def evidence_doc(evidence) -> dict:
    return {
        "id": evidence.pk, "api_url": f"{API}/evidence/{evidence.pk}/",
        "claim": {"id": evidence.claim_id, "api_url": f"{API}/claims/{evidence.claim_id}/"},
        "source": source_ref(evidence.source), "stance": evidence.stance,
        "value": None if evidence.value is None else format(evidence.value.normalize(), "f"),
        "unit": evidence.unit, "note": evidence.note,
        "created_at": ts(evidence.created_at), "updated_at": ts(evidence.updated_at),
    }


def test_the_list(anon_api, claim):
    assert anon_api.get("/api/v1/claims/").json() == {"next": None, "results": [claim_doc(claim)]}


def test_the_detail_with_its_evidence_and_etag(anon_api, claim, make_source):
    evidence = Evidence.objects.create(claim=claim, source=make_source(title="Rival", publisher="Other"),
                                       stance="conflicts", value=Decimal("1100000"), unit="apprehensions", note="FY")
    refresh_evidence_counts([claim.pk])
    claim.refresh_from_db()
    assert claim.conflicting_count == 1
    response = anon_api.get(f"/api/v1/claims/{claim.pk}/")
    assert response["ETag"] == f'"claim-{claim.pk}-v1"'
    expected = {**claim_doc(claim), "evidence": {"corroborates": [], "conflicts": [evidence_doc(evidence)],
                                                 "context": []}}
    assert response.json() == expected


def test_a_claims_evidence(anon_api, claim, make_source):
    evidence = Evidence.objects.create(claim=claim, source=make_source(), stance="context")
    assert anon_api.get(f"/api/v1/claims/{claim.pk}/evidence/").json() == {
        "next": None, "results": [evidence_doc(evidence)]
    }


def test_a_claims_findings_hold_the_other_claim_whole(reviewer_api, claim, make_claim, make_source):
    other = make_claim("1100000", statistic=claim.statistic, unit="apprehensions", period_start=claim.period_start,
                       period_end=claim.period_end, source=make_source())
    check_claim(claim_id=other.pk)
    finding = Finding.objects.get(claim=claim, kind="conflicts")
    other = Claim.objects.get(pk=other.pk)
    other_doc = reviewer_api.get(f"/api/v1/claims/{other.pk}/").json()
    del other_doc["evidence"]
    assert reviewer_api.get(f"/api/v1/claims/{claim.pk}/findings/").json() == {"next": None, "results": [{
        "id": finding.pk,
        "claim": {"id": claim.pk, "api_url": f"{API}/claims/{claim.pk}/"},
        "kind": "conflicts", "status": "proposed", "score": None, "explanation": finding.explanation,
        "value": "1100000", "verdict": None, "statistic": None,
        "other_claim": other_doc,
        "official_figure": None, "official_figures": [], "releases": [], "decided_at": None,
        "created_at": ts(finding.created_at),
    }]}
    assert other_doc["figure"]["value"] == "1100000" and other_doc["id"] == other.pk


def test_the_ndjson_export_has_one_list_document_per_line(anon_api, claim):
    response = anon_api.get("/api/v1/claims/", {"format": "ndjson"})
    lines = b"".join(response.streaming_content).decode().splitlines()
    assert [json.loads(line) for line in lines] == [claim_doc(claim)]
