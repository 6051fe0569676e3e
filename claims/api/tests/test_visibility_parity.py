"""One visibility rule (issue 12, item 2): what anonymous readers and signed-in users
without a role get from the API is what the public pages show them, entity by entity;
and nothing that rests on an unpublished claim becomes public through a finding."""
import datetime
import json
from importlib import import_module

import pytest
from django.apps import apps as django_apps
from django.test import Client

from claims.consistency import check_claim, finding_accept
from claims.models import PUBLIC_TALLIES, Appearance, Claim, Evidence, Finding
from claims.services import (
    appearance_create,
    appearance_delete,
    claim_delete,
    claim_mark_duplicate,
    claim_transition,
    refresh_evidence_counts,
)

pytestmark = pytest.mark.django_db

S = Claim.Status
FY = dict(period_start=datetime.date(2023, 10, 1), period_end=datetime.date(2024, 9, 30))


@pytest.fixture
def world(make_claim, make_source, make_speaker, make_statistic):
    """Public and hidden sources, speakers and statistics: each hidden one is used only by
    claims that are not public (suggested, in review, rejected, a published duplicate)."""
    public = {"source": make_source(), "speaker": make_speaker("Ann Public"), "statistic": make_statistic("Seen")}
    original = make_claim(source=public["source"], speaker=public["speaker"], statistic=public["statistic"])
    hidden = {"source": [], "speaker": [], "statistic": []}
    for status in (S.SUGGESTED, S.IN_REVIEW, S.REJECTED, S.PUBLISHED):
        source, speaker, statistic = make_source(), make_speaker(f"Hidden {status}"), make_statistic(f"Hidden {status}")
        duplicate_of = original if status == S.PUBLISHED else None
        make_claim(source=source, speaker=speaker, statistic=statistic, status=status, duplicate_of=duplicate_of)
        hidden["source"].append(source)
        hidden["speaker"].append(speaker)
        hidden["statistic"].append(statistic)
    orphans = {"source": make_source(), "speaker": make_speaker("Nobody's"), "statistic": make_statistic("Unused")}
    return public, hidden, orphans


API = {"source": "/api/v1/sources/", "speaker": "/api/v1/speakers/", "statistic": "/api/v1/statistics/"}


def readers(outsider, outsider_api, anon_api):
    signed_in = Client()
    signed_in.force_login(outsider)
    return {"anonymous": (Client(), anon_api), "no role": (signed_in, outsider_api)}


@pytest.mark.parametrize("entity", ["source", "speaker", "statistic"])
@pytest.mark.parametrize("who", ["anonymous", "no role"])
def test_the_api_shows_each_entity_exactly_when_its_public_page_does(world, entity, who, outsider, outsider_api,
                                                                     anon_api):
    public, hidden, orphans = world
    page_client, api_client = readers(outsider, outsider_api, anon_api)[who]
    rows = [public[entity], *hidden[entity], orphans[entity]]
    for row in rows:
        page = page_client.get(row.get_absolute_url()).status_code
        api = api_client.get(f"{API[entity]}{row.pk}/").status_code
        assert (page, api) in ((200, 200), (404, 404)), (row, page, api)
        assert (page == 200) == (row == public[entity]), row
    listed = [r["id"] for r in api_client.get(API[entity]).json()["results"]]
    assert listed == [public[entity].pk]


def test_a_reviewer_sees_them_all(world, reviewer_api):
    public, hidden, orphans = world
    for entity, url in API.items():
        listed = {r["id"] for r in reviewer_api.get(url).json()["results"]}
        assert listed == {row.pk for row in [public[entity], *hidden[entity], orphans[entity]]}


# -- findings that compare a published claim with an unpublished one ----------------------------

