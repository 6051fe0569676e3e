"""Which period each figure covers: the phrases periods.find_periods read in each sentence, chosen
for each figure by where they stand (after it in its clause, before it, closing the sentence before,
opening the paragraph, heading its list), by comparisons ("from A to B", "compared with the same
month last year": the base takes the base period), and otherwise the article's main period (a poll's
field dates, or the first period the article names).
"""
from __future__ import annotations

import re
from dataclasses import replace
from datetime import date, timedelta

from claims.extraction.numbers import ABOUT_WORDS, GLUED_SCALE, MONTH_RE, MONTHS, PERCENT_WORD, spelled_value
from claims.extraction.periods import (
    AS_OF,
    WEEKDAY,
    Found,
    Period,
    a_year_long,
    add_months,
    month_period,
    shift_years,
    year_before,
)
from claims.extraction.places import US_STATES
from claims.extraction.segments import Sentence, holds_case_odd

_POLL_STORY = re.compile(r"(?i)\b(?:poll|survey|surveyed|polled)\b")
_POLL_WORDS = ("poll", "survey")  # in every match of _POLL_STORY: looked for first, far cheaper than the search
_SURVEY = re.compile(r"(?i)\b(?:surveyed|polled|interviewed|interviewing|interviews|conducted|fielded|reached|"
                     r"(?:tallied|collected|compiled|gathered|checked|recorded)\s+(?:its\s+|the\s+)?prices|"
                     r"contacted|(?:survey|poll)\s+(?:was|of)\b|n\s*=\s*(?=\d))")  # "(n=462, +/-4.6%, 9/21-23)"


_POLL_NOUN = re.compile(r"\s+(?:polls?|surveys?)\b")
_JOINED = re.compile(r",?\s+(?:and|or)\s+|,\s+")
_YEAR_NAMED = re.compile(r"(?:19|20)\d\d\b")


def _field_days(p: Period) -> bool:
    """A span of days no longer than a month: what a poll's field dates are ("Oct. 9-13", "Sept. 20 to Oct. 1")."""
    return 0 < (p.end - p.start).days <= 31


def main_period(sentences: list[Sentence], months_guessed: bool = False) -> Period | None:
    """The period the article is about: in a poll story the poll's field dates (the most exact of
    them: "conducted in mid-October" then "reached 1,289 adults from Oct. 9-13" is 9-13 October),
    else the first period it names (a running "since ..." count is its own figure's, not the article's; a month
    without its year is not, where months_guessed: the article has no date and names no month with its year)."""
    lede = " ".join(st.text for st in sentences[:4])
    lower = lede.lower()
    poll = (any(w in lower for w in _POLL_WORDS) or holds_case_odd(lede)) \
        and _POLL_STORY.search(lede) is not None
    if poll:
        field = [f.period for st in sentences if any(f.kind == "period" for f in st.found)
                 for m in _SURVEY.finditer(st.text) if not _earlier_poll(st.text, m.start()) for f in st.found
                 if f.kind == "period" and (0 <= f.start - m.end() <= 40 or 0 <= f.start - m.end() <= 160
                                            and _field_days(f.period))]
        field += [f.anchor for st in sentences[:4] for f in st.found
                  if f.kind == "ignore" and f.anchor and _POLL_NOUN.match(st.text, f.end)]  # "a June poll"
        field = [p for p in field if (p.end - p.start).days <= 62]  # "conducted the annual employer survey between
        # January and July 2019": months of gathering, not a poll's field dates; its figures are the year's
        if field:
            best = min(field, key=lambda p: (p.start == p.end, p.end - p.start))  # a day's sub-sample aside
            return replace(best, poll=True)
    noted = _data_note(sentences)
    if noted is not None:
        return noted
    for st in sentences:
        revised = st.index and "revis" in st.text
        base_end = -1
        for f in st.found:
            if f.kind == "period" and (_base_period(st.text, f) or
                                       base_end >= 0 and _JOINED.fullmatch(st.text, base_end, f.start)):
                base_end = f.end  # "over August and September totals": both bases
                continue
            if f.kind == "period" and ("fter" in st.text or "ollowing" in st.text) and _prior_change(st.text, f):
                continue  # "Producer prices recover after November's drop": the change before, not the article's
            if revised and _REVISION.match(st.text, f.end, f.end + 40):
                continue  # "Job gains for December were revised down ..." after a lede on January: an earlier month's
            if f.kind != "period" or f.period.start == f.period.end and not _lede_day(st, f):
                continue  # "on Monday": the day of one figure; "an uptick over last year", "from 739 in 2018": a base's
            if f.anchor is not None:
                continue  # "hasn't been this bleak since 2001", "9 percent or higher since June 2009": an open span
            if months_guessed and _one_month(f.period) and _YEAR_NAMED.search(st.text, f.start, f.end) is None:
                continue  # no date of writing nor a month named with its year: "sets the final levy in December"
                # after "the 2020 levy" takes its year from a guess
            if not f.period.to_date or st.index < 3 and not poll:  # a poll's "since 1972" is history, not its own
                if not st.figures and _two_years(f.period) and _CHANGE_SPAN.match(st.text, f.start):
                    return Period(date(f.period.end.year, 1, 1), f.period.end)  # "The gap did not narrow between
                    # 2016 and 2017.": a change told with no figure; the figures after it are the later year's
                if _two_months(f.period) and _CHANGE_SPAN.match(st.text, f.start):
                    return Period(date(f.period.end.year, f.period.end.month, 1), f.period.end)  # "increased 10
                    # percent from May to June": a month's change; the article reports June
                return f.period
    return _budget_named(sentences) if months_guessed else None


_SINCE_OPENING = re.compile(r"(?i)(?:ever\s+)?since\s")
_CHANGE_SPAN = re.compile(r"(?i)(?:between|from)\s")


def _two_months(p: Period) -> bool:
    """Two whole calendar months running: "from May to June"."""
    return p.start.day == 1 and (p.end + timedelta(days=1)).day == 1 and \
        (p.end.year * 12 + p.end.month) - (p.start.year * 12 + p.start.month) == 1


def _two_years(p: Period) -> bool:
    """Two calendar years running: "between 2016 and 2017"."""
    return (p.start.month, p.start.day, p.end.month, p.end.day) == (1, 1, 12, 31) and p.end.year == p.start.year + 1


# "after November's drop", "following a 0.3 percent fall in November", "after falling 0.3 percent in November": the
# period of the change before the one reported
_AFTER_LEAD = re.compile(r"(?i)\b(?:after|following)\s+(?:(?:a|an|the)\s+)?$")
_PRIOR_CHANGE_NOUN = re.compile(r"(?i)(?:[’']s)?\s+(?:(?:[\d.,]+[-\s]*(?:%|percent|per\s*cent)|sharp|steep|small|"
                                r"big|large|slight|modest)[-\s]+)?(?:drop|decline|fall|rise|gain|increase|decrease|dip|"
                                r"jump|climb|slide|plunge|surge|advance|spike|slump|rebound|loss|setback|surprise)\b")
_AFTER_CHANGE_IN = re.compile(r"(?i)\b(?:after|following)\s+(?:(?:a|an)\s+)?(?:[a-z]+ing\s+(?:by\s+)?)?"
                              r"(?:(?:about|nearly|almost)\s+)?[-+]?\$?\d[\d.,]*(?:\s*%|\s+(?:percent|per\s+cent|"
                              r"(?:percentage\s+)?points?))?(?:\s+[a-z]+){0,2}?\s+(?:in|during|for)\s+(?:the\s+)?$")

# "After a lull in 2015, ...", "following a brief slowdown during the summer": a spell before the change reported
_AFTER_SPELL_IN = re.compile(r"(?i)\b(?:after|following)\s+(?:a|an|the)\s+(?:[a-z]+\s+)?(?:lull|pause|slowdown|respite|"
                             r"downturn|drop|decline|fall|dip|slump|slide|plunge|rise|increase|surge|spike|jump|"
                             r"rebound)\s+(?:(?:in|during)\s+(?:the\s+)?)?$")  # (the period's "in" may be its own)


def _prior_change(text: str, f: Found) -> bool:
    """f is the period of a change the one reported came after: "recovers after November's drop", "rose 0.3
    percent after falling 0.3 percent in November"."""
    return bool(_AFTER_LEAD.search(text, max(0, f.start - 16), f.start) and _PRIOR_CHANGE_NOUN.match(text, f.end) or
                _AFTER_CHANGE_IN.search(text, max(0, f.start - 60), f.start) or
                _AFTER_SPELL_IN.search(text, max(0, f.start - 45), f.start))


# "approved a preliminary 2020 levy increase", "the county's 2021 budget": the year a levy or a budget is for
_BUDGET_OF_YEAR = re.compile(r"\b((?:19|20)\d\d)\s+"
                             r"(?:(?:preliminary|final|proposed|tax|property|operating|general)\s+)?(?:levy|budget)\b")


def _budget_named(sentences: list[Sentence]) -> Period | None:
    """The year of the levy or budget an undated article's lede names, where it names no period of its own."""
    for st in sentences[:3]:
        m = _BUDGET_OF_YEAR.search(st.text) if "levy" in st.text or "budget" in st.text else None
        if m is not None:
            y = int(m.group(1))
            return Period(date(y, 1, 1), date(y, 12, 31))
    return None


# "In the institute's last statewide poll, conducted in June, ...": an earlier poll's field dates, not this one's
_EARLIER_POLL = re.compile(r"(?i)\b(?:last|previous|prior|earlier|preceding)\s+(?:[\w’'-]+\s+){0,3}(?:polls?|surveys?)"
                           r",?\s+(?:(?:which|that)\s+(?:was|were)\s+)?$")
_EARLIER_WORDS = ("last", "previous", "prior", "earlier", "preceding")  # one is in every match: looked for first


def _earlier_poll(text: str, pos: int) -> bool:
    """Whether the survey verb at pos describes an earlier poll ("its previous survey, conducted in May")."""
    before = text[max(0, pos - 60):pos]
    lower = before.lower()
    return any(w in lower for w in _EARLIER_WORDS) and _EARLIER_POLL.search(before) is not None


_REVISION = re.compile(r"(?i)(?:[’']s)?(?:\s+[a-z]+){0,3}\s+(?:was|were|been|be)\s+(?:\w+ly\s+)?revised\b")
_LEDE_WEEKDAY = re.compile(rf"(?i)(?<!\bon\s){WEEKDAY}\s+(?:after|as|when|while|amid|following)\b")


# "carried out a massive sweep on Tuesday", "the raids Tuesday": a one-day event and its day
_EVENT_ON = re.compile(r"(?i)\b(?:raids?|sweeps?|crackdown|attacks?|shootings?|bombings?|blasts?|explosions?|"
                       r"crash(?:es)?|storms?|tornado(?:es)?|earthquakes?)\s+(?:on\s+)?$")


def _lede_day(st: Sentence, f: Found) -> bool:
    """"Oil prices rose Tuesday after the government reported ...": the trading day a market lede opens
    with is the article's (its prices that day), though a day's figure elsewhere is only its own; so is the
    day of a one-day event the lede tells ("authorities carried out a massive sweep on Tuesday, arresting ...")."""
    if st.index == 0 and _LEDE_WEEKDAY.match(st.text, f.start) is not None:
        return True
    return st.index <= 1 and _EVENT_ON.search(st.text, max(0, f.start - 24), f.start) is not None


# ", or $1.20 a share, a year ago": the per-share aside and its comma skipped
_BASE_FIGURE = re.compile(r"(?i)\b(?:from|(?<!more\s)(?<!less\s)(?<!fewer\s)(?<!greater\s)than|compared\s+(?:to|with)|"
                          r"versus|vs\.?)\s+(?:(?:the|a|an)\s+(?:(?:upwardly|downwardly)\s+)?(?:revised\s+)?)?\$?\d(?:[\d.,]*\d)?"
                          + GLUED_SCALE + r"(?:\s+(?:million|billion|trillion|" + PERCENT_WORD + r"))?%?"
                          r"\s+(?:[a-z][a-z/]*\s+){0,3}"
                          r"(?:in|during)?\s*$")
# ("3.8 percent one year ago in March": that month a year back; "3.3% a year earlier in July 2018": that month itself)
_YEAR_EARLIER = re.compile(r"(?:(?:,\s+or\s+[^,;]{1,30}|\s+(?:a|per)\s+[a-z]+)?,\s+"
                           r"(?=(?:a|one)\s+year\s+(?:earlier|ago)\b)"
                           # ("the 207,600 encounters recorded a year earlier": the count a year back)
                           r"|(?:\s+[a-z]+)?\s+(?:recorded|reported|seen|counted|logged|posted|registered|tallied)\s+"
                           r"(?=(?:a|one)\s+year\s+(?:earlier|ago|before)\b)"
                           r"|\s+)"
                           r"(?:(?:a|one)\s+year\s+(?:earlier|ago|before)(?!,?\s+(?:in|during)\s+(?:[A-Z][a-z]+\.?\s+)?"
                           r"(?:19|20)\d\d\b)|"
                           r"(?:in|for|during)\s+the\s+(?:prior|previous)[- ]year\s+(?:period|month|quarter)|"
                           r"(?:in|for|during)\s+the\s+year[- ]ago\s+(?:period|month|quarter)|"
                           r"(?:(?:who|that|which)\s+(?:were|was|had\s+been)\s+[a-z]+(?:\s+(?:upon|on|at|by))?\s+)?"
                           r"the\s+(?:year|previous\s+year)\s+before|"  # ("22 who were fired upon the year before")
                           r"(?:(?!than\b|from\b|over\b|to\b|with\b|versus\b|against\b)(?:[a-z]+|in\s+\d[\d,]*)\s+){0,5}"
                           r"(?:(?P<over>in|for|during|over|at)\s+)?the\s+(?:same|corresponding|comparable)\s+"
                           r"(?:period|month|quarter|months|weeks|time(?:\s+period)?|stretch)\s+(?:a|last|"
                           r"(?:(?:of|in)\s+)?the\s+(?:previous|prior|preceding))\s+year)\b",
                           re.IGNORECASE)
# "compared with 240 over the same months a year ago": the base before an "over" is the year before's
_BASE_LEAD = re.compile(r"(?i)\b(?:compared\s+(?:to|with)|versus|vs\.?)\s+(?:about\s+|nearly\s+)?\$?\d[\d.,]*"
                        + GLUED_SCALE + r"(?:\s+(?:million|billion|trillion|" + PERCENT_WORD + r"))?%?"
                        r"(?:\s+[a-z]+){0,3}$")


def year_earlier_follows(text: str, pos: int, limit: int) -> bool:
    """"down from 130 a year earlier", "added 236,000 jobs a month during the same period last year": the figure
    before pos covers the same span a year before (after "over", only a comparison's base: "up 5% over the same
    period last year" is the change's own span)."""
    m = _YEAR_EARLIER.match(text, pos, limit)
    if m is None or not m.group("over") or m.group("over").lower() != "over":
        return m is not None
    return bool(_BASE_LEAD.search(text, max(0, pos - 70), pos))


_YEARS_EARLIER = re.compile(r"(?i),?\s+(two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+years\s+"
                            r"(?:earlier|before)\b")


def years_earlier(period: Period, text: str, pos: int, fig_end: int, limit: int) -> Period | None:
    """The figure's period moved back when a base's "a year earlier" or "two years before" follows it (at pos, past
    its unit words, or right after the figure: "520 three years earlier" has no unit)."""
    if year_earlier_follows(text, pos, limit):
        return year_before(period)
    years = years_earlier_follows(text, pos, limit) or years_earlier_follows(text, fig_end, limit)
    return shift_years(period, -years) if years else period


def years_earlier_follows(text: str, pos: int, limit: int) -> int:
    """"up from 16.1% two years before": the figure before pos covers the same span that many years before (not
    "five years ago", counted back from the day of writing, not from the span)."""
    if "years" not in text[pos:min(limit, pos + 24)]:
        return 0
    m = _YEARS_EARLIER.match(text, pos, limit)
    n = (int(m.group(1)) if m.group(1).isdigit() else spelled_value(m.group(1).lower())) if m else 0
    return n if n and 1 < n <= 50 else 0


_COMPARISON = re.compile(r"(?i)\b(?:from|compar(?:ed|es|ing|ison)|than|versus|vs\.?|same\s+as|as\s+in|against|"
                         r"surpass\w*|exceed\w*|"
                         r"below|above|short\s+of|shy\s+of|behind|"
                         r"tops|topped|topping|beat|beats|beating|eclips\w*|outpac\w*|over\s+what|"
                         r"over\s+(?:the|those|that|its|their)\s+(?:[\w-]+\s+)?(?:numbers?|totals?|figures?|levels?|"
                         r"amounts?|counts?|tally)|"
                         r"(?:double|triple|twice|(?:two|three|four)\s+times|half)\s+(?:the|that|those|its|their|what))\b")
# ("almost double the removals in FY 2008": the base's year; "a 4.8% increase over the number reported in 2018")
# ", a record set in May 2018": an aside about the figure before it gives that figure its own period
# (", its all-time high, hit in July 2021", "... of 25,000 pounds, recorded in May 2023", "a peak seen last August")
# (", which was the peak set in", "— a 54-year low reached in"; "The record, $5.02, was set in June 2022"; not
# "5 million, a level last seen in December 2007": when that level was seen before, not the figure's span)
_ASIDE_PERIOD = re.compile(r"(?i)^(?:\s+[a-z][\w-]*){0,3}\s*(?:,|\s[—–])\s+(?:(?:which|that)\s+(?:was|were|is)\s+)?"
                           r"(?:(?:a|an|the|its|their)\s+(?:[\w-]+\s+){0,3}"
                           r"(?:[\w-]+,\s+)?(?:(?:that|which)\s+(?:was|were)\s+)?|(?:was|were)\s+)?(?:first\s+|last\s+)?"
                           r"(?:set|reached|recorded|seen|posted|hit|registered|notched|established|logged|touched)\s+"
                           r"(?:back\s+)?(?:in|on|during)?\s*(?:last\s+)?$")
# "up $48.9 million or 4.6 percent over January 1998": after a change told before its figure, the base's period
_BARE_OVER = re.compile(r"(?i)\s*(?:%|percent|per\s+cent|(?:percentage\s+)?points?)?\s+over\s+")
# a month, a year or a budget year named, not a span ("over the past 12 months", "over this time last year")
_NAMED_BASE = re.compile(r"[A-Z][a-z]|(?:19|20)\d\d|(?i:fiscal|FY|last\s+(?:year|month|quarter)\b)")
_LAST_SEEN = re.compile(r"(?i)\b(?:last|not|never)\s+(?:been\s+)?(?:seen|reached|recorded|posted|hit|matched|touched|"
                        r"topped|registered|logged)\s+(?:(?:since|in|on|during)\s+)?(?:the\s+)?$")
# between the figures of a list: "1,420 violations, 88 closures and three arrests"
_LIST_GAP = re.compile(r"(?:\s+[A-Za-z][\w’'-]*){0,4}\s*(?:,\s*(?:and\s+|or\s+)?|\s+and\s+|\s+or\s+)")
_VERB_IN_LIST = re.compile(r"(?i)\b(?:is|are|was|were|has|have|had|rose|fell|grew|\w+ed)\b")


