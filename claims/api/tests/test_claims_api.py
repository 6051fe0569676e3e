"""/api/v1/claims/: reading, filtering, searching, ordering, paging, exporting and writing claims."""
import csv
import io
import json
from datetime import date
from decimal import Decimal

import pytest

from claims.models import Claim, Evidence, StatusChange
from claims.services import refresh_evidence_counts

LIST = "/api/v1/claims/"


def detail(claim) -> str:
    return f"{LIST}{claim.pk}/"


def current(claim) -> str:
    """The claim's ETag now, for If-Match (a claim write without one is a 428)."""
    return Claim.objects.get(pk=claim.pk).etag


def ids(response) -> list[int]:
    assert response.status_code == 200, response.content
    return [row["id"] for row in response.json()["results"]]


def body(response) -> bytes:
    return b"".join(response.streaming_content)


@pytest.fixture
def valid_input(make_source, make_speaker):
    source, speaker = make_source(), make_speaker("Jane Doe")
    return {
        "quote": "Over 890,000 apprehensions so far this fiscal year.",
        "source": source.pk,
        "speaker": speaker.pk,
        "stated_on": "2024-03-01",
        "figure_text": "890,000",
        "value": "890000",
        "unit": "apprehensions",
        "qualifier": "over",
        "period_start": "2023-10-01",
        "period_end": "2024-02-29",
        "place": "United States",
    }


# -- reading ---------------------------------------------------------------------------------

def test_a_claim_carries_its_figure_as_data_and_what_it_refers_to(anon_api, make_claim, make_speaker, make_statistic):
    speaker, statistic = make_speaker("Jane Doe"), make_statistic("Apprehensions")
    claim = make_claim(
        "890000", "over", speaker=speaker, statistic=statistic, unit="apprehensions", stated_on=date(2024, 3, 1),
        period_start=date(2023, 10, 1), period_end=date(2024, 2, 29), place="US",
    )
    data = anon_api.get(LIST).json()["results"][0]
    assert data["id"] == claim.pk
    assert data["api_url"] == f"http://testserver{detail(claim)}"
    assert data["page_url"].endswith(claim.get_absolute_url())
    assert data["figure"] == {
        "text": "", "display": "over 890,000 apprehensions", "value": "890000", "unit": "apprehensions", "rate": "",
        "qualifier": "over", "lower_bound": "890000", "upper_bound": "900000",
        "period_start": "2023-10-01", "period_end": "2024-02-29", "place": "US",
    }
    assert data["speaker"]["name"] == "Jane Doe"
    assert data["speaker"]["page_url"].endswith(speaker.get_absolute_url())
    assert data["statistic"]["id"] == statistic.pk and data["statistic"]["name"] == "Apprehensions"
    assert data["source"]["id"] == claim.source_id and data["source"]["title"] == claim.source.title
    assert data["status"] == "published" and data["verdict"] is None
    assert data["evidence_counts"] == {"corroborates": 0, "conflicts": 0, "context": 0}
    assert data["has_conflict"] is False


def test_the_detail_groups_evidence_by_stance_and_has_an_etag(anon_api, make_claim, make_source):
    claim = make_claim()
    conflicting = Evidence.objects.create(claim=claim, source=make_source(), stance="conflicts", value=Decimal(5))
    Evidence.objects.create(claim=claim, source=make_source(), stance="context")
    response = anon_api.get(detail(claim))
    assert response.status_code == 200
    assert response["ETag"] == claim.etag
    evidence = response.json()["evidence"]
    assert [e["id"] for e in evidence["conflicts"]] == [conflicting.pk]
    assert evidence["conflicts"][0]["value"] == "5"
    assert len(evidence["context"]) == 1 and evidence["corroborates"] == []


def test_anonymous_clients_see_only_published_claims(anon_api, reviewer_api, make_claim):
    published, suggested = make_claim(), make_claim(status=Claim.Status.SUGGESTED)
    assert ids(anon_api.get(LIST)) == [published.pk]
    assert set(ids(reviewer_api.get(LIST))) == {published.pk, suggested.pk}


def test_an_unpublished_claim_is_a_404_to_anonymous_clients_and_signed_in_outsiders(
    anon_api, outsider_api, reviewer_api, make_claim
):
    claim = make_claim(status=Claim.Status.IN_REVIEW)
    for client in (anon_api, outsider_api):
        response = client.get(detail(claim))
        assert response.status_code == 404
        assert response.json() == {"message": "Not found.", "code": "not_found"}
        assert client.get(f"{detail(claim)}evidence/").status_code == 404
    assert reviewer_api.get(detail(claim)).status_code == 200


