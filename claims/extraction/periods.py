"""The span of time a figure covers, from the phrases news uses to say it.

find_periods(sentence, context) returns the period phrases in one sentence, resolved against
the publication date: months ("in December" published 2024-01-09 is December 2023), US
federal fiscal years (FY N runs from 1 October of N-1 to 30 September of N), "so far this
fiscal year", quarters, "the first three days of November", "the week ending Jan. 5",
"December 24-30", month and day ranges, calendar years. A day on its own ("on March 20")
is not a period but the date a running count stood at ("as of").
"""
from __future__ import annotations

import calendar
import dataclasses
import re
from dataclasses import dataclass, field, replace
from datetime import date, datetime, timedelta
from functools import lru_cache

import dateparser  # type: ignore[import-untyped]

from claims.extraction.first_char import by_first_char, guarded, pattern_pieces
from claims.extraction.numbers import GLUED_SCALE, MONTH_RE, MONTHS, spelled_value
from claims.extraction.segments import holds_case_odd, is_word_char

_ORDINALS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "1st": 1, "2nd": 2, "3rd": 3, "4th": 4, "final": 4}


_COMPILED = not __file__.endswith(".py")  # compiled by mypyc (claims/extraction/native.py)


def quick_init(cls):
    """A frozen dataclass whose __init__ fills the instance's dict at once: the one dataclass writes sets each
    field through object.__setattr__, a call a field (about 0.4 µs each, and a claim has 17). The same
    arguments, defaults and behaviour (still frozen, compared and hashed alike); for classes with no
    __post_init__, no default_factory and no __slots__. Called after the class, not as its decorator: mypyc
    compares instances of a dataclass with a decorator of its own by identity (seen with mypyc 1.20), and
    compiled, the class keeps its native __init__ (its fields live outside __dict__)."""
    if _COMPILED:
        return cls
    names = [f.name for f in dataclasses.fields(cls)]
    defaults = {f"_d_{f.name}": f.default for f in dataclasses.fields(cls) if f.default is not dataclasses.MISSING}
    assert not hasattr(cls, "__post_init__") and not hasattr(cls, "__slots__") and all(
        f.default_factory is dataclasses.MISSING and f.init for f in dataclasses.fields(cls))
    params = ", ".join(f"{n}=_d_{n}" if f"_d_{n}" in defaults else n for n in names)
    body = ", ".join(f"{n!r}: {n}" for n in names)
    namespace = {}
    exec(f"def __init__(self, {params}):\n    self.__dict__.update({{{body}}})", dict(defaults), namespace)
    namespace["__init__"].__qualname__ = f"{cls.__qualname__}.__init__"
    cls.__init__ = namespace["__init__"]
    return cls


@dataclass(frozen=True)
class Period:
    start: date
    end: date
    to_date: bool = False  # a running total: its end moves to the date it was counted at
    poll: bool = field(default=False, compare=False)  # a poll's field dates, as a poll story's main period


@dataclass
class Context:
    """What the article has said so far that later phrases depend on."""

    published: date | None
    year_hint: int | None = None  # the last year the article named
    month_hint: tuple[int, int] | None = None  # (year, month) of the last month resolved
    quarter_hint: Period | None = None  # the last quarter named ("in the third quarter")
    fiscal: bool = False  # a federal budget story: its bare years are budget years
    span_hint: Period | None = None  # the first span the article names: what "the same period in 2016" repeats
    year_here: Period | None = None  # the last year-long period of the sentence at hand ("In 2012, ...")
    year_last: Period | None = None  # the last year-long period the article named ("... in 2014. ... the previous
    # year": 2013)
    fiscal_here: bool = False  # the sentence at hand names a fiscal year: its "this year" is one too
    fiscal_before: bool = False  # the sentence before named one: its "The year-to-date figures" run in it too
    week_hint: Period | None = None  # the first week the article names ("the week ending April 4")
    fiscal_began: int = 0  # the month "the current fiscal year, which began in July" names
    fiscal_named: bool = False  # the article named a federal fiscal year by number: its "in 2022" is one too
    fiscal_bare: bool = False  # its "fiscal 2013" is a federal year as "fiscal year 2013" is: a federal body's story
    months_hint: Period | None = None  # the last span of whole months under a year ("in November and December")
    month_here: tuple[int, int] | None = None  # (year, month) of the last month named in the sentence at hand
    # "(All figures are for Sept. 1 through July 31.)": ((9, 1), (7, 31))
    note_span: tuple[tuple[int, int], tuple[int, int]] | None = None
    fiscal_numbers: frozenset = frozenset()  # the federal fiscal years the article names by number anywhere
    fy_month: int = 10  # the month the article's budget years start in: a state's or city's year the text defines
    # ("the fiscal year that runs from July 1, 2022, to June 30, 2023", "fiscal year ending June 30"), else October
    fy_last: int = 0  # the last budget year the article named by number ("Fiscal Year 2022-23": 2023)
    last_here: Period | None = None  # the last period the sentence at hand has named so far
    last_before: Period | None = None  # the last period the sentence before named ("... $329,819 this month. That is
    # up 24 percent compared to ... the same period in 2010": that month, a year back)
    report_week: Period | None = None  # a weekly oil or gas stocks report's week, when the article names none
    ended_week: Period | None = None  # the last full week before publication, ending on the weekday the article's
    # weeks end on ("the week ended Dec. 21", a Saturday): what its "last week" is
    ended_week_read: bool = False  # the phrase just read is that "last week"
    last_year_fy: int = 0  # the budget year the article's "last year" is: "... last year ... For fiscal year 2013,
    # which ended Sept. 30, ..." told in 2014
    trading_day: date | None = None  # the day a market story's lede trades on ("Oil climbed Wednesday", "Stocks
    # slid on Tuesday"): its quotes' day where they name none
    fy_split: bool = False  # the article names its budget years by two calendar years ("the 2019-20 budget year")
    seasons: dict[str, tuple[int, int]] = field(default_factory=dict)  # the months of a winter or summer the
    # article defines ("estimated from Oct. 1 through March 31", "the summer driving season ... April through
    # September"): what its "this winter", "last summer" span
    base_year_read: bool = False  # the phrase just read is the year before the budget year under way (a base): no
    # year the article names, for a later "the previous fiscal year" to count back from
    story_year: int | None = None  # an undated article's subject year, told after it closed: its "last year"
    this_year: int | None = None  # an undated article's "this year", named beside it near the top
    year_part: Period | None = None  # the first months of the year of writing the article reports on ("in the first
    # half of 2019" told in July): what its "this year" covers
    year_hint_fiscal: bool = False  # year_hint was named in a sentence of budget years ("The only financial year
    # ... is 2020."): its "That year" is that budget year
    sentence: str = ""  # the sentence at hand
    sentence_before: str = ""  # the sentence before it
    sentence_after: str = ""  # the next sentence of the paragraph ("" at its end), set by the reader before each
    data_month_end: date | None = None  # the end of the month a release near the top says its data are from ("API
    # published monthly data from May"): where a lede's "year-to-date" runs to, before any month is named
    split_day: date | None = None  # the day a count "before July 2" ended before, its year split there: what the next
    # sentence's "since then" starts on


@dataclass(frozen=True)
class Found:
    start: int
    end: int
    kind: str  # "period", "asof" or "ignore"
    period: Period | None = None
    asof: date | None = None
    anchor: Period | None = None  # "since November 1972": the month itself, for "..., when it had 57%"
    year_on: Period | None = None  # "August 2022" told in September 2023: August 2023, the same span a year on


quick_init(Period)
quick_init(Found)


def fiscal_year(n: int, month: int = 10) -> Period:
    """Budget year n: the year ending in n that starts on the first of month (October, the federal one's;
    a state's or a city's often July)."""
    if month == 1:
        return Period(date(n, 1, 1), date(n, 12, 31))
    return Period(date(n - 1, month, 1), date(n, month, 1) - timedelta(days=1))


def fiscal_year_of(d: date, month: int = 10) -> int:
    return d.year + 1 if d.month >= month > 1 else d.year


def _budget_year_of(d: date, ctx: Context) -> Period:
    """The budget year day d falls in, by the article's budget years (a state's from July where it says so)."""
    return fiscal_year(fiscal_year_of(d, ctx.fy_month), ctx.fy_month)


def month_period(year: int, month: int) -> Period:
    return Period(date(year, month, 1), date(year, month, calendar.monthrange(year, month)[1]))


def add_months(d: date, n: int) -> date:
    """The last day of the month n-1 months after d's month (d the first of a month)."""
    month0 = d.month - 1 + n - 1
    year, month = d.year + month0 // 12, month0 % 12 + 1
    return date(year, month, calendar.monthrange(year, month)[1])


def _month_number(word: str) -> int:
    return MONTHS[word.lower().rstrip(".")]


def _count(word: str) -> int | None:
    if word.isdigit():
        return int(word)
    return spelled_value(word)


def _reference(ctx: Context) -> date | None:
    if ctx.published:
        return ctx.published
    if ctx.year_hint:
        return date(ctx.year_hint, 12, 31)
    return None


def resolve_month(month: int, year: int | None, ctx: Context) -> Period | None:
    """A month without a year is the latest such month not after the publication date."""
    if year is None:
        ref = _reference(ctx)
        if ref is None:
            return None
        year = ref.year if month <= ref.month else ref.year - 1
    return month_period(year, month)


_DAY_DATE = re.compile(rf"^({MONTH_RE})\s+(\d{{1,2}})(?!\d)(?:st|nd|rd|th)?(?:,?\s+(\d{{4}}))?$")
_DAY_FIRST_DATE = re.compile(rf"^(\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?({MONTH_RE})(?:,?\s+(\d{{4}}))?$")


@lru_cache(maxsize=8192)
def parse_day(phrase: str, base: date | None) -> date | None:
    """One date phrase ("Jan. 5", "March 20, 2023", "5 January 2019") against a base date.

    The common "Month day[, year]" form is read directly; anything else goes to
    dateparser.parse() with RELATIVE_BASE set to the base date, preferring the past.
    """
    m = _DAY_DATE.match(phrase)
    first = None if m else _DAY_FIRST_DATE.match(phrase)
    if m or first:
        month, day = (_month_number(m.group(1)), int(m.group(2))) if m else (_month_number(first.group(2)),
                                                                             int(first.group(1)))
        year = int((m or first).group(3)) if (m or first).group(3) else None
        if year is None:
            if base is None:
                return None
            year = base.year if (month, day) <= (base.month, base.day) else base.year - 1
        try:
            return date(year, month, day)
        except ValueError:
            return None
    if base is None and not re.search(r"\d{4}", phrase):
        return None
    settings: dict[str, object] = {"PREFER_DATES_FROM": "past", "REQUIRE_PARTS": ["day", "month"]}
    if base is not None:
        settings["RELATIVE_BASE"] = datetime(base.year, base.month, base.day)
    parsed = dateparser.parse(phrase, languages=["en"], settings=settings)
    return parsed.date() if parsed else None


_DAY = rf"{MONTH_RE}\s+\d{{1,2}}(?!\d)(?:st|nd|rd|th)?(?:,?\s+\d{{4}})?"
# a date written day first (British and wire style: "20 June", "24 December 2021"), read after a word that
# makes it a date ("the week ended 20 June")
_DAY_FIRST = rf"\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?{MONTH_RE}(?:,?\s+\d{{4}})?"
_ANY_DAY = rf"(?:{_DAY}|{_DAY_FIRST})"
_FY = r"(?:the\s+)?(?:(?:fiscal|budget)(?:[\s-]+year(?P<fyplural>s)?(?:\s+of(?=\s+(?:19|20)\d\d\b))?)?" \
      r"(?:\s+\(FY\))?|FY)" \
      r"[\s-]?[’‘']?(?P<fyn>\d{4}|\d{2})\b" \
      r"(?:[-–/](?P<fysplit>\d{2})(?![\d-])|[-–](?P<fyend>\d{4})\b" \
      r"|(?(fyplural)\s+(?:and|to|through)\s+(?P<fyend2>(?:19|20)\d{2})\b|(?!)))?" \
      r"|(?:the\s+)?(?P<fyn2>\d{4})(?:[-–/](?P<fysplit2>\d{2}|\d{4})(?!\d))?\s+(?:fiscal|budget|school)\s+year" \
      r"|(?P<fyrel>this|the\s+current|the\s+entire|the\s+whole|the\s+total|the\s+last|last|the\s+past|the\s+previous|" \
      r"previous|the\s+prior|next|the\s+next|the\s+full|the\s+new|the\s+(?:federal\s+)?government[’']s|" \
      r"the\s+(?:recently\s+|just[\s-]+)?(?:concluded|completed|ended|finished)|" \
      r"the\s+(?:latest|most\s+recent)|the\s+(?:coming|upcoming)|the|" \
      r"(?:its|their)(?=\s+(?:fiscal|budget)\s+year,?\s+(?:(?:which|that)\s+)?" \
      r"(?:ended|ending|ends|began|started)\s))\s+" \
      r"(?:federal\s+)?(?:fiscal|budget|school)\s+year" \
      r"(?![\s-]*[’‘']?\d)" \
      r"|(?:fiscal|budget)[\s-]+year(?=[\s-]+to[\s-]+date\b)"  # "last year's fiscal-year-to-date deficit"
WEEKDAY = r"(?:mon|tues|wednes|thurs|fri|satur|sun)day\b(?![’'])"
_FEW = "two|three|four|five|six|seven|eight|nine|ten|eleven|twelve"


def _optional_as_branch(pattern: str) -> str:
    """(?:X)? written (?:X|): the same matches in the same order (greedy: X first, then nothing), but
    CPython's re runs an optional group through its slow REPEAT machinery and a branch through its
    fast one: about 0.4 µs against 0.01 µs per attempt, and PATTERNS is tried at every lead-in word."""
    out, plain_groups = [], []
    pieces = pattern_pieces(pattern)
    for i, j in pieces:
        piece = pattern[i:j]
        if piece == "(":
            plain_groups.append(pattern.startswith("(?:", i))
        elif piece == ")" and plain_groups.pop() and pattern[j:j + 1] == "?" and pattern[j + 1:j + 2] not in ("?", "+"):
            out.append("|)")
            next(pieces)  # the "?"
            continue
        out.append(piece)
    return "".join(out)


_FULL_MONTH = r"(?:January|February|March|April|May|June|July|August|September|October|November|December)"
# the words after a pair of years that make it a season's or a school year's name, not a span of years ("the 2018-19
# flu season", "the 2021-22 school year")
_SEASONAL = "season|school|academic|winter|summer|term|session|flu|crop|harvest"

# (monthssince: not "all but two months since June"; endyear: "closed out 2016 with"; whenyear: "compared with
# 2015, when 485 were reported"; endtheyear: "ended the year with")
# a budget's or plan's state between "the" and its year: "the estimated 2006 budget", "a proposed 2025 levy"
_YEAR_ADJ = "(?:estimated|proposed|projected|planned|expected|preliminary|adopted|approved|recommended|amended|revised)"
PATTERNS = re.compile(_optional_as_branch(
    rf"""
      (?P<ignore>(?:most|highest|lowest|largest|biggest|smallest|best|worst|fastest|slowest|strongest|weakest|
                    sharpest|steepest|deepest|greatest|first|second|third|fourth)\s+(?:[\w-]+\s+){{0,2}}(?:[-–—]\s*[^-–—.;]{{1,40}}?\s*[-–—]\s*)?since\s+(?:(?!\s(?:when|which|where)\b)[^,.;–—])*
                 | (?:first|largest|biggest|highest|lowest|smallest|steepest|sharpest|greatest)\s+
                   (?:(?!of\b|in\b|months?\b|half\b|quarters?\b|weeks?\b|days?\b)[\w-]+\s+){{1,3}}?
                   (?:seen\s+|recorded\s+|posted\s+|so\s+far\s+)?this\s+year\b(?!\s+(?:to|through|so\s+far)\b)
                 | \b\d{{4}}[-–]\d{{2,4}}\s+season | \bthis\s+season | \ba\s+year\s+(?:earlier|ago|before)
                 | \ba\s+month\s+(?:earlier|ago|before)
                 | (?:{_DAY}|{MONTH_RE}[’']s|(?:(?:the|its|their|a|an)\s+)?(?:19|20)\d{{2}})\s+
                   (?:(?:presidential|general|midterm|primary|special|Democratic|Republican|gubernatorial|mayoral|
                   congressional|Senate|House)\s+){{0,2}}
                   (?:elections?|primar(?:y|ies)|caucus(?:es)?|races?|campaigns?)\b
                 | (?P<pollmonth>{MONTH_RE})(?=\s+(?:polls?|surveys?)\b)
                 | (?:for\s+)?{MONTH_RE}\s+delivery\b
                 | {MONTH_RE}(?=\s+(?:gasoline|crude|Brent|West\s+Texas|WTI|RBOB|heating\s+oil|natural\s+gas|contracts?|
                   futures|positions?|wheat|corn|soybeans|cotton|gold|silver|copper)\b)
                 | (?<=\()(?:which|that)\s+(?:ended|ends|began|begins|started|starts)\s+(?:in\s+|on\s+)?{MONTH_RE}
                   (?:\s+\d{{1,2}})?(?:,?\s+\d{{4}})?(?=\s*\))
                 | \b(?:same|corresponding)\s+(?:period|month|quarter|week|time(?:\s+frame)?|timeframe)\s+
                   (?:last|a|(?:(?:of|in)\s+)?the\s+(?:previous|prior|preceding))\s+year)
    | (?P<thistime>this\s+(?:time|point)\s+(?:last\s+year|a\s+year\s+(?:ago|earlier)
                   |in\s+(?P<ttyear>(?:19|20)\d{{2}})\b(?!\s*[-–]\d))
                 | by\s+now\s+(?:last\s+year|a\s+year\s+(?:ago|earlier))\b)
    | (?P<season>(?P<searel>this|last|next|the\s+past|past)\s+(?P<seaname>winter|summer)\b(?!-|\s+(?:of|season)\b))
    | (?P<sameperiod>(?:the\s+)?(?:same|comparable|corresponding)\s+
                    (?P<spunit>period|month|quarter|week|time\s+(?:period|frame)|timeframe|span|stretch|
                    (?:{_FEW})\s+months)\s+(?:(?:in|of)\s+
                    (?:(?P<spyear>(?:19|20)\d{{2}})|(?:fiscal\s+(?:year\s+)?|FY\s?)(?P<spfy>(?:19|20)\d{{2}}|\d{{2}}))\b
                    |(?:for|in|of)\s+the\s+(?P<spfy2>(?:19|20)\d{{2}})\s+(?:fiscal|financial|budget)\s+year\b
                    |(?P<spthis>this\s+(?:fiscal\s+)?year)\b)
                    (?!\s*[-–]\d))
    | (?P<unscoped>(?:the\s+)?(?:past|last|previous|preceding|prior|trailing)\s+(?:\d{{1,3}}|{_FEW}|several|few)\s+
                   (?:months|years|weeks|quarters)\b(?!\s+of\s+(?:{MONTH_RE}|(?:19|20)\d\d|the\s+year|this\s+year)
                   |(?<=months)\s+(?:(?:that|which)\s+)?(?:ending|ended|through|to)\s+(?:in\s+)?{MONTH_RE})
                 | (?:the\s+)?(?:past|trailing)\s+(?:year|month|week|quarter)\b
                 | (?:(?<=\bin\s)|(?<=\bover\s)|(?<=\bduring\s))the\s+last\s+year\b(?![’'-]|\s+(?:of|for|in|before)\b)
                 | (?:the\s+)?(?:\d{{1,2}}|{_FEW})[-\s]week\s+(?:moving\s+|rolling\s+)?average\b
                 | (?<=\bthe\s)year[- ]ago(?=\s+\$?\d)
                 | (?:the\s+)?(?:\d{{1,2}}|{_FEW})\s+(?:previous|preceding|prior)\s+(?:months|weeks)\b
                 | (?:the\s+)?(?:second|third|fourth|middle)\s+week\s+of\s+{MONTH_RE}(?:\s+\d{{4}})?(?!\s*\d))
    | (?P<fyrange>(?:between|from)\s+(?:fiscal(?:\s+years?)?|FY)[\s-]?'?(?P<fyr1>\d{{4}}|\d{{2}})\s+
                 (?:and|to|through)\s+
                 (?:(?:fiscal(?:\s+year)?|FY)[\s-]?'?(?P<fyr2>\d{{4}}|\d{{2}})|(?P<fyr3>(?:19|20)\d{{2}}))\b(?![,.]?\d))
    | (?P<fystart>(?:the\s+)?(?P<fsy1>(?:19|20)\d{{2}})[-–/](?P<fsy2>\d{{2}}|(?:19|20)\d{{2}})
                  \s+(?:fiscal|budget)\s+year,?\s+(?:(?:which|that)\s+)?(?:start(?:s|ing|ed)?|begin(?:s|ning)?|began)\s+(?:on\s+)?
                  (?P<fsmonth>{MONTH_RE})\s+(?P<fsday>\d{{1,2}})(?!\d))
    | (?P<yearfrom>(?:a|the)\s+(?:full\s+)?(?:calendar\s+|(?:fiscal|budget|school)\s+(?=year\s+(?:(?:that|which)\s+)?
                  (?:starts|starting|begins|beginning)\b))?year\s+(?:(?:that|which)\s+)?
                  (?P<yfverb>start(?:s|ing|ed)|begin(?:s|ning)|began|from)\s+(?:on\s+)?(?P<yfday>{_ANY_DAY})(?!\s*[-–]\s*\d))
    | (?P<fyphrase>(?P<sofar>so\s+far,?\s+(?:in\s+|this\s+)?|since\s+the\s+(?:start|beginning)\s+of\s+(?:the\s+)?)?
                   (?:(?:the\s+)?(?:first\s+(?P<fymonths>\w+)\s+months|(?P<fyhalf>first|second)\s+half
                    |first\s+(?P<fyquarters>two|three|2|3)\s+quarters
                    |(?P<fyq>first|second|third|fourth|1st|2nd|3rd|4th)\s+quarter)\s+of\s+)?(?:{_FY})
                   (?P<fytd>[\s-]+to[\s-]+date\b|\s+total\b(?=\s+(?:was|is|stood|came|reached)\b))?
                   (?P<began>,?\s+(?:which|that)\s+(?:began|started)\s+(?:in\s+|on\s+)?(?:last\s+|this\s+past\s+)?
                    (?P<bmonth>{MONTH_RE})
                    (?:\s+\d{{1,2}}(?!\d))?
                    |,?\s+(?:(?:which|that)\s+)?(?:ended|ending|ends)\s+(?:on\s+)?
                     (?P<fyended>{MONTH_RE}(?:\s+|(?<=\.))\d{{1,2}}(?!\d)(?:,?\s+\d{{4}})?)
                    |\s*\(?as\s+of\s+(?:the\s+end\s+of\s+)?(?P<fyasof>{MONTH_RE})(?:\s+(?P<fyasofyear>(?:19|20)\d{{2}})
                     |\s+of\s+this\s+year)?(?!\s*\d)\)?)?)
    | (?P<sofaryear>(?:so|thus)\s+far\s+(?:this\s+year|in\s+(?P<sfyear>(?:19|20)\d{{2}})\b(?!\s*[-–]\d))
                   |this\s+year\s+so\s+far|(?:the\s+)?(?P<sfyear2>(?:19|20)\d{{2}})[\s-]+year[- ]to[- ]date\b
                   |year[- ]to[- ]date|this\s+year\s+(?:through|until)\s+(?P<sfday>{_DAY})
                   |since\s+the\s+(?:start|beginning)\s+of\s+(?:the|this)\s+year\b(?![’'-]))
    | (?P<throughday>(?:through|thru|until)\s+(?:(?P<tday>{_DAY})(?!\s*[-–]\s*\d)
                   |(?:the\s+end\s+of\s+)?(?P<tmonth>{MONTH_RE})(?:\s+(?P<tmyear>\d{{4}}))?(?!\s*\d)))
    | (?P<monthlist>(?:in|during|over)\s+(?:{_FULL_MONTH}),\s+(?:(?:{_FULL_MONTH}),\s+)*(?:{_FULL_MONTH}),?\s+and\s+
                   (?:{_FULL_MONTH})\b(?!\s*\d)(?=[^.;]{{0,60}}?\b(?:combined|together|in\s+all|total(?:ed|led|ing)?)\b))
    | (?P<mquarter>(?P<mqin>(?<=\bin\s)|(?<=\bduring\s)|(?<=\bover\s)
                         |(?<=,\s)(?=(?:{MONTH_RE})(?:[-–]|\s+(?:to|through)\s+)(?:{MONTH_RE}),))?
                   (?P<mq1>{MONTH_RE})(?:[-–]|[-–](?:to|through)[-–]|\s+(?:to|through)\s+)(?P<mq2>{MONTH_RE})
                   (?:\s+(?:quarter|period)(?:,?\s+(?:of\s+)?(?P<mqyear>\d{{4}})|\s+(?:of\s+)?(?P<mqrel>this|last)\s+year)?
                    |[-–]?\s+(?P<mqyear2>(?:19|20)\d{{2}})\b(?!\s*[-–]\d)
                    |(?(mqin)(?![-–]?\s*\d|\.?\s+\d|[’'])|(?!))))
    | (?P<quarterrange>(?:from|between)\s+(?:the\s+)?
                      (?:(?P<qr1>first|second|third|fourth)[-\s]quarter\s+(?:of\s+)?|Q(?P<qrn1>[1-4])\s*)
                      (?P<qry1>\d{{4}})\s+(?:to|through|and)\s+(?:the\s+)?
                      (?:(?P<qr2>first|second|third|fourth)[-\s]quarter\s+(?:of\s+)?|Q(?P<qrn2>[1-4])\s*)(?P<qry2>\d{{4}}))
    | (?P<quarter>(?:the\s+)?(?:(?P<qyear0>(?:19|20)\d{{2}})\s+)?
                   (?P<qord>first|second|third|fourth|final|1st|2nd|3rd|4th)[-\s]quarter
                   (?:\s+of\s+(?P<qyear>\d{{4}})|,?\s+(?P<qyear2>\d{{4}})|\s+of\s+(?P<qrel>this|last)\s+year)?
                 | (?:the\s+)?(?P<qlast>last)\s+quarter\s+of\s+(?P<qyear5>(?:19|20)\d{{2}})\b
                 | \b(?:the\s+)?(?:(?P<qyear6>(?:19|20)\d{{2}})\s+)?Q(?P<qnum>[1-4])\s*(?P<qyear3>\d{{4}})?
                 | \b(?P<qnum2>[1-4])Q(?:\s*(?P<qyear4>\d{{4}})|(?P<qyy>\d{{2}}))?\b)
    | (?P<half>(?:the\s+)?(?P<hord>first|second)\s+half\s+of\s+(?:(?P<hyear>\d{{4}})|(?P<hrel>this|last|the)\s+year)
             | \b(?:H(?P<hnum>[12])|(?P<hnum2>[12])H)(?![\w-])(?:\s*(?P<hyear2>(?:19|20)\d{{2}})\b|(?P<hyy>\d{{2}})\b)?
             | the\s+(?:mid-?point|half-?way\s+(?:point|mark)|mid-?year\s+(?:point|mark))\s+(?:in|of)\s+
               (?:the\s+year\s+(?:was\s+|came\s+)?in\s+)?(?P<hyear3>(?:19|20)\d{{2}})\b
             | through\s+(?:the\s+first\s+)?(?:six|6)\s+months\s+(?:in|of)\s+(?P<hyear4>(?:19|20)\d{{2}})\b
             | (?:the\s+)?(?:year[’']s\s+)?(?P<hbare>first|second)\s+half\b(?!\s+of\b|[-’']))
    | (?P<endmonth>(?:the\s+)?(?P<emord>first|opening|last|final|closing)\s+month\s+of\s+
                   (?:(?P<emyear>(?:19|20)\d{{2}})\b(?![-–/]\d)|(?P<emrel>this|last)\s+year\b))
    | (?P<monthsending>(?:(?:the\s+)?(?:(?:past|last|previous|preceding|trailing)\s+)?(?P<nme>\w+)
                         (?:\s+months|-month\s+(?:period|span|stretch))
                       |(?<!\bover\s)(?:the|a)\s+(?:(?P<meyearword>year)|(?P<mequarter>quarter))
                        (?=(?:\s+|-(?=end))(?:(?:that|which)\s+)?(?:ending|ended|to)\s)
                       |annually\s+in\s+(?:the\s+)?data)(?:\s+|-(?=end))(?:(?:that|which)\s+)?(?:ending|ended|through|to)\s+(?:in\s+)?
                      (?P<mename>{MONTH_RE})(?:\s+(?P<meday>\d{{1,2}})(?!\d),?)?(?:\s+(?P<meyear>\d{{4}}))?(?!\s*\d))
    | (?P<firstdays>first\s+(?P<ndays>\w+)\s+days\s+of\s+(?P<fdmonth>{MONTH_RE})(?:\s+(?P<fdyear>\d{{4}}))?)
    | (?P<firstmonths>(?P<fml>first|last|final)\s+(?:(?P<nmonths>\w+)\s+months|(?P<nquarters>two|three|2|3)\s+quarters)
                    \s+of\s+
                    (?:(?P<fmyear>\d{{4}})|this\s+year|the\s+year)
                    | (?P<fmyear2>(?:19|20)\d{{2}})[’']s\s+first\s+(?P<nmonths2>\w+)\s+months)
    | (?P<weeksending>(?:the\s+|a\s+)?(?:(?P<nwe>\d{{1,2}}|{_FEW})[-\s](?P<weunit>week|day)s?|fortnight)
                     (?:\s+(?:period|span|stretch))?\s+(?:(?:that|which)\s+)?(?:end(?:ing|ed|s)|to|through)\s+
                     (?:on\s+)?(?:(?P<wsday>{_ANY_DAY})|(?P<wswd>{WEEKDAY})))
    | (?P<weeksof>(?:the\s+)?(?P<wfl>first|last|final)\s+(?:(?P<nw>\d|{_FEW})\s+weeks|week)\s+of\s+
                 (?P<wmonth>{MONTH_RE})(?:\s+(?P<wyear>\d{{4}}))?(?!\s*\d))
    | (?P<weekof>(?:the\s+)?week\s+(?:of|beginning|starting|(?:that|which)\s+(?:began|started))\s+(?:on\s+)?
                (?:{WEEKDAY},?\s+)?(?P<wod>{_ANY_DAY})(?!\s*[-–]\s*\d))
    | (?P<weekending>week\s+(?:(?:that|which)\s+)?(?:end(?:ing|ed|s)|through|to(?=\s+\d)
                    |(?:(?<=\bthe\sweek\s)|(?<=\bin\sweek\s))to(?=\s+(?:{MONTH_RE}\s+\d|{WEEKDAY})))\s+(?:on\s+)?
                    (?:(?:{WEEKDAY},?\s+)?(?P<weday>{_ANY_DAY})|(?P<wewd>{WEEKDAY})))
    | (?P<dayrange>(?P<drl1>{_DAY})\s+and\s+(?P<drlm>{MONTH_RE})\s+\d{{1,2}}\s*[-–]\s*(?P<drl2>\d{{1,2}})(?!\d|[.,]\d)
                  | (?:(?:from|between)\s+(?P<dr1>{_DAY}),?\s+(?:through|to|and|until|-|–)\s+
                    |(?P<dr1b>{_DAY})(?:,?\s+(?:through|to|until)\s+|\s*[-–]\s*))(?P<dr2>{_DAY})
                  | (?P<drbetween>(?:from|between)\s+)?(?P<drmonth>{MONTH_RE})\s+(?P<drd1>\d{{1,2}})
                    (?:\s*[-–]\s*|\s+(?:to|through)\s+|(?(drbetween)\s+and\s+|(?!)))(?P<drd2>\d{{1,2}})(?!\d)
                    (?![.,]\d|\s*(?:%|percent|per\s+cent)|\s+(?:million|billion
                        |(?!(?:shows|finds|gives|puts|says|has|was)\b)(?-i:[a-z]+s)\b))
                    (?:,?\s+(?P<dryear>\d{{4}}))?)
    | (?P<monthrange>(?:from|between|since)\s+(?P<mr1>{MONTH_RE})(?:\s+(?P<mrd1>\d{{1,2}})(?!\d)(?:st|nd|rd|th)?,?)?
                    (?:\s+(?P<mry1>\d{{4}})|\s+of\s+(?P<mrrel1>last|this)\s+year)?\s+(?:through|to|and|until|-|–)\s+
                    (?:the\s+end\s+of\s+)?
                    (?:(?P<mr2>{MONTH_RE})(?:\s+(?P<mrd2>\d{{1,2}})(?![\d,.]\d)(?:st|nd|rd|th)?)?
                    (?:,?\s+(?P<mry2>\d{{4}})|\s+of\s+(?P<mry2b>(?:19|20)\d{{2}})\b|\s+of\s+(?P<mrrel>this|last)\s+year\b)?
                    (?!\s*\d(?!\d?\d?,\d{{3}}))
                    |(?P<mrlast>last\s+month)\b(?![’'-])))
    | (?P<monththan>(?:(?<=\bmore\s)|(?<=\bless\s)|(?<=\bfewer\s)|(?<=\bhigher\s)|(?<=\blower\s)|(?<=\bgreater\s)
                    |(?<=\bcheaper\s)|(?<=\bcostlier\s))in\s+(?P<mt2>{MONTH_RE})\s+than\s+
                   (?:in\s+|during\s+)?(?P<mt1>{MONTH_RE})\b(?!\s*\d|[’']))
    | (?P<monthpair>(?:for|in|during)\s+(?P<mp1>{MONTH_RE})\s+and\s+(?P<mp2>{MONTH_RE})(?!\s*\d))
    | (?P<monthssince>(?<!\ball\sbut\s)(?<!\bexcept\s)(?<!\bexcept\sfor\s)
                     (?:the\s+|a\s+)?(?P<nms>\d{{1,2}}|{_FEW})[-\s]months?(?:\s+(?:period|span|stretch))?\s+
                     (?P<mssince>since|(?:(?:that|which)\s+)?(?:began|begun|beginning|starting|started|begins|starts))\s+
                     (?:on\s+|in\s+)?(?:(?P<msday>{_DAY})|(?P<msmonth>{MONTH_RE})(?:\s+(?P<msyear>\d{{4}}))?(?!\s*\d)))
    | (?P<since>since\s+(?:(?:the|a|an|this|its|their)\s+(?:[\w-]+\s+){{0,3}}
                    (?:(?:began|started|ended)\s+(?:in\s+)?|(?:low|high|peak|trough|bottom)\s+(?:in|of)\s+)
                   |(?:reaching|hitting|peaking|bottoming\s+out)(?:\s+(?:a|an|its|their|the)(?:\s+[\w-]+){{1,2}})?
                    \s+(?:in\s+)?
                   |(?:he|she|they|(?:President|Gov\.|Governor|Mayor|Sen\.|Senator)(?:\s+[A-Z][\w.’'-]*){{1,2}})\s+
                    (?:took\s+office|was\s+(?:elected|sworn\s+in|inaugurated)|came\s+(?:in)?to\s+office)\s+
                    (?:in\s+)?)?
                 (?:(?P<sday>{_DAY})|(?P<smonth>{MONTH_RE})(?:\s+(?P<smyear>\d{{4}}))?(?!\s*\d)
                      |(?P<syear>(?:19|20)\d{{2}})\b))
    | (?P<today>today(?=\s+(?:is|stands|sits|averages|was)\b)|(?P<todayopen>today)(?=,\s+(?!\d))
               |(?P<todaywhile>today)(?=\s+(?:while|whereas)\b)
               |(?P<todayend>today)(?=[.!?]?["”’]?\s*$)
               |today[’'](?=s\s+(?:national\s+)?(?:average|price|level|rate)\b)|(?P<yesterday>yesterday)(?=\s*[,.;)]|\s+(?:was|were|stood|averaged)\b))
    | (?P<dayof>(?:the\s+)?(?:calendar\s+)?day\s+of\s+(?P<dod>{_DAY}))
    | (?P<weekday>(?:on\s+)?{WEEKDAY}(?:(?:,\s*|\s+)(?:and\s+)?{WEEKDAY})*
                 (?P<wdthru>\s+(?:through|thru|though|to|until)\s+{WEEKDAY}|\s*[-–]\s*{WEEKDAY})?(?:,?\s+(?P<wdday>{_DAY}))?)
    | (?P<day>{_DAY})
    | (?P<month>(?P<mname>{MONTH_RE})(?:(?=(?P<mposs>[’']s\s)))?
                 (?:\s+(?P<myear>\d{{4}})|\s+of\s+(?P<myear2>(?:19|20)\d{{2}})\b|
                 ,\s+(?P<myear3>(?:19|20)\d{{2}})(?=,)|
                 \s+(?:of\s+)?(?P<myrel>this|last)\s+year\b(?![’']))?(?!\s*\d)
                 (?:(?=\s+(?P<mverb>saw|brought|recorded|logged|posted|produced|ended\s+with
                                    |(?:[a-z]+\s+)?[a-z]+s\s+(?:alone\s+|also\s+)?(?:rose|fell|climbed|dropped|jumped|increased|decreased|declined|grew
                                                  |slipped|slid|surged|plunged|totaled|totalled|reached|were|came)
                                    )\b))?)
    | (?P<relmonth>last\s+month|this\s+month|(?:the\s+)?(?:previous|prior|preceding)\s+month)
    | (?P<themonth>(?:for|in|during)\s+the\s+month\b(?![’'-]|\s+(?:of|before|earlier|ago|prior|ending|ended|to|through|
                   that|which|after|since)\b))
    | (?P<endtheyear>(?:(?<=\bended\s)|(?<=\bends\s)|(?<=\bend\s)|(?<=\bclosed\s)|(?<=\bcloses\s)|(?<=\bclose\s)
                    |(?<=\bfinished\s)|(?<=\bfinishes\s)|(?<=\bfinish\s)|(?<=\bout\s)|(?<=\bwrapped\sup\s))
                    the\s+year(?=\s+(?:with|at|on|up|down)\b))
    | (?P<relyear>(?<!\bthe\s)last\s+year|this\s+year|next\s+year\b(?![’'-])
                 |(?:the\s+)?(?:previous|prior|preceding)\s+year
                 |(?:the\s+)?(?:following|subsequent)\s+year\b(?![’'-])
                 |(?<!\bin\s)(?<!\bover\s)(?<!\bwithin\s)(?<!\bduring\s)(?<!\bfor\s)the\s+next\s+year\b(?![’'-])
                 |(?:(?<=\bin\s)|(?<=\bfor\s))the\s+year\s+before(?=\s*(?:[,.;:)—–]|$))|^the\s+year\s+before(?=,))
    | (?P<fortheyear>for\s+the\s+year(?=\s+(?:is|are|was|were|has|have|stands?|stood)\b))
    | (?P<forecastyear>for\s+the\s+year\b(?![’'-]|\s+(?:ago|earlier|before|ending|ended|to|through|since|after|of)\b))
    | (?P<fullyear>(?:for|in)\s+the\s+(?:full|whole|entire)\s+year\b
                 (?![’'-]|\s+(?:ago|earlier|before|ending|ended|to|through|since|after|of)\b))
    | (?P<relweek>(?:the\s+)?(?:previous|prior|preceding)\s+week\b|\ba\s+week\s+(?:earlier|before|ago)\b
                 |(?:the\s+|a\s+)?\bweek[- ]ago\b(?!\s+(?:today|on)\b)|(?P<lastweeks>last\s+week[’']s))
    | (?P<lastweek>last\s+week\b(?![’']))
    | (?P<thatweek>(?<!after\s)(?<!before\s)(?<!since\s)(?<!until\s)(?:that|the\s+same)\s+week\b(?![’'-])
                   (?!\s+(?:before|after|earlier|later|ago|to|through|ending|ended|of|in)\b))
    | (?P<relquarter>(?:the\s+)?(?:previous|prior|preceding)\s+quarter\b(?![’'])
                    |(?P<lastq>last\s+quarter)\b(?![’'-]|\s+of\b))
    | (?P<barequarter>in\s+the\s+(?P<bqord>first|second|third|fourth)(?=\s*[.;,)]|\s*$))
    | (?P<yearrange>(?:between|from)\s+(?P<yr1>(?:19|20)\d{{2}})(?:\s+(?:and|to|through|until)\s+|\s*[-–]\s*)
                   (?P<yr2>(?:19|20)\d{{2}})\b(?!\s*[-–]\d)
                 | (?:between|from)\s+(?P<yr5>(?:19|20)\d{{2}})\s+(?:and|to|through|until)\s+(?:the\s+end\s+of\s+)?
                   (?P<yrm>{MONTH_RE})\s+(?P<yr6>(?:19|20)\d{{2}})\b(?!\s*[-–]\d)
                 | (?:between|from)\s+the\s+(?:end|close)\s+of\s+(?P<yre1>(?:19|20)\d{{2}})\s+(?:and|to|until)\s+
                   the\s+(?:end|close)\s+of\s+(?P<yre2>(?:19|20)\d{{2}})\b
                 | (?:in|during|for|over|throughout)\s+(?P<yr3>(?:19|20)\d{{2}})[-–](?P<yr4>(?:19|20)\d{{2}})\b
                   (?![-–]\d)(?!\s+(?:{_SEASONAL}|fiscal|budget)\b)
                 | (?:in|for)\s+(?P<yr7>(?:19|20)\d{{2}})\s+and\s+(?P<yr8>(?:19|20)\d{{2}})\b
                   (?![-–]\d|[’']|(?:[^.;]|\.\d){{0,80}}\brespectively\b|\s+(?:saw|was|were|had)\b))
    | (?P<thatyear>(?<!after\s)(?<!before\s)(?<!since\s)(?<!until\s)(?:that|the\s+same)\s+
                   (?P<thatfy>(?:fiscal|budget)\s+)?year\b(?![’'-])
                   (?!\s+(?:before|after|earlier|later|ago|to|through)\b))
    | (?P<year>(?:in|during|for|throughout|of|since|from)\s+(?:calendar\s+year\s+|CY\s?|the\s+year\s+)?
               (?P<yyear>(?:19|20)\d{{2}})\b
               (?!\s*[-–]\d|[’']s\s+first\s)
             | (?:calendar\s+year\s+|\bCY\s?)(?P<cyear>(?:19|20)\d{{2}})\b
             | (?P<subjyear>(?:19|20)\d{{2}})(?:,)?\s+(?=(?:was|saw|had|brought|marked|recorded|set|ended)\b)
             | by\s+(?P<byyear>(?:19|20)\d{{2}})(?=\s*,)
             | ^through\s+(?P<thruyear>(?:19|20)\d{{2}})(?=\s*,)
             | (?:(?<=\bend\s)|(?<=\bends\s)|(?<=\bended\s)|(?<=\bclose\s)|(?<=\bcloses\s)|(?<=\bclosed\s)
                |(?<=\bout\s)|(?<=\bfinished\s)|(?<=\bwrapped\sup\s))
               (?P<endyear>(?:19|20)\d{{2}})\b(?!\s*[-–]\d|[’'])
             | (?P<whenyear>(?:19|20)\d{{2}})(?=,\s+when\b)
             | (?<![\d$,.])(?P<possyear>(?:19|20)\d{{2}})[’']s\s+(?=(?:[a-z][\w-]*\s+){{0,3}}\$?\d)
             | (?:(?:the|its|their|a)\s+(?:{_YEAR_ADJ}\s+)?|(?<=\w[’']s\s))
               (?P<adjyear>(?:19|20)\d{{2}})\s+(?=[a-z])(?!model)
             | (?:(?<=\bto\s)|(?<=\bwith\s)|(?<=\bversus\s)|(?<=\bvs\.\s))(?P<cmpyear>(?:19|20)\d{{2}})\s+
               (?=(?:numbers|figures|totals?|levels?|data|statistics|stats|counts?)\b))
    """),
    re.VERBOSE | re.IGNORECASE,
)
_PATTERNS_GUARDED = guarded(PATTERNS)  # the same matches: each phrase tried only where it can start
# the same matches again, each with only the phrases that can start with the character where it is tried
_PATTERNS_BY_FIRST = by_first_char(PATTERNS)
_PART_OF_MONTH = re.compile(r"(?i)\b(?:mid-?|early|late)\s*$")
# "to 9 percent from 9.1 in September": a comparison's base month, not the month the article reports on
_BASE_MONTH = re.compile(r"(?i)\b(?:from|than|compared\s+(?:to|with)|versus|vs\.?)\s+(?:about\s+|nearly\s+)?"
                         r"\$?\d[\d.,]*" + GLUED_SCALE +
                         r"(?:\s+(?:million|billion|trillion|percent))?%?\s+(?:[a-z]+\s+){0,2}(?:in|during)\s+$")