# "42.8% now", "$3.10 today", "5.2 percent currently, against ...": a figure told as the present one
# a note on what the figures are: "This report is based on survey data from December 2024 that was published in
# January 2025", "Tuesday's numbers also reflect data for March"
_DATA_NOTE = re.compile(r"(?i)\b(?:is|are|was|were)\s+based\s+on\s+(?:[\w-]+\s+){0,2}?data\s+(?:from|for)\s+$|"
                        r"\breflects?\s+(?:[\w-]+\s+){0,2}?data\s+(?:from|for)\s+$|"
                        r"\b(?:report|data|figures|numbers|survey|analysis|study)\s+(?:covers|covered|spans|spanned)\s+"
                        r"(?:the\s+(?:period|months|span|time)\s+(?:(?:extending|running|stretching)\s+)?)?(?:from\s+)?$")
# ("Tuesday's report covers the period extending from May 2020 to May 2021": the span of all its figures)


def _data_note(sentences: list[Sentence]) -> Period | None:
    """The period a note near the top says the article's figures are of ("This report is based on survey data from
    December 2024 that was published in January 2025."): the article's, before a headline's release month."""
    for st in sentences[:6]:
        if ("data" not in st.text or "based" not in st.text and "reflect" not in st.text) and \
                "cover" not in st.text and "spann" not in st.text and "spans " not in st.text:
            continue
        for f in st.found:
            if f.kind == "period" and f.period is not None and \
                    _DATA_NOTE.search(st.text, max(0, f.start - 50), f.start):
                return f.period
    return None


_NOW_AFTER = re.compile(r"(?i)(?:\s+" + PERCENT_WORD + r"|\s+points)?,?\s+(?:now|today|currently|at\s+present)\b"
                        r"(?=\s*[,;)—–]|\s+(?:vs\.?|versus|compared|against|and|from|up|down)\b)")
_SAME_SPAN = re.compile(r"(?i)\bsame\s+(?:time\s+)?(?:period|span|months|stretch)\b")


def period_for(k: int, st: Sentence, sentences: list[Sentence], main: Period | None,
               header: Sentence | None = None) -> tuple[Period | None, bool]:
    """The period of the k-th figure of sentence st, and whether it was guessed (see _paired_period); in a
    poll story, a calendar year or month holding the poll's field dates ("In 2024, 7 percent of those polled
    ...", "now at 25%" after "The September poll") is those dates."""
    span = _change_over_pair(k, st) if " from " in st.text else None
    if span is not None:
        return span, False
    if main is not None and ("now" in st.text or "today" in st.text or "current" in st.text) and \
            _NOW_AFTER.match(st.text, st.figures[k].end - st.start):
        return main, False  # "(42.8% now, 39.7% in Oct. 2013)": the period the article reports, not the base's
    own = _respective_period(k, st) if "respectively" in st.text else _repeated_comparison(k, st, sentences)
    own = own or _parallel_pair(k, st) or _total_of_listed(k, st)
    if own is not None:
        return own, False
    period, guessed = _paired_period(k, st, sentences, main, header)
    if period is not None and period.to_date and not guessed and main is not None and _one_month(main) and \
            period.start.day == 1 and period.start < main.start and main.end < period.end and \
            (period.end - main.end).days <= 40 and "since" in st.text:  # "has added 156,000 jobs since a low in
        return Period(period.start, main.end), False  # November 2016" in a report on October told in November:
        # to the end of the month reported, not the day of writing
    scoped = _year_scope(k, st, main, period, guessed)
    if scoped is not None:
        return scoped
    if period is not None and "population" in st.text and _first_half(period) and \
            _POPULATION_OF.search(st.text, max(0, st.figures[k].start - st.start - 40), st.figures[k].start - st.start):
        return Period(period.start, date(period.start.year, 12, 31)), guessed  # "at the midpoint of the year was in
        # 1996, when 168 had been killed and the city had a population of 688,000": a city's size is its year's
    if guessed and period is not None and period == main and " to date" in st.text and _one_month(main) and \
            _COUNT_TO_DATE.search(st.text) is not None:  # "There were 670 shootings to date" in a story on
        return Period(date(main.end.year, 1, 1), main.end, to_date=True), guessed  # October: January to October
    if main is not None and period is not None and period != main and _whole_month_or_year(period) and \
            period.start <= main.start and main.end < period.end and not main.to_date and \
            _SAME_SPAN.search(st.text):  # "Figures for 2011 show arson down 8.6 percent compared to 2010 figures
        return main, guessed  # from the same time period" in a story on the first half of 2011: the half's, in 2011
    if main is not None and period is not None and _part_of_a_year(main) and _whole_year(period) and \
            period.end < main.start and ("same" in st.text or "far" in st.text or "date" in st.text) and \
            _SAME_OR_SO_FAR.search(st.text):  # "27 this year, compared with 34 for the same period in 2016 and
        shifted = shift_years(main, period.end.year - main.end.year)  # 50 in 2015", "110 homicides so far this
        return (shifted, guessed) if shifted is not None else (period, guessed)  # year, compared to 85 in 2015"
        # in a story on a year's first half: that half of the year named
    if main is not None and main.to_date and period is not None and not period.to_date and _whole_year(period):
        so_far = _year_to_date_story(st, period, main)
        if so_far is not None:
            return so_far, guessed
    if guessed and main is not None and main.poll and period == main:
        own = _roundup_poll(st, sentences)  # "It also showed ...", "In the CBS poll, ..." in a story of several polls
        if own is not None:
            return own, True
    if main is not None and main.poll and period is not None and period != main and not period.to_date and \
            period.start <= main.start and main.end <= period.end and _whole_month_or_year(period) and \
            "averag" not in st.text:  # "17 percent in 2011, the lowest annual average": many polls' year
        return main, guessed
    return period, guessed


# "to reach an annual total of 40.5 GW", "bringing the yearly total to over 31 GW", "a full-year total of": the
# figure is the year's, whatever quarter or month the sentence tells the last part of it in
_ANNUAL_TOTAL = re.compile(r"(?i)\b(?:annual|yearly|full[\s-]year|year[\s-]end)\s+totals?\s+"
                           r"(?:of|to|at|was|is|will\s+be|would\s+be|reach(?:ed|es)?)?\s*(?:[a-z]+\s+){0,2}$")


def annual_total(period: Period | None, st: Sentence, rel_start: int) -> Period | None:
    """A quarter's, a half's or a month's period given to a figure told as the year's total: that calendar year."""
    if period is None or "total" not in st.text or period.start.year != period.end.year:
        return period
    if period.start.month == 1 and (period.end.month == 12 or period.to_date and period.start.day == 1):
        return period  # (already the year, or the year so far)
    if not _ANNUAL_TOTAL.search(st.text, max(0, rel_start - 48), rel_start):
        return period
    return Period(date(period.start.year, 1, 1), date(period.start.year, 12, 31))


# "Average prices on Aug. 6 have ranged widely over the last five years: $2.45 in 2017, $2.30 in 2016": a list of
# the same day's figures in past years, the day told without a year before the colon that opens the list
_DAY_OVER_YEARS = re.compile(rf"\bon\s+(?P<month>{MONTH_RE})\s+(?P<day>\d{{1,2}})(?!\d|,?\s+(?:19|20)\d\d)\b"
                             r"[^:;.]{0,80}?\b(?:last|past|previous|prior)\s+(?:\w+\s+)?years\s*:\s+[^:;]*$")


def day_in_years(period: Period | None, st: Sentence, rel_start: int) -> Period | None:
    """A calendar year given to a figure listed after "on Aug. 6 ... over the last five years:": that day of it."""
    if period is None or ":" not in st.text[:rel_start] or " years" not in st.text[:rel_start] or \
            not (period.start.month, period.start.day, period.end.month, period.end.day) == (1, 1, 12, 31) or \
            period.start.year != period.end.year:
        return period
    m = _DAY_OVER_YEARS.search(st.text, 0, rel_start)
    if m is None:
        return period
    try:
        day = date(period.start.year, MONTHS[m["month"].lower().rstrip(".")], int(m["day"]))
    except (ValueError, KeyError):
        return period
    return Period(day, day)


def _year_scope(k: int, st: Sentence, main: Period | None, period: Period | None,
                guessed: bool) -> tuple[Period, bool] | None:
    """The year a figure read with a month or a guess covers: the main budget year "By the end of September" closes,
    or the year after the base in a named year it is compared with (_current_after_base); else _end_or_months."""
    if period is not None and main is not None and "end of" in st.text and _one_month(period) and \
            main.start < period.start and main.end == period.end and _by_end_of(st, period):
        return main, guessed  # "By the end of September, agents had seized 900 pounds" in a story on the fiscal
        # year that closes with September: the count reached over the year, not the month's alone
    if guessed and (" from " in st.text or " than " in st.text or "compared" in st.text):
        later = _current_after_base(k, st, period)
        if later is not None:
            return later, False
    narrower = _end_or_months(k, st, main, period, guessed)
    return (narrower, False) if narrower is not None else None


def _current_after_base(k: int, st: Sentence, period: Period | None) -> Period | None:
    """"apprehended 585 smugglers during the year, a record, up from 503 in fiscal 2015": a figure stating no
    period of its own, compared with a base figure of a year named after it, is the next year's, where the
    period guessed for it would not come after that base (a current figure cannot precede its base)."""
    end = st.figures[k].end - st.start
    if k + 1 >= len(st.figures) or any(f.kind == "period" and f.end <= end for f in st.found):
        return None
    after = [f for f in st.found if f.kind in ("period", "unscoped") and f.start >= end]
    if not after or after[0].kind != "period" or after[0].period is None or not a_year_long(after[0].period) \
            or not _base_period(st.text, after[0]):
        return None
    base = after[0]
    if not any(c.isdigit() for c in st.text[base.start:base.end]):
        return None  # ("up from 730 last year": a year counted from the story's, which may be a budget year)
    if not any(end < g.start - st.start and g.end - st.start <= base.start for g in st.figures[k + 1:]):
        return None  # (the base's own figure is before it)
    if period is not None and period.end > base.period.end:
        return None
    return shift_years(base.period, 1)


_BY_END_OF = re.compile(r"(?i)\b(?:by|through|until|to)\s+the\s+end\s+of\s+$")


def _by_end_of(st: Sentence, period: Period) -> bool:
    """Whether the sentence's month period is read from "by the end of MONTH": a count reached by then."""
    for f in st.found:
        if f.kind == "period" and f.period == period and _BY_END_OF.search(st.text, max(0, f.start - 20), f.start):
            return True
    return False


# a place's number of people (not a jail's "average daily population"): "a population of 688,000", "population was"
def _end_or_months(k: int, st: Sentence, main: Period | None, period: Period | None, guessed: bool) -> Period | None:
    """A level at one end of a range of years (_range_level), or the months a figure of "a two-month bulge of"
    sums to the month reported (_months_to_main), instead of the period read for it."""
    if main is not None and "-month " in st.text and _one_month(main) and (period is None or _one_month(period)):
        months = _months_to_main(k, st, main)  # "creating a two-month bulge of $18.1 million" in a story on August
        if months is not None and (period is None or months.start <= period.start):
            return months
    if period is not None and not guessed and " to " in st.text and ("between" in st.text or "from" in st.text
                                                                            or "From" in st.text):
        return _range_level(k, st, period)
    if period is not None and period.start == period.end and ("fewer " in st.text or "more " in st.text):
        return _year_to_day(k, st, period)
    return None


# "27,770 fewer people imprisoned at the end of last year compared to the previous year": a year's change
_MORE_OR_FEWER = re.compile(r"(?i)(?:\s+[a-z][\w-]*){0,3}?\s+(?:fewer|more)\b(?!\s+than\b)")
_YEAR_BASE = re.compile(r"(?i)\b(?:compared\s+(?:to|with)|than|from|over)\s+(?:the\s+)?(?:(?:previous|prior)\s+year|"
                        r"(?:a|one)\s+year\s+(?:earlier|before|ago)|the\s+year\s+before)\b")


def _year_to_day(k: int, st: Sentence, day: Period) -> Period | None:
    """The year up to the day a stock stood at, for a difference of that stock from a year before ("There were
    27,770 fewer people imprisoned at the end of last year compared to the previous year")."""
    fig_end = st.figures[k].end - st.start
    if not _MORE_OR_FEWER.match(st.text, fig_end) or not _YEAR_BASE.search(st.text, fig_end):
        return None
    start = shift_years(Period(day.start, day.end), -1)
    return Period(start.end + timedelta(days=1), day.end) if start is not None else None


# "a two-month bulge of", "the three-month average of": the months a figure sums or averages, to the one reported
_N_MONTH_OF = re.compile(r"(?i)\b(?:a|an|the)\s+(two|three|four|five|six|2|3|4|5|6)-month\s+(?:[a-z]+\s+){1,2}?"
                         r"(?:of\s+|is\s+|was\s+|stood\s+at\s+)?(?:about\s+|nearly\s+|roughly\s+|some\s+)?\$?$")


def _months_to_main(k: int, st: Sentence, main: Period) -> Period | None:
    """The N months ending with the month the article reports, for a figure of "a two-month bulge of $18.1
    million" with no period of its own."""
    rel = st.figures[k].start - st.start
    m = _N_MONTH_OF.search(st.text, max(0, rel - 50), rel)
    n = spelled_value(m.group(1).lower()) if m and not m.group(1).isdigit() else int(m.group(1)) if m else 0
    if not n:
        return None
    start = add_months(main.start, 1 - n) + timedelta(days=1)
    return Period(start, main.end)


# a span of years named as a range: "between 1978 and 2009", "from the end of 2011 to the end of 2012"
_YEAR_RANGE = re.compile(r"(?i)(?:between|from)\s+(?P<end>the\s+(?:end|close)\s+of\s+)?(?P<y1>(?:19|20)\d\d)\s+"
                         r"(?:and|to|through|until)\s+(?:the\s+(?:end|close)\s+of\s+)?(?P<y2>(?:19|20)\d\d)\b")
# a span of months named as a range: "from December to January", "between March and May"
_MONTH_RANGE = re.compile(rf"(?i)(?:between|from)\s+{MONTH_RE}\b")
# a level a change reached or left: "fell 2 percent to 1,571", "rising from 307 to a high of 1,615"
_TO_LEVEL = re.compile(r"(?i)\bto\s+(?:(?:a|an)\s+(?:[a-z]+\s+){0,2}?(?:high|low|peak|record|total)\s+of\s+)?"
                       r"(?:about\s+|nearly\s+|roughly\s+|some\s+)?\(?\$?$")
_FROM_LEVEL = re.compile(r"(?i)\bfrom\s+(?:about\s+|nearly\s+|roughly\s+|some\s+)?\(?\$?$")


def _range_level(k: int, st: Sentence, period: Period) -> Period | None:
    """A level at one end of a range of years the sentence names ("grew between 1978 and 2009, rising from 307,276
    to a high of 1,615,487": 1978's and 2009's; "fell 1.7 percent to 1,571,013 between the end of 2011 and the end
    of 2012": the last day of 2012), not the whole span the change between them covers."""
    fig = st.figures[k]
    rel = fig.start - st.start
    lead = st.text[max(0, rel - 40):rel]
    to = _TO_LEVEL.search(lead)
    if to is None and (_FROM_LEVEL.search(lead) is None or k + 1 >= len(st.figures) or
                       _TO_LEVEL.search(st.text, fig.end - st.start, st.figures[k + 1].start - st.start) is None):
        return None  # (a "from" level only where a "to" level follows it)
    for f in st.found:
        if f.kind == "period" and f.period == period and f.start < rel and period.start.day == 1 and \
                period.end == month_period(period.end.year, period.end.month).end and \
                _MONTH_RANGE.match(st.text, f.start):  # "From December to January 2,200 people entered the
            at = period.end if to is not None else period.start  # workforce to a total of 818,800": January's
            # (a range named after the figure is the span a total sums: "rose to a total of 22,423 between October
            # and June")
            return month_period(at.year, at.month)
        m = _YEAR_RANGE.match(st.text, f.start) if f.kind == "period" and f.period == period else None
        if m is not None:
            y = int(m.group("y2" if to is not None else "y1"))
            return Period(date(y, 12, 31), date(y, 12, 31)) if m.group("end") else Period(date(y, 1, 1),
                                                                                            date(y, 12, 31))
    return None


_POPULATION_OF = re.compile(r"(?i)(?<!daily\s)(?<!jail\s)(?<!inmate\s)(?<!prison\s)population\s+"
                            r"(?:of|was|is|stood\s+at)\s+(?:about\s+|nearly\s+|roughly\s+|some\s+)?$")


def _first_half(p: Period) -> bool:
    return p.start.month == 1 and p.start.day == 1 and p.end.month == 6 and p.end.day == 30 and \
        p.start.year == p.end.year


_LIST_LINK = re.compile(r"(?:,\s*(?:and\s+)?|\s+and\s+)")
_MORE_YEAR = re.compile(r"(?:,\s*(?:and\s+)?|\s+and\s+)((?:19|20)\d\d)\b(?![-–/]\d)")
_FIGURE_LIST_GAP = re.compile(r"(?i)^(?:\s*[a-z/%$][\w/$%-]*){0,5}?(?:,\s*(?:and\s+)?|\s+and\s+)\$?$")


def _respective_period(k: int, st: Sentence) -> Period | None:
    """"grow in 2019 and 2020, averaging 12.3 million b/d and 13 million b/d respectively", "since 2009 and ...
    since 2010 when agents seized 51,695 pounds of marijuana and 625 pounds of cocaine, respectively": as many
    figures listed as periods named, each figure takes its own period, in order."""
    resp = st.text.find("respectively")
    figs, off = st.figures, st.start
    if resp < 0 or figs[k].end - off > resp:
        return None
    run = [i for i in range(len(figs)) if figs[i].end - off <= resp]
    last = run[-1]
    first = last
    while first > 0 and _FIGURE_LIST_GAP.match(st.text[figs[first - 1].end - off:figs[first].start - off]):
        first -= 1
    if first == last and last and _PAIR_TO.fullmatch(st.text, figs[last - 1].end - off, figs[last].start - off):
        first = last - 1  # "from 10.5 to 9.7 per 100,000 between 1999 and 2014, respectively": a pair of levels
    if not first <= k <= last or first == last:
        return None
    n = last - first + 1
    named = _named_in_order(st)
    after = [p for at, p in named if figs[last].end - off <= at < resp]
    if n == 2 and len(after) == 1 and after[0].start.year < after[0].end.year and \
            (after[0].start.month, after[0].start.day, after[0].end.month, after[0].end.day) == (1, 1, 12, 31):
        y1, y2 = after[0].start.year, after[0].end.year  # "from 10.5 to 9.7 between 1999 and 2014, respectively":
        after = [Period(date(y1, 1, 1), date(y1, 12, 31)), Period(date(y2, 1, 1), date(y2, 12, 31))]  # each its year
    before = [p for at, p in named if at < figs[first].start - off]
    chosen = after if len(after) == n else before[-n:] if len(before) >= n else []
    if len(chosen) != n or len(set(chosen)) != n:
        return None
    return chosen[k - first]


