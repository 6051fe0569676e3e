"""/api/v1/claims/{id}/findings/: what the consistency engine found, and reviewers deciding it."""
import datetime
from decimal import Decimal as D

import pytest

from claims.consistency import check_claim
from claims.models import Claim, Evidence, Finding, OfficialFigure

FY = dict(period_start=datetime.date(2023, 10, 1), period_end=datetime.date(2024, 9, 30))
LIST = "/api/v1/claims/"


def findings_url(claim) -> str:
    return f"{LIST}{claim.pk}/findings/"


def decide_url(finding, verb: str) -> str:
    return f"{LIST}{finding.claim_id}/findings/{finding.pk}/{verb}/"


def ids(response) -> list[int]:
    assert response.status_code == 200, response.content
    return [row["id"] for row in response.json()["results"]]


@pytest.fixture
def stat(make_statistic):
    return make_statistic("Apprehensions", unit="apprehensions", measure="count", keywords=["apprehensions"])


@pytest.fixture
def pair(make_claim, make_source, stat):
    """Two sources disagree about the fiscal year: each claim gets a proposed conflict."""
    first = make_claim("890000", "over", statistic=stat, unit="apprehensions", stated_on=datetime.date(2024, 2, 26),
                       source=make_source(publisher="Fox News"), **FY)
    second = make_claim("1100000", statistic=stat, unit="apprehensions", stated_on=datetime.date(2024, 3, 1),
                        source=make_source(publisher="Source B"), **FY)
    check_claim(claim_id=second.pk)
    return first, second


def conflict_on(claim) -> Finding:
    return Finding.objects.get(claim=claim, kind="conflicts")


# -- reading ---------------------------------------------------------------------------------

def test_a_finding_carries_its_kind_status_explanation_and_what_it_compares_against(reviewer_api, pair):
    first, second = pair
    finding = conflict_on(first)
    [row] = reviewer_api.get(findings_url(first)).json()["results"]
    other = reviewer_api.get(f"{LIST}{second.pk}/").json()
    del other["evidence"]
    assert row == {
        "id": finding.pk,
        "claim": {"id": first.pk, "api_url": f"http://testserver/api/v1/claims/{first.pk}/"},
        "kind": "conflicts",
        "status": "proposed",
        "score": None,
        "explanation": finding.explanation,
        "value": "1100000",
        "verdict": None,
        "statistic": None,
        "other_claim": other,  # the whole claim, as every endpoint shows a claim
        "official_figure": None,
        "official_figures": [],
        "releases": [],
        "decided_at": None,
        "created_at": finding.created_at.isoformat().replace("+00:00", "Z"),
    }
    assert "1.1 million" in row["explanation"]


def test_an_official_figure_finding_names_the_row_and_its_publisher(reviewer_api, make_claim, stat):
    official = OfficialFigure.objects.create(statistic=stat, value=D("2000000"), publisher="Statistics Office",
                                             url="https://stats.example.gov/a", **FY)
    claim = make_claim("890000", "over", statistic=stat, unit="apprehensions", **FY)
    check_claim(claim_id=claim.pk)
    rows = {row["kind"]: row for row in reviewer_api.get(findings_url(claim)).json()["results"]}
    assert rows["conflicts"]["official_figure"] == {
        "id": official.pk, "value": "2000000", "period_start": "2023-10-01", "period_end": "2024-09-30",
        "publisher": "Statistics Office", "url": "https://stats.example.gov/a",
    }
    assert rows["verdict"]["verdict"] == "false"
    # A row imported before releases were recorded is listed, with no release to link.
    assert [(f["id"], f["unit"], f["release"]) for f in rows["verdict"]["official_figures"]] == [
        (official.pk, "apprehensions", None)]
    assert rows["verdict"]["releases"] == []


def _stamp(moment) -> str:
    return moment.isoformat().replace("+00:00", "Z")


def _release(release) -> dict:
    return {"id": release.pk, "publisher": release.publisher, "title": release.title, "url": release.url,
            "released_on": release.released_on.isoformat(), "retrieved_at": _stamp(release.retrieved_at)}


