"""/api/v1/claims/?search=: ranked within the most recent matches, every match otherwise (claims.search)."""
import pytest

LIST = "/api/v1/claims/"


def ids(response) -> list[int]:
    assert response.status_code == 200, response.content
    return [row["id"] for row in response.json()["results"]]


@pytest.fixture
def matches(make_claim, monkeypatch):
    monkeypatch.setattr("claims.search.RANKED_CANDIDATES", 2)
    return [make_claim(quote=f"Tariffs rose {n} times.") for n in range(4)]


def test_best_first_it_ranks_the_most_recent_matches_and_pages_through_them(anon_api, matches):
    first = anon_api.get(LIST, {"search": "tariffs", "page_size": 1})
    second = anon_api.get(first.json()["next"])
    assert ids(first) + ids(second) and set(ids(first) + ids(second)) == {matches[2].pk, matches[3].pk}
    assert second.json()["next"] is None


def test_ordered_by_another_key_it_keeps_every_match(anon_api, matches):
    assert ids(anon_api.get(LIST, {"search": "tariffs", "ordering": "-id"})) == [c.pk for c in reversed(matches)]
    assert len(ids(anon_api.get(LIST, {"search": "tariffs", "ordering": "-rank"}))) == 2
