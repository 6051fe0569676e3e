"""/api/v1/claims/{id}/changes/ and change_reason on claim writes: a published claim's corrections."""
from decimal import Decimal

import pytest

from claims import services
from claims.models import Claim, Correction

pytestmark = pytest.mark.django_db


def _url(claim, suffix="") -> str:
    return f"/api/v1/claims/{claim.pk}/{suffix}"


def _etag(claim) -> str:
    return Claim.objects.get(pk=claim.pk).etag


@pytest.fixture
def published(make_claim):
    return make_claim("890000", "over", unit="apprehensions", verdict="accurate", verdict_explanation="Checked.")


def test_a_patch_without_a_reason_is_a_400_naming_change_reason(editor_api, published):
    response = editor_api.patch(_url(published), {"verdict": "false"}, format="json", HTTP_IF_MATCH=_etag(published))
    assert response.status_code == 400
    assert list(response.json()["fields"]) == ["change_reason"]
    assert Claim.objects.get(pk=published.pk).verdict == "accurate" and not Correction.objects.exists()


def test_a_patch_with_a_reason_is_saved_and_listed_at_changes(editor_api, anon_api, published):
    response = editor_api.patch(_url(published), {"value": "990000", "change_reason": "Misread."}, format="json",
                                HTTP_IF_MATCH=_etag(published))
    assert response.status_code == 200, response.content
    assert "change_reason" not in response.json()  # write-only

    listed = anon_api.get(_url(published, "changes/"))
    assert listed.status_code == 200
    [row] = listed.json()["results"]
    correction = Correction.objects.get()
    assert row == {
        "id": correction.pk,
        "claim": {"id": published.pk, "api_url": f"http://testserver/api/v1/claims/{published.pk}/"},
        "changed_at": correction.changed_at.isoformat().replace("+00:00", "Z"),
        "field": "figure", "old": "over 890,000 apprehensions", "new": "over 990,000 apprehensions",
        "reason": "Misread.",
    }


def test_changes_list_newest_first(anon_api, published, editor):
    services.claim_update(claim=published, user=editor, data={"verdict": "false"}, change_reason="First.")
    services.claim_update(claim=published, user=editor, data={"value": Decimal(5)}, change_reason="Second.")
    rows = anon_api.get(_url(published, "changes/")).json()["results"]
    assert [r["reason"] for r in rows] == ["Second.", "First."]


def test_changes_of_an_unpublished_claim_are_a_404_to_the_public_and_listed_to_reviewers(
        anon_api, outsider_api, reviewer_api, published, editor):
    services.claim_update(claim=published, user=editor, data={"verdict": "false"}, change_reason="Why.")
    services.claim_transition(claim=published, to_status=Claim.Status.IN_REVIEW, user=editor)
    assert anon_api.get(_url(published, "changes/")).status_code == 404
    assert outsider_api.get(_url(published, "changes/")).status_code == 404
    assert len(reviewer_api.get(_url(published, "changes/")).json()["results"]) == 1


def test_changes_of_a_missing_claim_are_a_404(anon_api):
    assert anon_api.get("/api/v1/claims/999999/changes/").status_code == 404


def test_the_changes_query_count_is_fixed(anon_api, published, editor, django_assert_num_queries):
    for n in range(5):
        services.claim_update(claim=published, user=editor, data={"verdict_explanation": f"E{n}"},
                              change_reason=f"R{n}")
    with django_assert_num_queries(2):  # the claim's visibility, the page of corrections
        response = anon_api.get(_url(published, "changes/"))
    assert len(response.json()["results"]) == 5
