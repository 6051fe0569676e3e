"""How two figures about one statistic relate: repeat, agreement, conflict, or not comparable.

Plain Python, no Django: the rules are tested on their own. What a figure means (its
interval, from the value, the qualifier and rounding) comes from claims.figures.
"""
from __future__ import annotations

import datetime
from decimal import Decimal
from typing import NamedTuple

from claims.figures import Interval, figure_interval

REPEAT = "repeat"
CORROBORATES = "corroborates"
CONFLICTS = "conflicts"


class Figure(NamedTuple):
    """A claim's figure with what the engine compares: its statistic, period and date."""

    value: Decimal
    qualifier: str | None
    statistic_id: int | None
    period_start: datetime.date | None
    period_end: datetime.date | None  # None: a running total "so far"
    stated_on: datetime.date | None
    source_id: int | None = None

    @property
    def interval(self) -> Interval:
        return figure_interval(self.value, self.qualifier or None)

    @property
    def as_of(self) -> datetime.date | None:
        """The date the figure counts up to: the period's end, or the day it was stated."""
        return self.period_end or self.stated_on

    def same_figure(self, other: Figure) -> bool:
        return self.value == other.value and (self.qualifier or None) == (other.qualifier or None)


def relation(a: Figure, b: Figure, *, cumulative: bool) -> str | None:
    """How b relates to a: REPEAT, CORROBORATES, CONFLICTS, or None when not comparable.

    Only figures for the same statistic and the same period are compared (a month is not
    a year). When the statistic is a count (cumulative), figures with the same period
    start are running totals: one counted up to a later date must not be lower.
    """
    if a.statistic_id is None or a.statistic_id != b.statistic_id:
        return None
    if a.period_start is None or a.period_start != b.period_start:
        return None
    if a.source_id is not None and a.source_id == b.source_id:
        return None  # the same article: not a second source
    if a.period_end == b.period_end:
        if a.same_figure(b):
            return REPEAT
        if a.period_end is not None or not cumulative or a.stated_on == b.stated_on:
            return CORROBORATES if a.interval.agrees(b.interval) else CONFLICTS
    if not cumulative or a.as_of is None or b.as_of is None:
        return None
    if a.as_of == b.as_of:
        return CORROBORATES if a.interval.agrees(b.interval) else CONFLICTS
    earlier, later = (a, b) if a.as_of < b.as_of else (b, a)
    if running_total_falls(earlier.interval, later.interval):
        return CONFLICTS
    return None


def running_total_falls(earlier: Interval, later: Interval) -> bool:
    """A running total counted later is certainly below the one counted earlier."""
    return later.upper is not None and earlier.lower is not None and later.upper < earlier.lower


def percent_difference(claimed: Decimal, other: Decimal) -> int | None:
    """How far other is from the claimed value, in whole percent of the claimed value."""
    if claimed == 0:
        return None
    return int((abs(other - claimed) / abs(claimed) * 100).quantize(Decimal(1)))


# Proposed verdicts against an official figure: how far the claim is from the nearest end
# of the official interval, as a share of it. Within a tenth the gist holds; up to a
# quarter the figure misleads; beyond that it is false.
MOSTLY_ACCURATE_WITHIN = Decimal("0.10")
MISLEADING_WITHIN = Decimal("0.25")


def proposed_verdict(claimed: Interval, value: Decimal, official: Interval) -> tuple[str, Decimal | None]:
    """The verdict a claim earns against an official interval, and the official end it missed.

    Returns ("accurate", None) when the intervals agree.
    """
    if claimed.agrees(official):
        return "accurate", None
    # No overlap: the claim lies wholly above or wholly below the official interval.
    above = official.upper is not None and claimed.lower is not None and claimed.lower >= official.upper
    ref = official.upper if above else official.lower
    if ref == 0:
        return "false", ref
    off = abs(value - ref) / abs(ref)
    if off <= MOSTLY_ACCURATE_WITHIN:
        return "mostly_accurate", ref
    if off <= MISLEADING_WITHIN:
        return "misleading", ref
    return "false", ref
