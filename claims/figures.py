"""What a figure means: the interval a stated number and its qualifier stand for.

This is the one place where the rules live. The extractor, the models, the API's
validation and the consistency engine all ask here, so "over 890,000" means the same
thing everywhere. Plain Python with no Django imports, so the extractor can use it.

People round. A stated figure is read as precise to its last significant digit:
"890,000" to the nearest 10,000, "7.3 million" to the nearest 100,000, "269,735" to 1.
That step gives the width of the interval:

    qualifier   meaning                              interval
    None        the number, as rounded               [v - step/2, v + step/2]
    about       about the number                     [v - step/2, v + step/2]
    over        above it, below the next step        [v, v + step]
    under       below it, above the step before      [v - step, v]
    nearly      a little under it                    [v - step, v]
    at_least    it or more                           [v, no upper bound]
    at_most     it or less                           [no lower bound, v]

An exact figure such as "269,735" has step 1, so its interval is that number give or
take half a unit, which no other whole count falls into.
"""
from __future__ import annotations

from decimal import Decimal, InvalidOperation
from typing import NamedTuple

QUALIFIERS = ("over", "under", "about", "nearly", "at_least", "at_most")

QUALIFIER_LABELS = {
    "over": "over",
    "under": "under",
    "about": "about",
    "nearly": "nearly",
    "at_least": "at least",
    "at_most": "up to",
}


class Interval(NamedTuple):
    """A closed interval; None on a side means unbounded there."""

    lower: Decimal | None
    upper: Decimal | None

    def overlaps(self, other: Interval) -> bool:
        if self.upper is not None and other.lower is not None and self.upper < other.lower:
            return False
        if other.upper is not None and self.lower is not None and other.upper < self.lower:
            return False
        return True

    def agrees(self, other: Interval) -> bool:
        """Whether two figures can both be true: their intervals share more than an edge.

        Rounded figures that only touch do not agree: "269,735" and "269,736" meet at
        269,735.5, which neither count can be, and "over 890,000" excludes the 890,000
        that "under 890,000" ends at. An exact point (a degenerate interval) agrees with
        any interval that holds it, edges included.
        """
        if not self.overlaps(other):
            return False
        lows = [x for x in (self.lower, other.lower) if x is not None]
        highs = [x for x in (self.upper, other.upper) if x is not None]
        if not lows or not highs or max(lows) < min(highs):
            return True
        return self.lower == self.upper or other.lower == other.upper

    def contains(self, value: Decimal) -> bool:
        return (self.lower is None or self.lower <= value) and (self.upper is None or value <= self.upper)


def to_decimal(value) -> Decimal:
    """A finite Decimal from an int, float, str or Decimal; ValueError otherwise."""
    try:
        d = value if isinstance(value, Decimal) else Decimal(str(value))
    except (InvalidOperation, TypeError, ValueError):
        raise ValueError(f"{value!r} is not a number") from None
    if not d.is_finite():
        raise ValueError(f"{value!r} is not a finite number")
    return d


# Decimal(1).scaleb(e) for the exponents figures have, made once (each the same number, with the same exponent)
_STEPS = {e: Decimal(1).scaleb(e) for e in range(-24, 25)}


def rounding_step(value) -> Decimal:
    """The unit of the last significant digit: 890000 -> 10000, 7.3 -> 0.1, 0 -> 1."""
    return _step(to_decimal(value))


def _step(d: Decimal) -> Decimal:
    """rounding_step of a finite Decimal."""
    if d == 0:
        return Decimal(1)
    exponent = d.normalize().as_tuple().exponent
    step = _STEPS.get(exponent)
    return step if step is not None else Decimal(1).scaleb(exponent)


def figure_interval(value, qualifier: str | None) -> Interval:
    """The interval a figure with its qualifier stands for (see the module's table)."""
    v = to_decimal(value)
    if qualifier is not None and qualifier not in QUALIFIERS:
        raise ValueError(f"unknown qualifier {qualifier!r}")
    step = _step(v)
    if qualifier in (None, "about"):
        return Interval(v - step / 2, v + step / 2)
    if qualifier == "over":
        return Interval(v, v + step)
    if qualifier in ("under", "nearly"):
        return Interval(v - step, v)
    if qualifier == "at_least":
        return Interval(v, None)
    return Interval(None, v)  # at_most


def implied_bounds(value, qualifier: str | None) -> Interval:
    """The lower and upper bounds stored on a claim: the figure's interval."""
    return figure_interval(value, qualifier)