# "in May", "its May report" ("May" alone may be the verb)
_MONTH_NEEDS_CUE = re.compile(r"(?i)(?:(?:in|for|during|of|since|through|until|last|this|by|from|and|to|its|their|the)"
                              r"\s+|\w[’']s\s+)$")  # (or an owner's: "the group's April poll")


# Every period phrase holds one of these words. PATTERNS is tried only at the few word starts
# just before one, instead of at every character: the same matches, many times faster.
_TRIGGER = re.compile(  # on lower-cased text (literal-led, scanned for fast): a month's name, or a word of time
    # one branch per first letter, each led by a literal: the engine then skips in C to the next character
    # that can start one (a "charset prefix") and tries one alternative there, not sixteen; on the text one
    # byte a character (offsets hold), far faster to scan than a str with curly quotes in it.
    # Within a letter the alternatives keep their order, so the matches are the same.
    rb"j(?:an(?:uary)?|une?|uly?)(?![a-z])"
    rb"|f(?:eb(?:ruary)?(?![a-z])|y|iscal|ortnight|(?:irst|ourth)(?=[.;,)])|riday\b)"
    rb"|m(?:(?:ar(?:ch)?|ay)(?![a-z])|onth|onday\b)"
    rb"|s(?:ep(?:t(?:ember)?)?(?![a-z])|eason|econd(?=[.;,)])|aturday\b|unday\b|ummer\b)"
    rb"|t(?:hird(?=[.;,)])|uesday\b|hursday\b|oday\b)"
    rb"|a(?:pr(?:il)?|ug(?:ust)?)(?![a-z])|oct(?:ober)?(?![a-z])|nov(?:ember)?(?![a-z])|dec(?:ember)?(?![a-z])"
    rb"|y(?:ears?\b|esterday\b)|q(?:uarter|[1-4]\b)|h(?:alf|[12]\b)|w(?:eek|ednesday\b|inter\b)|budget|19\d\d|20\d\d"
    rb"|[1-4]q(?:\d\d)?\b|[12]h(?:\d\d)?\b|cy(?=\s?[12]\d{3}\b)|calendar\s+year"
)
# Where a period phrase can begin (besides the trigger word itself): a word starting with one of these.
_STARTER = re.compile(  # on the lower-cased text one byte a character, like _TRIGGER
    rb"\b(?:so|thus|through|thru|until|which|that|since|same|corresponding|the|first|second|third|fourth|1st|2nd|3rd|4th|this|last|next|previous|prior|preceding|current|"
    rb"two|three|four|five|six|seven|eight|nine|ten|final|"
    rb"entire|whole|week|from|between|in|during|for|throughout|of|by|its|their|a|most|highest|lowest|largest|"
    rb"biggest|smallest|best|worst|fastest|slowest|strongest|weakest|sharpest|steepest|deepest|greatest|year|q[1-4]|fy|fiscal|budget|past|trailing|\d)"
)
assert _STARTER.pattern.startswith(rb"\b(?:") and _STARTER.pattern.endswith(rb")")


def _grouped_by_first_letter(words: list[bytes]) -> bytes:
    """An alternation of words (regex pieces) with those that start with the same letter or digit under one branch
    ("t(?:hus|hrough|...)"): re tries the alternatives of a branch one by one, so the letter is tried once, then only
    its words. In a lookahead (any match will do) it holds at the same places as the plain alternation."""
    branches: dict[bytes, list[bytes]] = {}
    for w in words:
        head = w[:1] if w[:1].isalnum() else w  # a piece such as \d is a branch of its own
        branches.setdefault(head, []).append(w[len(head):])
    return b"|".join(head + (b"(?:" + b"|".join(rest) + b")" if rest != [b""] else b"")
                     for head, rest in branches.items())


# the same starts, led by the byte before each (one that is no word character: re skips in C to each such byte, where
# _STARTER's \\b is tried at every place); the word is read in a lookahead, so the next can start right after it
_STARTER_AFTER = re.compile(rb"[^a-zA-Z0-9_](?=" + _grouped_by_first_letter(_STARTER.pattern[5:-1].split(b"|")) + rb")")


def _starter_starts(flat: bytes, lo: int, hi: int) -> list[int]:
    """[m.start() for m in _STARTER.finditer(flat, lo, hi)]: its words (letters and digits, so none starts inside
    one) at the word starts in lo..hi (each read within hi)."""
    starts = [m.end() for m in _STARTER_AFTER.finditer(flat, max(0, lo - 1), hi)]
    if not lo and _STARTER.match(flat, 0, hi):
        starts.insert(0, 0)
    return starts


# Where PATTERNS cannot match, though _STARTER or _TRIGGER points there (on the sentence itself, so exact):
# a number no phrase starts with ("1.5", "000"); "the", "in", "of", "a", "for", "from", "by", "during" not
# followed by a word a phrase goes on with, or starting a longer word ("increase", "there", "and"); "that",
# "which" not after "(". Any word followed by "months"/"-month" is let through ("seventeen months ending").
# A new alternative of PATTERNS that starts with one of these words needs its next word here ("the year" for
# "ended the year with"; "from Q1 2013 to Q1 2014" as "from the first quarter of 2013 ..."); test_extraction_periods
# checks the gate against PATTERNS over every corpus text.
# (The word before "months" is read possessively, \w++: what follows it is no word character, so giving back its
# letters one by one, as \w+ does on each failure, could never let "months" match; the same matches, fewer steps.)
_NO_START = re.compile(
    rf"(?!(?:the\s+)?\w++(?:\s+months|-month))(?:\d(?!\d\d\d|\d?[-\s]|st|nd|rd|th|q|h)"
    rf"|the(?!\s+(?:same|comparable|corresponding|past|last|previous|preceding|prior|following|subsequent|trailing|second|third|fourth|middle|first|final|fiscal|"
    rf"budget|school\s+year|(?:up)?coming\s+(?:fiscal|budget|school)\s+year|fy|current|entire|whole|next|full|federal|(?:recently\s+|just[\s-]+)?(?:concluded|completed|ended|finished)\s+|latest\s+|most\s+recent\s+|(?:opening|closing)\s+month\s+of|(?:new|total)\s+(?:federal\s+)?(?:fiscal|budget)|government[’']s|week|year|quarter|calendar|day|"
    rf"fortnight|mid-?point|half-?way|mid-?year\s+(?:point|mark)|{_FEW}|\d|{_YEAR_ADJ}\s+\d)|ir\s)"
    rf"|in(?!\s+(?:calendar|cy|\d|the\s+(?:full|whole|entire|first|second|third|fourth|month|year\s+\d)|{MONTH_RE}))"
    rf"|a(?!\s+(?:year|month|week|fortnight|{_FEW}|\d|{_YEAR_ADJ}\s+\d)|n\s+\d|nnually|pr|ug)"
    rf"|of(?!\s+(?:calendar|cy|\d))|by(?!\s+(?:\d|now\s))|during(?!\s+(?:calendar|cy|\d|the\s+(?:month|year\s+\d)|{MONTH_RE}))"
    rf"|for(?!\s+(?:the\s+(?:year|month|full|whole|entire)|calendar|cy|\d|{MONTH_RE})|tnight)"
    rf"|from(?!\s+(?:fiscal|fy|the\s|first|second|third|fourth|q[1-4]\b|calendar|cy|\d|{MONTH_RE}))"
    rf"|(?<!\()(?:that(?!\s+(?:(?:fiscal\s+|budget\s+)?year|week)\b)|which))",
    re.IGNORECASE,
)
# _TRIGGER tried only just after a byte that is no letter: led by that byte, re skips in C to each (far fewer stops
# than at each of _TRIGGER's first letters); the trigger is read in a lookahead, so the next can start right after it
_TRIGGER_AFTER = re.compile(rb"[^a-z\xaa\xb5\xba\xc0-\xd6\xd8-\xf6\xf8-\xff](?=(" + _TRIGGER.pattern + rb"))")
# a digit just after a letter (led by the digit, so found fast)
_LETTER_DIGIT = re.compile(r"[0-9](?<=[^\W\d_][0-9])")


def _triggers(lower: str, flat: bytes) -> list[int]:
    """The starts of _TRIGGER's matches in flat (finditer's: each after the last) that follow no letter.
    A match inside a word is dropped, but it stops the scan there till its end: that covers the start of a word only
    where the match holds a byte that is no letter, which only its digits ("x2019", "q1") or "calendar year" can be.
    Where neither a letter just before a digit nor "calendar" is in the sentence, the matches at word starts are
    found alone (_TRIGGER_AFTER), each not inside the last: the same starts."""
    if "calendar" in lower or _LETTER_DIGIT.search(lower) is not None:
        return [m.start() for m in _TRIGGER.finditer(flat) if not (m.start() and lower[m.start() - 1].isalpha())]
    triggers, done = [], 0
    m = _TRIGGER.match(flat)
    if m is not None:
        triggers.append(0)
        done = m.end()
    for m in _TRIGGER_AFTER.finditer(flat):
        at = m.start(1)
        if at >= done and not lower[at - 1].isalpha():  # (a letter past Latin-1 is a "?" in flat)
            triggers.append(at)
            done = m.end(1)
    return triggers


# a year, on the text one byte a character: literal-led (the lookbehind after the first two digits) so
# the engine skips ahead to each "19" or "20"
_YEAR = re.compile(rb"(?:19|20)(?<![0-9-][0-9]{2})[0-9]{2}(?![0-9-])")
_FISCAL_CUE = re.compile(r"(?i)\b(?:budget\s+(?:deficits?|surplus(?:es)?|shortfalls?|office|report|years?)|"
                         r"federal\s+(?:budget|deficits?)|Congressional\s+Budget\s+Office)\b")
_REACH = 60  # the longest lead-in before the trigger word: "since the beginning of the fiscal year"


_MONTH_YEAR = re.compile(rf"\b(?:{MONTH_RE})\s+(?:of\s+)?((?:19|20)\d\d)\b")
# the same without its leading \b, for a whole article (see _finditer_at_word_starts)
_MONTH_YEAR_UNLED = re.compile(rf"(?:{MONTH_RE})\s+(?:of\s+)?((?:19|20)\d\d)\b")


def _search_at_word_start(pattern: re.Pattern, text: str, pos: int = 0) -> re.Match | None:
    """pattern.search for a pattern written without the \\b its matches start with (which it must begin with a word
    character for): the first match at a word start. A pattern led by \\b (or by letters under (?i)) gives re no
    character to skip ahead to, so it is tried at every place of the text; led by its first letters, it is tried
    only where one stands, and the few matches inside a word are passed over here. The same matches."""
    while True:
        m = pattern.search(text, pos)
        if m is None:
            return None
        at = m.start()
        if not at or not is_word_char(text[at - 1]):
            return m
        pos = at + 1


def _finditer_at_word_starts(pattern: re.Pattern, text: str):
    """pattern.finditer for a pattern written without its leading \\b (see _search_at_word_start)."""
    pos = 0
    while (m := _search_at_word_start(pattern, text, pos)) is not None:
        yield m
        pos = m.end()


def _finditer_at_words(pattern: re.Pattern, words: re.Pattern, text: str, lower: str | None = None):
    """pattern.finditer(text) for a \\b-led pattern (under (?i) or not) whose every match starts with one of the
    words that words (a case-sensitive alternation, led by a literal: re skips to each in C)
    finds on the lower-cased text: pattern is tried only at those of them at a word start (a \\b-led pattern is
    tried at every character). The same matches, while no word starts inside a match of words where another of
    them could begin (the words are letters and digits; "u.k" is followed by no word's start but a k)."""
    lower = text.lower() if lower is None else lower
    if len(lower) != len(text) or holds_case_odd(text):
        yield from pattern.finditer(text)
        return
    done = 0
    for w in words.finditer(lower):
        at = w.start()
        if at < done or at and is_word_char(lower[at - 1]):
            continue  # inside the last match, or inside a word (where the pattern's leading \\b fails)
        m = pattern.match(text, at)
        if m is not None:
            yield m
            done = m.end()


def _search_at_words(pattern: re.Pattern, words: re.Pattern, text: str, lower: str | None = None) -> re.Match | None:
    """pattern.search(text), tried only where _finditer_at_words tries it."""
    return next(_finditer_at_words(pattern, words, text, lower), None)


# without a publication date, years that are a comparison's base, not the story's: "its best month since December
# 2007" (a superlative's since), "up over the same month in 2012" (the story is of the year after)
_SINCE_BEFORE = re.compile(r"(?i)\bsince\s+$")
_SAME_SPAN_IN = re.compile(r"(?i)\b(?:same|corresponding)\s+(?:month|period|quarter|week|time)\s+(?:in|of|last)\s+"
                           r"((?:19|20)\d\d)\b")
_SAME_SPAN_AT = re.compile("same|corresponding")  # the words _SAME_SPAN_IN's matches start with
# ("its best month since December 2007", "the fastest rate since 1981", "since the year-ending August 1982")
_SINCE_MONTH_YEAR = re.compile(rf"(?i)\bsince\s+(?:the\s+[a-z-]+\s+(?:of\s+)?)?(?:(?:{MONTH_RE})\s+(?:of\s+)?)?"
                               r"((?:19|20)\d\d)\b")


# a superlative's "since" and the count it names: "the most since the 784 homicides in 2016"
_SINCE_COUNT = r"(?i)\bsince\s+(?:the\s+|a\s+)?\$?\d[\d,.]*\s+(?:[a-z-]+\s+){1,4}?"
_SINCE_COUNT_YEAR = re.compile(_SINCE_COUNT + r"(?:in|during)\s+(?P<y>(?:19|20)\d\d)\b"
                               r"(?![^.;]*\b(?:19|20)\d\d)")  # (the sentence's last year)
_BARE_YEAR_IN = re.compile(r"\b((?:19|20)\d\d)\b")


def _undated_year_hint(sentence: str, hint: int | None, prior: int | None) -> int | None:
    """The year an undated article's later months take after this sentence: not a superlative's "since December
    2007" or "since 1981", and a year on from "the same month in 2012"."""
    same = _SAME_SPAN_IN.findall(sentence)
    if same:
        return int(same[-1]) + 1
    since = _SINCE_MONTH_YEAR.findall(sentence)
    if since and hint == int(since[-1]):
        return prior
    counted = _SINCE_COUNT_YEAR.search(sentence) if "since" in sentence else None
    if counted is not None and hint == int(counted["y"]):
        return prior  # "the most since the 784 homicides in 2016": a superlative's base too
    if prior is not None and hint is not None and prior == hint + 1:
        last = None
        for m in _MONTH_YEAR.finditer(sentence):
            last = m
        if last is None:  # "lower than the 11.8% for the 2022 calendar year" in a story on 2023: a year as the base
            for m in _BARE_YEAR_IN.finditer(sentence):
                last = m
        if last is not None and int(last[1]) == hint and \
                _BASE_LEAD_NEAR.search(sentence, max(0, last.start() - 50), last.start()):
            return prior  # "rose 3.1% from August 2023" in a story on August 2024: a base a year back
    if prior is not None and hint is not None and hint < prior and ("than" in sentence or "compared" in sentence):
        first = _YEAR_IN_TEXT.search(sentence)
        if first is not None and int(first[0]) < prior and _BASES_LEAD.search(sentence, 0, first.start()) and \
                all(int(y) < prior for y in _YEAR_IN_TEXT.findall(sentence)):
            return prior  # "twice the five reported in 2011, three in 2010 and two in 2009" in a story on 2012:
            # every year named is a base's, earlier than the story's
    return hint