def test_a_verdict_against_revised_figures_links_both_releases(reviewer_api, load_demo):
    load_demo()
    claim = Claim.objects.get(value=D("336000"))
    verdict = Finding.objects.get(claim=claim, kind="verdict")
    then = OfficialFigure.objects.select_related("release").get(value=D("336000"))
    now = OfficialFigure.objects.select_related("release").get(value=D("297000"))
    rows = {row["kind"]: row for row in reviewer_api.get(findings_url(claim)).json()["results"]}
    assert rows["verdict"] == {
        "id": verdict.pk,
        "claim": {"id": claim.pk, "api_url": f"http://testserver/api/v1/claims/{claim.pk}/"},
        "kind": "verdict",
        "status": "proposed",
        "score": None,
        "explanation": verdict.explanation,
        "value": "297000",
        "verdict": "accurate",
        "statistic": None,
        "other_claim": None,
        "official_figure": {
            "id": now.pk, "value": "297000", "period_start": "2023-09-01", "period_end": "2023-09-30",
            "publisher": "U.S. Bureau of Labor Statistics",
            "url": "https://www.bls.gov/news.release/archives/empsit_11032023.htm",
        },
        "official_figures": [
            {"id": then.pk, "period_start": "2023-09-01", "period_end": "2023-09-30", "value": "336000",
             "unit": "jobs", "publisher": "U.S. Bureau of Labor Statistics",
             "url": "https://www.bls.gov/news.release/archives/empsit_10062023.htm", "release": _release(then.release)},
            {"id": now.pk, "period_start": "2023-09-01", "period_end": "2023-09-30", "value": "297000",
             "unit": "jobs", "publisher": "U.S. Bureau of Labor Statistics",
             "url": "https://www.bls.gov/news.release/archives/empsit_11032023.htm", "release": _release(now.release)},
        ],
        "releases": [_release(then.release), _release(now.release)],
        "decided_at": None,
        "created_at": _stamp(verdict.created_at),
    }
    assert [r["title"] for r in rows["verdict"]["releases"]] == [
        "The Employment Situation — September 2023", "The Employment Situation — October 2023"]
    # The stance is on today's figure alone.
    assert [r["released_on"] for r in rows["conflicts"]["releases"]] == ["2023-11-03"]


def test_the_apprehensions_verdict_links_the_cbp_releases_it_was_judged_on(anon_api, editor_api, load_demo):
    load_demo()
    claim = Claim.objects.get(value=D("890000"))
    verdict = Finding.objects.get(claim=claim, kind="verdict")
    assert editor_api.post(decide_url(verdict, "accept")).status_code == 200  # readers see accepted findings
    [row] = [r for r in anon_api.get(findings_url(claim)).json()["results"] if r["kind"] == "verdict"]
    assert [(r["released_on"], r["url"]) for r in row["releases"]] == [
        ("2023-11-14", "https://www.cbp.gov/newsroom/national-media-release/cbp-releases-october-2023-monthly-update"),
        ("2024-01-26", "https://www.cbp.gov/newsroom/national-media-release/cbp-releases-december-2023-monthly-update"),
        ("2024-02-13", "https://www.cbp.gov/newsroom/national-media-release/cbp-releases-january-2024-monthly-update"),
        ("2025-09-20", "https://www.cbp.gov/document/stats/southwest-land-border-encounters"),
    ]
    assert {r["publisher"] for r in row["releases"]} == {"U.S. Customs and Border Protection"}
    assert len(row["official_figures"]) == 9
    assert all(f["release"]["id"] in {r["id"] for r in row["releases"]} for f in row["official_figures"])


def test_a_statistic_proposal_carries_its_score_and_the_statistic(reviewer_api, make_claim, stat):
    claim = make_claim("890000", "over", unit="apprehensions", **FY)
    check_claim(claim_id=claim.pk)
    [row] = reviewer_api.get(findings_url(claim)).json()["results"]
    assert row["kind"] == "statistic" and 0 < row["score"] <= 1
    assert (row["statistic"]["id"], row["statistic"]["slug"]) == (stat.pk, stat.slug)


def test_readers_see_only_accepted_findings_of_published_claims(anon_api, outsider_api, reviewer_api, reviewer,
                                                                 pair, make_claim):
    first, second = pair
    accepted, proposed = conflict_on(first), conflict_on(second)
    reviewer_api.post(decide_url(accepted, "accept"))
    for client in (anon_api, outsider_api):
        assert ids(client.get(findings_url(first))) == [accepted.pk]
        assert ids(client.get(findings_url(second))) == []
    assert ids(reviewer_api.get(findings_url(second))) == [proposed.pk]
    hidden = make_claim(status=Claim.Status.SUGGESTED)
    response = anon_api.get(findings_url(hidden))
    assert response.status_code == 404 and response.json() == {"message": "Not found.", "code": "not_found"}
    assert ids(reviewer_api.get(findings_url(hidden))) == []


def test_readers_do_not_see_a_finding_resting_on_a_claim_that_is_not_published(anon_api, reviewer_api, pair):
    # Its sentence names the other claim's publisher: it is hidden whole (claims.selectors.public_findings).
    first, second = pair
    finding = conflict_on(first)
    reviewer_api.post(decide_url(finding, "accept"))
    [shown] = anon_api.get(findings_url(first)).json()["results"]
    assert shown["other_claim"]["id"] == second.pk
    Claim.objects.filter(pk=second.pk).update(status=Claim.Status.IN_REVIEW)
    assert anon_api.get(findings_url(first)).json()["results"] == []
    [reviewed] = reviewer_api.get(findings_url(first)).json()["results"]
    assert reviewed["other_claim"]["id"] == second.pk


