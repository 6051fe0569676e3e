"""/api/v1/statistics/: editors define statistics; anyone reads them."""
import pytest

from claims.models import Statistic

LIST = "/api/v1/statistics/"


def ids(response) -> list[int]:
    assert response.status_code == 200, response.content
    return [row["id"] for row in response.json()["results"]]


def test_a_statistic_lists_with_its_links(reviewer_api, make_statistic):
    statistic = make_statistic("Apprehensions", keywords=["apprehensions"])
    row = reviewer_api.get(LIST).json()["results"][0]
    assert row["name"] == "Apprehensions" and row["keywords"] == ["apprehensions"]
    assert row["page_url"].endswith(statistic.get_absolute_url())
    assert reviewer_api.get(f"{LIST}{statistic.pk}/")["ETag"].startswith(f'"statistic-{statistic.pk}-')


def test_it_filters_by_unit_place_and_measure(reviewer_api, make_statistic):
    usd = make_statistic(unit="USD", place="US", measure="rate")
    make_statistic(unit="people")
    for params in ({"unit": "USD"}, {"place": "US"}, {"measure": "rate"}):
        assert ids(reviewer_api.get(LIST, params)) == [usd.pk]
    assert list(reviewer_api.get(LIST, {"measure": "vibe"}).json()["fields"]) == ["measure"]


def test_it_orders_by_name(reviewer_api, make_statistic):
    b, a = make_statistic("B"), make_statistic("A")
    assert ids(reviewer_api.get(LIST, {"ordering": "name"})) == [a.pk, b.pk]


def test_an_editor_creates_updates_and_deletes_a_statistic(editor_api, make_claim):
    response = editor_api.post(LIST, {"name": "Crossings", "slug": "crossings", "unit": "people"}, format="json")
    assert response.status_code == 201, response.content
    url = f"{LIST}{response.json()['id']}/"
    assert editor_api.patch(url, {"place": "US"}, format="json").json()["place"] == "US"
    assert editor_api.put(url, {"name": "C", "slug": "c", "unit": "people"}, format="json").status_code == 200
    claim = make_claim(statistic=Statistic.objects.get())
    assert editor_api.delete(url).status_code == 204
    claim.refresh_from_db()
    assert claim.statistic is None  # claims keep their figure; only the grouping goes


def test_reviewers_cannot_write_statistics(reviewer_api, make_statistic):
    statistic = make_statistic()
    response = reviewer_api.post(LIST, {"name": "X", "slug": "x", "unit": "people"}, format="json")
    assert response.status_code == 403
    assert response.json()["message"] == "You need the editor role to do this."
    assert reviewer_api.delete(f"{LIST}{statistic.pk}/").status_code == 403


@pytest.mark.parametrize(
    "payload, field",
    [({"unit": ""}, "unit"), ({"slug": "no slug"}, "slug"), ({"measure": "vibe"}, "measure"),
     ({"keywords": "x"}, "keywords"), ({"updated_at": "2024-01-01"}, "updated_at")],
)
def test_invalid_input_is_a_400_naming_the_field(editor_api, payload, field):
    response = editor_api.post(LIST, {"name": "X", "slug": "x", "unit": "people", **payload}, format="json")
    assert response.status_code == 400
    assert field in response.json()["fields"]


def test_a_stale_if_match_is_a_412(editor_api, make_statistic):
    statistic = make_statistic(place="US")
    response = editor_api.patch(f"{LIST}{statistic.pk}/", {"place": "UK"}, format="json", HTTP_IF_MATCH='"x"')
    assert response.status_code == 412
    statistic.refresh_from_db()
    assert statistic.place == "US"


def test_anonymous_writes_are_401_and_missing_ids_404(anon_api):
    assert anon_api.post(LIST, {"name": "X"}, format="json").status_code == 401
    assert anon_api.get(f"{LIST}987654/").status_code == 404


def test_list_and_detail_cost_the_same_queries_for_5_or_50(anon_api, django_assert_num_queries, make_statistic,
                                                            make_claim):
    statistics = [make_claim(statistic=make_statistic()).statistic for _ in range(50)]  # public, as above
    for size in (5, 50):
        with django_assert_num_queries(1):
            assert len(ids(anon_api.get(LIST, {"page_size": size}))) == size
    with django_assert_num_queries(1):
        assert anon_api.get(f"{LIST}{statistics[0].pk}/").status_code == 200


def test_anonymous_clients_see_only_statistics_of_published_claims(anon_api, editor_api, make_claim, make_statistic):
    public = make_claim(status="published", statistic=make_statistic()).statistic
    hidden = make_statistic()
    assert ids(anon_api.get(LIST)) == [public.pk]
    assert anon_api.get(f"{LIST}{hidden.pk}/").status_code == 404
    assert sorted(ids(editor_api.get(LIST))) == sorted([public.pk, hidden.pk])
