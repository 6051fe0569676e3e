"""The comparison rules of the consistency engine (claims.consistency.compare), without a database."""
import datetime
from decimal import Decimal as D

import pytest

from claims.consistency.compare import (
    CONFLICTS,
    CORROBORATES,
    REPEAT,
    Figure,
    percent_difference,
    proposed_verdict,
    relation,
)
from claims.figures import Interval

FY_START, FY_END = datetime.date(2023, 10, 1), datetime.date(2024, 9, 30)


def fig(value, qualifier=None, *, start=FY_START, end=FY_END, stated_on=None, statistic=1, source=None):
    return Figure(D(value), qualifier, statistic, start, end, stated_on, source)


@pytest.mark.parametrize("a, b, expected", [
    # "over 890,000" is 890,000-900,000; "nearly 900,000" is 800,000-900,000 (step 100,000): they touch.
    (fig("890000", "over"), fig("900000", "nearly"), CORROBORATES),
    # "about 1.1 million" is 1.05-1.15 million: above anything "over 890,000" can mean.
    (fig("890000", "over"), fig("1100000", "about"), CONFLICTS),
    # An exact count sits inside a rounded figure's interval.
    (fig("894123"), fig("890000", "over"), CORROBORATES),
    (fig("269735"), fig("269736"), CONFLICTS),
    # "at least 1 million" is open above; "up to 2 million" open below: they overlap.
    (fig("1000000", "at_least"), fig("2000000", "at_most"), CORROBORATES),
    (fig("1000000", "at_least"), fig("900000", "at_most"), CONFLICTS),
    # "under 50" (40-50) and "about 52" (51.5-52.5).
    (fig("50", "under"), fig("52", "about"), CONFLICTS),
])
def test_figures_for_the_same_period_agree_when_their_intervals_overlap(a, b, expected):
    assert relation(a, b, cumulative=True) == expected
    assert relation(b, a, cumulative=True) == expected


def test_the_same_figure_from_another_source_is_a_repeat():
    assert relation(fig("890000", "over", source=1), fig("890000", "over", source=2), cumulative=True) == REPEAT


def test_the_same_value_with_another_qualifier_is_not_a_repeat():
    assert relation(fig("890000", "over"), fig("890000", "about"), cumulative=True) == CORROBORATES


def test_figures_from_the_same_source_are_not_compared():
    assert relation(fig("1", source=7), fig("5", source=7), cumulative=True) is None


def test_a_month_is_not_a_year():
    month = fig("100000", start=FY_START, end=datetime.date(2023, 10, 31))
    assert relation(month, fig("890000"), cumulative=False) is None
    assert relation(fig("1", start=datetime.date(2023, 1, 1)), fig("9"), cumulative=True) is None


def test_different_statistics_or_unknown_periods_are_not_compared():
    assert relation(fig("1"), fig("9", statistic=2), cumulative=True) is None
    assert relation(fig("1", statistic=None), fig("9", statistic=None), cumulative=True) is None
    assert relation(fig("1", start=None, end=None), fig("9", start=None, end=None), cumulative=True) is None


def test_a_running_total_that_falls_later_is_a_conflict():
    earlier = fig("890000", "over", end=None, stated_on=datetime.date(2024, 2, 26))
    later = fig("700000", "about", end=None, stated_on=datetime.date(2024, 3, 20))
    assert relation(earlier, later, cumulative=True) == CONFLICTS
    assert relation(later, earlier, cumulative=True) == CONFLICTS


def test_a_running_total_that_grows_later_is_no_finding():
    earlier = fig("890000", "over", end=None, stated_on=datetime.date(2024, 2, 26))
    later = fig("1000000", "over", end=None, stated_on=datetime.date(2024, 3, 20))
    assert relation(earlier, later, cumulative=True) is None


def test_a_running_total_above_the_full_period_total_is_a_conflict():
    so_far = fig("890000", "over", end=None, stated_on=datetime.date(2024, 2, 26))
    assert relation(so_far, fig("850000"), cumulative=True) == CONFLICTS
    assert relation(so_far, fig("2000000"), cumulative=True) is None


def test_running_totals_stated_the_same_day_are_compared_as_one_period():
    day = datetime.date(2024, 2, 26)
    a = fig("890000", "over", end=None, stated_on=day)
    assert relation(a, fig("700000", end=None, stated_on=day), cumulative=True) == CONFLICTS
    assert relation(a, fig("895000", end=None, stated_on=day), cumulative=True) == CORROBORATES


def test_running_totals_without_a_date_are_not_compared():
    a = fig("890000", "over", end=None)
    assert relation(a, fig("700000", end=None, stated_on=datetime.date(2024, 3, 1)), cumulative=True) is None


def test_levels_do_not_accumulate():
    # A level (e.g. a backlog) can fall: only the same period is compared.
    earlier = fig("3000000", end=None, stated_on=datetime.date(2024, 1, 1))
    later = fig("2000000", end=None, stated_on=datetime.date(2024, 6, 1))
    assert relation(earlier, later, cumulative=False) == CONFLICTS  # both "as of" an unknown end
    assert relation(fig("3000000"), fig("2000000", end=datetime.date(2024, 3, 31)), cumulative=False) is None


@pytest.mark.parametrize("claimed, other, pct", [
    ("890000", "1100000", 24),
    ("7300000", "6400000", 12),
    ("100", "100", 0),
    ("0", "5", None),
])
def test_percent_difference_is_relative_to_the_claimed_value(claimed, other, pct):
    assert percent_difference(D(claimed), D(other)) == pct


@pytest.mark.parametrize("claimed, value, official, verdict, missed", [
    (Interval(D(890000), D(900000)), D(890000), Interval(D(894000), D(894000)), "accurate", None),
    (Interval(D(950000), D(960000)), D(950000), Interval(D(894000), D(894000)), "mostly_accurate", D(894000)),
    (Interval(D(7200000), D(7300000)), D(7300000), Interval(None, D(6400000)), "misleading", D(6400000)),
    (Interval(D(400000), D(500000)), D(400000), Interval(D(894000), D(894000)), "false", D(894000)),
])
def test_proposed_verdict_depends_on_how_far_the_claim_misses(claimed, value, official, verdict, missed):
    assert proposed_verdict(claimed, value, official) == (verdict, missed)
