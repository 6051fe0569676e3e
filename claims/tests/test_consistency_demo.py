"""With the demo data, the seed claims get the findings a reviewer would expect."""
from decimal import Decimal as D

import pytest

from claims.models import Claim, Finding, OfficialFigure

pytestmark = pytest.mark.django_db


def _findings():
    return {(f.claim.value, f.kind, f.verdict) for f in Finding.objects.select_related("claim")}


def test_the_seed_claims_get_the_findings_a_reviewer_would_expect(load_demo):
    load_demo()
    assert _findings() == {
        # Over 890,000 apprehensions so far on 26 February: the demo months give 752,000
        # through January and 894,000 with February, so the claim holds.
        (D(890000), "corroborates", ""), (D(890000), "verdict", "accurate"),
        # More than 120,000 gotaways: 100,000 through January, 124,000 with February.
        (D(120000), "corroborates", ""), (D(120000), "verdict", "accurate"),
        # Nearly 7.3 million crossings: the demo tally counts 6.4 million, 12% less.
        (D(7300000), "conflicts", ""), (D(7300000), "verdict", "misleading"),
    }
    # No claim is filed under a statistic it does not measure: "Chinese citizens
    # apprehended" in San Diego Sector or gang members are not the southwest border total.
    assert not Finding.objects.filter(kind="statistic").exists()
    crossings = Finding.objects.get(claim__value=7300000, kind="conflicts")
    assert crossings.explanation == (
        "factcheck demo data gives at most 6.4 million migrants from 20 January 2021 to 26 February 2024, "
        "12% less than the nearly 7.3 million migrants claimed."
    )
    apprehensions = Finding.objects.get(claim__value=890000, kind="verdict")
    assert "752,000 apprehensions for October 2023 to January 2024 and 894,000" in apprehensions.explanation


def test_loading_the_demo_twice_adds_no_findings_or_figures(load_demo):
    load_demo()
    before = (Finding.objects.count(), OfficialFigure.objects.count(), Claim.objects.count())
    load_demo()
    assert (Finding.objects.count(), OfficialFigure.objects.count(), Claim.objects.count()) == before == (6, 11, 8)