def test_a_missing_or_malformed_id_is_a_404_in_the_error_shape(anon_api):
    for url in (f"{LIST}987654/", f"{LIST}abc/", "/api/v1/no-such-thing/"):
        response = anon_api.get(url)
        assert response.status_code == 404, url
        assert response.json()["code"] == "not_found"


def test_a_claims_evidence_lists_at_its_own_url(anon_api, make_claim, make_source):
    claim, other = make_claim(), make_claim()
    mine = Evidence.objects.create(claim=claim, source=make_source(), stance="corroborates")
    Evidence.objects.create(claim=other, source=make_source(), stance="corroborates")
    response = anon_api.get(f"{detail(claim)}evidence/")
    assert ids(response) == [mine.pk]


# -- filters ---------------------------------------------------------------------------------

def test_it_filters_by_speaker_id_or_slug(anon_api, make_claim, make_speaker):
    jane = make_speaker("Jane Doe")
    hers, _ = make_claim(speaker=jane), make_claim()
    assert ids(anon_api.get(LIST, {"speaker": jane.pk})) == [hers.pk]
    assert ids(anon_api.get(LIST, {"speaker": jane.slug})) == [hers.pk]


def test_it_filters_by_source(anon_api, make_claim):
    claim, _ = make_claim(), make_claim()
    assert ids(anon_api.get(LIST, {"source": claim.source_id})) == [claim.pk]


def test_it_filters_by_statistic_id_or_slug(anon_api, make_claim, make_statistic):
    statistic = make_statistic()
    claim, _ = make_claim(statistic=statistic), make_claim()
    assert ids(anon_api.get(LIST, {"statistic": statistic.pk})) == [claim.pk]
    assert ids(anon_api.get(LIST, {"statistic": statistic.slug})) == [claim.pk]


def test_it_filters_by_status_and_verdict(reviewer_api, make_claim):
    accurate = make_claim(verdict="accurate")
    suggested = make_claim(status=Claim.Status.SUGGESTED)
    assert ids(reviewer_api.get(LIST, {"status": "suggested"})) == [suggested.pk]
    assert ids(reviewer_api.get(LIST, {"verdict": "accurate"})) == [accurate.pk]


def test_it_filters_by_unit_and_qualifier(anon_api, make_claim):
    over = make_claim("100", "over", unit="USD")
    exact = make_claim("100", None, unit="people")
    assert ids(anon_api.get(LIST, {"unit": "USD"})) == [over.pk]
    assert ids(anon_api.get(LIST, {"qualifier": "over"})) == [over.pk]
    assert ids(anon_api.get(LIST, {"qualifier": "none"})) == [exact.pk]


def test_it_filters_by_value_range(anon_api, make_claim):
    small, middle, large = make_claim("10"), make_claim("500"), make_claim("90000")
    assert ids(anon_api.get(LIST, {"value_min": "100", "value_max": "1000"})) == [middle.pk]
    assert set(ids(anon_api.get(LIST, {"value_max": "500"}))) == {small.pk, middle.pk}
    assert ids(anon_api.get(LIST, {"value_min": "10000"})) == [large.pk]


def test_it_filters_by_date_stated(anon_api, make_claim):
    early = make_claim(stated_on=date(2023, 1, 5))
    late = make_claim(stated_on=date(2024, 6, 1))
    assert ids(anon_api.get(LIST, {"stated_after": "2024-01-01"})) == [late.pk]
    assert ids(anon_api.get(LIST, {"stated_before": "2023-12-31"})) == [early.pk]


def test_it_filters_by_period_overlap(anon_api, make_claim):
    fiscal_2023 = make_claim(period_start=date(2022, 10, 1), period_end=date(2023, 9, 30))
    fiscal_2024 = make_claim(period_start=date(2023, 10, 1), period_end=date(2024, 9, 30))
    make_claim()  # no period: overlaps nothing
    assert ids(anon_api.get(LIST, {"period_from": "2023-09-01", "period_to": "2023-09-15"})) == [fiscal_2023.pk]
    assert ids(anon_api.get(LIST, {"period_from": "2024-01-01"})) == [fiscal_2024.pk]
    assert set(ids(anon_api.get(LIST, {"period_to": "2023-12-31"}))) == {fiscal_2023.pk, fiscal_2024.pk}