_YEAR_IN_TEXT = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")
_BASES_LEAD = re.compile(r"(?i)\b(?:than|compared\s+(?:to|with))\b")


# "in the first half of 2019", "the first six months of this year": the part of the year an article reports on
_YEAR_PART = re.compile(rf"(?i)\bfirst\s+(?:(?P<half>half)|(?P<quarter>quarter)|(?P<n>\d|{_FEW})\s+months)\s+of\s+"
                        r"(?:(?P<y>(?:19|20)\d\d)\b|this\s+year\b)|\bthe\s+end\s+of\s+the\s+first\s+(?P<bare>quarter)\b")


def _year_part(text: str, published: date | None, this_year: int | None = None) -> Period | None:
    """The first months of the year of writing an article reports on ("now 22% in the first half of 2019" told in
    July 2019; in an undated article, of the year its "this year" is), for its "this year": none where it names two
    such parts."""
    parts = set()
    year = published.year if published is not None else this_year
    assert year is not None  # (callers give one of the two)
    for m in _YEAR_PART.finditer(text):
        y = int(m["y"]) if m["y"] else year
        n = 6 if m["half"] else 3 if m["quarter"] or m["bare"] else _count(m["n"].lower())
        if y == year and n and n < 12:
            parts.add(Period(date(y, 1, 1), add_months(date(y, 1, 1), n)))
    part = parts.pop() if len(parts) == 1 else None
    return part if part is not None and (published is None or part.end < published) else None


def names_month_with_year(text: str) -> bool:
    """Whether the text names a month with its year ("March 2019"): what an undated article's months take their
    year from."""
    return next(_finditer_at_word_starts(_MONTH_YEAR_UNLED, text), None) is not None


# "rose 3.1% from August 2023", "(down from 4.03 million in August 2023)": a comparison's base, a few words on
_BASE_LEAD_NEAR = re.compile(r"(?i)\b(?:from|than|compared\s+(?:to|with)|versus|vs\.?)\s+"
                             r"(?:(?!(?:to|through|and)\s)[^\s;]+\s+){0,5}$")  # (not "from May 2021 to June 2021")


def _year_on_base(text: str, m: re.Match) -> int:
    """1 where an undated article's "Month YEAR" is a comparison's base and the same month stands elsewhere
    without a year ("Sales slid 2.5% in August ... rose 3.1% from August 2023"): a change over a year, its bare
    months the year after; else 0."""
    if not _BASE_LEAD_NEAR.search(text, max(0, m.start() - 50), m.start()):
        return 0
    name = m[0].split()[0]
    with_year = sum(1 for n in _finditer_at_word_starts(_MONTH_YEAR_UNLED, text) if n[0].split()[0] == name)
    return 1 if text.count(name) > with_year else 0


# an undated story's budget year under way, named by the day it began: "the current fiscal year, which began Oct. 1,
# 2006", "this budget year that started on July 1, 2019"
_RUNNING_FY_BEGAN = re.compile(r"(?i)\b(?:the\s+current|this)\s+(?:fiscal|budget|financial)\s+year,?\s+"
                               rf"(?:which|that)\s+(?:began|started)\s+(?:on\s+)?(?P<m>{MONTH_RE})\s+(?P<d>\d{{1,2}}),?\s+"
                               r"(?P<y>(?:19|20)\d\d)\b")
# a wire's dateline with its day, at the opening of a line: "WASHINGTON, Aug. 10 (Xinhua) --", "NEW YORK, June 12 -"
_DATELINE_DAY = re.compile(rf"(?m)^[A-Z][A-Z .'-]+(?:,\s+[A-Z][\w.]*(?:\s+[A-Z][\w.]*)?)?,\s+(?P<m>{MONTH_RE})\s+"
                           r"(?P<d>\d{1,2})\s*(?:\([\w .&-]{2,30}\)\s*)?(?:--|[—–-])")


def inferred_date(text: str) -> date | None:
    """An undated story's day of writing, where its dateline gives the day ("WASHINGTON, Aug. 10 (Xinhua) --") and
    its lede the budget year under way by the day it began ("the current fiscal year, which began Oct. 1, 2006"): that
    day within that budget year (Aug. 10, 2007). None otherwise."""
    if "began" not in text and "started" not in text:
        return None
    fy = _RUNNING_FY_BEGAN.search(text, 0, _TOP)
    line = _DATELINE_DAY.search(text, 0, _TOP) if fy is not None else None
    if fy is None or line is None:
        return None
    try:
        start = date(int(fy["y"]), _month_number(fy["m"]), int(fy["d"]))
        day = date(start.year, _month_number(line["m"]), int(line["d"]))
    except ValueError:
        return None
    if day < start:
        return day.replace(year=start.year + 1) if (day.month, day.day) != (2, 29) else None
    return day


def context_for(text: str, published: date | None) -> Context:
    """The context an article starts with: without a publication date, its months without a year take the
    year of the latest month it names with one ("spiked in March ... 53,077 in March 2019": March 2019)."""
    if published is not None:
        ctx = Context(published=published)
    else:
        years = [int(m[1]) + _year_on_base(text, m) for m in _finditer_at_word_starts(_MONTH_YEAR_UNLED, text)
                 if not _SINCE_BEFORE.search(text[max(0, m.start() - 8):m.start()])]
        lower = text.lower()
        if "ame" in lower or "orre" in lower:  # each match holds "same" or "corresponding" (any case)
            years += [int(m[1]) + 1 for m in _finditer_at_words(_SAME_SPAN_IN, _SAME_SPAN_AT, text, lower)]
        top = None if years else _top_year(text)  # else the year it reports on: "Homicides In 2012 ... As of Dec. 28"
        ctx = Context(published=None, year_hint=max(years) if years else top, story_year=_story_year(text))
        if ctx.story_year is None:
            ctx.this_year = _this_year_named(text)
            if ctx.this_year is None and top is None and not years:
                ctx.this_year = ctx.year_hint = _this_and_last_named(text)  # (its months without a year, that year's)
                if ctx.this_year and "first " in text:
                    ctx.year_part = _year_part(text, None, ctx.this_year)
    if "FY" in text or "iscal" in text or "udget year" in text or "chool year" in text:
        ctx.fiscal_numbers = frozenset(int(n) + (2000 if len(n) == 2 else 0)
                                       for n in (m[1] for m in _finditer_at_word_starts(_FY_NUMBER_UNLED, text)))
        if "fiscal year" in text:  # "during the 2016 fiscal year": that budget year named by number too
            ctx.fiscal_numbers |= {int(m[1]) for m in _YEAR_FISCAL_YEAR.finditer(text)}
        if "alendar year" in text and _CALENDAR_YEAR_NAMED.search(text):
            ctx.fiscal_numbers = frozenset()  # "numbers for calendar year 2017 ... in fiscal year 2017": the article
            # tells the two apart, naming each budget year as one; its bare "in 2017", "in 2016" are calendar years
        ctx.fy_month = _fiscal_start_month(text)
        ctx.fiscal_bare = ctx.fy_month == 10 and ("iscal 1" in text or "iscal 2" in text) and bool(
            _search_at_words(_FEDERAL_BODY, _FEDERAL_BODY_AT, text))
        if ctx.fiscal_bare:  # many outlets write "fiscal 2013" for the federal year "fiscal year 2013"
            ctx.fiscal_numbers |= {int(m[1]) for m in _finditer_at_word_starts(_FY_BARE_UNLED, text)}
        if published is not None and ctx.fy_month == 10 and _search_at_words(_JUST_ENDED_FY, _JUST_ENDED_FY_AT, text):
            ctx.fiscal_numbers |= {fiscal_year_of(published) - 1}  # the budget year the story reports, closed
        ctx.fy_split = ctx.fy_month != 10 and _names_split_budget_year(text)
        ctx.last_year_fy = _last_year_fiscal(text, published, ctx.fiscal_numbers, ctx.fiscal_bare)
    ctx.seasons = season_months(text)
    if published is not None and "first " in text:
        ctx.year_part = _year_part(text, published)
    ctx.trading_day = _trading_day(text, published)
    if published is not None and "data f" in text[:_TOP]:
        ctx.data_month_end = _data_month_end(text[:_TOP], published)
    ctx.report_week = _stocks_report_week(text, ctx.trading_day or published)
    if published is not None and ("week end" in text or "days end" in text):
        ctx.ended_week = _ended_week(text, published)
    note = _NOTE.search(text) if "ll figures" in text or "ll numbers" in text else None
    if note is not None:
        ctx.note_span = ((_month_number(note["nm1"]), int(note["nd1"])), (_month_number(note["nm2"]), int(note["nd2"])))
    return ctx


# a bare calendar year near an article's top ("Jefferson County records 267 overdose deaths in 2017"): not one of a
# month ("March 2017"), a budget year ("fiscal 2017"), a span's end ("since 2017", "2016-17") or a decade ("1940s")
# (literal-led, the lookbehind after the first two digits: re skips in C to each "19" or "20")
_TOP_YEAR = re.compile(r"(?P<y>(?:19|20)(?<![\d\w$.,'’/–-]..)\d\d)(?![\w'’%]|[-–/]\d|,\d)")
_NOT_BARE_BEFORE = re.compile(rf"(?i)(?:\b{MONTH_RE}\.?,?|\bfiscal|\bFY|\bsince|\bsummer|\bwinter|\bspring|\bfall|"
                              r"\bseason|\bof|\bbetween|\band|\bto|\bthrough)\s*$")
_THIS_YEAR = re.compile(r"(?i)\bthis\s+year\b|\byear[\s-]+to[\s-]+date\b")
# the same without its leading \b, its first letters in either case spelled out (for _search_at_word_start)
_THIS_YEAR_UNLED = re.compile(r"[tTyY](?:(?<=[tT])(?i:his\s+year)|(?<=[yY])(?i:ear[\s-]+to[\s-]+date))\b")
_TOP = 700  # how far down the first year an undated article names is its subject year


def _story_year(text: str) -> int | None:
    """An undated article's subject year, where it tells of a year that has closed: the first calendar year named
    near its top ("Housing Starts Rise 2.2 Percent in 2001", "... show 317 traffic fatalities in 2013"), its "last
    year" then being that year (told the year after). None where the text also speaks of "this year", "so far" or
    "to date" (a year still running: its "last year" is the year before)."""
    return None if _search_at_word_start(_THIS_YEAR_UNLED, text) else _top_year(text)


def _this_year_named(text: str) -> int | None:
    """An undated article's "this year", where the sentence near its top that says it names the year ("Premiums
    rose 5% this year, according to the 2019 Benchmark Survey"): that year, its "last year" the one before."""
    m = _THIS_YEAR.search(text, 0, _TOP)
    if m is None or not m.group(0).lower().startswith("this"):
        return None
    start = max([text.rfind("\n", 0, m.start())] + [e.end() for e in _SENTENCE_END.finditer(text, 0, m.start())])
    end = next((e.start() for e in _SENTENCE_END.finditer(text, m.end())), len(text))
    end = min(end, text.find("\n", m.end()) % (len(text) + 1))
    years = {int(y["y"]) for y in _TOP_YEAR.finditer(text, max(start, 0), end)
             if not _NOT_BARE_BEFORE.search(text[max(0, y.start() - 12):y.start()])
             and not _BASE_LEAD.search(text[max(0, y.start() - 40):y.start()])}
    return years.pop() if len(years) == 1 else None


# "in 2005", "during 2004": a bare calendar year a figure is told in (not "since 2004", "by 2030")
_IN_YEAR = re.compile(r"\b(?:in|during|for)\s+((?:19|20)\d\d)\b(?![-–/]\d|[’']s)")


def _this_and_last_named(text: str) -> int | None:
    """An undated article's "this year", where it names no year near its top but tells figures "in" two years in a
    row and none later ("reported 4,080 murders in 2005 and 3,979 in 2004" in a story on "this year"): the later."""
    if "in 1" not in text and "in 2" not in text:
        return None
    years = {int(m[1]) for m in _IN_YEAR.finditer(text)}
    return max(years) if len(years) >= 2 and max(years) - 1 in years else None


def _top_year(text: str) -> int | None:
    """The first bare calendar year near an article's top (not a comparison's base: "up 16 percent over the 153
    recovered in 2019")."""
    for m in _TOP_YEAR.finditer(text[:_TOP]):
        if not _NOT_BARE_BEFORE.search(text[max(0, m.start() - 12):m.start()]) and \
                not ("in " in text[max(0, m.start() - 8):m.start()] and
                     _BASE_FIGURE_IN.search(text[max(0, m.start() - 60):m.start()])):
            return int(m["y"])
    return None


# "over the 153 recovered in ", "than the five reported in ", "from 740 in ": a base figure's year follows
_BASE_FIGURE_IN = re.compile(r"(?i)\b(?:over|than|from|compared\s+(?:to|with)|versus)\s+(?:the\s+|a\s+)?"
                             r"\$?\d[\d,.]*(?:\s+[a-z]+){0,3}\s+in\s+$")


_LAST_YEAR = re.compile(r"(?i)\b(?:last|past)\s+year\b(?![’'-])")
_BASE_LEAD = re.compile(r"(?i)\b(?:from|than|compared\s+(?:to|with)|versus|vs\.?|same\s+as|over|since|before)"
                        r"(?:\s+[\w$,.%]+){0,3}?\s+(?:the\s+)?$")
_SENTENCE_END = re.compile(r"(?<![A-Z])[.!?][\"”’]?\s+(?=[A-Z“\"])")
_FY_BY_NUMBER_AT = r"(?i)\b(?:fiscal[\s-]+year|FY{bare})[\s-]?'?(?:{n}|{nn})\b(?![-–]\d)"


# a budget year named by number, then the days it runs: "fiscal 2009, which was from Oct. 1, 2008 through Sept. 30,
# 2009", "fiscal year 2013 (Oct. 1, 2012, to Sept. 30, 2013)"
_FY_SPELLED_OUT = re.compile(r"[^.;]*?\d{2}\b,?\s*(?:\(|(?:which|that)\s+(?:was|ran|runs|is)\s+|running\s+)?"
                             r"(?:from\s+)?Oct(?:ober|\.)?\s+1,?\s+(?:19|20)\d\d,?\s+(?:through|to|until|-|–)\s+"
                             r"Sept?(?:ember|\.)?\s+30\b")


def _last_year_fiscal(text: str, published: date | None, numbers: frozenset, bare: bool = False) -> int:
    """The budget year an article's own "last year" is: where it names, by number, the budget year ending in the
    calendar year before publication, within a sentence of a "last year" that is no comparison's base ("... with
    Mexico last year happened in the Tucson Sector ... For fiscal year 2013, which ended Sept. 30, ..." told in
    February 2014: fiscal 2013). 0 otherwise. bare: "fiscal 2013" names it too (Context.fiscal_bare)."""
    if published is None or published.year - 1 not in numbers:
        return 0
    n = published.year - 1
    named_by = _FY_BY_NUMBER_AT.format(n=n, nn=f"{n % 100:02d}", bare="|fiscal" if bare else "")
    named = [m.start() for m in re.finditer(named_by, text)]
    if any(_FY_SPELLED_OUT.match(text, at, at + 90) for at in named):
        return n  # "fiscal 2009, which was from Oct. 1, 2008 through Sept. 30, 2009": the article's year, spelled out
    for m in _LAST_YEAR.finditer(text):
        if _BASE_LEAD.search(text, max(0, m.start() - 30), m.start()):
            continue
        if any(abs(at - m.start()) < 300 and len(_SENTENCE_END.findall(text, min(at, m.start()), max(at, m.start())))
               <= 1 for at in named):
            return n
    return 0


# a market lede: "The price of U.S. oil climbed above $102 a barrel Wednesday", "Stocks slid on Tuesday", "crude
# inventories rose, according to data released Wednesday"
_MARKET_WORDS = re.compile(r"(?i)\b(?:crude|oil|futures|stocks|shares|Dow|S&P|Nasdaq|gold|natural\s+gas|gasoline|"
                           r"Treasur(?:y|ies)|yields?|dollar|markets?)\b")
_LEDE_WEEKDAY_NAME = re.compile(r"\b(Mon|Tues|Wednes|Thurs|Fri)day\b(?![’'])")
# a quote of a traded price with no day of its own: "crude for June delivery added 67 cents to $102.37 a barrel",
# "Brent ... on the ICE Futures exchange", "The Dow closed down 268 points", "was recently down 1.3% at $41.39/bbl",
# "Wholesale gasoline gained 4 cents to $2.97 a gallon" (not a pump price: "At the pump, the average ...")
_MARKET_QUOTE = re.compile(
    r"(?i)\bfor\s+(?:\w+\s+)?delivery\b|\b(?:Mercantile|Nymex|ICE\s+Futures|futures\s+(?:contract|exchange))\b|"
    r"\bfutures\s+(?:\w+\s+)?(?:rose|fell|gained|added|lost|climbed|slipped|dropped|declined|eased|edged|jumped|slid)\b|"
    r"\b(?:settled?|closed|ended|finished)\s+(?:\w+\s+)?(?:up|down|higher|lower|at)\b|\brecently\s+(?:up|down|at|"
    r"traded|trading)\b|(?<!pump,\s)\b(?:wholesale|heating\s+oil|natural\s+gas)\b[^.;]{0,30}\b(?:gained|added|rose|fell|"
    r"lost|slipped|dropped|declined|climbed)\s+\d+\s+cents?\s+to\s+\$")


# the words every match of _MARKET_WORDS and _MARKET_QUOTE starts with (for _search_at_words)
_MARKET_WORDS_AT = re.compile("crude|oil|futures|stocks|shares|dow|s&p|nasdaq|gold|natural|gasoline|treasur|yield|"
                              "dollar|market")
_MARKET_QUOTE_AT = re.compile("for|mercantile|nymex|ice|futures|settle|closed|ended|finished|recently|wholesale|"
                              "heating|natural")
_SPAN_NOUN = re.compile(r"(?i)(?<![\w-])(?<!next\s)(?:week|month|year|quarter)\b")  # (not "front-month", nor a
# forecast's "through next week")
# a traded price's move quoted to its level per unit of a commodity: "gained $1.17 to $36.15/bbl", "shot up by 8.4¢ to
# the equivalent of $3.84/Mcf", "fell 60 cents to $71.20 a barrel" (not a pump price's gallon)
_PRICE_MOVE_TO = re.compile(r"(?i)\b(?:gained|added|rose|fell|lost|slipped|dropped|declined|climbed|jumped|soared|"
                            r"escalated|plunged|increased|decreased|(?:shot|was|were)\s+(?:up|down))\s+(?:by\s+)?"
                            r"\$?\d[\d.]*(?:¢|\s+cents?)?\s+to\s+(?:the\s+equivalent\s+of\s+)?\$\d[\d.]*\s*"
                            r"(?:/\s*|an?\s+|per\s+)(?:bbl|barrels?|Mcf|MMBtu|million\s+British|tonnes?|metric\s+tons?)\b")


def _trading_day(text: str, published: date | None) -> date | None:
    """The trading day a market story opens on: a weekday in its first lines, beside words of a market, the last
    such weekday on or before the publication date."""
    if published is None:
        return None
    lede = text[:500]
    m = _LEDE_WEEKDAY_NAME.search(lede)
    if m is None or _search_at_words(_MARKET_WORDS, _MARKET_WORDS_AT, lede) is None or \
            _search_at_words(_MARKET_QUOTE, _MARKET_QUOTE_AT, text) is None:
        return None
    idx = _WEEKDAYS.index(m.group(1).lower() + "day")
    return published - timedelta(days=(published.weekday() - idx) % 7)


_STOCKS_SOURCE = ("EIA", "Energy Information Administration", "American Petroleum Institute", "Department of Energy",
                  "Energy Department")
_STOCKS_WORDS = re.compile(r"(?i)\b(?:inventor(?:y|ies)|stockpiles?|stocks|supplies|storage)\b")


def _stocks_report_week(text: str, published: date | None) -> Period | None:
    """The week a weekly oil or gas stocks report covers (EIA, API: Saturday to Friday, out the next Tuesday to
    Thursday), in an article on one written that Tuesday to Thursday (a market story's trading day, where it names
    one: "Oil rose on Thursday" printed on Friday): its "last week" is that week."""
    if published is None or not 1 <= published.weekday() <= 3 or not any(w in text for w in _STOCKS_SOURCE):
        return None
    if _STOCKS_WORDS.search(text) is None:
        return None
    friday = published - timedelta(days=(published.weekday() - 4) % 7)
    return Period(friday - timedelta(days=6), friday)


# "during the week ended Dec. 21", "the seven days ending Saturday": the weekday a weekly report's weeks end on
_WEEK_ENDED = re.compile(rf"(?i)\b(?:week|seven\s+days)\s+(?:(?:that|which)\s+)?end(?:ed|ing|s)\s+(?:on\s+)?"
                         rf"(?:(?P<wd>(?:mon|tues|wednes|thurs|fri|satur|sun)day)\b|(?P<day>{_DAY}))")


def _ended_week(text: str, published: date) -> Period | None:
    """The last full week before publication that ends on the weekday of the first week the article says "ended"
    ("the week ended Dec. 21", a Saturday, in a story of Thursday 2 January: 22 to 28 December)."""
    m = _WEEK_ENDED.search(text)
    if m is None:
        return None
    if m["wd"]:
        weekday = _WEEKDAYS.index(m["wd"].lower())
    else:
        day = parse_day(_norm(m["day"]), published)
        if day is None:
            return None
        weekday = day.weekday()
    end = published - timedelta(days=(published.weekday() - weekday) % 7 or 7)
    return Period(end - timedelta(days=6), end)


# the text defining its own budget year (a state's, a city's, a school district's): "the fiscal year runs from July 1
# to June 30", "Fiscal Year 2022-23 ... between July 1, 2022, and June 30, 2023", "the fiscal year that began
# July 1", "its fiscal year ends June 30", "June, which is the last month in the City's fiscal year"
_FY_WORDS = r"(?:fiscal|budget|school)[\s-]+years?"  # (a school year defined: "the school year starting July 1")
_FY_SPAN_DEFINED = re.compile(
    rf"(?i)\b{_FY_WORDS}\b(?:(?!\.\s+[A-Z])[^;]){{0,100}}?\b(?P<m1>{MONTH_RE})\s+1(?:st)?,?(?:\s+(?:19|20)\d\d,?)?\s+"
    rf"(?:and|to|through|thru|until|-|–)\s+(?P<m2>{MONTH_RE})\s+(?:28|29|30|31)\b"
    rf"|\b{_FY_WORDS}\b[^.;]{{0,40}}?\b(?:begins?|beginning|began|starts?|starting|started|runs?\s+from|running\s+from)"
    rf"\s+(?:on\s+|in\s+)?(?P<m3>{MONTH_RE})(?!\s+(?!1(?:st)?\b)\d)"
    rf"|\b{_FY_WORDS}\b[^.;]{{0,40}}?\b(?:ends?|ending|ended|closes|closed|closing)\s+(?:on\s+|in\s+)?(?P<m4>{MONTH_RE})"
    rf"(?!\s+(?!(?:28|29|30|31)\b)\d)"
    rf"|\b(?P<m5>{MONTH_RE}),?\s+(?:which\s+(?:is|was)\s+)?the\s+(?P<nth>first|last|final)\s+month\s+(?:of|in)\s+"
    rf"(?:the\s+|its\s+|their\s+)?(?:[A-Z][\w.]*[’']s\s+)?(?:new\s+|current\s+)?"
    rf"(?:(?:19|20)\d\d(?:[-–/]\d\d)?\s+{_FY_WORDS}\b|{_FY_WORDS}\b|fiscal\s+(?=(?:19|20)\d\d\b))"
    # a budget year named by number, then when it began or ended: "fiscal 2004, which ended June 30"
    rf"|\b(?:fiscal|budget)(?:\s+years?)?\s+(?:19|20)\d\d,?\s+(?:which|that)\s+(?:has\s+|had\s+)?"
    rf"(?:(?:began|begins|started|starts)\s+(?:on\s+|in\s+)?(?P<m6>{MONTH_RE})(?!\s+(?!1(?:st)?\b)\d)"
    rf"|(?:ended|ends|closed|closes)\s+(?:on\s+|in\s+)?(?P<m7>{MONTH_RE})(?!\s+(?!(?:28|29|30|31)\b)\d))")


# Where a match of _FY_SPAN_DEFINED can start: its alternatives all start with "fiscal" or "budget" (any case), but
# one with a month's name before "the last month of"; led by a class of cased letters, re skips to each in C
_FY_WORD_START = re.compile(r"[fFbBsS](?:(?<=[fF])(?i:iscal)|(?<=[bB])(?i:udget)|(?<=[sS])(?i:chool))")
_MONTH_OF = re.compile(r"[mM](?i:onth\s+(?:of|in)\s)")


def _fy_spans_defined(text: str):
    """_FY_SPAN_DEFINED.finditer(text): without "month of" or "month in" in the text, tried only where "fiscal" or
    "budget" starts (a \\b-led pattern under (?i) is tried at every character); the same matches."""
    if _MONTH_OF.search(text) is not None:
        yield from _FY_SPAN_DEFINED.finditer(text)
        return
    done = 0
    for c in _FY_WORD_START.finditer(text):
        if c.start() >= done and (m := _FY_SPAN_DEFINED.match(text, c.start())) is not None:
            yield m
            done = m.end()


_CALENDAR_YEAR_NAMED = re.compile(r"\b[Cc]alendar\s+year\s+(?:19|20)\d\d\b")


def _fiscal_start_month(text: str) -> int:
    """The month the article's budget years start in, from the first definition it gives; else, where it names a
    budget year by two calendar years ("the 2019-20 budget year", "FY 2006-07": never the federal government's),
    a state's or city's year: July, or April where the text is about a country whose years run from April; else
    October."""
    for m in _fy_spans_defined(text):
        if m.group("m1"):
            first, last = _month_number(m.group("m1")), _month_number(m.group("m2"))
            if (last % 12) + 1 == first:
                return first
        elif m.group("m3") or m.group("m6") or m.group("nth") == "first":
            return _month_number(m.group("m3") or m.group("m6") or m.group("m5"))
        else:
            return _month_number(m.group("m4") or m.group("m7") or m.group("m5")) % 12 + 1
    nth = _NTH_MONTH_OF_FY.search(text) if "month of" in text or "month in" in text else None
    if nth is not None:  # "In the third month of the 2019-20 budget year, ... in the black for September": July
        month = _month_number(nth.group("nm") or nth.group("nm2"))
        return (month - _NTH_MONTH[nth.group("nth").lower()]) % 12 + 1
    if _names_split_budget_year(text):
        lower = text.lower()
        if _search_at_words(_APRIL_YEARS, _APRIL_YEARS_AT, text, lower):
            return 4
        if _search_at_words(_FEDERAL_BODY, _FEDERAL_BODY_AT, text, lower) and \
                not _search_at_words(_LOCAL_BODY, _LOCAL_BODY_AT, text, lower):
            return 10  # "fiscal year 2018-19" in a story on the Border Patrol's or the Treasury's figures: federal
        return 7
    if "tate" in text and _search_at_words(_STATE_BUDGET, _STATE_BUDGET_AT, text) and \
            not _search_at_words(_FEDERAL_BODY, _FEDERAL_BODY_AT, text) and not _OFF_JULY_STATE.search(text):
        return 7  # "the FY 2016 appropriated state budget": a U.S. state's year, from July 1 in all but four
    return 10


# a U.S. state's own budget or revenue ("the state's General Revenue Fund", "the FY 2016 appropriated state budget",
# "state tax collections"), and the four states whose budget years do not start in July
_STATE_BUDGET = re.compile(r"(?i)\bstate(?:[’']s)?\s+(?:(?:general\s+)?(?:budget|revenue\s+fund|general\s+fund|"
                           r"tax\s+(?:collections|revenues?|receipts)|revenue\s+collections)|"
                           r"(?:appropriated|operating)\s+budget)\b|\b(?:appropriated|operating)\s+state\s+budget\b")
_STATE_BUDGET_AT = re.compile("state|appropriated|operating")
_OFF_JULY_STATE = re.compile(r"\b(?:Texas|Alabama|Michigan|New\s+York|Canad\w*|Australi\w*|Ottawa|India\w*|Brit\w*|"
                             r"U\.?K\.?)\b")


# a budget year by its two calendar years: "the 2019-20 budget year", "fiscal year 2010-11", "FY 2006-07"
_FY_SPLIT = re.compile(r"(?i)\b(?:(?:fiscal|budget)(?:[\s-]+year)?|FY)[\s-]?'?(?P<y1>(?:19|20)\d\d)[-–/]"
                       r"(?P<y2>\d\d)(?![\d-])"
                       r"|\b(?P<y3>(?:19|20)\d\d)[-–/](?P<y4>\d\d|(?:19|20)\d\d)\s+(?:fiscal|budget)[\s-]+year\b")
# in every match of _FY_SPLIT, and found far faster (led by a digit, where _FY_SPLIT is led by \b under (?i))
_YEAR_PAIR = re.compile(r"(?:19|20)\d\d[-–/]\d\d")
# a country whose budget years run from April (India's, Canada's, Britain's, Japan's)
_APRIL_YEARS = re.compile(r"\b(?:India|Indian|Canada|Canadian|Ottawa|Britain|British|U\.?K\.?|Japan|Japanese)\b|"
                          r"(?i:\b(?:rupees?|crores?|lakhs?)\b)")
