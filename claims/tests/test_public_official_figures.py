"""The public pages show the official series: the statistic page's line and table, the claim
page's official figures with their releases, and a dated correction after a revision."""
import pytest
from django.utils.html import escape

from claims.consistency import finding_accept
from claims.consistency.releases import release_import
from claims.models import Claim, Finding, Statistic

pytestmark = pytest.mark.django_db


@pytest.fixture
def demo(load_demo):
    load_demo()


def test_the_statistic_page_draws_the_official_line_and_lists_the_official_figure(client, demo,
                                                                                  django_assert_max_num_queries):
    statistic = Statistic.objects.get(slug="usbp-southwest-border-apprehensions")
    with django_assert_max_num_queries(4):
        page = client.get(statistic.get_absolute_url()).content.decode()
    line = page[page.index('class="official-line" points="'):].split('"')[3].split()
    assert len(line) == 5  # October 2023 to February 2024, one point a month
    assert "Official series (U.S. Customs and Border Protection), one point a period" in page
    # Beside the 890,000 claim: the months done by 26 February and with February under way.
    assert "753,896 apprehensions to 894,540 apprehensions" in page
    assert "https://www.cbp.gov/newsroom/national-media-release/cbp-releases-february-2024-monthly-update" in page


def test_the_claim_page_shows_the_official_figures_used_and_a_dated_correction(client, demo, editor):
    claim = Claim.objects.get(value=336000)
    verdict = Finding.objects.get(claim=claim, kind="verdict")
    finding_accept(finding_id=verdict.pk, user=editor)
    page = client.get(claim.get_absolute_url()).content.decode()
    assert "Official figures used" in page
    assert "https://www.bls.gov/news.release/archives/empsit_10062023.htm" in page
    assert "The Employment Situation — September 2023" in page
    assert "Correction" not in page
    # A later release (the BLS's 8 December 2023 revision of September is not in the shipped data,
    # so this test publishes a second revision under a test URL of its own).
    statistic = claim.statistic
    release_import(publisher="U.S. Bureau of Labor Statistics", url="https://www.bls.gov/test-revision",
                   released_on=statistic.official_figures.latest("release__released_on").release.released_on,
                   content="test", rows=[dict(statistic=statistic, period_start=claim.period_start,
                                              period_end=claim.period_end, value=claim.value - 1)])
    revision = Finding.objects.get(claim=claim, kind="revision")
    assert "Correction" not in client.get(claim.get_absolute_url()).content.decode()  # proposed: not public
    finding_accept(finding_id=revision.pk, user=editor)
    page = client.get(claim.get_absolute_url()).content.decode()
    assert "Correction, <time" in page and escape(revision.explanation) in page


def test_the_claim_page_query_count_is_pinned(client, demo, django_assert_num_queries):
    claim = Claim.objects.get(value=890000)
    # the claim, its evidence, its appearances, the official figures used, the correction notes
    with django_assert_num_queries(5):
        assert client.get(claim.get_absolute_url()).status_code == 200