def test_it_filters_by_conflicting_evidence(anon_api, make_claim, make_source):
    disputed, calm = make_claim(), make_claim()
    Evidence.objects.create(claim=disputed, source=make_source(), stance="conflicts")
    refresh_evidence_counts([disputed.pk])
    assert ids(anon_api.get(LIST, {"has_conflict": "true"})) == [disputed.pk]
    assert ids(anon_api.get(LIST, {"has_conflict": "false"})) == [calm.pk]


@pytest.mark.parametrize(
    "param, value",
    [
        ("value_min", "abc"), ("value_max", "NaN"), ("stated_after", "2024-13-45"), ("stated_before", "yesterday"),
        ("period_from", "2024-02-30"), ("period_to", "x"), ("status", "great"), ("verdict", "maybe"),
        ("qualifier", "roughly"), ("has_conflict", "maybe"), ("source", "abc"), ("ordering", "quote"),
        ("page_size", "0"), ("cursor", "not-a-cursor"),
    ],
)
def test_a_bad_filter_value_is_a_400_naming_the_parameter(anon_api, param, value):
    response = anon_api.get(LIST, {param: value})
    assert response.status_code == 400
    data = response.json()
    assert data["code"] == "invalid"
    assert list(data["fields"]) == [param]
    assert param in data["message"]


# -- search, ordering, pagination ------------------------------------------------------------

def test_search_matches_quote_speaker_and_source_title(anon_api, make_claim, make_speaker, make_source):
    by_quote = make_claim(quote="Smuggling is a $13 billion-a-year industry.")
    by_speaker = make_claim(speaker=make_speaker("Senator Smuggling"))
    by_title = make_claim(source=make_source(title="Smuggling networks grow"))
    make_claim(quote="Nothing to see here.")
    found = ids(anon_api.get(LIST, {"search": "smuggling"}))
    assert set(found) == {by_quote.pk, by_speaker.pk, by_title.pk}


def test_search_results_can_still_be_filtered(anon_api, make_claim):
    match = make_claim("5", quote="Crossings rose sharply.", unit="crossings")
    make_claim("5", quote="Crossings fell.", unit="people")
    assert ids(anon_api.get(LIST, {"search": "crossings", "unit": "crossings"})) == [match.pk]


@pytest.mark.parametrize(
    "ordering, expected",
    [("value", ["b", "a", "c"]), ("-value", ["c", "a", "b"]), ("stated_on", ["a", "c", "b"]),
     ("-stated_on", ["b", "c", "a"]), ("created_at", ["a", "b", "c"]), ("-created_at", ["c", "b", "a"])],
)
def test_it_orders_by_value_date_stated_and_creation(anon_api, make_claim, ordering, expected):
    made = {
        "a": make_claim("500", stated_on=date(2023, 1, 1)),
        "b": make_claim("10", stated_on=date(2024, 1, 1)),
        "c": make_claim("9000", stated_on=date(2023, 6, 1)),
    }
    assert ids(anon_api.get(LIST, {"ordering": ordering})) == [made[k].pk for k in expected]


@pytest.mark.parametrize("ordering", ["-stated_on", "stated_on"])
def test_pages_follow_next_links_without_gaps_or_repeats_even_with_empty_dates(anon_api, make_claim, ordering):
    made = [make_claim(stated_on=date(2024, 1, 1 + n % 3) if n % 4 else None) for n in range(11)]
    seen, url = [], f"{LIST}?ordering={ordering}&page_size=3"
    while url:
        response = anon_api.get(url)
        assert response.status_code == 200
        assert len(response.json()["results"]) <= 3
        seen += [row["id"] for row in response.json()["results"]]
        url = response.json()["next"]
    # An empty date sorts as the smallest: last newest-first, first oldest-first.
    expected = sorted(made, key=lambda c: (c.stated_on or date.min, c.pk), reverse=ordering.startswith("-"))
    assert seen == [c.pk for c in expected]


def test_pages_stay_stable_while_claims_are_added(anon_api, make_claim):
    first_batch = [make_claim() for _ in range(4)]
    page1 = anon_api.get(LIST, {"page_size": 2}).json()
    make_claim()  # a new claim lands at the top; the next page is not shifted
    page2 = anon_api.get(page1["next"]).json()
    assert [r["id"] for r in page1["results"] + page2["results"]] == [c.pk for c in reversed(first_batch)]


