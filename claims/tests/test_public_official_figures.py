"""The public pages show the official series: the statistic page's line and table, the claim
page's official figures with their releases, and a dated correction after a revision."""
import re

import pytest
from django.utils.html import escape

from claims.consistency import finding_accept
from claims.consistency.releases import release_import
from claims.models import Claim, Finding, Statistic

pytestmark = pytest.mark.django_db


@pytest.fixture
def demo(load_demo):
    load_demo()  # with the consistency checks its writes queue


def test_the_statistic_page_draws_the_official_line_and_lists_the_official_figure(client, demo,
                                                                                  django_assert_max_num_queries):
    statistic = Statistic.objects.get(slug="usbp-southwest-border-apprehensions")
    with django_assert_max_num_queries(5):
        page = client.get(statistic.get_absolute_url()).content.decode()
    line = page[page.index('class="official-line" points="'):].split('"')[3].split()
    assert len(line) == 47  # October 2021 to August 2025, one point a month
    assert "Official series (U.S. Customs and Border Protection), one point a period" in page
    # Beside the 890,000 claim: the months done by 26 February and with February under way, as CBP's
    # data file gives them now, with a link to that release.
    assert "753,810 apprehensions to 894,451 apprehensions" in page
    assert "https://www.cbp.gov/document/stats/southwest-land-border-encounters" in page


def test_the_claim_page_shows_the_official_figures_used_and_a_dated_correction(client, demo, editor):
    claim = Claim.objects.get(value=336000)
    verdict = Finding.objects.get(claim=claim, kind="verdict")
    finding_accept(finding_id=verdict.pk, user=editor)
    page = client.get(claim.get_absolute_url()).content.decode()
    assert "Official figures used" in page
    assert "https://www.bls.gov/news.release/archives/empsit_10062023.htm" in page
    assert "The Employment Situation — September 2023" in page
    assert "Correction, <time" not in page  # no revision note (the verdict it set is in the corrections log)
    # A later release (the BLS's 8 December 2023 revision of September is not in the shipped data,
    # so this test publishes a second revision under a test URL of its own).
    statistic = claim.statistic
    release_import(publisher="U.S. Bureau of Labor Statistics", url="https://www.bls.gov/test-revision",
                   released_on=statistic.official_figures.latest("release__released_on").release.released_on,
                   content="test", rows=[dict(statistic=statistic, period_start=claim.period_start,
                                              period_end=claim.period_end, value=claim.value - 1)])
    revision = Finding.objects.get(claim=claim, kind="revision")
    assert "Correction, <time" not in client.get(claim.get_absolute_url()).content.decode()  # proposed: not public
    finding_accept(finding_id=revision.pk, user=editor)
    page = client.get(claim.get_absolute_url()).content.decode()
    assert "Correction, <time" in page and escape(revision.explanation) in page


def test_the_claim_page_lists_each_release_used_with_the_figures_it_gave(client, demo, editor):
    claim = Claim.objects.get(value=890000)
    finding_accept(finding_id=Finding.objects.get(claim=claim, kind="verdict").pk, user=editor)
    page = client.get(claim.get_absolute_url()).content.decode()
    section = page[page.index('id="official-heading"'):page.index("</section>", page.index('id="official-heading"'))]
    assert "9 figures from 4 publications" in section
    releases = re.findall(r'<p class="source-title"><a href="([^"]+)" rel="external noopener">([^<]+)</a></p>\s*'
                          r'<p class="meta">([^,]+), released <time datetime="([0-9-]+)"', section)
    assert [(url.rsplit("/", 1)[-1], publisher, day) for url, _, publisher, day in releases] == [
        ("cbp-releases-october-2023-monthly-update", "U.S. Customs and Border Protection", "2023-11-14"),
        ("cbp-releases-december-2023-monthly-update", "U.S. Customs and Border Protection", "2024-01-26"),
        ("cbp-releases-january-2024-monthly-update", "U.S. Customs and Border Protection", "2024-02-13"),
        ("southwest-land-border-encounters", "U.S. Customs and Border Protection", "2025-09-20"),
    ]
    # The data file gave all five months summed; December 2023 as first published and as restated.
    assert section.count('<ul class="release-figures">') == 4
    assert "249,785 apprehensions" in section and "249,740 apprehensions" in section


def test_the_claim_page_query_count_is_pinned(client, demo, django_assert_num_queries):
    claim = Claim.objects.get(value=890000)
    # the claim, its evidence, its appearances, the official figures used, the correction notes, its corrections log
    with django_assert_num_queries(6):
        assert client.get(claim.get_absolute_url()).status_code == 200
