"""/api/v1/sources/: list, filters, ordering, create, update, delete, validation, roles."""
from datetime import date

import pytest

from sources.models import Source

LIST = "/api/v1/sources/"


def ids(response) -> list[int]:
    assert response.status_code == 200, response.content
    return [row["id"] for row in response.json()["results"]]


def test_a_source_lists_with_links_and_the_detail_adds_its_text_and_etag(reviewer_api, make_source):
    source = make_source(title="Border report", text="Agents counted 5 people.", published_on=date(2024, 1, 2))
    row = reviewer_api.get(LIST).json()["results"][0]
    assert row["title"] == "Border report" and row["published_on"] == "2024-01-02"
    assert row["api_url"] == f"http://testserver{LIST}{source.pk}/"
    assert "text" not in row
    response = reviewer_api.get(f"{LIST}{source.pk}/")
    assert response.json()["text"] == "Agents counted 5 people."
    assert response["ETag"] == f'"source-{source.pk}-v1"'


def test_it_filters_by_publisher_kind_and_publication_dates(reviewer_api, make_source):
    early = make_source(publisher="AP", published_on=date(2023, 5, 1), kind="report")
    late = make_source(publisher="Reuters", published_on=date(2024, 5, 1))
    assert ids(reviewer_api.get(LIST, {"publisher": "AP"})) == [early.pk]
    assert ids(reviewer_api.get(LIST, {"kind": "report"})) == [early.pk]
    assert ids(reviewer_api.get(LIST, {"published_after": "2024-01-01"})) == [late.pk]
    assert ids(reviewer_api.get(LIST, {"published_before": "2024-01-01"})) == [early.pk]


@pytest.mark.parametrize("param, value", [("kind", "blog"), ("published_after", "2024-13-45"), ("ordering", "title")])
def test_a_bad_filter_value_is_a_400_naming_the_parameter(anon_api, param, value):
    response = anon_api.get(LIST, {param: value})
    assert response.status_code == 400
    assert list(response.json()["fields"]) == [param]


def test_it_orders_by_publication_date(reviewer_api, make_source):
    a = make_source(published_on=date(2024, 1, 1))
    b = make_source(published_on=date(2022, 1, 1))
    assert ids(reviewer_api.get(LIST, {"ordering": "published_on"})) == [b.pk, a.pk]
    assert ids(reviewer_api.get(LIST, {"ordering": "-published_on", "page_size": 1})) == [a.pk]


def test_a_reviewer_creates_a_source_with_a_canonical_url_and_hashed_text(reviewer_api):
    response = reviewer_api.post(
        LIST,
        {"url": "https://News.example.org/a/?utm_source=x", "title": "A", "text": "Some text.", "authors": ["Ann"]},
        format="json",
    )
    assert response.status_code == 201, response.content
    source = Source.objects.get()
    assert source.url == "https://news.example.org/a"
    assert source.content_hash and response.json()["text"] == "Some text."


@pytest.mark.parametrize(
    "payload, field",
    [({"url": "not a url"}, "url"), ({"url": "ftp://example.org/x"}, "url"), ({"kind": "blog"}, "kind"),
     ({"published_on": "2024-02-30"}, "published_on"), ({"content_hash": "x"}, "content_hash"),
     ({"owner": "me"}, "owner"), ({"authors": "Ann"}, "authors")],
)
def test_invalid_input_is_a_400_naming_the_field(reviewer_api, payload, field):
    response = reviewer_api.post(LIST, {"title": "T", **payload}, format="json")
    assert response.status_code == 400
    assert field in response.json()["fields"]
    assert not Source.objects.exists()


def test_a_duplicate_url_is_a_409_on_url(reviewer_api, make_source):
    make_source(url="https://news.example.org/a")
    response = reviewer_api.post(LIST, {"url": "https://news.example.org/a/"}, format="json")
    assert response.status_code == 409  # valid input, but another source holds it
    assert response.json()["fields"] == {"url": ["A source with this URL already exists."]}


def test_a_text_another_source_holds_is_a_409_on_text(reviewer_api, make_source):
    make_source(text="Agents counted 4,500 crossings in May.")
    response = reviewer_api.post(LIST, {"url": "https://news.example.org/copy",
                                        "text": "Agents counted  4,500 crossings\nin May."}, format="json")
    assert response.status_code == 409  # one source per text, whitespace aside
    assert response.json()["fields"] == {"text": ["A source with this text already exists."]}
    assert Source.objects.count() == 1


def test_patch_and_put_update_a_source(reviewer_api, make_source):
    source = make_source(title="Old", publisher="AP")
    assert reviewer_api.patch(f"{LIST}{source.pk}/", {"title": "New"}, format="json").status_code == 200
    source.refresh_from_db()
    assert (source.title, source.publisher) == ("New", "AP")
    assert reviewer_api.put(f"{LIST}{source.pk}/", {"title": "Put", "publisher": "Reuters"},
                            format="json").status_code == 200
    source.refresh_from_db()
    assert (source.title, source.publisher) == ("Put", "Reuters")


def test_a_stale_if_match_is_a_412(reviewer_api, make_source):
    source = make_source(title="Old")
    response = reviewer_api.patch(f"{LIST}{source.pk}/", {"title": "New"}, format="json", HTTP_IF_MATCH='"source-1-1"')
    assert response.status_code == 412
    source.refresh_from_db()
    assert source.title == "Old"


def test_deleting_a_source_with_claims_is_a_409_and_without_is_a_204(reviewer_api, editor_api, make_source,
                                                                    make_claim):
    used, unused = make_claim().source, make_source()
    assert reviewer_api.delete(f"{LIST}{unused.pk}/").status_code == 403  # deleting sources is the editors'
    response = editor_api.delete(f"{LIST}{used.pk}/")
    assert response.status_code == 409
    assert response.json()["code"] == "conflict"
    assert editor_api.delete(f"{LIST}{unused.pk}/").status_code == 204
    assert list(Source.objects.all()) == [used]


def test_anonymous_and_roleless_clients_cannot_write(anon_api, outsider_api, make_source):
    source = make_source()
    assert anon_api.post(LIST, {"title": "x"}, format="json").status_code == 401
    assert outsider_api.patch(f"{LIST}{source.pk}/", {"title": "x"}, format="json").status_code == 403
    assert anon_api.delete(f"{LIST}{source.pk}/").status_code == 401


def test_a_missing_source_is_a_404(anon_api):
    assert anon_api.get(f"{LIST}987654/").json()["code"] == "not_found"


def test_list_and_detail_cost_the_same_queries_for_5_or_50_sources(anon_api, django_assert_num_queries, make_claim):
    sources = [make_claim().source for _ in range(50)]  # public: each has a published claim
    for size in (5, 50):
        with django_assert_num_queries(1):
            assert len(ids(anon_api.get(LIST, {"page_size": size}))) == size
    for source in (sources[0], sources[-1]):
        with django_assert_num_queries(1):
            assert anon_api.get(f"{LIST}{source.pk}/").status_code == 200


def test_anonymous_clients_see_only_sources_a_published_claim_uses(anon_api, reviewer_api, make_claim, make_source):
    public = make_claim(status="published").source
    hidden = make_claim(status="in_review").source
    unused = make_source()
    assert ids(anon_api.get(LIST)) == [public.pk]
    assert anon_api.get(f"{LIST}{hidden.pk}/").status_code == 404  # as /sources/<id>/ is
    assert sorted(ids(reviewer_api.get(LIST))) == sorted([public.pk, hidden.pk, unused.pk])