def _named_in_order(st: Sentence) -> list[tuple[int, Period]]:
    """The periods a sentence names, in order, where they stand, a bare year listed after one as its own
    ("in 2019 and 2020": 2019, 2020); a "since" phrase's by the date it names."""
    out = []
    for f in st.found:
        p = f.anchor or f.period
        if p is None or f.kind not in ("period", "ignore") or f.kind == "ignore" and f.anchor is None:
            continue
        out.append((f.start, p))
        at = f.end
        whole_year = a_year_long(p)
        while whole_year:
            m = _MORE_YEAR.match(st.text, at)
            if m is None:
                break
            moved = shift_years(p, int(m.group(1)) - p.end.year)
            if moved is not None:
                out.append((m.start(1), moved))
            at = m.end()
    return out


# a change told right before the pair of levels it is the change between ("a 38 percent increase in burglaries
# from 21 ...", "rose 32%, from 860 ...") or right after it ("..., or about 4 percent", ", a drop of 12%")
_CHANGE_BEFORE_PAIR = re.compile(r"(?i)^[^.;:\d]{0,50}\bfrom\s+(?:about\s+|nearly\s+|roughly\s+)?\(?\$?$")
_PAIR_TO = re.compile(r",?\s+to\s+(?:about\s+|nearly\s+|roughly\s+)?\(?\$?")
_CHANGE_AFTER_PAIR = re.compile(r"(?i)^\s*(?:,\s+|\s+[—–]\s+|\s+\()(?:or|an?)\b[^.;:\d]{0,30}$")


def _own_period(i: int, st: Sentence) -> Found | None:
    """The period phrase right after the i-th figure ("21 in the third quarter"), at most a unit word between."""
    end = st.figures[i].end - st.start
    nxt = st.figures[i + 1].start - st.start if i + 1 < len(st.figures) else len(st.text)
    return next((f for f in st.found if f.kind == "period" and f.period is not None and end <= f.start < nxt
                 and _OWN_GAP.fullmatch(st.text, end, f.start)), None)


def _change_over_pair(k: int, st: Sentence) -> Period | None:
    """The change between a pair of levels each given its own period, from the earlier to the later ("dropped
    from 2,056 in 2017 to 1,974 in 2018, or about 4 percent"): the whole span, from the first to the last day."""
    figs, off = st.figures, st.start
    if k + 3 < len(figs) and st.text.startswith(", or ", figs[k].end - off) and \
            _OR_RESTATED.fullmatch(st.text, figs[k].end - off, figs[k + 1].start - off):
        return _change_over_pair(k + 1, st)  # "increased 13.4%, or approximately $16, from $121 in 2021 to $137 in
        # 2022": the same change told again another way, over the same span
    if k + 2 < len(figs) and _CHANGE_BEFORE_PAIR.match(st.text[figs[k].end - off:figs[k + 1].start - off]):
        a = k + 1
    elif k >= 2 and _CHANGE_AFTER_PAIR.match(st.text[_pair_gap_end(k - 1, st):figs[k].start - off]):
        a = k - 2
    else:
        return None
    if figs[k].range_role or figs[a].range_role or not _FROM_BEFORE.search(st.text, 0, figs[a].start - off):
        return None
    if a > k and any(f.kind == "period" and figs[k].end - off <= f.start < figs[a].start - off for f in st.found):
        return None  # "up 5% in June from 300 in May to 315 in June": the change's own month
    first, last = _own_period(a, st), _own_period(a + 1, st)
    if first is None and last is None and a > k:
        span = _span_after_pair(a + 1, st)  # "an 8 percent decline from 10.5 to 9.7 per 100,000 between 1999 and
        if span is not None:  # 2014": the change over the span named after the pair
            return span
    if first is None or last is None or not first.period.end < last.period.start or first.period.to_date or \
            not _PAIR_TO.fullmatch(st.text, first.end, figs[a + 1].start - off):
        return None
    return Period(first.period.start, last.period.end)


_PER_UNIT_GAP = re.compile(r"(?i)(?:\s+per\s+[\d,]+(?:\s+[a-z]+)?|\s+[a-z]+)?\s+")


def _span_after_pair(i: int, st: Sentence) -> Period | None:
    """A span of years ("between 1999 and 2014") right after the i-th figure, the second of a pair of levels."""
    end = st.figures[i].end - st.start
    f = next((f for f in st.found if f.kind == "period" and f.period is not None and f.start >= end), None)
    if f is None or not st.text.startswith(("between ", "from "), f.start) or \
            f.period.start.year == f.period.end.year or not _PER_UNIT_GAP.fullmatch(st.text, end, f.start):
        return None
    return f.period


def _pair_gap_end(i: int, st: Sentence) -> int:
    """Where the gap after the i-th figure starts, past its own period phrase."""
    own = _own_period(i, st)
    return own.end if own is not None else st.figures[i].end - st.start


_SAME_OR_SO_FAR = re.compile(r"(?i)\bsame\s+(?:time\s+)?(?:period|span|months|stretch)\b|\b(?:so|thus)\s+far\b|"
                             r"\byear[- ]to[- ]date\b")


# a count told to the same point of an earlier year: "in 2019 YTD", "2021 year-to-date", "Last year, there had been"
_YTD_AFTER = re.compile(r"(?i)\s*(?:YTD|year[- ]to[- ]date|to\s+date|through\s+(?:the\s+)?same\s+(?:date|day|point))\b")
_HAD_BY_THEN = re.compile(r"(?i)^(?:[-•*–]\s*)?(?:last\s+year|in\s+(?:19|20)\d\d|(?:19|20)\d\d)\s*,?\s+(?:there\s+)?"
                          r"(?:[\w’'-]+\s+){0,3}?had\s+(?:been|had|seen|recorded|reported|logged|counted)\b")
_NOT_SO_FAR = re.compile(r"(?i)\b(?:will|would|expect\w*|project\w*|forecast\w*|predict\w*|budget\w*|"
                         r"estimated\s+to|on\s+pace|whole|full|entire|all\s+of)\b")


def _year_to_date_story(st: Sentence, period: Period, main: Period) -> Period | None:
    """In a story counting a year to a day (its main period: 1 January to that day), that year named bare is the
    same span ("are up 6% in 2022 compared with 2021"); an earlier year told to the same point ("under 100
    homicides in 2019 YTD", "Last year, there had been 569 shootings") is that span of it. Not a forecast's or a
    whole year's ("for all of 2022")."""
    if (main.start.month, main.start.day) != (1, 1) or main.start.year != main.end.year:
        return None
    if period.start.year == main.start.year:
        return None if _NOT_SO_FAR.search(st.text) else main
    if period.end >= main.start:
        return None
    at = next((f for f in st.found if f.period == period), None)
    if at is not None and _YTD_AFTER.match(st.text, at.end) or " had " in st.text and _HAD_BY_THEN.match(st.text):
        return shift_years(main, period.start.year - main.start.year)
    return None


def _whole_year(p: Period) -> bool:
    return (p.start.month, p.start.day, p.end.month, p.end.day) == (1, 1, 12, 31) and p.start.year == p.end.year


def _part_of_a_year(p: Period) -> bool:
    """A span of whole months within one calendar year, from its start, short of the whole year: "the first
    six months of 2017"."""
    return (p.start.month, p.start.day) == (1, 1) and p.start.year == p.end.year and p.end.month < 12 and \
        (p.end + timedelta(days=1)).day == 1 and not p.poll


def _whole_month_or_year(p: Period) -> bool:
    return p.start.day == 1 and (p.end + timedelta(days=1)).day == 1 and \
        (p.start.month == p.end.month and p.start.year == p.end.year or
         (p.start.month, p.end.month, p.start.year) == (1, 12, p.end.year))


def _paired_period(k: int, st: Sentence, sentences: list[Sentence], main: Period | None,
                   header: Sentence | None = None) -> tuple[Period | None, bool]:
    """_paired_period_of, unless the figure is a change over the same month a year before ("up 6 percent
    over the April 2023 rate"): then the month reported."""
    if " above " in st.text or " over " in st.text or " below " in st.text:
        current = _current_over_level(k, st, sentences, main, header)
        if current is not None:
            return current
    return _paired_period_of(k, st, sentences, main, header)


def _paired_period_of(k: int, st: Sentence, sentences: list[Sentence], main: Period | None,
                      header: Sentence | None = None) -> tuple[Period | None, bool]:
    """The period of the k-th figure of sentence st, and whether it was guessed (see _period_for); in a
    pair ("from 59 to 46", "to 136 from 150", "(9,430 v. 9,187)") the base member takes the comparison's
    base period and the other the current one."""
    period, guessed = _period_for(k, st, sentences, main, header)
    trailing = _base_only_phrase(k, st) if " from " in st.text else None
    if trailing is not None and period == trailing.period:
        period, guessed = _period_for(k, replace(st, found=[f for f in st.found if f is not trailing]),
                                      sentences, main, header)
        prev = sentences[st.index - 1] if st.index else None
        if period == trailing.period and prev is not None and prev.paragraph == st.paragraph:
            period = next((f.period for f in prev.found if f.kind == "period" and f.period != period), period)
    if period is not None and ("month" in st.text or "previously" in st.text and "revis" not in st.text) and \
            _MONTH_EARLIER.match(st.text, st.figures[k].end - st.start):
        if period.start.day == 1 and add_months(period.start, 1) == period.end:
            end = add_months(period.start, 0)  # the last day of the month before
            return month_period(end.year, end.month), False  # "down from 8% a month earlier": the month before
    if period is not None and "same" in st.text:
        at = st.figures[k].start - st.start
        m = _SAME_WHEN.search(st.text, max(0, at - 120), at)
        if m and not any(f.kind == "period" and m.end() <= f.start < at for f in st.found):
            return year_before(period), False  # "up from the same time last year, when it saw 147": a year before
    gap_base = _gap_to_base(k, st) if period is not None and ("below" in st.text or "above" in st.text) else None
    if gap_base is not None and gap_base.start < period.start:
        return Period(gap_base.start, period.end), guessed  # "payrolls remain 2.9 million below February 2020":
        # the gap opened from that month to the one reported
    if period is not None and k > 0 and ("last year" in st.text or "us year" in st.text or "ior year" in st.text) \
            and _last_year_base(k, st):
        current = _paired_period(k - 1, st, sentences, main, header)[0]
        told = _LAST_YEARS.search(st.text, 0, st.figures[k].start - st.start)  # "from last year's": any span
        if current is not None and (told or current != period and (a_year_long(current) or _one_month(current))):
            return year_before(current), False  # "787 pounds (up from 730 last year)" in a list on fiscal 2010:
            # the year before the one compared with, not the year before publication; "down to $1.73 trillion
            # from last year's $1.80 trillion" so far in a budget year: the same span a year before; "1,120
            # burglaries last month, compared to the 1,240 reported the previous year": that month a year before
    role = _pair_role(k, st)
    since = next((f for f in st.found if f.anchor and (f.kind == "period" and f.start >= st.figures[k].end - st.start
                  or f.start <= 6 and f.kind in ("period", "ignore") and _SINCE_OPENING.match(st.text))
                  and (f.period == period or role == "base")), None) if role else None  # ("Since 1980, ... has
    # risen from 64.2 percent to 81.8 percent": the base is 1980's too)
    if since is not None and main is not None and main.start > since.anchor.end:
        return (since.anchor if role == "base" else main), False  # "from 48 percent to 23 percent since October"
    if role == "base" and period is not None and (_own_period_follows(k, st) or _revised_pair(k, st, sentences)):
        return period, guessed  # "rose to 129.2 in April from 124.2 in March, ... from February's plunge": its own;
        # "January's gain was revised to 129,000 from 113,000": the earlier estimate of the same month
    if role and period is not None:
        current, base = _compared_periods(st, period)
        if base == period and role == "base" and not any(f.kind == "period" for f in st.found) and st.index and \
                sentences[st.index - 1].paragraph == st.paragraph and \
                (_BASE_YEAR_BEFORE.search(sentences[st.index - 1].text) or "same" in st.text and
                 _SAME_SPAN.search(st.text) and _SAME_A_YEAR_BEFORE.search(sentences[st.index - 1].text)) and \
                not _YEAR_EARLIER.search(st.text, st.figures[k].end - st.start, st.figures[k].end - st.start + 40):
            base = year_before(period)  # "... compared with the same period last year. Incidents rose to 890 from 844"
        if role == "base" and base == period and _bare_change_base(k, st):
            base = _span_before(period)  # "In August, openings dropped to 10.05M from 11.17M": July's
        return (base if role == "base" else current), False
    return period, guessed


# "was raised to 129,000 from", "were revised down from 75,000 to", "had been upped to": a figure's estimate changed
_REVISED_PAIR = re.compile(r"(?i)\b(?:was|were|been|being|is|are)\s+(?:\w+ly\s+)?(?:revised|raised|upped|lowered|cut|"
                           r"trimmed|reduced|adjusted|bumped|boosted|marked|pared|knocked|nudged|scaled|corrected|"
                           r"restated|ratcheted)(?:\s+(?:up|down|upward|downward|higher|lower|back))?\s+(?:to|from)\s+"
                           r"(?:about\s+|nearly\s+|roughly\s+)?\$?$")


def _revised_pair(k: int, st: Sentence, sentences: list[Sentence]) -> bool:
    """The k-th figure is the old value of a revision ("was raised to 129,000 from 113,000", "were revised from 75,000
    to 84,000") told where the story speaks of revising (this sentence or the one before in its paragraph)."""
    prev = sentences[st.index - 1].text if st.index and sentences[st.index - 1].paragraph == st.paragraph else ""
    if "revis" not in st.text and "revis" not in prev:
        return False
    figs, off = st.figures, st.start
    first = k - 1 if k and _PAIR_TO_FROM.match(st.text[figs[k - 1].end - off:figs[k].start - off]) else k
    at = figs[first].start - off
    return _REVISED_PAIR.search(st.text, max(0, at - 60), at) is not None


_OWN_GAP = re.compile(r"(?i)(?:\s+[a-z]+)?\s*(?:(?:in|during|for)\s+)?(?:the\s+)?")  # ("for the week ending")


def _own_period_follows(k: int, st: Sentence) -> bool:
    """"from 124.2 in March": a period phrase right after the figure (at most a unit word between) is its own."""
    end = st.figures[k].end - st.start
    nxt = st.figures[k + 1].start - st.start if k + 1 < len(st.figures) else len(st.text)
    return any(f.kind == "period" and end <= f.start < nxt and _OWN_GAP.fullmatch(st.text, end, f.start)
               for f in st.found)


def _bare_change_base(k: int, st: Sentence) -> bool:
    """The k-th figure is the base of a change ("from 11.17M") with no period of its own and no year-ago cue."""
    at = st.figures[k].start - st.start
    return bool(_CHANGE_BASE.search(st.text, max(0, at - 8), at)) and not _YEAR_CUE.search(st.text) and \
        _period_after(k, st, [f for f in st.found if f.kind == "period"]) is None


_CHANGE_BASE = re.compile(r"(?i)\bfrom\s+\(?\$?$")
_YEAR_CUE = re.compile(r"(?i)\byear[- ](?:ago|earlier|before|over[- ]year)|\b(?:prior|previous)[- ]year|\bsame\b|"
                       r"Y/Y|\bannual|\bpreviously\b|\bearlier\b")


_BASE_BEFORE = re.compile(r"(?i)\b(?:from|than|compared\s+(?:to|with)|versus|vs\.?)\s+(?:about\s+|nearly\s+)?\$?$")
_LAST_YEAR_AFTER = re.compile(r"(?i)(?:\s+[a-z][\w-]*){0,2}\s+(?:last|the\s+(?:previous|prior|preceding))\s+year\b")
_BASE_BEFORE_THE = re.compile(r"(?i)\b(?:from|than|compared\s+(?:to|with)|versus|vs\.?)\s+(?:the\s+)?"
                              r"(?:about\s+|nearly\s+)?\$?$")


def _last_year_base(k: int, st: Sentence) -> bool:
    """"(up from 190 pounds last year)", "from last year's $1.80 trillion": the k-th figure is a comparison's base
    said to be last year's."""
    at, end = st.figures[k].start - st.start, st.figures[k].end - st.start
    return bool(_BASE_BEFORE_THE.search(st.text, max(0, at - 24), at) and _LAST_YEAR_AFTER.match(st.text, end) or
                _LAST_YEARS.search(st.text, max(0, at - 40), at))


_LAST_YEARS = re.compile(r"(?i)\b(?:from|than|compared\s+(?:to|with)|versus|vs\.?)\s+last\s+year[’']s\s+"
                         r"(?:about\s+|nearly\s+|roughly\s+)?\$?$")


# "2.9 million below February 2020", "1.2 points above its level of January 2021"
_BELOW_BASE = re.compile(r"(?i)(?:\s+[a-z][\w-]*){0,2}\s+(?:below|above)\s+(?:(?:the|its|their)\s+)?"
                         r"(?:(?:pre-pandemic\s+)?(?:level|peak|mark)\s+(?:of|in)\s+)?")


# "up 6 percent over the April 2023 rate": a change from the level of a month named with its year
# ("2.18% below September FY 2020 actual collections": the month's amount, named by its budget year)
_OVER_LEVEL = re.compile(r"(?i)(?:\s+[a-z][\w-]*){0,2}\s+(?:over|above|below)\s+(?:(?:the|its|their)\s+)?$")
_LEVEL_AFTER = re.compile(r"(?i)\s+(?:actual\s+|total\s+)?(?:rate|level|pace|figure|total|collections|receipts|"
                          r"revenues?|sales)\b")


def _over_a_years_level(k: int, st: Sentence) -> Found | None:
    """The month a figure is a change from, named with its year before "rate", "level": "remains 5 percent
    above the April 2023 rate" (that month's level the base, not the figure's period)."""
    end = st.figures[k].end - st.start
    nxt = st.figures[k + 1].start - st.start if k + 1 < len(st.figures) else len(st.text)
    f = next((f for f in st.found if f.kind == "period" and end <= f.start < nxt), None)
    if f is None or not _OVER_LEVEL.fullmatch(st.text, end, f.start) or not _LEVEL_AFTER.match(st.text, f.end) \
            or not (f.period.start.day == 1 and add_months(f.period.start, 1) == f.period.end):
        return None
    return f


def _current_over_level(k: int, st: Sentence, sentences: list[Sentence], main: Period | None,
                        header: Sentence | None) -> tuple[Period, bool] | None:
    """"remains 5 percent above the April 2023 rate" in a report on April 2024: the same month a year
    before is the base of a year-over-year change, the figure takes the month reported."""
    level = _over_a_years_level(k, st)
    if level is None or _period_for(k, st, sentences, main, header)[0] is None:
        return None
    rest = replace(st, found=[f for f in st.found if f is not level])
    current, guessed = _period_for(k, rest, sentences, main, header)
    return (current, guessed) if current is not None and year_before(current) == level.period else None


def _gap_to_base(k: int, st: Sentence) -> Period | None:
    """The base period a figure is a gap from: "remained 1.2 points below February 2020" (a month or day named)."""
    end = st.figures[k].end - st.start
    nxt = st.figures[k + 1].start - st.start if k + 1 < len(st.figures) else len(st.text)
    f = next((f for f in st.found if f.kind == "period" and end <= f.start < nxt), None)
    if f is None or not _BELOW_BASE.fullmatch(st.text, end, f.start) or (f.period.end - f.period.start).days > 31 \
            or st.text.startswith(("'s", "’s"), f.end):
        return None  # ("below December's record of 302,000": another figure's month)
    return f.period