def test_page_size_is_capped_at_the_maximum(anon_api, make_claim, settings):
    from claims.api.pagination import CursorPagination

    for _ in range(3):
        make_claim()
    CursorPagination.max_page_size, old = 2, CursorPagination.max_page_size
    try:
        assert len(ids(anon_api.get(LIST, {"page_size": 1000}))) == 2
    finally:
        CursorPagination.max_page_size = old


# -- export ----------------------------------------------------------------------------------

def test_csv_export_streams_every_filtered_claim_with_every_figure_field(anon_api, make_claim):
    wanted = [make_claim("890000", "over", unit="apprehensions") for _ in range(3)]
    make_claim("5", unit="people")
    make_claim("7", unit="apprehensions", status=Claim.Status.SUGGESTED)  # not public
    response = anon_api.get(LIST, {"format": "csv", "unit": "apprehensions", "page_size": 1})
    assert response.status_code == 200
    assert response.streaming
    assert response["Content-Type"].startswith("text/csv")
    rows = list(csv.DictReader(io.StringIO(body(response).decode())))
    assert [int(r["id"]) for r in rows] == [c.pk for c in reversed(wanted)]
    assert rows[0]["value"] == "890000" and rows[0]["qualifier"] == "over"
    assert rows[0]["lower_bound"] == "890000" and rows[0]["upper_bound"] == "900000"
    assert {"period_start", "period_end", "place", "unit", "rate", "figure_text", "stated_on"} <= set(rows[0])


def test_csv_export_defuses_text_a_spreadsheet_would_run_as_a_formula(anon_api, make_claim):
    make_claim("-5", quote='=HYPERLINK("https://evil.example","5 people")', unit="people")
    response = anon_api.get(LIST, {"format": "csv"})
    (row,) = list(csv.DictReader(io.StringIO(body(response).decode())))
    assert row["quote"] == "'=HYPERLINK(\"https://evil.example\",\"5 people\")"
    assert row["value"] == "-5"  # numbers stay numbers


def test_ndjson_export_streams_one_claim_per_line(anon_api, make_claim):
    made = [make_claim() for _ in range(2)]
    response = anon_api.get(LIST, {"format": "ndjson"})
    lines = body(response).decode().splitlines()
    assert [json.loads(line)["id"] for line in lines] == [c.pk for c in reversed(made)]


def test_an_export_with_a_bad_filter_is_a_json_400(anon_api):
    response = anon_api.get(LIST, {"format": "csv", "value_min": "abc"})
    assert response.status_code == 400
    assert response.json()["fields"] == {
        "value_min": ['A number is required, written with ASCII digits and an optional point, e.g. "7.3".']
    }


# -- creating --------------------------------------------------------------------------------

def test_a_reviewer_creates_a_claim_with_implied_bounds_and_is_recorded_as_creator(
    reviewer_api, reviewer, valid_input
):
    response = reviewer_api.post(LIST, valid_input, format="json")
    assert response.status_code == 201, response.content
    claim = Claim.objects.get(pk=response.json()["id"])
    assert claim.created_by == reviewer
    assert claim.status == Claim.Status.SUGGESTED
    assert (claim.lower_bound, claim.upper_bound) == (Decimal(890000), Decimal(900000))
    assert response["ETag"] == claim.etag
    assert response.json()["figure"]["upper_bound"] == "900000"


def test_a_saved_claim_is_queued_for_a_consistency_check_on_commit(
    reviewer_api, valid_input, django_capture_on_commit_callbacks, queued_tasks
):
    with django_capture_on_commit_callbacks(execute=True):
        response = reviewer_api.post(LIST, valid_input, format="json")
    assert response.status_code == 201
    assert queued_tasks == [("claims.tasks.check_claim_consistency", (response.json()["id"],))]
    with django_capture_on_commit_callbacks(execute=True):
        assert reviewer_api.post(LIST, {**valid_input, "value": "x"}, format="json").status_code == 400
    assert len(queued_tasks) == 1  # nothing saved, nothing queued


def test_explicit_bounds_that_fit_are_kept(reviewer_api, valid_input):
    response = reviewer_api.post(LIST, {**valid_input, "lower_bound": "890000", "upper_bound": "895000"}, format="json")
    assert response.status_code == 201, response.content
    assert Claim.objects.get().upper_bound == Decimal(895000)


