"""/statistics/<slug>/feed/: an Atom feed of the claims published about one statistic."""
import xml.etree.ElementTree as ET

import pytest

from claims.models import Claim
from claims.tests.public_helpers import published_now

pytestmark = pytest.mark.django_db
ATOM = "{http://www.w3.org/2005/Atom}"


def _titles(response) -> list[str]:
    return [e.find(f"{ATOM}title").text for e in ET.fromstring(response.content).findall(f"{ATOM}entry")]


def test_it_lists_only_the_published_claims_about_the_statistic_newest_first(
        client, make_claim, make_statistic, make_speaker, settings):
    settings.SITE_NAME = "Checkers"
    payrolls = make_statistic("Payroll change", slug="payrolls")
    owens = make_speaker("Jason Owens")
    make_claim("336000", quote="Older", speaker=owens, statistic=payrolls, published_at=published_now(days_ago=2))
    make_claim("297000", quote="Newer", statistic=payrolls, published_at=published_now())
    make_claim("5", quote="Draft about payrolls", statistic=payrolls, status=Claim.Status.IN_REVIEW)
    make_claim("7", quote="Published about another statistic", statistic=make_statistic("Other"),
               published_at=published_now())
    original = make_claim("336000", quote="A duplicate", statistic=payrolls, published_at=published_now())
    make_claim("336000", quote="Folded duplicate", statistic=payrolls, duplicate_of=original,
               published_at=published_now())

    response = client.get("/statistics/payrolls/feed/")

    assert response.status_code == 200 and response["Content-Type"].startswith("application/atom+xml")
    root = ET.fromstring(response.content)
    assert root.find(f"{ATOM}title").text == "Checkers: claims about Payroll change"
    assert root.find(f"{ATOM}link").get("href").endswith("/statistics/payrolls/")
    body = response.content.decode()
    assert "Older" in body and "Newer" in body and "A duplicate" in body
    assert "Draft" not in body and "another statistic" not in body and "Folded" not in body
    assert _titles(response)[-1] == "Jason Owens: 336,000 people"


def test_a_statistic_without_published_claims_or_unknown_is_a_404(client, make_claim, make_statistic):
    drafts = make_statistic("Drafts only", slug="drafts-only")
    make_claim(statistic=drafts, status=Claim.Status.IN_REVIEW)
    assert client.get("/statistics/drafts-only/feed/").status_code == 404
    assert client.get("/statistics/no-such-thing/feed/").status_code == 404


def test_the_statistic_page_links_its_feed(client, make_claim, make_statistic):
    make_claim(statistic=make_statistic("Payroll change", slug="payrolls"), published_at=published_now())
    assert b'type="application/atom+xml" title="Claims about Payroll change" href="/statistics/payrolls/feed/"' in (
        client.get("/statistics/payrolls/").content)


@pytest.mark.parametrize("size", [1, 10])
def test_the_query_count_does_not_grow_with_claims(client, django_assert_num_queries, make_claim, make_statistic,
                                                   size):
    stat = make_statistic(slug="payrolls")
    for _ in range(size):
        make_claim(statistic=stat, published_at=published_now())
    with django_assert_num_queries(2):  # the statistic, its claims
        assert len(_titles(client.get("/statistics/payrolls/feed/"))) == size
