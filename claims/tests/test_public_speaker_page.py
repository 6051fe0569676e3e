"""The public speaker page: the speaker, their published claims and a tally of verdicts."""
import datetime

import pytest

from claims.models import Claim
from claims.tests.public_helpers import published_now
from claims.views import PAGE_SIZE

pytestmark = pytest.mark.django_db


def test_it_shows_the_speaker_their_claims_and_a_verdict_tally(client, make_speaker, make_claim):
    speaker = make_speaker("Jason Owens", role="Chief, U.S. Border Patrol", same_as="https://www.wikidata.org/wiki/Q1")
    for quote, verdict in [("First", "accurate"), ("Second", "accurate"), ("Third", "false"), ("Fourth", "")]:
        make_claim(quote=f"{quote} claim", speaker=speaker, verdict=verdict, published_at=published_now())
    make_claim(quote="Unpublished claim", speaker=speaker, status=Claim.Status.IN_REVIEW)
    make_claim(quote="Someone else's claim", speaker=make_speaker("Other"), published_at=published_now())

    response = client.get(speaker.get_absolute_url())

    assert response.status_code == 200
    html = response.content.decode()
    assert "<h1>Jason Owens</h1>" in html and "Chief, U.S. Border Patrol" in html
    assert 'href="https://www.wikidata.org/wiki/Q1"' in html
    for quote in ("First", "Second", "Third", "Fourth"):
        assert f"“{quote} claim”" in html
    assert "Unpublished claim" not in html and "Someone else" not in html
    tally = html[html.index('id="tally-heading"'):html.index('id="claims-heading"')]
    assert '<span class="badge verdict-accurate">Accurate</span> <span class="tally-count">2</span>' in tally
    assert '<span class="badge verdict-false">False</span> <span class="tally-count">1</span>' in tally
    assert '<span class="badge verdict-none">Not rated</span> <span class="tally-count">1</span>' in tally
    assert "Misleading" not in tally


def test_a_speaker_without_a_published_claim_is_not_found(client, make_speaker, make_claim):
    speaker = make_speaker("Quiet Person")
    make_claim(speaker=speaker, status=Claim.Status.SUGGESTED)
    make_claim(speaker=speaker, duplicate_of=make_claim(), status=Claim.Status.PUBLISHED)
    assert client.get(speaker.get_absolute_url()).status_code == 404
    assert client.get("/speakers/no-such-person/").status_code == 404


def test_names_and_roles_are_escaped(client, make_speaker, make_claim):
    speaker = make_speaker("<script>alert(1)</script>", role="<img src=x onerror=alert(2)>")
    make_claim(speaker=speaker, published_at=published_now())
    html = client.get(speaker.get_absolute_url()).content.decode()
    assert "<script>alert(1)" not in html and "<img src=x" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html and "&lt;img src=x onerror=alert(2)&gt;" in html


@pytest.mark.parametrize("size", [1, 10])
def test_the_query_count_does_not_grow_with_claims(client, django_assert_num_queries, make_speaker, make_claim,
                                                   make_statistic, size):
    speaker = make_speaker()
    for _ in range(size):
        make_claim(speaker=speaker, statistic=make_statistic(), verdict="false", published_at=published_now())
    # the speaker; the verdict tally; a page of their claims with sources
    with django_assert_num_queries(3):
        response = client.get(speaker.get_absolute_url())
    assert response.content.decode().count('class="claim-item"') == size


def test_many_claims_come_a_page_at_a_time_with_the_tally_over_all(client, make_speaker, make_claim):
    speaker = make_speaker()
    for n in range(PAGE_SIZE + 2):
        make_claim(quote=f"Claim number {n:02d}", speaker=speaker, verdict="false",
                   stated_on=datetime.date(2020, 1, 1) + datetime.timedelta(days=n), published_at=published_now())

    first = client.get(speaker.get_absolute_url()).content.decode()
    second = client.get(speaker.get_absolute_url(), {"page": "2"}).content.decode()

    assert first.count('class="claim-item"') == PAGE_SIZE and "Claim number 21" in first
    assert f'<span class="tally-count">{PAGE_SIZE + 2}</span>' in first and f"({PAGE_SIZE + 2})" in first
    assert '<a rel="next" href="?page=2">Older claims</a>' in first
    assert second.count('class="claim-item"') == 2 and "Claim number 00" in second
    assert client.get(speaker.get_absolute_url(), {"page": "3"}).status_code == 404
    bad = client.get(speaker.get_absolute_url(), {"page": "x"})
    assert bad.status_code == 400 and "page: give a whole number" in bad.content.decode()