@pytest.mark.parametrize(
    "change, field",
    [
        ({"value": "abc"}, "value"),
        ({"value": "NaN"}, "value"),
        ({"value": "Infinity"}, "value"),
        ({"value": True}, "value"),
        ({"lower_bound": "900001"}, "lower_bound"),  # bounds that do not hold the value
        ({"upper_bound": "1"}, "upper_bound"),
        ({"lower_bound": "880000", "upper_bound": "900000"}, "lower_bound"),  # "over" starts at the value
        ({"qualifier": "at_least", "upper_bound": "990000"}, "upper_bound"),
        ({"qualifier": "roughly"}, "qualifier"),
        ({"period_start": "2024-05-01", "period_end": "2024-01-01"}, "period_start"),
        ({"period_end": "2024-02-30"}, "period_end"),
        ({"source": 987654}, "source"),
        ({"quote": ""}, "quote"),
        ({"colour": "red"}, "colour"),  # unknown field
        ({"id": 5}, "id"),  # read-only fields
        ({"created_at": "2024-01-01T00:00:00Z"}, "created_at"),
        ({"corroborating_count": 3}, "corroborating_count"),
    ],
)
def test_invalid_input_is_a_400_naming_the_field_and_nothing_is_written(reviewer_api, valid_input, change, field):
    response = reviewer_api.post(LIST, {**valid_input, **change}, format="json")
    assert response.status_code == 400, response.content
    data = response.json()
    assert field in data["fields"]
    assert field in data["message"]
    assert Claim.objects.count() == 0


def test_a_missing_required_field_is_named(reviewer_api, valid_input):
    del valid_input["unit"]
    response = reviewer_api.post(LIST, valid_input, format="json")
    assert response.status_code == 400
    assert response.json()["fields"] == {"unit": ["This field is required."]}


def test_malformed_json_is_a_400_in_the_error_shape(reviewer_api):
    response = reviewer_api.post(LIST, "{not json", content_type="application/json")
    assert response.status_code == 400
    assert response.json()["code"] == "parse_error"


def test_anonymous_clients_cannot_write_401(anon_api, valid_input):
    response = anon_api.post(LIST, valid_input, format="json")
    assert response.status_code == 401
    assert response.json()["code"] == "not_authenticated"
    assert response["WWW-Authenticate"] == "Token"


def test_signed_in_users_without_a_role_cannot_write_403(outsider_api, valid_input):
    response = outsider_api.post(LIST, valid_input, format="json")
    assert response.status_code == 403
    assert response.json() == {"message": "You need the reviewer or editor role to do this.",
                               "code": "permission_denied"}


def test_a_reviewer_cannot_set_a_verdict(reviewer_api, valid_input):
    response = reviewer_api.post(LIST, {**valid_input, "verdict": "false"}, format="json")
    assert response.status_code == 403
    assert "editors" in response.json()["message"].lower()
    assert Claim.objects.count() == 0


def test_an_editor_sets_a_verdict(editor_api, valid_input):
    response = editor_api.post(LIST, {**valid_input, "verdict": "misleading"}, format="json")
    assert response.status_code == 201
    assert response.json()["verdict"] == "misleading"


# -- updating --------------------------------------------------------------------------------

def test_patch_changes_only_what_is_sent_and_recomputes_implied_bounds(reviewer_api, make_claim):
    claim = make_claim("890000", "over", status=Claim.Status.IN_REVIEW, place="Texas")
    response = reviewer_api.patch(detail(claim), {"qualifier": "nearly"}, format="json", HTTP_IF_MATCH=current(claim))
    assert response.status_code == 200, response.content
    claim.refresh_from_db()
    assert claim.place == "Texas"
    assert (claim.lower_bound, claim.upper_bound) == (Decimal(880000), Decimal(890000))
    assert response["ETag"] == claim.etag


def test_put_needs_every_required_field(reviewer_api, make_claim, valid_input):
    claim = make_claim()
    partial = {"quote": "New words."}
    assert reviewer_api.put(detail(claim), partial, format="json", HTTP_IF_MATCH=current(claim)).status_code == 400
    response = reviewer_api.put(detail(claim), {**valid_input, "change_reason": "Misread."}, format="json",
                                HTTP_IF_MATCH=current(claim))
    assert response.status_code == 200, response.content
    claim.refresh_from_db()
    assert claim.quote == valid_input["quote"] and claim.value == Decimal(890000)