@pytest.fixture
def conflict(make_claim, make_source, make_statistic, reviewer):
    """A published claim, and a conflicting one from "Secret Wire" still in review; the
    conflict the engine found on the published one, accepted by a reviewer."""
    stat = make_statistic("Apprehensions", unit="apprehensions", measure="count", keywords=["apprehensions"])
    published = make_claim("890000", "over", statistic=stat, unit="apprehensions", stated_on=datetime.date(2024, 2, 26),
                           source=make_source(publisher="Fox News"), **FY)
    hidden = make_claim("1100000", statistic=stat, unit="apprehensions", stated_on=datetime.date(2024, 3, 1),
                        source=make_source(publisher="Secret Wire", title="Leaked draft"), status=S.IN_REVIEW, **FY)
    check_claim(claim_id=hidden.pk)
    finding = Finding.objects.get(claim=published, kind=Finding.Kind.CONFLICTS)
    assert "Secret Wire" in finding.explanation
    finding_accept(finding_id=finding.pk, user=reviewer)
    return published, hidden, finding


def what_the_public_sees(client, api, published, hidden) -> dict:
    page = client.get(published.get_absolute_url())
    assert page.status_code == 200
    detail = api.get(f"/api/v1/claims/{published.pk}/").json()
    return {
        "source page": client.get(hidden.source.get_absolute_url()).status_code,
        "source api": api.get(f"/api/v1/sources/{hidden.source.pk}/").status_code,
        "sources listed": hidden.source.pk in [r["id"] for r in api.get("/api/v1/sources/").json()["results"]],
        "named on the claim page": "Secret Wire" in page.content.decode() or "Leaked draft" in page.content.decode(),
        "named in the api": "Secret Wire" in str(detail)
        or "Secret Wire" in str(api.get(f"/api/v1/claims/{published.pk}/findings/").json())
        or "Secret Wire" in str(api.get(f"/api/v1/claims/{published.pk}/evidence/").json())
        or "Secret Wire" in str(api.get("/api/v1/evidence/").json()),
        "has conflicting figures": published.pk in [
            r["id"] for r in api.get("/api/v1/claims/", {"has_conflicting_figures": "true"}).json()["results"]],
        # The tallies count what the reader is shown: never evidence hidden with the other claim.
        "counted in the api": detail["evidence_counts"]["conflicts"] == 1 and detail["has_conflict"],
        "listed as conflicting": published.pk in [
            r["id"] for r in api.get("/api/v1/claims/", {"has_conflict": "true"}).json()["results"]],
        "counted on the list page": "1 contradicts" in client.get("/claims/").content.decode(),
        "counted in the export": published.pk in [
            json.loads(line)["id"] for line in api.get("/api/v1/claims/", {"format": "ndjson"}).getvalue().splitlines()
            if json.loads(line)["has_conflict"]],
    }


def counts_agree(api, claim) -> bool:
    """The claim's tallies in the API are the evidence the API lists for it, stance by stance."""
    detail = api.get(f"/api/v1/claims/{claim.pk}/").json()
    return detail["evidence_counts"] == {stance: len(rows) for stance, rows in detail["evidence"].items()}


COUNTED = ("counted in the api", "listed as conflicting", "counted on the list page", "counted in the export")
HIDDEN = {"source page": 404, "source api": 404, "sources listed": False, "named on the claim page": False,
          "named in the api": False, "has conflicting figures": False} | dict.fromkeys(COUNTED, False)
SHOWN = {"source page": 200, "source api": 200, "sources listed": True, "named on the claim page": True,
         "named in the api": True, "has conflicting figures": True} | dict.fromkeys(COUNTED, True)


@pytest.mark.parametrize("who", ["anonymous", "no role"])
def test_an_accepted_conflict_does_not_make_the_unpublished_claims_source_public(conflict, who, outsider,
                                                                                 outsider_api, anon_api):
    published, hidden, _finding = conflict
    client, api = readers(outsider, outsider_api, anon_api)[who]
    assert what_the_public_sees(client, api, published, hidden) == HIDDEN
    assert counts_agree(api, published)


def test_reviewers_see_the_evidence_and_the_finding(conflict, reviewer_api):
    published, hidden, finding = conflict
    evidence = reviewer_api.get(f"/api/v1/claims/{published.pk}/evidence/").json()["results"]
    assert [e["source"]["id"] for e in evidence] == [hidden.source.pk]
    findings = reviewer_api.get(f"/api/v1/claims/{published.pk}/findings/").json()["results"]
    assert finding.pk in [f["id"] for f in findings]
    conflicting = reviewer_api.get("/api/v1/claims/", {"has_conflict": "true"}).json()["results"]
    assert [c["id"] for c in conflicting] == [published.pk]
    assert counts_agree(reviewer_api, published)