_MONTH_EARLIER = re.compile(r"(?i)(?:\s+[a-z%][\w-]*){0,2}\s+"
                            r"(?:(?:a|the)\s+month\s+(?:earlier|before|prior|ago)|previously)\b")
# "after rising 1.9% previously" in a monthly report: the month before
_SAME_WHEN = re.compile(r"(?i)\bsame\s+(?:time|period|months?|quarter|week)\s+"
                        r"(?:last|a|(?:(?:of|in)\s+)?the\s+(?:previous|prior|preceding))\s+year,?\s+"
                        r"when\s+[^,;.]*$")
# "from 59 killings to 46": the first is the base; "to 136 from 150": the second; "9,430 v. 9,187": the second
_PAIR_FROM_TO = re.compile(r"(?i)^(?:\s+[a-z][\w’'/-]*){0,3}\s+to\s+$")
_PAIR_TO_FROM = re.compile(r"(?i)^(?:\s+[a-z][\w’'/-]*){0,3}\s+from\s+$")
# the level reached with its year between: "to 820 in 2013 from 839"
_PAIR_TO_YEAR_FROM = re.compile(r"(?i)^\s+in\s+(?:19|20)\d\d\s+from\s+$")
_PAIR_VERSUS = re.compile(r"(?i)^\s*(?:v\.|vs\.?|versus)\s+$")
_CHANGE_FROM = re.compile(r"(?i)(?:\b(?:up|down)\s+(?:[a-z]+ly,?\s+)?|"
                          r"\b(?:rose|fell|r[io]s[ei]ng|risen|fall(?:ing|en)?|increas\w*|decreas\w*|drop\w*|climb\w*|"
                          r"jump\w*|spik\w*|grew|grow\w*|declin\w*|surg\w*|soar\w*|plung\w*|slid|shr[ua]nk|"
                          r"tick(?:ed|s|ing)\s+(?:up|down)|edg(?:ed|es|ing)\s+(?:up|down)|inch(?:ed|es|ing)\s+(?:up|down))\b"
                          r"[^.;]*)\bfrom\s+(?:just\s+|only\s+|a\s+mere\s+)?\(?\$?$")  # ("up from 55 to 60": a change,
# not a range)
_FROM_BEFORE = re.compile(r"(?i)\bfrom\s+(?:just\s+|only\s+|a\s+mere\s+)?\(?\$?$")  # ("from just 64.2 percent to")
_TO_BEFORE = re.compile(r"(?i)\bto\s+\(?\$?$")
# "compared to the same month last year", "from a year ago": the base is the same span a year before
_BASE_YEAR_BEFORE = re.compile(r"(?i)\b(?:compared\s+(?:to|with)|from|than|versus|vs\.?|against)\s+"
                               r"(?:the\s+same\s+\w+\s+(?:last|a|(?:(?:of|in)\s+)?the\s+(?:previous|prior|preceding))\s+year|"
                               r"a\s+year\s+(?:ago|earlier|before)|last\s+year)\b")
# "compared with 20.7 percent during the same quarter last year": the sentence's comparison is with the year before,
# for a change "over the same period" in the next sentence to be one too
_SAME_A_YEAR_BEFORE = re.compile(r"(?i)\bsame\s+(?:period|quarter|month|week|time|months)\s+(?:last|a|(?:(?:of|in)\s+)?"
                                 r"the\s+(?:previous|prior|preceding))\s+year\b")
# "from the prior month to $54 billion", "from last year to an average of $16,351": the new level after the base
_TO_AFTER_BASE = re.compile(r"\s+to\s+(?:(?:an?|the)\s+(?:(?:average|total|record|seasonally|adjusted|annual|"
                            r"annualized|estimated|new|high|low|level|rate)[\s-]+){1,3}(?:of\s+)?)?"
                            r"(?:about\s+|nearly\s+|roughly\s+|almost\s+)?\$?$")
_BY_AFTER_BASE = re.compile(r"(?i)(?:[’']s?)?(?:(?:\s+[a-z]+)?\s+(?:level|total|figure|pace|collections|mark|rate|"
                            r"average|count))?,?\s+by\s+"
                            r"(?:about\s+|nearly\s+|roughly\s+|some\s+|almost\s+|more\s+than\s+)?\(?\$?")
_BASE_BEFORE_BY = re.compile(r"(?i)\b(?:below|above|over|than|from|behind|ahead(?:\s+of)?|compared\s+(?:to|with)|"
                             r"trail\w*|exceed\w*|outpac\w*|topp?\w*)\s+(?:the\s+|its\s+|their\s+)?$")
_BASE_CUE = re.compile(r"(?i)\b(?:compared\s+(?:to|with)|from|than|versus|vs\.?|against|over|same\s+as)\s+"
                       r"(?:the\s+)?(?:total\s+)?$")


_OPENING_BASE = re.compile(r"(?i)\s*(?:compared\s+(?:to|with)|versus|vs\.?|against|from)\s+")
# "1,100 more shootings than it did in 2015", "fewer than they had in 2019": the base's year
# ("more than recorded in July 2023", "lower than those in 2019": the base's, the things compared left unsaid)
_THAN_DID = re.compile(r"(?i)\bthan\s+(?:(?:it|they|we|he|she|there)\s+"
                       r"(?:did|had|was|were|saw|spent|paid|earned|used)\s+"
                       r"(?:(?:in|during|for)\s+)?|"  # ("than they were in April": the base's month)
                       r"(?:(?:those|that|the\s+ones?)\s+|(?:was|were)\s+)?(?:(?:recorded|reported|posted|seen|logged)\s+)?"
                       r"(?:(?:in|during|for)\s+)?)(?:the\s+)?$")  # ("20 fewer than for the week ending March 13")
# "nearly double the rate seen in 2019", "twice the number for the same period last year": a multiple of a base's
_MULTIPLE_OF = re.compile(r"(?i)\b(?:double|twice|triple|(?:two|three|four|five)\s+times)\s+"
                          r"(?:(?:the|that|its|their)\s+)(?:[\w-]+\s+){0,3}?"
                          r"(?:(?:seen|recorded|reported|posted|logged)\s+(?P<verb>)|(?:in|during|for)\s+(?P<prep>)(?:the\s+)?)?$")
_IN_FIRST = re.compile(r"(?i)(?:in|during|for)\s")
_CHANGE_TO = re.compile(r"\s+to\s+\(?\$?")
_BASE_IN = re.compile(r"\s+(?:in|during)\s+")


def _base_only_phrase(k: int, st: Sentence) -> Found | None:
    """The period phrase right after the base of "(down 91 percent) to 4,422 from 46,920 in December" when the
    k-th figure is the change or the new level: the base's period only, not theirs."""
    figs, text, off = st.figures, st.text, st.start
    c = k + 1 if k + 1 < len(figs) and _CHANGE_TO.fullmatch(text, figs[k].end - off, figs[k + 1].start - off) else k
    if c + 1 >= len(figs) or not _TO_BEFORE.search(text, max(0, figs[c].start - off - 8), figs[c].start - off) or \
            not _PAIR_TO_FROM.match(text[figs[c].end - off:figs[c + 1].start - off]):
        return None
    base_end = figs[c + 1].end - off
    return next((f for f in st.found if f.kind == "period" and f.start > base_end
                 and _BASE_IN.fullmatch(text, base_end, f.start)), None)


def _pair_role(k: int, st: Sentence) -> str:
    """"base" or "current" when the k-th figure is one of a from/to or versus pair, else ""."""
    figs, text, off = st.figures, st.text, st.start
    if figs[k].range_role:  # "between 5 and 10 percent": one figure's range, not two figures, unless a change's
        low = figs[k if figs[k].range_role == "low" else k - 1]  # "rose by 19% (from 1,802 to 2,135)"
        if not _CHANGE_FROM.search(text, max(0, low.start - off - 60), low.start - off) and \
                not _parallel_change(k if figs[k].range_role == "low" else k - 1, st):
            return ""
    if k + 1 < len(figs):
        gap = text[figs[k].end - off:figs[k + 1].start - off]
        before = text[max(0, figs[k].start - off - 16):figs[k].start - off]
        if _PAIR_FROM_TO.match(gap) and _FROM_BEFORE.search(before) or _PAIR_VERSUS.match(gap):
            return "base" if _PAIR_FROM_TO.match(gap) else "current"
        if _PAIR_TO_FROM.match(gap) and _TO_BEFORE.search(before):
            return "current"
    if k > 0:
        gap = text[figs[k - 1].end - off:figs[k].start - off]
        before = text[max(0, figs[k - 1].start - off - 16):figs[k - 1].start - off]
        if _PAIR_VERSUS.match(gap) or (_PAIR_TO_FROM.match(gap) or _PAIR_TO_YEAR_FROM.match(gap)
                                       and not year_earlier_follows(text, figs[k].end - off, len(text))) \
                and _TO_BEFORE.search(before):
            return "base"  # (not "to 16.7 percent in 2009 from 15.4 percent a year earlier": dated by its own cue)
        if _PAIR_FROM_TO.match(gap) and _FROM_BEFORE.search(before):
            return "current"
    return ""


# ", and in Ohio, from ": the next of parallel changes, each a pair of its own
_PARALLEL_PAIR = re.compile(r"(?i)(?:,\s+|\s+)(?:and\s+|while\s+)?(?:in|for|at)\s+[^,;.\d]{1,40},?\s+from\s+\(?\$?")


def _parallel_change(low: int, st: Sentence) -> bool:
    """"rose in Utah, from 3.7% to 3.8%, and in Ohio, from 6.7% to 6.9%": the pair after the pair of a change,
    told the same way, is a change too (its verb too far back for _CHANGE_FROM)."""
    figs, off = st.figures, st.start
    if low < 2 or figs[low - 1].range_role != "high" or figs[low - 2].range_role != "low" or \
            not _PARALLEL_PAIR.fullmatch(st.text, figs[low - 1].end - off, figs[low].start - off):
        return False
    first = figs[low - 2]
    return bool(_CHANGE_FROM.search(st.text, max(0, first.start - off - 60), first.start - off) or
                _parallel_change(low - 2, st))


def _compared_periods(st: Sentence, period: Period) -> tuple[Period, Period | None]:
    """The current and base periods of a comparison sentence: "in September 2021 compared with September
    2020", "to 136 from 150, from September 2020", "last month compared to a year ago"."""
    found = [f for f in st.found if f.kind == "period"]
    base = next((f for f in found if _BASE_CUE.search(st.text, max(0, f.start - 16), f.start)), None) or \
        next((f for f in found if _BASE_FIGURE.search(st.text, max(0, f.start - 40), f.start)), None)
    if base is not None:  # (or "up from 14.1 percent the previous year": the base figure's own period)
        current = next((f.period for f in found if f.end <= base.start and f.period != base.period), period)
        return (period if current == base.period else current), base.period
    if _BASE_YEAR_BEFORE.search(st.text):
        return period, year_before(period)
    return period, period


def _span_before(p: Period) -> Period:
    """The span before p of the same kind: "In August, openings dropped to 10.05M from 11.17M" (the base is
    July's), "last year increased from 36 to 42" (the year before's), a quarter's, a week's; else p itself."""
    if p.to_date:
        return p
    days = (p.end - p.start).days
    if days == 6:
        return Period(p.start - timedelta(days=7), p.end - timedelta(days=7))
    if p.start.day != 1 or (p.end + timedelta(days=1)).day != 1:
        return p
    months = (p.end.year - p.start.year) * 12 + p.end.month - p.start.month + 1
    if months == 1 or months == 3 and p.start.month % 3 == 1 or months == 12 and p.start.month in (1, 10):
        first = date(p.start.year - (p.start.month <= months), (p.start.month - 1 - months) % 12 + 1, 1)
        return Period(first, p.start - timedelta(days=1))
    return p


# "the CBS poll", "The New York Times telephone survey": a poll named by its sponsor or pollster
_POLL_NAME = re.compile(r"\b(?:[Tt]he|[Tt]hat|[Tt]his)\s+((?:[A-Z][\w/&.’'-]*\s+){1,4})(?:[a-z-]+\s+){0,2}"
                        r"(?:poll|survey)\b")


# "Oct. 23-26", "Oct. 23 – 27", "March 30 to April 3": a span of days by their numbers (not "since March 22")
_DAYS_SPAN = re.compile(r"(?!since\b)(?i:[^\d]*)\d{1,2}(?:st|nd|rd|th)?,?\s*(?:[-–]|to|through|and)\s*"
                        r"(?:[A-Z][a-z]+\.?\s+)?\d{1,2}\b")


def _dated_polls(sentences: list[Sentence]) -> list[tuple[int, Period]]:
    """The sentences that give a poll's field dates (a span of days beside "poll" or "survey"), with those dates."""
    out = []
    for st in sentences:
        if "poll" not in st.text and "survey" not in st.text:
            continue
        days = [f.period for f in st.found if f.kind == "period" and f.period is not None
                and _field_days(f.period) and _DAYS_SPAN.match(st.text, f.start, f.end)]
        if days:
            out.append((st.index, days[0]))
    return out


def _roundup_poll(st: Sentence, sentences: list[Sentence]) -> Period | None:
    """In a roundup of several polls, each with its field dates in its own sentence, a figure with no period of its
    own takes the dates of the poll its sentence names ("In the CBS poll, ...") or of the poll told last before it
    in its paragraph ("It also showed ..."), or named in the paragraph before ("The Times survey ... . Forty-six
    percent of those surveyed ...")."""
    article = sentences[0].memo  # the article's dated polls: worked out once, not for every sentence that asks
    if "polls" not in article:
        article["polls"] = _dated_polls(sentences)
    polls = article["polls"]
    if len({p for _, p in polls}) < 2:
        return None
    for j in range(st.index, max(-1, st.index - 4), -1):
        near = sentences[j]
        if near.paragraph not in (st.paragraph, st.paragraph - 1):
            break
        named = _named_poll_dates(near.text, polls, sentences)
        if named is not None:
            return named
        dated = next((p for i, p in polls if i == j), None)
        if dated is not None and near.paragraph == st.paragraph:
            return dated
    return None


def _named_poll_dates(text: str, polls: list[tuple[int, Period]], sentences: list[Sentence]) -> Period | None:
    """The field dates of the poll a sentence names ("the CBS poll"), from the sentence that dated it."""
    m = _POLL_NAME.search(text) if "poll" in text or "survey" in text else None
    if m is None:
        return None
    first = m.group(1).split()[0]
    hits = {p for i, p in polls if re.search(rf"\b{re.escape(first)}\b", sentences[i].text)}
    return hits.pop() if len(hits) == 1 else None


def _period_for(k: int, st: Sentence, sentences: list[Sentence], main: Period | None,
                header: Sentence | None = None) -> tuple[Period | None, bool]:
    """The period of the k-th figure of sentence st, and whether it was guessed: a phrase after it in
    its clause or after the list it opens, one before it in its sentence, the day an "as of" stock
    stood at (stated); one that closed the sentence before, the header of the list it is in, or the
    article's main period (guessed). A span no date fixes ("over the past 12 months") gives none."""
    fig = st.figures[k]
    rel_start, rel_end = fig.start - st.start, fig.end - st.start
    periods = [f for f in st.found if f.kind == "period" or f.kind == "unscoped"]
    after = _stated_after(k, st, periods, main)
    if after is not None:
        return after
    pair_end = rel_end
    if k + 1 < len(st.figures) and st.text[rel_end:st.figures[k + 1].start - st.start] in ("-", "–"):
        pair_end = st.figures[k + 1].end - st.start  # "54-42 on Oct. 4": the score's first figure too
    on_day = next((f for f in st.found if f.kind == "asof" and f.asof and f.start >= pair_end
                   and _ON_DAY.fullmatch(st.text, pair_end, f.start)), None)
    if on_day is not None:
        return _on_day_period(st, pair_end, on_day), False
    when = _year_went_on(st, rel_start, _when_clause_period(st, rel_start, periods)) or \
        _opening_base_year_on(fig, st, periods) or \
        (_event_day(st, rel_start) if "kill" in st.text or "dead" in st.text or "injur" in st.text else None)
    if when is not None:
        return when, False
    earlier = [f for f in periods if f.end <= rel_start]
    if earlier and _TO_AFTER_BASE.match(st.text, earlier[-1].end, rel_start) and \
            _BASE_CUE.search(st.text, max(0, earlier[-1].start - 16), earlier[-1].start):
        earlier.pop()  # "increased 1.3% from the prior month to $54 billion": the base's period, not the figure's
    if earlier and " by " in st.text and _BY_AFTER_BASE.fullmatch(st.text, earlier[-1].end, rel_start) and \
            _BASE_BEFORE_BY.search(st.text, max(0, earlier[-1].start - 16), earlier[-1].start):
        earlier.pop()  # "were below the prior year by $17.9M", "ahead of 2022 by 40": the gap's base, not its period
    earlier = [f for f in earlier if not _base_period(st.text, f)
               or not _clause_break(st.text[f.end:rel_start]) and not (
                   _AND.search(st.text, f.end, rel_start) and (k == 0 or f.end > st.figures[k - 1].end - st.start))
               and not _from_year_base(st.text, f)]
    # "up 98% from FY 2020; 588 pounds of heroin", "0.1 percent from October and rising 1.4 percent":
    # a base's year is not the next clause's figure's (but "from the 2014 deficit of $483 billion" is that figure's)
    if earlier and st.text[rel_start:rel_start + 1] in ("+", "-", "−") and \
            _SIGNED_ASIDE.fullmatch(st.text, earlier[-1].end, rel_start) and _base_period(st.text, earlier[-1]):
        earlier.pop()  # "double the rate seen in 2019 (+96%)": the change from the base, not the base's own
    if earlier and " since " in st.text:
        earlier = _after_since_base(k, st, periods, earlier)
    if earlier and main is not None and "now" in st.text and earlier[-1].period is not None and \
            earlier[-1].period.end < main.start and _BUT_NOW.search(st.text, earlier[-1].end, rel_start):
        return main, False  # "trailed by 2 points in August but now has a 3-point lead": the present, not August
    before = (_change_after_pair_latest_first(st, rel_start, earlier) if len(earlier) >= 2 else None) or \
        _on_day_before(st, rel_start, earlier)
    if before is not None or earlier:
        return before or earlier[-1].period, False  # (an unscoped span's None included)
    day, to_date = _day_of(st)
    if day is not None and to_date:
        ytd = Period(date(day.year, 1, 1), day, to_date=True)  # "As of Thursday, 271 homicides, up from 259
        # during the same period last year": a count since New Year's Day, compared with last year's (the base)
        base = _FROM_BEFORE.search(st.text, max(0, rel_start - 8), rel_start) and \
            not year_earlier_follows(st.text, fig.end - st.start, len(st.text))  # (shifted by the caller then)
        return (shift_years(ytd, -1) if base else ytd), False
    if day is not None:
        so_far = _year_so_far(main, day)  # "The debt stood at $32.9 trillion as of Aug. 8": a stock on that day;
        if so_far is None and _counted_as_of(st):  # in a story on a year still running, a count to that day; a
            return None, False  # count with no start ("1,200 cases have been confirmed as of Aug. 8"): none
        return (so_far or Period(day, day)), False
    key = ("guessed", main, id(header))  # the same for every figure of the sentence: worked out once
    if key not in st.memo:
        st.memo[key] = _guessed_period(st, sentences, main, header)
    return st.memo[key]


