"""/corrections/feed/: the site-wide Atom feed of corrections to published claims."""
import xml.etree.ElementTree as ET
from decimal import Decimal

import pytest

from claims import services
from claims.feeds import FEED_SIZE
from claims.models import Claim

pytestmark = pytest.mark.django_db
ATOM = "{http://www.w3.org/2005/Atom}"


def _entries(response):
    return ET.fromstring(response.content).findall(f"{ATOM}entry")


def test_it_lists_corrections_of_published_claims_newest_first(client, make_claim, make_speaker, editor, settings):
    settings.SITE_NAME = "Checkers"
    claim = make_claim("890000", "over", unit="apprehensions", speaker=make_speaker("Jason Owens"))
    services.claim_update(claim=claim, user=editor, data={"verdict": "false"}, change_reason="First.")
    services.claim_update(claim=claim, user=editor, data={"value": Decimal(990000)}, change_reason="Second.")
    hidden = make_claim(quote="Later unpublished")
    services.claim_update(claim=hidden, user=editor, data={"verdict": "false"}, change_reason="Hidden reason.")
    services.claim_transition(claim=hidden, to_status=Claim.Status.IN_REVIEW, user=editor)

    response = client.get("/corrections/feed/")

    assert response.status_code == 200 and response["Content-Type"].startswith("application/atom+xml")
    root = ET.fromstring(response.content)
    assert root.find(f"{ATOM}title").text == "Checkers: corrections and updates"
    entries = _entries(response)
    assert [e.find(f"{ATOM}title").text for e in entries] == [
        "Figure corrected: Jason Owens, over 990,000 apprehensions",
        "Verdict corrected: Jason Owens, over 990,000 apprehensions",
    ]
    second, first = claim.corrections.all()
    assert entries[0].find(f"{ATOM}link").get("href").endswith(f"{claim.get_absolute_url()}#correction-{second.pk}")
    assert entries[0].find(f"{ATOM}summary").text == (
        "Changed from “over 890,000 apprehensions” to “over 990,000 apprehensions”. Why: Second.")
    assert entries[1].find(f"{ATOM}updated").text.startswith(first.changed_at.date().isoformat())
    assert b"Hidden reason" not in response.content


@pytest.mark.parametrize("size", [1, 6])
def test_the_query_count_does_not_grow_with_corrections(client, make_claim, editor, django_assert_num_queries, size):
    for n in range(size):
        claim = make_claim()
        services.claim_update(claim=claim, user=editor, data={"verdict": "false"}, change_reason=f"R{n}")
    with django_assert_num_queries(1):
        response = client.get("/corrections/feed/")
    assert len(_entries(response)) == min(size, FEED_SIZE)
