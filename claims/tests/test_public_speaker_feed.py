"""/speakers/<slug>/feed/: an Atom feed of the claims published by one speaker."""
import xml.etree.ElementTree as ET

import pytest

from claims.models import Claim
from claims.tests.public_helpers import published_now

pytestmark = pytest.mark.django_db
ATOM = "{http://www.w3.org/2005/Atom}"


def test_it_lists_only_the_speakers_published_claims(client, make_claim, make_speaker, settings):
    settings.SITE_NAME = "Checkers"
    owens = make_speaker("Jason Owens", slug="jason-owens")
    make_claim("890000", "over", quote="Published by Owens", speaker=owens, published_at=published_now())
    make_claim(quote="Owens draft", speaker=owens, status=Claim.Status.SUGGESTED)
    make_claim(quote="Someone else", speaker=make_speaker("Other"), published_at=published_now())

    response = client.get("/speakers/jason-owens/feed/")

    assert response.status_code == 200 and response["Content-Type"].startswith("application/atom+xml")
    root = ET.fromstring(response.content)
    assert root.find(f"{ATOM}title").text == "Checkers: claims by Jason Owens"
    assert [e.find(f"{ATOM}title").text for e in root.findall(f"{ATOM}entry")] == ["Jason Owens: over 890,000 people"]
    assert b"draft" not in response.content and b"Someone else" not in response.content


def test_a_speaker_without_published_claims_or_unknown_is_a_404(client, make_claim, make_speaker):
    make_claim(speaker=make_speaker("Quiet", slug="quiet"), status=Claim.Status.IN_REVIEW)
    assert client.get("/speakers/quiet/feed/").status_code == 404
    assert client.get("/speakers/nobody/feed/").status_code == 404


def test_the_speaker_page_links_its_feed(client, make_claim, make_speaker):
    make_claim(speaker=make_speaker("Jason Owens", slug="jason-owens"), published_at=published_now())
    assert (b'title="Claims by Jason Owens" href="/speakers/jason-owens/feed/"'
            in client.get("/speakers/jason-owens/").content)