# a count of events to a day, not a stock standing on it: "1,200 cases have been confirmed as of Aug. 8", "As of
# Tuesday, there were 456 cases", "had seized 4,100 pounds as of Oct. 3" (but "ICE held 12,400 people as of Oct.
# 14", "the backlog stood at 1.1 million cases", "cases pending" are stocks)
_COUNT_VERB = re.compile(r"(?i)\b(?:ha[sd]|have)\s+(?:now\s+|so\s+far\s+|already\s+)?(?:been\s+)?"
                         r"(?:reported|confirmed|recorded|counted|seized|administered|given|diagnosed|identified|"
                         r"hospitali[sz]ed|infected|sickened|vaccinated|arrested|apprehended|deported|removed|died|"
                         r"killed|filed|issued|logged|tallied|documented|detected|treated|tested\s+positive)\b"
                         r"|\b(?:cases|deaths|doses|homicides|killings|murders|shootings|infections|illnesses|"
                         r"hospitali[sz]ations|fatalities|overdoses)\b")
_STOCK_WORD = re.compile(r"(?i)\b(?:stood|stands|held|holds|holding|in\s+(?:custody|detention)|detained|pending|"
                         r"backlog|outstanding|debt|on\s+hand|enrolled|population|balance|remain\w*|active)\b")


# a clause turning from an earlier period to the present: "... in August but now has a", "..., and is now at"
_BUT_NOW = re.compile(r"(?i)(?:,\s+|\s+)(?:but|yet|and|while|whereas)\s+(?:[\w’'-]+\s+){0,3}?now\s+[^\d,;]*$")


# a change told after the two levels it is between: "..., for an increase of 14%", "..., a decline of 6 percent"
_CHANGE_OF_PAIR = re.compile(r"(?i)[,;:—–]\s+(?:for\s+|or\s+)?an?\s+(?:uptick|increase|rise|jump|gain|climb|decline|"
                             r"drop|decrease|fall|reduction|dip|downtick)\s+of\s+(?:about\s+|nearly\s+|roughly\s+)?\$?$")


def _change_after_pair_latest_first(st: Sentence, rel_start: int, earlier: list[Found]) -> Period | None:
    """"201 in 2016; 177 in 2015, for an uptick of 13.56%": a change after two levels with their own years, the
    later told first, is the later year's change (not the year named last)."""
    if " of" not in st.text[max(0, rel_start - 4):rel_start] or \
            not _CHANGE_OF_PAIR.search(st.text, max(0, rel_start - 40), rel_start):
        return None
    a, b = earlier[-2].period, earlier[-1].period
    if a is not None and b is not None and _whole_year(a) and _whole_year(b) and b.end < a.start:
        return a
    return None


def _counted_as_of(st: Sentence) -> bool:
    """st tells a count of events to the day its "as of" names, not a stock on it."""
    return _COUNT_VERB.search(st.text) is not None and _STOCK_WORD.search(st.text) is None


def _day_of(st: Sentence) -> tuple[date | None, bool]:
    """The day an "as of" (or a table row's opening day) names in st, and whether st counts the year to it."""
    if "day" not in st.memo:
        day = _as_of_day(st) or _row_day(st)
        st.memo["day"] = day, day is not None and bool(_YEAR_TO_DATE.search(st.text))
    return st.memo["day"]


def _guessed_period(st: Sentence, sentences: list[Sentence], main: Period | None,
                    header: Sentence | None) -> tuple[Period | None, bool]:
    """The period of a figure of st with none stated in its sentence: one referred to, carried on from the
    sentence before or the paragraph's opening, the list header's, the week's or the article's main period."""
    row = _year_row(st, sentences) if st.text[:2] in ("19", "20") else None
    if row is not None:
        return row, False
    referred = _next_sample(st, sentences) or _referred_period(st, sentences, main) or \
        _same_period_as_before(st, sentences) or _that_period(st, sentences)
    if referred is not None:
        return referred, True
    if st.index > 0 and sentences[st.index - 1].paragraph == st.paragraph:
        carried = _closing_period(sentences[st.index - 1])
        if carried is not None:
            return carried, True
    opening = _paragraph_opening(st, sentences)
    if opening is not None:
        return opening, True
    if st.index > 0 and sentences[st.index - 1].paragraph == st.paragraph:
        prev = sentences[st.index - 1]
        own = [f for f in prev.found if f.kind == "period" and f.period is not None and not _base_period(prev.text, f)]
        if own and "same " in prev.text and _SAME_BEFORE.search(prev.text, max(0, own[-1].start - 24), own[-1].start):
            current = _span_compared(st, sentences, own[-1].period)  # "... $319 billion more than the deficit during
            if current is not None:  # the same period last fiscal year. Revenues were $37 billion higher": the
                return current, True  # span the paragraph compares with that base, not the base's year
            own = []
        if own and main is not None and _month_and_budget_span(own[-1].period, main) and \
                not ("end of" in prev.text and main.end == own[-1].period.end and _by_end_of(prev, own[-1].period)):
            return own[-1].period, True  # (but "By the end of September, ..." read the budget year to its end)
        carried = _prev_month(prev, main) if main is not None and not main.poll and prev.figures else None
        if carried is not None:
            return carried, True
    if header is not None:
        scoped = [f for f in header.found if f.kind == "period"]
        if scoped:
            return scoped[-1].period, True  # "In the week ending May 4:" over the list under it
    week = _week_after_day(st, sentences, main) or _main_so_far(st, sentences, main, header)
    if week is None and main is None and st.index > 0 and sentences[st.index - 1].paragraph == st.paragraph:
        prev = sentences[st.index - 1]
        own = [f for f in prev.found if f.kind == "period" and f.period is not None]
        if len(own) == 1 and own[0].period.start == own[0].period.end and not _base_period(prev.text, own[0]) \
                and (prev.figures or not _TOLD_ON.search(prev.text, 0, own[0].start)):
            return own[0].period, True  # (but not "The mayor spoke Monday.": the day she spoke on)
    return (week, True) if week is not None else (main, main is not None)


def _span_compared(st: Sentence, sentences: list[Sentence], base: Period) -> Period | None:
    """The span an earlier sentence of st's paragraph names, later than base, that base is compared with."""
    i = st.index - 2
    while i >= 0 and sentences[i].paragraph == st.paragraph:
        own = [f for f in sentences[i].found if f.kind == "period" and f.period is not None
               and not _base_period(sentences[i].text, f)]
        if own:
            p = own[-1].period
            return p if p.end > base.end and p.start > base.start and not _one_month(p) else None
        i -= 1
    return None


# "the same period last fiscal year", "the same time in 2021", "the same months of": a comparison's base span
_SAME_BEFORE = re.compile(r"(?i)\bsame\s+(?:period|quarter|months?|weeks?|time|span|stretch|point)\s+"
                          r"(?:(?:of|in)\s+)?$")
# a table row keyed by its year: "2008: 156,126", "2019 - $4.2 million"
_YEAR_ROW = re.compile(r"((?:19|20)\d\d)\s*(?::|[-–—]\s)\s*\$?\d")


def _year_row(st: Sentence, sentences: list[Sentence]) -> Period | None:
    """The period of a row keyed by a year: that year, or the day of it the rows' header counts at ("totals as of
    Aug. 31 from 2008 to 2014:" over "2008: 156,126": 31 August 2008)."""
    m = _YEAR_ROW.match(st.text)
    if m is None:
        return None
    y, i = int(m.group(1)), st.index - 1
    while i >= 0 and _YEAR_ROW.match(sentences[i].text):
        i -= 1
    header = sentences[i] if i >= 0 and sentences[i].text.rstrip().endswith(":") else None
    day = _as_of_day(header) if header is not None else None
    if day is not None:
        try:
            return Period(day.replace(year=y), day.replace(year=y))
        except ValueError:
            return None
    return Period(date(y, 1, 1), date(y, 12, 31))


def _on_day_period(st: Sentence, pair_end: int, on_day: Found) -> Period:
    """"the rating was at 39% on April 3", "the backlog fell below 595,000 by Oct. 1": that day's level; but
    "a deficit down to $564 billion by Sept. 30, 2015": the budget year that day closes."""
    day = on_day.asof
    assert day is not None  # (the caller's: an "as of" with its day)
    if (day.month, day.day) == (9, 30) and _ON_DAY.fullmatch(st.text, pair_end, on_day.start).group("by") and \
            any(w in st.text.lower() for w in _BUDGET_WORDS):
        return Period(date(day.year - 1, 10, 1), day)
    return Period(day, day)


# "down 35 percent compared to August 2022", "21.7 percent lower than August 2022", "up 45% from Q3 2021"
_YEARLY_GAP = re.compile(r"(?i)(?:\s+(?:lower|higher|more|fewer|less|greater|smaller|larger|bigger))?,?\s+"
                         r"(?:compared\s+(?:to|with)|from|than|versus|vs\.?|over)\s+(?:the\s+(?:level|total)\s+(?:of|in)\s+)?"
                         r"(?:(?<=than\s)(?:those|that)\s+)?(?:in\s+|during\s+)?")
# "compared to sales tax distributions to local governments in February 2010": a base told by a few words
_YEARLY_GAP_WORDS = re.compile(r"(?i),?\s+(?:compared\s+(?:to|with)|versus)\s+(?:[a-z][\w’'-]*\s+){1,7}?"
                               r"(?:in|during|for)\s+")
# "will send $440.3 million ..., up 5.4 percent compared to February 2010": a level then its change
_LEVEL_THEN_CHANGE = re.compile(r"(?i)[^.;:\d]{0,140}?[,–—]\s+(?:an?\s+)?(?:up|down|increas\w*|decreas\w*|ris\w+|"
                                r"drop\w*|gain\w*|declin\w*)\s+(?:of\s+|by\s+)?(?:about\s+|nearly\s+|roughly\s+|almost\s+)?")
_LOWER_THAN = re.compile(r"(?i)\s+(?:lower|higher|more|fewer|less|greater|smaller|larger|bigger)\s+than\s")
_UP_FROM = re.compile(r"(?i),?\s+(?:up|down)\s+(?:slightly\s+)?from\s+(?:about\s+|nearly\s+|almost\s+)?\$?")


def _opening_base_year_on(fig, st: Sentence, periods: list[Found]) -> Period | None:
    """"Compared to August last year, starts were up 29.1 percent": a change after a base month of last year
    opening the sentence is this year's same month."""
    rel_start = fig.start - st.start
    opening = next((f for f in periods if f.year_on is not None and f.end <= rel_start and
                    _OPENING_BASE.fullmatch(st.text, 0, f.start) and st.text.startswith(",", f.end)), None)
    if opening is not None and (fig.kind == "percent" or _CHANGE_WORD.search(st.text, opening.end, rel_start)):
        return opening.year_on
    return None


def _year_after_base(k: int, st: Sentence, periods: list[Found]) -> Period | None:
    """A change compared with a month or quarter named with its year, the figure with no period of its own in its
    clause: "down 35 percent compared to August 2022" told in September 2023 is August 2023's change (the same
    span a year on, the latest such span ended by publication)."""
    if all(f.year_on is None for f in periods):
        return None  # no period a year on to take
    fig = st.figures[k]
    at, rel_end = fig.start - st.start, fig.end - st.start
    if fig.kind != "percent" and not _CHANGE_WORD.search(st.text, max(0, at - 30), at) and \
            not _LOWER_THAN.match(st.text, rel_end):  # "$5 billion lower than those in July 2007": a change too
        if k + 1 < len(st.figures) and st.figures[k + 1].kind == "percent" and \
                _LEVEL_THEN_CHANGE.fullmatch(st.text, rel_end, st.figures[k + 1].start - st.start):
            return _year_after_base(k + 1, st, periods)  # the level takes its change's month
        return None
    nxt = st.figures[k + 1].start - st.start if k + 1 < len(st.figures) else len(st.text)
    gap = _YEARLY_GAP
    if nxt < len(st.text) and _UP_FROM.fullmatch(st.text, rel_end, nxt):  # "4.1%, up from 3.6% in March 2023"
        rel_end = st.figures[k + 1].end - st.start
        nxt = st.figures[k + 2].start - st.start if k + 2 < len(st.figures) else len(st.text)
        gap = _BASE_IN
    f = next((f for f in periods if rel_end <= f.start < nxt), None)
    if f is None or f.year_on is None or not (gap.fullmatch(st.text, rel_end, f.start) or gap is _YEARLY_GAP
                                               and _YEARLY_GAP_WORDS.fullmatch(st.text, rel_end, f.start)):
        return None
    if any(g.end <= at and g.period is not None and not g.period.to_date and ";" not in st.text[g.end:at]
           and not _base_period(st.text, g) for g in periods):
        return None  # "In August, thefts fell 20 percent from August 2022": the clause's own month
    return f.year_on


# "fell by 0.3 percent after climbing by 0.9 percent in the previous month", "rose 2% after a 1% gain in May"
_AFTER_PRIOR = re.compile(r"(?i)(?:\s+[a-z][\w-]*){0,3},?\s+(?:after|following)\s+(?:(?:a|an)\s+)?(?:[a-z]+ing\s+)?"
                          r"(?:by\s+)?(?:about\s+|nearly\s+|almost\s+)?\$?")
# "rose 0.1 percent after a similar gain in August": the change before told with no figure of its own
_AFTER_LIKE_CHANGE = re.compile(r"(?i)(?:\s+[a-z][\w-]*){0,3},?\s+(?:after|following)\s+(?:a|an)\s+(?:similar|"
                                r"comparable|like|matching|identical|smaller|bigger|larger|steeper|sharper)\s+"
                                r"(?:[a-z]+\s+)?(?:gain|increase|rise|advance|decline|drop|decrease|fall|dip)\s+"
                                r"(?:in|during|for)\s+(?:the\s+)?$")


def _after_prior(k: int, st: Sentence, periods: list[Found]) -> Period | None:
    """A change told "after" (or "following") the change of the span before, whose period follows that figure
    (or a change like it: "after a similar gain in August"): the span after it (a month's, a quarter's or a
    year's); so is the new level the change went "to" ("fell 3.1 percent to $194.9 billion, following ...")."""
    at = st.figures[k].start - st.start
    end = st.figures[k].end - st.start
    if k + 1 < len(st.figures) and _CHANGE_TO.fullmatch(st.text, end, st.figures[k + 1].start - st.start):
        k, end = k + 1, st.figures[k + 1].end - st.start  # the change's new level: what it is "after"
    if "after" not in st.text[end:] and "following" not in st.text[end:]:
        return None
    prior = None
    if k + 1 < len(st.figures) and _AFTER_PRIOR.fullmatch(st.text, end, st.figures[k + 1].start - st.start):
        prior = _period_after(k + 1, st, periods)
    else:
        nxt = st.figures[k + 1].start - st.start if k + 1 < len(st.figures) else len(st.text)
        prior = next((f for f in periods if end < f.start < nxt and f.kind == "period"
                      and _AFTER_LIKE_CHANGE.fullmatch(st.text, end, f.start)), None)
    if prior is None:
        return None
    if any(f.end <= at and (len(st.text[:f.start].split()) <= 1 or not _clause_break(st.text[f.end:at]))
           for f in periods):
        return None  # "In the 12 months through November, the core CPI rose 1.7 percent after ...": its own
    if prior.period is None or prior.period.to_date:
        return None
    p = prior.period
    for months in (1, 3, 12):
        if _span_before(Period(p.end + timedelta(days=1), add_months(p.end + timedelta(days=1), months))) == p:
            return Period(p.end + timedelta(days=1), add_months(p.end + timedelta(days=1), months))
    return None


def _stated_after(k: int, st: Sentence, periods: list[Found], main: Period | None) -> tuple[Period | None, bool] | None:
    """The period a phrase after the k-th figure gives it: in its clause, after the list it opens, after the new
    level of its change, after the other figure of its score, or a year on from a month it is compared with."""
    fig = st.figures[k]
    rel_end = fig.end - st.start
    bracketed = _bracketed_after(k, st, periods) if "(" in st.text else None
    if bracketed is not None:
        return bracketed.period, False
    after = _period_after(k, st, periods)
    if after is None and fig.range_role == "":
        last = _list_end(k, st)  # (the figure itself when it opens no list: its phrase after was just looked for)
        after = (_period_after(last, st, periods) if last != k else None) or _period_after_new_level(k, st, periods)
    if after is None and k + 1 < len(st.figures) and st.text[rel_end:st.figures[k + 1].start - st.start] in ("-", "–"):
        after = _period_after(k + 1, st, periods)  # "leads 45-44 percent in a poll taken Oct. 29-30": the score's
    if after is not None:
        return after.period, False
    following = _after_prior(k, st, periods)
    if following is not None:
        return following, False
    yearly = _year_after_base(k, st, periods)
    if yearly is not None:
        if main is not None and not main.to_date and main.start < yearly.start and main.end == yearly.end and \
                add_months(main.start, 12) == main.end:
            return main, True  # "up 78% from October 2020" in a story on the 12 months to October 2021
        return yearly, False
    return None


# between a figure and the same quantity told again another way: "13.4%, or approximately $16"
_OR_RESTATED = re.compile(r",\s+or\s+(?:about\s+|approximately\s+|roughly\s+|nearly\s+|almost\s+|some\s+|around\s+"
                          r"|an\s+estimated\s+)?\$?")
_BRACKET_OPENS = re.compile(r"\s*\(\s*(?:about\s+|nearly\s+|roughly\s+|some\s+|more\s+than\s+)?\$?")
_BRACKET_CLOSES = re.compile(r"(?:\s+[a-z][\w-]*){0,3}\s*\)")


def _bracketed_after(k: int, st: Sentence, periods: list[Found]) -> Found | None:
    """The period named right before the bracket the k-th figure stands alone in: "in FY 2000 (1,643,679) and FY
    1986 (1,615,844)", "in 2019 (412 arrests)": that period's figure, not the next one's."""
    fig = st.figures[k]
    rel_start = fig.start - st.start
    if not _BRACKET_CLOSES.match(st.text, fig.end - st.start):
        return None
    f = next((f for f in reversed(periods) if f.end <= rel_start), None)
    if f is not None and f.period is not None and f.kind == "period" and \
            _BRACKET_OPENS.fullmatch(st.text, f.end, rel_start):
        if st.text[rel_start:rel_start + 1] in ("+", "-", "−") and _base_period(st.text, f):
            return None  # "double the rate seen in 2019 (+96%)": the change from the base (see _period_for)
        return f
    listed = _LISTED_YEAR_BRACKET.search(st.text, max(0, rel_start - 24), rel_start)
    if listed is not None and _BRACKET_OPENS.fullmatch(st.text, listed.end(1), rel_start):
        first = next((f for f in reversed(periods) if f.end <= listed.start(1)), None)
        if first is None or first.kind != "period" or first.period is None or not a_year_long(first.period):
            return None
        p = shift_years(first.period, int(listed.group(1)) - first.period.end.year)  # "in 2000 (...) and 1986 (":
        return Found(listed.start(1), listed.end(1), "period", p) if p is not None else None  # the year listed
    return None


_LISTED_YEAR_BRACKET = re.compile(r"(?:,\s*(?:and\s+)?|\s+and\s+)((?:19|20)\d\d)\s*\([^()]*$")


