"""/api/v1/speakers/: list, filters, ordering, create, update, delete, validation, roles."""
import pytest

from claims.models import Speaker

LIST = "/api/v1/speakers/"


def ids(response) -> list[int]:
    assert response.status_code == 200, response.content
    return [row["id"] for row in response.json()["results"]]


def test_a_speaker_lists_with_its_links(reviewer_api, make_speaker):
    speaker = make_speaker("Jane Doe", aliases=["J. Doe"])
    row = reviewer_api.get(LIST).json()["results"][0]
    assert row["name"] == "Jane Doe" and row["aliases"] == ["J. Doe"]
    assert row["page_url"].endswith(speaker.get_absolute_url())
    assert reviewer_api.get(f"{LIST}{speaker.pk}/")["ETag"].startswith(f'"speaker-{speaker.pk}-')


def test_it_filters_by_kind_and_name(reviewer_api, make_speaker):
    jane = make_speaker("Jane Doe")
    agency = make_speaker("Border Agency", kind="organisation")
    assert ids(reviewer_api.get(LIST, {"kind": "organisation"})) == [agency.pk]
    assert ids(reviewer_api.get(LIST, {"name": "jane"})) == [jane.pk]
    assert reviewer_api.get(LIST, {"kind": "robot"}).json()["fields"].keys() == {"kind"}


def test_it_orders_by_name(reviewer_api, make_speaker):
    b, a = make_speaker("Bea"), make_speaker("Abe")
    assert ids(reviewer_api.get(LIST, {"ordering": "name"})) == [a.pk, b.pk]
    assert ids(reviewer_api.get(LIST, {"ordering": "-name"})) == [b.pk, a.pk]


def test_a_reviewer_creates_a_speaker_and_gets_a_unique_slug(reviewer_api, make_speaker):
    make_speaker("Jane Doe")
    response = reviewer_api.post(LIST, {"name": "Jane Doe", "same_as": "https://www.wikidata.org/wiki/Q1"},
                                 format="json")
    assert response.status_code == 201, response.content
    assert response.json()["slug"] == "jane-doe-2"


@pytest.mark.parametrize(
    "payload, field",
    [({"same_as": "nope"}, "same_as"), ({"kind": "robot"}, "kind"), ({"slug": "not a slug"}, "slug"),
     ({"name": ""}, "name"), ({"id": 3}, "id"), ({"party": "x"}, "party")],
)
def test_invalid_input_is_a_400_naming_the_field(reviewer_api, payload, field):
    response = reviewer_api.post(LIST, {"name": "Jane", **payload}, format="json")
    assert response.status_code == 400
    assert field in response.json()["fields"]
    assert not Speaker.objects.exists()


def test_a_taken_slug_is_a_400(reviewer_api, make_speaker):
    make_speaker("Jane", slug="jane")
    assert reviewer_api.post(LIST, {"name": "J", "slug": "jane"}, format="json").json()["fields"] == {
        "slug": ["This slug is taken."]
    }


def test_patch_put_and_stale_if_match(reviewer_api, make_speaker):
    speaker = make_speaker("Jane", role="Mayor")
    url = f"{LIST}{speaker.pk}/"
    etag = reviewer_api.get(url)["ETag"]
    assert reviewer_api.patch(url, {"role": "Governor"}, format="json", HTTP_IF_MATCH=etag).status_code == 200
    assert reviewer_api.patch(url, {"role": "Senator"}, format="json", HTTP_IF_MATCH=etag).status_code == 412
    assert reviewer_api.put(url, {"name": "Jane Q."}, format="json").status_code == 200
    speaker.refresh_from_db()
    assert (speaker.name, speaker.role) == ("Jane Q.", "Governor")


def test_deleting_a_speaker_with_claims_is_a_409(reviewer_api, editor_api, make_speaker, make_claim):
    quoted, quiet = make_speaker(), make_speaker()
    assert reviewer_api.delete(f"{LIST}{quiet.pk}/").status_code == 403  # deleting speakers is the editors'
    make_claim(speaker=quoted)
    assert editor_api.delete(f"{LIST}{quoted.pk}/").status_code == 409
    assert editor_api.delete(f"{LIST}{quiet.pk}/").status_code == 204


def test_roles_bound_writes(anon_api, outsider_api, make_speaker):
    speaker = make_speaker()
    assert anon_api.post(LIST, {"name": "x"}, format="json").status_code == 401
    assert outsider_api.delete(f"{LIST}{speaker.pk}/").status_code == 403
    assert anon_api.get(f"{LIST}987654/").status_code == 404


def test_list_and_detail_cost_the_same_queries_for_5_or_50(anon_api, django_assert_num_queries, make_speaker,
                                                            make_claim):
    speakers = [make_claim(speaker=make_speaker()).speaker for _ in range(50)]  # public: each has a published claim
    for size in (5, 50):
        with django_assert_num_queries(1):
            assert len(ids(anon_api.get(LIST, {"page_size": size}))) == size
    with django_assert_num_queries(1):
        assert anon_api.get(f"{LIST}{speakers[0].pk}/").status_code == 200


def test_anonymous_clients_see_only_speakers_of_published_claims(anon_api, reviewer_api, make_claim, make_speaker):
    public = make_claim(status="published", speaker=make_speaker()).speaker
    hidden = make_claim(status="suggested", speaker=make_speaker()).speaker
    assert ids(anon_api.get(LIST)) == [public.pk]
    assert anon_api.get(f"{LIST}{hidden.pk}/").status_code == 404
    assert sorted(ids(reviewer_api.get(LIST))) == sorted([public.pk, hidden.pk])
