"""release_import: releases, the series as published on a day, then/now verdicts and revision findings.

Figures are the BLS's real ones for September 2023 (data/series/README.md): 336,000 in the
6 October 2023 release, revised to 297,000 on 3 November 2023.
"""
import datetime
from decimal import Decimal as D

import pytest

from claims.consistency import check_claim, finding_accept
from claims.consistency.releases import figures_as_published, release_import
from claims.models import Finding, OfficialFigure, Release

pytestmark = pytest.mark.django_db

SEP = (datetime.date(2023, 9, 1), datetime.date(2023, 9, 30))
OCT6, NOV3 = datetime.date(2023, 10, 6), datetime.date(2023, 11, 3)
BLS = "U.S. Bureau of Labor Statistics"


@pytest.fixture
def jobs(make_statistic):
    return make_statistic("Payroll change", slug="payrolls", unit="jobs", measure="count", measure_term="jobs")


def _release(stat, value, released_on, *, month=SEP):
    url = f"https://www.bls.gov/news.release/archives/empsit_{released_on:%m%d%Y}.htm"
    return release_import(publisher=BLS, url=url, released_on=released_on, content=f"{month}:{value}",
                          rows=[dict(statistic=stat, period_start=month[0], period_end=month[1], value=D(value))])


def _claim(make_claim, stat, **fields):
    return make_claim("336000", None, statistic=stat, unit="jobs", quote="Nonfarm payrolls increased by 336,000",
                      period_start=SEP[0], period_end=SEP[1], stated_on=OCT6, **fields)


def test_a_release_keeps_its_figures_and_the_series_can_be_rebuilt_for_any_day(jobs):
    _release(jobs, "336000", OCT6)
    _release(jobs, "297000", NOV3)
    assert Release.objects.count() == 2 and OfficialFigure.objects.count() == 2
    assert [f.value for f in figures_as_published(jobs, on=datetime.date(2023, 10, 31))] == [D(336000)]
    assert [f.value for f in figures_as_published(jobs)] == [D(297000)]
    assert figures_as_published(jobs, on=datetime.date(2023, 10, 5)) == []


def test_the_same_content_again_or_a_release_with_no_change_adds_nothing(jobs):
    first = _release(jobs, "336000", OCT6)
    assert _release(jobs, "336000", OCT6)["release_id"] == first["release_id"]
    # Other content (another URL) that gives the same figure: nothing new, no release.
    again = release_import(publisher=BLS, url="https://api.bls.gov/publicAPI/v2/timeseries/data/CES0000000001",
                           released_on=OCT6, content="other bytes",
                           rows=[dict(statistic=jobs, period_start=SEP[0], period_end=SEP[1], value=D(336000))])
    assert again == dict(release_id=None, created=0, revised=0, revisions=0, statistic_ids=[])
    assert Release.objects.count() == OfficialFigure.objects.count() == 1


def test_a_claim_is_judged_on_the_data_published_then_and_the_finding_tells_the_revision(jobs, make_claim):
    _release(jobs, "336000", OCT6)
    _release(jobs, "297000", NOV3)
    claim = _claim(make_claim, jobs)
    check_claim(claim_id=claim.pk)
    verdict = Finding.objects.get(claim=claim, kind="verdict")
    assert verdict.verdict == "accurate"
    assert verdict.explanation == (
        "Proposed verdict accurate: accurate on the data published then (U.S. Bureau of Labor Statistics gives "
        "336,000 jobs for September 2023, consistent with the 336,000 jobs claimed). The figure was revised from "
        "336,000 jobs to 297,000 jobs in the 3 November 2023 release, 12% less than the 336,000 jobs claimed: "
        "misleading on the data published now."
    )
    assert sorted(verdict.figures.values_list("value", flat=True)) == [D(297000), D(336000)]
    stance = Finding.objects.get(claim=claim, kind="conflicts")
    assert stance.value == D(297000)


def test_a_claim_made_after_the_revision_is_judged_on_the_revised_figure(jobs, make_claim):
    _release(jobs, "336000", OCT6)
    _release(jobs, "297000", NOV3)
    claim = make_claim("336000", None, statistic=jobs, unit="jobs", period_start=SEP[0], period_end=SEP[1],
                       stated_on=datetime.date(2023, 12, 1))
    check_claim(claim_id=claim.pk)
    verdict = Finding.objects.get(claim=claim, kind="verdict")
    assert verdict.verdict == "misleading" and "revised" not in verdict.explanation