def _year_so_far(main: Period | None, day: date) -> Period | None:
    """In a story on a calendar year still running on the day a count stood at ("The city will end 2019
    with ...", then "... dropped from 300 to 240 as of Thursday"), the count runs from New Year's Day to that day."""
    if main is None or main.start.year != main.end.year or (main.start.month, main.start.day) != (1, 1) or \
            (main.end.month, main.end.day) != (12, 31) or not main.start < day < main.end:
        return None
    return Period(main.start, day, to_date=True)


def _main_so_far(st: Sentence, sentences: list[Sentence], main: Period | None,
                 header: Sentence | None) -> Period | None:
    """The article's year up to the last "as of <day>" named before the figure, when the year is still
    running then: "Other crime statistics as of Thursday include: ... Robberies: 2,300, up from 2,262 in 2018"."""
    if main is None:
        return None
    for prev in ([header] if header is not None else []) + sentences[st.index::-1]:
        day = _as_of_day(prev) if "as of" in prev.text or "As of" in prev.text else None
        if day is not None:
            return _year_so_far(main, day)
    return None


# "a suspected chemical attack April 7 on the town", "the March 3 shooting": an event dated by its day
_EVENT_NOUN = re.compile(r"(?i)\b(?:attacks?|shootings?|bombings?|blasts?|explosions?|crash(?:es)?|collisions?|"
                         r"fires?|storms?|tornado(?:es)?|quakes?|earthquakes?|strikes?|raids?|ambush|massacre|stampede|"
                         r"accidents?|derailment|landslide|flood(?:ing)?|riots?|clash(?:es)?)\b")
# "which activists said killed more than 40", "that left 12 dead", "killing at least 9": the toll of that event
_TOLL_BEFORE = re.compile(r"(?i)\b(?:which|that|and)\s+(?:[\w’'-]+\s+){0,3}?(?:killed|killing|left|injured|wounded)\s+"
                          r"(?:more\s+than\s+|at\s+least\s+|about\s+|nearly\s+|some\s+|over\s+)?$"
                          r"|,\s+(?:killing|injuring|wounding)\s+(?:more\s+than\s+|at\s+least\s+|about\s+|nearly\s+|some\s+)?$")


def _event_day(st: Sentence, rel_start: int) -> Period | None:
    """The toll of an event told with its day ("a suspected chemical attack April 7 on the town of Douma which
    activists said killed more than 40", "the March 3 shooting that left 5 dead"): that day."""
    if not _TOLL_BEFORE.search(st.text, max(0, rel_start - 60), rel_start):
        return None
    for f in reversed(st.found):
        if f.kind == "asof" and f.asof and f.end <= rel_start and rel_start - f.end <= 120:
            if _EVENT_NOUN.search(st.text, max(0, f.start - 30), f.start) or \
                    _EVENT_NOUN.match(st.text, f.end + 1):
                return Period(f.asof, f.asof)
            return None
    return None


_DAY_REST = re.compile(r"\.?\s+\d{1,2}(?:st|nd|rd|th)?\b(?:,?\s+(?:19|20)\d\d\b)?")  # the day of "since Feb. 17"


def _when_clause_period(st: Sentence, rel_start: int, periods: list[Found]) -> Period | None:
    """The period a when-clause holding the figure refers to: "the lowest since 1972, when it had 57%", "since
    May's peak of 9%", "14% lower than November 2014, when 35,940 job cuts were reported"."""
    aside = [f for f in st.found if f.anchor and f.end <= rel_start]
    if aside:
        end = aside[-1].end
        day = _DAY_REST.match(st.text, end, rel_start) if aside[-1].anchor.start == aside[-1].anchor.end else None
        end = day.end() if day else end  # "the lowest since Feb. 17, when crude closed at $59.88": past the day
        if _WHEN_CLAUSE.match(st.text, end, rel_start) or _POSSESSIVE_OF.match(st.text, end, rel_start):
            return aside[-1].anchor
    named = [f for f in periods if f.end <= rel_start]
    gap = st.text[named[-1].end:rel_start] if named else ""
    if named and named[-1].period is not None and (" when " in gap or " which " in gap) and \
            _WHEN_ONLY.match(st.text, named[-1].end, rel_start):
        return named[-1].period
    return None


def _year_went_on(st: Sentence, rel_start: int, p: Period | None) -> Period | None:
    """"102 at the midpoint in 2011, when it totaled 197 for the year": a when-clause's total for the year is
    the whole year of the part named before it."""
    if p is None or not _part_of_a_year(p) or not _FOR_THE_YEAR.match(st.text, rel_start):
        return p
    return Period(date(p.start.year, 1, 1), date(p.start.year, 12, 31))


_FOR_THE_YEAR = re.compile(r"(?i)[^,;.]{0,40}?\b(?:for\s+the\s+(?:full\s+|whole\s+|entire\s+)?year\b(?![’'-])|"
                           r"by\s+(?:the\s+)?year[’']s\s+end|by\s+the\s+end\s+of\s+the\s+year)")


def _week_after_day(st: Sentence, sentences: list[Sentence], main: Period | None) -> Period | None:
    """In a story whose main period is a day (a market's trading day), the figures after "in the week
    ended Sept. 14" with no period of their own are that week's (a weekly report's items), until
    another period is named."""
    if main is None or main.start != main.end:
        return None
    for prev in reversed(sentences[:st.index]):
        for f in reversed(prev.found):
            if f.kind == "period" and f.period is not None:
                return f.period if (f.period.end - f.period.start).days == 6 else None
    return None


# "16,167 inmates in the system on January 1"
_BUDGET_WORDS = ("deficit", "surplus", "budget", "fiscal")
_ON_DAY = re.compile(r"(?:\s+(?!said\b|says\b|told\b|wrote\b)[\w’'-]+){0,5}?\s+(?:on|(?P<by>by))\s+")
_SAMPLE_OPENS = re.compile(r"(?:The|That|This)\s+")
_SAMPLE_NOUN = re.compile(r"\s+(?:sample|survey|poll)\b")


def _next_sample(st: Sentence, sentences: list[Sentence]) -> Period | None:
    """"Smith leads 48-38 percent in a state poll. That Oct. 26-28 survey of 826 voters ...": the field
    dates the next sentence opens with are the poll's the figures come from."""
    if st.index + 1 < len(sentences):
        nxt = sentences[st.index + 1]
        if nxt.paragraph == st.paragraph and nxt.found and _SAMPLE_OPENS.match(nxt.text):
            f = nxt.found[0]
            if f.kind == "period" and f.start <= 5 and _SAMPLE_NOUN.match(nxt.text, f.end):
                return f.period if _field_days(f.period) else None
    return _conducted_later(st, sentences) or _named_poll_later(st, sentences) or _noted_later(st, sentences)


_RESULT_LINE = 80  # the longest line of a release's block of results ("Don’t know/refuse – 4 percent")


def _noted_later(st: Sentence, sentences: list[Sentence]) -> Period | None:
    """"Approve – 47 percent / Disapprove – 48 percent / (registered voters surveyed Oct. 22–30, n = 805)": a
    release's block of short result lines takes the field dates of the note in brackets that closes it."""
    if len(st.text) > _RESULT_LINE:
        return None
    for nxt in sentences[st.index + 1:st.index + 5]:
        if nxt.text[:1] == "(":
            if not _SURVEY.search(nxt.text):
                return None
            f = next((f for f in nxt.found if f.kind == "period"), None)
            return f.period if f is not None and f.period is not None and _field_days(f.period) else None
        if len(nxt.text) > _RESULT_LINE or not nxt.figures or nxt.found:
            return None
    return None


# "a SurveyUSA poll", "the new Quinnipiac University survey": a poll named by its pollster or sponsor
_NAMED_POLL = re.compile(r"\b(?!(?:The|A|An|In|That|This|Meanwhile|But|And|New)\b)"
                         r"([A-Z][\w&.’'-]*(?:\s+[A-Z][\w&.’'-]*){0,3})(?:[’']s)?\s+(?:(?:new|latest|recent|automated|online|telephone)\s+)?(?:poll|survey)\b")


def _named_poll_later(st: Sentence, sentences: list[Sentence]) -> Period | None:
    """"Meanwhile, a SurveyUSA poll showed Crist leading 46-40 percent. / The SurveyUSA survey Sept. 26-29 included
    584 respondents": the field dates a later sentence (the next two, in this paragraph or the next) gives with
    that pollster's name are the poll's, not the first poll's of a roundup."""
    if "poll" not in st.text and "survey" not in st.text:
        return None
    names = {m.group(1) for m in _NAMED_POLL.finditer(st.text)}
    for nxt in sentences[st.index + 1:st.index + 3]:
        if nxt.paragraph > st.paragraph + 1:
            return None
        at = next((nxt.text.find(n) for n in names if n in nxt.text), -1)
        if at >= 0:
            f = next((f for f in nxt.found if f.kind == "period" and at < f.start <= at + 80), None)
            if f is not None and _field_days(f.period) and not _one_month(f.period):
                return f.period  # (but "from 55% a TIME/CNN poll in December": an earlier poll, by its month)
        if any(f.kind == "period" for f in nxt.found):
            return None
    return None


_SAMPLE_SUBJECT = re.compile(r"(?i)(?:The|That|This)\s+(?:[\w/-]+\s+){0,3}?(?:poll|survey)\b")
_CONDUCTED = re.compile(r"(?i)\b(?:conducted|taken|fielded|done|carried\s+out)\s+(?:from\s+|between\s+|on\s+)?$")


def _conducted_later(st: Sentence, sentences: list[Sentence]) -> Period | None:
    """"... shows Michaud with 37 percent. Thirteen percent are undecided. The poll of 1,531 voters ... was
    conducted Sept. 20 to Oct. 1.": in a poll's paragraph, the field dates a closing sentence on "the poll" gives
    are those of the figures before it (none of the sentences between naming a period of its own)."""
    for nxt in sentences[st.index:st.index + 3]:
        if nxt.paragraph != st.paragraph:
            return None
        own = [f for f in nxt.found if f.kind == "period"]
        if " conducted " in nxt.text or " taken " in nxt.text or " fielded " in nxt.text or " done " in nxt.text \
                or " carried out " in nxt.text:
            if _SAMPLE_SUBJECT.match(nxt.text):
                f = next((f for f in own if _CONDUCTED.search(nxt.text, max(0, f.start - 30), f.start)), None)
                if f is not None and f.period is not None and _field_days(f.period):
                    return f.period
        if own:
            return None
    return None


_OVER_SPAN = re.compile(r"(?i)\bover\s+(?:the\s+)?$")
_SPAN_WORDS = re.compile(r"(?i)(?:the\s+)?(?:[\w-]+\s+){0,2}(?:weeks?|months?|days?|quarters?|half|period|fortnight)\b")
_ON_OF = re.compile(r"(?i)\b(?:on|of)\s+$")
_OVER_OPENING = re.compile(r"(?:[^\d,;]*,\s+)?(?:Over|over)\s+(?:the\s+)?")  # opening a sentence or clause
_NOT_ON_OF = re.compile(r"(?i)\b(?:as|ends?|ended|ending|clos\w+|began|begins?|beginning|start\w*)\s+(?:on|of)\s+$")


# "from the total encounters we had during", "compared with the 412 that it recorded in": a base told as what
# someone had or counted in its span, a relative clause after the base's noun
_FROM_WHAT_HAD = re.compile(r"(?i)\b(?:from|compared\s+(?:to|with)|than)\s+(?:the|those|its|their|our)\s+"
                            r"(?:[\w,$.-]+\s+){0,3}(?:that\s+|which\s+)?(?:we|it|they|he|she)\s+"
                            r"(?:had|saw|recorded|reported|counted|logged|made|posted)\s+"
                            r"(?:during|in|for|over|throughout)\s+(?:all\s+of\s+|the\s+whole\s+of\s+)?$")


# "data from May", "monthly figures from March": the month a release's data covers, not a comparison's base
_DATA_FROM = re.compile(r"(?i)\b(?:data|figures|statistics|stats)\s+from\s+$")


def _base_period(text: str, f: Found) -> bool:
    """"from the prior month", "compared with 253 in 2002": a comparison's base period ("over the past year"
    is a span the figure covers, not a base)."""
    if f.kind == "unscoped" and text[max(0, f.start - 5):f.start].lower().startswith("over"):
        return False
    if _OVER_OPENING.fullmatch(text, 0, f.start):
        return False  # "Over the first half of 2023, the port handled ...": the span of the figures after it
    if _OVER_SPAN.search(text, max(0, f.start - 8), f.start) and _SPAN_WORDS.match(text, f.start, f.end) and \
            not _CHANGE_WORD.search(text, max(0, f.start - 40), f.start):
        return False  # "Demand for gasoline over the four weeks ended June 28": a span, with no change it is a base of
    if text[max(0, f.start - 5):f.start].lower() == "from " and f.period is not None and \
            (f.period.end - f.period.start).days < 31 and _DATA_FROM.search(text, max(0, f.start - 40), f.start):
        return False  # "published monthly data from May, showing ...": the month of the data, no base
    if "from " in text[max(0, f.start - 90):f.start] and _FROM_WHAT_HAD.search(text, max(0, f.start - 90), f.start):
        return True  # "up 24 percent from the total encounters we had during all of fiscal 2020": the base's span
    return _from_year_base(text, f) or bool(_BASE_CUE.search(text, max(0, f.start - 16), f.start) or
                _THAN_DID.search(text, max(0, f.start - 30), f.start) or
                ("ble " in text or "wice " in text or "times " in text) and _multiple_of(text, f) or
                _BASE_FIGURE.search(text, max(0, f.start - 40), f.start)) or _level_base(text, f)


# "still well above their 2021 levels", "short of its 2019 pace", "back to pre-pandemic 2019 levels": a period
# named as the level a figure is measured against, the base's (its noun after it, a word of comparison before)
_LEVEL_NOUN = re.compile(r"(?i)(?:[’']s)?\s*(?:levels?|pace|rates?|figures?|totals?|averages?|marks?|highs?|lows?|"
                         r"peaks?|records?|tally|counts?|numbers)\b")
_LEVEL_CUE = re.compile(r"(?i)\b(?:above|below|under|over|beyond|than|from|to|with|versus|vs\.?|against|behind|"
                        r"short\s+of|shy\s+of|ahead\s+of|exceed\w*|surpass\w*|topp?\w*|beat\w*|outpac\w*|trail\w*)\s+"
                        r"(?:(?:the|its|their|his|her|our|those|that)\s+)?(?:(?:pre|post)-[\w-]+\s+)?$")


def _level_base(text: str, f: Found) -> bool:
    """f names the year or month of a level a figure is compared with: "well above their 2021 levels"."""
    if f.period is None or not _LEVEL_NOUN.match(text, f.end):
        return False
    return _LEVEL_CUE.search(text, max(0, f.start - 40), f.start) is not None


_COUNT_TO_DATE = re.compile(r"\d[\d,.]*%?(?:\s+[a-z]+){0,2}\s+to\s+date\b")
_SIGNED_ASIDE = re.compile(r"\s*\(\s*")


def _multiple_of(text: str, f: Found) -> bool:
    """f names the base of a multiple ("double the rate seen in 2019", "twice the number for the same period last
    year"; not "twice the cases this year", the figure's own)."""
    m = _MULTIPLE_OF.search(text, max(0, f.start - 60), f.start)
    return m is not None and (m["verb"] is not None or m["prep"] is not None or
                              _IN_FIRST.match(text, f.start) is not None)


def _on_day_before(st: Sentence, rel_start: int, earlier: list[Found]) -> Period | None:
    """"whereas on June 30, 2019, the city reported four": a day named before the figure, nearer than any
    period, is the figure's day."""
    days = [f for f in st.found if f.kind == "asof" and f.asof and f.end <= rel_start
            and (not earlier or f.start > earlier[-1].end) and _ON_OF.search(st.text, max(0, f.start - 4), f.start)
            and not _NOT_ON_OF.search(st.text, max(0, f.start - 16), f.start)]
    return Period(days[-1].asof, days[-1].asof) if days else None


_AND = re.compile(r"(?i)\b(?:and|but|while|whereas)\b")
_YEAR_TO_DATE = re.compile(r"(?i)\b(?:same\s+(?:period|time)\s+(?:last|a)\s+year|this\s+year|so\s+far)\b")
# ", a boom time ... when": an appositive before the when clause
# (a figure's thousands comma is no clause break: "when there were 5,850 thefts and 6,885 ...")
_WHEN_REST = r"(?:[^,;—–]|(?<=\d),(?=\d))*$"
_WHEN_CLAUSE = re.compile(r"(?i)(?:,\s+(?:a|an|the)\s+[^,;]{0,80}?)?(?:,|\s*[—–])?\s+(?:when|which)\s+" + _WHEN_REST)
_WHEN_ONLY = re.compile(r"(?i)(?:\s+(?:rate|level|figure|total|reading|mark|number|count|average|pace|tally|estimate|"
                        r"price)s?)?(?:,|\s*[—–])?\s+(?:when|which)\s+" + _WHEN_REST)  # (no appositive: a base's
# own when-clause; "from the week ending April 25, which recorded 1,107 deaths": that week's; "than the November
# rate, which at 3.4 percent was the lowest": that month's)
_POSSESSIVE_OF = re.compile(r"(?i)[’']s\s+(?:[\w-]+\s+){0,2}(?:of|at)\s+(?:about\s+|nearly\s+|almost\s+)?\$?$")
_FROM_SPAN = re.compile(r"(?i)^[^,;—]*\bfrom\s+$")
# a sentence about a figure given before: "That figure includes ...", "The estimate of 29 million ..."
_REFERS_BACK = re.compile(r"(?:That|This|The|Those|These)\s+(?:figure|number|total|amount|estimate|count|tally)s?\b|"
                          r"(?:That|This)\s+(?:is|was|represents|marks|amounts)\b|"
                          r"(?:That|This)\s+(?:excluded|excludes|omitted|omits|"
                          r"(?:did|does)(?:\s+not|n[’']t)\s+(?:include|count))\b|"
                          r"(?:Of|Among)\s+(?:those|these|them|that\s+(?:number|total|figure)|the\s+total)"
                          r"(?:\s+(?!polled|surveyed|interviewed|questioned|asked|responding)[a-z]+){0,2},")
# ("Of those, 140 died": the figure before's)
# "Bush himself has estimated that would mean a deficit of $80 billion", "Analysts say this will cost $2 billion":
# another estimate of what the sentence before told
_REFERS_BACK_ESTIMATE = re.compile(r"(?i)\b(?:estimated?|estimates|said|says|calculated|calculates|figured|figures|"
                                   r"projected|projects|argued|argues|contended|contends)\s+(?:that\s+)?(?:that|this)\s+"
                                   r"(?:would|will)\s+(?:mean|produce|cost|add|create|yield|total|amount\s+to|leave)\b")


_CHANGE_AFTER = re.compile(r"(?i)\s*(?:percent|per\s+cent|%)?(?:\s+|-)(?:increase|decrease|rise|drop|decline|jump|gain|"
                           r"fall|reduction|growth)\b")
_OPENING = re.compile(r"(?:In|For|During|Throughout|From|Between|Regarding|Concerning|As\s+for|Looking\s+at)\s")
_NOW = re.compile(r"(?i)\b(?:today|now|currently|at\s+present)\b")


