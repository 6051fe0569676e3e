"""With the real official series, the seed claims get the findings the figures give."""
from decimal import Decimal as D

import pytest

from claims.models import Claim, Finding, OfficialFigure, Release

pytestmark = pytest.mark.django_db


def _findings():
    return {(f.claim.value, f.kind, f.verdict) for f in Finding.objects.select_related("claim")}


def test_the_seed_claims_get_the_findings_the_real_figures_give(load_demo):
    load_demo()
    assert _findings() == {
        # Over 890,000 apprehensions so far on 26 February 2024: CBP's data file of September 2025 gives
        # 753,810 for October to January and 894,451 with February under way (the monthly updates
        # published by then gave 753,896 for October to January: accurate then as now).
        (D(890000), "corroborates", ""), (D(890000), "verdict", "accurate"),
        # Nearly 7.3 million "crossed": CBP counts encounters, a different measure.
        (D(7300000), "measure", ""),
        # 336,000 jobs in September 2023: so the BLS said on 6 October; revised to 297,000 on 3 November.
        (D(336000), "conflicts", ""), (D(336000), "verdict", "accurate"),
    }
    # No official count of known gotaways was found, so that claim gets no official finding.
    assert not Finding.objects.filter(claim__value=120000).exists()
    assert not Finding.objects.filter(kind="statistic").exists()
    apprehensions = Finding.objects.get(claim__value=890000, kind="verdict")
    assert apprehensions.explanation == (
        "Proposed verdict accurate: U.S. Customs and Border Protection gives 753,810 apprehensions for October 2023 "
        "to January 2024 and 894,451 apprehensions with the period under way on 26 February 2024, consistent with "
        "the over 890,000 apprehensions claimed."
    )
    # The verdict links the monthly figures it was judged on: the four published by 26 February 2024
    # (three monthly updates) and the five CBP's data file of 20 September 2025 gives today.
    used = sorted((f.period_start.month, f.value, f.release.released_on.isoformat())
                  for f in apprehensions.figures.select_related("release"))
    assert used == [(1, D(124215), "2025-09-20"), (1, D(124220), "2024-02-13"), (2, D(140641), "2025-09-20"),
                    (10, D(188749), "2025-09-20"), (10, D(188778), "2023-11-14"), (11, D(191106), "2025-09-20"),
                    (11, D(191113), "2024-01-26"), (12, D(249740), "2025-09-20"), (12, D(249785), "2024-01-26")]
    stance = Finding.objects.get(claim__value=890000, kind="corroborates")
    assert sorted(f.release.released_on.isoformat() for f in stance.figures.select_related("release")) == [
        "2025-09-20"] * 5
    jobs = Finding.objects.get(claim__value=336000, kind="verdict")
    assert jobs.explanation == (
        "Proposed verdict accurate: accurate on the data published then (U.S. Bureau of Labor Statistics gives "
        "336,000 jobs for September 2023, consistent with the 336,000 jobs claimed). The figure was revised from "
        "336,000 jobs to 297,000 jobs in the 3 November 2023 release, 12% less than the 336,000 jobs claimed: "
        "misleading on the data published now."
    )
    crossings = Finding.objects.get(claim__value=7300000)
    assert crossings.explanation.startswith("The claim speaks of crossings; Southwest Land Border Encounters (CBP) "
                                            "counts encounters")


def test_loading_the_demo_twice_adds_no_findings_figures_or_releases(load_demo):
    load_demo()
    before = (Finding.objects.count(), OfficialFigure.objects.count(), Release.objects.count(), Claim.objects.count())
    load_demo()
    after = (Finding.objects.count(), OfficialFigure.objects.count(), Release.objects.count(), Claim.objects.count())
    assert after == before == (5, 112, 9, 9)
