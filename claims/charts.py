"""The statistic page's chart: claimed values over the periods they cover, laid out for SVG.

Plain Python: the template draws what this computes, so the chart needs no script and
reads as a picture, with a table of the same data beside it.

Up to CHART_MARKS dated claims are drawn one mark each. Past that the chart draws one bar
per period (a month, a quarter or a year, whichever gives a readable number of bars) from
the lowest to the highest value claimed in it: the page stays small and quick with
thousands of claims, whose rows the table pages through.
"""
import datetime
import math
from dataclasses import dataclass, field
from decimal import Decimal

from claims import figures

WIDTH, HEIGHT = 720, 340
LEFT, RIGHT, TOP, BOTTOM = 96, 24, 20, 48
SERIES_COLOURS = 6  # site.css styles .series-0 to .series-5
CHART_MARKS = 100  # more dated claims than this are drawn as bars by period


@dataclass
class Tick:
    pos: float
    label: str


@dataclass
class Mark:
    claim: object
    x1: float
    x2: float
    y: float
    y_low: float
    y_high: float
    series: int
    conflict: bool
    label: str

    @property
    def band_x(self) -> float:
        return min(self.x1, self.x2 - 3)

    @property
    def band_width(self) -> float:
        """The shaded range is at least 6 wide, so a claim about one day still shows its range."""
        return round(max(self.x2 - self.x1, 6), 1)

    @property
    def band_height(self) -> float:
        return round(self.y_low - self.y_high, 1)


@dataclass
class Bin:
    """The claims whose figures start in one period, summed up in the database."""

    start: datetime.date
    end: datetime.date
    count: int
    low: Decimal
    high: Decimal
    conflicts: int


@dataclass
class Bar:
    bin: Bin
    x1: float
    x2: float
    y_low: float
    y_high: float
    conflict: bool
    label: str

    @property
    def width(self) -> float:
        return round(max(self.x2 - self.x1 - 1, 3), 1)

    @property
    def height(self) -> float:
        """At least 3 high, so that a period whose claims agree still shows."""
        return round(max(self.y_low - self.y_high, 3), 1)

    @property
    def y(self) -> float:
        return round(min(self.y_high, self.y_low - 3), 1)


@dataclass
class Series:
    index: int
    name: str

    @property
    def css(self) -> str:
        return f"series-{self.index % SERIES_COLOURS}"


@dataclass
class Chart:
    width: int = WIDTH
    height: int = HEIGHT
    left: int = LEFT
    top: int = TOP
    right_edge: int = WIDTH - RIGHT
    bottom_edge: int = HEIGHT - BOTTOM
    x_ticks: list = field(default_factory=list)
    y_ticks: list = field(default_factory=list)
    marks: list = field(default_factory=list)
    bars: list = field(default_factory=list)
    period: str = ""  # what a bar covers: "month", "quarter" or "year"
    series: list = field(default_factory=list)
    left_out: int = 0
    has_conflict: bool = False
    # The official series as SVG polylines, one point a period (mid-period); a new line starts
    # after a gap, so a period with no published figure is never drawn across.
    official_lines: list = field(default_factory=list)
    official_dots: list = field(default_factory=list)  # (x, y) of every point, so a lone period shows too
    official_label: str = ""


def claim_span(claim) -> tuple[datetime.date, datetime.date] | None:
    """The dates a claim's figure covers: its period, an open end closed by the date stated."""
    start = claim.period_start or claim.period_end or claim.stated_on
    if start is None:
        return None
    end = claim.period_end or claim.stated_on or start
    return (start, max(start, end))


def period_label(claim) -> str:
    fmt = "%-d %b %Y"
    start, end = claim.period_start, claim.period_end
    if start and end:
        return start.strftime(fmt) if start == end else f"{start.strftime(fmt)} – {end.strftime(fmt)}"
    if start:
        return f"from {start.strftime(fmt)}"
    if end:
        return f"until {end.strftime(fmt)}"
    return ""


def _nice_step(span: float) -> float:
    raw = span / 5 or 1.0
    magnitude = 10 ** math.floor(math.log10(raw))
    for factor in (1, 2, 2.5, 5, 10):
        if factor * magnitude >= raw:
            return factor * magnitude
    return 10 * magnitude


def _tick_label(value: float, unit: str) -> str:
    shown_unit = unit if unit in ("USD", "percent") else ""
    return figures.format_figure(Decimal(repr(round(value, 6))), shown_unit)


def _date_ticks(first: datetime.date, last: datetime.date) -> list[datetime.date]:
    years = [datetime.date(y, 1, 1) for y in range(first.year, last.year + 2)]
    inside = [d for d in years if first <= d <= last]
    if len(inside) >= 2:
        return inside
    quarters = [datetime.date(y, m, 1) for y in range(first.year, last.year + 1) for m in (1, 4, 7, 10)]
    return [d for d in quarters if first <= d <= last]


def bin_period(first: datetime.date, last: datetime.date) -> str:
    """The period of a bar for claims starting from first to last: a few dozen bars at most."""
    years = (last - first).days / 365.25
    return "month" if years <= 3 else "quarter" if years <= 12 else "year"


