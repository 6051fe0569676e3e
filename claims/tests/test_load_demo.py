from decimal import Decimal

import pytest

from claims.models import Claim, Evidence, Speaker, Statistic
from sources.models import Source

pytestmark = pytest.mark.django_db


def _counts():
    return [m.objects.count() for m in (Source, Speaker, Statistic, Claim, Evidence)]


def test_load_demo_loads_the_seed_claims_published(load_demo):
    load_demo()
    published = Claim.objects.published()
    figures = {(c.value, c.unit) for c in published}
    assert (Decimal(890000), "apprehensions") in figures
    assert (Decimal(120000), "known gotaways") in figures
    assert (Decimal(7300000), "migrants") in figures
    revenue = published.get(value=Decimal(13_000_000_000))
    assert (revenue.unit, revenue.speaker.name, revenue.rate) == ("USD", "Congress", "a year")
    jobs = published.get(value=Decimal(336000))
    assert (jobs.unit, jobs.statistic.slug, jobs.stated_on.isoformat()) == ("jobs", "bls-nonfarm-payroll-change",
                                                                           "2023-10-06")
    # No invented evidence: what the official series say comes as findings for reviewers.
    assert not Evidence.objects.exists()
    assert published.count() == Claim.objects.count()


def test_offsets_point_at_the_quote_and_figure_in_the_source_text(load_demo):
    load_demo()
    for claim in Claim.objects.select_related("source"):
        assert claim.source.text[claim.quote_start:claim.quote_end] == claim.quote
        assert claim.source.text[claim.figure_start:claim.figure_end] == claim.figure_text


def test_running_it_twice_changes_nothing(load_demo):
    load_demo()
    first = _counts()
    load_demo()
    assert _counts() == first