# a story on a federal body's figures (a split "fiscal year 2018-19" there is the federal year, October to
# September), unless a state, city, county or school body is in it too
_FEDERAL_BODY = re.compile(r"\b(?:CBP|Border\s+Patrol|ICE|DHS|USCIS|CBO|Pentagon|Medicare|Medicaid|"
                           r"Customs\s+and\s+Border\s+Protection|Immigration\s+and\s+Customs\s+Enforcement|"
                           r"Homeland\s+Security|Congressional\s+Budget\s+Office|Treasury\s+Department|"
                           r"(?:Department|Dept\.)\s+of\s+(?:the\s+)?(?:Treasury|Defense|Justice|State)|"
                           r"Office\s+of\s+Management\s+and\s+Budget|(?i:federal\s+(?:government|deficit|budget|debt)))\b")
_LOCAL_BODY = re.compile(r"(?i)\b(?:state|states[’']|city|cities|county|counties|municipal\w*|town(?:ship)?|"
                         r"school|district|governor|gov\.|legislat\w+|mayor|council|province|provincial)\b")
# the words the matches of _FY_SPLIT, _APRIL_YEARS, _FEDERAL_BODY and _LOCAL_BODY start with (for _search_at_words)
_FY_SPLIT_AT = re.compile("fiscal|budget|fy|19|20")
_APRIL_YEARS_AT = re.compile(r"india|canad|ottawa|brit|u\.?k|japan|rupee|crore|lakh")
_FEDERAL_BODY_AT = re.compile("cbp|border|ice|dhs|uscis|cbo|pentagon|medica|customs|immigration|homeland|"
                              "congressional|treasury|department|dept|office|federal")
_LOCAL_BODY_AT = re.compile("state|cit|count|municipal|town|school|district|gov|legislat|mayor|council|provinc")


def _names_split_budget_year(text: str) -> bool:
    """Whether the text names a budget year by two calendar years that follow each other ("the 2019-20 budget
    year"): _YEAR_PAIR first, found fast, then _FY_SPLIT only at the words its matches start with."""
    return _YEAR_PAIR.search(text) is not None and \
        any(_consecutive(m) for m in _finditer_at_words(_FY_SPLIT, _FY_SPLIT_AT, text))


_NTH_MONTH = {"second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8, "ninth": 9,
              "tenth": 10, "eleventh": 11}
# "the third month of the 2019-20 budget year, ... for September", "September, the third month of the fiscal year"
_NTH_MONTH_OF_FY = re.compile(
    rf"(?i)\b(?:(?P<nm2>{MONTH_RE}),?\s+(?:which\s+(?:is|was)\s+)?)?the\s+(?P<nth>{'|'.join(_NTH_MONTH)})\s+month\s+"
    rf"(?:of|in)\s+(?:the\s+|its\s+|this\s+)?(?:state[’']s\s+|city[’']s\s+)?(?:(?:19|20)\d\d[-–/]\d\d\s+)?"
    rf"{_FY_WORDS}\b(?(nm2)|[^.;]{{0,120}}?\b(?:for|in)\s+(?P<nm>{MONTH_RE})\b)")


def _consecutive(m: re.Match) -> bool:
    """The two years of a _FY_SPLIT match follow each other ("2019-20", "2013-2014"; not "FY2014-2019")."""
    y1, y2 = int(m.group("y1") or m.group("y3")), m.group("y2") or m.group("y4")
    return int(y2) == (y1 + 1 if len(y2) == 4 else (y1 + 1) % 100)


_FY_NUMBER = re.compile(r"(?i)\b(?:fiscal[\s-]+year(?:\s+of(?=\s+(?:19|20)\d\d\b))?|FY)[\s-]?'?((?:19|20)\d{2}|\d{2})\b"
                        r"(?![-–]\d)")  # ("the fiscal year of 2019")
# the same without its leading \b, its first letter in either case spelled out (for _finditer_at_word_starts)
_FY_NUMBER_UNLED = re.compile(r"[fF](?i:iscal[\s-]+year(?:\s+of(?=\s+(?:19|20)\d\d\b))?|y)"
                              r"[\s-]?[’‘']?((?:19|20)\d{2}|\d{2})\b(?![-–]\d)")
_YEAR_FISCAL_YEAR = re.compile(r"\b((?:19|20)\d{2})\s+fiscal\s+year\b")
_FY_BARE_UNLED = re.compile(r"[fF]iscal\s+((?:19|20)\d{2})\b(?![-–]\d)")  # "fiscal 2013", in a federal body's story
# a note scoping the article's figures: its budget years are that span of each ("fiscal year 2015": Sept. 1,
# 2014, through July 31, 2015)
# the federal budget year that closed last before the story, named without its number: "during the recently
# concluded federal fiscal year", "in the latest fiscal year", "the fiscal year, which ended Sept. 30"
_JUST_ENDED_FY = re.compile(r"(?i)\b(?:(?:recently|just)[\s-]+(?:concluded|completed|ended|finished)|latest|"
                            r"most\s+recent)\s+(?:federal\s+)?fiscal\s+year\b|\bfiscal\s+year,?\s+(?:which|that)\s+ended\s+"
                            r"(?:on\s+)?Sept(?:ember|\.)?(?:\s+|(?<=\.))30\b(?!,?\s+\d)")
_JUST_ENDED_FY_AT = re.compile("recently|just|latest|most|fiscal")  # the words its matches start with
_NOTE = re.compile(rf"\((?:All|The)\s+(?:figures|numbers)\s+(?:are\s+)?(?:for|cover|from)\s+(?P<nm1>{MONTH_RE})\s+"
                   rf"(?P<nd1>\d{{1,2}})\s+(?:through|to|until|-|–)\s+(?P<nm2>{MONTH_RE})\s+(?P<nd2>\d{{1,2}})\.?\)")


def _noted_year(ctx: Context, period: Period) -> Period:
    """A whole budget year under a note's span: the span of the note ending in that budget year."""
    assert ctx.note_span is not None  # (the caller's check)
    (m1, d1), (m2, d2) = ctx.note_span
    try:
        end = date(period.end.year - (m2 >= 10), m2, d2)
        start = date(end.year - ((m1, d1) > (m2, d2)), m1, d1)
    except ValueError:
        return period
    return Period(start, end)


# a holiday on a fixed day, as a bound of a span: "from July 2 to Christmas Eve", "until New Year's Day", "since
# Halloween" (not "the Christmas Eve service", nor a holiday whose day moves: Easter, Thanksgiving)
_HOLIDAY_BOUND = re.compile(r"\b(?:to|through|thru|until|till|before|after|since|from|between|and|on)\s+"
                            r"(?P<h>Christmas\s+(?:Eve|Day)|New\s+Year[’']s\s+(?:Eve|Day)|Halloween|"
                            r"Valentine[’']s\s+Day)\b(?!\s+(?:[a-z]+\s+)?(?:service|party|parties|sales?|shopping|"
                            r"dinner|parade|celebrations?|weekend|week|holiday|storm|game|concert)\b)")
_HOLIDAY_DAY = {"christmaseve": ("December", 24), "christmasday": ("December", 25), "newyearseve": ("December", 31),
                "newyearsday": ("January", 1), "halloween": ("Oct.", 31), "valentinesday": ("February", 14)}


def _holidays_as_days(sentence: str) -> str:
    """The sentence with each fixed-date holiday bounding a span written as its day, padded to the same length
    ("Christmas Eve" as "December   24"), so that the offsets of what is read hold."""
    if "Christmas" not in sentence and "New Year" not in sentence and "Halloween" not in sentence and \
            "Valentine" not in sentence:
        return sentence

    def day(m: re.Match) -> str:
        name, n = _HOLIDAY_DAY[re.sub(r"[^a-z]", "", m["h"].lower())]
        gap = len(m["h"]) - len(name) - len(str(n))
        return m[0][:m.start("h") - m.start()] + name + " " * gap + str(n) if gap > 0 else m[0]
    return _HOLIDAY_BOUND.sub(day, sentence)


def find_periods(sentence: str, ctx: Context) -> list[Found]:
    """The period phrases of one sentence, in order. Updates ctx's year and month hints."""
    found = []
    sentence = _holidays_as_days(sentence)
    lower = sentence.lower()
    if not ctx.fiscal and ("budget" in lower or "deficit" in lower) and _FISCAL_CUE.search(sentence):
        ctx.fiscal = True  # a federal budget story: its "this year", "in 2009" are budget years
    ctx.fiscal_before = ctx.fiscal_here
    ctx.fiscal_here = "fiscal" in lower
    ctx.year_here = None
    ctx.month_here = None
    ctx.last_before, ctx.last_here = ctx.last_here, None
    ctx.sentence_before, ctx.sentence = ctx.sentence, sentence
    flat = lower.encode("latin-1", "replace")
    triggers = _triggers(lower, flat)
    if triggers:
        starts = [t for t in triggers if not t or not is_word_char(lower[t - 1])]
        # the lead-ins to a trigger word at most _REACH characters on: scan only those stretches
        lo, hi = max(0, triggers[0] - _REACH), triggers[0] + 1
        for t in triggers[1:]:
            if t - _REACH > hi:
                starts += _starter_starts(flat, lo, hi)
                lo = t - _REACH
            hi = t + 1
        starts += _starter_starts(flat, lo, hi)
        starts = sorted(set(starts))
        done = 0
        for pos in starts:
            if pos < done or _NO_START.match(sentence, pos):
                continue
            m = _PATTERNS_BY_FIRST.get(sentence[pos:pos + 1], _PATTERNS_GUARDED).match(sentence, pos)
            if m is None or m.end() == pos:
                continue
            done = m.end()
            item = _resolved(m, sentence, lower, ctx)
            if item is not None:
                found.append(item)
                _note_span(item, ctx)
                if item.period is not None:
                    ctx.last_here = item.period
    found = _at_the_time(found, sentence, lower, ctx)
    found = _at_which_time(found, sentence, lower)
    found = _from_day_through(_dated_asides(found, sentence, lower), sentence, lower)
    found = _a_year_back(found, sentence, lower)
    if "/" in sentence:
        found = _with_numeric_ranges(found, sentence, ctx)
    found = _with_story_years_and_days(found, sentence, lower, ctx)
    found = _with_year_splits(found, sentence, lower, ctx)
    found = _month_described(found, sentence, lower)
    if "day’s " in lower or "day's " in lower or "this year" in lower:
        found = _day_phrases(found, sentence, lower, ctx)
    found = _with_release_and_count_days(found if ctx.published is not None or len(found) < 2 else
                                         _month_against_same_month(found, sentence), sentence, lower, ctx)
    if b"19" in flat or b"20" in flat:
        prior = ctx.year_hint
        years = _YEAR.findall(flat)
        if years:  # the last year named is the hint; whether it is a budget year's is the sentence's (one search)
            ctx.year_hint = int(years[-1])
            ctx.year_hint_fiscal = ("cal" in lower or "udget" in lower or "nanc" in lower or "fy" in lower) and \
                _BUDGET_YEARS_WORDS.search(sentence) is not None  # (fiscal, budget, financial, FY: any case)
        if ctx.published is None and ("same" in lower or "since" in lower or "from" in lower or "than" in lower
                                      or "compared" in lower or "versus" in lower):
            ctx.year_hint = _undated_year_hint(sentence, ctx.year_hint, prior)
    return found


# an aside that describes someone or something named before it, by when it began ("Lane, who took office in 2021,",
# "The agency, founded in 1998,"): its date is the aside's, not the sentence's figures'
_DATED_ASIDE = re.compile(r"(?i),\s+(?:who\s+(?:was\s+|were\s+)?|which\s+(?:was\s+|were\s+)?)?(?:took|founded|"
                          r"established|created|elected|appointed|hired|named|sworn|opened|launched|formed|"
                          r"re-elected|reelected)\b[^,;:()]*,")


def _dated_asides(found: list[Found], sentence: str, lower: str) -> list[Found]:
    """The period phrases of a dated aside ("Lane, who took office in 2021, said ..."), read past, when the aside
    holds no figure of its own."""
    if not found or ", " not in lower or not (", who " in lower or ", which " in lower or "ed in " in lower
                                               or "took " in lower):
        return found
    out = found
    for m in _DATED_ASIDE.finditer(sentence):
        inside = [f for f in found if f.kind == "period" and m.start() < f.start and f.end <= m.end()]
        rest = "".join(sentence[a:b] for a, b in _outside(m.start(), m.end(), inside))
        if inside and not any(c.isdigit() for c in rest):
            out = [Found(f.start, f.end, "ignore") if f in inside else f for f in out]
    return out


_THROUGH_LEAD = re.compile(r"(?i)(?:through|thru|to|until)\b")


def _from_day_through(found: list[Found], sentence: str, lower: str) -> list[Found]:
    """"from July 1, 2023, through the end of May": a day with its year after "from", then the span "through" a
    month: one span from that day to the month's end (not the calendar year to date the "through" alone reads)."""
    if len(found) < 2 or "from " not in lower:
        return found
    out = list(found)
    for k in range(len(found) - 1):
        a, b = found[k], found[k + 1]
        if a.kind == "asof" and a.asof is not None and b.kind == "period" and b.period is not None \
                and lower.endswith("from ", 0, a.start) and sentence[a.end:b.start].strip() in ("", ",") \
                and _THROUGH_LEAD.match(sentence, b.start) and b.period.end > a.asof:
            out[k] = Found(a.start - 5, b.end, "period", Period(a.asof, b.period.end))
            out[k + 1] = Found(b.start, b.end, "ignore")
    return out


def _outside(start: int, end: int, spans: list[Found]) -> list[tuple[int, int]]:
    """The stretches of start..end outside the spans (in order, within it)."""
    out: list[tuple[int, int]] = []
    at = start
    for f in spans:
        out.append((at, f.start))
        at = f.end
    out.append((at, end))
    return out


# a sentence that opens by setting all it tells a year back: "During the same period in the year before, agents
# apprehended 38,089 in April, 40,337 in May ...", "In the same months last year, ...", "A year earlier, ..."
_A_YEAR_BACK_OPENING = re.compile(r"(?i)(?:(?:in|during|for|over)\s+the\s+(?:same|corresponding|comparable)\s+"
                                  r"(?:period|months|time|time\s+period|stretch)\s+(?:in\s+the\s+year\s+before|"
                                  r"(?:of\s+|in\s+)?the\s+(?:previous|prior|preceding)\s+year|last\s+year|"
                                  r"a\s+year\s+(?:earlier|before|ago))|a\s+year\s+(?:earlier|before)|"
                                  r"the\s+year\s+before)\s*,\s+")


def _a_year_back(found: list[Found], sentence: str, lower: str) -> list[Found]:
    """The months, quarters and days the sentence names after its opening "During the same period in the year
    before," without a year of their own, a year earlier."""
    if not found or "year" not in lower[:60] or not _A_YEAR_BACK_OPENING.match(sentence):
        return found
    out = []
    for f in found:
        p = f.period
        if f.kind == "period" and p is not None and not _YEAR_IN.search(sentence, f.start, f.end) \
                and (p.end - p.start).days < 100:
            p = year_before(p)
            f = Found(f.start, f.end, f.kind, p) if p is not None else f
        out.append(f)
    return out


_YEAR_IN = re.compile(r"\b(?:19|20)\d\d\b")


# "At the time, 67 percent smoked." opening a sentence: back to the span the sentence before named
_AT_THE_TIME = re.compile(r"(?i)at\s+(?:the|that)\s+time\s*,")


# ", the first month in ", ", the third month of ": an aside that places a month named just before in a longer span
_MONTH_PLACED = re.compile(r"(?i),\s+the\s+(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|"
                           r"eleventh|twelfth|last|final)\s+month\s+(?:in|of)\s+$")


def _month_described(found: list[Found], sentence: str, lower: str) -> list[Found]:
    """"for the month of August, the first month in the 2002-2003 fiscal year, were ...": the span the aside places
    the month in describes it; the figures are the month's (the span's phrase is read past)."""
    if len(found) < 2 or " month " not in lower:
        return found
    out = list(found)
    for k in range(1, len(found)):
        f, month = found[k], found[k - 1]
        p = month.period
        if f.kind == "period" and month.kind == "period" and p is not None and p.start.day == 1 \
                and p.end == month_period(p.start.year, p.start.month).end \
                and _MONTH_PLACED.search(sentence, month.end, f.start) and "," not in sentence[month.end + 1:f.start]:
            out[k] = Found(f.start, f.end, "ignore")
    return out


def _at_the_time(found: list[Found], sentence: str, lower: str, ctx: Context) -> list[Found]:
    """"The rate has halved since 1965. At the time, 42 percent smoked.": the sentence's figures are of the span
    the sentence before named last (none where it named none: no year carried from further back)."""
    if lower[:3] != "at " or found:
        return found
    m = _AT_THE_TIME.match(sentence)
    if m is None or ctx.last_before is None:
        return found
    ctx.last_here = ctx.last_before
    return [Found(m.start(), m.end() - 1, "period", ctx.last_before)]


# "since 2000, at which time", "since March 2019, at which point": the start of the span, named again
_AT_WHICH_TIME = re.compile(rf"(?i)\bsince\s+(?:(?P<month>{MONTH_RE})\s+)?(?P<year>(?:19|20)\d\d),\s+"
                            r"(?P<at>at\s+which\s+(?:time|point))\b")


def _at_which_time(found: list[Found], sentence: str, lower: str) -> list[Found]:
    """"... since 2000, at which time 38.4 million lacked insurance": the figures of the clause are of the year (or
    month) the span started, not of the span to date."""
    m = _AT_WHICH_TIME.search(sentence) if "at which" in lower else None
    if m is None:
        return found
    year = int(m.group("year"))
    at = month_period(year, _month_number(m.group("month"))) if m.group("month") else \
        Period(date(year, 1, 1), date(year, 12, 31))
    return sorted(found + [Found(m.start("at"), m.end("at"), "period", at)], key=lambda f: f.start)


def _month_against_same_month(found: list[Found], sentence: str) -> list[Found]:
    """In a story with no date: "in December, there were 50 homicides, 19 more than in December 2019": a month
    named bare and compared with the same month of a year named is that month a year on (not of the year last named
    in the sentences before)."""
    out = list(found)
    for i, a in enumerate(found[:-1]):
        p = a.period
        if a.kind != "period" or p is None or p.start.day != 1 or \
                p.end != month_period(p.start.year, p.start.month).end or _DIGIT.search(sentence, a.start, a.end):
            continue
        for b in found[i + 1:]:
            q = b.period
            if b.kind == "period" and q is not None and q.start.month == p.start.month and q.end == \
                    month_period(q.start.year, q.start.month).end and q.start.year != p.start.year - 1 and \
                    _YEAR_AT_END.search(sentence, b.start, b.end) and _THAN_OR_FROM.search(sentence, a.end, b.start):
                out[i] = Found(a.start, a.end, a.kind, month_period(q.start.year + 1, p.start.month))
                break
    return out


_DIGIT = re.compile(r"\d")
_YEAR_AT_END = re.compile(r"(?:19|20)\d\d$")
_THAN_OR_FROM = re.compile(r"(?i)\b(?:than|compared|from|versus|vs\.?|against)\b")


# "growth in 2018-19", "for 2020-21": a bare pair of years (not "the 2018-19 flu season", "the winter of 2022-23")
_BARE_SPLIT = re.compile(r"(?i)\b(?:in|for|during|of)\s+(?P<y1>(?:19|20)\d\d)[-–]"
                         r"(?P<y2>(?:(?:19|20)(?=\d\d))?\d\d)(?![\d-])"
                         rf"(?!\s+(?:{_SEASONAL})\b)")
_SEASON_BEFORE = re.compile(r"(?i)\b(?:winter|summer|season|term|session|school\s+year|academic\s+year)\s+$")


def _with_bare_budget_years(found: list[Found], sentence: str, ctx: Context) -> list[Found]:
    """In an article naming its budget years by two calendar years, a bare "in 2018-19" ("for 2018-2019") is that
    budget year."""
    for m in _BARE_SPLIT.finditer(sentence):
        y1, y2 = int(m.group("y1")), int(m.group("y2")) % 100  # "in 2018-19", "for 2018-2019"
        if y2 != (y1 + 1) % 100 or _SEASON_BEFORE.search(sentence, max(0, m.start() - 20), m.start()) or \
                any(f.start < m.end() and m.start() < f.end for f in found):
            continue
        item = Found(m.start(), m.end(), "period", fiscal_year(y1 + 1, ctx.fy_month))
        found = sorted(found + [item], key=lambda f: f.start)
    return found


_NTH_MONTH_BEFORE = re.compile(rf"(?i)\bthe\s+(?P<nth>first|{'|'.join(_NTH_MONTH)}|twelfth|last|final)\s+month\s+"
                               r"(?:of|in)\s+$")


def _nth_month_of(item: Found, sentence: str) -> Found:
    """"the third month of the 2019-20 budget year", "the first month of fiscal 2024": that month of the year."""
    p = item.period
    lead = _NTH_MONTH_BEFORE.search(sentence, max(0, item.start - 30), item.start)
    if lead is None or p is None or p.to_date or p.start.day != 1 or add_months(p.start, 12) != p.end:
        return item
    nth = lead.group("nth").lower()
    n = 12 if nth in ("last", "final", "twelfth") else 1 if nth == "first" else _NTH_MONTH[nth]
    month = add_months(p.start, n)
    return replace(item, start=lead.start(), period=month_period(month.year, month.month))


# "595 before July 2, 565 from July 2 to ...", "4,018 before July. 4,704 since then.": a count up to a day that splits
# the year, the count after it following (not "just before", "the week before", "days before July 4")
_BEFORE_SPLIT = re.compile(r"(?i)(?<!\bjust\s)(?<!\bshortly\s)(?<!\bright\s)(?<!\blong\s)(?<!\bsoon\s)(?<!\bday\s)"
                           r"(?<!\bdays\s)(?<!\bweek\s)(?<!\bweeks\s)(?<!\bmonth\s)(?<!\bmonths\s)(?<!\bhours\s)"
                           r"(?<!\byear\s)(?<!\byears\s)\bbefore\s+$")
_AFTER_SPLIT = re.compile(r"(?i)\b(?:since\s+then|after\s+that|since\s+that\s+(?:date|day|time))\b")


# the count a superlative's "since" names with its own year: "the most since the 784 homicides in 2016", "the
# fewest since 310 arrests were made in 2015"
_SINCE_COUNT_IN_YEAR = re.compile(_SINCE_COUNT + r"(?P<p>(?:in|during)\s+(?P<y>(?:19|20)\d\d))\s*$")


def _counts_in_superlative_since(found: list[Found], sentence: str, ctx: Context) -> list[Found]:
    """"the most since the 784 homicides in 2016": the superlative's span is no period of the sentence's, but the
    count it names is that year's (a budget year's, in a federal budget story)."""
    out = list(found)
    for f in found:
        m = _SINCE_COUNT_IN_YEAR.search(sentence, f.start, f.end) if f.kind == "ignore" else None
        if m is not None:  # (at the span's end: its "$" holds at the end searched to)
            y = int(m["y"])
            period = fiscal_year(y, ctx.fy_month) if ctx.fiscal else Period(date(y, 1, 1), date(y, 12, 31))
            out.append(Found(m.start("p"), m.end("p"), "period", period))
    return sorted(out, key=lambda f: f.start) if len(out) > len(found) else found


def _with_year_splits(found: list[Found], sentence: str, lower: str, ctx: Context) -> list[Found]:
    """A count before a day that splits the year, and the "since then" after it in the next sentence; a count named
    in a superlative's "since"."""
    split_day, ctx.split_day = ctx.split_day, None
    if found and "before " in lower:
        found = _counts_before_a_split(found, sentence, ctx)
    if split_day is not None and "since then" in lower:
        found = _since_the_split(found, sentence, lower, split_day, ctx)
    if "since" in lower and any(f.kind == "ignore" for f in found):  # (a superlative's "since ..." read past)
        found = _counts_in_superlative_since(found, sentence, ctx)
    if (" saw " in lower or "ended with" in lower or " brought " in lower or " recorded " in lower) and \
            any(f.kind == "asof" for f in found):
        found = _days_as_subjects(found, sentence, ctx)
    return found


# a day as the subject of what it saw: "June 14 saw 12 homicides", "Then, May 31, ended with more homicides — 18 —"
_DAY_SAW = re.compile(r",?\s+(?:alone\s+)?(?:saw|brought|recorded|ended\s+with)\b")
_SUBJECT_LEAD = re.compile(r"(?:^|[,;:]\s+|^(?:then|and|but)\s+)$", re.IGNORECASE)


def _days_as_subjects(found: list[Found], sentence: str, ctx: Context) -> list[Found]:
    """"June 14 saw 12 homicides", "..., May 31, ended with more homicides — 18 —": a day a clause opens on, as
    what saw the figures, is their period (a day, not a stock standing on it)."""
    out = list(found)
    for i, f in enumerate(found):
        if f.kind != "asof" or not _DAY_SAW.match(sentence, f.end) or \
                not _SUBJECT_LEAD.search(sentence, max(0, f.start - 8), f.start):
            continue
        day = f.asof or parse_day(_norm(sentence[f.start:f.end]), _reference(ctx))
        if day is not None:
            out[i] = Found(f.start, f.end, "period", Period(day, day))
    return out


def _counts_before_a_split(found: list[Found], sentence: str, ctx: Context) -> list[Found]:
    """"595 before July 2, 565 from July 2 to Christmas Eve", "4,018 before July. 4,704 since then.": a count before
    a day or a month, where what follows (in the sentence, or the next one) counts on from that day, covers its year
    up to the day before (Jan. 1 to July 1; to June 30). The day is kept for the next sentence's "since then"."""
    out = list(found)
    for i, f in enumerate(found):
        if not _BEFORE_SPLIT.search(sentence, max(0, f.start - 20), f.start) or not _DIGIT.search(sentence, 0, f.start):
            continue
        day = None
        if f.kind == "asof":
            day = f.asof or parse_day(_norm(sentence[f.start:f.end]), _reference(ctx))
        elif f.kind == "period" and f.period is not None and f.period == month_period(f.period.start.year,
                                                                                        f.period.start.month):
            day = f.period.start
        if day is None or (day.month, day.day) == (1, 1):
            continue
        rest = sentence[f.end:]
        if not (any(g.kind == "period" and g.period is not None and g.period.start == day for g in found[i + 1:])
                or _AFTER_SPLIT.search(rest) or not rest.strip(" .") and _AFTER_SPLIT.search(ctx.sentence_after)):
            continue
        out[i] = Found(f.start, f.end, "period", Period(date(day.year, 1, 1), day - timedelta(days=1)))
        ctx.split_day = day
    return out


def _since_the_split(found: list[Found], sentence: str, lower: str, day: date, ctx: Context) -> list[Found]:
    """"4,704 since then." after "4,018 before July.": from that day on, to the day of writing (in a story with no
    date, to the end of that year, which a note on the data's last day may bring in)."""
    at = lower.find("since then")
    if any(f.start <= at < f.end for f in found):
        return found
    end = ctx.published if ctx.published is not None and ctx.published > day else \
        None if ctx.published is not None else date(day.year, 12, 31)
    if end is None:
        return found
    item = Found(at, at + len("since then"), "period", Period(day, end, to_date=True))
    return sorted(found + [item], key=lambda f: f.start)


def _with_story_years_and_days(found: list[Found], sentence: str, lower: str, ctx: Context) -> list[Found]:
    """The periods the story's own reading gives a sentence: a bare "in 2018-19" where its budget years are named by
    two calendar years; its market lede's trading day for a traded price with no day of its own."""
    if ctx.fy_split and ("-" in sentence or "–" in sentence):
        found = _with_bare_budget_years(found, sentence, ctx)
    if len(found) > 1 and ("12 months" in lower or "12-month" in lower or "twelve months" in lower):
        found = _bases_of_a_trailing_year(found, sentence)
    if len(found) > 1 and ("FY" in sentence or "iscal" in sentence):
        found = _months_of_budget_years(found, sentence, ctx)
    if found and (" beginning " in lower or " starting " in lower or " begins " in lower or " starts " in lower
                  or " ending " in lower or " ended " in lower or " ends " in lower or " through " in lower):
        found = _years_from(found, sentence, ctx)
    if ctx.trading_day is not None and all(f.kind == "ignore" for f in found) and \
            (_search_at_words(_MARKET_QUOTE, _MARKET_QUOTE_AT, sentence, lower) is not None
             or (" to $" in sentence or "equivalent of $" in sentence)
             and _PRICE_MOVE_TO.search(sentence) is not None) \
            and not _SPAN_NOUN.search(lower):  # (not "gained 3% in the week")
        found = [Found(0, 0, "period", Period(ctx.trading_day, ctx.trading_day))] + found  # the whole sentence's day
    return found


# "in the decade beginning in 2003", "over the 10 years starting in fiscal 2024", "the five-year period that begins in
# 2025": that many years from the year named (budget years where the year named is one)
_YEARS_FROM = re.compile(r"(?i)\b(?:decade|(?P<n>\d{1,2}|five|ten)[-\s]years?(?:\s+(?:period|span|window|stretch))?)"
                         r",?\s+(?:(?:that|which)\s+)?(?:beginning|starting|begins|starts)\s+(?:in\s+|with\s+)?$")
# "during the decade ending in 2009", "the 10 years ending in fiscal 2034": that many years up to the year named
_YEARS_TO = re.compile(r"(?i)\b(?:decade|(?P<n>\d{1,2}|five|ten)[-\s]years?(?:\s+(?:period|span|window|stretch))?)"
                       r",?\s+(?:(?:that|which)\s+)?(?:ending|ended|ends|through)\s+(?:in\s+|with\s+)?$")
_YEARS_WORDS = {"five": 5, "ten": 10}


_TRAILING_YEAR = re.compile(r"(?i)\b(?:12|twelve)[\s-]+months?\b")


