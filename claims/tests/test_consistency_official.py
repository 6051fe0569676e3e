"""The official value for a claim's period (claims.consistency.official), without a database."""
import datetime
from decimal import Decimal as D
from types import SimpleNamespace

from claims.consistency.official import official_value
from claims.figures import Interval

d = datetime.date


def row(start, end, value):
    return SimpleNamespace(period_start=start, period_end=end, value=D(value))


MONTHS = [
    row(d(2023, 10, 1), d(2023, 10, 31), "188000"),
    row(d(2023, 11, 1), d(2023, 11, 30), "191000"),
    row(d(2023, 12, 1), d(2023, 12, 31), "249000"),
    row(d(2024, 1, 1), d(2024, 1, 31), "124000"),
    row(d(2024, 2, 1), d(2024, 2, 29), "142000"),
]


def test_a_row_for_exactly_the_period_is_the_value():
    rows = [row(d(2023, 10, 1), d(2024, 9, 30), "2000000")]
    found = official_value(rows, start=d(2023, 10, 1), end=d(2024, 9, 30), as_of=None, cumulative=False)
    assert found.interval == Interval(D(2000000), D(2000000))


def test_months_are_summed_into_the_claimed_period_for_a_count():
    found = official_value(list(reversed(MONTHS)), start=d(2023, 10, 1), end=d(2024, 2, 29), as_of=None,
                           cumulative=True)
    assert found.interval == Interval(D(894000), D(894000)) and len(found.rows) == 5


def test_months_are_not_summed_for_a_level_or_rate():
    assert official_value(MONTHS, start=d(2023, 10, 1), end=d(2024, 2, 29), as_of=None, cumulative=False) is None


def test_a_gap_in_the_months_means_no_official_value():
    rows = [r for r in MONTHS if r.period_start.month != 12]
    assert official_value(rows, start=d(2023, 10, 1), end=d(2024, 2, 29), as_of=None, cumulative=True) is None


def test_months_that_do_not_reach_the_period_end_are_no_official_value():
    assert official_value(MONTHS, start=d(2023, 10, 1), end=d(2024, 9, 30), as_of=None, cumulative=True) is None


def test_a_running_total_is_between_the_months_done_and_the_month_under_way():
    found = official_value(MONTHS, start=d(2023, 10, 1), end=None, as_of=d(2024, 2, 26), cumulative=True)
    assert found.interval == Interval(D(752000), D(894000))
    assert found.through == d(2024, 1, 31)


def test_a_running_total_past_the_last_row_is_open_above():
    found = official_value(MONTHS, start=d(2023, 10, 1), end=None, as_of=d(2024, 3, 10), cumulative=True)
    assert found.interval == Interval(D(894000), None)


def test_a_longer_row_is_preferred_to_summing_months():
    rows = [*MONTHS, row(d(2023, 10, 1), d(2023, 12, 31), "628000")]
    found = official_value(rows, start=d(2023, 10, 1), end=d(2024, 2, 29), as_of=None, cumulative=True)
    assert found.interval.lower == D(894000) and len(found.rows) == 3


def test_no_period_start_means_no_official_value():
    assert official_value(MONTHS, start=None, end=None, as_of=d(2024, 2, 1), cumulative=True) is None
