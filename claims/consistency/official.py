"""The official value for a claim's period, from imported series rows.

Plain Python over rows with period_start, period_end and value: the engine passes the
rows its indexed query found. For a count (cumulative), rows that tile the claim's
period (months into a fiscal year) are summed; other statistics need a row for exactly
the claim's period.
"""
from __future__ import annotations

import datetime
from decimal import Decimal
from typing import NamedTuple

from claims.figures import Interval


class OfficialValue(NamedTuple):
    interval: Interval  # a point for a closed period; a range for a running total to date
    rows: list  # the rows used, in period order
    through: datetime.date | None  # the last day the lower end counts up to


def _chain(rows, start: datetime.date, stop: datetime.date) -> list:
    """Rows that follow one another from start without gap, each ending on or before stop.

    Where several rows start on the same day (a month and a quarter), the longest that
    still fits is taken, so fewer rows are summed.
    """
    by_start: dict = {}
    for row in rows:
        by_start.setdefault(row.period_start, []).append(row)
    chain, day = [], start
    while day <= stop:
        fitting = [r for r in by_start.get(day, []) if r.period_end <= stop]
        if not fitting:
            break
        row = max(fitting, key=lambda r: r.period_end)
        chain.append(row)
        day = row.period_end + datetime.timedelta(days=1)
    return chain


def official_value(rows, *, start, end, as_of, cumulative: bool) -> OfficialValue | None:
    """The official interval for a claim's period, or None when the rows do not cover it.

    - A row for exactly [start, end]: its value.
    - A count over a closed period: the sum of rows that tile it exactly.
    - A count so far (end None), stated on as_of: from the sum of the rows that ended by
      then to that sum plus the row under way on that day (unbounded if it is missing).
    """
    if start is None:
        return None
    rows = sorted(rows, key=lambda r: (r.period_start, r.period_end))
    if end is not None:
        exact = [r for r in rows if r.period_start == start and r.period_end == end]
        if exact:
            return OfficialValue(Interval(exact[0].value, exact[0].value), exact[:1], end)
        if not cumulative:
            return None
        chain = _chain(rows, start, end)
        if not chain or chain[-1].period_end != end:
            return None
        total = sum((r.value for r in chain), Decimal(0))
        return OfficialValue(Interval(total, total), chain, end)
    if not cumulative or as_of is None:
        return None
    chain = _chain(rows, start, as_of)
    day = chain[-1].period_end + datetime.timedelta(days=1) if chain else start
    current = [r for r in rows if r.period_start == day and r.period_end > as_of]
    if not chain and not current:
        return None
    total = sum((r.value for r in chain), Decimal(0))
    lower = total if chain else None
    upper = total + current[0].value if current else None
    through = chain[-1].period_end if chain else None
    return OfficialValue(Interval(lower, upper), chain + current[:1], through)


def as_published(rows, *, on: datetime.date | None = None) -> list:
    """One row a period, as the series stood on a day: from the latest release out by then.

    rows carry released_on (None for a row entered by hand, which counts as always
    published and gives way to any release). on=None: as it stands now.
    """
    best: dict = {}
    for row in rows:
        released = row.released_on
        if on is not None and released is not None and released > on:
            continue
        key = (row.period_start, row.period_end)
        held = best.get(key)
        if held is None or (released or datetime.date.min, row.pk) > (held.released_on or datetime.date.min, held.pk):
            best[key] = row
    return sorted(best.values(), key=lambda r: (r.period_start, r.period_end))