def _bases_of_a_trailing_year(found: list[Found], sentence: str) -> list[Found]:
    """"In the 12 months through May, prices rose 2.0 percent, moderating from April's 2.1 percent gain" (or
    "adding to the 1.9 percent gain in the period through April"): an earlier month's figure in a sentence on a
    trailing year is that month's trailing year too."""
    first = next((i for i, f in enumerate(found) if f.period is not None and a_year_long(f.period)
                  and _TRAILING_YEAR.search(sentence, f.start, f.end)), None)
    if first is None:
        return found
    span = found[first].period
    out = list(found)
    for i in range(first + 1, len(found)):
        f = found[i]
        p = f.period
        if p is None or not span.start < p.end < span.end or p.end != month_period(p.end.year, p.end.month).end:
            continue
        possessive = p.start == date(p.end.year, p.end.month, 1) and sentence[f.end:f.end + 2] in ("'s", "’s")
        through = p.to_date and sentence[f.start:f.end].lower().startswith(("through", "thru")) and \
            sentence[max(0, f.start - 12):f.start].lower().rstrip().endswith("period")
        if possessive or through:
            y, m = (p.end.year, p.end.month - 11) if p.end.month == 12 else (p.end.year - 1, p.end.month + 1)
            out[i] = Found(f.start, f.end, "period", Period(date(y, m, 1), p.end))
    return out


def _years_from(found: list[Found], sentence: str, ctx: Context) -> list[Found]:
    """A year named as the first of a decade or of a number of years: that many years from it (as the last:
    that many years up to it)."""
    out = []
    for f in found:
        year = f.kind == "period" and f.period is not None and a_year_long(f.period)
        m = _YEARS_FROM.search(sentence, max(0, f.start - 60), f.start) if year else None
        back = m is None and year and _YEARS_TO.search(sentence, max(0, f.start - 60), f.start)
        m = m or back or None
        if m is not None and f.period is not None:  # (a match is only tried beside a year's period)
            n = m["n"]
            years = 10 if n is None else _YEARS_WORDS.get(n.lower()) or int(n)
            other = shift_years(f.period, -(years - 1) if back else years - 1) if 1 < years <= 30 else None
            if other is not None:
                span = Period(other.start, f.period.end) if back else Period(f.period.start, other.end)
                f = Found(m.start(), f.end, "period", span)
        out.append(f)
    return out


_MONTH_OF_GAP = re.compile(r"\.?,?\s+(?:of\s+)?(?:the\s+)?")


def _months_of_budget_years(found: list[Found], sentence: str, ctx: Context) -> list[Found]:
    """"September FY 2021", "the month of June of fiscal year 2023", "March of fiscal 2019": a month named by the
    budget year it falls in is that month of it (of the year before, where that would be after the publication
    date: a state's year, from July, told in October; then every such month of the sentence too)."""
    out: list[Found] = []
    shift = 0  # a year back for each, once one would fall after the publication date ("... below September FY 2020")
    for f in found:
        prev = out[-1] if out else None
        p, q = f.period, prev.period if prev is not None else None
        if p is None or q is None or not a_year_long(p) or q.start.day != 1 or q.start.month != q.end.month or \
                (q.end - q.start).days > 30 or not _MONTH_OF_GAP.fullmatch(sentence, prev.end, f.start) or \
                not re.match(r"(?i)(?:the\s+)?(?:fiscal|FY)", sentence[f.start:f.end]):
            out.append(f)
            continue
        year = (p.start.year if q.start.month >= p.start.month else p.end.year) - shift
        if ctx.published is not None and date(year, q.start.month, 1) > ctx.published:
            year, shift = year - 1, 1
        out[-1] = Found(prev.start, f.end, "period", month_period(year, q.start.month))
    return out


def _day_phrases(found: list[Found], sentence: str, lower: str, ctx: Context) -> list[Found]:
    """The phrases find_periods adds or reads again once the sentence's are found: a weekday's figure or report,
    "this year" counted to a day."""
    if "day’s " in lower or "day's " in lower:
        found = _weekdays_of(found, sentence, ctx)
        if ctx.published is not None:
            found = _with_report_days(found, sentence, ctx)
    if "this year" in lower and ("through" in lower or "as of" in lower) and len(found) > 1:
        found = _this_year_to_day(found, lower, ctx)
    return found


_WEEKDAY_OF = re.compile(r"(?i)\b((?:mon|tues|wednes|thurs|fri|satur|sun)day)[’']s\s+"
                         r"(?!(?:[\w-]+\s+){0,2}?(?:report|statement|release|survey|poll|data|figures|announcement|"
                         r"meeting|speech|filing|estimate|forecast)s?\b)"
                         r"(?:[\w-]+\s+){0,3}?(?:of|at)\s+(?:about\s+|nearly\s+|roughly\s+|almost\s+)?\$?(?=\d)")


_WEEKDAY_COUNT = re.compile(r"(?i)((?:mon|tues|wednes|thurs|fri|satur|sun)day)[’']s\s+(?:new\s+|additional\s+)?"
                            r"(?:[\w-]+\s+){0,2}?(?:cases|deaths|infections|hospitali[sz]ations|arrests|tests|"
                            r"positives|admissions|fatalities)\b")


def _weekdays_of(found: list[Found], sentence: str, ctx: Context) -> list[Found]:
    """"since Friday's settlement price of $63.67", "Monday's close of 4,100": the figure is that weekday's, the
    last one on or before the publication date (not a report's: "Tuesday's report of a 3% rise")."""
    if ctx.published is None:
        return found
    extra = []
    opening = _WEEKDAY_COUNT.match(sentence)
    if opening is not None and not any(f.start < opening.end(1) for f in found):
        day = _last_weekday(ctx.published, opening.group(1))  # "Sunday’s new cases included two women in their
        assert day is not None  # (on a publication date: a day)
        found = [Found(0, opening.end(1), "period", Period(day, day))] + found  # 80s, ...": that day's count
    for m in _WEEKDAY_OF.finditer(sentence):
        if any(f.start < m.end(1) and m.start() < f.end for f in found):
            continue
        day = _last_weekday(ctx.published, m.group(1))
        assert day is not None
        extra.append(Found(m.start(), m.end(1), "ignore", anchor=Period(day, day)))  # the figure right after's
    return sorted(found + extra, key=lambda f: f.start) if extra else found


_UNTIL_WORDS = re.compile(r"(?i)\b(?:will|would|expect\w*|project\w*|forecast\w*|predict\w*|plans?|aims?)\b|;")


def _this_year_to_day(found: list[Found], lower: str, ctx: Context) -> list[Found]:
    """"seized 491 pounds this year through May 23", "As of May 27, ... this year had seized 134 pounds": the
    count runs from the year's start to that day (and "the same period last year" is that span a year back)."""
    at = next((i for i, f in enumerate(found) if f.period is not None and lower[f.start:f.end] == "this year"
               and (f.period.start.month, f.period.start.day) == (1, 1)), None)
    if at is None or _UNTIL_WORDS.search(lower):
        return found
    year = found[at].period
    assert year is not None  # (at is a period's)
    day = next((f.asof if f.kind == "asof" else f.period.end for f in found
                if f.kind == "asof" and f.asof and year.start <= f.asof < year.end
                or f.period is not None and f.period.to_date and f.period.start == year.start
                and f.period.end < year.end), None)
    if day is None or (ctx.published and day > ctx.published):
        return found
    span = Period(year.start, day, to_date=True)
    before = shift_years(year, -1)
    out = []
    for i, f in enumerate(found):
        if i == at:
            f = Found(f.start, f.end, "period", span)
        elif i > at and f.period is not None and f.period == before:
            f = Found(f.start, f.end, "period", shift_years(span, -1))
        out.append(f)
    ctx.last_here = out[-1].period or ctx.last_here
    return out


def _with_release_and_count_days(found: list[Found], sentence: str, lower: str, ctx: Context) -> list[Found]:
    """A weekly report's release day; a count of the year so far ending on the day the sentence names."""
    if ctx.report_week is not None and ("report" in lower or "release" in lower or "data" in lower):
        found = _with_release_day(found, sentence, ctx)
    if len(found) > 1 and any(f.kind == "asof" for f in found):
        found = _counted_to_the_day(found, lower)
    return found


def _counted_to_the_day(found: list[Found], lower: str) -> list[Found]:
    """"As of November 13th, we have had 237 homicides in 2022": a count of the year so far ends on the day the
    sentence says it stood at (not the publication day)."""
    days = [f.asof for f in found if f.kind == "asof" and f.asof]
    first_asof = min(f.start for f in found if f.kind == "asof" and f.asof) if days else 0
    as_of = "as of" in lower[max(0, first_asof - 40):first_asof + 1]
    out = []
    for f in found:
        p = f.period
        whole = as_of and p is not None and _calendar_year(p) and f.start > first_asof and \
            _YEAR_NUMBER.search(lower, f.start, f.end) is not None  # "As of Dec. 28, ... 414 homicides in 2012"
        day = next((d for d in days if p is not None and (p.to_date or whole) and p.start < d < p.end), None) \
            if f.kind == "period" else None
        out.append(replace(f, period=Period(p.start, day, to_date=True)) if day is not None else f)
    if " all of " in lower or " whole of " in lower:
        out = _as_of_against_last_year(out, lower)
    return out


# "488 slayings as of Friday, versus 596 for all of 2006": the whole year before, the count it is set against
_VERSUS_WHOLE_YEAR = re.compile(r"\b(?:versus|vs\.?|compared\s+(?:to|with)|against|after|up\s+from|down\s+from)\s+"
                                r"(?:about\s+|nearly\s+)?\$?\d[\d,.]*\s+(?:[a-z-]+\s+){0,3}?"
                                r"(?:for|in|during)\s+(?:all|the\s+whole|the\s+entirety)\s+$")


def _as_of_against_last_year(found: list[Found], lower: str) -> list[Found]:
    """A count "as of" a day set against the whole year before ("488 slayings as of Friday, versus 596 for all of
    2006"): the year so far, from its start to that day."""
    out = list(found)
    for i, f in enumerate(found[:-1]):
        nxt = found[i + 1]
        if f.kind != "asof" or not f.asof or nxt.period is None or not _calendar_year(nxt.period) or \
                nxt.period.start.year != f.asof.year - 1 or \
                not _VERSUS_WHOLE_YEAR.search(lower, f.end, nxt.start):  # (the year read from its "of 2006")
            continue
        out[i] = Found(f.start, f.end, "period", Period(date(f.asof.year, 1, 1), f.asof, to_date=True))
    return out


_YEAR_NUMBER = re.compile(r"(?:19|20)\d\d")


def _calendar_year(p: Period) -> bool:
    """Whether p is one whole calendar year: "As of Dec. 28, there were 414 homicides in 2012" (a count of the
    year so far, to the day it stood at, the day told first)."""
    return (p.start.month, p.start.day, p.end.month, p.end.day) == (1, 1, 12, 31) and p.start.year == p.end.year


def a_year_long(p: Period) -> bool:
    """Whether p spans one year (a calendar, fiscal or any 12 months: 364 or 365 days from start to end)."""
    return 364 <= (p.end - p.start).days <= 365


# the days a period phrase may name: a year inside date()'s calendar (years 1 to 9999) at either end, so that a
# year back or on, the month after or a budget year around any of them is a day too ("December 9999" is none)
_FIRST_DAY, _LAST_DAY = date(2, 1, 1), date(9998, 12, 31)


def _resolved(m: re.Match, sentence: str, lower: str, ctx: Context) -> Found | None:
    """The Found of a phrase PATTERNS matched, or None: none where a day it names is past the calendar."""
    try:
        item = _resolve(m, sentence, ctx)
        item = _nth_month_of(item, sentence) if item is not None and "month " in lower else item
    except (ValueError, OverflowError):  # "fiscal year 0000" (its October of year -1), "the first 10**30 months
        return None  # of 2007": date() takes years 1 to 9999 only
    return item if item is not None and _in_calendar(item) else None


def _in_calendar(item: Found) -> bool:
    days = [d for p in (item.period, item.anchor, item.year_on) if p is not None for d in (p.start, p.end)]
    return all(_FIRST_DAY <= d <= _LAST_DAY for d in days + ([item.asof] if item.asof else []))


def _note_span(item: Found, ctx: Context) -> None:
    """Keep the sentence's year ("In 2012, ...") and the article's first span for the phrases that refer to them."""
    p = item.period
    if p is None:
        return
    if a_year_long(p) and ctx.base_year_read:
        ctx.year_here = p
    elif a_year_long(p):
        ctx.year_here = ctx.year_last = p
    ctx.base_year_read = False
    if (p.end - p.start).days == 6 and ctx.week_hint is None and not ctx.ended_week_read:
        ctx.week_hint = p  # the week the article is about: "the previous week" counts back from it (not a "last
        # week" read as the week before publication: the first week named still is)
    ctx.ended_week_read = False
    if ctx.span_hint is None and p.start != p.end and not p.to_date:
        ctx.span_hint = p
    if p.start.day == 1 and (p.end + timedelta(days=1)).day == 1 and (p.end - p.start).days < 300:
        ctx.months_hint = p
        if ctx.quarter_hint is None and p.start.month % 3 == 1 and add_months(p.start, 3) == p.end:
            ctx.quarter_hint = p  # "the first three months of the year": the quarter "the previous quarter" follows


# "9/21-23", "9/28-10/1", "(n=462, 9/21-23)": a span of days written with numbers, as a poll's field dates are
_NUMERIC_RANGE = re.compile(r"(?<![\d/.,])(?P<m1>\d{1,2})/(?P<d1>\d{1,2})(?:/(?P<y1>\d{4}|\d{2}))?\s*[-–]\s*"
                            r"(?:(?P<m2>\d{1,2})/)?(?P<d2>\d{1,2})(?:/(?P<y2>\d{4}|\d{2}))?(?![\d/.%]|,\d)")


def _with_numeric_ranges(found: list[Found], sentence: str, ctx: Context) -> list[Found]:
    extra = []
    for m in _NUMERIC_RANGE.finditer(sentence):
        if any(f.start < m.end() and m.start() < f.end for f in found):
            continue
        period = _read_numeric_range(m, ctx)
        if period is not None:
            extra.append(Found(m.start(), m.end(), "period", period))
    return sorted(found + extra, key=lambda f: f.start) if extra else found


# "the positive test rate for Tuesday's report", "in Sunday's daily update": a day's report of that day's figures
# (not a monthly one's: "Friday's jobs report" gives a month's figures, and "up from Monday's report" is a base)
_REPORT_DAY = re.compile(r"(?i)\b(?:for|in)\s+(?P<wd>(?:mon|tues|wednes|thurs|fri|satur|sun)day)[’']s\s+"
                         r"(?:daily\s+|state\s+|latest\s+)?(?:report|update|data|figures|numbers|tally|count)\b")


def _with_report_days(found: list[Found], sentence: str, ctx: Context) -> list[Found]:
    """"The positive test rate for Tuesday's report was 15.45%": the day of that report (the last such weekday on
    or before the publication date), in an article on no earlier month or week than that day's."""
    assert ctx.published is not None  # (the caller's check)
    extra = []
    for m in _REPORT_DAY.finditer(sentence):
        day = ctx.published - timedelta(days=(ctx.published.weekday() - _WEEKDAYS.index(m["wd"].lower())) % 7)
        if ctx.month_hint and ctx.month_hint < (day.year, day.month) or ctx.week_hint and ctx.week_hint.end < day:
            continue  # the report of an earlier month's or week's figures, out that day
        if not any(f.start < m.end() and m.start() < f.end for f in found):
            extra.append(Found(m.start("wd"), m.end(), "period", Period(day, day)))
    return sorted(found + extra, key=lambda f: f.start) if extra else found


# "Crude was down 1% before the EIA report at $93", "futures rose to $94 after the data": prices on the day a
# weekly report came out (not its week's stocks)
_AROUND_RELEASE = re.compile(r"(?i)\b(?:price[sd]?|futures|traded|trading|settled|a\s+barrel)\b(?:[^.;]|\.\d){0,80}?"
                             r"\b(?:before|after|ahead\s+of|following|on)\s+(?:the\s+|its\s+|this\s+week[’']s\s+)?"
                             r"(?:[A-Z]{2,5}(?:[’']s)?\s+)?(?:weekly\s+)?(?:report|data|release|figures)\b")


def _with_release_day(found: list[Found], sentence: str, ctx: Context) -> list[Found]:
    """A price around a weekly stocks report's release, in an article on that report: the day it came out."""
    if found or ctx.report_week is None:
        return found
    m = _AROUND_RELEASE.search(sentence)
    if m is None:
        return found
    day = ctx.published
    assert day is not None  # (a report week is only set with a publication date)
    return [Found(m.end() - 1, m.end(), "period", Period(day, day))]


def _read_numeric_range(m: re.Match, ctx: Context) -> Period | None:
    """"9/21-23" published 2019-09-24: 21 to 23 September 2019 (the latest such days not after publication)."""
    m1, d1, d2 = int(m.group("m1")), int(m.group("d1")), int(m.group("d2"))
    m2 = int(m.group("m2")) if m.group("m2") else m1
    year = m.group("y2") or m.group("y1")
    ref = _reference(ctx)
    try:
        if year:
            y = int(year) + (2000 if len(year) == 2 else 0)
        elif ref is None:
            return None
        else:
            y = ref.year if date(ref.year, m2, d2) <= ref else ref.year - 1
        first, last = date(y - (m1 > m2), m1, d1), date(y, m2, d2)
    except ValueError:
        return None
    if not first < last or (last - first).days > 62:
        return None
    return Period(first, last)


def _read_fyphrase(g, ctx: Context, ref: date | None, before: str) -> Period | None:
    n = g("fyn") or g("fyn2")
    if g("fytd") and not n:
        return _fiscal_to_date(g, ctx, before)
    if g("bmonth") and not n:  # ("fiscal year 2021, which began ...": read as the year it names)
        return _read_began(g, ctx, before)
    fy = _fiscal_year_named(g, n, ctx, ref, before)
    if fy is None:
        return None
    fyend = g("fyend") or g("fyend2")  # "fiscal years 2015 and 2016": both, from the first to the last
    split = _split_year(g, fy, fyend)
    if split == 0:
        return None
    fy, fyend = (split, None) if split else (fy, fyend)
    period = fiscal_year(fy, ctx.fy_month)
    if n:
        ctx.fy_last = fy
    if fyend and int(fyend) > fy:  # "FY2014-2019": the fiscal years from the first to the last
        period = Period(period.start, fiscal_year(int(fyend), ctx.fy_month).end)
    if _fy_part(g):
        part = _part_of_fiscal_year(g, period)
        if part is None:
            return None
        period = part
        if not n and ctx.published is not None and period.end > ctx.published:
            period = shift_years(period, -1) or period  # "the first 11 months of the fiscal year" told on
            # Oct. 4: the fiscal year that just ended (its months are past)
    elif g("fyasof"):  # "this fiscal year (as of June)", "FY 2019 as of June": from its start to that month's end
        return _fiscal_as_of(g, ctx, period)
    elif g("sofar"):
        end = _reported_month_end(ctx, before, period.start)  # "so far this fiscal year" in a report on June
        if ctx.published is None:  # undated: to the end of the month reported, where it is one of that year's
            return Period(period.start, end, to_date=True) if end and period.start <= end <= period.end else None
        end = end if end and period.start <= end <= period.end else min(ctx.published, period.end)
        period = Period(period.start, end, to_date=True)
    elif n and not fyend:
        return _running_fiscal_year(ctx, before, period)
    elif (g("fyrel") or "").lower() in ("this", "the current", "the"):  # ("Through April, ... for the fiscal year")
        return _through_fronted(period, ctx, before)
    return period


def _fy_part(g) -> bool:
    """The budget year phrase names a part of the year ("the first seven months of", "the first half of")."""
    return bool(g("fymonths") or g("fyquarters") or g("fyhalf") or g("fyq"))


def _part_of_fiscal_year(g, period: Period) -> Period | None:
    """"the first seven months of the fiscal year"; "the first half of the fiscal year", "the first quarter of
    fiscal 2019", "the first two quarters of FY 2019": that part of the budget year, counted from its start."""
    if g("fymonths"):
        skip, months = 0, _count(g("fymonths"))
    elif g("fyquarters"):  # "the first two quarters of FY 2019": its first six months
        skip, months = 0, 3 * (_count(g("fyquarters")) or 0)
    elif g("fyhalf"):
        skip, months = (0 if g("fyhalf").lower() == "first" else 6), 6
    else:
        skip, months = 3 * (_ORDINALS[g("fyq").lower()] - 1), 3
    if not months:
        return None
    start = add_months(period.start, skip) + timedelta(days=1) if skip else period.start
    return Period(start, add_months(period.start, skip + months))


_FRONTED_THROUGH = re.compile(rf"(?i)\s*(?:through|thru)\s+(?:the\s+end\s+of\s+)?({MONTH_RE})\b"
                              r"(?:\s+(\d{1,2}))?(?!\d),")


def _through_fronted(period: Period, ctx: Context, before: str) -> Period:
    """"Through April, the deficit for the current fiscal year stands at ...": the budget year under way to
    the end of that month (or to the day: "Through April 12, ..."); else the whole year."""
    front = _FRONTED_THROUGH.match(before)
    if front is None:
        return period
    day = f"{front.group(1)} {front.group(2)}" if front.group(2) else None
    end = _through_end(ctx, ctx.published, month=front.group(1), day=day)
    return Period(period.start, end, to_date=True) if end is not None and period.start <= end < period.end else period