def test_an_unknown_claim_is_a_404_in_the_error_shape(anon_api, reviewer_api):
    assert anon_api.get(f"{LIST}987654/findings/").json()["code"] == "not_found"
    assert reviewer_api.post(f"{LIST}987654/findings/1/accept/").status_code == 404


def test_a_bad_ordering_is_a_400_naming_the_parameter(anon_api, pair):
    response = anon_api.get(findings_url(pair[0]), {"ordering": "stated_on"})
    assert response.status_code == 400 and list(response.json()["fields"]) == ["ordering"]


def test_listing_few_or_many_findings_costs_the_same_queries(
    reviewer_api, anon_api, django_assert_num_queries, make_claim, make_source, stat
):
    other_year = dict(period_start=datetime.date(2022, 10, 1), period_end=datetime.date(2023, 9, 30))
    few = make_claim("890000", "over", statistic=stat, unit="apprehensions", **other_year)
    make_claim("1100000", statistic=stat, unit="apprehensions", source=make_source(), **other_year)
    many = make_claim("500000", statistic=stat, unit="apprehensions", **FY)
    for n in range(12):
        make_claim(str(2000000 + n * 100000), statistic=stat, unit="apprehensions", source=make_source(), **FY)
    check_claim(claim_id=few.pk)
    check_claim(claim_id=many.pk)
    Finding.objects.filter(claim__in=[few, many]).update(status="accepted")
    assert len(ids(reviewer_api.get(findings_url(few)))) < len(ids(reviewer_api.get(findings_url(many))))
    for claim in (few, many):
        with django_assert_num_queries(2):
            assert anon_api.get(findings_url(claim)).status_code == 200
        with django_assert_num_queries(4):  # token, roles, the claim, the page
            assert reviewer_api.get(findings_url(claim)).status_code == 200


def test_official_figures_cost_one_query_for_a_page_however_many_they_are(
    anon_api, django_assert_num_queries, make_claim, stat
):
    import calendar

    from claims.consistency.releases import release_import

    claims = {}
    for months in (1, 12):
        year = 2019 + months
        rows = [dict(statistic=stat, period_start=datetime.date(year, m, 1),
                     period_end=datetime.date(year, m, calendar.monthrange(year, m)[1]), value=D(1000))
                for m in range(1, months + 1)]
        for n, row in enumerate(rows):  # one release a month: as many releases as figures
            release_import(publisher="Statistics Office", url=f"https://stats.example.gov/{months}/{n}",
                           released_on=datetime.date(2024, 1, 1), content=str(row), rows=[row])
        claims[months] = make_claim(str(1000 * months), statistic=stat, unit="apprehensions",
                                    period_start=rows[0]["period_start"], period_end=rows[-1]["period_end"])
        check_claim(claim_id=claims[months].pk)
    Finding.objects.filter(claim__in=claims.values()).update(status="accepted")
    for months, claim in claims.items():
        with django_assert_num_queries(3):  # the claim, the page, the figures and releases
            rows = anon_api.get(findings_url(claim)).json()["results"]
        assert {len(r["releases"]) for r in rows} == {months}


# -- deciding --------------------------------------------------------------------------------

def test_a_reviewer_accepts_a_conflict_and_the_evidence_is_linked(reviewer_api, reviewer, pair):
    first, second = pair
    finding = conflict_on(first)
    response = reviewer_api.post(decide_url(finding, "accept"))
    assert response.status_code == 200, response.content
    assert (response.json()["id"], response.json()["status"]) == (finding.pk, "accepted")
    assert response.json()["decided_at"]
    link = Evidence.objects.get(claim=first)
    assert (link.source, link.stance, link.value, link.added_by) == (second.source, "conflicts", D(1100000), reviewer)
    first.refresh_from_db()
    assert first.conflicting_count == 1


def test_a_reviewer_rejects_a_finding_and_nothing_is_linked(reviewer_api, pair):
    finding = conflict_on(pair[0])
    response = reviewer_api.post(decide_url(finding, "reject"))
    assert response.status_code == 200 and response.json()["status"] == "rejected"
    assert not Evidence.objects.exists()


def test_deciding_twice_is_a_409_and_changes_nothing(reviewer_api, pair):
    finding = conflict_on(pair[0])
    reviewer_api.post(decide_url(finding, "reject"))
    response = reviewer_api.post(decide_url(finding, "accept"))
    assert response.status_code == 409
    assert response.json() == {"message": "This finding was already rejected.", "code": "conflict"}
    assert Finding.objects.get(pk=finding.pk).status == "rejected" and not Evidence.objects.exists()


