"""The public claim page: the claim as data, its evidence, ClaimReview JSON-LD, redirects and 404s."""
import datetime
import json
import re

import pytest
from django.test import override_settings

from claims.models import Appearance, Claim
from claims.tests.public_helpers import add_evidence, published_now

pytestmark = pytest.mark.django_db


def _json_ld(response) -> dict:
    html = response.content.decode()
    blocks = re.findall(r'<script type="application/ld\+json" nonce="([^"]+)">(.*?)</script>', html, re.S)
    assert len(blocks) == 1
    nonce, body = blocks[0]
    assert f"'nonce-{nonce}'" in response["Content-Security-Policy"]
    return json.loads(body)


@pytest.fixture
def claim(make_claim, make_speaker, make_statistic, make_source):
    speaker = make_speaker("Jason Owens", role="Chief, U.S. Border Patrol", same_as="https://www.wikidata.org/wiki/Q1")
    source = make_source(title="Agent kills bandit", publisher="Fox News", url="https://news.example.org/bortac",
                         published_on=datetime.date(2024, 3, 2))
    claim = make_claim("890000", "over", quote="Border Patrol has apprehended over 890,000 immigrants",
                       unit="apprehensions", speaker=speaker, source=source, statistic=make_statistic("Apprehensions"),
                       stated_on=datetime.date(2024, 3, 2), period_start=datetime.date(2023, 10, 1),
                       place="U.S. southwest border", figure_text="890,000", verdict="mostly_accurate",
                       verdict_explanation="The series gives 894,000.", published_at=published_now(),
                       reviewed_at=published_now())
    add_evidence(claim, make_source(title="Apprehension series", publisher="CBP"), "corroborates", value=894000,
                 note="Fiscal year to date.")
    add_evidence(claim, make_source(title="Rival tally", publisher="Think Tank"), "conflicts", value=800000)
    add_evidence(claim, make_source(title="Background piece", publisher="Explainer"), "context")
    Appearance.objects.create(claim=claim, source=make_source(title="Wire copy", publisher="AP"),
                              stated_on=datetime.date(2024, 3, 3))
    return claim


def test_it_shows_the_quote_the_figure_as_data_the_verdict_and_the_statistic(client, claim):
    response = client.get(claim.get_absolute_url())

    assert response.status_code == 200
    html = response.content.decode()
    assert "“Border Patrol has apprehended over 890,000 immigrants”" in html
    assert f'href="{claim.speaker.get_absolute_url()}">Jason Owens</a>, Chief, U.S. Border Patrol' in html
    assert '<time datetime="2024-03-02">2 March 2024</time>' in html
    assert f'href="{claim.source.get_absolute_url()}">Agent kills bandit</a> (Fox News)' in html
    for term, value in [("Value", "890,000 apprehensions"), ("Qualifier", "over"), ("Lower bound", "890,000"),
                        ("Upper bound", "900,000"), ("Unit", "apprehensions"), ("Period", "from 1 Oct 2023"),
                        ("Place", "U.S. southwest border")]:
        assert f"<dt>{term}</dt><dd>{value}</dd>" in html
    assert '<span class="badge verdict-mostly_accurate">Mostly accurate</span>' in html
    assert "The series gives 894,000." in html
    assert f'href="{claim.statistic.get_absolute_url()}">Apprehensions</a>' in html
    assert "Last reviewed" in html


def test_it_lists_evidence_under_its_stance_with_publisher_link_and_figure(client, claim):
    html = client.get(claim.get_absolute_url()).content.decode()

    corroborated = html[html.index("Corroborated by"):html.index("Contradicted by")]
    contradicted = html[html.index("Contradicted by"):html.index('id="context-heading"')]
    context = html[html.index('id="context-heading"'):html.index("Also repeated in")]
    assert "Apprehension series" in corroborated and "CBP" in corroborated
    assert "Gives <strong>894,000 apprehensions</strong>" in corroborated and "Fiscal year to date." in corroborated
    assert "Rival tally" in contradicted and "800,000 apprehensions" in contradicted
    assert "Background piece" in context and "Rival tally" not in context
    assert 'rel="nofollow noopener">original</a>' in corroborated
    assert "Wire copy" in html[html.index("Also repeated in"):]


def test_the_claim_review_json_ld_has_every_field(client, claim, settings):
    settings.SITE_NAME, settings.SITE_URL = "Checkers Inc", "https://checkers.example"

    data = _json_ld(client.get(claim.get_absolute_url()))

    assert data["@context"] == "https://schema.org" and data["@type"] == "ClaimReview"
    assert data["url"] == "https://checkers.example" + claim.get_absolute_url()
    assert data["claimReviewed"] == claim.quote
    assert data["datePublished"] == claim.published_at.date().isoformat()
    assert data["author"] == {"@type": "Organization", "name": "Checkers Inc", "url": "https://checkers.example"}
    assert data["reviewRating"] == {
        "@type": "Rating", "ratingValue": 4, "bestRating": 5, "worstRating": 1,
        "alternateName": "Mostly accurate", "ratingExplanation": "The series gives 894,000.",
    }
    item = data["itemReviewed"]
    assert item["@type"] == "Claim" and item["datePublished"] == "2024-03-02"
    assert item["author"]["@type"] == "Person" and item["author"]["name"] == "Jason Owens"
    assert item["author"]["sameAs"] == "https://www.wikidata.org/wiki/Q1"
    assert item["firstAppearance"]["url"] == "https://news.example.org/bortac"
    assert item["firstAppearance"]["publisher"]["name"] == "Fox News"
    assert [a["headline"] for a in item["appearance"]] == ["Wire copy"]