def _split_year(g, fy: int, fyend: str | None) -> int | None:
    """"Fiscal Year 2022-23", "the 2013-2014 fiscal year", "fiscal year 2022-2023": one budget year named by the
    two calendar years it spans, the year ending in the second (0 when they are not consecutive); None when the
    phrase names no such pair ("FY2014-2019": the years from the first to the last)."""
    second = g("fysplit") or g("fysplit2") or (fyend if g("fyend") and not g("fyplural") else None)
    if second is None:
        return None
    y2 = int(second) + (fy // 100 * 100 if len(second) == 2 else 0)
    if len(second) == 4 and y2 != fy + 1:
        return None
    return y2 if y2 == fy + 1 else 0


def _fiscal_year_named(g, n: str | None, ctx: Context, ref: date | None, before: str = "") -> int | None:
    """The number of the budget year a fiscal phrase names: by number, by the day it ended, or relative to ref."""
    if ctx.fy_month == 10 and "chool" in g("fyphrase"):
        return None  # "the 2008-09 school year" is a budget year only where the text defines its start ("the school
        # year starting July 1"): else no exact span
    if n:
        return int(n) + (2000 if len(n) == 2 else 0)
    if g("fyended"):  # "the fiscal year that ended Sept. 30, 2019": the budget year that day closes
        day = parse_day(_norm(g("fyended")), ref)
        if day is not None and ref is not None and (ref - day).days > 90 and "ended" not in g("began").lower() \
                and not _NAMED_YEAR.search(g("fyended")):
            day = day.replace(year=day.year + 1)  # "the budget year, which ends Sept. 30" told in March: the one
            # running (but told in August, "the fiscal year ending June 30" is the one just closed)
        return fiscal_year_of(day, ctx.fy_month) if day is not None else None
    rel = (g("fyrel") or "").lower()
    if ctx.published is None and ctx.fy_last:  # no date of writing: "the prior fiscal year" after "Fiscal Year
        return ctx.fy_last - _years_back(rel) + ("next" in rel or "new" in rel)  # 2022-23": 2022, from the last named
    if ref is None:
        return None
    fy = fiscal_year_of(ref, ctx.fy_month) - _years_back(rel)
    fy += 1 if "next" in rel or "coming" in rel else 0
    if rel in ("the", "this") and ctx.published is not None and fy - 1 in ctx.fiscal_numbers \
            and fy not in ctx.fiscal_numbers and (ctx.published - fiscal_year(fy, ctx.fy_month).start).days < 92 \
            and not (rel == "this" and (g("sofar") or _fy_part(g) or g("fyasof")
                                        or _TO_DATE.search(before[-40:]))):
        fy -= 1  # "record receipts for the fiscal year" in a story told in October on fiscal 2025, just closed; "seized
        # more marijuana this fiscal year" told in November on fiscal 2009's statistics (not "so far this fiscal year")
    elif rel in ("the", "this") and ctx.published is None and fy - 1 in ctx.fiscal_numbers \
            and fy not in ctx.fiscal_numbers and not (g("sofar") or _fy_part(g)
                                                      or g("fyasof") or _TO_DATE.search(before[-40:])):
        fy -= 1  # undated, "fewer apprehensions for the fiscal year that just ended" where the text names fiscal 2011
        # and not fiscal 2012: the year it names, not one after the year guessed for the story
    if rel == "the" and ctx.published is not None and _CLOSED_BEFORE.search(before[-12:]) \
            and fiscal_year(fy, ctx.fy_month).end > ctx.published:
        fy -= 1  # "The state ended the fiscal year with a surplus": a budget year that has closed, not the one running
    last = ctx.year_last
    if ("previous" in rel or "prior" in rel) and last is not None and \
            (last.start.month, last.start.day) == (10, 1) and last.end.year < fy + 1:
        fy = last.end.year - 1  # "the previous fiscal year's total" after "in the 2022 fiscal year" told in
        # October 2022: fiscal 2021, the year before the one named
    return fy


_CLOSED_BEFORE = re.compile(r"\b(?:ended|closed|finished|wrapped\s+up|closed\s+out)\s+$")


def _fiscal_as_of(g, ctx: Context, period: Period) -> Period | None:
    """"FY 2019 as of June", "this fiscal year (as of May)": the budget year from its start to the end of that
    month; no period when the month is not one of that year's."""
    month = _month_number(g("fyasof"))
    year = int(g("fyasofyear")) if g("fyasofyear") else period.end.year - (month >= 10)
    end = month_period(year, month).end
    return Period(period.start, end) if period.start <= end <= period.end else None


_MONTHS_INTO = re.compile(rf"(?i)\b(\d{{1,2}}|{_FEW}|one)\s+months?\s+(?:into|gone\s+in(?:to)?)\s+$")


def _months_into(period: Period, before: str) -> Period:
    """"nine months into the current fiscal year", "six months into this year": the year's first N months."""
    into = _MONTHS_INTO.search(before[-30:])
    n = _count(into.group(1).lower()) if into else None
    if not n or n >= 12 or period.start.day != 1 or period.to_date or add_months(period.start, 12) != period.end:
        return period
    return Period(period.start, add_months(period.start, n))


def _years_back(rel: str) -> int:
    """1 for "the last", "the past", "previous" or "prior" (fiscal) year, and for the one just over ("the recently
    concluded", "the latest", "the most recent fiscal year") (rel lower-cased), else 0: years back from this one."""
    return 1 if re.search(r"last|past|previous|prior|conclu|complet|ended|finish|latest|recent", rel) else 0


_NOT_COUNTED = re.compile(r"(?i)\b(?:will|would|expect\w*|project\w*|forecast\w*|predict\w*|could|(?-i:may)|budget\w*|"
                          r"appropriat\w*|fund\w*|request\w*|plan\w*|propos\w*|allocat\w*|approv\w*)\b")


def _running_fiscal_year(ctx: Context, before: str, period: Period) -> Period:
    """"A total of 39 seizures have been made in fiscal 2001" in a report on February 2001: a count in a
    fiscal year still running runs from its start to the end of the month reported (not a budget or forecast)."""
    pub = ctx.published
    if pub is None or not period.start <= pub <= period.end or ctx.month_hint is None or ctx.fiscal or \
            _NOT_COUNTED.search(before):
        return period
    end = month_period(*ctx.month_hint).end
    if (pub - end).days > 62:  # a month named for something else ("a request back in October") long before the
        end = pub  # day of writing: the count runs to that day ("there have already been 175,000 in fiscal 2024")
    return Period(period.start, end, to_date=True) if period.start <= end < period.end else period


_MONTHS_OWN = re.compile(rf"\b(?:{MONTH_RE})[’']s\s+(?:[^\s.;,]+\s+){{0,4}}$")  # "March's $600 billion "


def _fiscal_to_date(g, ctx: Context, before: str) -> Period | None:
    """"the fiscal year-to-date deficit" (to the end of the month reported); "In February 2000 the fiscal
    year total was 85,599" (to the end of that month): from the start of the fiscal year that month is in."""
    named = list(_MONTH_YEAR.finditer(before[-40:]))
    if named:
        end: date | None = month_period(int(named[-1].group(1)), _month_number(named[-1].group(0).split()[0])).end
    elif ctx.month_here and _MONTHS_OWN.search(before[-40:]):  # "last March's $600 billion fiscal-year-to-date
        end = month_period(*ctx.month_here).end  # deficit": to the end of that month (as read: a year back)
    elif "total" in g("fytd").lower():
        return None
    else:  # else to the publication day: a "through April" later in the sentence cuts it to that month's end
        end = _reported_month_end(ctx, before) or ctx.published
    if end is None:
        return None
    rel = (g("fyrel") or "").lower()
    fy = fiscal_year_of(end, ctx.fy_month) - _years_back(rel)
    start = fiscal_year(fy, ctx.fy_month).start
    return Period(start, end, to_date=True) if start <= end else None


def _read_began(g, ctx: Context, before: str) -> Period | None:
    """"the current fiscal year, which began in July": from that month to the end of the month the article
    reports (a state's year, not a federal one); "the budget year which began Oct. 1" likewise."""
    month, pub = _month_number(g("bmonth")), ctx.published
    if pub is None:
        return None
    rel = (g("fyrel") or "").lower()
    year = pub.year if date(pub.year, month, 1) <= pub else pub.year - 1
    year -= _years_back(rel)
    start = date(year, month, 1)
    ctx.fiscal_began = month
    months = _count(g("fymonths")) if g("fymonths") else None
    if months:  # "the first five months of the budget year that began on October 1"
        return Period(start, add_months(start, months))
    if "current" not in rel and "this" not in rel:
        return Period(start, add_months(start, 12))
    end = _reported_month_end(ctx, before, start)
    return Period(start, end if end and start <= end else pub, to_date=True)


def _read_fyrange(g, ctx: Context, ref: date | None, before: str) -> Period | None:
    """"between Fiscal Year 2010 and Fiscal Year 2020", "from FY 2021 to 2023": the first's start to the last's end."""
    first, last = (int(n) + (2000 if len(n) == 2 else 0) for n in (g("fyr1"), g("fyr2") or g("fyr3")))
    return Period(fiscal_year(first, ctx.fy_month).start, fiscal_year(last, ctx.fy_month).end) if first < last else None


def _read_sofaryear(g, ctx: Context, ref: date | None, before: str) -> Period | None:
    """"so far this year", "thus far in 2020" (its budget year, in a federal budget story): from the year's
    start to the end of the month the article reports, else to the publication date."""
    if ctx.published is None:
        return None
    if g("sfyear2"):  # "up from the 2019 year-to-date mark": the span to date the sentence or article reports on,
        return _year_to_date_in(int(g("sfyear2")), ctx, before)  # in that year
    year = int(g("sfyear")) if g("sfyear") else ctx.published.year
    start: date | None = fiscal_year(year, ctx.fy_month).start if ctx.fiscal else date(year, 1, 1)
    if not ctx.fiscal and (ctx.fiscal_before or ctx.fiscal_here) and g("sofaryear")[:1] in "yY":
        start = None  # "The number for fiscal 2001 is 72,077. ... The year-to-date figures are down 16 percent":
        # the budget year's to date, from the start of the one the month reported is in
    if ctx.fiscal and ctx.fy_month != 10 and not g("sfyear"):  # a state's year to date told in its fourth
        start = _budget_year_of(_reported_month_end(ctx, before) or ctx.published, ctx).start  # month: from July
    if g("sfday"):  # "this year through June 30": to that day
        end = parse_day(_norm(g("sfday")), ctx.published)
    else:
        end = _reported_month_end(ctx, before, start)
    if start is None:
        if end is None:
            return None
        start = _budget_year_of(end, ctx).start
    if start > ctx.published:
        return None
    return Period(start, end if end and start <= end else ctx.published, to_date=True)


def _year_to_date_in(year: int, ctx: Context, before: str) -> Period | None:
    """"the 2019 year-to-date mark": the running span of the year at hand (named before in the sentence, else
    from its start to the month reported) in that year."""
    assert ctx.published is not None  # (the caller's check)
    span = ctx.last_here
    if span is None or (span.start.month, span.start.day) not in ((1, 1), (10, 1)) or span.end > ctx.published:
        end = _reported_month_end(ctx, before)
        if end is None:
            return None
        span = Period(_budget_year_of(end, ctx).start if ctx.fiscal else date(end.year, 1, 1), end)
    moved = shift_years(span, year - span.end.year)
    return Period(moved.start, moved.end, to_date=True) if moved is not None else None


def _through_end(ctx: Context, base: date | None, *, month: str | None = None, year: str | None = None,
                 day: str | None = None) -> date | None:
    """The last day a "through" reaches: the day given ("Dec. 19", read against base), else the end of the
    month (in the year given, else the latest such month)."""
    if day:
        return parse_day(_norm(day), base)
    assert month is not None  # (callers give a month or a day)
    mp = resolve_month(_month_number(month), int(year) if year else None, ctx)
    return mp.end if mp else None


def _read_throughday(g, ctx: Context, ref: date | None, before: str) -> Period | None:
    """"a 14 percent drop in crimes through Dec. 19": a count from the year's start (its budget year's, in a
    federal budget story) to that day."""
    if g("tmonth"):  # "through the end of June", "job cuts announced through November 2014"
        if not g("tmonth")[0].isupper():
            return None
        end = _through_end(ctx, ref, month=g("tmonth"), year=g("tmyear"))
    else:
        end = _through_end(ctx, ref, day=g("tday"))
    if end is None:
        return None
    start = _budget_year_of(end, ctx).start if ctx.fiscal else date(end.year, 1, 1)
    fiscal = (_FISCAL_BEFORE.search(before[-40:]) or _FISCAL_TO_DATE_BEFORE.search(before)) \
        if "iscal" in before or "FY" in before or "udget" in before else None
    if fiscal is not None:  # "the deficit for fiscal 2024 through March", "fiscal-year-to-date through Feb. 29",
        # "the fiscal-year-to-date deficit of $530 billion through April":
        start = _budget_year_of(end, ctx).start  # from the start of the budget year that day is in
    elif ctx.span_hint and ctx.span_hint.end == end and (end - ctx.span_hint.start).days > 31:
        start = ctx.span_hint.start  # "the first 11 months of the fiscal year ... Through the end of August"
    return Period(start, end, to_date=True)


# A running budget year named earlier in the sentence, that a later "through April" ends:
_FISCAL_TO_DATE_BEFORE = re.compile(r"(?i)\b(?:fiscal|budget)[\s-]+year[\s-]+to[\s-]+date\b"
                                    r"|\b(?:this|the\s+current)\s+(?:fiscal|budget)\s+year\b(?![\s-]*'?\d)"
                                    # "FYTD", "FY2020 to date", "so far in fiscal 2019", "since the fiscal year
                                    # began Oct. 1", "the budget year that began Oct. 1"
                                    r"|\bFYTD\b|\b(?:(?:fiscal|budget)(?:[\s-]+year)?|FY)[\s-]*'?(?:\d{4}|\d{2})"
                                    r"[\s-]+to[\s-]+date\b"
                                    r"|\b(?:so|thus)\s+far\s+(?:in\s+|this\s+)?(?:the\s+)?(?:(?:fiscal|budget)\b|FY)"
                                    r"|\bsince\s+the\s+(?:start|beginning)\s+of\s+(?:the\s+)?(?:(?:fiscal|budget)\b|FY)"
                                    r"|\b(?:fiscal|budget)\s+year,?\s+(?:(?:that|which)\s+)?(?:began|started)\b")
_FISCAL_BEFORE = re.compile(r"(?i)(?:\bfiscal(?:[\s-]+year)?|\bFY)(?:[\s-]*'?(?:\d{4}|\d{2}))?(?:[\s-]+to[\s-]+date)?"
                            r",?\s*$")


def _month_before(year: int, month: int) -> tuple[int, int]:
    """The (year, month) before the given one."""
    return (year, month - 1) if month > 1 else (year - 1, 12)


# "published monthly data from May", "data for April showed": the month a release's data cover
_DATA_MONTH = re.compile(rf"\bdata\s+(?:from|for)\s+(?P<m>{MONTH_RE})\b(?![’'-]|\.?\s+\d)")


def _data_month_end(top: str, published: date) -> date | None:
    """The end of the month the first "data from May" near an article's top names, the latest such month before
    publication (none where the month has not ended by then)."""
    m = _DATA_MONTH.search(top)
    if m is None:
        return None
    month = _month_number(m["m"])
    end = month_period(published.year if month <= published.month else published.year - 1, month).end
    return end if end < published else None


def _reported_month_end(ctx: Context, before: str, start: date | None = None) -> date | None:
    """The end of the month a report gives ("393 arrests last month, bringing the year-to-date total
    to 3,425"): "last month" before in the sentence, else the month the article is about."""
    pub = ctx.published
    if "last month" in before.lower():
        if pub is None:
            return None
        y, mo = _month_before(pub.year, pub.month)
    elif ctx.month_hint:
        y, mo = ctx.month_hint
    elif start and ctx.span_hint and ctx.span_hint.start == start and not ctx.span_hint.to_date:
        return ctx.span_hint.end  # "the first nine months of the 2004 budget year ... So far this year, ..."
    elif ctx.data_month_end is not None:
        return ctx.data_month_end  # "imports are up 1.9 percent year-to-date" in a lede on "monthly data from May"
    else:
        return None
    end = month_period(y, mo).end
    return end if pub is None or end <= pub else None


def _read_quarter(g, ctx: Context, ref: date | None, before: str) -> Period | None:
    q = int(g("qnum") or g("qnum2") or 0) or (4 if g("qlast") else _ORDINALS[g("qord").lower()])  # ("1Q", "2Q23")
    # ("the 2012 fourth quarter", "the last quarter of 2014", "the 2012 Q4")
    year = g("qyear") or g("qyear2") or g("qyear3") or g("qyear0") or g("qyear4") or g("qyear5") or g("qyear6")
    if g("qyy"):
        year = 2000 + int(g("qyy"))
    elif year:
        year = int(year)
    elif ref is None:
        return None
    elif g("qrel"):  # "the first quarter of this year", "... of last year"
        year = ref.year - (g("qrel").lower() == "last")
    else:
        year = ref.year if date(ref.year, 3 * q - 2, 1) <= ref else ref.year - 1
        if ctx.published and add_months(date(year, 3 * q - 2, 1), 3) > ctx.published and \
                not _FORECAST.search(before):
            return None  # "Third-quarter figures" out in July: not the quarter under way (unless a forecast's)
    start = date(year, 3 * q - 2, 1)
    if ctx.quarter_hint is None:  # the quarter the article is about: "the previous quarter" counts from it
        ctx.quarter_hint = Period(start, add_months(start, 3))
    if q > 1 and ("hrough" in before[-20:] or "hru" in before[-20:]) and _THROUGH_QUARTER.search(before[-20:]):
        return Period(date(year, 1, 1), add_months(start, 3))  # "64% of additions through Q3 of this year": the
        # calendar year to that quarter's end (a budget year's quarters are read by the fiscal-year phrase)
    return Period(start, add_months(start, 3))


# "through the third quarter", "thru Q3", "through the end of the second quarter"
_THROUGH_QUARTER = re.compile(r"(?i)\b(?:through|thru)\s+(?:the\s+end\s+of\s+)?$")


# ("may" the verb, not the month May)
_FORECAST = re.compile(r"(?i)\b(?:will|would|expect\w*|project\w*|forecast\w*|predict\w*|could|(?-i:may))\b")


def _quarter_number(ordinal: str | None, digit: str | None) -> int:
    """A quarter named by its ordinal ("first quarter") or as the markets write it ("Q1")."""
    return int(digit) if digit else _ORDINALS[ordinal.lower()]


def _read_quarterrange(g, ctx: Context, ref: date | None, before: str) -> Period | None:
    """"from the first quarter of 2013 to the first quarter of 2014": the first quarter's start to the last's end."""
    start = date(int(g("qry1")), 3 * _quarter_number(g("qr1"), g("qrn1")) - 2, 1)
    last = date(int(g("qry2")), 3 * _quarter_number(g("qr2"), g("qrn2")) - 2, 1)
    return Period(start, add_months(last, 3)) if start < last else None


def _read_sameperiod(g, ctx: Context, ref: date | None, before: str) -> Period | None:
    """"for the same period in 2016", "the same month in 2021": the span the article is about, in that year."""
    unit = g("spunit").lower()
    if unit.endswith(" months"):  # "in November and December ... In the same two months in 2009"
        span = ctx.months_hint
        months = _count(unit.split()[0])
        assert months is not None  # ("two" to "twelve")
        if span is None or add_months(span.start, months) != span.end:
            return None
    elif unit == "month" and ctx.month_hint:
        span = month_period(*ctx.month_hint)
    elif unit == "quarter" and ctx.quarter_hint:
        span = ctx.quarter_hint
    elif ctx.last_here is not None and ctx.last_here.start != ctx.last_here.end and unit != "week":
        span = ctx.last_here  # "267 between Jan. 1 and Oct. 31, compared with 259 over the same period in 2018"
    elif ctx.last_before is not None and ctx.last_before.start != ctx.last_before.end and unit != "week" and \
            g("spyear") and ctx.last_before.start.year > int(g("spyear")):
        span = ctx.last_before  # "... $329,819 this month. That is up 24 percent from ... the same period in 2010"
    else:
        span = ctx.span_hint
    if span is None or span.end.year - span.start.year > 1:
        return None
    if g("spthis"):  # "During the first three quarters of FY 2016, ... In that same period this year": the span
        if ref is None:  # named before, in the year (the budget year, for a budget year's part) under way
            return None
        named = ctx.last_here or ctx.last_before
        span = named if named is not None and named.start != named.end else span
        fiscal = "fiscal" in g("spthis").lower() or span.start.month == ctx.fy_month and span.end.year > span.start.year
        year_now = fiscal_year_of(ref, ctx.fy_month) if fiscal else ref.year
        moved = shift_years(span, year_now - (fiscal_year_of(span.end, ctx.fy_month) if fiscal else span.end.year))
        return moved if moved is not None and moved.start <= ref and moved != span else None
    if g("spfy") or g("spfy2"):  # "the same period in fiscal year 2020", "for the 2013 financial year": that
        n = g("spfy") or g("spfy2")  # budget year's months
        fy = int(n) + (2000 if len(n) == 2 else 0)
        return shift_years(span, fy - fiscal_year_of(span.end))
    return shift_years(span, int(g("spyear")) - span.end.year)


def _read_thistime(g, ctx: Context, ref: date | None, before: str) -> Period | None:
    """"this time last year", "at this point in 2011": the span the sentence (else the article) reports on, a
    year (or to that year) back, where that span is a month, a quarter or a count from a year's start to a
    month's end; a day's or a poll's "this time last year" is no exact span."""
    if ctx.last_here is not None:
        span: Period | None = ctx.last_here
    elif ctx.month_here:
        span = month_period(*ctx.month_here)
    elif ctx.month_hint:
        span = month_period(*ctx.month_hint)
    else:
        span = ctx.span_hint
    if span is None or span.poll or (span.end - span.start).days < 27 or span.end.year != span.start.year \
            and not (span.start.month == 10 and span.start.day == 1) or (span.end + timedelta(days=1)).day != 1:
        return None
    if g("ttyear"):
        return shift_years(span, int(g("ttyear")) - span.end.year)
    return shift_years(span, -1)


def _read_fullyear(g, ctx: Context, ref: date | None, before: str) -> Period | None:
    """"the deficit for the full year will be $3.3 trillion" in a federal budget story: the budget year of the
    span the article is about. (Elsewhere "the full year" may be a forecast's or a company's year: left alone.)"""
    base = ctx.span_hint.end if ctx.span_hint else ctx.published
    if base is None:
        return None
    return _budget_year_of(base, ctx) if ctx.fiscal else _year_closed_by_hint(ctx)


def _year_closed_by_hint(ctx: Context) -> Period | None:
    """"GDP grew 2.1% in the fourth quarter. For the full year, it grew 2.3%" (or after December's figure), told
    after that year ended: the calendar year that quarter or month closes."""
    pub, quarter, month = ctx.published, ctx.quarter_hint, ctx.month_hint
    if pub is None or ctx.fiscal:
        return None
    if quarter is not None and quarter.start.month == 10 and quarter.end < pub:
        return Period(date(quarter.end.year, 1, 1), quarter.end)
    if quarter is None and month is not None and month[1] == 12 and date(month[0], 12, 31) < pub:
        return Period(date(month[0], 1, 1), date(month[0], 12, 31))
    return None


def _read_themonth(g, ctx: Context, ref: date | None, before: str) -> Period | None:
    """"core prices rose 0.7% for the month", "sales fell 2% in the month": the month last named in the sentence,
    else the month the article reports on."""
    month = ctx.month_here or ctx.month_hint
    return month_period(*month) if month else None


def _read_fortheyear(g, ctx: Context, ref: date | None, before: str) -> Period | None:
    """"prices rose 0.3 percent in July but for the year are up 2.7 percent": January to the month reported; after
    a year the sentence has named ("Revenues in fiscal 2004 were $4.5 billion, beating estimates for the year by
    $68 million"), that year."""
    if ctx.year_here is not None and ctx.month_here is None and not ctx.year_here.to_date:
        return ctx.year_here
    if ctx.month_hint is None or ctx.fiscal:
        return None
    end = month_period(*ctx.month_hint).end
    return Period(date(end.year, 1, 1), end, to_date=True)


_HAD_FORECAST = re.compile(r"(?i)\bhad\s+(?:been\s+)?(?:forecast|expected|projected|predicted|estimated|"
                           r"anticipated)\w*\b")


def _read_forecastyear(g, ctx: Context, ref: date | None, before: str) -> Period | None:
    """"expected growth of 1.7 percent for the year", "For the year, the council has projected a 6 percent rise":
    a forecast's year, the one running on the publication date (a budget year in a story on one: the federal one,
    or the state's "which began in July"). Only in a forecast's sentence (see _read_named). After a year the
    sentence has named ("Revenues in fiscal 2004 were $4.5 billion, beating estimates for the year"), that year."""
    if ctx.year_here is not None and ctx.month_here is None and not ctx.year_here.to_date:
        return ctx.year_here
    pub = ctx.published
    if pub is None:
        return None
    if pub.month <= 3 and not ctx.fiscal and "had " in before and _HAD_FORECAST.search(before):
        return Period(date(pub.year - 1, 1, 1), date(pub.year - 1, 12, 31))  # "We had forecast 2.9 percent for the
        # year, so the 2.8 percent is in line", told in January: a past forecast of the year just closed
    if ctx.fiscal_began:
        year = pub.year if pub.month >= ctx.fiscal_began else pub.year - 1
        start = date(year, ctx.fiscal_began, 1)
        return Period(start, add_months(start, 12))
    if ctx.fiscal:
        return _budget_year_of(pub, ctx)
    return Period(date(pub.year, 1, 1), date(pub.year, 12, 31))


# "five cases were confirmed today, ...": a count told of the day, its verb passive
_COUNTED_JUST_BEFORE = re.compile(r"(?i)(?:\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve))"
                                  r"\S*(?:\s+(?:new|more|additional))?\s+[a-z]+\s+(?:were|was|have\s+been|has\s+been)\s+"
                                  r"(?:confirmed|reported|recorded|identified|diagnosed|counted|logged)\s+$")
# ("$2.38/g"; "53,122 inmates in Georgia's prisons today": a count and where it is)
_FIGURE_JUST_BEFORE = re.compile(r"\d%?(?:/[a-z]{1,3}\b)?(?:\s+(?:a|per|[a-z]+s))?(?:\s+[a-z]+)?"
                                 r"(?:\s+(?:in|at|across)\s+(?:the\s+)?[\w’'.-]+(?:\s+[a-z]+s)?)?\s+$")


def _read_today(g, ctx: Context, ref: date | None, before: str) -> Period | None:
    """"the average price of gas today is $2.18", "Today, no state averages $4": a level on the day of publication."""
    if g("todayopen") and before.strip() and not _FIGURE_JUST_BEFORE.search(before[-40:]) and \
            not _COUNTED_JUST_BEFORE.search(before[-60:]):
        return None  # "the same age that Millennials are today, the typical ...": not the figure's day (but
        # "averaging $3.58 a gallon today, according to ...": the figure's)
    if (g("todayend") or g("todaywhile")) and not _FIGURE_JUST_BEFORE.search(before[-40:]):
        return None  # "the agency said today.": the day a source spoke (but "to about 34,500 today.", "is priced
        # at $2.16/g today while ...": the figure's)
    if ctx.published is None:
        return None
    if g("yesterday"):  # "paid $2.40 at the pump yesterday", not "the agency said yesterday"
        day = ctx.published - timedelta(days=1)
        return None if _SAID_BEFORE.search(before[-30:]) else Period(day, day)
    return Period(ctx.published, ctx.published)


def _read_dayof(g, ctx: Context, ref: date | None, before: str) -> Period | None:
    """"the highest on record for the calendar day of Aug. 26": that one day."""
    day = parse_day(_norm(g("dod")), ref)
    return Period(day, day) if day else None


def _read_relweek(g, ctx: Context, ref: date | None, before: str) -> Period | None:
    """"7.7% the prior week", "reported a week earlier", "4.6% a week ago", "the week-ago 4.6%": the week before
    the week the article is about; "up from last week's 5.2%" too, when that week is the one publication falls in."""
    here = ctx.last_here  # "2.82 million in the week ending Aug. 7, down from 2.87 million a week earlier"
    span = here if here is not None and (here.end - here.start).days == 6 else ctx.week_hint or ctx.span_hint
    if span is None or (span.end - span.start).days != 6:
        return None
    if g("lastweeks") and (ctx.published is None or not 0 <= (ctx.published - span.end).days < 7):
        return None
    return Period(span.start - timedelta(days=7), span.end - timedelta(days=7))


def _read_lastweek(g, ctx: Context, ref: date | None, before: str) -> Period | None:
    """"imports averaged 9.8 million barrels last week" after "in the week ended Sept. 14": that week, when it
    is the one before publication; else no week the text fixes."""
    week = ctx.week_hint
    if week is None or ctx.published is None or not 0 < (ctx.published - week.end).days <= 13:
        if ctx.report_week is None and ctx.ended_week is not None and not _SAID_BEFORE.search(before[-30:]):
            ctx.ended_week_read = True
            return ctx.ended_week  # "claims shot up by 22,000 last week" where the weeks end on Saturdays ("the
            # week ended Dec. 21"): the last such week before publication (not "an estimate reported last week")
        return ctx.report_week
    return week


def _read_thatweek(g, ctx: Context, ref: date | None, before: str) -> Period | None:
    """"declined to 15.3 percent during that week", "37 states reported in the same week" after "in the week
    ending March 14": the week named last before it (one of seven days), else none the text fixes."""
    for span in (ctx.last_here, ctx.week_hint):
        if span is not None and (span.end - span.start).days == 6:
            return span
    return None


def _read_relquarter(g, ctx: Context, ref: date | None, before: str) -> Period | None:
    """"the 1.5 percent in the previous quarter": the quarter before the one the article last named; "8.5% last
    quarter": that one, else the last quarter ended before publication."""
    if g("lastq"):
        if ctx.quarter_hint is not None:
            return ctx.quarter_hint
        if ctx.published is None:
            return None
        start = date(ctx.published.year, (ctx.published.month - 1) // 3 * 3 + 1, 1)
        start = date(start.year, start.month - 3, 1) if start.month > 3 else date(start.year - 1, 10, 1)
        return Period(start, add_months(start, 3))
    if ctx.quarter_hint is None:
        return None
    start = ctx.quarter_hint.start
    start = date(start.year, start.month - 3, 1) if start.month > 3 else date(start.year - 1, 10, 1)
    return Period(start, add_months(start, 3))


def _read_barequarter(g, ctx: Context, ref: date | None, before: str) -> Period | None:
    """"9.5 percent in the third quarter, after a decrease of 0.2 percent in the second": a quarter of the
    year of the one the article last named."""
    if ctx.quarter_hint is None:
        return None
    start = date(ctx.quarter_hint.start.year, 3 * _ORDINALS[g("bqord").lower()] - 2, 1)
    if start > ctx.quarter_hint.start:  # "in the fourth" said of the quarter before a first quarter
        start = date(start.year - 1, start.month, 1)
    return Period(start, add_months(start, 3))


def _read_monthlist(g, ctx: Context, ref: date | None, before: str) -> Period | None:
    """"in February, March and April, with 29 killings combined": a count over months in a row is their span."""
    months = [_month_number(w) for w in re.findall(rf"(?i){_FULL_MONTH}", g(0))]  # case-blind, as PATTERNS
    if any(b != a + 1 for a, b in zip(months, months[1:])):
        return None
    first, last = resolve_month(months[0], None, ctx), resolve_month(months[-1], None, ctx)
    if first is None or last is None or first.start > last.start:
        return None
    return Period(first.start, last.end)


def _read_mquarter(g, ctx: Context, ref: date | None, before: str) -> Period | None:
    """"the April-June quarter": the calendar quarter those months make; "the April-to-August period": those months;
    "in January through June", and "in the second quarter, January to March, it saw" (an aside): those months."""
    m1, m2 = _month_number(g("mq1")), _month_number(g("mq2"))
    bare = g("mqin") is not None and not g("mqyear2") and not re.search(r"(?i)quarter|period", g(0))
    if (m1 % 3 != 1 or m2 != m1 + 2) and (not ("period" in g(0).lower() or g("mqyear2") or bare) or m1 >= m2):
        return None
    if bare:  # "in January through June", "during January-June": those months, the last ones ended by publication
        last = resolve_month(m2, None, ctx)
        return Period(date(last.start.year, m1, 1), last.end) if last is not None and m1 < m2 else None
    if g("mqyear") or g("mqyear2"):
        year = int(g("mqyear") or g("mqyear2"))
    elif g("mqrel") and ref is not None:  # "the October-December period last year"
        year = ref.year - (g("mqrel").lower() == "last")
    elif ref is None:
        return None
    else:
        year = ref.year if date(ref.year, m1, 1) <= ref else ref.year - 1
    return Period(date(year, m1, 1), add_months(date(year, m1, 1), m2 - m1 + 1))


_HALF_RUNNING = re.compile(r"(?i)\b(?:so\s+far|to\s+date|through|thru|halfway|midway|since|should|might|likely|"
                           r"plans?|aims?|hopes?|target\w*)\b")


def _read_half(g, ctx: Context, ref: date | None, before: str) -> Period | None:
    """"the first half of 2023", "H1 2023", "1H24"; "H2" alone: the last such half ended by the publication date."""
    if g("hbare"):
        return _bare_half(g("hbare").lower() == "first", ctx)
    first = g("hord").lower() == "first" if g("hord") else (g("hnum") or g("hnum2") or "1") == "1"
    if g("hyear") or g("hyear2") or g("hyy") or g("hyear3") or g("hyear4"):  # "at the midpoint in 2011", "through
        year = int(g("hyear") or g("hyear2") or g("hyear3") or g("hyear4") or 2000 + int(g("hyy")))  # six months in
    elif ref is None:
        return None
    elif g("hord"):
        year = ref.year - (1 if g("hrel").lower() == "last" else 0)
        if first and g("hrel").lower() == "the" and ctx.published and date(year, 3, 31) >= ctx.published and \
                not _FORECAST.search(before) and not _HALF_RUNNING.search(before):
            year -= 1  # "moderated from the 3 percent pace in the first half of the year" told in January: the
            # half that closed last, not one barely begun (but "will grow 2% in the first half of the year")
    else:
        year = ref.year if ref >= add_months(date(ref.year, 1 if first else 7, 1), 6) else ref.year - 1
    start = date(year, 1 if first else 7, 1)
    return Period(start, add_months(start, 6))


def _read_endmonth(g, ctx: Context, ref: date | None, before: str) -> Period | None:
    """"the final month of 2001", "the first month of last year": January or December of that year."""
    if g("emyear"):
        year = int(g("emyear"))
    elif ref is None:
        return None
    else:
        year = ref.year - (g("emrel").lower() == "last")
    return month_period(year, 1 if g("emord").lower() in ("first", "opening") else 12)


def _bare_half(first: bool, ctx: Context) -> Period | None:
    """"in the first half", "the year's second half" with no year: the half-year last ended before publication
    when it is that half (told in September, January to June); else none the text fixes (a forecast's, a game's)."""
    pub, here = ctx.published, ctx.year_here
    if ctx.fiscal:
        return None
    if here is not None:  # "In 2017, ... in the first half": that year's
        if here.start.month != 1 or here.start.day != 1 or add_months(here.start, 12) != here.end:
            return None
        year = here.start.year
    elif pub is None or first != (pub.month > 6):
        return None
    else:
        year = pub.year if pub.month > 6 else pub.year - 1
    start = date(year, 1 if first else 7, 1)
    return Period(start, add_months(start, 6))


def _read_monthsending(g, ctx: Context, ref: date | None, before: str) -> Period | None:
    # "surpassed 100,000 annually in data through April", "in the year to June", "the year ended June 30": 12
    # months ("rates fell over the year ending September": a yearly change, the month it describes); "the quarter
    # ended June 30": three
    n = _count(g("nme")) if g("nme") else 3 if g("mequarter") else 12
    last = resolve_month(_month_number(g("mename")), int(g("meyear")) if g("meyear") else None, ctx)
    if not n or last is None or n > 120 or g("meday") and int(g("meday")) != last.end.day:
        return None  # ("the 12 months ending June 30, 2011": whole months; ending mid-month, none)
    y, mo = divmod(last.start.year * 12 + last.start.month - 1 - (n - 1), 12)
    return Period(date(y, mo + 1, 1), last.end)


def _read_firstdays(g, ctx: Context, ref: date | None, before: str) -> Period | None:
    n = _count(g("ndays"))
    month = resolve_month(_month_number(g("fdmonth")), int(g("fdyear")) if g("fdyear") else None, ctx)
    if not n or month is None:
        return None
    return Period(month.start, month.start + timedelta(days=n - 1))


def _read_firstmonths(g, ctx: Context, ref: date | None, before: str) -> Period | None:
    n = _count(g("nmonths") or g("nmonths2")) if not g("nquarters") else 3 * (_count(g("nquarters")) or 0)
    # ("the first six months of 2017", "2017's first six months"; "the first three quarters of 2020": nine months)
    named = g("fmyear") or g("fmyear2")
    year = int(named) if named else (ref.year if ref else None)
    if not n or year is None or n > 12:
        return None
    start = fiscal_year(year, ctx.fy_month).start if ctx.fiscal and not named else date(year, 1, 1)
    # ("the first seven months of this year" in a budget story: its budget year's)
    if (g("fml") or "first").lower() != "first":  # "the last three months of 2023": October to December
        y, m0 = divmod(start.year * 12 + start.month - 1 + 12 - n, 12)
        return Period(date(y, m0 + 1, 1), add_months(start, 12))
    return Period(start, add_months(start, n))


def _last_weekday(pub: date | None, name: str) -> date | None:
    """The last such weekday on or before the publication date ("the week ended Saturday")."""
    return pub - timedelta(days=(pub.weekday() - _WEEKDAYS.index(name.lower())) % 7) if pub else None


def _read_weekending(g, ctx: Context, ref: date | None, before: str) -> Period | None:
    end = _last_weekday(ctx.published, g("wewd")) if g("wewd") else parse_day(_norm(g("weday")), ref)
    if end is None:
        return None
    hint = ctx.week_hint
    if hint is not None and hint.end > end and _SINCE_THE.search(before[-12:]):
        return Period(end - timedelta(days=6), hint.end)  # "a drop of 62 percent since the week ending Jan. 9" in
        # a story on the week ending March 20: from that week to the week reported
    return Period(end - timedelta(days=6), end)


_SINCE_THE = re.compile(r"(?i)\bsince\s+(?:the\s+)?$")


def _read_weeksending(g, ctx: Context, ref: date | None, before: str) -> Period | None:
    """"the two weeks ending June 15", "the two-week period ended June 15", "a five-day period ending June 20"."""
    n = _count(g("nwe").lower()) if g("nwe") else 2  # "the fortnight to July 14": two weeks
    if g("wswd"):  # "the seven days ended Saturday": the last Saturday on or before the publication date
        end = _last_weekday(ctx.published, g("wswd"))
    else:
        end = parse_day(_norm(g("wsday")), ref)
    if not n or end is None or n > 52:
        return None
    days = n if g("weunit") and g("weunit").lower() == "day" else 7 * n
    return Period(end - timedelta(days=days - 1), end)


def _read_weeksof(g, ctx: Context, ref: date | None, before: str) -> Period | None:
    """"the first two weeks of June" (1-14 June), "the last week of May" (25-31 May)."""
    n = _count(g("nw").lower()) if g("nw") else 1
    month = resolve_month(_month_number(g("wmonth")), int(g("wyear")) if g("wyear") else None, ctx)
    if not n or month is None or n > 4:
        return None
    if g("wfl").lower() == "first":
        return Period(month.start, month.start + timedelta(days=7 * n - 1))
    return Period(month.end - timedelta(days=7 * n - 1), month.end)


def _read_weekof(g, ctx: Context, ref: date | None, before: str) -> Period | None:
    """"the week of June 2": the seven days from that day."""
    start = parse_day(_norm(g("wod")), ref)
    return Period(start, start + timedelta(days=6)) if start else None


def _read_dayrange(g, ctx: Context, ref: date | None, before: str) -> Period | None:
    if g("drl1"):  # "surveyed Nov. 8 and Nov. 10-15": the field days, broken by one, from the first to the last
        second = parse_day(_norm(f"{g('drlm')} {g('drl2')}"), ref)
        first = parse_day(_norm(g("drl1")), second or ref)
    elif g("dr2"):  # "from June 17 to July 10", "conducted June 17 to July 10"
        second = parse_day(_norm(g("dr2")), ref)
        base = second if second else ref
        first = parse_day(_norm(g("dr1") or g("dr1b")), base)
    else:
        month, year = _month_number(g("drmonth")), int(g("dryear")) if g("dryear") else None
        mp = resolve_month(month, year, ctx)
        if mp is None:
            return None
        try:
            first, second = date(mp.start.year, month, int(g("drd1"))), date(mp.start.year, month, int(g("drd2")))
        except ValueError:
            return None
    if first is None or second is None or first > second:
        return None
    return Period(first, second)


def _read_monthrange(g, ctx: Context, ref: date | None, before: str) -> Period | None:
    """"from January to June", "from January to June 29" (ending on that day), "between January and June of
    this year", "from July 1 through the end of September" (from that day)."""
    if g("mrlast"):  # "between April 2011 and last month": to the month before publication
        if ctx.published is None:
            return None
        last_month = month_period(*_month_before(ctx.published.year, ctx.published.month))
        m1 = _month_number(g("mr1"))
        y1 = int(g("mry1")) if g("mry1") else last_month.start.year - (m1 > last_month.start.month)
        return Period(date(y1, m1, 1), last_month.end) if date(y1, m1, 1) <= last_month.start else None
    y2 = int(g("mry2") or g("mry2b")) if g("mry2") or g("mry2b") else None
    if g("mrrel"):
        if ref is None:
            return None
        y2 = ref.year - (g("mrrel").lower() == "last")
    second = resolve_month(_month_number(g("mr2")), y2, ctx)
    if second is None:
        return None
    m1 = _month_number(g("mr1"))
    y1 = int(g("mry1")) if g("mry1") else (second.start.year if m1 <= second.start.month else second.start.year - 1)
    if g("mrrel1") and ref is not None:  # "between May of last year and May of this year": from last year's May
        y1 = ref.year - (g("mrrel1").lower() == "last")
    end = second.end
    if g("mrd2"):
        if not 1 <= int(g("mrd2")) <= second.end.day:
            return None
        end = second.end.replace(day=int(g("mrd2")))
    if ref is not None and end < ref and not (g("mry1") or g("mry2") or g("mry2b") or g("mrrel") or g("mrrel1")
                                              or g("mrd2")) \
            and _FORECAST.search(before):
        return Period(date(y1 + 1, m1, 1), month_period(end.year + 1, end.month).end)  # "will see ... from October to
    if ref is not None and end < ref and "s " in before[-9:] and _RECURRING_RUNS.search(before) \
            and not (g("mry1") or g("mry2") or g("mry2b") or g("mrrel") or g("mrrel1") or g("mrd1") or g("mrd2")):
        under_way = Period(date(y1 + 1, m1, 1), month_period(end.year + 1, end.month).end)
        if under_way.start <= ref <= under_way.end:  # "The heating season runs from October through March", told
            return under_way  # on 14 October: the season under way, not the one that ended in March
    if g("mrd1"):  # "From July 1 through the end of September": from that day
        try:
            first = date(y1, m1, int(g("mrd1")))
        except ValueError:
            return None
        return Period(first, end) if first <= end else None
    return Period(date(y1, m1, 1), end)  # March": a forecast's span is the coming one


# a season told as a habit, in the present: "the season runs from October through March", "lasts from ... to ..."
_RECURRING_RUNS = re.compile(r"(?i)\b(?:season|year|term|period|window|cycle|session)\s+"
                             r"(?:usually\s+|typically\s+|normally\s+|generally\s+)?(?:runs|lasts|stretches|extends|spans)\s+$")


def _read_monththan(g, ctx: Context, ref: date | None, before: str) -> Period | None:
    """"cost 14.2 percent more in April than in February": a change between two months, the whole span from the
    one compared against to the one reported (a month after the later one counts back into the year before:
    "more in January than in December")."""
    m1, m2 = _month_number(g("mt1")), _month_number(g("mt2"))
    second = resolve_month(m2, None, ctx)
    if m1 == m2 or second is None:
        return None
    return Period(date(second.start.year - (m1 > m2), m1, 1), second.end)


def _read_monthpair(g, ctx: Context, ref: date | None, before: str) -> Period | None:
    """"revised down by 19,000 for February and March": two months in a row, the span of both."""
    m1, m2 = _month_number(g("mp1")), _month_number(g("mp2"))
    if m1 == m2 % 12 + 1:
        m1, m2 = m2, m1  # "for December and November": the same two months, latest first
    second = resolve_month(m2, None, ctx)
    if m2 != m1 % 12 + 1 or second is None or not g("mp1")[0].isupper():
        return None
    return Period(date(second.start.year - (m1 == 12), m1, 1), second.end)


def _read_monthssince(g, ctx: Context, ref: date | None, before: str) -> Period | None:
    """"the twelve months since Dec. 31, 2008": the N whole months after that day (2009); "in the seven months
    since Oct. 1", "the seven month stretch that began Oct. 1", "the six-month period beginning in January":
    N months from that day (the first of the month a month alone names)."""
    n = _count(g("nms").lower())
    if g("msday"):
        start = parse_day(_norm(g("msday")), ref)
        if start is not None and g("mssince").lower() == "since" and (start + timedelta(days=1)).day == 1:
            start += timedelta(days=1)  # "since Dec. 31": from the day after
    else:
        if not g("msmonth")[0].isupper():
            return None
        mp = resolve_month(_month_number(g("msmonth")), int(g("msyear")) if g("msyear") else None, ctx)
        start = mp.start if mp else None
    if not n or start is None or n > 120 or ctx.published is not None and start > ctx.published:
        return None
    if start.day == 1:
        return Period(start, add_months(start, n))
    y, m0 = divmod(start.year * 12 + start.month - 1 + n, 12)
    try:
        return Period(start, date(y, m0 + 1, start.day) - timedelta(days=1))
    except ValueError:
        return None


def _read_since(g, ctx: Context, ref: date | None, before: str) -> Period | None:
    if ctx.published is None:
        return None
    if g("sday"):
        start = parse_day(_norm(g("sday")), ref)
    elif g("smonth"):
        if not g("smonth")[0].isupper():
            return None
        mp = resolve_month(_month_number(g("smonth")), int(g("smyear")) if g("smyear") else None, ctx)
        start = mp.start if mp else None
    else:
        start = date(int(g("syear")), 1, 1)
    if start is None or start > ctx.published:
        return None
    end = _reported_month_end(ctx, before) if g("smonth") and ctx.month_hint else None
    if end is not None and start < end:  # "payrolls have increased 19.1 million since April 2020" in a
        return Period(start, end)  # report on January: to the end of the month the data run to
    return Period(start, ctx.published, to_date=True)


def _since_anchor(g, period: Period) -> Period:
    """The date a "since" phrase names, as the span it names: a day, a month or a year."""
    if g("sday"):
        return Period(period.start, period.start)
    if g("smonth"):
        return month_period(period.start.year, period.start.month)
    return Period(period.start, date(period.start.year, 12, 31))


def _read_month(g, ctx: Context, ref: date | None, before: str) -> Period | None:
    name = g("mname")
    if not (g("myear") or g("myear2") or g("myear3") or g("myrel") or g("mverb") and name == "May" or g("mposs")) and \
            (name == "May" or name.lower() in ("mar", "may")) and not _MONTH_NEEDS_CUE.search(before):  # ("May saw
        # 23 murders": the month as the subject of a count)
        return None
    if not name[0].isupper() or _PART_OF_MONTH.search(before):
        return None  # "conducted in mid-October": some days of the month, no exact span
    year = int(g("myear") or g("myear2") or g("myear3") or 0) or None  # "April 2023", "April of 2023"
    if g("myrel") and ref is not None:  # "April of last year"
        year = ref.year - (g("myrel").lower() == "last")
    period = resolve_month(_month_number(name), year, ctx)
    if period is None:
        return None
    if year is None and before.endswith(("last ", "Last ")) and \
            (period.start.year, period.start.month) in (ctx.month_hint, ctx.month_here):
        period = month_period(period.start.year - 1, period.start.month)  # "$4 million in April, up from last
        # April's $3 million": the same month a year before the one reported
    if ctx.month_hint is None and not _BASE_MONTH.search(before[-80:]):  # "the previous month" is the one
        ctx.month_hint = (period.start.year, period.start.month)  # before the month the article is about
    ctx.month_here = (period.start.year, period.start.month)
    return period


def _read_relmonth(g, ctx: Context, ref: date | None, before: str) -> Period | None:
    text = g("relmonth").lower()
    if "previous" in text or "prior" in text or "preceding" in text:
        if ctx.month_hint:
            y, mo = ctx.month_hint
        elif ctx.published:
            y, mo = ctx.published.year, ctx.published.month
        else:
            return None
        y, mo = _month_before(y, mo)
        return month_period(y, mo)
    if ctx.published is None:
        return None
    y, mo = ctx.published.year, ctx.published.month
    if text.startswith("last"):
        y, mo = _month_before(y, mo)
    return month_period(y, mo)


_PAST_END = re.compile(r"(?i)\b(?:ended|closed|finished|(?:closed|rounded|wrapped|capped)\s+(?:out|up))\s+$")


def _year_ended(published: date) -> int:
    """The calendar year that has ended by the publication date: this one in its last week, else the last."""
    return published.year if (published.month, published.day) >= (12, 24) else published.year - 1


def _read_endtheyear(g, ctx: Context, ref: date | None, before: str) -> Period | None:
    """"The city ended the year with 762 homicides", "closed out the year at $4.10": the year that has ended
    by publication; "is on pace to end the year with 500": the one running."""
    if ctx.published is None:
        return None
    y = _year_ended(ctx.published) if _PAST_END.search(before[-30:]) else ctx.published.year
    return Period(date(y, 1, 1), date(y, 12, 31))


# "One of the most violent years in the city's history ended Sunday with 762 homicides": the calendar year
# that closed on (or just before) that day
_YEAR_ENDED_BEFORE = re.compile(r"(?i)(?<!fiscal\s)(?<!school\s)(?<!budget\s)(?<!model\s)(?<!tax\s)\byears?\b(?![’'-])"
                                r"[^,;.\d]{0,60}?\b(?:ended|closed|finished|came\s+to\s+a\s+close)\s+(?:on\s+)?$")
_WITH_AFTER = re.compile(r"(?i)\s+with\b")


def _year_ended_on(m: re.Match, sentence: str, ctx: Context) -> Found | None:
    """A year that "ended Sunday with ...": the calendar year closing at that day (a day at the year's turn)."""
    if not _WITH_AFTER.match(sentence, m.end()) or \
            not _YEAR_ENDED_BEFORE.search(sentence[max(0, m.start() - 90):m.start()]):
        return None
    day = _weekday(m, "", ctx)
    if day is None or day.period is None:
        return None
    d = day.period.end
    if not ((d.month, d.day) >= (12, 24) or (d.month, d.day) <= (1, 10)):
        return None
    y = d.year if d.month == 12 else d.year - 1
    return Found(m.start(), m.end(), "period", Period(date(y, 1, 1), date(y, 12, 31)))


# the sentence's own year is the budget year under way: "In the current fiscal year to date, ... from 1,356 in the
# previous year", "so far this fiscal year, ... the prior year"
_FY_UNDER_WAY = re.compile(r"(?i)\b(?:current|this|present)\s+(?:fiscal|budget)\s+year\b|"
                         r"\bfiscal[\s-]+year[\s-]+to[\s-]+date\b")


def _read_relyear(g, ctx: Context, ref: date | None, before: str) -> Period | None:
    text = g("relyear").lower()
    relative = not text.startswith(("last", "this", "next"))
    forward = relative and text.endswith(("following year", "subsequent year", "next year"))
    if relative and ctx.year_here is None and ctx.published is not None and ctx.fiscal_here and \
            _FY_UNDER_WAY.search(before):  # "the previous year" after "the current fiscal year": the budget year
        ctx.base_year_read = not forward  # before the one under way ("the following year": the one after it)
        return fiscal_year(fiscal_year_of(ctx.published, ctx.fy_month) + (1 if forward else -1), ctx.fy_month)
    if forward:  # "226,119 in FY 2017 and
        # 256,085 the following year": the year after the one named ("in the next year" is no such phrase)
        named = ctx.year_here or ctx.year_last
        return shift_years(named, 1) if named is not None else None
    if relative and (named := ctx.year_here or ctx.year_last) is not None:  # "in 2012, ... compared with $755
        return year_before(named)  # billion the previous year": 2011 (the year last named before too)
    if ctx.published is None:  # undated: "from 105 in 2016 to 104 last year" under "... deaths in 2017": 2017
        y = ctx.story_year if text == "last year" and not ctx.fiscal else None
        if ctx.this_year and not ctx.fiscal and text in ("this year", "last year"):
            y = ctx.this_year - (text == "last year")  # "rose 5% this year, according to the 2019 survey"
            if text == "this year" and ctx.year_part is not None and not _NOT_COUNTED.search(before):
                return ctx.year_part  # "56 murders in the six months of this year" in a story on its first half
        return Period(date(y, 1, 1), date(y, 12, 31)) if y else None
    back = 0 if text == "this year" else -1 if text.startswith("next") else 1  # ("next year": the year after)
    if ctx.last_year_fy and back == 1 and not relative and not _BASE_LEAD.search(before[-30:]):
        return fiscal_year(ctx.last_year_fy, ctx.fy_month)  # "last year", the budget year the article names
    if ctx.fiscal_began and ctx.fiscal_began != 10 and not relative:  # a state's year "which began in July"
        pub, month = ctx.published, ctx.fiscal_began
        start = date(pub.year - back - (date(pub.year, month, 1) > pub), month, 1)
        return Period(start, add_months(start, 12))
    if back == 1 and not relative and ctx.fiscal_named and ctx.fy_month == 10 and ctx.published.month >= 10 and \
            ctx.published.year in ctx.fiscal_numbers and ctx.published.year + 1 not in ctx.fiscal_numbers:
        return fiscal_year(ctx.published.year - 1)  # "606 arrests last year" told in December on fiscal 2007, just
        # closed: the budget year before it
    if (ctx.fiscal or ctx.fiscal_here) and not relative:
        return fiscal_year(ctx.published.year - back, ctx.fy_month)  # the year named, as its budget year
    if not back and ctx.year_part is not None and not relative and not _NOT_COUNTED.search(before):
        return ctx.year_part  # "22% of the state's power this year" in a story on the first half of 2019
    if not back and ctx.fy_month == 10 and ctx.published.month >= 10 and ctx.published.year in ctx.fiscal_numbers \
            and not _TO_DATE.search(before[-40:]) and "so far" not in before[-40:]:
        return fiscal_year(ctx.published.year)  # "arrests dipped 17 percent this year" told in October of a story
        # on the budget year that closed on Sept. 30: that budget year
    y = ctx.published.year - back
    return Period(date(y, 1, 1), date(y, 12, 31))


def _read_yearrange(g, ctx: Context, ref: date | None, before: str) -> Period | None:
    """"between 2015 and 2016", "from 2019 to 2021": the whole span; "in 2014-2016" (three years or more: two
    in a row are often a budget or a school year), the same; "from the end of 2011 to the end of 2012": 2012."""
    if g("yr5"):  # "from 2000 through December 2007": from the first year's start to that month's end
        first, end = int(g("yr5")), month_period(int(g("yr6")), _month_number(g("yrm"))).end
        return Period(date(first, 1, 1), end) if first <= end.year else None
    if g("yre1"):  # "between the end of 2011 and the end of 2012": the years after the first, to the last's end
        first, last = int(g("yre1")), int(g("yre2"))
        return Period(date(first + 1, 1, 1), date(last, 12, 31)) if first < last else None
    if g("yr7"):  # "to stabilize at 2.2 percent in 2010 and 2011": the two years, if they follow each other (not
        # "will grow in 2019 and 2020, averaging 12.3 and 13 respectively": one figure a year)
        first, last = int(g("yr7")), int(g("yr8"))
        return Period(date(first, 1, 1), date(last, 12, 31)) if last == first + 1 and not ctx.fiscal else None
    if g("yr3"):
        first, last = int(g("yr3")), int(g("yr4"))
        return Period(date(first, 1, 1), date(last, 12, 31)) if last >= first + 2 and not ctx.fiscal else None
    first, last = sorted((int(g("yr1")), int(g("yr2"))))  # "between 2011 and 2010" too
    return Period(date(first, 1, 1), date(last, 12, 31)) if first < last else None


_FY_BY_NUMBER = re.compile(r"(?i)\bfiscal[\s-]+year|\bFY")  # not "fiscal 2012", often a company's or a hospital's
_AFTER_FIGURE = re.compile(r"[\d)%]\s*$")
_AFTER_WORD_COUNT = re.compile(r"(?i)\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozen)\s*$")


def _after_count(before: str) -> bool:
    """The year follows a count: "to 606,131 in 2022", "four in 2023, three in 2022" (a list of yearly counts),
    "27,400 and 23,864 respectively in 2015"."""
    if before.endswith("respectively "):
        before = before[:-13].rstrip(", ")
    return _AFTER_FIGURE.search(before[-3:]) is not None or _AFTER_WORD_COUNT.search(before[-8:]) is not None
_CALENDAR = re.compile(r"(?i)calendar|\bCY")


def _running_year(y: int, ctx: Context, before: str) -> Period | None:
    """"In 2016, was 1,468" in a story told in December 2016 on the first nine months of 2015 and 2016: a year still
    running at publication, in a story on the first months of a year, is those months of it (a parallel span)."""
    span = ctx.span_hint
    if ctx.published is None or ctx.published.year != y or span is None or span.to_date or \
            (span.start.month, span.start.day) != (1, 1) or span.start.year != span.end.year or \
            span.end.month < 2 or span.end.month == 12 or (span.end + timedelta(days=1)).day != 1:
        return None
    if _FORECAST.search(before) or _FORECAST.search(ctx.sentence_before):
        return None  # "EIA expects coal use to fall 14 percent in 2012. Gas use grows 21 percent in 2012" told in
        # May on the first quarter: a forecast for the whole year, not the months reported
    return shift_years(span, y - span.start.year)


# a sentence that counts in budget years: "fiscal year", "FY 2020", "fiscal 2020", "the budget year", "the financial
# year"
_BUDGET_YEARS_WORDS = re.compile(r"(?i)\b(?:fiscal|budget|financial)[\s-]+years?\b|"
                                 r"\b(?:fiscal\s+|FY\s?)'?\d\d(?:\d\d)?\b")


def _read_thatyear(g, ctx: Context, ref: date | None, before: str) -> Period | None:
    """"That year, 21 people died", "the population was 770,000 that year": the year named last before it (a
    budget year where the story counts them, or where that year was named as one: "The only financial year for
    which ... is 2020. That year, ...")."""
    named = ctx.last_here
    if g("thatfy") and named is not None and (ctx.published is None or named.start <= ctx.published):
        # "announced in March 2020 ... deported 104,000 that fiscal year": the budget year of the span the sentence
        # named last (a month's, or the year's by its number: "in 2016", "in fiscal 2016")
        return fiscal_year(named.end.year, ctx.fy_month) if a_year_long(named) else _budget_year_of(named.start, ctx)
    y = ctx.year_hint
    if y is None or ctx.published is not None and y > ctx.published.year:
        return None
    if ctx.fiscal or ctx.fiscal_named or ctx.year_hint_fiscal or g("thatfy"):
        return fiscal_year(y, ctx.fy_month)
    return Period(date(y, 1, 1), date(y, 12, 31))


# the economy's growth, counted by calendar years even in a budget story ("Real GDP will grow by 3.3 percent in
# 2018"), not a budget figure measured against it ("a deficit of 4.1 percent of GDP in 2013")
_ECONOMY_GROWS = re.compile(r"(?i)\b(?:(?:real\s+)?GDP|(?:the\s+)?economy|gross\s+domestic\s+product)\s+"
                            r"(?:will\s+|would\s+|is\s+expected\s+to\s+|is\s+projected\s+to\s+)?"
                            r"(?:grow|grew|grows|expand|expanded|expands)\b")
_BUDGET_AMOUNT = re.compile(r"(?i)\b(?:of\s+(?:the\s+)?(?:GDP|economy|gross\s+domestic\s+product)|deficits?|surplus|"
                            r"debt|spending|outlays|revenues?|receipts)\b")


def _growth_of_economy(before: str) -> bool:
    """The year follows the economy's growth in its sentence, with no budget figure in between."""
    if "gr" not in before and "expand" not in before:
        return False
    last = max((m.start() for m in _ECONOMY_GROWS.finditer(before)), default=-1)
    return last >= 0 and _BUDGET_AMOUNT.search(before, last) is None


def _read_year(g, ctx: Context, ref: date | None, before: str) -> Period | None:
    if g("yyear"):
        y = int(g("yyear"))
        if (ctx.fiscal or (ctx.fiscal_named or ctx.fiscal_numbers and ctx.fy_month == 10) and _after_count(before)
                or y in ctx.fiscal_numbers) and \
                (g(0)[:2].lower() in ("in", "fo", "du") or before[-4:].lower() == "all ") and \
                not _CALENDAR.search(g(0)) and \
                not _growth_of_economy(before):  # "9.8 percent of GDP in
            # 2009" in a budget story, "to 606,131 in 2022" after "in Fiscal Year 2021", "seized during 2021" where
            # the article speaks of "FY 2021", "the deficit for all of 2012" after "fiscal 2011": the budget year
            # (not "in calendar year 2009")
            return fiscal_year(y, ctx.fy_month)
        running = _running_year(y, ctx, before) if g(0)[:3].lower() == "in " else None  # (not "for 2011 as a whole")
        return running or Period(date(y, 1, 1), date(y, 12, 31))
    named = g("byyear") or g("thruyear") or g("subjyear") or g("endyear") or g("cyear") or g("whenyear") or \
        g("possyear") or g("cmpyear")
    if named:  # "By 1994, eight in 10 ...", "2017 saw 16 disasters", "will end 2019 with 270 homicides", "CY2019",
        # "after 1999's exceptionally strong 1.3 million units", "compares to 1996 numbers of 4,790"
        y = int(named)
        return Period(date(y, 1, 1), date(y, 12, 31))
    y = int(g("adjyear"))
    if ctx.fiscal and not _EVENT_NOUN.match(ctx.sentence, len(before) + len(g(0))):
        return fiscal_year(y, ctx.fy_month)
    return Period(date(y, 1, 1), date(y, 12, 31))  # (in a budget story too, "the 2017 sale of $6 billion of bonds":
    # an event's year is the calendar's)


_EVENT_NOUN = re.compile(r"(?i)(?:bond\s+|debt\s+)?(?:sale|auction|offering|issuance|deal|settlement|lawsuit|"
                         r"merger|acquisition|purchase|storm|hurricane|flood|wildfire|election|shutdown|strike)s?\b")


def _read_fystart(g, ctx: Context, ref: date | None, before: str) -> Period | None:
    """"the 2010-11 fiscal year starting July 1": a budget year named by its two calendar years, with its first day
    stated, runs a year from that day in the first of them."""
    y1, y2 = int(g("fsy1")), g("fsy2")
    if (int(y2) if len(y2) == 4 else y1 // 100 * 100 + int(y2)) != y1 + 1:
        return None
    try:
        start = date(y1, _month_number(g("fsmonth")), int(g("fsday")))
        return Period(start, start.replace(year=y1 + 1) - timedelta(days=1))
    except ValueError:
        return None


def _read_yearfrom(g, ctx: Context, ref: date | None, before: str) -> Period | None:
    """"payments reduced for a year starting on Oct. 1", "the fiscal year that begins July 1": the year from that
    day; without a year named, the next such day after publication when it "begins" or "starts", the last one when
    it "began", else the one nearest the publication date (a coming day in a story told before it)."""
    start = parse_day(_norm(g("yfday")), ref)
    if start is None or (start.month, start.day) == (2, 29):
        return None
    verb, pub = g("yfverb").lower(), ctx.published
    past = verb in ("began", "started")
    if pub is not None and not re.search(r"\d{4}", g("yfday")) and not past and \
            (verb[-1] == "s" and start < pub or (pub - start).days > 182):
        start = start.replace(year=start.year + 1)
    end = start.replace(year=start.year + 1) - timedelta(days=1)
    if past and pub is not None and start <= pub < end and not _FORECAST.search(before):
        return Period(start, pub, to_date=True)  # "before the midway point of the year which began on October 1,
        # 2022": the year so far
    return Period(start, end)


_READERS = (
    ("fystart", _read_fystart),
    ("yearfrom", _read_yearfrom),
    ("thistime", _read_thistime),
    ("sameperiod", _read_sameperiod),
    ("fyrange", _read_fyrange),
    ("fyphrase", _read_fyphrase),
    ("sofaryear", _read_sofaryear),
    ("throughday", _read_throughday),
    ("monthlist", _read_monthlist),
    ("mquarter", _read_mquarter),
    ("quarterrange", _read_quarterrange),
    ("quarter", _read_quarter),
    ("half", _read_half),
    ("endmonth", _read_endmonth),
    ("monthsending", _read_monthsending),
    ("firstdays", _read_firstdays),
    ("firstmonths", _read_firstmonths),
    ("weeksending", _read_weeksending),
    ("weeksof", _read_weeksof),
    ("weekof", _read_weekof),
    ("weekending", _read_weekending),
    ("dayrange", _read_dayrange),
    ("monthrange", _read_monthrange),
    ("monththan", _read_monththan),
    ("monthpair", _read_monthpair),
    ("monthssince", _read_monthssince),
    ("since", _read_since),
    ("today", _read_today),
    ("fortheyear", _read_fortheyear),
    ("forecastyear", _read_forecastyear),
    ("dayof", _read_dayof),
    ("weekday", None),
    ("day", None),
    ("month", _read_month),
    ("relmonth", _read_relmonth),
    ("themonth", _read_themonth),
    ("endtheyear", _read_endtheyear),
    ("relyear", _read_relyear),
    ("fullyear", _read_fullyear),
    ("relweek", _read_relweek),
    ("lastweek", _read_lastweek),
    ("thatweek", _read_thatweek),
    ("relquarter", _read_relquarter),
    ("barequarter", _read_barequarter),
    ("yearrange", _read_yearrange),
    ("thatyear", _read_thatyear),
    ("year", _read_year),
)

_READER_OF = dict(_READERS)


_PRIOR = r"(?:previous|preceding|prior)"


def _previous(unit: str) -> re.Pattern:
    """"the preceding two months", "the two prior weeks": the count in group 1 or 2."""
    return re.compile(rf"(?i)(?:the\s+)?(?:{_PRIOR}\s+(\w+)|(\w+)\s+{_PRIOR})\s+{unit}")


_WEEKS_AVERAGE = re.compile(r"(?i)(?:the\s+)?(\d{1,2}|[a-z]+)[-\s]week\s+(?:moving\s+|rolling\s+)?average\b")
_PREVIOUS_MONTHS = _previous("months")
_PREVIOUS_WEEKS = _previous("weeks")
_RELEASED = re.compile(r"(?i)(?<!prisoners\s)(?<!inmates\s)(?<!detainees\s)(?<!offenders\s)(?<!hostages\s)"
                       r"(?<!people\s)(?<!patients\s)(?<!migrants\s)(?<!animals\s)(?<!prisoner\s)(?<!inmate\s)"
                       r"\b(?:released|published|issued|projected|predicted)\s+"
                       r"(?:(?:earlier|later)\s+|in\s+|on\s+)?$")  # (not "prisoners released in 2012": set free then)
# "a poll released by Marist on Monday", "a report issued by the Labor Department on Friday": when a report came
# out, with who put it out named between (its figures' own period is the one they cover, not that day; but "300
# inmates were released by the Harris County jail on Monday" is what happened that day)
_RELEASED_BY = re.compile(r"(?<!\bwere\s)(?<!\bwas\s)(?<!\bbeen\s)(?<!\bbeing\s)(?<!\bare\s)(?<!\bis\s)(?<!\bbe\s)"
                          r"\b(?:[Rr]eleased|[Pp]ublished|[Ii]ssued)\s+(?:by|from)\s+(?:the\s+)?"
                          r"(?:[A-Z][\w.&’'-]*\s+(?:(?:of|for|on)\s+(?:the\s+)?)?){1,6}(?:on\s+|in\s+|earlier\s+)?$")
_RELEASED_BY_WORDS = ("released by", "published by", "issued by", "released from", "published from", "issued from")
# the time an earlier estimate was made, which a figure with its own period is compared with: "(for fiscal 1995,)
# $9 billion less than estimated in February", "below what the budget office projected in January"
_ESTIMATED_WHEN = re.compile(r"(?i)\b(?:than|what)\s+(?:[^\s.;,]+\s+){0,5}?(?:had\s+(?:been\s+)?|was\s+|were\s+)?"
                             r"(?:estimated|forecast(?:ed)?|expected|anticipated|predicted|projected|budgeted|"
                             r"assumed|planned)\s+(?:(?:earlier|back)\s+)?(?:in\s+|on\s+)?$")
# a name that a year after "of" completes: a law, a treaty, a school class
_NAME_OF_YEAR = re.compile(r"\b(?:Acts?|Class|Treaty|Accords?|Agreement|Compromise|Amendments|Law|Panic)\s+$")
# a description of the people a figure counts: "among voters who supported him in 2016", "of those who ..."
# (not what befell them in the period counted: "members of families who were arrested in 2013")
_RESPONDENTS = re.compile(r"(?i)\b(?:among|of)\s+(?:[\w’'-]+\s+){0,3}who\s+(?!(?:were|was|had\s+been|have\s+been)\s+"
                          r"(?:apprehended|arrested|detained|deported|removed|killed|injured|hospitali[sz]ed|"
                          r"admitted|treated|caught|encountered|released|charged|convicted|booked|infected|"
                          r"diagnosed|vaccinated|hired|evicted|rescued|stopped|seized)\s+(?:(?:in|during)\s+)?$)[^,;.]*$")


# a census that defines what is counted: "a 2010 Census population of", "2020 census tracts"
_CENSUS_DEFINES = re.compile(r"(?i)census\s+(?:population\s+of|tracts?|blocks?|definitions?|boundaries|"
                             r"designations?)\b")
_IN_A = re.compile(r"(?i)\bin\s+(?:a|an|the|its|their)\s+$")
_PAREN_YEARS = re.compile(r"\s*\(((?:19|20)\d\d)\s*[-–]\s*((?:19|20)\d\d)\)")


def _released_then(sentence: str, s: int) -> bool:
    """The phrase at s tells when a report came out: "the estimate released last month", "the poll released by
    Marist on Monday"."""
    lo = max(0, s - 24)
    if "ed" in sentence[lo:s].lower() and _RELEASED.search(sentence, lo, s):  # (each of its verbs ends in "ed")
        return True
    lead = sentence[max(0, s - 90):s]
    return ("by " in lead or "from " in lead) and any(w in lead.lower() for w in _RELEASED_BY_WORDS) and \
        _RELEASED_BY.search(sentence, max(0, s - 90), s) is not None


def _year_in_a_name(m: re.Match, sentence: str) -> bool:
    """"the Affordable Care Act of 2010", "the Class of 2019": a name; "areas with a 2010 Census population of
    1 million or more": which areas are counted, not when."""
    s, e = m.span()
    return sentence.startswith("of", s) and _NAME_OF_YEAR.search(sentence, max(0, s - 12), s) is not None or \
        m.group("adjyear") is not None and _CENSUS_DEFINES.match(sentence, e) is not None


def _resolve_ignore(m: re.Match, sentence: str, ctx: Context) -> Found:
    """"the first decline since March": no period, but a "when" clause after it takes March."""
    s, e = m.span()
    at = m.group("ignore").lower().find("since ")
    since = PATTERNS.match(sentence, s + at) if at >= 0 else None
    if since is not None and since.group("since"):
        period = _read_since(since.group, ctx, _reference(ctx), "")
        if period is not None:
            return Found(s, e, "ignore", anchor=_since_anchor(since.group, period))
    elif at >= 0 and _WHEN_NEXT.match(sentence, e):
        anchor = _since_span(sentence, s + at + 6, ctx)
        if anchor is not None:  # "the highest since fiscal year 2014, when 316,000 were deported": that year
            return Found(s, e, "ignore", anchor=anchor)
    if m.group("pollmonth") and m.group("pollmonth")[0].isupper():  # "a June poll": no figure's own period,
        month = resolve_month(_month_number(m.group("pollmonth")), None, ctx)
        if month is not None and _IN_A.search(sentence, max(0, s - 12), s):
            return Found(s, e, "period", month)  # "down from 41% in a January survey": that poll's month
        return Found(s, e, "ignore", anchor=month)
    return Found(s, e, "ignore")  # but the month a poll story's poll was taken in (when no days are given)


def _resolve(m: re.Match, sentence: str, ctx: Context) -> Found | None:
    """The phrase PATTERNS matched, as a Found (None when the text and publication date do not fix it)."""
    s, e = m.span()
    # the alternative that matched: each alternative of PATTERNS is one named group, closed last, so it is the
    # match's lastgroup (one lookup, not one a reader in turn; an empty match names none, as before)
    name = m.lastgroup if e > s else None
    if name == "ignore":
        return _resolve_ignore(m, sentence, ctx)
    if name == "unscoped":
        weeks = _PREVIOUS_WEEKS.match(m.group("unscoped"))
        n = _count((weeks.group(1) or weeks.group(2)).lower()) if weeks and ctx.week_hint else None
        if n:  # "in the previous two weeks": before the week the article is about
            return Found(s, e, "period", Period(ctx.week_hint.start - timedelta(days=7 * n),
                                                ctx.week_hint.start - timedelta(days=1)))
        months = _PREVIOUS_MONTHS.match(m.group("unscoped"))
        hint = ctx.month_here or ctx.month_hint  # the month last named in the sentence, else the article's
        n = _count((months.group(1) or months.group(2)).lower()) if months and hint else None
        if n and hint:  # "in each of the preceding two months", "a deficit in December, ... in the two prior months"
            first = add_months(date(*hint, 1), 1 - n)
            return Found(s, e, "period", Period(first.replace(day=1), add_months(date(*hint, 1), 0)))
        years = _PAREN_YEARS.match(sentence, e) if m.group("unscoped").lower().endswith("years") else None
        if years and int(years.group(1)) < int(years.group(2)):  # "over the previous five years (2019-2023)": the
            return Found(s, years.end(), "period", Period(date(int(years.group(1)), 1, 1),  # years in parentheses
                                                          date(int(years.group(2)), 12, 31)))
        if ctx.report_week is not None and m.group("unscoped").lower().endswith("past week"):
            return Found(s, e, "period", ctx.report_week)  # "For the past week, crude imports averaged ..."
        average = _WEEKS_AVERAGE.match(m.group("unscoped")) if ctx.report_week is not None else None
        n = _count(average.group(1).lower()) if average else None
        if n and ctx.report_week is not None:  # "the four-week average" in a weekly report: the n weeks to the
            end = ctx.report_week.end  # end of the report's week (report_week tested again for the type checker)
            return Found(s, e, "period", Period(end - timedelta(days=7 * n - 1), end))
        return Found(s, e, "unscoped")  # "over the past 12 months": a span no date fixes
    if _year_in_a_name(m, sentence):
        return Found(s, e, "ignore")
    if _released_then(sentence, s):
        return Found(s, e, "ignore")  # "the second estimate released last month": when a report came out
    lead = sentence[max(0, s - 60):s]
    if ctx.last_here is not None and ("than " in lead or "what " in lead) and _ESTIMATED_WHEN.search(lead):
        return Found(s, e, "ignore")  # "the deficit for fiscal 1995 is $167 billion, $9 billion less than estimated
        # in February": when the estimate was made (but "fell more than expected in August": the figure's month)
    if " of " in sentence[max(0, s - 10):s] and _PART_OF_SPAN.search(sentence, max(0, s - 60), s):
        return Found(s, e, "ignore")  # "revenue for July, the first month of the new fiscal year, was up 5 percent":
        # the span the month before is placed in, no figure's own
    if "who" in sentence[max(0, s - 80):s] and _RESPONDENTS.search(sentence, max(0, s - 80), s):
        return Found(s, e, "ignore")  # "Among voters who backed her in 2016, 37% ...": who they are, not when
    if name == "season":  # "last winter": the span the article gives its winters, else no exact span
        period = _season(m.group("searel").lower(), m.group("seaname").lower(), ctx)
        return Found(s, e, "period", period) if period is not None else Found(s, e, "unscoped")
    if name in _READER_OF:
        return _read_named(m, name, _READER_OF[name], sentence, ctx)
    return None


# a span of months an article gives a season: "from Oct. 1 through March 31", "from October to March", "(October-March)"
_SEASON_MONTHS = re.compile(rf"(?:\b(?:from|between)\s+|\()(?P<m1>{MONTH_RE})(?:\s+1\b)?\s*"
                            rf"(?:to|through|thru|until|and|-|–)\s*(?:the\s+end\s+of\s+)?(?P<m2>{MONTH_RE})"
                            rf"(?:\s+3[01]\b)?")


def season_months(text: str) -> dict[str, tuple[int, int]]:
    """The first and last month of a winter (starting in September to December, ending in February to April) or a
    summer (April to June, to August to October) that the article's text gives, by season."""
    found: dict[str, tuple[int, int]] = {}
    for m in _SEASON_MONTHS.finditer(text) if "winter" in text or "summer" in text else ():
        m1, m2 = _month_number(m["m1"]), _month_number(m["m2"])
        if "winter" in text and 9 <= m1 <= 12 and 2 <= m2 <= 4:
            found.setdefault("winter", (m1, m2))
        elif "summer" in text and 4 <= m1 <= 6 and 8 <= m2 <= 10:
            found.setdefault("summer", (m1, m2))
    return found


def _season(rel: str, name: str, ctx: Context) -> Period | None:
    """"this winter", "last summer": the season under way or coming (a winter from the July before it starts; a
    summer in the year of writing), or the one before, in the months the article gives it; None where it gives
    none or is undated."""
    months, pub = ctx.seasons.get(name), ctx.published
    if months is None or pub is None:
        return None
    m1, m2 = months
    start = date(pub.year - (m1 > m2 and pub.month < 7), m1, 1)
    back = 1 if rel in ("last", "past", "the past") else 0
    if rel == "next" and pub >= start:
        back = -1
    start = start.replace(year=start.year - back)
    return Period(start, month_period(start.year + (m1 > m2), m2).end)


_POLL_AFTER = re.compile(r"(?i)\s+(?:polls?|surveys?)\b")


_WHEN_NEXT = re.compile(r",?\s+when\b")
_SPAN_AFTER_SINCE = ("fyphrase", "quarter", "half")


def _since_span(sentence: str, pos: int, ctx: Context) -> Period | None:
    """The fiscal year, quarter or half a superlative's "since" names ("the smallest since the second quarter of
    2010"), read on a copy of the context (the phrase is no period of the sentence's own)."""
    m = PATTERNS.match(sentence, pos)
    name = next((n for n in _SPAN_AFTER_SINCE if m is not None and m.group(n)), None)
    if name is None:
        return None
    read = _READER_OF[name]
    assert read is not None  # (each of _SPAN_AFTER_SINCE has one)
    period = read(m.group, replace(ctx), _reference(ctx), sentence[:pos])
    return Period(period.start, period.end) if period is not None else None


def _read_day(m: re.Match, sentence: str, ctx: Context) -> Found | None:
    """A day: the day a stock stood at ("as of Aug. 8"), or, before "poll", the day that poll was taken."""
    s, e = m.span()
    when = parse_day(_norm(m.group("day")), _reference(ctx))
    if when and _POLL_AFTER.match(sentence, e):  # "the Oct. 4 poll": the day that poll was taken
        return Found(s, e, "period", Period(when, when))
    return Found(s, e, "asof", asof=when) if when else None


def _anchored(m: re.Match, name: str, period: Period) -> Found | None:
    """A span counted from a date, with that date as its anchor: "since November 1972" (for "..., when it had
    57%"), "since the week ending Jan. 9" (for "... which saw 562 deaths": that week's)."""
    s, e = m.span()
    if name == "since":
        return Found(s, e, "period", period, anchor=_since_anchor(m.group, period))
    if (period.end - period.start).days > 6:
        return Found(s, e, "period", period, anchor=Period(period.start, period.start + timedelta(days=6)))
    return None


# a comparison with the same stretch of an earlier year: "down 58 percent from the same point last fiscal year",
# "up 8 percent from the same period a year ago", "compared with the prior-year period", "than by this time last year"
_SAME_STRETCH_EARLIER = re.compile(
    r"(?i)\b(?:(?:same|corresponding|comparable)\s+(?:time\s+)?(?:period|point|time|stretch|span)\s+"
    r"(?:a\s+year\s+(?:ago|earlier|before)|(?:of\s+|in\s+)?(?:the\s+)?(?:last|previous|prior|preceding)\s+"
    r"(?:fiscal\s+|budget\s+)?year)|prior[- ]year\s+period|(?:by|at)\s+this\s+(?:time|point)\s+last\s+year)\b")
_CURRENT_FY = re.compile(r"(?i)^(?:this|the\s+current)\s+(?:federal\s+)?(?:fiscal|budget)\s+year$")


# "This fiscal year the agency has already had 500 encounters", "have already seized": a count of the year so far
_ALREADY_COUNTED = re.compile(r"(?i)(?:\bhas|\bhave|’ve|'ve)\s+already\s+(?:been|had|seen|made|[a-z]+ed)\b")


def _current_year_so_far(m: re.Match, period: Period, sentence: str, ctx: Context) -> Period:
    """"Apprehensions have fallen this fiscal year, down 58 percent from the same point last fiscal year", "For the
    current budget year, revenues total $1.05 trillion, up 8.7 percent from the same period a year ago" in a report
    on June: a budget year still running compared with the same stretch of the year before (or counted "already")
    is counted from its start to the end of the month reported (not a forecast, nor a year's budget)."""
    pub = ctx.published
    if pub is None or period.to_date or not period.start <= pub <= period.end or \
            not _CURRENT_FY.match(m.group("fyphrase")) or not (_SAME_STRETCH_EARLIER.search(sentence) or
                                                                 "already" in sentence and
                                                                 _ALREADY_COUNTED.search(sentence)) or \
            _NOT_COUNTED.search(sentence[:m.start()] + " " + sentence[m.end():]):
        return period
    end = _reported_month_end(ctx, sentence[:m.start()], period.start)
    return Period(period.start, end, to_date=True) if end and period.start <= end < period.end else period


def _read_again(m: re.Match, name: str, period: Period, sentence: str, ctx: Context) -> Period:
    """A period read again in its sentence: "nine months into the fiscal year" (its first nine months), a budget
    year under a note's span, a quarter without its year told in the future (the coming one)."""
    s, e = m.span()
    lead = sentence[max(0, s - 30):s]
    if name in ("fyphrase", "relyear") and ("into" in lead or "gone in" in lead):
        period = _months_into(period, sentence[:s])
    if name == "fyphrase" and not (m.group("fyn") or m.group("fyn2")):
        period = _current_year_so_far(m, period, sentence, ctx)
    if ctx.note_span and name == "fyphrase" and period == fiscal_year(period.end.year):
        period = _noted_year(ctx, period)
    if name == "quarter" and _FORECAST_AFTER.match(sentence, e):
        period = _quarter_ahead(m, period, ctx)
    if name == "fyphrase" and m.group("bmonth") and not period.to_date and ctx.published and \
            period.start <= ctx.published < period.end and not _FORECAST.search(sentence):
        end = _reported_month_end(ctx, sentence[:s], period.start)  # "The deficit for the fiscal year, which began
        period = Period(period.start, end if end and period.start <= end else ctx.published, to_date=True)  # last
        # October, reached $898 billion" in a report on August: a running year's count, to the month reported
    return period


def _read_named(m: re.Match, name: str, read, sentence: str, ctx: Context) -> Found | None:
    """The Found of a phrase PATTERNS matched with its group name's reader."""
    s, e = m.span()
    if name == "day":
        return _read_day(m, sentence, ctx)
    if name == "weekday":
        return _year_ended_on(m, sentence, ctx) or _weekday(m, sentence[:s], ctx)
    if name == "forecastyear" and not _FORECAST.search(sentence):  # "for the year" in a count: the year of a
        period = _year_closed_by_hint(ctx)  # fourth quarter or a December reported; else a company's, not fixed here
        return Found(s, e, "period", period) if period is not None else None
    period = read(m.group, ctx, _reference(ctx), sentence[:s])
    if period is None and name == "thistime":
        return Found(s, e, "unscoped")  # "up from $3.40 this time last year" on a day: no exact span
    if name == "fyrange" or name == "fyphrase" and period is not None and (m.group("fyn") or m.group("fyn2")) \
            and (ctx.fiscal_bare or _FY_BY_NUMBER.search(m.group("fyphrase"))):
        ctx.fiscal_named = True  # "in Fiscal Year 2021": its later "606,131 in 2022" is a fiscal year too
    if period is not None:
        period = _read_again(m, name, period, sentence, ctx)
    if period is not None and name == "year" and ctx.published and period.start <= ctx.published < period.end \
            and (_TO_DATE.search(sentence) or _counted_so_far(sentence)):
        end = _reported_month_end(ctx, sentence[:s], period.start)  # "To date, employers have announced 574,888
        period = Period(period.start, end if end and period.start <= end else ctx.published, to_date=True)  # cuts
        # in 2015" in a report on November: from the year's start to the end of the month reported
    if name == "relyear" and period is not None and " ha" in sentence and period.start.month == 1 \
            and ctx.published and period.start <= ctx.published <= period.end:
        period = _counted_this_year(period, sentence, s, ctx)
    if period is not None and period.start != period.end and not period.to_date and _at_its_end(sentence, s, e) and \
            (_LEVEL_VERB.search(sentence) or _STOCK_HELD.search(sentence) and not _WILL.search(sentence) or
             _AS_OF_END.search(sentence, max(0, s - 28), s) and not _WILL_BE.search(sentence)):
        # "the debt was $3.4 trillion at the end of FY 2000", "When 2014 ended, 166,043 prisoners were held",
        # "At the end of March, the Treasury had $100 billion cash on hand": a stock on its last day
        return Found(s, e, "period", Period(period.end, period.end))
    if period is not None and name == "throughday":  # "through June 30": also the day later counts
        return Found(s, e, "period", period, asof=period.end)  # of the article stood at
    anchored = _anchored(m, name, period) if period is not None and name in ("since", "weekending") else None
    if anchored is not None:
        return anchored
    if name == "since" and m.group("syear"):  # no publication date: no count to date, but "since 2008, when 512
        y = int(m.group("syear"))  # homicides were recorded" still gives the when-clause its year
        return Found(s, e, "ignore", anchor=Period(date(y, 1, 1), date(y, 12, 31)))
    if period is not None and name in ("month", "quarter") and ctx.published and \
            (_NAMED_YEAR.search(m.group(0)) or name == "month" and m.group("myrel")):
        return Found(s, e, "period", period, year_on=_year_on(period, ctx.published))
    return Found(s, e, "period", period) if period is not None else None


# ", the first month of", ", which is the last quarter of": an appositive placing the period before it in a longer one
_PART_OF_SPAN = re.compile(r"(?i),\s+(?:which\s+(?:is|was|will\s+be)\s+)?the\s+(?:first|second|third|fourth|last|final|"
                           r"closing|opening)\s+(?:month|week|quarter|half|day)\s+of\s+$")
# "Demand in the fourth quarter will slip", "sales in the third quarter are expected to": a forecast for the quarter
_FORECAST_AFTER = re.compile(r"(?i)(?:\s+[a-z][\w-]*){0,3}?\s+(?:will|would|(?:is|are)\s+(?:expected|projected|"
                             r"forecast|predicted|set|likely|seen|estimated)|(?:is|are)\s+going)\b")


def _quarter_ahead(m: re.Match, period: Period, ctx: Context) -> Period:
    """A quarter named without its year and told in the future ("in the fourth quarter will slip" in August 2013):
    the coming one (of the year of writing), not last year's."""
    pub = ctx.published
    if pub is None or _NAMED_YEAR.search(m.group(0)) or m.group("qrel") or period.start.year != pub.year - 1:
        return period
    ahead = shift_years(period, 1)
    return ahead if ahead is not None and ahead.start > pub else period


# a count so far: "employers have added 2 million jobs this year", "there have been 835 carjackings this year"
_PERFECT = re.compile(r"(?i)\b(?:has|have|had)\s+(?:[a-z]+ly\s+)?(?!to\b)[a-z]+\b")


def _counted_this_year(period: Period, sentence: str, s: int, ctx: Context) -> Period:
    """"this year" in a count told in the present perfect, in a report on a month: from the year's start to the
    end of that month (not a forecast's whole year: "analysts have forecast 2 percent growth this year")."""
    if not _PERFECT.search(sentence, 0, s) or _NOT_COUNTED.search(sentence):
        return period
    end = _reported_month_end(ctx, sentence[:s], period.start)
    return Period(period.start, end, to_date=True) if end and period.start <= end < period.end else period


_NAMED_YEAR = re.compile(r"(?:19|20)\d\d\b")
# "When 2014 ended,", "As the fiscal year closed,", "when 2019 came to a close": the moment a span ended
_WHEN_BEFORE = re.compile(r"(?i)(?:^|[,;(—–]\s*|\b(?:and|but)\s+)(?:when|as)\s+$")
_ENDED_AFTER = re.compile(r"\s*(?:ended|closed|came\s+to\s+(?:a|an)\s+(?:close|end)|drew\s+to\s+a\s+close)\s*,")


def _at_its_end(sentence: str, s: int, e: int) -> bool:
    """The period phrase at s..e is told at its end: "at the end of FY 2000", "When 2014 ended, ..."."""
    lead = sentence[max(0, s - 9):s]
    if ("end " in lead or "close " in lead) and _AT_END.search(sentence, max(0, s - 24), s):
        return True
    return _ENDED_AFTER.match(sentence, e) is not None and _WHEN_BEFORE.search(sentence, max(0, s - 12), s) is not None
# "at the end of", "by the end of", "as of the close of" ("of" may open the phrase: "of 2023")
_AT_END = re.compile(r"(?i)\b(?:at|by|as\s+of)\s+the\s+(?:very\s+)?(?:end|close)\s+(?:of\s+)?$")
# "as of the end of 2015": a reading taken on that day, whatever the verb ("SPP had 33,819 MW in development")
_AS_OF_END = re.compile(r"(?i)\bas\s+of\s+the\s+(?:very\s+)?(?:end|close)\s+(?:of\s+)?$")
_WILL_BE = re.compile(r"(?i)\b(?:will|would|expects?|expected|projected|forecast)\b")
# a level a stock stood at: "was", "stood at", "totaled" (not a count of events over the span: "confirmed")
# ("peaked at 1.4 million at the end of 2009": the stock's highest level, on that day)
_LEVEL_VERB = re.compile(r"(?i)\b(?:was|were|stood|totall?ed|amounted|peaked|peaking)\b")
_WILL = re.compile(r"(?i)\b(?:will|would|expect\w*|project\w*|forecast\w*|on\s+track)\b")
# a stock held, whatever the verb: "had $100 billion cash on hand", "753,000 applications pending", "a backlog of"
_STOCK_HELD = re.compile(r"(?i)\b(?:(?:cash|money|funds)\s+on\s+hand|pending|backlog(?:ged)?|unprocessed|"
                         r"(?:account|cash|fund)\s+balance)\b")


def _year_on(period: Period, published: date) -> Period | None:
    """The same span a year later when that is the latest such span ended by the publication date, or a month
    under way on it ("will send $440 million, up 5% compared to February 2010" told on 16 February 2011: a month's
    payments compared with the same month a year before are the current month's)."""
    later, after = shift_years(period, 1), shift_years(period, 2)
    if later is not None and later.end > published >= later.start and period.start.day == 1 and \
            period.end.month == period.start.month and period.end.day > 27:
        return later
    return later if later is not None and later.end <= published and (after is None or after.end > published) \
        else None


_TO_DATE = re.compile(r"(?i)\b(?:to\s+date|so\s+far|thus\s+far)\b")
# a count told in the present perfect: "there have been 605 shootings in 2022", "we have had 237 homicides"
_PRESENT_PERFECT = re.compile(r"(?i)(?:\bhas|\bhave|’ve|'ve)\s+(?:[a-z]+ly\s+)?(?:been|had|seen|made|risen|fallen|"
                              r"grown|taken|paid|spent|lost|won|hit|[a-z]+ed)\b")
# a figure besides the year: a digit not of a year, or a count in words
_COUNT_BESIDES = re.compile(r"(?i)(?<![\d,.])(?!(?:19|20)\d\d\b)\d|\b(?:one|two|three|four|five|six|seven|eight|nine|"
                            r"ten|eleven|twelve|dozens?|hundreds?|thousands?)\b")


def _counted_so_far(sentence: str) -> bool:
    """A count in the year still running, told in the present perfect ("In 2022, there have been 605 shootings",
    "we have had 237 homicides in 2022"): the year so far (not a forecast's or a budget's whole year, nor a
    title's year: "has released a report titled Crime in 2018")."""
    return ("ha" in sentence or "ve " in sentence) and _PRESENT_PERFECT.search(sentence) is not None and \
        _NOT_COUNTED.search(sentence) is None and _COUNT_BESIDES.search(sentence) is not None
_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")


_SAID_BEFORE = re.compile(r"(?i)\b(?:said|says|announced|reported|released|told|stated|posted|wrote|added|noted)"
                         r"(?:\s+on)?\s*$")


# "13 more cases announced on Sunday", "nine deaths reported Monday": a count's participle, the day it is of (not a
# source's verb: "the county announced on Sunday")
_COUNT_ANNOUNCED = re.compile(r"\d\s+(?:[a-z][\w-]*\s+){1,3}(?:announced|reported|confirmed|recorded|added)"
                              r"(?:\s+on)?\s*$")


# "told the Board of Trustees Thursday", "told reporters on Monday": the day a source spoke to someone
_TOLD_BEFORE = re.compile(r"\btold\s+(?:(?!that\b|what\b|how\b)[A-Za-z.’'-]+\s+){1,8}(?:on\s+)?$")


# "Officials on Thursday said ...", "On Thursday, the police commissioner said ...": the day a source spoke (but
# "on Thursday reported 12 new infections": the day of the count)
_SAID_AFTER = re.compile(r"(?:,\s+(?:[A-Za-z.’'-]+\s+){1,6}?|\s+)"
                         r"(?:said|says|stated|announced|told|reported(?!\s+\$?\d))\b")
_OPENING_ON = re.compile(r"(?i)\s*(?:on\s+)?$")


def _said_on(m: re.Match, before: str) -> bool:
    """Whether a weekday is the day of a statement: followed by the verb of saying, or opening the sentence and
    followed by its subject and that verb."""
    said = _SAID_AFTER.match(m.string, m.end())
    return said is not None and (said.group(0)[0] != "," or _OPENING_ON.fullmatch(before) is not None)


def _weekday(m: re.Match, before: str, ctx: Context) -> Found | None:
    """"as of Tuesday": a stock's day; "averaging $4.48 on Monday", "interviewing on Saturday, Sunday and
    Monday": the figure's day or days, the last such days on or before the publication date. The day a
    source spoke ("said Monday") or another report's ("Monday's report") is none."""
    if ctx.published is None or _SAID_BEFORE.search(before[-20:]) and not _COUNT_ANNOUNCED.search(before[-60:]) or \
            "told" in before[-90:] and \
            _TOLD_BEFORE.search(before[-90:]) or _said_on(m, before):
        return None
    s, e = m.span()
    if m.group("wdday"):
        day = parse_day(_norm(m.group("wdday")), ctx.published)
        return Found(s, e, "period", Period(day, day)) if day else None
    names = re.findall(r"(?i)(mon|tues|wednes|thurs|fri|satur|sun)day", m.group("weekday"))
    idx = [_WEEKDAYS.index(n.lower() + "day") for n in names]
    last = ctx.published - timedelta(days=(ctx.published.weekday() - idx[-1]) % 7)
    first = last - timedelta(days=(idx[-1] - idx[0]) % 7)
    if not m.group("wdthru") and any((b - a) % 7 != 1 for a, b in zip(idx, idx[1:])):
        first = last  # days not in a row: no one span ("Friday through Monday" is every day between)
    if AS_OF.search(before[-8:]):
        return Found(s, e, "asof", asof=last)
    return Found(s, e, "period", Period(first, last))


def _norm(phrase: str) -> str:
    return re.sub(r"\s+", " ", phrase.strip())


AS_OF = re.compile(r"(?i)\bas\s+of\s+$")


def year_before(p: Period) -> Period | None:
    return shift_years(p, -1)


def shift_years(p: Period, n: int) -> Period | None:
    """The same span n years later (earlier when n < 0); a February that ends the span keeps its last day."""
    def moved(d: date) -> date:
        return d.replace(year=d.year + n) if (d.month, d.day) != (2, 29) else date(d.year + n, 2, 28)
    try:
        start, end = moved(p.start), moved(p.end)
    except ValueError:
        return None
    if p.end.month == 2 and p.end.day >= 28:  # the last day of February, whatever the year
        end = date(end.year, 3, 1) - timedelta(days=1)
    return Period(start, end, p.to_date)
