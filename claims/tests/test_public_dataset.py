"""/data/claims.jsonl and /data/claimreview.json: the public dataset of published claims."""
import json
import re

import pytest

from claims import services
from claims.models import Appearance, Claim
from claims.tests.public_helpers import published_now

pytestmark = pytest.mark.django_db


def _body(response) -> bytes:
    assert response.status_code == 200 and response.streaming
    return b"".join(response.streaming_content)


def _page_json_ld(client, claim) -> dict:
    html = client.get(claim.get_absolute_url()).content.decode()
    [body] = re.findall(r'<script type="application/ld\+json" nonce="[^"]+">(.*?)</script>', html, re.S)
    return json.loads(body)


@pytest.fixture
def claims(make_claim, make_speaker, make_source, editor):
    published = make_claim("890000", "over", unit="apprehensions", speaker=make_speaker("Jason Owens"),
                           verdict="accurate", published_at=published_now(days_ago=1))
    Appearance.objects.create(claim=published, source=make_source(title="Wire copy"))
    services.claim_update(claim=published, user=editor, data={"verdict": "misleading"}, change_reason="Measure.")
    other = make_claim(quote="Another one", published_at=published_now())
    make_claim(quote="Not yet public", status=Claim.Status.IN_REVIEW)
    make_claim(quote="A duplicate", duplicate_of=other)
    return [published, other]


def test_claims_jsonl_streams_each_published_claim_as_the_api_shows_it(client, claims):
    response = client.get("/data/claims.jsonl")
    assert response["Content-Type"] == "application/x-ndjson; charset=utf-8"
    rows = [json.loads(line) for line in _body(response).splitlines()]
    assert [r["id"] for r in rows] == [c.pk for c in claims]
    listed = {r["id"]: r for r in client.get("/api/v1/claims/").json()["results"]}
    assert rows == [listed[c.pk] for c in claims]


def test_claimreview_json_is_a_data_feed_of_each_published_claims_claim_review(client, claims):
    feed = json.loads(_body(client.get("/data/claimreview.json")))
    assert (feed["@context"], feed["@type"]) == ("https://schema.org", "DataFeed")
    items = feed["dataFeedElement"]
    assert [i["@type"] for i in items] == ["DataFeedItem", "DataFeedItem"]
    for item, claim in zip(items, claims):
        expected = _page_json_ld(client, claim)
        del expected["@context"]
        assert item["item"] == [expected]
    assert items[0]["item"][0]["correction"][0]["text"] == "Verdict changed from “Accurate” to “Misleading”: Measure."


def test_an_empty_site_has_empty_files(client, db):
    assert _body(client.get("/data/claims.jsonl")) == b""
    assert json.loads(_body(client.get("/data/claimreview.json")))["dataFeedElement"] == []


@pytest.mark.parametrize("path, queries", [("/data/claims.jsonl", 1), ("/data/claimreview.json", 3)])
def test_the_query_count_does_not_grow_with_claims(client, make_claim, make_source, django_assert_num_queries,
                                                   path, queries):
    for _ in range(6):
        claim = make_claim(published_at=published_now())
        Appearance.objects.create(claim=claim, source=make_source())
    with django_assert_num_queries(queries):  # the claims; for the feed their appearances and corrections
        _body(client.get(path))


def test_they_refuse_writes(client, db):
    assert client.post("/data/claims.jsonl").status_code == 405
    assert client.post("/data/claimreview.json").status_code == 405
