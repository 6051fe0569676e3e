"""Each finding explains itself in one sentence a reader understands.

"Source B gives 1.1 million apprehensions for the same period, 24% more than the
890,000 apprehensions claimed." Plain Python: the engine passes what it compared.
"""
from __future__ import annotations

import calendar
import datetime
from decimal import Decimal

from claims.consistency.compare import percent_difference
from claims.figures import Interval, format_figure


def day(d: datetime.date | None) -> str:
    return f"{d.day} {d:%B %Y}" if d else "an unknown date"


def period(start: datetime.date, end: datetime.date) -> str:
    """'March 2024', '2023', 'fiscal year 2024', 'October 2023 to February 2024', or days."""
    last_of_month = end.day == calendar.monthrange(end.year, end.month)[1]
    if start.day == 1 and last_of_month:
        if (start.month, end.month) == (1, 12) and start.year == end.year:
            return f"{start.year}"
        if (start.month, end.month) == (10, 9) and end.year == start.year + 1:
            return f"fiscal year {end.year}"
        if (start.year, start.month) == (end.year, end.month):
            return f"{start:%B %Y}"
        return f"{start:%B %Y} to {end:%B %Y}"
    return f"{day(start)} to {day(end)}"


def _difference(claimed_value: Decimal, claimed: str, other_value: Decimal) -> str:
    pct = percent_difference(claimed_value, other_value)
    if pct is None or pct == 0:
        way = "more" if other_value > claimed_value else "less"
        return f"{'slightly ' if pct == 0 else ''}{way} than the {claimed} claimed"
    return f"{pct}% {'more' if other_value > claimed_value else 'less'} than the {claimed} claimed"


def between_claims(*, relation: str, source: str, other_value, other_qualifier, claimed_value, claimed_qualifier,
                   unit: str, running_total: tuple | None = None) -> str:
    """A claim compared with another source's claim about the same statistic and period.

    running_total: (other's as-of date, this claim's as-of date) when the two count up
    to different days, so only a fall between them is a conflict.
    """
    other = format_figure(other_value, unit, other_qualifier)
    claimed = format_figure(claimed_value, unit, claimed_qualifier)
    if running_total:
        other_on, claimed_on = running_total
        when = "earlier" if other_on < claimed_on else "later"
        return (f"{source} gave {other} for the same running total {when}, on {day(other_on)}, "
                f"{_difference(claimed_value, claimed, other_value)} on {day(claimed_on)}; "
                "a running total cannot fall.")
    if relation == "corroborates":
        return f"{source} gives {other} for the same period, consistent with the {claimed} claimed."
    return f"{source} gives {other} for the same period, {_difference(claimed_value, claimed, other_value)}."


def repeat(*, source: str, figure: str, stated_on) -> str:
    when = f" earlier, on {day(stated_on)}" if stated_on else " earlier"
    return (f"{source} gave the same figure, {figure}, for the same period{when}: this is a further "
            "appearance of that claim, not independent corroboration.")


def official(*, publisher: str, interval: Interval, through, start, end, as_of, claimed_value, claimed_qualifier,
             unit: str, missed: Decimal | None, verdict: str | None = None) -> str:
    """A claim against an official series; with verdict, the sentence that proposes it."""
    claimed = format_figure(claimed_value, unit, claimed_qualifier)
    if end is not None:
        gives = f"{publisher} gives {format_figure(interval.lower, unit)} for {period(start, end)}"
    elif interval.lower is not None and interval.upper is not None:
        gives = (f"{publisher} gives {format_figure(interval.lower, unit)} for {period(start, through)} and "
                 f"{format_figure(interval.upper, unit)} with the period under way on {day(as_of)}")
    elif interval.lower is not None:
        gives = (f"{publisher} gives {format_figure(interval.lower, unit)} for {period(start, through)}, "
                 f"before {day(as_of)}")
    else:
        gives = f"{publisher} gives at most {format_figure(interval.upper, unit)} from {day(start)} to {day(as_of)}"
    if missed is None:
        sentence = f"{gives}, consistent with the {claimed} claimed."
    else:
        sentence = f"{gives}, {_difference(claimed_value, claimed, missed)}."
    if verdict:
        label = verdict.replace("_", " ")
        return f"Proposed verdict {label}: {sentence}"
    return sentence


def statistic(*, name: str, reasons: list[str], score: float) -> str:
    return f"Probably about “{name}” ({round(score * 100)}% match): {', '.join(reasons)}."


def _span(interval: Interval, unit: str) -> str:
    if interval.lower is not None and interval.lower == interval.upper:
        return format_figure(interval.lower, unit)
    if interval.lower is None:
        return f"at most {format_figure(interval.upper, unit)}"
    if interval.upper is None:
        return f"at least {format_figure(interval.lower, unit)}"
    return f"{format_figure(interval.lower, unit)} to {format_figure(interval.upper, unit)}"


def official_then_now(*, then_sentence: str, then_verdict: str, now_verdict: str, old: Interval, new: Interval,
                      unit: str, revised_on, claimed_value, claimed_qualifier, missed_now: Decimal | None) -> str:
    """The verdict on the data published when the claim was made, and what a revision changed."""
    then_label, now_label = then_verdict.replace("_", " "), now_verdict.replace("_", " ")
    claimed = format_figure(claimed_value, unit, claimed_qualifier)
    if missed_now is None:
        now = f"consistent with the {claimed} claimed"
    else:
        now = _difference(claimed_value, claimed, missed_now)
    return (f"Proposed verdict {then_label}: {then_label} on the data published then ({then_sentence.rstrip('.')}). "
            f"The figure was revised from {_span(old, unit)} to {_span(new, unit)} in the {day(revised_on)} release, "
            f"{now}: {now_label} on the data published now.")


def measure(*, claim_term: str, statistic_term: str, series: str, includes: str, excludes: str) -> str:
    """A claim that names another measure than the official series counts."""
    what = f"{series} counts {statistic_term}"
    if includes:
        what += f" ({includes.rstrip('.')})"
    if excludes:
        what += f" and leaves out {excludes.rstrip('.')}"
    return (f"The claim speaks of {claim_term}; {what}. A different measure, so the figures are not compared "
            "as a conflict.")


def revision(*, publisher: str, released_on, start, end, old, new, unit: str, verdict: str) -> str:
    """A new release changed a figure behind a published verdict."""
    return (f"{publisher}'s {day(released_on)} release revised {period(start, end)} from "
            f"{format_figure(old, unit)} to {format_figure(new, unit)}; the published verdict “{verdict}” used the "
            "earlier figure.")