def period_end(start: datetime.date, period: str) -> datetime.date:
    months = {"month": 1, "quarter": 3, "year": 12}[period]
    month = start.month - 1 + months
    return datetime.date(start.year + month // 12, month % 12 + 1, 1) - datetime.timedelta(days=1)


def merge_bins(months: list[Bin], period: str) -> list[Bin]:
    """Month bins (in order) summed up into bins of period: a month, a quarter or a year."""
    first_month = {"month": lambda m: m, "quarter": lambda m: (m - 1) // 3 * 3 + 1, "year": lambda m: 1}[period]
    merged: dict[datetime.date, Bin] = {}
    for m in months:
        start = datetime.date(m.start.year, first_month(m.start.month), 1)
        if start not in merged:
            merged[start] = Bin(start=start, end=period_end(start, period), count=0, low=m.low, high=m.high,
                                conflicts=0)
        b = merged[start]
        b.count, b.conflicts = b.count + m.count, b.conflicts + m.conflicts
        b.low, b.high = min(b.low, m.low), max(b.high, m.high)
    return list(merged.values())


def _bin_label(b: Bin, period: str, unit: str) -> str:
    when = {"month": f"{b.start:%b %Y}", "quarter": f"Q{(b.start.month - 1) // 3 + 1} {b.start.year}",
            "year": f"{b.start.year}"}[period]
    low, high = figures.format_figure(b.low, unit), figures.format_figure(b.high, unit)
    label = f"{when}: {b.count} claim{'s' if b.count != 1 else ''}, " + (low if low == high else f"{low} to {high}")
    return label + (f" ({b.conflicts} contradicted)" if b.conflicts else "")


def statistic_chart(claims, *, unit: str = "", bins: list[Bin] | None = None, period: str = "", official=()) -> Chart:
    """Lay out the claims (speaker loaded) that have a date as marks on a time and value plane,
    the bins (claims summed up by period, see Bin) as bars, and official (figures with
    period_start, period_end, value, publisher) as a line under them."""
    chart = Chart(period=period)
    placed = []
    for claim in claims:
        span = claim_span(claim)
        if span is None:
            chart.left_out += 1
        else:
            placed.append((claim, span))
    bins, official = bins or [], list(official)
    if not placed and not bins:
        return chart

    first = min([span[0] for _, span in placed] + [b.start for b in bins] + [f.period_start for f in official])
    last = max([span[1] for _, span in placed] + [b.end for b in bins] + [f.period_end for f in official])
    pad = max(datetime.timedelta(days=30), (last - first) / 20)
    first, last = first - pad, last + pad
    days = (last - first).days

    def x(date: datetime.date) -> float:
        return round(LEFT + (date - first).days / days * (chart.right_edge - LEFT), 1)

    values = [float(v) for b in bins for v in (b.low, b.high)] + [float(f.value) for f in official]
    for claim, _ in placed:
        values += [float(v) for v in (claim.value, claim.lower_bound, claim.upper_bound) if v is not None]
    low, high = min(min(values), 0.0), max(values)
    step = _nice_step(high - low)
    low, high = math.floor(low / step) * step, math.ceil(high / step) * step
    if high == low:
        high = low + step

    def y(value) -> float:
        return round(chart.bottom_edge - (float(value) - low) / (high - low) * (chart.bottom_edge - TOP), 1)

    chart.x_ticks = [Tick(x(d), d.strftime("%Y") if d.month == 1 else d.strftime("%b %Y"))
                     for d in _date_ticks(first, last)]
    chart.y_ticks = [Tick(y(low + i * step), _tick_label(low + i * step, unit))
                     for i in range(int(round((high - low) / step)) + 1)]
    _place_marks(chart, placed, x, y)
    for b in bins:
        chart.has_conflict |= b.conflicts > 0
        chart.bars.append(Bar(bin=b, x1=x(b.start), x2=x(b.end + datetime.timedelta(days=1)), y_low=y(b.low),
                              y_high=y(b.high), conflict=b.conflicts > 0, label=_bin_label(b, period, unit)))
    if official:
        _place_official_line(chart, official, x, y)
    return chart


def _place_marks(chart: Chart, placed, x, y) -> None:
    series: dict[object, Series] = {}
    for claim, (start, end) in placed:
        key = claim.speaker_id
        if key not in series:
            series[key] = Series(len(series), claim.speaker.name if claim.speaker else "The source itself")
        conflicts = claim.public_conflicting_count  # a public page: the tally the public sees
        chart.has_conflict |= conflicts > 0
        who = series[key].name
        label = f"{who}: {claim.figure}, {period_label(claim) or start.strftime('%-d %b %Y')}"
        if conflicts:
            label += f" (contradicted by {conflicts} source{'s' if conflicts != 1 else ''})"
        chart.marks.append(Mark(
            claim=claim, x1=x(start), x2=x(end), y=y(claim.value),
            # An unbounded side ("at least", "up to") reaches the edge of the plot.
            y_low=y(claim.lower_bound) if claim.lower_bound is not None else chart.bottom_edge,
            y_high=y(claim.upper_bound) if claim.upper_bound is not None else TOP,
            series=series[key].index % SERIES_COLOURS, conflict=conflicts > 0, label=label,
        ))
    chart.series = list(series.values())


def _place_official_line(chart: Chart, official, x, y) -> None:
    """A dot a period, joined into a line that breaks where a period has no figure."""
    lines, previous = [], None
    for f in sorted(official, key=lambda f: f.period_start):
        dot = (x(f.period_start + (f.period_end - f.period_start) / 2), y(f.value))
        chart.official_dots.append(dot)
        if previous is None or f.period_start > previous.period_end + datetime.timedelta(days=1):
            lines.append([])
        lines[-1].append(f"{dot[0]},{dot[1]}")
        previous = f
    chart.official_lines = [" ".join(points) for points in lines]
    publishers = sorted({f.publisher for f in official})
    chart.official_label = f"Official series ({', '.join(publishers)}), one point a period"