def test_only_editors_accept_a_verdict(reviewer_api, editor_api, make_claim, stat):
    OfficialFigure.objects.create(statistic=stat, value=D("2000000"), publisher="Statistics Office",
                                  url="https://stats.example.gov/a", **FY)
    claim = make_claim("890000", "over", statistic=stat, unit="apprehensions", **FY)
    check_claim(claim_id=claim.pk)
    verdict = Finding.objects.get(claim=claim, kind="verdict")
    response = reviewer_api.post(decide_url(verdict, "accept"))
    assert response.status_code == 403
    assert response.json() == {"message": "Only editors can set verdicts.", "code": "permission_denied"}
    claim.refresh_from_db()
    assert claim.verdict == ""
    assert editor_api.post(decide_url(verdict, "accept")).status_code == 200
    claim.refresh_from_db()
    assert claim.verdict == "false"


def test_readers_cannot_decide(anon_api, outsider_api, pair):
    finding = conflict_on(pair[0])
    assert anon_api.post(decide_url(finding, "accept")).status_code == 401
    response = outsider_api.post(decide_url(finding, "reject"))
    assert response.status_code == 403 and "reviewer or editor role" in response.json()["message"]
    assert Finding.objects.get(pk=finding.pk).status == "proposed"


def test_a_finding_of_another_claim_is_a_404(reviewer_api, pair):
    first, second = pair
    finding = conflict_on(first)
    response = reviewer_api.post(f"{LIST}{second.pk}/findings/{finding.pk}/accept/")
    assert response.status_code == 404
    assert Finding.objects.get(pk=finding.pk).status == "proposed"


def test_get_on_accept_is_a_405(reviewer_api, pair):
    response = reviewer_api.get(decide_url(conflict_on(pair[0]), "accept"))
    assert response.status_code == 405 and response.json()["code"] == "method_not_allowed"


# -- the claim filter ------------------------------------------------------------------------

def test_claims_filter_by_conflicting_figures(anon_api, reviewer_api, pair, make_claim):
    first, second = pair
    calm = make_claim()
    reviewer_api.post(decide_url(conflict_on(first), "accept"))
    # Readers count accepted conflicts; reviewers proposed ones too.
    assert ids(anon_api.get(LIST, {"has_conflicting_figures": "true"})) == [first.pk]
    assert set(ids(anon_api.get(LIST, {"has_conflicting_figures": "false"}))) == {second.pk, calm.pk}
    assert set(ids(reviewer_api.get(LIST, {"has_conflicting_figures": "true"}))) == {first.pk, second.pk}
    assert ids(reviewer_api.get(LIST, {"has_conflicting_figures": "false"})) == [calm.pk]


def test_a_rejected_conflict_does_not_count(reviewer_api, pair):
    first, second = pair
    reviewer_api.post(decide_url(conflict_on(first), "reject"))
    assert ids(reviewer_api.get(LIST, {"has_conflicting_figures": "true"})) == [second.pk]


def test_a_bad_has_conflicting_figures_is_a_400_naming_it(anon_api):
    response = anon_api.get(LIST, {"has_conflicting_figures": "maybe"})
    assert response.status_code == 400 and list(response.json()["fields"]) == ["has_conflicting_figures"]


def test_the_filter_costs_one_query_for_few_or_many_claims(anon_api, django_assert_num_queries, pair, make_claim,
                                                            settings):
    settings.PUBLIC_CACHE_SECONDS = 0  # claims are added below without the app's writes: count the uncached read
    for size in (5, 40):
        while Claim.objects.count() < size:
            make_claim()
        with django_assert_num_queries(1):
            anon_api.get(LIST, {"has_conflicting_figures": "false"})


def test_the_schema_documents_the_findings_endpoints(client, db):
    schema = client.get("/api/schema/", HTTP_ACCEPT="application/json").json()
    listing = schema["paths"]["/api/v1/claims/{id}/findings/"]["get"]
    assert {"200", "400", "404"} <= set(listing["responses"])
    accept = schema["paths"]["/api/v1/claims/{id}/findings/{finding_id}/accept/"]["post"]
    assert {"200", "401", "403", "404", "409"} <= set(accept["responses"])
    assert "/api/v1/claims/{id}/findings/{finding_id}/reject/" in schema["paths"]
    claim_filters = {p["name"] for p in schema["paths"]["/api/v1/claims/"]["get"]["parameters"]}
    assert "has_conflicting_figures" in claim_filters
    assert "FindingOut" in schema["components"]["schemas"]