def test_an_organisation_speaker_is_an_organization_author(client, make_claim, make_speaker):
    claim = make_claim(speaker=make_speaker("Congress", kind="organisation"), published_at=published_now())
    author = _json_ld(client.get(claim.get_absolute_url()))["itemReviewed"]["author"]
    assert author == {"@type": "Organization", "name": "Congress"}


def test_a_markup_quote_is_escaped_in_the_page_and_inert_in_the_json_ld(client, make_claim):
    quote = '</script><script>alert(1)</script> over 5 & <!-- people'
    claim = make_claim(quote=quote, published_at=published_now())

    response = client.get(claim.get_absolute_url())

    html = response.content.decode()
    assert "<script>alert(1)</script>" not in html
    assert "&lt;/script&gt;&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert html.count("</script>") == 1
    assert _json_ld(response)["claimReviewed"] == quote


def test_it_has_open_graph_tags_and_a_canonical_link(client, claim, settings):
    settings.SITE_URL = "https://checkers.example"
    html = client.get(claim.get_absolute_url()).content.decode()
    assert '<meta property="og:title" content="Jason Owens: over 890,000 apprehensions (Mostly accurate)">' in html
    assert '<meta property="og:description" content="“Border Patrol has apprehended over 890,000 immigrants”' in html
    assert f'<link rel="canonical" href="https://checkers.example{claim.get_absolute_url()}">' in html


def test_the_id_alone_and_a_wrong_slug_redirect_permanently_to_the_right_url(client, claim):
    for url in (f"/claims/{claim.pk}/", f"/claims/{claim.pk}/some-old-words/"):
        response = client.get(url)
        assert response.status_code == 301 and response["Location"] == claim.get_absolute_url()


def test_a_duplicate_redirects_permanently_to_the_claim_it_repeats(client, claim, make_claim):
    duplicate = make_claim(quote="Over 890,000 immigrants apprehended", duplicate_of=claim)

    response = client.get(duplicate.get_absolute_url())

    assert response.status_code == 301 and response["Location"] == claim.get_absolute_url()


def test_a_duplicate_of_a_claim_that_is_not_public_is_not_found(client, make_claim):
    hidden = make_claim(quote="Hidden original", status=Claim.Status.IN_REVIEW)
    duplicate = make_claim(quote="Repeat", duplicate_of=hidden)
    assert client.get(duplicate.get_absolute_url()).status_code == 404


@pytest.mark.parametrize("status", [Claim.Status.SUGGESTED, Claim.Status.IN_REVIEW, Claim.Status.REJECTED])
def test_a_claim_that_is_not_published_is_not_found(client, make_claim, status):
    claim = make_claim(status=status)
    assert client.get(claim.get_absolute_url()).status_code == 404
    assert client.get(f"/claims/{claim.pk}/").status_code == 404


def test_a_missing_claim_is_not_found_with_the_site_404_page(client):
    response = client.get("/claims/999999/nothing/")
    assert response.status_code == 404
    assert "There is no public page here" in response.content.decode()


def test_it_refuses_writes(client, claim):
    assert client.post(claim.get_absolute_url()).status_code == 405


@override_settings(SITE_URL="https://checkers.example")
@pytest.mark.parametrize("size", [1, 8])
def test_the_query_count_does_not_grow_with_evidence_or_appearances(
    client, django_assert_num_queries, make_claim, make_speaker, make_source, size
):
    claim = make_claim(speaker=make_speaker(), published_at=published_now())
    for stance in ("corroborates", "conflicts", "context"):
        for _ in range(size):
            add_evidence(claim, make_source(), stance, value=1000)
    for _ in range(size):
        Appearance.objects.create(claim=claim, source=make_source())

    # the claim with speaker, source and statistic; its evidence; its appearances
    with django_assert_num_queries(6):  # and the official figures used, the correction notes, the corrections log
        response = client.get(claim.get_absolute_url())
    assert response.content.decode().count('class="source-title"') == 3 * size


def test_an_unrated_claim_without_a_speaker_has_no_rating_and_the_publisher_as_author(client, make_claim, make_source):
    claim = make_claim(source=make_source(publisher="Border Report", url=""), published_at=published_now())

    data = _json_ld(client.get(claim.get_absolute_url()))

    assert "reviewRating" not in data
    assert data["itemReviewed"]["author"] == {"@type": "Organization", "name": "Border Report"}
    # A source ingested without a URL is pointed to by its public page.
    assert data["itemReviewed"]["firstAppearance"]["url"].endswith(claim.source.get_absolute_url())