def test_publishing_the_other_claim_shows_it_all(conflict, editor, anon_api):
    published, hidden, _finding = conflict
    claim_transition(claim=hidden, to_status=S.PUBLISHED, user=editor)
    assert what_the_public_sees(Client(), anon_api, published, hidden) == SHOWN
    assert counts_agree(anon_api, published)


def test_unpublishing_the_other_claim_hides_it_again(conflict, editor, anon_api):
    published, hidden, _finding = conflict
    claim_transition(claim=hidden, to_status=S.PUBLISHED, user=editor)
    claim_transition(claim=hidden, to_status=S.IN_REVIEW, user=editor)
    assert what_the_public_sees(Client(), anon_api, published, hidden) == HIDDEN
    assert counts_agree(anon_api, published)


def test_a_published_claim_repeated_in_that_source_shows_the_evidence(conflict, editor, anon_api):
    published, hidden, _finding = conflict
    appearance_create(user=editor, data={"claim": published, "source": hidden.source, "quote": published.quote})
    assert what_the_public_sees(Client(), anon_api, published, hidden)["counted in the api"]
    assert counts_agree(anon_api, published)
    appearance_delete(appearance=Appearance.objects.get(source=hidden.source), user=editor)
    assert not what_the_public_sees(Client(), anon_api, published, hidden)["counted in the api"]


def test_deleting_or_marking_the_other_claim_keeps_the_counts_true(conflict, editor, make_claim, anon_api):
    published, hidden, _finding = conflict
    claim_transition(claim=hidden, to_status=S.PUBLISHED, user=editor)
    claim_mark_duplicate(claim=hidden, original=make_claim("1100000"), user=editor)  # off the public pages
    assert counts_agree(anon_api, published)
    assert not what_the_public_sees(Client(), anon_api, published, hidden)["counted in the api"]
    claim_delete(claim=hidden, user=editor)  # its finding goes with it: nothing hides the evidence now
    assert counts_agree(anon_api, published)
    assert what_the_public_sees(Client(), anon_api, published, hidden)["counted in the api"]


def test_the_finding_stays_hidden_when_the_claim_is_published_after_the_accept(make_claim, make_source,
                                                                             make_statistic, reviewer, editor,
                                                                             anon_api):
    stat = make_statistic("Apprehensions", unit="apprehensions", measure="count", keywords=["apprehensions"])
    first = make_claim("890000", "over", statistic=stat, unit="apprehensions", stated_on=datetime.date(2024, 2, 26),
                       source=make_source(publisher="Fox News"), status=S.IN_REVIEW, **FY)
    other = make_claim("1100000", statistic=stat, unit="apprehensions", stated_on=datetime.date(2024, 3, 1),
                       source=make_source(publisher="Secret Wire"), status=S.SUGGESTED, **FY)
    check_claim(claim_id=other.pk)
    finding_accept(finding_id=Finding.objects.get(claim=first, kind="conflicts").pk, user=reviewer)
    claim_transition(claim=first, to_status=S.PUBLISHED, user=editor)
    assert what_the_public_sees(Client(), anon_api, first, other) == HIDDEN


def test_the_migration_counts_the_claims_there_are_as_the_services_do(conflict, make_claim, make_source):
    published, hidden, _finding = conflict
    calm = make_claim("12", source=make_source())
    Evidence.objects.create(claim=calm, source=make_source(), stance="corroborates")
    refresh_evidence_counts([calm.pk])
    tallies = ("pk", "corroborating_count", "conflicting_count", *PUBLIC_TALLIES)
    counted = sorted(Claim.objects.values_list(*tallies))
    Claim.objects.update(**dict.fromkeys(PUBLIC_TALLIES, 0))
    import_module("claims.migrations.0016_public_tallies").count_public(django_apps, None)
    assert sorted(Claim.objects.values_list(*tallies)) == counted
    assert Claim.objects.get(pk=published.pk).public_conflicting_count == 0
    assert Claim.objects.get(pk=calm.pk).public_corroborating_count == 1