def test_a_revision_behind_a_published_verdict_goes_to_reviewers_and_is_noted_once_decided(
        jobs, make_claim, editor, django_capture_on_commit_callbacks, celery_eager):
    _release(jobs, "336000", OCT6)
    claim = _claim(make_claim, jobs)
    check_claim(claim_id=claim.pk)
    finding_accept(finding_id=Finding.objects.get(claim=claim, kind="verdict").pk, user=editor)
    claim.refresh_from_db()
    assert claim.verdict == "accurate"
    with django_capture_on_commit_callbacks(execute=True):
        result = _release(jobs, "297000", NOV3)
    assert (result["revised"], result["revisions"]) == (1, 1)
    revision = Finding.objects.get(claim=claim, kind="revision")
    assert revision.status == "proposed" and revision.value == D(297000)
    assert revision.explanation == (
        "U.S. Bureau of Labor Statistics's 3 November 2023 release revised September 2023 from 336,000 jobs to "
        "297,000 jobs; the published verdict “Accurate” used the earlier figure."
    )
    assert sorted(revision.figures.values_list("value", flat=True)) == [D(297000), D(336000)]
    # The recheck that followed the release keeps the revision finding for reviewers.
    check_claim(claim_id=claim.pk)
    assert Finding.objects.filter(claim=claim, kind="revision", status="proposed").count() == 1


def test_a_revision_of_a_figure_no_verdict_used_proposes_nothing(jobs, make_claim):
    _release(jobs, "336000", OCT6)
    _claim(make_claim, jobs)
    assert _release(jobs, "297000", NOV3)["revisions"] == 0
    assert not Finding.objects.filter(kind="revision").exists()


def test_a_period_with_a_month_missing_is_never_summed(jobs, make_claim):
    """July and September published, August missing: no figure for July to September."""
    july = (datetime.date(2023, 7, 1), datetime.date(2023, 7, 31))
    _release(jobs, "236000", OCT6, month=july)
    _release(jobs, "336000", datetime.date(2023, 10, 7))
    claim = make_claim("572000", None, statistic=jobs, unit="jobs", period_start=july[0], period_end=SEP[1],
                       stated_on=NOV3)
    check_claim(claim_id=claim.pk)
    assert not Finding.objects.filter(claim=claim).exists()
    # With August published the three months are summed.
    _release(jobs, "227000", datetime.date(2023, 10, 8), month=(datetime.date(2023, 8, 1), datetime.date(2023, 8, 31)))
    check_claim(claim_id=claim.pk)
    assert Finding.objects.get(claim=claim, kind="conflicts").value == D(799000)


def test_a_claim_about_another_measure_gets_a_measure_finding_not_a_conflict(make_statistic, make_claim):
    encounters = make_statistic("Encounters", slug="encounters", unit="encounters", measure="count",
                                measure_term="encounters", publisher_name="Southwest Land Border Encounters (CBP)",
                                includes="Border Patrol and port of entry encounters", excludes="known gotaways")
    dec = (datetime.date(2023, 12, 1), datetime.date(2023, 12, 31))
    release_import(publisher="U.S. Customs and Border Protection", released_on=datetime.date(2024, 1, 26),
                   url="https://www.cbp.gov/newsroom/national-media-release/cbp-releases-december-2023-monthly-update",
                   content="dec", rows=[dict(statistic=encounters, period_start=dec[0], period_end=dec[1],
                                             value=D(302034))])
    claim = make_claim("250000", None, statistic=encounters, unit="migrants", quote="250,000 migrants crossed",
                       period_start=dec[0], period_end=dec[1], stated_on=datetime.date(2024, 2, 1))
    check_claim(claim_id=claim.pk)
    assert list(Finding.objects.filter(claim=claim).values_list("kind", "explanation")) == [(
        "measure", "The claim speaks of crossings; Southwest Land Border Encounters (CBP) counts encounters (Border "
                   "Patrol and port of entry encounters) and leaves out known gotaways. A different measure, so the "
                   "figures are not compared as a conflict.")]