def test_patching_a_value_outside_kept_explicit_bounds_is_refused(reviewer_api, make_claim):
    claim = make_claim("100", None)
    response = reviewer_api.patch(detail(claim), {"value": "100", "upper_bound": "99"}, format="json",
                                  HTTP_IF_MATCH=current(claim))
    assert response.status_code == 400
    assert list(response.json()["fields"]) == ["upper_bound"]


def test_a_stale_if_match_is_a_412_and_nothing_changes(reviewer_api, make_claim):
    claim = make_claim(place="Texas")
    stale = claim.etag
    Claim.objects.filter(pk=claim.pk).update(place="Ohio")  # someone else's save
    claim.refresh_from_db()
    claim.save()
    response = reviewer_api.patch(detail(claim), {"place": "Utah"}, format="json", HTTP_IF_MATCH=stale)
    assert response.status_code == 412
    assert response.json()["code"] == "precondition_failed"
    claim.refresh_from_db()
    assert claim.place == "Ohio"


def test_a_current_if_match_lets_the_write_through(reviewer_api, make_claim):
    claim = make_claim()
    response = reviewer_api.patch(detail(claim), {"place": "Utah"}, format="json", HTTP_IF_MATCH=claim.etag)
    assert response.status_code == 200


@pytest.mark.parametrize("method", ["put", "patch", "delete"])
def test_a_write_without_if_match_is_a_428_saying_how_to_get_the_etag(editor_api, make_claim, valid_input, method):
    claim = make_claim(place="Texas", status=Claim.Status.SUGGESTED)
    data = {"put": valid_input, "patch": {"place": "Utah"}, "delete": None}[method]
    response = getattr(editor_api, method)(detail(claim), data, format="json")
    assert response.status_code == 428
    assert response.json() == {
        "message": "This write needs an If-Match header, so that it cannot overwrite a change you have not seen: "
        "GET the claim and send its ETag response header back as If-Match.",
        "code": "precondition_required",
    }
    assert Claim.objects.get(pk=claim.pk).place == "Texas"


def test_the_etag_follows_the_version_which_every_save_moves_on(reviewer_api, make_claim):
    claim = make_claim()
    first = reviewer_api.get(detail(claim))["ETag"]
    assert first == f'"claim-{claim.pk}-v1"' == claim.etag
    response = reviewer_api.patch(detail(claim), {"place": "Utah"}, format="json", HTTP_IF_MATCH=first)
    assert response["ETag"] == f'"claim-{claim.pk}-v2"'
    assert reviewer_api.get(detail(claim))["ETag"] == response["ETag"]


def test_the_etag_survives_a_dumpdata_loaddata_round_trip(reviewer_api, make_claim, tmp_path):
    from django.core import management

    claim = make_claim()
    reviewer_api.patch(detail(claim), {"place": "Utah"}, format="json", HTTP_IF_MATCH=claim.etag)
    before = reviewer_api.get(detail(claim))["ETag"]
    dump = tmp_path / "claims.json"
    management.call_command("dumpdata", "claims.claim", "sources.source", output=str(dump), verbosity=0)
    management.call_command("loaddata", str(dump), verbosity=0)
    assert reviewer_api.get(detail(claim))["ETag"] == before == f'"claim-{claim.pk}-v2"'


def test_a_reviewer_moves_a_claim_to_review_through_the_workflow(reviewer_api, reviewer, make_claim):
    claim = make_claim(status=Claim.Status.SUGGESTED)
    response = reviewer_api.patch(detail(claim), {"status": "in_review"}, format="json", HTTP_IF_MATCH=current(claim))
    assert response.status_code == 200
    change = StatusChange.objects.get(claim=claim)
    assert (change.from_status, change.to_status, change.by) == ("suggested", "in_review", reviewer)


def test_a_reviewer_cannot_publish_403_and_nothing_changes(reviewer_api, make_claim):
    claim = make_claim(status=Claim.Status.IN_REVIEW, place="Texas")
    response = reviewer_api.patch(detail(claim), {"status": "published", "place": "Utah"}, format="json",
                                  HTTP_IF_MATCH=current(claim))
    assert response.status_code == 403
    assert response.json()["code"] == "permission_denied"
    claim.refresh_from_db()
    assert (claim.status, claim.place) == ("in_review", "Texas")


