"""The Atom feed of newly published claims."""
import xml.etree.ElementTree as ET

import pytest

from claims.feeds import FEED_SIZE
from claims.models import Claim
from claims.tests.public_helpers import published_now

pytestmark = pytest.mark.django_db
ATOM = "{http://www.w3.org/2005/Atom}"


def _entries(response):
    root = ET.fromstring(response.content)
    return root, root.findall(f"{ATOM}entry")


def test_it_is_an_atom_feed_of_published_claims_newest_first(client, make_claim, make_speaker, settings):
    settings.SITE_NAME = "Checkers"
    older = make_claim("890000", "over", quote="Older claim", unit="apprehensions", speaker=make_speaker("Jason Owens"),
                       verdict="accurate", published_at=published_now(days_ago=3))
    newer = make_claim(quote="Newer claim", published_at=published_now())
    make_claim(quote="Draft claim", status=Claim.Status.IN_REVIEW)

    response = client.get("/claims/feed/")

    assert response.status_code == 200 and response["Content-Type"].startswith("application/atom+xml")
    root, entries = _entries(response)
    assert root.find(f"{ATOM}title").text == "Checkers: newly published claims"
    assert [e.find(f"{ATOM}title").text for e in entries] == ["Example News: 1,000 people",
                                                              "Jason Owens: over 890,000 apprehensions"]
    assert entries[0].find(f"{ATOM}link").get("href").endswith(newer.get_absolute_url())
    assert entries[1].find(f"{ATOM}author/{ATOM}name").text == "Jason Owens"
    assert "“Older claim” Verdict: Accurate." in entries[1].find(f"{ATOM}summary").text
    assert entries[1].find(f"{ATOM}published").text.startswith(older.published_at.date().isoformat())
    assert b"Draft claim" not in response.content


def test_markup_in_a_quote_stays_text(client, make_claim):
    make_claim(quote="<script>alert(1)</script>", published_at=published_now())
    response = client.get("/claims/feed/")
    assert b"<script>" not in response.content
    _, entries = _entries(response)
    assert "<script>alert(1)</script>" in entries[0].find(f"{ATOM}summary").text


@pytest.mark.parametrize("size", [1, 10])
def test_the_query_count_does_not_grow_with_claims(client, django_assert_num_queries, make_claim, make_speaker, size):
    for _ in range(size):
        make_claim(speaker=make_speaker(), published_at=published_now())
    with django_assert_num_queries(1):
        response = client.get("/claims/feed/")
    assert len(_entries(response)[1]) == min(size, FEED_SIZE)