def _paragraph_opening(st: Sentence, sentences: list[Sentence]) -> Period | None:
    """"Regarding overall crime in July 2016, the city recorded ... There were also 21 fewer shootings": a
    period in the phrase that opens a paragraph (before its first comma, with no figure) scopes the paragraph."""
    i = st.index
    while i > 0 and sentences[i - 1].paragraph == st.paragraph:
        i -= 1
    first = sentences[i]
    if i == st.index or not first.found or _NOW.search(st.text):
        return None
    heading = _heading_period(first)
    if heading is not None:
        return heading
    if not _OPENING.match(first.text):
        return None
    comma = first.text.find(", ", 0, 80)
    lead = first.found[0]
    if comma < 0 or lead.kind != "period" or lead.end > comma or \
            (first.figures and first.figures[0].start - first.start < comma):
        return None
    return lead.period


def _one_month(p: Period) -> bool:
    return p.start.day == 1 and p.start.month == p.end.month and p.start.year == p.end.year and \
        (p.end + timedelta(days=1)).day == 1


def _budget_span(p: Period) -> bool:
    """A budget year or a budget year to date: from the first of October or July, longer than a month and not
    a calendar quarter's three."""
    return p.start.day == 1 and p.start.month in (10, 7) and (p.end - p.start).days > 31 and \
        (p.end.year * 12 + p.end.month) - (p.start.year * 12 + p.start.month) != 2


def _month_and_budget_span(p: Period, q: Period) -> bool:
    """One of p and q a single month, the other a budget year's span: a budget story's month and its year."""
    return _one_month(p) and _budget_span(q) or _budget_span(p) and _one_month(q)


_HEADING_REACH = 100  # the longest heading run into its paragraph ("Notable Trends this Fiscal Year to Date:")


def _heading_period(first: Sentence) -> Period | None:
    """"Trends this fiscal year to date: Refunds were down 5 percent ... Outlays rose 12 percent ...": a heading
    run into its paragraph before a colon, naming a period and no figure, scopes the paragraph's sentences."""
    colon = first.text.find(": ", 0, _HEADING_REACH)
    if colon < 0 or first.figures and first.figures[0].start - first.start < colon:
        return None
    lead = [f for f in first.found if f.end <= colon]
    if len(lead) != 1 or lead[0].kind != "period" or lead[0].period is None or _base_period(first.text, lead[0]):
        return None
    return lead[0].period


_THAT_PERIOD = re.compile(r"(?i)\b(?:during|in|over|for|through|throughout|across)\s+(?:that|this)\s+"
                          r"(?:period|span|stretch|time\s+frame|timeframe|"
                          r"time\b(?![’'-]|\s+(?:of|last|next|a\s+year|ago|around|of\s+year)\b))\b")


_FROM_TO_PAIR = re.compile(r"(?i)\bfrom\s+\$?\d[^.;]{0,40}?\bto\s+\$?\d")


def _that_period(st: Sentence, sentences: list[Sentence]) -> Period | None:
    """"... numbers, which run from Feb. 28 to March 13, show ... 54 deaths, or 11 percent of all 487 deaths during
    that period", "During this time, admissions declined 12.9%": a sentence naming no period of its own refers back
    to the last span named in the sentences just before (not a comparison's base, not a single day)."""
    if "period" not in st.text and " span" not in st.text and "stretch" not in st.text and " time" not in st.text \
            or not _THAT_PERIOD.search(st.text) or " from " in st.text and _FROM_TO_PAIR.search(st.text):
        return None  # ("During this period, its share rose from 26% to 48%": the span's ends, not the span)
    for prev in reversed(sentences[max(0, st.index - 3):st.index]):
        own = [f for f in prev.found if f.kind == "period" and f.period is not None and f.period.start < f.period.end
               and not _BASE_CUE.search(prev.text, max(0, f.start - 16), f.start)]
        if own:
            return own[-1].period
    return None


def _same_period_as_before(st: Sentence, sentences: list[Sentence]) -> Period | None:
    """"For the first seven months, revenue rose 0.6% ... Spending rose 0.2 percent from the same period last
    year.": a sentence comparing with "the same period" and naming none covers the one the sentence before named."""
    if "same period" not in st.text or st.index == 0 or any(
            f.kind == "period" and "same period" not in st.text[max(0, f.start - 16):f.start] for f in st.found):
        pair = _compared_as_before(st, sentences)  # ("... compared with $713 billion in the previous period")
        return pair[0] if pair is not None else None  # a period of its own ("the same period last year" is the
        # base's, not one)
    prev = sentences[st.index - 1]
    if prev.paragraph != st.paragraph:
        return None
    own = [f for f in prev.found if f.kind == "period" and not _base_period(prev.text, f)]
    return own[0].period if own else None  # (not a base's: "..., compared to 85 in 2015.")


_BASE_BEFORE_FIGURE = re.compile(r"(?i)\b(?:compared\s+(?:to|with)|from|than|versus|vs\.?|against)\s+"
                                 r"(?:(?:about|nearly|roughly|some|an?|the)\s+)?(?:[a-z]+\s+){0,2}?(?:of\s+)?\$?$")
_EARLIER_PERIOD = re.compile(r"(?i)\b(?:previous|prior|preceding|earlier|year[- ](?:earlier|ago)|comparable|"
                             r"corresponding)\s+(?:period|span|stretch)\b"
                             # "During the same period, the U.S. rate fell from 4.1 percent to 3.6 percent": the
                             # comparison before, told again of another thing
                             r"|^(?:during|in|over)\s+the\s+same\s+(?:period|span|stretch|time)\s*,")


# "..., a total of", "..., for a combined total of": the sum of the figures listed just before
_TOTAL_OF_BEFORE = re.compile(r"(?i),\s+(?:for\s+)?a\s+(?:combined\s+)?total\s+of\s+"
                              r"(?:about\s+|nearly\s+|some\s+)?\$?$")


def _total_of_listed(k: int, st: Sentence) -> Period | None:
    """"104,000 jobs in August and 158,000 in September, a total of 262,000": the span of the periods the figures
    summed were each given (two or more, in order)."""
    at = st.figures[k].start - st.start
    if k < 2 or "total" not in st.text[max(0, at - 30):at] or not _TOTAL_OF_BEFORE.search(st.text, max(0, at - 40), at):
        return None
    told = [f.period for f in st.found if f.kind == "period" and f.end <= at and f.period is not None]
    if len(told) < 2 or any(b.start <= a.end for a, b in zip(told, told[1:])):
        return None
    return Period(told[0].start, told[-1].end)


# a pair of levels told bare, at the end of its clause: "..., while robberies went up to 77 from 62."
_BARE_PAIR = re.compile(r"\b(?:to\s+\$?(?P<a1>\d[\d,.]*)\s+from\s+\$?(?P<b1>\d[\d,.]*)|"
                        r"from\s+\$?(?P<b2>\d[\d,.]*)\s+to\s+\$?(?P<a2>\d[\d,.]*))(?=\s*(?:[.,;]|$))")
# a base figure's period right after it: "up from two in 2012"
_BASE_FIGURE_IN = re.compile(r"\bfrom\s+(?:about\s+|nearly\s+)?\$?(?:\d[\d,.]*\d|\d|[a-z]+)(?:\s+[a-z]+)?\s+$")


def _parallel_pair(k: int, st: Sentence) -> Period | None:
    """"There were three homicides in 2013, up from two in 2012, while robberies went up to 77 from 62": a pair of
    levels told bare after a pair told with its two periods takes them, the level reached the current one's and the
    level it came from the base's."""
    if " from " not in st.text or " to " not in st.text:
        return None
    at = st.figures[k].start - st.start
    m = next((m for m in _BARE_PAIR.finditer(st.text) if m.start() < at < m.end()), None)
    if m is None:
        return None
    before = [f for f in st.found if f.kind == "period" and f.end <= m.start() and f.period is not None]
    if not before:
        return _pair_before_a_dated_pair(st, m, at)
    if len(before) != 2 or any(f.kind == "period" for f in st.found if f.start >= m.start()):
        return None
    bases = [f for f in before if _BASE_FIGURE_IN.search(st.text, max(0, f.start - 30), f.start)]
    if len(bases) != 1:
        return None
    base = bases[0]
    current = before[0] if before[1] is base else before[1]
    if current.period == base.period:
        return None
    is_base = at in (m.start("b1"), m.start("b2"))
    return base.period if is_base else current.period


# the level a change reached, in a year: "to 820 in 2013 from 839"
_TO_IN_YEAR = re.compile(r"\bto\s+\$?\d[\d,.]*\s+in\s+$")


def _pair_before_a_dated_pair(st: Sentence, m: re.Match, at: int) -> Period | None:
    """"Sexual assaults went up to 73 from 64, although assaults went down to 820 in 2013 from 839": a bare pair
    before a pair whose level reached is dated by a whole year: that year, and the year before for the base."""
    later = next((f for f in st.found if f.kind == "period" and f.start >= m.end()), None)
    if later is None or later.period is None or not _whole_year(later.period) \
            or not _TO_IN_YEAR.search(st.text, max(0, later.start - 30), later.start):
        return None
    return year_before(later.period) if at in (m.start("b1"), m.start("b2")) else later.period


def _repeated_comparison(k: int, st: Sentence, sentences: list[Sentence]) -> Period | None:
    """"... compared with $713 billion in the previous period" after a comparison: the base's period for the
    figure compared with, the current one's for the other."""
    pair = _compared_as_before(st, sentences) if "period" in st.text else None
    if pair is None:
        return None
    at = st.figures[k].start - st.start
    return pair[1 if _BASE_BEFORE_FIGURE.search(st.text, max(0, at - 50), at) else 0]


def _compared_as_before(st: Sentence, sentences: list[Sentence]) -> tuple[Period, Period] | None:
    """"The deficit for the fiscal year reached $898 billion, compared to $674 billion in the same period of fiscal
    2017. On an adjusted basis, the gap of $886 billion compared with $713 billion in the previous period.": a
    sentence naming no period of its own that compares with "the previous period" repeats the comparison before
    it in the paragraph: its current and base periods."""
    if st.index == 0 or "period" not in st.text or any(f.kind == "period" for f in st.found) or \
            sentences[st.index - 1].paragraph != st.paragraph or not _EARLIER_PERIOD.search(st.text):
        return None
    told = [f.period for f in sentences[st.index - 1].found if f.kind == "period"]
    return (told[0], told[-1]) if len(told) > 1 and told[0] != told[-1] else None


def _referred_period(st: Sentence, sentences: list[Sentence], main: Period | None) -> Period | None:
    """The period of the figure a sentence refers back to: the same value named in the last few sentences
    ("... to 29 million in the first quarter. ... The estimate of 29 million"), else the last figure of
    the sentence before in the paragraph ("... $19.85 trillion as of Tuesday. That figure includes ...")."""
    if st.index == 0 or not st.figures or not (
            _REFERS_BACK.match(st.text) or (" would " in st.text or " will " in st.text) and
            _REFERS_BACK_ESTIMATE.search(st.text, 0, st.figures[0].start - st.start)):
        return None
    first = st.figures[0]
    for prev in reversed(sentences[max(0, st.index - 5):st.index]):
        for j, g in enumerate(prev.figures):
            if g.value == first.value and g.kind == first.kind and first.start - st.start < 40:
                return period_for(j, prev, sentences, main)[0]
    prev = sentences[st.index - 1]
    if prev.figures and prev.paragraph == st.paragraph:
        last = len(prev.figures) - 1  # (not a comparison's base: "Of those apprehended, 465 ..." after "585 were
        while last > 0 and (_BASE_BEFORE.search(prev.text, max(0, prev.figures[last].start - prev.start - 24),
                                                prev.figures[last].start - prev.start) or  # caught, up from 503 in
                            _CHANGE_AFTER.match(prev.text, prev.figures[last].end - prev.start)):  # 2015")
            last -= 1  # (nor a change: "216,698 were convicted -- an 89 percent increase since FY 2008. This includes")
        return period_for(last, prev, sentences, main)[0]
    return None


def _row_day(st: Sentence) -> date | None:
    """A table row that opens with a day and goes straight on to a figure: "May 9, 2021 $2.95/g ...", "June 3,
    2016: $2.41/g"."""
    f = st.found[0] if st.found else None
    if f and f.kind == "asof" and f.asof and f.start == 0 and st.figures and \
            st.text[f.end:st.figures[0].start - st.start].strip() in ("", ":"):
        return f.asof
    return None


def _as_of_day(st: Sentence) -> date | None:
    for f in st.found:
        if f.kind == "asof" and f.asof and AS_OF.search(st.text, max(0, f.start - 8), f.start):
            return f.asof
    return None


def _period_after_new_level(k: int, st: Sentence, periods: list[Found]) -> Found | None:
    """"rose 9 percent to $386 billion in the first half": the new level's period is the change's too; so is
    the count a change is told "with" ("up 3%, with 412 burglaries so far this year")."""
    at, end = st.figures[k].start - st.start, st.figures[k].end - st.start
    if k + 1 < len(st.figures) and (_CHANGE_TO.fullmatch(st.text, end, st.figures[k + 1].start - st.start) or
                                    " from " in st.text[end:end + 8] and
                                    _BASE_THEN_TO.fullmatch(st.text, end, st.figures[k + 1].start - st.start)) \
            and not _FROM_BEFORE.search(st.text, max(0, at - 8), at):
        return _period_after(k + 1, st, periods)
    if k + 1 < len(st.figures) and "with" in st.text[end:end + 12] and \
            _WITH_COUNT.fullmatch(st.text, end, st.figures[k + 1].start - st.start) and \
            _CHANGE_LEAD.search(st.text, max(0, at - 50), at) and ("%" in st.text[at:end] or
                                                                    "per" in st.text[at:end + 10]):
        return _period_after(k + 1, st, periods)
    return None


# "up $28 billion from the prior-year period to $823 billion": the base told by its span alone, then the new level
_BASE_THEN_TO = re.compile(r"(?i)\s+from\s+(?:the\s+)?(?:prior|previous|preceding|year[\s-]ago|same)[\s-]+"
                           r"(?:year[\s-]+)?period\s+to\s+\(?\$?")
_WITH_COUNT = re.compile(r"(?i)\s*(?:,|\s[—–])\s+with\s+(?:about\s+|nearly\s+|roughly\s+|some\s+|almost\s+)?\$?")
_CHANGE_LEAD = re.compile(r"(?i)\b(?:up|down|rose|fell|climbed|dropped|declined|increased|decreased|jumped|grew)\b"
                          r"[^,;.\d]{0,30}$")


def _period_after(k: int, st: Sentence, periods: list[Found]) -> Found | None:
    """A period phrase after the k-th figure, in its clause, before the next figure; past the weekday an act was
    done on when a span follows it ("approved a $1.6 billion budget on Tuesday for the fiscal year that begins
    July 1": the budget year)."""
    f = _first_period_after(k, st, periods)
    if f is None or f.period is None or f.period.start != f.period.end or not _ON_WEEKDAY.fullmatch(st.text, f.start,
                                                                                                    f.end):
        return f
    span = next((g for g in periods if g.start >= f.end and g.period is not None and g.period.start != g.period.end
                 and _SPAN_NEXT.fullmatch(st.text, f.end, g.start)), None)
    return span or f


_ON_WEEKDAY = re.compile(r"(?i)(?:on\s+)?" + WEEKDAY)
_SPAN_NEXT = re.compile(r"(?i)\s+(?:for|covering|in)\s+")


def _first_period_after(k: int, st: Sentence, periods: list[Found]) -> Found | None:
    """The first period phrase after the k-th figure, in its clause, before the next figure."""
    fig = st.figures[k]
    rel_end = fig.end - st.start
    nxt = k + 2 if fig.range_role == "low" else k + 1
    if nxt < len(st.figures) and (_OPEN_PAREN.match(st.text, rel_end, st.figures[nxt].start - st.start) or
                                  _VALUED_AT.fullmatch(st.text, rel_end, st.figures[nxt].start - st.start)):
        nxt += 1  # "$870 billion (3.1 percent of GDP) by the end of FY 2024": the aside's period is the figure's too
        # ("109,000 pounds, valued at $148 million, seized in 2009": the value's period too)
    while nxt < len(st.figures) and _in_noun_phrase(st.figures[nxt], st):
        nxt += 1  # "10,021 arrests across all eight sectors ... in fiscal year 2023": a small word-number is no figure
    next_start = st.figures[nxt].start - st.start if nxt < len(st.figures) else len(st.text)
    for f in periods:
        if rel_end <= f.start < next_start:
            if nxt < len(st.figures) and (st.text[f.end:next_start] in (" ", " $") or
                                          _MARK_OF.fullmatch(st.text, f.end, next_start)):
                return None  # "down from 4.78% and the year-ago 5.18%", "over the July 2019 mark of 2.8%": the
                # next figure's own, as its modifier
            gap = st.text[rel_end:f.start]
            if ", or " in gap:  # "7 percent of GDP, or economic output, in 2012": a gloss, not a new clause
                gap = _GLOSS.sub(" ", gap)
            last = max([rel_end] + [g.end - st.start for g in st.figures[k + 1:nxt] if g.end - st.start <= f.start])
            if gap == ", " and st.text.startswith(("in ", "during "), f.start) and \
                    st.text[f.end:f.end + 1] in (",", ";", ".", ""):
                return f  # "201 in 2016; 177, in 2015, for an uptick": the figure's own year, set off by commas
            if "by the time " in gap:  # "will reach at least 20 by the time the rulings are done next year": when
                return None  # the count is complete, not the span it covers
            if ("last " in gap or "not " in gap or "never " in gap) and _LAST_SEEN.search(gap):
                return None  # "5 million, a level last seen in December 2007": when the level was seen before
            if _ASIDE_PERIOD.match(gap) and f.anchor is None or _RELATIVE_IN.fullmatch(st.text, last, f.start):
                return f  # (not "a mark not seen since 1999"); ", that were seized in 2009": the figure's own
            if _FROM_SPAN.search(gap) and any(c in st.text[f.start:f.end] for c in "-–"):
                return f  # "reached 1,289 adults from Oct. 9-13": the span itself, not a comparison's base
            if st.text.startswith(("from ", "between "), f.start) and not _COMPARISON.search(gap) and \
                    not _FROM_YEAR.match(st.text, f.start, f.end):
                return f  # "a 10 percent rise in costs, from October to March": the span the figure covers
            if _compares(gap) or _clause_break(gap) or ("after" in gap or "following" in gap) and \
                    _AFTER_LIKE_CHANGE.fullmatch(st.text, last, f.start) or \
                    _change_since(gap, st.text, fig.start - st.start, f) or \
                    _over_base(gap, st.text[f.start:f.end]) and not \
                    _COMPARED_BEFORE.search(st.text, max(0, fig.start - st.start - 24), fig.start - st.start) or \
                    _from_year_base(st.text, f) or \
                    gap.endswith("over ") and _BARE_OVER.fullmatch(gap) and _NAMED_BASE.match(st.text, f.start) and \
                    _CHANGE_WORD.search(st.text, max(0, fig.start - st.start - 30), fig.start - st.start) or \
                    "over " in gap and _OVER_TOTAL.search(gap) and \
                    _CHANGE_OF.search(st.text, max(0, fig.start - st.start - 40), fig.start - st.start):
                return None  # "up 0.6 percent from the 2014 deficit": the base's period; past a comma: another clause's
            return f
    return None