def test_an_editor_publishes_and_the_time_is_recorded(editor_api, editor, make_claim):
    claim = make_claim(status=Claim.Status.IN_REVIEW)
    response = editor_api.patch(detail(claim), {"status": "published", "verdict": "accurate"}, format="json",
                                HTTP_IF_MATCH=current(claim))
    assert response.status_code == 200
    claim.refresh_from_db()
    assert claim.status == "published" and claim.verdict == "accurate"
    assert claim.status_changed_by == editor and claim.published_at is not None


def test_an_impossible_transition_is_a_409_and_nothing_changes(editor_api, make_claim):
    claim = make_claim(status=Claim.Status.SUGGESTED, place="Texas")
    response = editor_api.patch(detail(claim), {"status": "published", "place": "Utah"}, format="json",
                                HTTP_IF_MATCH=current(claim))
    assert response.status_code == 409
    assert response.json()["code"] == "conflict"
    claim.refresh_from_db()
    assert (claim.status, claim.place) == ("suggested", "Texas")


def test_a_reviewer_cannot_change_a_verdict(reviewer_api, make_claim):
    claim = make_claim(verdict="accurate")
    assert reviewer_api.patch(detail(claim), {"verdict": "false"}, format="json",
                              HTTP_IF_MATCH=current(claim)).status_code == 403
    # Sending the verdict it already has is no change, and is fine.
    assert reviewer_api.patch(detail(claim), {"verdict": "accurate"}, format="json",
                              HTTP_IF_MATCH=current(claim)).status_code == 200


def test_the_wrong_method_is_a_405_in_the_error_shape(reviewer_api, make_claim):
    response = reviewer_api.put(LIST, {}, format="json")
    assert response.status_code == 405
    assert response.json() == {"message": 'Method "PUT" not allowed.', "code": "method_not_allowed"}


# -- deleting --------------------------------------------------------------------------------

def test_a_reviewer_deletes_an_unpublished_claim(reviewer_api, make_claim):
    claim = make_claim(status=Claim.Status.SUGGESTED)
    assert reviewer_api.delete(detail(claim), HTTP_IF_MATCH=current(claim)).status_code == 204
    assert not Claim.objects.filter(pk=claim.pk).exists()


def test_only_an_editor_deletes_a_published_claim(reviewer_api, editor_api, make_claim):
    claim = make_claim()
    assert reviewer_api.delete(detail(claim), HTTP_IF_MATCH=current(claim)).status_code == 403
    assert Claim.objects.filter(pk=claim.pk).exists()
    assert editor_api.delete(detail(claim), HTTP_IF_MATCH=current(claim)).status_code == 204


def test_anonymous_clients_cannot_delete(anon_api, make_claim):
    claim = make_claim()
    assert anon_api.delete(detail(claim)).status_code == 401
    assert Claim.objects.filter(pk=claim.pk).exists()


def test_delete_with_a_stale_if_match_is_a_412(editor_api, make_claim):
    claim = make_claim()
    response = editor_api.delete(detail(claim), HTTP_IF_MATCH='"claim-0-0"')
    assert response.status_code == 412
    assert Claim.objects.filter(pk=claim.pk).exists()


# -- query counts ----------------------------------------------------------------------------

@pytest.mark.parametrize("client_name, expected", [("anon_api", 1), ("reviewer_api", 3)])
def test_listing_5_or_50_claims_costs_the_same_queries(
    request, django_assert_num_queries, make_claim, make_speaker, make_statistic, client_name, expected
):
    client = request.getfixturevalue(client_name)
    speaker, statistic = make_speaker(), make_statistic()
    for n in range(50):
        make_claim(speaker=speaker if n % 2 else None, statistic=statistic)
    for size in (5, 50):
        with django_assert_num_queries(expected):
            assert len(ids(client.get(LIST, {"page_size": size}))) == size
    with django_assert_num_queries(expected):
        assert client.get(LIST, {"page_size": 5, "search": "officials", "ordering": "-value"}).status_code == 200


def test_a_claims_detail_costs_the_same_queries_with_1_or_20_evidence(
    anon_api, django_assert_num_queries, make_claim, make_source
):
    few, many = make_claim(), make_claim()
    Evidence.objects.create(claim=few, source=make_source(), stance="context")
    for _ in range(20):
        Evidence.objects.create(claim=many, source=make_source(), stance="corroborates")
    for claim in (few, many):
        with django_assert_num_queries(2):
            assert anon_api.get(detail(claim)).status_code == 200
    for claim in (few, many):
        with django_assert_num_queries(2):
            assert anon_api.get(f"{detail(claim)}evidence/").status_code == 200
