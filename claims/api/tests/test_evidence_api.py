"""/api/v1/evidence/: evidence links, who added them, and the claim's tallies kept current."""
import pytest

from claims.models import Claim, Evidence

LIST = "/api/v1/evidence/"


def ids(response) -> list[int]:
    assert response.status_code == 200, response.content
    return [row["id"] for row in response.json()["results"]]


def test_anonymous_clients_see_evidence_of_published_claims_only(anon_api, reviewer_api, make_claim, make_source):
    public = Evidence.objects.create(claim=make_claim(), source=make_source(), stance="corroborates")
    hidden = Evidence.objects.create(
        claim=make_claim(status=Claim.Status.SUGGESTED), source=make_source(), stance="conflicts"
    )
    assert ids(anon_api.get(LIST)) == [public.pk]
    assert anon_api.get(f"{LIST}{hidden.pk}/").status_code == 404
    assert set(ids(reviewer_api.get(LIST))) == {public.pk, hidden.pk}


def test_it_filters_by_claim_source_and_stance(anon_api, make_claim, make_source):
    claim, source = make_claim(), make_source()
    a = Evidence.objects.create(claim=claim, source=source, stance="corroborates")
    b = Evidence.objects.create(claim=make_claim(), source=make_source(), stance="conflicts")
    assert ids(anon_api.get(LIST, {"claim": claim.pk})) == [a.pk]
    assert ids(anon_api.get(LIST, {"source": source.pk})) == [a.pk]
    assert ids(anon_api.get(LIST, {"stance": "conflicts"})) == [b.pk]
    assert list(anon_api.get(LIST, {"stance": "agrees"}).json()["fields"]) == ["stance"]
    assert list(anon_api.get(LIST, {"claim": "x"}).json()["fields"]) == ["claim"]


def test_it_orders_by_creation(anon_api, make_claim, make_source):
    first = Evidence.objects.create(claim=make_claim(), source=make_source(), stance="context")
    second = Evidence.objects.create(claim=make_claim(), source=make_source(), stance="context")
    assert ids(anon_api.get(LIST, {"ordering": "created_at"})) == [first.pk, second.pk]
    assert ids(anon_api.get(LIST)) == [second.pk, first.pk]


def test_adding_evidence_records_who_and_updates_the_claims_tallies(reviewer_api, reviewer, make_claim, make_source):
    claim = make_claim()
    response = reviewer_api.post(
        LIST, {"claim": claim.pk, "source": make_source().pk, "stance": "conflicts", "value": "6400000"}, format="json"
    )
    assert response.status_code == 201, response.content
    evidence = Evidence.objects.get()
    assert evidence.added_by == reviewer and evidence.value == 6400000
    assert response["ETag"] == evidence.etag
    claim.refresh_from_db()
    assert (claim.conflicting_count, claim.corroborating_count) == (1, 0)


def test_changing_and_removing_evidence_recounts(reviewer_api, make_claim, make_source):
    claim = make_claim(status="in_review")
    created = reviewer_api.post(LIST, {"claim": claim.pk, "source": make_source().pk, "stance": "conflicts"},
                                format="json")
    url = f"{LIST}{created.json()['id']}/"
    assert reviewer_api.patch(url, {"stance": "corroborates"}, format="json").status_code == 200
    claim.refresh_from_db()
    assert (claim.conflicting_count, claim.corroborating_count) == (0, 1)
    assert reviewer_api.put(url, {"claim": claim.pk, "source": created.json()["source"]["id"], "stance": "context"},
                            format="json").status_code == 200
    claim.refresh_from_db()
    assert claim.context_count == 1
    assert reviewer_api.delete(url).status_code == 204
    claim.refresh_from_db()
    assert (claim.conflicting_count, claim.corroborating_count, claim.context_count) == (0, 0, 0)


def test_only_editors_remove_evidence_from_a_published_claim(reviewer_api, editor_api, make_claim, make_source):
    claim = make_claim(status="published")
    created = reviewer_api.post(LIST, {"claim": claim.pk, "source": make_source().pk, "stance": "conflicts"},
                                format="json")
    url = f"{LIST}{created.json()['id']}/"
    refused = reviewer_api.delete(url)
    assert refused.status_code == 403
    assert refused.json()["message"] == "Only editors can remove evidence from a published claim."
    claim.refresh_from_db()
    assert claim.conflicting_count == 1
    assert editor_api.delete(url).status_code == 204
    claim.refresh_from_db()
    assert claim.conflicting_count == 0


@pytest.mark.parametrize(
    "change, field",
    [({"stance": "agrees"}, "stance"), ({"value": "inf"}, "value"), ({"claim": 987654}, "claim"),
     ({"added_by": 1}, "added_by"), ({"weight": 2}, "weight"), ({"source": None}, "source")],
)
def test_invalid_input_is_a_400_naming_the_field(reviewer_api, make_claim, make_source, change, field):
    payload = {"claim": make_claim().pk, "source": make_source().pk, "stance": "context", **change}
    response = reviewer_api.post(LIST, payload, format="json")
    assert response.status_code == 400
    assert field in response.json()["fields"]
    assert not Evidence.objects.exists()


def test_the_same_source_twice_on_a_claim_is_a_400_on_source(reviewer_api, make_claim, make_source):
    claim, source = make_claim(), make_source()
    Evidence.objects.create(claim=claim, source=source, stance="context")
    response = reviewer_api.post(LIST, {"claim": claim.pk, "source": source.pk, "stance": "conflicts"}, format="json")
    assert response.json()["fields"] == {"source": ["This source is already evidence for this claim."]}


def test_a_stale_if_match_is_a_412_and_the_tallies_stay(reviewer_api, make_claim, make_source):
    claim = make_claim()
    evidence = Evidence.objects.create(claim=claim, source=make_source(), stance="conflicts")
    response = reviewer_api.patch(f"{LIST}{evidence.pk}/", {"stance": "context"}, format="json", HTTP_IF_MATCH='"e"')
    assert response.status_code == 412
    evidence.refresh_from_db()
    assert evidence.stance == "conflicts"


def test_roles_bound_writes(anon_api, outsider_api, make_claim, make_source):
    payload = {"claim": make_claim().pk, "source": make_source().pk, "stance": "context"}
    assert anon_api.post(LIST, payload, format="json").status_code == 401
    assert outsider_api.post(LIST, payload, format="json").status_code == 403
    assert not Evidence.objects.exists()


def test_list_and_detail_cost_the_same_queries_for_5_or_50(anon_api, django_assert_num_queries, make_claim,
                                                           make_source):
    claim = make_claim()
    made = [Evidence.objects.create(claim=claim, source=make_source(), stance="context") for _ in range(50)]
    for size in (5, 50):
        with django_assert_num_queries(1):
            assert len(ids(anon_api.get(LIST, {"page_size": size}))) == size
    with django_assert_num_queries(1):
        assert anon_api.get(f"{LIST}{made[0].pk}/").status_code == 200