class BoundsError(ValueError):
    """Bounds that do not fit their figure; `field` names the side at fault."""

    def __init__(self, field: str, message: str):
        super().__init__(message)
        self.field = field
        self.message = message


def claim_bounds(value, qualifier: str | None, lower=None, upper=None) -> Interval:
    """The bounds a claim stores, whoever writes it (API, admin, ingestion, import, demo).

    With neither bound given, the figure's interval (implied_bounds). A bound given
    explicitly (a range such as "between 5 and 10") is kept if it fits the value and the
    qualifier (bounds_problem), and the side not given takes the implied value.
    BoundsError says which side does not fit.
    """
    implied = implied_bounds(value, qualifier)
    if lower is None and upper is None:
        return implied
    lower = implied.lower if lower is None else to_decimal(lower)
    upper = implied.upper if upper is None else to_decimal(upper)
    problem = bounds_problem(value, qualifier, lower, upper)
    if problem:
        raise BoundsError(*problem)
    return Interval(lower, upper)


def unstorable_bounds(interval: Interval, *, digits: int, places: int) -> str | None:
    """Why a column of `digits` digits with `places` decimals cannot hold the interval's
    bounds exactly, or None. "about 0.000001" stands for [0.0000005, 0.0000015]: stored
    with 6 decimals it would become [0.000001, 0.000002], another figure."""
    limit = Decimal(10) ** (digits - places)
    for bound in interval:
        if bound is None:
            continue
        if abs(bound) >= limit:
            return f"Its interval reaches {_plain(bound)}, beyond what can be stored (under 10^{digits - places})."
        if _decimal_places(bound) > places:
            return (f"Its interval starts or ends at {_plain(bound)}, which needs more than {places} decimal places: "
                    "give lower_bound and upper_bound, or a less precise value.")
    return None


def _decimal_places(d: Decimal) -> int:
    """Digits after the point that carry something: 7.300 -> 1 (exact, whatever the context's precision)."""
    _sign, digits, exponent = d.as_tuple()
    trailing = len(digits) - len("".join(map(str, digits)).rstrip("0"))
    return max(0, -(exponent + trailing)) if any(digits) else 0


def bounds_problem(value, qualifier: str | None, lower, upper) -> tuple[str, str] | None:
    """Why explicit bounds do not fit the value and qualifier, as (field, message), or None.

    Bounds must hold the value. A qualifier that points one way fixes that side: "over"
    and "at least" start at the value, "under", "nearly" and "up to" end at it.
    """
    v = to_decimal(value)
    lo = None if lower is None else to_decimal(lower)
    hi = None if upper is None else to_decimal(upper)
    if lo is not None and lo > v:
        return "lower_bound", "The lower bound must not be above the value."
    if hi is not None and hi < v:
        return "upper_bound", "The upper bound must not be below the value."
    if qualifier in ("over", "at_least") and lo is not None and lo != v:
        return "lower_bound", f"A figure qualified '{QUALIFIER_LABELS[qualifier]}' has its lower bound at the value."
    if qualifier in ("under", "nearly", "at_most") and hi is not None and hi != v:
        return "upper_bound", f"A figure qualified '{QUALIFIER_LABELS[qualifier]}' has its upper bound at the value."
    if qualifier == "at_least" and hi is not None:
        return "upper_bound", "A figure qualified 'at least' has no upper bound."
    if qualifier == "at_most" and lo is not None:
        return "lower_bound", "A figure qualified 'up to' has no lower bound."
    return None


def format_figure(value, unit: str = "", qualifier: str | None = None) -> str:
    """A figure as a reader would write it: 'over 890,000 apprehensions', '$13 billion', '34%'."""
    v = to_decimal(value)
    prefix = f"{QUALIFIER_LABELS[qualifier]} " if qualifier else ""
    if unit == "percent":
        return f"{prefix}{_plain(v)}%"
    for scale, word in ((Decimal(10) ** 12, "trillion"), (Decimal(10) ** 9, "billion"), (Decimal(10) ** 6, "million")):
        if abs(v) >= scale:
            number = f"{_plain(v / scale)} {word}"
            break
    else:
        number = f"{v.quantize(Decimal('0.01')) if v != v.to_integral_value() else v.to_integral_value():,}"
    if unit == "USD":
        return f"{prefix}${number}"
    return f"{prefix}{number} {unit}".rstrip()


def _plain(d: Decimal) -> str:
    """A Decimal without exponent or trailing zeros: 7.30 -> '7.3', 1E+1 -> '10'."""
    text = format(d.normalize(), "f")
    return text