# "the July 2019 mark of 2.8%", "the 2022 level of 300": a noun the period modifies, whose figure follows
_MARK_OF = re.compile(r"(?i)(?:[’']s)?\s*(?:average\s+)?(?:mark|level|figure|total|reading|tally|record|"
                      r"peak|high|low|average|pace|count|rate)\s+of\s+(?:about\s+|nearly\s+|almost\s+|roughly\s+|more\s+than\s+)?\$?")
# "109,000 pounds of narcotics, valued at $148 million": the value of the same things
_VALUED_AT = re.compile(r"(?i)(?:\s+[a-z][\w-]*){0,4},\s+(?:valued\s+at|worth|with\s+an?\s+(?:estimated\s+)?"
                        r"(?:[a-z]+\s+)?value\s+of)\s+(?:about\s+|more\s+than\s+|nearly\s+|some\s+)?\$?")
# ", that were seized in", ", which were recorded during": a relative clause telling when the things counted were
_RELATIVE_IN = re.compile(r"(?i)(?:\s+[a-z][\w-]*){0,4},\s+(?:that|which)\s+(?:were|was|had\s+been|have\s+been|"
                          r"has\s+been)\s+(?:[a-z]+\s+){1,2}(?:(?:in|during|for|throughout)\s+)?")
_FROM_YEAR = re.compile(r"(?i)from\s+\d{4}$")
# "died from an overdose", "deaths from opioids", "revenue from the tax", "migrants arriving from Honduras": a cause or
# a source, not a comparison's base (the period after it is the figure's own)
_CAUSE_FROM = re.compile(rf"(?i)\b(?:(?:di(?:ed|es|e|ing)|deaths?|killed|suffer\w*|recover\w*|arriv\w*|came|come|comes|"
                         r"coming|fled|flee\w*|deported|removed|returned|migrated|imported|exported|collected|received|"
                         r"generated|earned|revenues?|income|proceeds|injur\w*|hospitali[sz]\w*)\s+from\s+"
                         r"(?!(?:about|nearly|roughly|some|almost)?\s*\$?\d)|"
                         r"(?:enter\w*|cross\w*|smuggl\w*|travel\w*|shipped|brought)(?:\s+(?:into|in|to|the)\b)?"
                         rf"(?:\s+(?-i:[A-Z])[\w.]*){{1,3}}\s+from\s+(?=(?-i:[A-Z]))(?!{MONTH_RE}\b))")
# ("vehicles entering El Paso from Mexico last year": where they came from, not a comparison's base)


def _after_since_base(k: int, st: Sentence, periods: list[Found], earlier: list[Found]) -> list[Found]:
    """The periods before a change "since" a base after it that can be the change's own: none ending before the
    base does ("under 100 in 2019 YTD – and an increase of 36% since last year": not 2019)."""
    at, end = st.figures[k].start - st.start, st.figures[k].end - st.start
    base = next((f for f in periods if f.start >= end and f.period is not None), None)
    if base is None or not _change_since(st.text[end:base.start], st.text, at, base):
        return earlier
    return [f for f in earlier if f.period is None or f.period.end > base.period.end]


_LAST_SPAN = re.compile(r"(?i)(?:the\s+)?(?:last|previous|prior|preceding)\s+(?:year|month|quarter)$")


def _change_since(gap: str, text: str, at: int, f: Found) -> bool:
    """A change "since" the period before the one at hand ("an increase of 36% since last year", "up 4% since last
    month"): that period is the change's base, not the figure's (but "down 12% since the week ending May 18" runs
    from that week)."""
    return gap.endswith("since ") and _LAST_SPAN.match(text, f.start, f.end) is not None and \
        _CHANGE_WORD.search(text, max(0, at - 40), f.start) is not None  # (the change word may follow the
    # figure's own words: "a 9 percent increase since last year")


def _compares(gap: str) -> bool:
    """A comparison word in the gap between a figure and a period phrase after it, but not a "from" telling a cause
    or a source ("220 people died from an overdose in 2017": 2017 is the deaths' own)."""
    if " from " in gap and _CAUSE_FROM.search(gap):
        gap = _CAUSE_FROM.sub(" ", gap)
    if "than" in gap and _THAN_EXPECTED.search(gap):
        gap = _THAN_EXPECTED.sub(" ", gap)
    return _COMPARISON.search(gap) is not None


# "took in $5.3 million more than expected in July": measured against a forecast of the same span, no base period
_THAN_EXPECTED = re.compile(r"(?i)\bthan\s+(?:had\s+been\s+|was\s+|were\s+)?(?:expected|forecast|anticipated)\b")
_CHANGE_WORD = re.compile(r"(?i)\b(?:increas\w*|decreas\w*|rise|rising|rose|gains?|jump\w*|drop\w*|declin\w*|growth|"
                          r"grew|up|down|higher|lower|more|fewer|less|fell|fall(?:ing|en)?|climb\w*|surg\w*|plung\w*|"
                          r"soar\w*|change[sd]?|uptick|downtick|reduc\w*|cuts?|dipp?\w*|slid|slip\w*|spik\w*)\b")


def _from_year_base(text: str, f: Found) -> bool:
    """"a 15 percent drop from 2009", "up slightly from 2011": a lone year after a change, the base's year
    (but "the record low of 42% from 2016" is the figure's own)."""
    if not _FROM_YEAR.match(text, f.start, f.end):
        return False
    at = f.start
    return bool(_CHANGE_WORD.search(text, max(0, at - 40), at) or
                _SHARE_FROM.search(text, max(0, at - 24), at) and not _LEVEL_OF.search(text, max(0, at - 40), at))


# "– 4.3 percent from 2015", "0.9 points from 2019": a change told by its size alone, the year after it its base
_SHARE_FROM = re.compile(r"(?i)\d(?:\s*%|\s+(?:percent|per\s+cent|percentage\s+points?|points?))\s+$")
# "the record low of 42% from 2016": a level the year after it is the figure's own
_LEVEL_OF = re.compile(r"(?i)\b(?:record|low|high|peak|level|mark|reading|rate)\s+of\s+[^,;]{0,20}$")


_GLOSS = re.compile(r",\s+or\s+[a-z][^,;.\d]{0,40},\s+")
# "an increase of more than $61,000 in drug values over total September seizures": the base's month
_OVER_TOTAL = re.compile(r"(?i)^(?:\s+[a-z][\w-]*){0,4}\s+over\s+(?:the\s+)?(?:total\s+)?$")
_CHANGE_OF = re.compile(r"(?i)\b(?:increase|decrease|rise|gain|jump|drop|decline|growth)\s+of\s+"
                        rf"(?:(?:(?:more|less|fewer)\s+than|(?:just\s+|well\s+)?(?:over|under)|{ABOUT_WORDS})\s+)?\$?$")


def _in_noun_phrase(fig, st: Sentence) -> bool:
    """"all eight sectors": a small word-number after a determiner, part of a noun phrase, not a figure."""
    at = fig.start - st.start
    return fig.spelled and fig.kind == "count" and fig.value <= 12 and \
        _DETERMINER.search(st.text, max(0, at - 8), at) is not None


_DETERMINER = re.compile(r"(?i)\b(?:all|the|its|their|those|these)\s+$")
_OPEN_PAREN = re.compile(r"\s*\(\s*\$?$")


def _clause_break(gap: str) -> bool:
    """A comma, semicolon or dash (" - " too, a typed one) between a figure and a period phrase (not the comma of
    "per 100,000", nor a place's: "12,500 migrants to Washington, D.C., since April", "to Austin, Texas, in May")."""
    if "," in gap and _PLACE_COMMA.search(gap):
        gap = _PLACE_COMMA.sub(" ", gap)
    if "," in gap and (" and " in gap or " or " in gap) and _COUNTED_LIST.fullmatch(gap):
        return False  # "4,018 property crimes, thefts and burglaries, before July": the commas of what is counted
    return ";" in gap or "—" in gap or " – " in gap or " - " in gap or "," in gap and bool(_COMMA.search(gap)) or \
        ":" in gap and bool(_COLON_CLAUSE.search(gap))


_COMMA = re.compile(r",(?!\d{3})")
# the things a count counts, listed right after it: " property crimes, thefts and burglaries, " (plural nouns, no verb)
_LIST_NOUN = r"(?!(?:is|was|has|does|says|as|this|its|his|thus|plus|less|unless|versus|whereas)\b)[a-z][a-z-]*s"
_LIST_ITEM = rf"(?:[a-z][a-z-]*\s+){{0,2}}{_LIST_NOUN}"
_COUNTED_LIST = re.compile(rf"\s+{_LIST_ITEM},\s+(?:{_LIST_ITEM},\s+)*{_LIST_ITEM},?\s+(?:and|or)\s+{_LIST_ITEM},\s+"
                           r"(?:[a-z]+\s+)?")
# "by 40 percent because of one crash: A driver ... in May": a colon opening a clause of its own, its period not the
# figure's
_COLON_CLAUSE = re.compile(r":\s+(?:(?:A|An|The|He|She|It|They)\s+[a-z]|(?:In|On|During)\s)")
_PLACE_COMMA = re.compile(rf"(?<=[a-z.]),\s+(?:D\.\s?C\.|(?:{US_STATES})\b)(?:,|(?=\s*$|\s+(?:since|in|during|through|"
                          r"from|last|this|on|for|between)\b))")


# "compared with 259 over the same period in 2018": a figure that is itself the base, "over" its own span
_COMPARED_BEFORE = re.compile(r"(?i)\b(?:compared\s+(?:to|with)|versus|vs\.?)\s+(?:about\s+|nearly\s+)?\$?$")


def _over_base(gap: str, phrase: str) -> bool:
    """"rose 2.9% over the previous year": the base's period, not the figure's."""
    if not gap.endswith("over ") or phrase.lower().startswith(("the past", "past", "the last", "the trailing")):
        return False  # "28.5% higher over the last 12 months": the span the figure covers (a year's, unscoped)
    if _OVER_COUNTED_SPAN.match(phrase):
        return False  # "$2.91 over the previous five years (2019-2023)": a span of several, the figure's own
    return phrase.lower().startswith(("the previous", "the prior", "the preceding", "the same", "previous", "prior")) \
        or bool(_CHANGE_OVER.search(gap)) or bool(_LAST_ONE.fullmatch(phrase))  # "a 149% increase over October
    # 2021": the base's month; "up 8.3 percent over last year" (not "over the last year"): the base's year


_LAST_ONE = re.compile(r"(?i)last\s+(?:(?:fiscal|budget|calendar)\s+)?(?:year|month|quarter|week)")
_OVER_COUNTED_SPAN = re.compile(r"(?i)(?:the\s+)?(?:previous|prior|preceding)\s+(?!year\b|month\b|week\b)\w+\s+"
                                r"(?:years|months|weeks|quarters)\b")
_CHANGE_OVER = re.compile(r"(?i)^\s*(?:percent|per\s+cent|%)?\s*(?:increase|decrease|rise|gain|jump|drop|decline|"
                          r"growth|up|down|higher|lower|more|fewer)\s+over\s+$")


def _list_end(k: int, st: Sentence) -> int:
    """The last figure of the list the k-th figure starts: "1,420 violations, 88 closures and three arrests"."""
    at = st.figures[k].start - st.start
    if "’s" in st.text[max(0, at - 24):at] or "'s" in st.text[max(0, at - 24):at]:
        if any(f.kind == "period" and _POSSESSIVE_OF.match(st.text, f.end, at) for f in st.found):
            return k  # "after February's increase of 314,000 and 259,000 in January": February's, not January's
    j = k
    while j + 1 < len(st.figures) and not st.figures[j + 1].range_role:
        gap = st.text[st.figures[j].end - st.start:st.figures[j + 1].start - st.start]
        if not _LIST_GAP.fullmatch(gap) or _VERB_IN_LIST.search(gap) or _COMPARISON.search(gap):
            break
        if ", and " in gap and " and " in gap[:gap.rfind(", and ")]:
            break  # "two adults and a child, and five cases were confirmed today": the first clause's list ended
        j += 1
    return j


def _closing_period(prev: Sentence) -> Period | None:
    """A period that closed the previous sentence of the paragraph carries on, unless it was that
    sentence's own figure's ("... followed a 1.2% advance in the first three months of 2014.") or a
    comparison's ("..., up from 24% in August 2022.")."""
    tail = [f for f in prev.found if f.kind == "period" and f.end >= len(prev.text.rstrip(".!?\"” ")) - 1]
    if not tail:
        return None
    clause = prev.text[prev.text.rfind(", ", 0, tail[-1].start) + 1:tail[-1].start]
    last = prev.figures[-1].end - prev.start if prev.figures else -1
    attached = 0 <= last <= tail[-1].start and len(prev.text[last:tail[-1].start].split()) <= 3
    if attached or _COMPARISON.search(clause) or _RECORD_SCOPE.search(clause):
        return None
    if "since" in clause.lower() and _SINCE_OPENS.search(prev.text, max(0, tail[-1].start - 10), tail[-1].start + 6):
        return None  # "... an 89 percent increase since FY 2008. This includes 1,119 ...": a change's start, not
        # the span the figures after it cover
    if ("rev" in clause or "after" in clause or "follow" in clause) and \
            _UNDONE_CHANGE_IN.search(prev.text, max(0, tail[-1].start - 80), tail[-1].start):
        return None  # "rose 1.3% in March, reversing the decline in the previous month. Gasoline rose 3.6%": the
        # change before, with no figure of its own, is not the span the next sentence's figures cover
    p = tail[-1].period
    if p is not None and p.start == p.end and not prev.figures and _TOLD_ON.search(clause):
        # "The sheriff's office released its annual report for 2023 on Tuesday. Deputies made 3,412 arrests": the day
        # it was told on is not the span the figures after it cover; the span the report is for is
        others = [f.period for f in prev.found if f.kind == "period" and f.period is not None and f is not tail[-1]
                  and f.period.start != f.period.end]
        return others[-1] if others else None
    return p


# a verb of telling or releasing before the day that closes its sentence: "released its report on Tuesday", "said
# Monday", "spoke to reporters Friday"
_TOLD_ON = re.compile(r"(?i)\b(?:released|published|issued|announced|unveiled|said|says|told|spoke|testified|"
                      r"reported|presented|delivered|posted)\b")


_SINCE_OPENS = re.compile(r"(?i)\bsince\s+(?:the\s+)?")
# ", reversing the decline in", ", after a drop in", "following the previous month's gain": a change before, no figure
_UNDONE_CHANGE_IN = re.compile(r"(?i)\b(?:revers\w*|after|following)\s+(?:(?:completely|partly|the|a|an|its|their)\s+)*"
                               r"(?:[a-z]+\s+)?(?:drop|decline|fall|rise|gain|increase|decrease|dip|jump|slide|"
                               r"plunge|surge|advance|spike|slump|rebound|loss)\s+(?:in|during)\s+(?:the\s+)?$")


# a record's scope: "..., the fewest to report gains since August.", "..., the largest monthly gain this year."
_RECORD_SCOPE = re.compile(r"(?i)\b(?:the|its|their|a)\s+(?:[\w-]+\s+)?(?:biggest|largest|smallest|highest|"
                           r"lowest|fewest|best|worst|fastest|slowest|strongest|weakest|sharpest|steepest|deepest|cheapest|greatest|"
                           r"most|least)\b")


def counted_on(period: Period, asof_here: list, block_date: date | None, asof_seen: date | None,
               published: date | None) -> Period:
    """A running count ends on the day it was counted: "exceeded one million ... March 20"."""
    asof = next((d for d in asof_here if d and period.start < d <= period.end), None)
    asof = asof or block_date
    if asof is None and asof_seen and period.start < asof_seen <= period.end:
        asof = asof_seen
    if asof and (published is None or asof <= published):
        return Period(period.start, asof, to_date=True)
    return period


# a sentence that says where the article's figures end: "The statistics include information through June 30.",
# "The figures run through May.", "Data are as of the week ending June 27."
_DATA_END = re.compile(r"(?i)(?:(?:the|these|those|all|its|their|this|that)\s+)?(?:[a-z]+\s+){0,2}"
                       r"(?:statistics|stats|figures|data|numbers|totals?|counts?|tall(?:y|ies))\s+"
                       r"(?:include[sd]?|run|runs|ran|are|were|is|was|cover(?:s|ed)?|go(?:es)?|went|extend(?:s|ed)?|"
                       r"reflect(?:s|ed)?|count(?:s|ed)?|only\s+go(?:es)?)\s+(?:[a-z]+\s+){0,3}?"
                       r"(?:through|thru|as\s+of|up\s+to|until)\s"
                       r"|(?:these|those)\s+are\s+(?:only\s+)?(?:the\s+)?(?:[a-z]+\s+)?(?:statistics|stats|figures|data|"
                       r"numbers|totals|counts)\s+(?:through|thru|as\s+of|up\s+to|until)\s")  # "Those are only numbers
# until December 24."
_DATA_END_WORDS = ("through", "thru", "as of", "up to", "until")  # one is in every match: looked for first



def data_end_after(st: Sentence, sentences: list[Sentence]) -> date | None:
    """The day the figures end by a sentence that follows in the paragraph, or opens the next, to say so ("178
    homicides so far this year. The statistics include information through June 30."): that day, else None."""
    nxt = sentences[st.index + 1] if st.index + 1 < len(sentences) else None
    if nxt is None or nxt.paragraph not in (st.paragraph, st.paragraph + 1) or nxt.figures or not nxt.found:
        return None
    lower = nxt.text.lower()
    if not any(w in lower for w in _DATA_END_WORDS) or not _DATA_END.match(nxt.text):
        return None
    last = nxt.found[-1]
    return last.asof or (last.period.end if last.period is not None else None)


def end_counts_at_data_end(sentences: list[Sentence]) -> None:
    """A count to date ("so far this year") whose sentence has no day of its own ends on the day the next
    sentence gives as the end of the figures ("The statistics include information through June 30.")."""
    for st in sentences:
        if not st.figures or not any(f.period is not None and f.period.to_date for f in st.found) or \
                any(f.asof for f in st.found):
            continue
        day = data_end_after(st, sentences)
        if day is not None:
            st.found = [replace(f, period=Period(f.period.start, day, to_date=True))
                        if f.period is not None and f.period.to_date and f.period.start < day <= f.period.end
                        else f for f in st.found]


def _prev_month(prev: Sentence, main: Period) -> Period | None:
    """"Employers added 271,000 jobs in October, the largest gain this year. The jobless rate fell to 5 percent.":
    the one month the sentence before gave its own figures (not a base's, not a record's scope) carries on to a
    sentence naming none, when it is inside the article's main period or after it (a month before it is most
    often a base the words did not mark); not in a poll story, whose field dates rule."""
    own = []
    for f in prev.found:
        if f.kind != "period" or f.period is None or _base_period(prev.text, f):
            continue
        clause = prev.text[prev.text.rfind(", ", 0, f.start) + 1:f.start]
        if _RECORD_SCOPE.search(clause):
            continue
        own.append(f.period)
    if len(set(own)) == 1 and _one_month(own[0]) and own[0] != main and own[0].end >= main.start and \
            not (main.end == own[0].end and "end of" in prev.text and _by_end_of(prev, own[0])):  # "By the end of
        # September, ..." in a story on the budget year closing then: that year's figures, not the month's
        return own[0]
    return None
