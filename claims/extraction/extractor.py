"""extract_claims(text, published): every figure an article asserts, as ExtractedClaim.

The article is read once, in order: paragraphs and sentences (segments), the figures in it
(numbers), who each sentence attributes them to (attribution) and the span of time each
covers (periods). This module puts those together: for each figure its qualifier, the unit
counted, the rate, the speaker and the period, and the bounds from claims.figures.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from datetime import date, datetime
from decimal import Decimal

from claims.extraction import attribution as attr
from claims.extraction import period_scope as scope
from claims.extraction import periods as per
from claims.extraction import places
from claims.extraction.numbers import GLUED_SCALE, MONTH_RE, PERCENT_WORD, SMALL_SPELLED, Figure, find_figures
from claims.extraction.segments import (
    PASTED_ODD,
    READ_ODD,
    Sentence,
    holds_read_odd,
    is_word_char,
    quote_spans,
    split,
)
from claims.figures import implied_bounds


@dataclass(frozen=True)
class ExtractedClaim:
    value: Decimal
    lower_bound: Decimal | None
    upper_bound: Decimal | None
    qualifier: str | None
    unit: str
    figure_text: str
    rate: str
    speaker: str | None
    period_start: date | None
    period_end: date | None
    start: int
    end: int
    sentence: str
    sentence_start: int
    sentence_end: int
    place: str = ""
    # the parts not stated in the figure's own sentence or clause but taken from elsewhere in the article
    # (a speaker named in another sentence, the article's main period, a unit from a previous clause,
    # the dateline's place): a reviewer should look at them first
    guessed: frozenset[str] = frozenset()

    def to_json(self) -> dict:
        """The reference scorer's object (value as a number, ISO dates) plus the other fields."""
        return {
            "value": _number(self.value),
            "start": self.start,
            "end": self.end,
            "qualifier": self.qualifier,
            "unit": self.unit,
            "speaker": self.speaker,
            "period_start": self.period_start.isoformat() if self.period_start else None,
            "period_end": self.period_end.isoformat() if self.period_end else None,
            "lower_bound": None if self.lower_bound is None else _number(self.lower_bound),
            "upper_bound": None if self.upper_bound is None else _number(self.upper_bound),
            "figure_text": self.figure_text,
            "rate": self.rate,
            "sentence": self.sentence,
            "sentence_start": self.sentence_start,
            "sentence_end": self.sentence_end,
            "place": self.place,
            "guessed": sorted(self.guessed),
        }


per.quick_init(ExtractedClaim)


def _number(d: Decimal) -> int | float:
    return int(d) if d == d.to_integral_value() else float(d)


def _plain(d: Decimal) -> Decimal:
    """7300000.0 -> 7300000, 0.070 -> 0.07: no exponent, no trailing zeros."""
    if d == d.to_integral_value():
        return d.quantize(Decimal(1))
    return d.normalize()


# ---------------------------------------------------------------- qualifiers

_QUALIFIER_WORDS = {
    "no more than": "at_most", "no fewer than": "at_least", "no less than": "at_least", "more than": "over",
    "greater than": "over", "higher than": "over", "in excess of": "over", "upwards of": "over",
    "as many as": "at_most", "as much as": "at_most", "up to": "at_most", "at least": "at_least",
    "at most": "at_most", "a minimum of": "at_least", "a maximum of": "at_most", "fewer than": "under",
    "less than": "under", "lower than": "under", "just under": "under", "just over": "over", "well over": "over",
    "well above": "over", "close to": "nearly", "just shy of": "nearly", "nearly": "nearly", "almost": "nearly",
    "nearing": "nearly", "approaching": "nearly", "approach": "nearly", "approaches": "nearly",
    "approached": "nearly", "neared": "nearly", "nears": "nearly", "near": "nearly",
    "roughly": "about", "about": "about", "around": "about",
    "approximately": "about", "approx.": "about", "an estimated": "about", "estimated": "about", "some": "about",
    "over": "over", "above": "over", "exceeding": "over", "exceeded": "over", "exceeds": "over", "exceed": "over",
    "surpassed": "over", "surpassing": "over", "surpasses": "over", "surpass": "over", "passing": "over",
    "passed": "over", "passes": "over", "topped": "over", "tops": "over", "top": "over",
    "topping": "over", "blow through": "over", "blew through": "over", "blows through": "over",
    "blowing through": "over", "blow past": "over", "blew past": "over", "blows past": "over",
    "blowing past": "over", "march past": "over", "marched past": "over", "climbed past": "over",
    "climbs past": "over", "pushed past": "over", "pushes past": "over", "surged past": "over", "jumped past": "over",
    "rose past": "over", "moved past": "over", "eclipse": "over", "eclipsed": "over", "eclipses": "over",
    "eclipsing": "over",
    "below": "under", "under": "under", "north of": "over", "south of": "under", "upward of": "over",
    "shy of": "nearly", "in the neighborhood of": "about",
    "in the vicinity of": "about", "on the order of": "about", "circa": "about", "more or less": "about",
    "as few as": "at_least", "as little as": "at_least", "at or below": "at_most", "at or above": "at_least",
    "at or under": "at_most", "at or over": "at_least", "as high as": "at_most", "as low as": "at_least",
}
_QUALIFIER_AFTER = re.compile(r"^\s+(?:or\s+(?P<more>more|greater|higher|above)|or\s+(?P<less>fewer|less|lower|below)|"
                              r"or\s+so|more\s+or\s+less|and\s+(?P<counting>counting|up|upward|upwards))\b",
                              re.IGNORECASE)
_QUALIFIER = re.compile(
    r"(?i)(?:^|(?<=[^\w-]))(?P<q>" + "|".join(re.escape(k) for k in sorted(_QUALIFIER_WORDS, key=len, reverse=True))
    + r")\s+(?:(?P<the>the\s+(?:[a-z]+\s+)?)|(?:the|an?)\s+(?:[a-z-]+\s+){0,2}(?:rate|pace|level)\s+of\s+|"
    r"(?P<art>an?\s+))?$"
)
# A qualifier starts a run of word characters that is the first word of one of them: _QUALIFIER is tried only there
_QUALIFIER_FIRST = frozenset(re.match(r"\w*", k).group().lower() for k in _QUALIFIER_WORDS)
_WORD_RUN = re.compile(r"\w+")
# _QUALIFIER with only the qualifiers that start with each letter, in the same order: at a word of ASCII letters
# the others cannot match, and the regex need not try its hundred alternatives one by one
_QUALIFIER_BY_LETTER = {
    letter: re.compile(_QUALIFIER.pattern.replace(
        "|".join(re.escape(k) for k in sorted(_QUALIFIER_WORDS, key=len, reverse=True)),
        "|".join(re.escape(k) for k in sorted(_QUALIFIER_WORDS, key=len, reverse=True) if k[0] == letter)))
    for letter in {k[0] for k in _QUALIFIER_WORDS}
}


def _qualifier_words() -> re.Pattern:
    """The lower-cased words a qualifier starts with, as whole words, grouped by their first letter."""
    by_letter: dict[str, list[str]] = {}
    for word in sorted(_QUALIFIER_FIRST, key=len, reverse=True):
        by_letter.setdefault(word[0], []).append(re.escape(word[1:]))
    return re.compile(r"\b(?:" + "|".join(f"{c}(?:{'|'.join(rest)})" for c, rest in sorted(by_letter.items()))
                      + r")\b")


_QUALIFIER_START = _qualifier_words()


def _qualifier_search(before: str) -> re.Match | None:
    """_QUALIFIER.search(before), many times faster."""
    if "" in _QUALIFIER_FIRST:
        return _QUALIFIER.search(before)
    if before.isascii():  # lower-casing is exact: one regex finds the words a qualifier may start at
        for w in _QUALIFIER_START.finditer(before.lower()):
            m = _QUALIFIER_BY_LETTER[w.group()[0]].match(before, w.start())
            if m:
                return m
        return None
    for w in _WORD_RUN.finditer(before):
        word = w.group()
        if not word.isascii():
            m = _QUALIFIER.match(before, w.start())
        elif word.lower() in _QUALIFIER_FIRST:
            m = _QUALIFIER_BY_LETTER[word[0].lower()].match(before, w.start())
        else:
            continue
        if m:
            return m
    return None


# "is up to 1.77 percent": risen to, not at most; "1.77 percent this year over 0.93 percent": compared with
_NOT_A_BOUND = re.compile(r"(?i)(?:\b(?:is|are|was|were|be|been|being|’s|'s|[Rr]ate)\s+up\s+to|"
                          r"\b(?:tick|edge|inch|creep|move|go|goes|went|gone|going|bump|step|ramp|push|shoot|shot|revise)"
                          r"(?:s|ed|ped|d)?\s+up\s+to|"
                          # "the deficit has piled up to", "costs added up to", "jumped up to": a sum reached
                          r"\b(?:(?:pile|add|rack|tally|tallie|sum|summ)(?:s|ed|d)?|run|runs|ran|racks|climbed|"
                          r"jumped|rose|soared|surged)\s+up\s+to|"
                          # "lifting the total up to", "took it up to": moved to, with the object between
                          r"\b(?:lift|bring|brought|push|driv|drove|boost|rais|send|sent|tak|took|mov|bump|pump)[a-z]*"
                          r"\s+(?:it|them|(?:the|its|their)\s+(?:[\w’'-]+\s+){0,2}?[\w-]+)\s+up\s+to|"
                          # "from $21 trillion now up to $33 trillion": moved from one figure to the next
                          r"\bfrom\s+\$?\d[\d.,]*" + GLUED_SCALE +
                          r"(?:\s+(?:million|billion|trillion|thousand|" + PERCENT_WORD + r"))?"
                          r"(?:\s+(?:now|today|currently|at\s+present))?\s+up\s+to|"
                          r"(?:\d|%|\b" + PERCENT_WORD + r"|\bpoints?)\s+over|"
                          r"\bthis\s+(?:year|month|quarter|week),?\s+over)\s+$")
_BOUND_BEFORE_ESTIMATE = re.compile(r"(?i)(?:^|(?<=[^\w-]))(more\s+than|fewer\s+than|less\s+than|over|under|"
                                    r"nearly|almost|at\s+least|up\s+to|as\s+many\s+as|as\s+much\s+as)\s+(?:an\s+)?$")
_EARLIER_ESTIMATE = re.compile(r"(?i)\b(?:previously|originally|initially|earlier|first|initial)\s+$")
# "a combined estimated street value of", "an approximate saving to taxpayers of": the noun's figure is about so much
_ESTIMATED_OF = re.compile(r"(?i)\ban?\s+(?:[a-z]+\s+)?(?:estimated|approximate)\s+(?:[a-z][\w’'-]*\s+){0,5}of\s+$")
_RATIO_OF = re.compile(r"(?i)[\s-](?:ratio|rate|share|percentage|proportion)\s+of\s+$")
# an adverb of approximation before a verb of reaching a level: "nearly hit 10 million", "almost reached $4",
# "roughly totaled 500", "close to hitting 1,000"; the figure is about that much ("nearly doubled to 500" is not)
_REACH_VERBS = r"(?:hit|hits|hitting|reach|reached|reaches|reaching|touch|touched|touches|touching|" \
    r"total|totaled|totalled|totals|totaling|totalling|equal|equaled|equalled|equals|equaling|equalling)"
_ADVERB_REACH = re.compile(r"(?i)(?:^|(?<=[^\w-]))(?P<q>nearly|almost|roughly|approximately|close\s+to)\s+"
                           + _REACH_VERBS + r"\s+$")
_REACH_ENDS = tuple(re.findall(r"[a-z]+", _REACH_VERBS))
_BEFORE_ARTICLE = frozenset(("nearly", "almost", "about", "roughly", "around", "approximately", "more than",
                             "less than", "close to"))
_APPROACH = frozenset(("approach", "approaches", "approached"))  # "approach $2.8 billion"; not "approached 12 hikers"
_MARK_WORDS = frozenset("mark milestone threshold barrier level line".split())


_ABOUT_CONCERNING = re.compile(r"(?i)\b(?:talk|talking|talked|talks|think|thinking|thought|worry|worried|worrying|"
                               r"care|cares|cared|know|knew|ask|asked|asking|speak|speaking|spoke|hear|heard|"
                               r"wrote|write|writing|complain|complained|concerned|read|learn|learned)\s+$")
_PLUS_MINUS = re.compile(r"\s*(?:\+\s*/\s*-|\+-|±|\bplus\s+or\s+minus)\s*$", re.IGNORECASE)
_IN_RANGE = re.compile(r"(?i)\bin\s+the\s+$")
# "(+13,000)": a change in parentheses; "stood at +9 versus +2", "compared with +6": a reading, not "more than"
_SIGN_BEFORE = re.compile(r"(?i)(?:\b(?:from|to|or|at|with|versus|vs\.?)\s+|\()$")


def _signed(fig: Figure, text: str) -> bool:
    """A leading "+" that is the sign of a change, not "more than": "+6.5%", "revised from +243,000 to +261,000"."""
    return fig.text.startswith("+") and (fig.kind in ("percent", "points") or bool(
        _SIGN_BEFORE.search(text, max(0, fig.start - 8), fig.start)))


def _first_word(text: str) -> str:
    """The first word of text, lower-cased, with no . , ; at either end; "" when there is none."""
    words = text.split(None, 1)
    return words[0].lower().strip(".,;") if words else ""


def _qualifier(before: str, unit_word: str, plus: bool, after: str = "") -> str | None:
    if plus:
        return "over"
    m = _QUALIFIER_AFTER.match(after)
    if m:  # "500 or more", "100 or so", "1,000 and counting"
        return "at_least" if m.group("more") or m.group("counting") else "at_most" if m.group("less") else "about"
    whole, before = before, before[-48:]  # the longest qualifier is a few words: look no further back
    if before.endswith(("-", "- ", "±", "± ", "minus ")):  # "approximately +/- 3.3%": the qualifier before the sign
        before = _PLUS_MINUS.sub(" ", before)
    if before.endswith(" the ") and _IN_RANGE.search(before) and after.lstrip().lower().startswith("range"):
        return "about"  # "in the 2% range", "in the $40 range"
    m = _qualifier_search(before)
    if m and m.group("the"):
        m = _qualifier_search(before[m.end("q"):]) or m  # "fewer than the nearly 359,000": the nearer one
    q = m.group("q").lower() if m else ""
    if q == "about" and _ABOUT_CONCERNING.search(before, 0, m.start("q")):
        return None  # "talking about an 80% reduction": about = concerning
    if m and (not m.group("the") or unit_word in _MARK_WORDS
              or _first_word(after) in _MARK_WORDS):  # "around the 50% mark"
        if m.group("art") and q not in _BEFORE_ARTICLE:
            return None  # "under a $50 million contract": a preposition; but "nearly a 44 percent increase"
        if q in ("up to", "over") and _NOT_A_BOUND.search(before):
            return None
        if q in _APPROACH and unit_word:
            return None  # "Rangers approached 12 hikers": one approaches people and things; a level is bare
        if q == "estimated" and _EARLIER_ESTIMATE.search(before, 0, m.start("q")):
            return None  # "the previously estimated 2.7 percent": an earlier official estimate, not "about"
        if q in ("an estimated", "estimated") and (bound := _BOUND_BEFORE_ESTIMATE.search(before, 0, m.start("q"))):
            return _QUALIFIER_WORDS[" ".join(bound.group(1).lower().split())]  # "over an estimated one million":
            # a bound on the estimate is the figure's bound
        return _QUALIFIER_WORDS[q]
    if not m and before.rstrip().endswith(_REACH_ENDS) and (r := _ADVERB_REACH.search(before)):
        return _QUALIFIER_WORDS[" ".join(r.group("q").lower().split())]  # "nearly hit 10 million": nearly 10 million
    # (_ESTIMATED_OF ends in "of" and \s+$: str.rstrip strips what \s matches, and o, f have no other case)
    if whole.rstrip()[-2:].lower() == "of" and _ESTIMATED_OF.search(whole, max(0, len(whole) - 90)) \
            and not _RATIO_OF.search(whole, max(0, len(whole) - 24)):
        return "about"  # (but "an estimated deficit-to-GDP ratio of 5.9 per cent": a measure estimated, not about)
    return None


# a verb of passing a level whose object is two figures, each with its own scope, joined by "and": "exceeded 30
# percent in 10 states and 25 percent in 40 states" (both over); the scope between is a short phrase with no comma
# ("topping 900 in 2016, up from 500 in 2015 and 400 ..." carries nothing)
_CARRIED_BOUND = re.compile(r"(?i)\b(?P<q>exceed(?:ed|s|ing)?|surpass(?:ed|es|ing)?|topp(?:ed|ing)|tops)\s+"
                            r"\$?\d[\d.,]*(?:\s+(?:million|billion|trillion))?\s*(?P<pct>%|percent\b|per\s+cent\b)?\s+"
                            r"(?:in|for|among|across|at|on)\s+(?:(?:the|\d+)\s+)?[A-Za-z][\w’'-]*"
                            r"(?:\s+[A-Za-z][\w’'-]*){0,3}\s+and\s+$")


def _carried_bound(before: str, fig: Figure) -> str | None:
    """The qualifier a verb of passing gives the second of two figures of one kind joined by "and"."""
    if not before.endswith(" and ") or not ("xceed" in before or "urpass" in before or "top" in before):
        return None
    m = _CARRIED_BOUND.search(before, max(0, len(before) - 90))
    if not m or bool(m.group("pct")) != (fig.kind == "percent"):
        return None
    return _QUALIFIER_WORDS[m.group("q").lower()]


# ---------------------------------------------------------------- units

_UNIT_STOP = frozenset(
    "of in on at to from for by with during since over under per a an the and or but that which who whom whose were "
    "was is are have has had be been being will would could should may might can this these those its their his "
    "her each than as into across after before between while when where so including through against among "
    "within without about around nearly almost more less up down out off only also just all both last next "
    "this year years month months week weeks day days ago now then there here it they we he she i not no "
    "yet still even alone already until via per cent percent according said says rose fell grew rise rises fall "
    "falls grow grows came went saw stood held hit made took remain remains totaled totals reached left fled died "
    "got gave won lost ran fell roughly approximately".split()
) | frozenset(  # verbs and adjectives a noun phrase ends at: "48,000 set in 2019", "52,000 visitors surpasses"
    "set sets surpass surpasses tops marks exceeds represents includes compares equals beats eclipses means makes "
    "shows brings puts cuts accounts outpaces outnumbers dwarfs doubles triples reflects amounts constitutes "
    "signals suggests follows trails lags short shy higher lower greater larger smaller bigger ahead behind "
    "combined overall altogether nationwide statewide worldwide respectively found told wrote showed shows "
    "became began kept sold bought brought caught paid spent sent led them others v vs versus "
    "seen shown given taken".split()
) | frozenset(  # adverbs: "to 694,000 from 698,000 previously", "to 36 thus far", "Conversely, permits ..."
    "previously annually initially originally conversely meanwhile however thus currently "
    "recently subsequently today yesterday tonight tomorrow elsewhere".split()
) | frozenset(  # "a 14,000 gain instead of a loss", "200 rather than 300": an alternative follows, not the noun
    "instead rather".split()
) | frozenset("below above beneath".split()) | frozenset(  # "payrolls remain 2.9 million below February 2020"
    "if unless although though because once whereas whether".split()) | frozenset(  # "If arrests continue ...": no noun
    # prepositions a noun phrase ends at: "40 offices besides its headquarters", "320 nests along the shore"
    "besides except excluding despite beyond toward towards upon amid amidst along throughout onto unlike outside "
    "inside near".split()) | frozenset(  # a cause after the figure: "fell by 15,000 due in part to", "thanks to"
    "due thanks owing".split()) | frozenset(
    # a pronoun and its verb: "The figure we've seen so far": what is counted ends
    w.replace("'", q) for w in "we've we're we'd they've they're they'd i've you've it's there's".split()
    for q in "'’")
_NOT_UNIT = frozenset("mark milestone threshold barrier level line figure total more each others other "
                      "apiece total tally forecast estimate projection".split()  # "the 16.6 million forecast"
                      # "the 181,000 average pace", "the 5 million pace of May": a rate the count ran at
                      + "average pace median".split())
_LISTICLE = frozenset("things ways reasons takeaways facts questions tips lessons signs steps moments "
                      "charts graphs".split())
_MEASURES = frozenset(
    "pounds pound kilograms kilogram kilos kilo grams gram tons ton tonnes tonne ounces ounce gallons gallon "
    "barrels barrel liters litres packages package bags bag boxes box bottles bottle doses dose pills pill bricks "
    "brick bundles bundle rounds cases case acres acre miles mile square cubic units unit loads load shipments "
    "containers cartons vials".split()
)
_WORD = re.compile(r"\s*[\"“”‘’']?((?:[A-Za-z]+-)?(?:[A-Z]\.){2,}(?:-[A-Za-z][\w’'-]*)?|"
                   r"[A-Za-z][\w’'-]*(?:/[A-Za-z][\w’'-]*)*|[A-Z]{2,}-\d+)[\"“”‘’']?")
# ("U.K.", "non-U.S.", "U.S.-Mexico", "theft/fraud": one word)
# "burglary/breaking and entering cases", "state and local governments": joined modifiers of one plural noun
_JOINED_MODIFIER = re.compile(r"\s+and\s+((?:[a-z][\w’'-]*\s+)?[a-z][\w’'-]*s)\b(?!\s+(?:of|and)\b)")
_PARENS = re.compile(r"\s*\([^)]{0,60}\)")
_MONTH_WORD = re.compile(rf"^{MONTH_RE}$")
_RATE_AFTER = re.compile(r"^\s*(?:-an?-|\s+an?\s+|\s+per\s+|\s+each\s+|\s+every\s+)(?P<per>year|month|week|day|hour|"
                         r"quarter|gallon|person|capita|barrel|pound|share|(?:[\d,]*\d|\d+(?:\.\d+)?\s+\w+ion)"
                         r"(?:\s+(?!and\b|in\b|on\b|at\b|for\b|from\b)[a-z]+)?)\b(?!\s+(?:earlier|ago|before|later|after))",
                         re.IGNORECASE)
# "the number of", "the previous record for": what is counted stands before the figure
_NUMBER_OF = re.compile(r"(?i)\b(?:number|count|total|tally|record|high|low|peak|volume|figure)\s+(?:of|for)\s+"
                        r"(?!\$?\d)")
# Words that name a quantity, not what is counted: a clause subject "The total for May" says nothing.
_CHANGE_NOUNS = frozenset("increase increases gain gains decrease decreases decline declines drop drops rise rises "
                          "change changes".split())
_GENERIC = frozenset(
    "total number figure count tally record high low peak level volume amount sum "
    # a change, an estimate or a document names no count: "April's increase of 150,000", "A survey showed ..."
    "estimate estimates forecast forecasts projection survey poll study report figures numbers data statistics "
    "expectation expectations consensus "
    # "the lowest was in November at 139": a superlative standing for the count, which names nothing
    "highest lowest".split()
) | _CHANGE_NOUNS
_NUMBERISH_WORD = re.compile(r"(?i)^(?:one|two|three|four|five|six|seven|eight|nine|ten|dozens?|hundreds?|"
                             r"thousands?|millions?|some|many|most|all|both|half|"
                             r"(?:(?:one|two|three|four)-)?(?:thirds?|quarters?|fifths?))$")


# up to five lower-case words after "newly hired" ("heroin", "cocaine in May", "non-federal public and private firms")
_WORDS_AHEAD = re.compile(r"(?:,?\s+[a-z][a-z-]*\b){1,5}")


def _no_plural_ahead(text: str, pos: int, limit: int) -> bool:
    """No plural noun in the lower-case words from pos (up to five): the participle before leads no noun phrase."""
    ahead = _WORDS_AHEAD.match(text, pos, limit)
    return ahead is not None and not any(w.endswith("s") or w in _IRREGULAR_PLURALS or w == "youth"
                                         for w in ahead.group().replace(",", " ").split())


def _lead_modifier(text: str, m: re.Match, limit: int) -> int:
    """Where what is counted starts after a modifier that leads it, or 0: "1,300 more Border Patrol agents",
    "63,000 nationwide cases", "3,223 total patients"; "2,012 randomly selected, private firms", "300 newly hired
    teachers" (an adverb and its participle)."""
    word = m.group(1)
    low = word.lower()
    if low in ("more", "additional", "extra", "new", "other", "fewer", "nationwide", "statewide", "worldwide", "total"):
        nxt = _WORD.match(text, m.end(), limit)
        return m.end() if nxt and nxt.group(1).lower() not in _UNIT_STOP else 0
    if low.endswith("ly") and word.isalpha() and word.islower():
        participle = _PARTICIPLE_AFTER.match(text, m.end(), limit)
        if participle is None:
            return 0
        if _no_plural_ahead(text, participle.end(), limit):
            return 0  # "10 likely involved heroin": an adverb and its verb, then the verb's object (no plural noun)
        return participle.end()
    if low == "lost" and word.islower():
        lost = _LOST_NOUN.match(text, m.end(), limit)  # "including 25,000 lost factory jobs": the jobs lost
        return m.end() if lost and lost.group(1) not in _UNIT_STOP else 0
    return 0


# a plural noun phrase after "lost" that it modifies ("25,000 lost factory jobs"), not the object of the verb
# ("25,000 lost their jobs", "50,000 lost power")
_LOST_NOUN = re.compile(r"\s+([a-z][\w-]*)(?:\s+[a-z][\w-]*)?s\b(?!\s+(?:to|in|on|at|from|during|after|because)\b)")


_PARTICIPLE_AFTER = re.compile(r"\s+(?:(?!need)[a-z]+ed|held|built|made|run|born|paid|kept|sold|bought|chosen|taken|"
                               r"given|written|driven|stolen|frozen|broken|hidden|drawn|shown|grown|known|sworn)\b,?")


def _words_after(text: str, pos: int, limit: int) -> tuple[list[str], int]:
    """The noun phrase after a figure: "pounds of fentanyl", "known gotaways", "Firearms"."""
    words: list[str] = []
    end = pos
    while len(words) < 4:
        p = _PARENS.match(text, end, limit)
        if p and words and words[-1].lower() not in _MEASURES:
            break
        if p:
            end = p.end()
        # (or "99,290 unfurnished, unsubsidized apartments": a second adjective of the noun, after a comma)
        m = _WORD.match(text, end, limit) or _second_adjective(text, words, end, limit)
        if not m:
            break
        word = m.group(1)
        low = word.lower()
        lead = _lead_modifier(text, m, limit) if not words else 0
        if lead:
            end = lead
            continue
        if low in _COMPOUND_HEADS and (words and _modifier_noun(words[-1])
                                       or not words and _HEAD_ENDS_PHRASE.match(text, m.end(), limit)) \
                or low == "remains" and _remains_noun(text, words, m.end(), limit):
            # "4,212 job cuts", "three rate rises": a noun, not the verb "cuts"; "202 remains recovered", "145
            # undocumented remains": the noun, not the verb
            words.append(word)
            end = m.end()
            continue
        if low in _UNIT_STOP or (words and low.endswith("ed") and "-" not in low and low not in ("armed", "unarmed")
                                 and m.group()[:1] != ","):
            if low == "and" and words and not words[-1].endswith("s") and words[-1].islower():
                joined = _JOINED_MODIFIER.match(text, end, limit)
                if joined and not any(w in _UNIT_STOP or w in _COMPARATIVES or w.endswith("ed")
                                      for w in joined.group(1).split()):
                    words += ["and"] + joined.group(1).split()
                    end = joined.end()
                break
            if low == "of" and words and words[-1].lower() in _MEASURES:
                rest, stop = _words_after(text, _skip_determiner(text, m.end(), limit), limit)
                rest = [w for w in rest if w.lower() not in ("it", "them", "those", "these")]
                if rest:
                    words += ["of"] + rest[:2]
                    end = stop
            break
        if words and (low.endswith("ly") or low.endswith("ing")) and low not in ("openings", "holdings", "savings"):
            break
        if words and word in _WEEKDAYS:
            break  # "added 30 cases Monday": the day they were told on, not what is counted
        if words and _plural_head(words[-1]) and word.islower() and word.isalpha() and not low.endswith("s") \
                and low not in _MEASURES:
            break  # "12 states count differently", "40 people live there": a plural noun's verb, not a compound
        words.append(word)
        end = m.end()
    return words, end


_WEEKDAYS = frozenset("Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split())
_ADJECTIVE_ENDS = ("ed", "al", "ive", "ous", "ful", "less", "ic", "able", "ible")
# a second adjective after a comma, before the noun both describe: ", unsubsidized apartments"
_COORDINATE_ADJECTIVE = re.compile(r",\s+([a-z]+(?:" + "|".join(_ADJECTIVE_ENDS) + r"))(?=\s+[a-z]+s\b)")


def _second_adjective(text: str, words: list[str], end: int, limit: int) -> re.Match | None:
    """"99,290 unfurnished, unsubsidized apartments": the second of two adjectives of one noun, set apart by a
    comma after the first (the only word read so far)."""
    if len(words) != 1 or not words[0].islower() or not words[0].endswith(_ADJECTIVE_ENDS):
        return None
    m = _COORDINATE_ADJECTIVE.match(text, end, limit)
    return m if m is not None and m.group(1) not in _UNIT_STOP else None


# after "remains", what only the noun takes: a participle ("recovered", "found"; not "unchanged"), "of", "per", "were"
_REMAINS_NOUN_AFTER = re.compile(r"\s+(?:(?!un)[a-z]+ed|found|of|per|were|have\s+been|had\s+been)\b")


def _remains_noun(text: str, words: list[str], end: int, limit: int) -> bool:
    """"remains" after a count is the noun (human remains) after an adjective ("145 undocumented remains": a
    singular verb has no plural subject) or before what only the noun takes ("222 remains recovered")."""
    if words:
        return not words[-1].lower().endswith("s")
    return _REMAINS_NOUN_AFTER.match(text, end, limit) is not None


# plural nouns that modify a singular noun after them: "a 5.47 million sales pace", "3 arms deal"
_PLURAL_MODIFIERS = frozenset("sales claims goods savings arms news sports jobs weapons drugs narcotics earnings "
                              "orders services customs".split())


def _plural_head(word: str) -> bool:
    """A lower-case plural noun that ends a counted noun phrase: what comes after it, lower case and singular, is
    its verb ("12 states count", "40 people live"), not the head of a compound ("sales pace")."""
    low = word.lower()
    if not word.islower() or low in _PLURAL_MODIFIERS:
        return False
    return low in ("people", "children", "men", "women") or low.endswith("s") and not low.endswith(("ss", "us", "is"))


# verbs in _UNIT_STOP that are also plural nouns heading a compound: "job cuts", "price rises", "box sets"
_COMPOUND_HEADS = frozenset("cuts rises falls sets".split())
# what follows such a word right after a figure when it is the noun counted, not a verb ("announced 9,100 cuts in
# May", "9,100 cuts, the firm said"; but "the $5 million plan cuts spending")
_HEAD_ENDS_PHRASE = re.compile(r"\s*(?:[,.;:)]|$|\s+(?:in|on|at|for|from|during|since|last|this|so|and|or|by|across|"
                               r"over|through|to|with|among|announced|planned)\b)")
_IRREGULAR_PLURALS = frozenset("people children men women police staff personnel data media cattle".split())


def _modifier_noun(word: str) -> bool:
    """A lower-case singular noun that may modify the noun after it ("job", "rate", "price")."""
    low = word.lower()
    return word.islower() and word.isalpha() and not low.endswith("s") and low not in _IRREGULAR_PLURALS \
        and not low.endswith(("ed", "ly", "ing")) and low not in _DOCUMENT_NOUNS and low not in _GENERIC


_DETERMINER = re.compile(r"\s*(?:\([^)]{0,60}\)\s*)?(?:the|a|an|its|their)\b")


def _skip_determiner(text: str, pos: int, limit: int) -> int:
    m = _DETERMINER.match(text, pos, limit)
    return m.end() if m else pos


_ADJUSTED = re.compile(r"(?i)(?:not\s+)?seasonally[\s-]adjusted\s+")


def _noun_after_number_of(sentence: str) -> str:
    found = list(_NUMBER_OF.finditer(sentence))
    if not found:
        return ""
    m = found[-1]
    if m.end() == len(sentence) and len(found) > 1:
        # "the number of weekly cases fell to a low of 41": "low of" names the figure itself, what the number
        # named before it counts is the unit
        m = found[-2]
    adjusted = _ADJUSTED.match(sentence, m.end())  # "the advance figure for seasonally adjusted initial claims"
    words, end = _words_after(sentence, adjusted.end() - 1 if adjusted else m.end() - 1, len(sentence))
    if words and _MONTH_WORD.match(words[0]):
        return ""  # "the total for April": a period, not what is counted
    time_noun = _TIME_NOUN_AFTER.match(sentence, end) if words else None
    if time_noun:  # "the number of heating days", "sick days": the days are what is counted ("days" ends a phrase
        words.append(time_noun.group(1))  # elsewhere: "12 arrests days after")
    filing = _FILING.match(sentence, end) if words and " filing " in sentence else None
    if filing:  # "the number of workers filing first-time claims": one claim a worker, the claims are counted
        filed, _ = _words_after(sentence, filing.end() - 1, len(sentence))
        if filed and filed[-1].lower() in _FILED:
            return " ".join(filed)
    return " ".join(words)


_TIME_NOUN_AFTER = re.compile(r"\s+(days|weeks|months|years|hours|nights)\b")
_FILING = re.compile(r"\s+filing\s")
_FILED = frozenset("claims applications petitions returns lawsuits complaints requests".split())


_SUBJECT_VERB = re.compile(
    r"(?i)\b(?:include[sd]?|are|were|was|is|has|have|had|increased|decreased|rose|fell|grew|declined|dropped|"
    r"jumped|climbed|surged|swelled|totaled|totalled|totals|reached|hit|held|stood|added|gained|lost|accounted|"
    r"accounts|shrank|edged|slipped|came|changed|remained|stayed|dipped|slid|sank|plunged|soared|tumbled|eased|"
    r"advanced|ticked|inched|crept|spiked|surpassed|topped|tops?(?=\s*$|\s+(?:US)?[$€£]?\d)|doubled|tripled|should|will|would|could|"
    r"remain|remains|stay|stays|stand|stands|continue|continues|continued|kept|keep|keeps|trended|plummeted|"
    r"skyrocketed|rebounded|ballooned|cut|shed|slashed|shot(?=\s+up\b)|(?:went|go|goes|gone)(?=\s+(?:up|down)\b))\b"
    # "burglaries saw a small decline from 499", "sales posted a 3% gain": a verb and the change it names
    r"|(?i:\b(?:saw|sees|see|posted|posts|recorded|records|registered|experienced|showed|shows|logged|notched)"
    r"(?=\s+(?:an?\s+|the\s+)?(?:[\w.%-]+\s+){0,2}(?:declines?|drops?|decreases?|increases?|rises?|jumps?|gains?|"
    r"falls?|dips?|surges?|spikes?|reductions?|upticks?|downturns?)\b))"
)


# every word _SUBJECT_VERB matches, lower-cased: a match starts a run of word characters that is one of them
_SUBJECT_VERB_WORDS = frozenset(
    "include includes included are were was is has have had increased decreased rose fell grew declined dropped "
    "jumped climbed surged swelled totaled totalled totals reached hit held stood added gained lost accounted accounts "
    "shrank edged slipped came changed remained stayed dipped slid sank plunged soared tumbled eased advanced ticked "
    "inched crept spiked surpassed topped top tops doubled tripled should will would could remain remains stay stays "
    "stand stands continue continues continued kept keep keeps trended plummeted skyrocketed rebounded ballooned cut "
    "shed slashed saw sees see posted posts recorded records registered experienced showed shows logged "
    "notched shot went go goes gone".split())


# the runs of word characters that could be one of them: led by one of their first letters, or holding a letter
# not in ASCII; the others ("1 1 1 ...", a table pasted as one line) are passed over by the regex, not one by one
_SUBJECT_VERB_FIRST = "".join(sorted({w[0] for w in _SUBJECT_VERB_WORDS} | {w[0].upper() for w in _SUBJECT_VERB_WORDS}))
_SUBJECT_VERB_RUN = re.compile(rf"(?<!\w)(?:[{_SUBJECT_VERB_FIRST}]\w*|(?=\w*[^\W\x00-\x7f])\w+)")


def _subject_verb(clause: str) -> re.Match | None:
    """_SUBJECT_VERB.search(clause), the regex tried only at the words it can match (a word not in ASCII too:
    "ſ" matches "s" case-blind), not at each of some ninety alternatives at every word."""
    for w in _SUBJECT_VERB_RUN.finditer(clause):
        word = w.group()
        if word.lower() in _SUBJECT_VERB_WORDS or not word.isascii():
            m = _SUBJECT_VERB.match(clause, w.start())
            if m:
                return m
    return None


_WORD_BEFORE = re.compile(r"[A-Za-z][\w’'-]*")
_COUNT_ADJECTIVES = frozenset("average median mean total final new latest record overall preliminary early first last "
                              "full current previous prior initial revised grand combined cumulative running "
                              "projected estimated expected".split())


# a verb of saying before the verb a figure ends: what follows it is the clause whose subject is counted
# ("reported", "estimated" are left out: "the estimated overdose deaths" is a participle before its noun)
_SAID_CLAUSE = re.compile(r"\b(?:said|says|stated|states|reports|announced|announces|estimates|notes)\s+"
                          r"(?:(?:on\s+)?(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\s+|yesterday\s+|today\s+)?(?=[a-z])(?!(?:by|in|on|at|for|to|from|with|during|over|since|last|this|earlier)\b)")


# a verb of saying or reporting with the weekday it was said on ("reported Friday"): a finite verb, not a participle
# before its noun; what follows is the reported clause (its subject capitalised too: a wire copy that lost the full
# stop before it, "the Labor Department reported Friday Nonfarm payrolls increased by 146,000")
_DAY_SAID_CLAUSE = re.compile(r"\b(?:said|says|reported|reports|announced|announces|estimated|estimates)\s+"
                              r"(?:on\s+)?(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\s+(?=\w)"
                              r"(?!(?:by|in|on|at|for|to|from|with|during|over|since|last|this|earlier|that|and|but|"
                              r"it|he|she|they|its|their)\b)")


# "estimated", "projected" and the like after a name or a subject pronoun, with a modal verb after the noun phrase
# that follows them, are the finite verb of a forecast, not a participle before its noun ("the estimated overdose
# deaths rose"): what follows is the reported clause
_MODALS = frozenset("could would will may might should can".split())
_NAMED_SAID_CLAUSE = re.compile(r"(?:\b(?!(?:The|A|An|This|These|That|Those|Its|Their|Our|His|Her)\b)[A-Z][a-z]+|"
                                r"\b(?:he|she|they|officials|analysts|economists))\s+"
                                r"(?:estimated|reported|predicted|projected|forecast|expected|calculated)\s+"
                                r"(?=[a-z])(?!(?:by|in|on|at|for|to|from|with|that|the|a|an|this|last)\b)")


_THAT_LEAD = re.compile(r"(?i)^that\s+")


# _clause_subject's answers for clauses before a figure's own (sentence, end of the clause): a sentence of many
# short clauses without a verb ("1, 2, 3, ...") had each figure read every clause back to the sentence's start.
# Kept for one article only (_extract empties it): across articles it would flatter the bench, which repeats them
_EARLIER_SUBJECTS: dict[tuple[str, int], str] = {}


def _clause_subject(sentence: str, upto: int, own: bool = True) -> str:
    """The subject of the clause a figure ends: "Nonfarm payrolls increased by 336,000" -> "Nonfarm payrolls"."""
    read: list[int] = []  # the clauses before the figure's own read so far: each has the subject found last
    while True:
        if not own:
            known = _EARLIER_SUBJECTS.get((sentence, upto))
            if known is not None:
                subject = known
                break
            read.append(upto)
        own_subject, cut = _own_clause_subject(sentence, upto, own)
        if own_subject is not None:
            subject = own_subject
            break
        upto, own = cut, False  # the subject of the clause before
    if len(_EARLIER_SUBJECTS) > 4096:
        _EARLIER_SUBJECTS.clear()
    for end in read:
        _EARLIER_SUBJECTS[(sentence, end)] = subject
    return subject


def _own_clause_subject(sentence: str, upto: int, own: bool) -> tuple[str | None, int]:
    """The subject of the clause sentence[:upto] ends, or None and where the clause starts, when it is the
    subject of the clause before."""
    left = sentence[:upto]
    if "– " in left or "— " in left or "-- " in left:
        left = _DASH_ASIDE.sub(_blank, left)  # (blanked, not cut out: the offsets of the clauses before hold)
    # (and a clause a conjunction opens: "The jump was the steepest since claims shot up by 23,000")
    cut = max(left.rfind(", "), left.rfind(",\" "), left.rfind(",” "), left.rfind("; "), left.rfind(" that "),
              left.rfind(" since "), left.rfind(" when "), 0)
    written = sentence[:upto] if "which " in left else ""
    dash = max(written.rfind(" - which "), written.rfind(" – which "), written.rfind(" — which "),
               written.rfind(" -- which ")) if written else -1
    if dash > cut:  # "fatal collisions - which jumped from 6 to 11": a relative clause a dash sets off (read in the
        # sentence as written: "– and burglary –" between two such clauses is no aside)
        cut, left = written.index("which ", dash), written
    clause = left[cut:].strip(" ,;")
    if clause[:4].lower() == "that":  # (t, h, a have no other case: the test is exact)
        clause = _THAT_LEAD.sub("", clause)
    noun = _which_noun(left, cut) if cut and clause[:6].lower() == "which " else ""
    if noun:  # "cases of fraud, which fell to 1,200": the noun the clause is about
        return noun, cut
    if not own and not cut and clause[:1].isupper() and _OPENING_PARTICIPLE.match(clause):
        return "", cut  # "Called the average daily population in its reports, the figure is up 4,000": a phrase that
        # names or qualifies the subject after it, no subject of its own
    v = _subject_verb(clause)
    if not v and not own and _ADVERBIAL.match(clause) and not _CONNECTIVE.fullmatch(clause):
        return "", cut  # "In the first half of this year, there have been 1,480": a time or place, not what is counted
    if not v and cut and not (own and _noun_clause(clause)):  # "Homicides declined 8%, to 289": the clause has no verb
        return None, cut
    # without a verb we know, the noun phrase the clause starts with: "Measles cases kept climbing",
    # "Muslim refugees from Syria (12,486)"
    phrase = (not own and _joined_clause_subject(clause, v)) or (clause[:v.start()] if v else clause)
    if v and _existential(phrase):
        # "in the first 28 days of June there were 39,000": what is counted follows the verb; a time or place before
        # "there" is none of it: the subject of the clause before, or none
        return (None, cut) if cut else ("", cut)
    phrase, reported = _reported_clause(phrase, v) if v else (phrase, False)
    head = _subject_head(phrase)
    if len(head) > 1 and head[-1].lower() in ("count", "tally", "total", "volume") \
            and (head[-2].islower() or head[-2].istitle() and head[-1].istitle()) \
            and head[-2].isalpha() and not head[-2].lower().endswith(("ly", "al", "ed")) \
            and head[-2].lower() not in _COUNT_ADJECTIVES:
        # "The average daily inmate count was 236": a count of inmates; "the homicide total", "The Index Crime
        # Volume in 2019 was 805,879" (a title's words)
        return " ".join(head[-2:]), cut
    if reported and head and head[-1].lower() in _GENERIC:
        return "", cut  # "An official, speaking ..., said the number for April was 58,400": no subject of its own,
        # and the speaker's is not what is counted
    if (not head or head[-1].lower() in _GENERIC or _adverb_only(head)) and cut:
        # "Arrests climbed in April; in May there were 61,250": the subject of the clause before (and "Cases of
        # mumps, once rare, likewise climbed 17% to 2,800": an adverb before the verb, the subject before the aside)
        return None, cut
    if len(head) == 1 and head[0] in _LEAD_ADVERBS:
        return "", cut  # "Second, the numbers fell ... — 337,117": a word that orders the sentence, not what is counted
    return ("" if head and head[-1].lower() in _GENERIC else " ".join(head[:4])), cut


def _reported_clause(phrase: str, v: re.Match) -> tuple[str, bool]:
    """The subject phrase after a verb of saying that it holds ("Ford said sales in March rose": "sales in March"),
    else the phrase; and whether "said" or "says" reported it."""
    said = _SAID_CLAUSE.search(phrase) if " " in phrase else None
    if not said and "day " in phrase:
        said = _DAY_SAID_CLAUSE.search(phrase)  # "the Labor Department reported Friday nonfarm payrolls increased"
    if not said and "ed " in phrase and v.group().lower() in _MODALS:
        said = _NAMED_SAID_CLAUSE.search(phrase)  # "Hess estimated recoveries for 2020 could top 200"
    if said is None or said.end() >= len(phrase):
        return phrase, False
    return phrase[said.end():], said.group()[:4].lower() in ("said", "says")


# a participle of change that opens the phrase a figure is in, after a comma: ", dropping from ", ", rising to "
_CHANGE_PARTICIPLE = re.compile(r",\s+(?:dropping|falling|rising|climbing|declining|increasing|decreasing|jumping|"
                                r"sliding|growing|shrinking|dipping|slipping)\s+(?:from|to|by)\s")


def _joined_clause_subject(clause: str, v: re.Match | None) -> str:
    """"Thefts fell by 35 and drug cases were cut in half, dropping from 70 to 32": a clause before the figure's
    own that joins a second clause with its own subject and verb; the phrase after it speaks of the later subject."""
    j = clause.rfind(" and ") if v else -1
    if j < 0 or j < v.end():
        return ""
    joined = clause[j + 5:]
    w = _subject_verb(joined)
    if not w or not w.start():
        return ""
    head = _subject_head(joined[:w.start()])
    return joined[:w.start()] if head and head[-1].lower() not in _GENERIC and head[-1][:1].islower() else ""


def _which_noun(left: str, cut: int) -> str:
    """The noun a relative clause at cut is about: the last words before it, after any verb or function word."""
    noun = _WORD_BEFORE.findall(left[:cut])[-3:]
    stop = next((i for i in range(len(noun) - 1, -1, -1)
                 if noun[i].lower() in _UNIT_STOP or noun[i].lower() in _SUBJECT_VERB_WORDS), -1)
    return " ".join(noun[stop + 1:])


def _adverb_only(head: list[str]) -> bool:
    """"likewise", "also": an adverb alone before a clause's verb, no subject."""
    return len(head) == 1 and head[0].islower() and head[0].title() in _LEAD_ADVERBS


# "Total sales – transactions that include homes, condos and co-ops – fell 2.5% to 3.86 million": an aside set off
# by dashes between a subject and its verb; its commas and "that" cut no clause, its nouns are not the subject
_DASH_ASIDE = re.compile(r"\s(?:–|—|--)\s[^–—\d]{1,160}?\s(?:–|—|--)\s")


def _blank(m: re.Match) -> str:
    return " " * len(m.group())


def _existential(phrase: str) -> bool:
    """The words before a clause's verb end in "there": "in June there were", "There have been"."""
    end = phrase.rstrip()
    return end[-5:].lower() == "there" and (len(end) == 5 or end[-6] == " ")


# "killed 30 people, 12 of them children", "800 of them illegal handguns": the part's own noun after "of them"
_OF_THEM_NOUN = re.compile(r"\s+of\s+(?:them|whom)\s+((?:[a-z][\w-]*\s+){0,2}(?:[a-z][\w-]*s|children|women|men|"
                           r"people))(?=\s*[,.;:)”\"]|\s*$|\s+(?:and|or|in|from|under|over|aged)\b)")
_OF_THEM_VERBS = frozenset("are were was is have has had remain remained still also now all".split())


def _of_them_noun(fig: Figure, st: Sentence, text: str) -> str:
    """"8,000 weapons, 800 of them illegal handguns": the part's own noun after "of them", or ""."""
    if " of " not in text[fig.end:fig.end + 5]:
        return ""
    m = _OF_THEM_NOUN.match(text, fig.end, st.end)
    return m.group(1) if m and not any(w in _OF_THEM_VERBS for w in m.group(1).split()) else ""


# words that open a sentence to order or link it, set off by a comma: "Second, ...", "Meanwhile, ..."
_LEAD_ADVERBS = frozenset("First Second Third Fourth Fifth Finally Lastly However Meanwhile Moreover Furthermore "
                          "Additionally Also Still Instead Likewise Similarly Separately Elsewhere Again Yet Indeed "
                          "Nevertheless Otherwise Thus Therefore Consequently".split())
# a past participle opening a sentence, then its preposition or object: "Called the ...", "Known as ...", "Adjusted
# for inflation, ...", "Compared with last year, ..." (not "Reported crimes rose": a participle before its noun)
_OPENING_PARTICIPLE = re.compile(r"(?:[A-Z][a-z]+ed|Known|Seen|Taken|Given|Shown)\s+(?:as|the|a|an|by|for|with|to|in|"
                                 r"at|from|on|against|over|[“\"‘'])(?:\s|(?<=[“\"‘']))")
_ADVERBIAL = re.compile(r"(?i)(?:in|during|for|since|through|on|after|before|within|until|by|so\s+far)\s|"
                        # "This winter, that figure is expected to drop to 4,903": a time, not what is counted
                        r"(?:this|last|next|that|each|every)\s+(?:winter|summer|spring|autumn|season|year|month|week|"
                        r"quarter)$")
# a connective set off by commas, no time or place: "Thefts, for example, were down 8% from 2,013": the subject is
# before it
_CONNECTIVE = re.compile(r"(?i)for\s+(?:example|instance)|in\s+(?:fact|turn|particular|addition|contrast)|"
                         r"by\s+contrast|on\s+the\s+other\s+hand")


def _noun_clause(clause: str) -> bool:
    """A clause that is a bare noun phrase: "Muslim refugees from Syria", not "to 289" or "apprehended another"."""
    first = _WORD_BEFORE.match(clause)
    if not first or first.start() > 0:
        return False
    low = first.group().lower()
    head = _subject_head(clause)
    if not head or all(w[:1].isupper() for w in head) or head[-1].lower() in _GENERIC \
            or any(w.endswith("ed") for w in head[1:]):
        return False  # "Texas (7,803)": a name in a list, not what is counted; "ICE recorded": a verb
    return low not in _UNIT_STOP and not low.endswith(("ed", "ly", "ing")) and not _MONTH_WORD.match(first.group()) \
        and not _NUMBERISH_WORD.match(low) and low not in _QUALIFIER_FIRST


# "the majority of smuggling attempts", "the remainder": a part of what is counted, not a count of its own
_PARTITIVES = frozenset("majority minority remainder rest bulk share portion".split())
# "States with the largest job gains", "the top states for refugees": places ranked by what is counted
_PLACE_NOUNS = frozenset("states countries cities counties nations regions provinces districts sectors metros "
                         "towns areas ports".split())
_TOTALS = frozenset("total totals figure tally estimate estimates forecast forecasts projection projections average "
                    "median mean rate pace".split())
_RANKING = frozenset("largest biggest highest greatest most top leading fastest strongest".split())


# verbs a subject's noun phrase ends at that no noun spells: "The largest increase comes in construction"
_INTRANSITIVE = frozenset("comes goes seems appears happens occurs lies belongs arrives".split())
_ED_NOUNS = frozenset("hundred bed shed seed need speed feed breed weed creed deed greed red bred".split())


def _verb_after_noun(prev: str, word: str, nxt: str) -> bool:
    """A verb after a subject's noun: a past tense after a singular noun, ending the phrase ("The city recorded
    102", "The median forecast called for"), or a verb no noun spells ("increase comes"). A plural noun before an
    -ed word is caught as a participle ("Deaths involving"); an -ed word before a noun or "and" modifies it
    ("provisional estimated overdose deaths", "Total confirmed and estimated deaths"), as after an adverb
    ("seasonally adjusted")."""
    low = word.lower()
    if low in _INTRANSITIVE:
        return True
    if low.endswith("s") and word.islower() and nxt.lower() in _DETERMINER_WORDS and prev.islower() \
            and not prev.lower().endswith("s") and prev.lower() not in _UNIT_STOP | _IRREGULAR_PLURALS:
        return True  # "The claims stat provides a snapshot": a verb and its object, not a compound noun
    if not low.endswith("ed") or "-" in low or low in _ED_NOUNS or not word.islower():
        return False
    before = prev.lower()
    if before.endswith(("ly", "s", "al", "ive", "ous", "ic", "ary")) or before in _IRREGULAR_PLURALS \
            or before in _UNIT_STOP or before in _COUNT_ADJECTIVES:
        return False
    after = nxt.lower()
    return not after or after in _UNIT_STOP and after not in ("and", "or")


_DEGREE = frozenset("far much slightly significantly considerably substantially somewhat even still".split())
_COMPARATIVES = frozenset("fewer more less higher lower greater larger smaller bigger better worse".split())


_HEAD_WORD = re.compile(r"(?:[A-Z]\.){2,}|[A-Z]&[A-Z]\w*|[A-Za-z][\w’'-]*")


def _adjacent(phrase: str, w: str, nxt: str) -> bool:
    r"""re.search(rf"\b{re.escape(w)}\s+{re.escape(nxt)}\b", phrase) for two words that start with a letter: w
    and nxt with only space between, found by str.find, not a regex built and looked up for each pair."""
    n = len(phrase)
    i = phrase.find(w)
    while i != -1:
        j = k = i + len(w)
        while k < n and phrase[k].isspace():  # (\s+ stops at nxt's letter: it takes all the space)
            k += 1
        if k > j and (not i or not is_word_char(phrase[i - 1])) and phrase.startswith(nxt, k):
            e = k + len(nxt)
            if is_word_char(phrase[e - 1]) != (e < n and is_word_char(phrase[e])):
                return True
        i = phrase.find(w, i + 1)
    return False


def _leading_noun_phrase(words: list[str], phrase: str) -> list[str]:
    """The noun phrase the words of phrase start with: "Deaths involving fentanyl ..." -> "Deaths"."""
    head: list[str] = []
    for i, w in enumerate(words):
        low = w.lower()
        if low == "fewer":
            break
        if head:  # (the cheap tests first: the verb's needs the word after)
            if low in _UNIT_STOP or low in ("of", "for") or low.endswith(("ing", "ed")) and head[-1].endswith("s"):
                break  # (a participle: "Deaths involving")
            nxt = words[i + 1] if i + 1 < len(words) else ""
            if nxt and not _adjacent(phrase, w, nxt):
                nxt = "."  # "building permits — a gauge of demand": a dash or comma between, no object after a verb
            if _verb_after_noun(head[-1], w, nxt):
                break
        head.append(w)
    return head


_FISCAL_NUMBER = re.compile(r"(?i)\b(?:fiscal|calendar)\s+(?:19|20)\d\d\b")
_FY_WORD = re.compile(r"FY(?:\d\d){0,2}")


def _year_named(words: list[str], phrase: str) -> bool:
    """"the fiscal year total", "fiscal 2021 was", "FY21 was": a period, not what is counted."""
    if _FY_WORD.fullmatch(words[0]):
        return True
    return words[0].lower() in ("fiscal", "calendar") and (
        len(words) > 1 and words[1].lower() == "year" or bool(_FISCAL_NUMBER.search(phrase)))


# a personal pronoun opening a subject, alone or with its verb: the words after it are no noun phrase
_PERSONAL_PRONOUNS = frozenset(w.replace("'", q) for w in "i we you he she they i'm we're you're he's she's they're "
                               "we've they've i've you've we'd they'd".split() for q in "'’")
# "It's also a new low", "That was a record": a pronoun subject, what comes after the verb is said of it
_PRONOUN_SUBJECT = re.compile(r"(?i)(?:it|that|this)(?:[’']s|\s+(?:is|was))\b")


# a subject phrase that ends in a qualifier ("At least", "Officials say about") or a verb of saying ("Police said")
_QUALIFIER_OR_SAID_END = re.compile(r"(?i)(?:\bat\s+least|\babout|\bnearly|\balmost|\bmore\s+than|\bsome|"
                                    r"\baround|\bsay|\bsays|\bsaid)\s*$")
_SAYING = frozenset("say says said".split())


def _subject_head(phrase: str) -> list[str]:
    """The head noun phrase of a subject: "The agency's provisional overdose deaths" -> provisional overdose deaths."""
    if phrase[:1] in "IiTt" and _PRONOUN_SUBJECT.match(phrase):
        return []  # the pronoun stands for what an earlier clause or sentence names
    words = _HEAD_WORD.findall(phrase)  # "S&P" is one word
    if words and words[0].lower() in _PERSONAL_PRONOUNS:
        return []  # "We're constantly in the teens": a person speaks of what an earlier clause or sentence names
    if _QUALIFIER_OR_SAID_END.search(phrase) and (len(words) <= 2 or words[-2].lower() in _SAYING):
        return []  # "At least 70 crossed", "Officials say about 160 have entered": the figure opens its own clause,
        # it has no subject before it
    owner = max((i for i, w in enumerate(words[:-1]) if w.endswith(("’s", "'s"))), default=-1)
    if owner >= 0 and words[owner][:-2].lower() not in _UNIT_STOP and not _owner_in_modifier(words, owner):
        words = words[owner + 1:]  # "The agency's provisional overdose deaths": what is owned
    words = [w for w in words if w[:-2].lower() not in _UNIT_STOP or not w.endswith(("’s", "'s"))]  # "That's"
    while words and (words[0].lower() in _UNIT_STOP or _MONTH_WORD.match(words[0]) or _NUMBERISH_WORD.match(words[0])
                     or words[0][:1] in "fFcC" and _year_named(words, phrase)):
        words = words[1:]  # "the fiscal year total": a period, then what is counted
    if len(words) > 1 and words[0].lower() in _DEGREE and words[1].lower() in _COMPARATIVES:
        words = words[2:]  # "That's far fewer than the 10,000": a degree of the comparison, not what is counted
        while words and words[0].lower() in _UNIT_STOP:
            words = words[1:]
    head = _leading_noun_phrase(words, phrase)
    rest = words[len(head):]
    if head and rest and rest[0].lower() in ("and", "or") and 0 < len(rest) - 1 <= 3 \
            and rest[-1].endswith("s") and not any(w.lower() in _UNIT_STOP for w in rest[1:]):
        head = rest[1:]  # "state and local governments": the last of the joined nouns names them
    if len(head) == 1 and head[0].lower() in _PARTITIVES:  # "The majority of smuggling attempts"
        return _subject_head(" ".join(rest[1:])) if rest and rest[0].lower() == "of" else []
    counted = _action_of(head, rest)
    if counted:
        return counted
    if head and head[-1].lower() in _TOTALS and rest and rest[0].lower() in ("of", "for"):
        return _subject_head(" ".join(rest[1:])) or head  # "The median estimate for October job growth"
    if len(head) == 1 and head[0].lower() in ("change", "changes") and rest and rest[0].lower() == "in":
        return _subject_head(" ".join(rest[1:])) or head  # "The change in nonfarm payrolls": the payrolls
    if head and head[-1].lower() in _PLACE_NOUNS and rest and rest[0].lower() in ("of", "for", "with"):
        ranked = [w for w in rest[1:] if w.lower() not in _RANKING]
        return _subject_head(" ".join(ranked)) or head  # "States with the largest employment gains": jobs
    if len(head) > 1 and head[-1].lower() in _CHANGE_NOUNS:
        lead = head[-2].lower()  # "U.S. payrolls increase 467,000", "payroll gains": what changed
        head = ["jobs"] if lead in ("payroll", "job", "employment") else head[:-1] if lead.endswith("s") else head
    return head


# prepositions that open a modifier after a head noun: "job growth in the governor's first term"
_MODIFIER_PREPOSITIONS = frozenset("in during under at on among across within for from over since".split())


def _owner_in_modifier(words: list[str], owner: int) -> bool:
    """A possessive inside a phrase a preposition opens just after the head noun ("Job growth in the governor's
    first term", "deaths at the county's jails"): it owns the preposition's object, not what is counted. (Not a
    name's own preposition: "The Centers for Disease Control and Prevention's provisional deaths".)"""
    for j in range(owner - 1, max(0, owner - 5), -1):
        low = words[j].lower()
        if low in _MODIFIER_PREPOSITIONS:
            head = words[j - 1]
            return head.lower() not in _UNIT_STOP and not (head[:1].isupper() and words[j + 1][:1].isupper())
        if low in _UNIT_STOP and low not in _DETERMINER_WORDS:
            return False
    return False


def _action_of(head: list[str], rest: list[str]) -> list[str]:
    """What an action noun is done to, when that is a plural noun: "Formation of Neighborhood Watch meetings
    dropped to 9" counts the meetings; [] for a name ("Department of Corrections") or a mass noun."""
    if len(head) != 1 or not head[0].lower().endswith(("tion", "sion", "ment")) or not rest or rest[0].lower() != "of":
        return []
    counted = _subject_head(" ".join(rest[1:]))
    if counted and counted[-1].islower() and counted[-1].endswith("s") and counted[-1][-2:] != "ss":
        return counted
    return []


# ---------------------------------------------------------------- the article


# The letters a case-blind regex takes for ASCII ones that str.lower() does not turn into them (CASE_ODD):
# the tables the rules look a matched word up in ("million", "first", "april") hold ASCII, so "MİLLİON" or
# "fırst" raised KeyError. And the spaces, line ends and invisible characters of pasted text (PASTED_ODD): the
# rules match " " and "\n", so "5\u00a0million", a line ended by a lone "\r" or a byte-order mark before the
# headline each lost or changed claims. A text holding one is read with each as the character it stands for,
# one character for one (every offset holds), and its claims' sentence and figure are the article's own text
# again. An invisible character is read as a space: it stands where a space or nothing is, and a space at a
# line's start or end is nothing to the rules.
_READ_AS = str.maketrans({"ı": "i", "ſ": "s", "İ": "I", "\u212a": "K", "\r": "\n", "\u2028": "\n", "\u2029": "\n",
                          **{c: " " for c in PASTED_ODD if c not in "\r\u2028\u2029"}})
# characters the sentence a claim quotes shows as read: a line end is a space in it (segments._joined_lines)
_LINE_ENDS = "\r\u2028\u2029"


def extract_claims(text: str, published: date | None = None) -> list[ExtractedClaim]:
    """Every quantitative claim in an article's plain text, in order of appearance."""
    if isinstance(published, datetime):
        published = published.date()
    if holds_read_odd(text):
        read = _as_read(text)
        return [_with_odd_letters(claim, text, read) for claim in _extract(read, published)]
    return _extract(text, published)


def _as_read(text: str) -> str:
    """The text with READ_ODD's characters as what they stand for. The "\r" of a Windows line end ("\r\n") is
    read as a space at the line's end, not as a line end of its own (that would make a blank line, a paragraph
    break, of every line end); a lone "\r" (old Mac text) is the line end."""
    if "\r\n" in text:
        text = text.replace("\r\n", " \n")
    return text.translate(_READ_AS)


def _with_odd_letters(claim: ExtractedClaim, text: str, read: str) -> ExtractedClaim:
    """A claim of the text as read (its odd characters as what they stand for) with the article's own characters
    again: in its figure and sentence, and in its speaker, unit and place where the text holds them ("Ekrem
    İmamoğlu", "Customs\u00a0and Border Protection")."""
    def back(words: str) -> str:
        at = read.find(words) if words else -1
        return text[at:at + len(words)] if at >= 0 else words

    return replace(claim, figure_text=text[claim.start:claim.end][:100],
                   sentence=_odd_letters_back(claim.sentence, text[claim.sentence_start:claim.sentence_end]),
                   speaker=back(claim.speaker) if claim.speaker is not None else None, unit=back(claim.unit),
                   place=back(claim.place))


def _odd_letters_back(sentence: str, original: str) -> str:
    """The sentence as read (its line breaks as spaces, one for one) with the article's own odd characters."""
    if len(sentence) != len(original):
        return sentence
    return "".join(o if o in READ_ODD and o not in _LINE_ENDS else c for c, o in zip(sentence, original))


def _extract(text: str, published: date | None) -> list[ExtractedClaim]:
    _EARLIER_SUBJECTS.clear()
    if published is None:  # an undated wire story whose dateline and budget year fix its day: read it as dated
        published = per.inferred_date(text)
    d = _read(text, published)
    attr.resolve_speakers(d)
    main = scope.main_period(d.sentences, published is None and not per.names_month_with_year(text))
    claims: list[ExtractedClaim] = []
    units = _Units()
    asof_seen: date | None = None
    for st in d.sentences:
        asof_here = [f.asof for f in st.found if f.kind == "asof" or f.asof]  # ("through June 30" too)
        if st.figures:  # (what units holds of the sentence is read only by its figures' claims)
            before = d.sentences[st.index - 1] if st.index else None
            units.before = list(units.by_start.values()) if before is not None and before.figures and \
                before.paragraph == st.paragraph else []
            units.sentence = []
            units.by_start = {}
            units.prev = before if before is not None and before.paragraph == st.paragraph and not any(
                f.kind == "count" for f in before.figures) else None
            for k in range(len(st.figures)):
                claim = _claim(k, st, d, units, main, asof_here, asof_seen, published)
                if claim is not None:
                    claims.append(claim)
        asof_seen = next((a for a in reversed(asof_here) if a), asof_seen)
        if st.paragraph in d.blocks and d.blocks[st.paragraph][1]:
            asof_seen = d.blocks[st.paragraph][1]
    return claims


def _read(text: str, published: date | None) -> attr.Discourse:
    """The article split into sentences, each with its figures, attributions and period phrases."""
    figures = find_figures(text)
    paragraphs = split(text, [(f.start, f.end) for f in figures])
    ctx = per.context_for(text, published)
    cues = attr.cue_words(text)
    sentences: list[Sentence] = []
    fi = 0
    for para in paragraphs:
        for k, s in enumerate(para.sentences):
            ctx.sentence_after = para.sentences[k + 1].text if k + 1 < len(para.sentences) else ""
            while fi < len(figures) and figures[fi].start < s.end:
                if figures[fi].start >= s.start:
                    s.figures.append(figures[fi])
                fi += 1
            s.attributions = attr.find_attributions(s.text, cues)
            if para.index <= 1 and len(para.sentences) == 1 and not s.attributions \
                    and not (para.index and paragraphs[0].text.rstrip().endswith(":")):  # (not a list's first item)
                # a headline or a one-line summary: "CDC: Overdose deaths fell 3%", "..., Commerce Department";
                # "Suffolk University Poll Shows Markey with 10-Point Lead" (its verb in title case)
                headline = attr.headline_source(s.text) or attr.trailing_source(s.text)
                s.attributions = [headline] if headline else attr.title_attributions(s.text)
            elif not para.index and s is para.sentences[0] and not s.attributions:
                # a headline of two sentences: "Gallup poll: 41% approve. Most back the plan" names its source first
                headline = attr.headline_source(s.text)
                s.attributions = [headline] if headline else []
            elif len(para.sentences) == 1 and not s.attributions and s.figures:
                # a brief of one line further down ("Job openings fell to 8.1 million in April, Bureau of Labor
                # Statistics."): its source after the comma, as a headline's
                credit = attr.trailing_source(s.text)
                s.attributions = [credit] if credit else []
            s.found = per.find_periods(s.text, ctx)
            s.index = len(sentences)
            sentences.append(s)
    scope.end_counts_at_data_end(sentences)
    return attr.Discourse(text, paragraphs, sentences, quote_spans(text, paragraphs), dateline=places.dateline(text))


@dataclass
class _Units:
    """The units counted so far: in this sentence, and the last in the article."""

    sentence: list[str] = field(default_factory=list)
    last: str = ""
    counted: str = ""  # the last that is a thing counted, not "percent" or "points"
    prev: Sentence | None = None  # the sentence before, in the same paragraph, when it has no count
    by_start: dict[int, str] = field(default_factory=dict)  # the unit of each count in this sentence
    by_value: dict = field(default_factory=dict)  # the unit each count's value was first given with, in the article
    thing: str = ""  # the last counted that is no place ("claims", not "states")
    rate: str = ""  # the last rate a count was given as, its noun named: "overdose death rate", "deaths per 100,000"
    before: list[str] = field(default_factory=list)  # the units of the counts of the sentence before, in order

    def note(self, fig: Figure, unit: str, named: bool) -> None:
        """A count's unit, for the figures after it; named: the figure's own words gave it."""
        self.sentence.append(unit)
        self.by_start[fig.start] = unit
        if named:
            self.by_value.setdefault(fig.value, unit)
        self.last = unit
        if unit not in _MEASURED_UNITS:
            self.counted = unit
            if unit.rsplit(None, 1)[-1].lower() not in _PLACE_NOUNS:
                self.thing = unit


# bare counts listed before "respectively": "compared to 27,400 and 23,864 respectively", each the count of the
# unit in the same place among the counts named before it (in the sentence, or else in the one before)
_RESPECTIVELY = re.compile(r"\$?\d[\d,.]*(?:(?:,\s+|,?\s+and\s+)\$?\d[\d,.]*)+,?\s+respectively\b")


def _respective_unit(fig: Figure, unit_words: list[str], st: Sentence, units: _Units) -> tuple[str, bool] | None:
    """The unit of a bare count listed before "respectively", by its place in the list (guessed); None if the
    counts named before are not as many, or not all different."""
    if fig.kind != "count" or unit_words or "respectively" not in st.text:
        return None
    rel = fig.start - st.start
    m = next((m for m in _RESPECTIVELY.finditer(st.text) if m.start() <= rel < m.end()), None)
    if m is None:
        return None
    listed = [f for f in st.figures if m.start() <= f.start - st.start < m.end()]
    if any(f.kind != "count" for f in listed) or fig not in listed:
        return None
    named = [u for start, u in units.by_start.items() if start < m.start() + st.start] or units.before
    named = named[-len(listed):] if len(named) >= len(listed) and named is not units.before else named
    if len(named) != len(listed):  # "record lows for both homicides and shootings ..., with 471 and 1,420
        named = _nouns_listed(st.text[:m.start()], len(listed)) or named  # respectively": the nouns listed before
    if len(named) != len(listed) or len(set(named)) != len(named):
        return None
    return named[listed.index(fig)], True


# plural nouns listed: "homicides and shootings", "burglaries, robberies and thefts"
_NOUN_LIST = re.compile(r"\b([a-z]{3,}s)((?:,\s+[a-z]{3,}s)*),?\s+and\s+([a-z]{3,}s)\b")


def _nouns_listed(before: str, n: int) -> list[str]:
    """The last list of n plural nouns in before, in order ([] when there is none)."""
    for m in reversed(list(_NOUN_LIST.finditer(before))):
        nouns = [m.group(1)] + [w.strip(", ") for w in m.group(2).split(",") if w.strip()] + [m.group(3)]
        if len(nouns) == n:
            return nouns
    return []


# "the 3.55 million figure", "the 152,000 number": a figure the article gave before, named again by its value
_AGAIN_NOUNS = frozenset("figure number total tally count estimate".split())


def _named_again(fig: Figure, first: str, unit_words: list[str], units: _Units, text: str) -> tuple[str, bool] | None:
    """The unit a figure named again as "the N figure" was first given with, or None."""
    if first not in _AGAIN_NOUNS or len(unit_words) != 1 or fig.kind != "count" or fig.value not in units.by_value \
            or not text.endswith(("the ", "The ", "that ", "That ", "this ", "This "), 0, fig.start):
        return None
    return units.by_value[fig.value], False


# The whole digits a claim's value holds (claims.models.VALUE_FIELD: 30 digits, 6 of them decimals). A figure
# with more raised decimal.InvalidOperation in _plain, which rounds at 28 digits.
_MOST_DIGITS = 24


def _claim(k: int, st: Sentence, d: attr.Discourse, units: _Units, main, asof_here: list, asof_seen,
           published: date | None) -> ExtractedClaim | None:
    text, fig = d.text, st.figures[k]
    if fig.value.adjusted() >= _MOST_DIGITS:
        return None  # "999,999,999,999 trillion": past what a claim's value holds, and no statistic is that big
    unit_words, after_end = _unit_words(text, fig, st)
    first = unit_words[0].lower() if unit_words else ""
    part = False
    elided = _elided_unit(fig, st, text) if (fig.spelled or text.startswith(" others", fig.end)) \
        and (not unit_words or first in _NOT_UNIT) else ""
    if not elided and _not_a_claim(fig, first, unit_words, st):
        part = not unit_words and _in_a_place_list(fig, st, text, units)
        if not (part or not unit_words and units.sentence
                and _INCLUDING.search(text, max(0, fig.start - 12), fig.start)):
            return None  # but "in 13 states, including five where ...", "seven in Howard": a part of the count before
    if fig.range_role == "low" and k + 1 < len(st.figures) and fig.kind == "count":
        unit_words, after_end = _unit_words(text, st.figures[k + 1], st)
        first = unit_words[0].lower() if unit_words else ""
    unit, unit_guessed = (units.sentence[-1], True) if part and units.sentence else (elided, True) if elided else \
        _named_again(fig, first, unit_words, units, text) or _unit(fig, unit_words, st, units, text)
    if fig.kind == "count" and _counts_jobs(unit, unit_words, text):
        unit = "jobs"
    unit, unit_guessed = _listed_unit(fig, st, d, unit, unit_guessed)
    unit, unit_guessed = _respective_unit(fig, unit_words, st, units) or (unit, unit_guessed)
    if not unit and fig.kind == "count" and st.index and d.sentences[st.index - 1].paragraph == st.paragraph:
        prev = d.sentences[st.index - 1]  # "Foreclosures rose. The total for May was 4,810."
        unit, unit_guessed = _clause_subject(prev.text, len(prev.text)), True
    unit = _rate_named_before(fig, unit, units)
    if fig.kind == "count" and unit and unit != "times" and not _PER_UNIT.search(unit):
        # (a rate per 1,000 is not what is counted, nor is "three times as many": a multiple of a count)
        units.note(fig, unit, bool(unit_words) and not unit_guessed and first not in _AGAIN_NOUNS)
    plus = fig.plus and not _signed(fig, text)
    qualifier = _qualifier(st.text[:fig.start - st.start], first, plus, text[fig.end:min(st.end, fig.end + 24)])
    if fig.range_role == "high" and k > 0 and st.figures[k - 1].range_role == "low":
        low = st.figures[k - 1]
        qualifier = qualifier or _qualifier(st.text[:low.start - st.start], "", low.plus and not _signed(low, text))
    qualifier = qualifier or _carried_bound(st.text[:fig.start - st.start], fig)
    rate = fig.rate or _rate(text, fig.end, after_end, st.end)
    speaker = attr.speaker_for(fig.start, st, d)
    if st.index not in d.places:
        d.places[st.index] = places.named_places(st.text)
    place = places.place_in(st.text, fig.start - st.start, fig.end - st.start, d.places[st.index])
    guessed = {"unit"} if unit_guessed and unit else set()
    if _speaker_guessed(speaker, st):
        guessed.add("speaker")
    if not place and d.dateline:
        place = d.dateline
        guessed.add("place")
    period, period_guessed = scope.period_for(k, st, d.sentences, main, _list_header(st, d))
    if period_guessed:
        guessed.add("period")
    if period is not None:
        period = scope.years_earlier(period, text, fig.end if not unit_words else after_end, fig.end, st.end)
    period = scope.annual_total(period, st, fig.start - st.start)  # (a year's total told with its last quarter)
    period = scope.day_in_years(period, st, fig.start - st.start)  # ("on Aug. 6 ... last five years: $2 in 2017")
    if period is not None and period.to_date:
        block_date = d.blocks.get(st.paragraph, (None, None))[1]
        period = scope.counted_on(period, asof_here, block_date, asof_seen, published)
    value = _plain(fig.value)
    bounds = _bounds(fig, k, st.figures, qualifier, value)
    return ExtractedClaim(
        value=value, lower_bound=bounds[0], upper_bound=bounds[1], qualifier=qualifier, unit=unit[:100],
        figure_text=text[fig.start:fig.end][:100], rate=rate[:40], speaker=speaker[:200] if speaker else None,
        period_start=period.start if period else None, period_end=period.end if period else None,
        start=fig.start, end=fig.end, sentence=st.text, sentence_start=st.start, sentence_end=st.end,
        place=place[:200], guessed=frozenset(guessed),
    )


# the words a rate's subject may have that say whose rate it is, not what it counts: "the national rate", "Ohio's
# rate", "the overall rate"
_RATE_SCOPES = frozenset("the its their this that national nationwide overall statewide state state's county "
                         "county's city city's country's nation's average u.s. local regional".split())


def _rate_named_before(fig: Figure, unit: str, units: _Units) -> str:
    """A count's unit, the rate named before where its own names only whose rate it is: "The death rate per 100,000
    was 17.9. Ohio's rate was 40.2" (noted in units.rate when it names what it counts)."""
    if fig.kind != "count" or not unit:
        return unit
    if unit[-4:].lower() == "rate" and units.rate and _bare_rate(unit):
        return units.rate
    if unit[-5:].lower() == " rate" or _PER_UNIT.search(unit):
        units.rate = unit
    return unit


def _bare_rate(unit: str) -> bool:
    """A rate named by whose it is alone ("rate", "national rate", "Ohio's rate"), not by what it counts."""
    words = unit.lower().replace("’", "'").split()
    return all(w in _RATE_SCOPES or w.endswith("'s") for w in words[:-1])


# industries as a jobs report names them, the subject of a change in their jobs
_INDUSTRIES = frozenset(("manufacturing", "construction", "retail", "retail trade", "wholesale trade", "mining",
                         "government", "health care", "healthcare", "hospitality", "leisure and hospitality",
                         "services", "business services", "professional and business services", "financial activities",
                         "transportation", "transportation and warehousing", "utilities", "information", "education",
                         "education and health services", "logging", "temporary help services"))


def _counts_jobs(unit: str, unit_words: list[str], text: str) -> bool:
    """"Employment rose by 52,000": what employment counts is jobs; "Manufacturing rose by 24,000" in a jobs story
    (no noun after the figure): an industry's count is its jobs."""
    if "mployment" in unit and _EMPLOYMENT.search(unit):
        return True
    if unit.endswith(" payrolls") and unit[:-9].lower() in _INDUSTRIES:
        return True  # "mining payrolls increased 7,000": an industry's payrolls count its jobs (as "Mining rose 7,000")
    return not unit_words and unit.lower() in _INDUSTRIES and ("job" in text or "payroll" in text)
_INCLUDING = re.compile(r"(?i)\b(?:including|among\s+them)\s+$")
# a part of a count in a list of parts: "31 killings in the county; one in Carroll; seven in Howard", "two in Ohio and
# one each in Utah", "five reported in 2011, three in 2010", "three were beaten, one was stabbed, one died",
# "of the 16 items, 11 increased, four decreased and one stayed the same"
_PART_TAIL = (r"(?:\s+each)?(?:(?:\s+(?:were|was))?\s+in\s+(?:[A-Z]|(?:19|20)\d\d\b)|\s+(?:last|this)\s+year\b|"
              r"\s+(?:were|was|had\s+been)\s+(?:[a-z]+ly\s+)?(?:[a-z]+(?:ed|en|wn)|shot|hurt|hit|slain|held|caught|"
              r"struck)\b|\s+(?:died|drowned)\b|"
              # "11 increased, four decreased and one stayed the same": a count that did what the verb says
              r"\s+(?:[a-z]+ed|held|rose|fell|grew|won|lost|quit)"
              r"(?:\s+(?:for|in|at|on|during|by|from|to|and|or|but|while|the|over|since|steady|flat|short|unchanged)\b|\s*[,;]|\.?$))")
_PART_AFTER = re.compile(_PART_TAIL)
_NUMBER_PART = re.compile(r"\b(?:\d[\d,]*|one|two|three|four|five|six|seven|eight|nine|ten)" + _PART_TAIL)
_PART_GATE = (" in ", " last year", " this year", " were ", " was ", " had ",
              " died", " drowned", "ed ", "ed,", "ed;", "ed.", " held", " rose",
              " fell", " grew", " won", " lost", " quit")


_DIED_AFTER = re.compile(r"\s+(?:died|drowned|perished|(?:were|had\s+been)\s+(?:killed|slain))\b")


def _in_a_place_list(fig: Figure, st: Sentence, text: str, units: _Units) -> bool:
    """A bare count of a place, a year or a fate in a list of them, after a count or with another such count: a
    part of what the sentence counts."""
    if fig.kind != "count":
        return False
    if fig.spelled and _DIED_AFTER.match(text, fig.end, st.end):
        return True  # "seven died in 2015", "Three were killed": a count of the dead, whatever else the sentence counts
    if fig.start == st.start:
        return False
    window = text[fig.end:fig.end + 24]
    if not any(g in window for g in _PART_GATE) or not _PART_AFTER.match(text, fig.end, st.end):
        return False
    if units.sentence:
        return True
    if "parts" not in st.memo:
        st.memo["parts"] = len(_NUMBER_PART.findall(st.text))
    return st.memo["parts"] > 1


# a list item that is a date and a figure: "2008: 156,126", "March: 4,810", "FY2021: $3.2 million"
_DATED_ITEM = re.compile(r"\s*(?:(?:19|20)\d\d|[’']\d\d|FY\s?\d{2,4}|" + MONTH_RE + r"(?:\s+(?:19|20)\d\d)?)\s*:\s")
# what a header says its list counts: "the annual TDCJ population totals", "monthly arrest counts"
_HEADER_COUNTS = re.compile(r"\b([a-z][\w-]*)[\s\"”]+(?:totals?|counts?|figures|numbers|tallies|levels)\b")


def _speaker_guessed(speaker: str | None, st: Sentence) -> bool:
    """A speaker not named in the sentence (a pronoun, a description or a quotation resolved to a name given
    elsewhere), or none found though the sentence has a word of attribution: on unseen text the most common
    wrong speaker is an attribution missed (README "Guesses")."""
    return speaker.lower() not in _lower(st) if speaker else attr.has_source_word(st)


def _listed_unit(fig: Figure, st: Sentence, d: attr.Discourse, unit: str, guessed: bool) -> tuple[str, bool]:
    """"2008: 156,126" under "Here are the annual prison population totals:": the header's count, over a unit
    guessed from elsewhere; "San Diego: 31,420" under "Apprehensions by sector:": the header's, over the label."""
    if fig.kind != "count" or ":" not in st.text:
        return unit, guessed
    if (not unit or guessed) and fig.start - st.start <= 16 and ":" in st.text[:12]:
        listed = _dated_item_unit(st, d, _DATED_ITEM)
        return (listed, True) if listed else (unit, guessed)
    if _LABEL_ITEM.fullmatch(st.text) and unit == st.text[:st.text.index(":")].strip():
        listed = _dated_item_unit(st, d, _LABEL_ITEM)
        return (listed, True) if listed else (unit, guessed)
    return unit, guessed


# a list's item that is a label and a bare count, the whole line: "San Diego: 31,420", "West Virginia: 82.4"
_LABEL_ITEM = re.compile(r"\s*[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){0,3}\s*:\s*\d[\d,.]*\s*")


def _dated_item_unit(st: Sentence, d: attr.Discourse, item: re.Pattern = _DATED_ITEM) -> str:
    """What a header ending with a colon says the dated items under it count: "population" in "Here are the
    annual TDCJ "on hand" population totals:" over "2008: 156,126", "Homicides" in "Homicides by year:"; the items
    are those item matches (dated ones, or labels with a bare count)."""
    if not item.match(st.text):
        return ""
    j = st.paragraph - 1
    while j >= 0 and item.match(d.paragraphs[j].text) and len(d.paragraphs[j].text) < 60:
        j -= 1
    header = d.paragraphs[j].text.rstrip() if j >= 0 else ""
    if not header.endswith(":"):
        return ""
    sentence = d.paragraphs[j].sentences[-1].text
    counts = _HEADER_COUNTS.search(sentence)
    if counts and counts.group(1) not in _GENERIC:
        return counts.group(1)
    return _noun_after_number_of(sentence) or _clause_subject(sentence, len(sentence) - 1)


def _lower(st: Sentence) -> str:
    """The sentence lower-cased, once for all its figures."""
    if "lower" not in st.memo:
        st.memo["lower"] = st.text.lower()
    return st.memo["lower"]


def _list_header(st: Sentence, d: attr.Discourse) -> Sentence | None:
    """The line ending with a colon that opens the list st is in ("In the week ending May 4:"), or None: worked
    out once for all the sentence's figures."""
    if "header" not in st.memo:
        st.memo["header"] = _header_line(st, d)
    return st.memo["header"]


def _header_line(st: Sentence, d: attr.Discourse) -> Sentence | None:
    j = st.paragraph - 1
    while j >= 0 and d.paragraphs[j].is_bullet and d.paragraphs[st.paragraph].is_bullet:
        j -= 1
    if j < 0 or not d.paragraphs[j].sentences:
        return None
    if not d.paragraphs[j].text.rstrip().endswith(":"):
        return _lead_in_line(st, d) if _is_dash_item(d.paragraphs[st.paragraph].text) else None
    return d.paragraphs[j].sentences[-1]


# "Apps – 1,884", "No Arrest - 59": a one-line item, a label and a dash before its figure
_DASH_ITEM = re.compile(r"^[A-Z][^.:;\d]{0,60}?\s[–—-]\s+\$?\d[\d,.]*%?\s*$")
# "Here are the numbers for the month of July based on ...": a sentence that announces the list under it
_LEAD_IN = re.compile(r"^(?:Here\s+(?:are|is)|Below\s+(?:are|is)|The\s+following\s+(?:are|is))\b")
_LEAD_IN_REACH = 40  # items and subheadings walked back over to the lead-in


def _is_dash_item(text: str) -> bool:
    return len(text) < 80 and (" – " in text or " - " in text or " — " in text) and bool(_DASH_ITEM.match(text))


def _lead_in_line(st: Sentence, d: attr.Discourse) -> Sentence | None:
    """"Here are the numbers for the month of July ... ." then a figure-less subheading ("Big Bend Sector") and
    "Apps – 1,884" lines: a lead-in sentence, even one ending in a full stop, heads the dash items under it,
    across subheadings."""
    j = st.paragraph - 1
    while j >= 0 and st.paragraph - j <= _LEAD_IN_REACH:
        para = d.paragraphs[j]
        text = para.text.strip()
        if _is_dash_item(text) or (len(text) < 60 and not text.endswith((".", ":", "?", "!")) and
                                   not any(c.isdigit() for c in text)):
            j -= 1  # another item, or a subheading naming no figure
            continue
        last = para.sentences[-1] if para.sentences else None
        if last is not None and _LEAD_IN.match(last.text) and any(f.kind == "period" for f in last.found):
            return last
        return None
    return None


_RANK_BEFORE = re.compile(r"(?i)\b(?:No\.|number|ranked|ranks|ranking|rank|position|spot|"
                          r"place[sd]?\s+(?:\w+\s+){0,2}at)\s+$")
_RANK_AFTER = re.compile(r"(?i)^\s+(?:on|in)\s+(?:the|a|its|their)\s+(?:\w+\s+)?"
                         r"(?:list|ranking|rankings|chart|index|table)\b")


_DOCUMENT_NOUNS = frozenset("report survey form filing release bulletin index".split())


_SPELLED_CHANGE_BEFORE = re.compile(r"\b(?:rose|fell|dropped|declined|increased|decreased|climbed|gained|lost|slipped|"
                                    r"added|shed|grew|jumped|up|down)(?:\s+by)?\s+$")
def _bracketed_or_changed(st: Sentence, rel: int, after: int) -> bool:
    """"illegal entry (240), smuggling (five)": a count in brackets after what it counts; "will increase its staff
    by six", "cut the fleet by two": a count's change."""
    if st.text[rel - 1:rel] == "(" and st.text[after:after + 1] == ")" \
            and _WORD_BRACKET.search(st.text, max(0, rel - 20), rel):
        return True
    return st.text.endswith(" by ", 0, rel) and _OWN_COUNT_BY.search(st.text, max(0, rel - 50), rel) is not None


# events a report tallies: "one new death has been reported", "reported one additional case"
_TALLIED = frozenset("death fatality case homicide murder shooting overdose hospitalization hospitalisation "
                     "infection".split())
_TALLIED_VERB = re.compile(r"(?i)\b(?:reported|confirmed|recorded|announced|logged|counted|identified)\b")


def _one_tallied(fig: Figure, unit_words: list[str], st: Sentence) -> bool:
    """"So far, one pediatric death has been reported", "The department reported one new case": one event of a
    tally that a verb of reporting counts, a count of its own."""
    return bool(unit_words) and unit_words[-1].lower() in _TALLIED and len(unit_words) <= 3 \
        and fig.text.lower() == "one" and _TALLIED_VERB.search(st.text) is not None


def _one_against_more(fig: Figure, unit_words: list[str], st: Sentence) -> bool:
    """"One case was reported in 2006, and two cases in 2007": "one" set against a later count of the same noun in
    the plural, a count of its own."""
    noun = unit_words[0].lower()
    later = st.text[fig.end - st.start:]
    if noun + "s" not in later.lower() or len(noun) < 3:
        return False
    return re.search(rf"(?i)\b(?:\d[\d,]*|two|three|four|five|six|seven|eight|nine|ten)\s+{re.escape(noun)}s\b",
                     later) is not None


# a verb that changes a count the subject holds, then the count, then "by": "increase its staff by ", "cut the
# fleet by ", "expanding their crews by "
_OWN_COUNT_BY = re.compile(r"\b(?:increas|rais|boost|expand|grow|cut|reduc|trim|shrink|add)(?:e|es|ed|ing|s|ting)?\s+"
                           r"(?:its|their|his|her|our|the)\s+(?P<noun>(?:[a-z]+\s+)?[a-z]+)\s+by\s+$")
# a word in lower case, then the bracket a count stands in: "smuggling (five)"
_WORD_BRACKET = re.compile(r"[a-z]{3,}\s\($")
# "to 102", "from 105", ", from 105 in 2016 to 104", "from the 100 in 2016": the level the change led to or came from
_DIGIT_AFTER = re.compile(r",?\s+(?:to|from)\s+(?:the\s+)?\d")
# "from the previous year", "from last year", "over 2006", "compared with May": the time a change is measured from
_BASE_AFTER = re.compile(r",?\s+(?:from|than|over|since|compared\s+(?:with|to))\s+(?:(?:the|a)\s+)?(?:previous|prior|"
                         r"preceding|last|same|year|month|week|quarter|(?:19|20)\d\d\b|" + MONTH_RE + r")")
_AVERAGE_OF = re.compile(r"\baverage\s+of\s+$")
# "four more, or 0.7 percent", "two fewer, or 5%": the change restated as a share
_SHARE_AFTER = re.compile(r"(?:\s+(?:more|fewer|less))?,\s+or\s+(?:about\s+|nearly\s+|roughly\s+)?\d[\d.]*\s*"
                          r"(?:%|percent\b|per\s+cent\b)")
# "remained at", "stayed steady at", "held at", "was unchanged at": the level a count kept
_KEPT_LEVEL_BEFORE = re.compile(r"\b(?:remained|remains|stayed|stays|held|holds|was\s+unchanged|were\s+unchanged)"
                           r"(?:\s+(?:steady|flat|stable|unchanged|constant))?\s+at\s+$")
_A_DAY_AFTER = re.compile(r"\s+(?:a|per|each|every)\s+(?:day|week|month|year)\b")
_COMPARED_AFTER = re.compile(r"\s+(?:more|fewer|less|higher|lower)\s+than\b")
_PRONOUN_ONE = re.compile(r"(?i)\b(?:no|any|every|some)\s+$")  # "no one more than", "any one less than": a person


# "a dozen eggs ($2.26)", "a dozen large eggs, up 55 cents", "a dozen rolls cost $3.10"; "$4.82 a dozen", "the price of
# a dozen eggs": the quantity a price is for
_PRICED_AFTER = re.compile(r"\s+(?:[a-z-]+\s+){0,2}?[a-z-]+(?:\s*\(\s*\$|,?\s+(?:now\s+)?(?:costs?|sells?|sold|rose|"
                           r"fell|jumped|climbed|dropped|averaged|went|were|was|is|are|up|down)\s+(?:(?:up|down|by|to|"
                           r"at|about|for|an\s+average\s+of)\s+)*(?:\$|\d[\d.]*\s*cents))")
_PRICED_BEFORE = re.compile(r"(?:\$\d[\d.,]*|\bcents?|\b(?:price|cost)s?\s+(?:of|for))\s+$")


def _sold_by_the_dozen(fig: Figure, st: Sentence) -> bool:
    rel = fig.start - st.start
    return bool(_PRICED_BEFORE.search(st.text, max(0, rel - 20), rel)
                or _PRICED_AFTER.match(st.text, fig.end - st.start))


# "... and was unchanged in two.", "fewer reports in six others": a small spelled count after a preposition that ends
# its clause, the noun left out because a count before it in the sentence names it
_ELIDED_BEFORE = re.compile(r"\b(?:in|for|to|from|at|on|by|with|than)\s+$")
_ELIDED_AFTER = re.compile(r"(?:\s+others?)?(?:\s*[.,;:)]|\s*$|\s+(?:and|but|while|whereas)\b)")


def _elided_unit(fig: Figure, st: Sentence, text: str) -> str:
    """The unit of the count whose noun an elided small count leaves out ("in 19 states ... in two"), or one that
    "others" stands for ("in six states, and ... in 12 others"), or ""."""
    rel = fig.start - st.start
    if fig.value < 2 or not (fig.spelled and fig.text.lower() in SMALL_SPELLED
                             or fig.kind == "count" and fig.factor == 1 and text.startswith(" others", fig.end)) \
            or not _ELIDED_BEFORE.search(st.text, max(0, rel - 8), rel) \
            or not _ELIDED_AFTER.match(st.text, fig.end - st.start):
        return ""
    clause = st.text.rfind(";", 0, rel) + st.start  # a count before it in its clause, a comma or "and" between
    for f in reversed(st.figures):
        between = st.text[f.end - st.start:rel]
        if f.kind == "count" and f.value > 1 and clause < f.start and f.end <= fig.start \
                and ("," in between or " and " in between):
            named = _named_unit(text, f, st)
            if named:
                return named
    return ""


# "the median, where half of the homes sold for more and half sold for less": what a median is, no share found
_HALF_AND_HALF = re.compile(r"(?i)\bhalf\b[^.;]{0,80}?\b(?:more|less|above|below|higher|lower|over|under)\b[^.;]{0,30}?"
                            r"\b(?:and|while|with)\s+(?:the\s+other\s+)?half\b[^.;]{0,60}?"
                            r"\b(?:more|less|above|below|higher|lower|over|under)\b")


def _not_a_claim(fig: Figure, first: str, unit_words: list[str], st: Sentence) -> bool:
    if first in _LISTICLE:
        return True  # "5 things to know"
    if fig.kind == "percent" and fig.spelled and fig.value == 50 and fig.text.lower().startswith("half") \
            and _lower(st).count("half") > 1 and ("median" in _lower(st) or "midpoint" in _lower(st)) \
            and _HALF_AND_HALF.search(st.text):
        return True
    if fig.spelled and fig.kind == "count" and fig.text.lower() in SMALL_SPELLED | {"a"} \
            and not (fig.text.lower() == "one" and st.text.startswith(" of ", fig.end - st.start)):
        # (but "One of the 12 cases was a child": one of a counted whole, numbers.py kept it; no article)
        small = _small_not_a_claim(fig, first, unit_words, st)
        if small is not None:
            return small
    if fig.text.lower() in ("a dozen", "one dozen") and _sold_by_the_dozen(fig, st):
        return True  # "a dozen eggs, up 55 cents": what a price is for, like "a 5-pound bag", not a count
    if fig.kind == "count" and fig.factor == 1 and unit_words and unit_words[-1].lower() in _DOCUMENT_NOUNS \
            and fig.text.isdigit() and fig.value > 1:
        return True  # "the agency's monthly 914 production report": a report's name, not a count
    if fig.kind == "count" and not unit_words and fig.factor == 1 and not fig.plus:
        rel = fig.start - st.start
        if not st.text.replace(fig.text, "", 1).strip(" .:)-–—"):
            return True  # a number alone on its line: a list position
        if _RANK_BEFORE.search(st.text, max(0, rel - 30), rel) or _RANK_AFTER.match(st.text, fig.end - st.start):
            return True  # "ranked 20", "at 20 on the list"
        if fig.value == 1 and st.text.endswith("to ", 0, rel) and _ratio_base(st, rel):
            return True  # "outnumber openings 2 to 1": the base of a ratio, not a count
    return False


# the first term of a ratio before its base: "2 to ", "3.5-to-" (not a range's start: "from 2 to 1")
_RATIO_TERM = re.compile(r"(?<![\w.,$])(?<!from\s)(?<!between\s)(?:\d{1,2}(?:\.\d)?|two|three|four|five|six|seven|"
                         r"eight|nine|ten)(?:\s+to\s+|-to-)$")
_VOTE_WORDS = re.compile(r"(?i)\bvot(?:e|es|ed|ing)\b")


# a verb a count of people or things is the subject of, with nothing between ("Three were charged", "seven involved
# cocaine", "two died"); and the words before a count that make it a group already known ("the two were married")
_COUNT_AS_SUBJECT = re.compile(r"\s+(?:also\s+|likely\s+|later\s+)?(?:were|are|have|had|involved|died|remain(?:ed)?|"
                               r"suffered|tested)\s+(?!(?:to|the|a|an|not)\b)[a-z]")
_GROUP_NAMED_BEFORE = re.compile(r"(?i)\b(?:the|these|those|all|both|big|other|remaining|of)\s+$")


def _small_not_a_claim(fig: Figure, first: str, unit_words: list[str], st: Sentence) -> bool | None:
    """Whether a small spelled count ("one", "two", "a") is no claim; None when its words do not say."""
    if not unit_words and _part_of_a_count(fig, st):
        return False
    if not unit_words or first in _NOT_UNIT:
        rel, after = fig.start - st.start, fig.end - st.start
        if _bracketed_or_changed(st, rel, after):
            return False
        if " than" in st.text[after:after + 12] and _COMPARED_AFTER.match(st.text, after) \
                and not _PRONOUN_ONE.search(st.text, max(0, rel - 6), rel):
            return False  # "one less than the record of 117", "were two more than in 2006": a count's difference
        if _AVERAGE_OF.search(st.text, max(0, rel - 20), rel) and _A_DAY_AFTER.match(st.text, after):
            return False  # "or an average of six a day": a count's rate
        if ", or " in st.text[after:after + 16] and _SHARE_AFTER.match(st.text, after):
            return False  # "only four more, or 0.7 percent", "down two, or 10%": a count's change and its share
        if " at " in st.text[max(0, rel - 4):rel] and _KEPT_LEVEL_BEFORE.search(st.text, max(0, rel - 30), rel):
            return False  # "the number of homicides remained at two", "held steady at three": a count's level
        # but "gas rigs fell one to 100", "rose by two to 102", "down two from the 100", "dropped by one, from
        # 105 to 104", "down six from the previous year": the change of a count, then its level or its base
        return not (_SPELLED_CHANGE_BEFORE.search(st.text, max(0, rel - 20), rel)
                    and (_DIGIT_AFTER.match(st.text, after) or _BASE_AFTER.match(st.text, after)))
    if fig.value == 1 and (len(st.figures) == 1 or not st.text[:fig.start - st.start].strip(" \"“‘'(")):
        return not (_one_against_more(fig, unit_words, st) or _one_tallied(fig, unit_words, st))  # "one fence",
        # "One official said": "one" as an article, not a count
    if fig.value == 1 and " " in st.text[fig.end - st.start:fig.end - st.start + 30] \
            and _RATE_BASE_AFTER.match(st.text, fig.end - st.start):
        return True  # "one mill brings in about $37,000", "one mill of the levy raises $40,000": a rate's base
    if fig.text.lower() == "one" and st.text.endswith(("the ", "The "), 0, fig.start - st.start):
        return True  # "Rape was the one category that fell": "the one" is "the only", not a count
    if unit_words and st.text.endswith(("these ", "those ", "These ", "Those "), 0, fig.start - st.start):
        return True  # "These two trends push costs up": things just named, pointed back to, not a count
    rel = fig.start - st.start
    if unit_words and st.text.endswith(" of the remaining ", 0, rel):
        return True  # "Two of the remaining three divisions were in the Northeast": the rest of a group already
        # counted, the whole a part is taken from
    if unit_words and st.text[rel - 1:rel] in ("—", "–", " ") and " and " in st.text[max(0, rel - 120):rel]:
        named = _NAMES_LISTED_BEFORE.search(st.text, max(0, rel - 120), rel)
        if named and len(_LIST_JOINS.split(named.group().strip().rstrip(",—–-").strip())) == fig.value:
            return True  # "Ohio and Utah—two states that ...": the names just listed, counted again, not a count
    return None


# one unit, then what it yields, then the figure it yields: "one mill brings in $37,000", "one mill of the school levy
# would raise about $40 million", "one point equals 1,000 votes"
_RATE_BASE_AFTER = re.compile(r"\s+[a-z]+(?:\s+of\s+(?:the\s+)?[a-z]+(?:\s+[a-z]+)?)?\s+(?:would\s+|will\s+|could\s+)?"
                              r"(?:brings?\s+in|raises?|generates?|yields?|equals?|is\s+worth|is\s+equal\s+to|"
                              r"translates?\s+(?:in)?to|amounts?\s+to)\s+(?:about\s+|roughly\s+|around\s+|nearly\s+|"
                              r"approximately\s+|some\s+|an\s+estimated\s+)?[$€£]?\d")
# a list of names joined by "and", then a dash or a comma before a count of them: "Arkansas and Kentucky—two",
# "Ohio, Texas and Utah, three"
_NAME_IN_LIST = r"[A-Z][\w.’'-]*(?:\s+(?:of\s+)?[A-Z][\w.’'-]*){0,3}"
_NAMES_LISTED_BEFORE = re.compile(rf"(?<![\w,])\s*{_NAME_IN_LIST}(?:,\s+{_NAME_IN_LIST})*,?\s+and\s+{_NAME_IN_LIST}"
                                  r"(?:\s*(?:—|–|--)\s*|,\s+)$")
_LIST_JOINS = re.compile(r",\s+(?:and\s+)?|\s+and\s+")


def _ratio_base(st: Sentence, rel: int) -> bool:
    """"1" after "2 to " is the base of a ratio ("outnumber openings 2 to 1", "by 3 to 1"), but a vote's tally
    counts both sides ("voted 14 to 1")."""
    return _RATIO_TERM.search(st.text, max(0, rel - 12), rel) is not None and not _VOTE_WORDS.search(st.text)


def _part_of_a_count(fig: Figure, st: Sentence) -> bool:
    """"There are 75 squads. Three operate in Florida": a part of the count, its verb after it; "Three of the
    remaining five tracked back to January": a part of a counted group; "Ten were white, five were black", "10
    involved heroin, and seven involved cocaine": the subject of its verb, one of the counts of a list (but not
    "the two were married", "these three have"; and a lone "Police said two were questioned" stays no claim)."""
    after = fig.end - st.start
    if _BASE_VERB_AFTER.match(st.text, after) is not None or " of " in st.text[after:after + 4] \
            and _PART_OF_NUMBER.match(st.text, after) is not None:
        return True
    rel = fig.start - st.start
    return fig.value > 1 and _COUNT_AS_SUBJECT.match(st.text, after) is not None \
        and any(f is not fig and f.kind == "count" and f.value > 1 for f in st.figures) \
        and not _GROUP_NAMED_BEFORE.search(st.text, max(0, rel - 12), rel)


_PART_OF_NUMBER = re.compile(r"\s+of\s+(?:the|these|those|its|their)\s+(?:[a-z]+\s+)?(?:\d[\d,]*|two|three|four|five|"
                             r"six|seven|eight|nine|ten|eleven|twelve|[a-z]+teen|[a-z]+ty)\b")
_OF_GROUP = re.compile(r"(?:\s+\([^()]{1,12}\))?"  # "190 (83%) of 228 ill people": a share in parentheses between
                       r"\s+(?:out\s+of(?=\s+(?:\d|(?:two|three|four|five|six|seven|eight|nine|ten)\b))|of)(?:\s+(?:the|these|those|its|their|all))?"
                       # "six of the Ohio flu deaths"
                       r"(?:\s+(?:[A-Za-z]+[’']s|U\.?S\.?|America[’']s|[A-Z][a-z]+(?=\s+[a-z])))?"
                       # "15,897 of the eligible 18,619 agencies", "three of the past five months"
                       r"(?:\s+[a-z]+(?=\s+(?:\d|(?:two|three|four|five|six|seven|eight|nine|ten)\b)))?"
                       r"(?:\s+(?:\d[\d,]*|[a-z]+teen|[a-z]+ty|ten|two|three|four|five|six|seven|eight|nine))?(?=\s+[a-z])")


_HYPHENED_UNIT = re.compile(r"-([a-z]+)\b(?!-)")


_QUANTIFIERS = frozenset("some many several".split())  # open a noun phrase; no unit after a figure starts so
_FORECASTERS = frozenset("analysts economists forecasters experts traders strategists observers investors "
                         "officials".split())
_EXPECTED_BY = re.compile(r"\s+(?:had\s+|have\s+)?(?:expected|forecast|predicted|projected|anticipated|estimated|"
                          r"were\s+expecting|had\s+been\s+expecting)\b")


# the rest of a list of plural nouns that ends "and other <kind>": "murders, robberies and other serious crimes"
_AND_OTHER = re.compile(r"(?:,\s+[a-z][\w-]*){0,4},?\s+(?:and|or)\s+other\s+(?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*s\b")
# "254 were registered Democrats", "three would be school officers": the verb before what a bare count is
_WERE_AFTER = re.compile(r"\s+(?:were|are|(?:will|would)\s+be)(?=\s)")


def _unit_words(text: str, fig: Figure, s: Sentence) -> tuple[list[str], int]:
    if fig.kind in ("percent", "points", "USD", "EUR", "GBP", "AUD", "CAD", "NZD"):
        return [], fig.end
    start = fig.end
    hyphened = _HYPHENED_UNIT.match(text, start, s.end)
    if hyphened:  # "a 737,000-unit pace", "a 1.2 million-barrel cargo": units, barrels
        word = hyphened.group(1)
        return [word if word.endswith("s") else word + "s"], hyphened.end()
    post = _QUALIFIER_AFTER.match(text[start:start + 24])
    if post:  # "500 or more people"
        start += post.end()
    words, end = _words_after(text, start, s.end)
    if words and words[-1].lower() in _FORECASTERS and _EXPECTED_BY.match(text, end, s.end) \
            or len(words) > 1 and words[0].lower() in _QUANTIFIERS:
        words = []  # "above the 1.1 million analysts expected", "the 9,000 some officials were predicting": who
        # expected the figure (a relative clause's subject), not what it counts
    words = _before_auxiliary(words)
    if words and " other " in text[end:end + 80] and words[-1].endswith("s"):
        listed = _and_other(text, start, end, s)
        if listed:
            return listed
    if _verb_words(words, fig, text, end, s):
        words = []
    were = _WERE_AFTER.match(text, start, s.end) if not words and fig.kind == "count" else None
    named = _named_after_were(text, were, s) if were else None
    if named:
        return named  # "254 were registered Democrats": what the figure is, named after "were"
    if not words:  # "3 of the 12 victims", "Forty percent (400) of the 1,000 students"
        m = _OF_GROUP.match(text, fig.end + (text[fig.end:fig.end + 1] == ")"), s.end)
        if m:
            words, end = _words_after(text, m.end(), s.end)
            were = _WERE_AFTER.match(text, m.end(), s.end) if not words and fig.kind == "count" else None
            named = _named_after_were(text, were, s) if were else None
            if named:
                return named  # "Four of the 243 were pediatric deaths": the part's own noun after "were"
            if words and _verb_after_group(m.group(), words):
                words = []  # "30 of those testified", "90 of those quit": a verb, not what is counted
            if not words:  # "on 15 of the 31 days", "in 9 of the past 12 months": a count of time units
                span = _TIME_UNIT.match(text, m.end(), s.end)
                if span:
                    return [span.group(1)], span.end()
    return words, end


def _and_other(text: str, start: int, end: int, s: Sentence) -> tuple[list[str], int] | None:
    """"104,659 murders, robberies and other serious crimes": the kind a list ends with counts all of it."""
    listed = _AND_OTHER.match(text, end, s.end)
    if not listed:
        return None
    phrase = text[start:listed.end()].split()
    while phrase[-1].lower() in _UNIT_STOP:
        phrase.pop()  # "and other pipe defects this year"
    return [" ".join(phrase)], listed.end()


def _verb_words(words: list[str], fig: Figure, text: str, end: int, s: Sentence) -> bool:
    """The words after a figure are a verb (and its object), not what it counts."""
    if len(words) == 1 and words[0].endswith("ly") and words[0].isalpha() and words[0].islower() \
            and _PARTICIPLE_AFTER.match(text, end, s.end):
        return True  # "10 likely involved heroin", "three reportedly tested positive": an adverb, then the verb
    if len(words) == 1 and words[0].lower().endswith("ed") and "-" not in words[0] \
            and words[0].lower() not in ("armed", "unarmed"):
        return True  # "20 or fewer stayed": a verb, not what is counted
    if len(words) == 2 and fig.kind == "count" and words[0].endswith("ed") and words[0].isalpha() \
            and words[0].islower() and words[0] not in _ED_NOUNS | {"armed", "unarmed"}:
        if words[1] in _CHANGE_NOUNS:
            return True  # "38 reported increases, 13 registered declines": a verb and the change it names
        if words[1].islower() and not words[1].endswith("s") and words[1] not in _IRREGULAR_PLURALS:
            return True  # "400 involved fentanyl", "60 tested positive": a verb and its object, not what is counted
    # "Three operate in Florida", "claims above 3 million reflect a slack market": the verb
    return len(words) == 1 and fig.kind == "count" and fig.value > 1 and _bare_verb(words[0], text, end, s.end)


def _named_after_were(text: str, were: re.Match, s: Sentence) -> tuple[list[str], int] | None:
    """The noun after "were" that names what a bare count is ("254 were registered Democrats"), or None."""
    named, named_end = _words_after(text, were.end(), s.end)
    if named and (named[-1][:1].isupper() or named[-1].endswith("s")) and not named[-1].endswith("ed") \
            and not named[0].lower().endswith(("ly", "ing")):
        return named, named_end
    return None


# auxiliaries and modals, plain or negated, that begin the verb after a count with no noun of its own
_AUXILIARIES = frozenset("did didn't do don't does doesn't can can't cannot could couldn't will won't would wouldn't "
                         "should shouldn't may might must have haven't has hasn't had hadn't".split())


def _before_auxiliary(words: list[str]) -> list[str]:
    """"1.1 million didn't look for work", "250 students didn't finish": an auxiliary begins the verb, ending
    the noun (or leaving none)."""
    aux = next((k for k, w in enumerate(words) if w.replace("’", "'") in _AUXILIARIES), None)
    return words if aux is None else words[:aux]


# base verbs a plural count is the subject of, with a place or time after them: "Three operate in Florida"
_BASE_VERBS = frozenset("operate live work serve remain reside exist occur stay come go sit stand wait "
                        "belong appear happen".split())
_OBJECT_NEXT = re.compile(r"\s+(?:a|an|the|their|its|his|her|this|these|those|our|your)\s")
# a place, or whom or as what (a base verb's complement: "25,000 work for the Census", "Three serve as judges")
_PLACE_WORD = r"(?:in|at|on|across|throughout|inside|outside|near|within|from|for|as|under|with|alongside)"
_PLACE_NEXT = re.compile(rf"\s+{_PLACE_WORD}\s")
_BASE_VERB_AFTER = re.compile(r"\s+(?:" + "|".join(sorted(_BASE_VERBS)) + rf")\s+{_PLACE_WORD}\s")
_ALONE_NEXT = re.compile(r"\s*(?:[,.;:)]|\s(?:and|or)\s|$)")


def _bare_verb(word: str, text: str, end: int, limit: int) -> bool:
    """The one word after a plural count is a verb, not what is counted: a word a plural count cannot name
    (lower case, no plural -s) before an object ("3 million reflect a slack market"), a base verb before a place
    ("Three operate in"), or a present participle standing alone ("606 opposing and 19 undecided")."""
    low = word.lower()
    if not word.islower() or not word.isalpha() or low in _IRREGULAR_PLURALS or low in _MEASURES \
            or low.endswith("s"):
        return False
    if low.endswith("ing"):
        return _ALONE_NEXT.match(text, end, limit) is not None
    return _OBJECT_NEXT.match(text, end, limit) is not None \
        or low in _BASE_VERBS and _PLACE_NEXT.match(text, end, limit) is not None


def _verb_after_group(group: str, words: list[str]) -> bool:
    """The words after "of the", "of those" are a verb: a participle alone ("12 of the group voting"), or after
    a bare "those"/"these" anything but a plural noun ("90 of those quit", "15 of those painted blue")."""
    if len(words) == 1 and words[0].endswith(("ed", "ing")) and "-" not in words[0]:
        return True
    last = words[-1]
    if words[0].endswith("ed") and words[0].isalpha() and words[0].islower() and words[0] not in _ED_NOUNS \
            and words[0] not in ("armed", "unarmed") and not last.endswith("s") and last not in _IRREGULAR_PLURALS:
        return True  # "Three of the remaining five tracked back to January": a verb and its particle
    return group.endswith((" those", " these")) and last.islower() and not last.endswith("s") \
        and last not in _IRREGULAR_PLURALS


_TIME_UNIT = re.compile(r"\s+(days|weeks|months|years|quarters)\b")


_DIRECTIONS = frozenset("up down upward upwards downward downwards higher lower sharply".split())
_OBJECT_ENDS = ("by", "to", "at", "total", "reach", "hit", "top", "be", "about", "nearly", "roughly", "some", "almost",
                "around")  # the last words of _OBJECT_BEFORE
_OBJECT_BEFORE = re.compile(
    r"(?i)\b(?:[a-z]+ed|cut|cuts|raises?|expects?|forecasts?|sees?|saw)\s+(?:for\s+)?(?:the\s+|its\s+|their\s+)?"
    r"(?P<obj>(?:[a-z][\w’'-]*\s+){1,3}?)(?:by|to\s+(?:total|reach|hit|top|be|"
    # "expected payrolls to rise to 180,000", "called for claims to fall by 5,000"
    r"(?:rise|fall|drop|climb|increase|decrease|decline|grow|jump|ease|slip|come\s+in)\s+(?:to|by|at)))\s+"
    r"(?:about\s+|nearly\s+|roughly\s+|some\s+|almost\s+|around\s+)?$")


# an estimate that puts what it counts at the figure: "Organizers estimated the crowd at", "officials put the death
# toll at", "pegged the shortfall at about"
_PUT_AT_BEFORE = re.compile(r"\b(?:put|puts|putting|pegged|pegs|pegging|placed|places|placing|estimated|estimates|"
                            r"estimating|pinned|pins|pinning)\s+(?:the\s+|its\s+|their\s+|this\s+year[’']s\s+)?"
                            r"(?P<obj>[a-z][\w’'-]*(?:\s+[a-z][\w’'-]*){0,2}?)\s+at\s+"
                            r"(?:about\s+|nearly\s+|roughly\s+|some\s+|almost\s+|around\s+|more\s+than\s+)?$")
_YEARS_AFTER = re.compile(r"\s+(years|days|weeks|months)\b")
_EMPLOYMENT = re.compile(r"(?i)(?<![a-z])employment\b")
_OF_A_POINT = re.compile(r"\s+of\s+(?:an?|one)\s+(?P<u>percentage\s+point|point|hour|day|week|month|year|mile)\b")
_BARE_RATE = re.compile(r"\s+(?:[a-z]+\s+)?(?:rate|increase|decrease|gain|drop|rise|decline|jump)\b")
_PER_DAY = re.compile(r"\s+(?:b/d|bpd|bbl/d)\b")  # "12.3 million b/d": barrels per day
# a rate given bare after its name: "that rate was 6.5", "the rate is 4.1" (not a birth, crime or death rate, counted
# per woman or per 100,000 people)
_RATE_WAS = re.compile(r"(?i)(?<!birth )(?<!fertility )(?<!crime )(?<!murder )(?<!homicide )(?<!death )"
                       r"(?<!mortality )(?<!infection )(?<!incidence )\brate\s+(?:was|is|is\s+at)\s+$")
_RATE_WAS_END = re.compile(r"\s*(?:[,;.)]|$|\s+(?:and|in|a\s+year|last|this)\b)")
_MONEY_NOUN_AFTER = re.compile(r"\s(?:deficit|surplus|shortfall|budget|debt)s?\b")


def _percent_near(text: str, at: int) -> bool:
    """The paragraph before a position writes a percentage ("percent", "%")."""
    start = max(0, text.rfind("\n", 0, max(0, at - 1)), at - 600)
    return "percent" in text[start:at] or "%" in text[start:at] or "per cent" in text[start:at]


def _dollars_near(text: str, at: int) -> bool:
    """The article writes its amounts in dollars within a few paragraphs of a position."""
    near = text[max(0, at - 1500):at + 300]
    return "dollar" in near or "$" in near


def _measured(fig: Figure, st: Sentence, text: str) -> str:
    """The unit the figure itself states: a percentage, points, a currency, an abbreviation ("116.3 bcfd")."""
    if fig.kind == "count" and fig.value < 1 and " of " in text[fig.end:fig.end + 4]:
        m = _OF_A_POINT.match(text, fig.end, st.end)
        if m:  # "0.08 of a percentage point", "a tenth of an hour"
            u = m.group("u")
            return "percentage points" if "percentage" in u else "points" if u == "point" else u + "s"
    if fig.kind == "count" and fig.factor == 1 and "." in fig.text and fig.value < 100 \
            and text[max(0, fig.start - 3):fig.start] in (" a ", "an ") and _BARE_RATE.match(text, fig.end, st.end):
        return "percent"  # "a 4.4 jobless rate", "a 22.1 increase": a rate or change written without "%"
    if fig.kind == "count" and fig.factor == 1 and "." in fig.text and fig.value < 100 \
            and text[max(0, fig.start - 6):fig.start] in ("e was ", "ate is ", " is at ") \
            and _RATE_WAS.search(text, max(st.start, fig.start - 40), fig.start) \
            and _RATE_WAS_END.match(text, fig.end, st.end) and _percent_near(text, fig.start):
        return "percent"  # "A year ago that rate was 6.5," after "a 12.8 percent unemployment rate"
    if fig.kind == "count" and fig.factor >= 10**6 and text[fig.end:fig.end + 1] == " " \
            and _MONEY_NOUN_AFTER.match(text, fig.end, st.end) and _dollars_near(text, fig.start):
        return "USD"  # "the 248.2 billion deficit" in an article that writes "billion dollars"
    if fig.kind == "count" and ("/d" in text[fig.end:fig.end + 6] or "bpd" in text[fig.end:fig.end + 5]):
        if _PER_DAY.match(text, fig.end, st.end):
            return "barrels per day"
    if fig.kind == "percent":
        return "percent"
    if fig.kind == "points":
        return "percentage points" if ("percent" in text or "%" in text or "per cent" in text) else "points"
    if fig.kind in ("USD", "EUR", "GBP", "AUD", "CAD", "NZD"):
        return fig.kind
    if fig.measure:  # "116.3 bcfd", "116.3bcfd": the abbreviation numbers.py matched names the unit
        return fig.measure
    m = _YEARS_AFTER.match(text, fig.end, st.end)  # a lifespan numbers.py kept: "expected to live 78.6 years"
    return m.group(1) if m else ""


_CHANGE_OF = re.compile(r"\b(?P<noun>[A-Za-z]+s|[Pp]ayroll|[Jj]ob)\s+(?:growth|gains?|increases?|decreases?|"
                        r"declines?|drops?|losses|rise|cuts?)\s+of\s+(?:about\s+|nearly\s+|some\s+|roughly\s+|around\s+)?$")
# "a sharp increase in deaths tied to heroin: 210 last year": the plural noun the change is in, the counts after a colon
# a change noun and the "in" that names what changed: "an increase in thefts", "growth in payrolls"
_CHANGE_NOUN_IN = (r"\b(?:increases?|decreases?|rises?|jumps?|drops?|declines?|falls?|gains?|dips?|spikes?|surges?|"
                   r"climbs?|reductions?|growth)\s+"
                   # ("a drop of about 17.4 percent in": its size between)
                   r"(?:of\s+(?:about\s+|nearly\s+|roughly\s+|some\s+)?\d[\d.,]*\s*(?:%|percent|per\s+cent)\s+)?in\s+")
_CHANGE_IN_COLON = re.compile(_CHANGE_NOUN_IN + r"(?P<noun>(?:[\w’'-]+\s+){0,2}?[a-z][\w’'-]*s)"
                              # (years may fall between: "in thefts in 2016 compared to 2015: 201 in 2016")
                              r"\b(?:[^:;.\d]|\b(?:19|20)\d\d\b){0,80}:\s+$")
_NAMED_EQUALS = re.compile(r"(?P<noun>(?:[A-Za-z][\w’'-]*\s+)?[a-z][\w’'-]*)\s*=\s$")
_SAMPLE_SIZE = re.compile(r"\b[nN]\s?=\s?$")
# (and a comparative, the figure set off by dashes: "ended with more arrests — 40 — than any other weekend")
_MOST_BEFORE = re.compile(r"(?i)\b(?:the\s+)?(?:most|fewest|more|fewer|largest\s+number\s+of|highest\s+number\s+of)\s+"
                          r"(?P<noun>[a-z][a-z-]*(?:\s+[a-z][a-z-]*)?)\s*(?:—|--|-)\s*$")


_PERCENT_SET_OFF = re.compile(r"\b(?:[Aa]n?|[Tt]he)\s+(?:[a-z]+\s+)?percent\s*(?:—|--|–)\s*$")


_TOTALING = re.compile(r"(?P<noun>[A-Za-z][\w’'-]*(?:\s+[A-Za-z][\w’'-]*){0,2})\s+(?:totaling|totalling|"
                       r"numbering|amounting\s+to)\s+(?:about\s+|nearly\s+|some\s+|roughly\s+|around\s+|almost\s+|"
                       r"more\s+than\s+)?$")
# "a 38 percent increase in burglaries from 21 ... to 29": the change's noun is what the figures count
_CHANGE_IN_FROM = re.compile(_CHANGE_NOUN_IN + r"(?P<noun>(?:[\w’'-]+\s+){0,2}?[a-z][\w’'-]*)"
                             # (where: "in northbound border-crossers through El Paso's bridges, from 32.1 million")
                             r"(?:\s+(?:through|at|along|across)\s+[^,\d]{1,60}?)?"
                             # (set off by a dash or a bracket: "a 7.6 percent spike in assaults — to 18,117 from")
                             r"(?:\s+|\s*(?:—|–|--|\(|,)\s*)"
                             r"(?:from\s+(?:[\d,.]+(?:\s+(?!to\b)[\w’'-]+){0,6}\s+to\s+)?|to\s+(?:[\d,.]+\s+from\s+)?|"
                             # "a 7 percent increase in cocaine deaths compared to 55": the count it is measured from
                             r"compared\s+(?:with|to)\s+)$")
_PER_BASE = re.compile(r"\s+per\s+(?P<base>\d[\d,]*|thousand|million|capita)\b")
_PER_UNIT = re.compile(r" per (?:\d[\d,]*|thousand|million|capita)$")
_HAD = re.compile(r"\s+(?:had|has|have|saw|sees|recorded|records|logged|logs|counted|counts)\b")
# a verb whose subject is the one who acts on what is counted, never the thing counted: "agents seized 2,811"
# (or reports them: "police often reported more than 600 a year": the source, the count is of what was reported)
_AGENT_VERB = re.compile(r"\s+(?:(?:also|often|usually|typically|routinely|have|has|had)\s+)?(?:seized|arrested|"
                         r"apprehended|detained|deported|intercepted|confiscated|rescued|caught|charged|cited|booked|"
                         r"hired|encountered|reported)\b")


# a change whose verb is left out, after one that has it: "robberies rose to 390 from 346, as well as assaults to
# 259 from 233": the noun before "to" is what the figures count (only nouns: "and prices rose to" has a verb)
_GAPPED_CHANGE = re.compile(r"(?:\bas\s+well\s+as|,?\s*\band|,)\s+(?P<noun>(?:[a-z][\w’'-]*\s+){0,2}?[a-z][\w’'-]*s"
                            r"(?P<of>\s+(?:with|without|in|of|for|on|by)\s+(?:(?:a|an|the)\s+)?"
                            r"(?:[a-z][\w’'-]*\s+)?[a-z][\w’'-]*)?)"
                            r"\s+to\s+$")
_GAPPED_BETWEEN = frozenset("with without in of for on by a an the".split())  # (in "assaults without a gun")


def _gapped_change(before: str) -> str:
    m = _GAPPED_CHANGE.search(before, max(0, len(before) - 60))
    if not m:
        return ""
    head = m.group("noun")[:len(m.group("noun")) - len(m.group("of") or "")].split()
    if any(w in _UNIT_STOP or w.endswith("ed") for w in head) or m.group("of") and any(
            w in _UNIT_STOP and w not in _GAPPED_BETWEEN for w in m.group("of").split()):
        return ""
    return m.group("noun")


# a topic named in an opening phrase, then counted by "there were": "If you look at total violent crimes, there were
# 595", "As for burglaries, there were 120" (a bare count: its noun is the topic)
_TOPIC_THERE = re.compile(r"^(?:If\s+(?:you|we)\s+look\s+at|Looking\s+at|As\s+for|When\s+it\s+comes\s+to|"
                          r"In\s+terms\s+of)\s+(?:(?:the|all|total|overall)\s+)*"
                          r"(?P<noun>[a-z][\w’'-]*(?:\s+[a-z][\w’'-]*){0,2}),\s+there\s+(?:were|have\s+been|had\s+been)\s+"
                          r"(?:(?:about|nearly|some|roughly|almost|around|just|more\s+than|over)\s+)?$")


# a population named by a noun of what it is made of: "an average inmate population of", "the student population of"
_KIND_POPULATION = re.compile(r"\b(?P<kind>[a-z]+)\s+population\s+of\s+$")


def _kind_population(before: str) -> str:
    """"an average inmate population of 117": a population of inmates; "" for "a total population of"."""
    kind = _KIND_POPULATION.search(before[-40:]) if before.endswith("population of ") else None
    return kind.group("kind") + " population" if kind and kind.group("kind") not in _UNIT_STOP \
        and kind.group("kind") not in _COUNT_ADJECTIVES else ""


def _changed_noun(change_in: re.Match | None) -> str:
    """The noun a change is "in" ("a 38 percent increase in burglaries"), without "overall", "total" before it."""
    noun = change_in.group("noun").split() if change_in else []
    while len(noun) > 1 and noun[0].lower() in ("overall", "total", "combined"):
        noun = noun[1:]  # "in overall northbound border-crossers": the crossers
    return " ".join(noun) if noun and noun[0].lower() not in _UNIT_STOP else ""


def _stated_before(before: str) -> str:
    """A unit the words just before the figure give: a sample size, "the most arrests — 412"."""
    if "=" in before[-3:] and _SAMPLE_SIZE.search(before[-6:]):
        return "respondents"  # "(n=1,012, +/-3%)": a poll's sample size
    if before.endswith("= "):
        named = _NAMED_EQUALS.search(before[-60:])
        if named:
            return named.group("noun")  # "Venezuelan encounters = 22,044": a table line names what it counts
    superlative = _MOST_BEFORE.search(before[-60:]) if "—" in before[-4:] or "-" in before[-4:] else None
    if superlative:
        return superlative.group("noun")  # "had the most arrests — 412": what the most is of
    topic = _TOPIC_THERE.search(before) if " there " in before[-24:] and "ere " in before[-6:] else None
    if topic:
        return topic.group("noun")  # "If you look at violent crimes, there were 595": what is looked at
    if before.endswith(("with ", "with about ", "with nearly ", "with more than ", "with over ")):
        ranked = _ranked_unit(before)
        if ranked:
            return ranked  # "announced the most cuts in March, with 35,042": what the ranking is by
    if "percent" in before[-20:] and _PERCENT_SET_OFF.search(before[-30:]):
        return "percent"  # "an equal percent -- 48 -- said": the figure the dashes set off is that percent
    totaling = _TOTALING.search(before[-60:]) if ("ing " in before[-18:] or "to " in before[-14:]) and \
        ("total" in before[-60:] or "numbering" in before[-60:] or "amounting" in before[-60:]) else None
    if totaling:  # "announced workforce reductions totaling 30,953": what totals the figure
        noun = totaling.group("noun").split()
        while noun and (noun[0].lower() in _UNIT_STOP or noun[0].lower().endswith("ed")):
            noun = noun[1:]
        if noun:
            return " ".join(noun)
    change_in = _CHANGE_IN_FROM.search(before[-180:]) if before.endswith(("from ", " to ", " with ")) else None
    changed = _changed_noun(change_in)
    if changed:
        return changed  # "a 38 percent increase in burglaries from 21": what changed
    colon = _CHANGE_IN_COLON.search(before[-140:]) if before.endswith(": ") else None
    if colon and colon.group("noun").split()[0].lower() not in _UNIT_STOP:
        return colon.group("noun")  # "an increase in deaths tied to fentanyl: 399 last year": what changed
    change = _CHANGE_OF.search(before[-60:]) if before.endswith(" ") else None
    if change and change.group("noun").lower() not in _UNIT_STOP and not change.group("noun").endswith("ss"):
        noun = change.group("noun")
        return "jobs" if noun.lower() in ("job", "payroll") else noun  # "jobs growth of 177,000": what changed
    return _kind_population(before) or _expected_to_change(before) or _seen_to_change(before)


# what a forecast expects to change, then its verb: "had expected non-farm payrolls to rise ", "forecast home sales
# to fall by ", "predict exports to grow about "
_EXPECTED_TO_CHANGE = re.compile(
    r"\b(?:expect|expects|expected|expecting|forecast|forecasts|forecasting|predict|predicts|predicted|project|"
    r"projects|projected|anticipated|estimated)\s+(?:the\s+)?(?P<noun>(?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*s)\s+to\s+"
    r"(?:rise|fall|drop|decline|increase|grow|climb|jump|gain|dip|slip|shrink|total|reach|hit)\s+"
    r"(?:by\s+|to\s+)?(?:about\s+|around\s+|roughly\s+|some\s+|nearly\s+|almost\s+)?$")


# what someone sees change, then its verb: "would see their tax rate dip from ", "saw their bills rise from 40 to "
_SEEN_TO_CHANGE = re.compile(
    r"\b(?:see|sees|saw|seen|seeing|watch|watched)\s+(?:their|its|his|her|our|the)\s+"
    r"(?P<noun>(?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*)\s+(?:dip|drop|fall|rise|climb|increase|decrease|decline|jump|grow|"
    r"shrink|slip|edge\s+up|edge\s+down|go\s+up|go\s+down)\s+(?:by\s+|to\s+|from\s+(?:\$?[\d.,]+\s+to\s+)?)?$")


def _seen_to_change(before: str) -> str:
    """"Residents would see their tax rate dip from 6.41 to 6.19": both figures are of the tax rate, not the
    residents."""
    if "see" not in before and "saw" not in before and "watch" not in before:
        return ""
    seen = _SEEN_TO_CHANGE.search(before[-100:])
    return seen.group("noun") if seen else ""


def _expected_to_change(before: str) -> str:
    """"Analysts had expected non-farm payrolls to rise 190,000": what the forecast figure counts is the noun the
    forecast expects to change, not the forecasters."""
    if " to " not in before[-40:]:
        return ""
    expected = _EXPECTED_TO_CHANGE.search(before[-100:])
    return expected.group("noun") if expected else ""


def _proper(subject: str) -> bool:
    """A proper name: every word capitalised."""
    return all(w[:1].isupper() for w in subject.split())


def _holder(subject: str, before: str) -> bool:
    """A proper name (every word capitalised) that has, saw or recorded the figure; or a singular noun that does
    so just before it ("The city recorded 102", "the county had about 40"): a place or body, not what is counted."""
    i = before.rfind(subject)
    had = _HAD.match(before, i + len(subject))
    if had is None:
        agent = _AGENT_VERB.match(before, i + len(subject))  # "Border Patrol agents seized 2,811": who seized them
        return agent is not None and _QUALIFIER_ONLY.fullmatch(before, agent.end()) is not None
    if _proper(subject):
        return True
    last = subject.split()[-1]
    return last.islower() and not last.endswith("s") and last not in _IRREGULAR_PLURALS \
        and _QUALIFIER_ONLY.fullmatch(before, had.end()) is not None


_QUALIFIER_ONLY = re.compile(r"\s+(?:(?:about|nearly|almost|roughly|some|around|just|only|more\s+than|over|"
                             r"at\s+least|an\s+estimated)\s+)?")


# a figure opening its line, then a colon and what it is the number or the share of: a fact sheet's item
_CAPTION_OF = re.compile(r":\s+(?:The\s+)?(?:(?P<share>Percentage|Percent|Share)|Number|Count|Total)\s+of\s+"
                         r"(?:the\s+)?(?P<noun>(?:[a-z][\w-]*\s+){0,3}?[a-z][\w-]*s)(?![\w-])")


def _caption_unit(fig: Figure, st: Sentence, text: str) -> str:
    """"180,000: Number of unpaid bills", "69: Percentage of agencies paid late": a fact sheet's item, its figure
    opening the line, what it counts named after the colon."""
    if not text.startswith(": ", fig.end) or st.text[:fig.start - st.start].strip():
        return ""
    caption = _CAPTION_OF.match(text, fig.end, st.end)
    return "" if not caption else "percent" if caption.group("share") else caption.group("noun")


def _own_count_changed(fig: Figure, words: list[str], st: Sentence) -> str:
    """"will increase its staff by six", "cut the fleet by 2": the count the verb changes, named before "by"."""
    rel = fig.start - st.start
    if words or fig.kind != "count" or not st.text.endswith(" by ", 0, rel):
        return ""
    m = _OWN_COUNT_BY.search(st.text, max(0, rel - 50), rel)
    return m.group("noun") if m else ""


def _unit(fig: Figure, words: list[str], st: Sentence, units: _Units, text: str) -> tuple[str, bool]:
    """What the figure counts, and whether it was guessed from another clause or sentence."""
    if len(words) == 1 and fig.kind == "count" and words[0].lower() in _CHANGE_NOUNS:
        changed = _unit_of(fig, [], st, units, text)
        if changed[0]:  # "Payrolls were revised to show a 14,000 gain": what changed (else "the 30,000 increase")
            return changed
    return _unit_of(fig, words, st, units, text)


# a poll's net figure before a bare number: "net positive at ", "a net approval rating of minus ", "net favorability
# is +"
_NET_MARGIN_BEFORE = re.compile(r"(?i)\bnet\s+(?:positive|negative|approval|disapproval|favou?rab\w*|unfavou?rab\w*|"
                                r"rating|job\s+approval)(?:\s+(?:approval|rating|score))*\s+"
                                r"(?:at|of|is|was|stood\s+at|stands\s+at|rose\s+to|fell\s+to)\s+(?:(?:plus|minus)\s+)?"
                                r"[-+−]?$")


def _unit_of(fig: Figure, words: list[str], st: Sentence, units: _Units, text: str) -> tuple[str, bool]:
    """_unit's reading: the figure's own words, the unit stated before it, the context."""
    measured = _measured(fig, st, text) or _caption_unit(fig, st, text) or _own_count_changed(fig, words, st) \
        or (_list_noun_ahead(fig, st, text) if not words and fig.kind == "count" else "")
    if measured:
        return measured, False
    if fig.kind == "count" and (not words or words[0].lower() in _NOT_UNIT) and "net " in st.text \
            and _NET_MARGIN_BEFORE.search(st.text, max(0, fig.start - st.start - 50), fig.start - st.start):
        return "percentage points", False  # "his approval net positive at 14", "a net rating of minus 6": the gap
        # between two shares, in points
    first = words[0].lower() if words else ""
    if first == "fewer":  # "two fewer than last year": the count before
        first = "more"
    if len(words) <= 1 and (not words or first in _CHANGE_NOUNS) and " in " in text[fig.end:fig.end + 16]:
        changed = _changed_after(fig, st, text)
        if changed:  # "the 30,000 increase in hospital visits": what changed is counted, not the change
            return changed, False
    if words and first not in _NOT_UNIT and not _MONTH_WORD.match(words[0]) \
            and not (first in SMALL_SPELLED and len(words) == 1):  # "from 2,067 five years ago": a number
        return " ".join(words), False
    per_base = _PER_BASE.match(text, fig.end, st.end) if not words else None
    if per_base:  # "(4.2 per 1,000)": a rate per so many people
        return (units.sentence[-1] if units.sentence else "rate") + " per " + per_base.group("base"), False
    rel = fig.start - st.start
    before = st.text[:rel]
    stated = _stated_before(before) or (_gapped_change(before) if before.endswith(" to ") and text.startswith(
        " from ", fig.end) else "")
    if stated:
        return stated, False
    paren = before.rfind("(")
    if paren > before.rfind(")"):  # "robberies rose by 6% (from 1,199 to 1,271)", "(9,430 v. 9,187)"
        subject = _paren_unit(fig, st, units, text, before, paren)
        if subject:
            return subject, False
    counted = _noun_after_number_of(before)
    if counted and not _own_subject_after_number_of(st, rel, before):
        return _with_participle_subject(before) or counted, False
    part = _part_of_group(fig, st, units, text, before) if not words else ""
    if part:
        return part, False
    obj = _object_unit(before, units.last)
    if obj[0]:
        return obj
    done_to = _people_done_to(fig, words, st, units, text)
    if done_to:
        return done_to, False
    return _unit_from_context(fig, first, before, st, units, text)


# the rest of a list of bare counts whose last names what all count: ", 190 and 310 pounds"
# (three counts at least: "538 and 10 deaths" may be two counts of two things)
_LIST_AHEAD = re.compile(r"(?:,\s+\d[\d,.]*\d|,\s+\d)+,?\s+(?:and|or)\s+(\d[\d,.]*)(?=\s+[a-z])")


def _list_noun_ahead(fig: Figure, st: Sentence, text: str) -> str:
    """The noun after the last of a list of bare counts that fig opens or is in ("240, 190 and 310 pounds of
    cocaine"), or ""."""
    m = _LIST_AHEAD.match(text, fig.end, st.end) if text[fig.end:fig.end + 1] == "," else None
    if m is None:
        return ""
    words, _ = _words_after(text, m.end(1), st.end)
    return " ".join(words) if words and words[0].lower() not in _NOT_UNIT and words[0].islower() else ""


def _own_subject_after_number_of(st: Sentence, rel: int, before: str) -> bool:
    """"The number of unemployed persons decreased by 281,000, though the participation rate decreased by 0.4": the
    figure's clause, after the one that names "the number of", has a subject of its own."""
    at = max(before.rfind(" number of "), before.rfind("umber of "))
    if ", " not in before[at:] and "; " not in before[at:]:
        return False
    joined = next(reversed(list(_CLAUSE_JOIN.finditer(before, at))), None)
    if joined is None:
        return False  # "The number of people considered long-term unemployed, meaning ..., fell by": its own clause
    subject = _clause_subject(st.text, rel)
    return bool(subject) and subject.split()[-1].lower() not in _GENERIC and before.rfind(subject) > joined.start()


# a conjunction that joins a new clause, with its own subject, after a comma
_CLAUSE_JOIN = re.compile(r"[,;]\s+(?:though|although|while|whereas|but|and|yet)\s")


# a fronted group a bare count after its comma is a part of: "Among the 51 metro areas with a population of 1 million
# or more, 48 had ...", "Of the 16 items priced at $5 or less, 11 rose"
_FRONTED_GROUP = re.compile(r"(?:Among|Of)\s+(?:(?:the|those|these)\s+)?(?P<n>\d[\d,.]*)\s[^,;:]*,\s+$")


def _part_of_group(fig: Figure, st: Sentence, units: _Units, text: str, before: str) -> str:
    """The group a bare count is a part of: "killed 30 people, 12 of them children" (its own noun), "Among the 51
    areas with a population of 1 million or more, 48 had" (the fronted group's, not the million's)."""
    of_them = _of_them_noun(fig, st, text)
    if of_them:
        return of_them
    group = _FRONTED_GROUP.match(before) if before[:1] in "AO" else None
    return units.by_start.get(st.start + group.start("n"), "") if group else ""


# "The number of people rose, with infections passing 600": a "with" clause whose own subject a participle before
# the figure tells of counts that subject, not the number named before it
# (or its change: "with its prison population falling by more than 15,000")
_WITH_PARTICIPLE = re.compile(r",\s+with\s+(?:(?:the|its|their|[\w.]+[’']s)\s+){0,2}"
                              r"((?:[“\"]?[a-z][\w-]*[”\"]?\s+){0,2}(?:[a-z][\w-]*s|population|enrollment|"
                              r"workforce|membership|caseload|headcount|ridership|attendance|turnout))\s+"
                              r"(?:passing|topping|reaching|hitting|exceeding|surpassing|totaling|totalling|nearing|"
                              r"approaching|numbering|(?:climbing|rising|falling|dropping|declining|growing|"
                              r"increasing|decreasing|shrinking|jumping)(?:\s+(?:to|by))?)\s+"
                              r"(?:(?:about|nearly|almost|more\s+than|over|some|roughly|just)\s+)?$")


# "..., as well as larceny dropping from 915 to 754": a joined noun and its participle of change, the noun counted
_JOINED_PARTICIPLE = re.compile(r"(?:,|\bas\s+well\s+as|\band|\bwhile|\bwith)\s+([a-z][\w-]*(?:\s+[a-z][\w-]*)?)\s+"
                                r"(?:dropping|falling|rising|climbing|declining|increasing|decreasing|growing|"
                                r"jumping|going)\s+(?:from|to|by)\s+(?:\$?\d[\d,.]*\s+to\s+)?$")


# "Burglaries fell from 120 to 98, and thefts from 300 to 250": a second noun whose verb is left out, the same as
# the first's (what is counted, up to seven words: "and unlawful driving away of an automobile from 266 to 215")
_GAPPED = re.compile(r"(?:,\s+(?:and\s+|while\s+)?|\band\s+|\bwhile\s+)"
                     r"(?P<np>[a-z][\w-]*(?:\s+[a-z][\w-]*){0,6}?)\s+from\s+(?:\$?\d[\d,.]*\s+to\s+)?$")


def _gapped_subject(before: str) -> str:
    m = _GAPPED.search(before, max(0, len(before) - 90))
    if m is None:
        return ""
    words = m.group("np").split()
    if words[0] in _UNIT_STOP or words[-1] in _UNIT_STOP or any(w in _SUBJECT_VERB_WORDS for w in words) \
            or words[0].endswith("ing") or words[-1].endswith(("ing", "ed")):
        return ""  # ", up from 12", ", and rose from 12", ", going from 26": no noun left without its verb
    return m.group("np")


def _with_participle_subject(before: str) -> str:
    """The subject of a participle or gapped clause the figure ends, or "": a joined noun and its participle of
    change ("as well as larceny dropping from 915 to 754"), a noun whose verb is left out ("and thefts from 300"),
    or a "with" clause's subject ("..., with infections passing 600"). Each is looked for only where its words
    are (a few substring tests, so the caller need not guard it)."""
    if "ing " in before[-40:]:
        joined = _JOINED_PARTICIPLE.search(before, max(0, len(before) - 90))
        if joined and joined.group(1).split()[0] not in _UNIT_STOP:
            return joined.group(1)
    if " from " in before[-40:]:
        gapped = _gapped_subject(before)
        if gapped:
            return gapped
    k = before.rfind(", with ")
    if k < 0:
        return ""
    m = _WITH_PARTICIPLE.match(before, k)
    return " ".join(w.strip("“”\"") for w in m.group(1).split()) if m and not _NUMBER_OF.search(before, k) else ""


# "a significant increase of unaccompanied children at the border, with 18,890 in March": what the change named before
# the with-clause is of (the last two words of its noun phrase at most, before a place or a time)
_CHANGE_OF_WITH = re.compile(
    r"\b(?:increase|rise|surge|jump|spike|influx|decline|drop|decrease)s?\s+(?:of|in)\s+(?!the\b|a\b|an\b)"
    r"(?P<unit>[a-z][\w-]*(?:\s+(?!from\b|at\b|in\b|on\b|along\b|across\b)[a-z][\w-]*)?)"
    r"(?:\s+(?:from|at|in|on|along|across)\s+[^,\d]{0,60})?, with $")


def _with_change_of(before: str) -> str:
    k = before.rfind(", with ")
    m = _CHANGE_OF_WITH.search(before, max(0, k - 120)) if k >= 0 and k + 7 == len(before) else None
    return m.group("unit") if m else ""


# "Retailers announced the most cuts in March, with 35,042", "Retail leads all sectors in job cuts, with 56,526",
# "Texas had the highest number of deaths, with 1,200": what the ranking is by is what the bare figure counts
_RANKED_BY = re.compile(
    r"\b(?:(?:the\s+)?(?:most|fewest|(?:highest|largest|greatest|biggest|smallest|lowest)\s+(?:number|count|"
    r"total|tally)\s+of)|(?:leads?|led|leading|tops?|topped|ranks?\s+first|ranked\s+first)\s+"
    r"(?:[\w-]+\s+){0,3}?in)\s+(?P<unit>[a-z][\w-]*(?:\s+[a-z][\w-]*){0,2}?)"
    r"(?=\s+(?:in|of|for|on|at|among|this|last|so|since|during|from|with)\b|\s*[,—–(]|\s*$)")


_DETERMINER_WORDS = frozenset("the a an its their his her this that all each other".split())


def _ranked_unit(before: str) -> str:
    """The noun a ranking before "with" is by, in the figure's sentence; "" when none or no count."""
    m = next(reversed(list(_RANKED_BY.finditer(before))), None)  # the last ranking before the figure
    if m is None:
        return ""
    words = m.group("unit").split()
    if any(w in _GENERIC or w in _DETERMINER_WORDS for w in words):
        return ""  # "led the nation in the increase": no count
    return " ".join(words)


_CHANGE_IN = re.compile(r"\s+(?:increase|decrease|rise|drop|decline|gain|jump|fall|reduction|surge|dip|spike)s?"
                        r"\s+in\s+(?:(?:the|its|their)\s+)?(?:number\s+of\s+)?")


def _changed_after(fig: Figure, st: Sentence, text: str) -> str:
    """"a 30,000 increase in hospital visits": the noun after the change noun's "in"."""
    m = _CHANGE_IN.match(text, fig.end, st.end)
    if not m:
        return ""
    words, _ = _words_after(text, m.end(), st.end)
    return " ".join(words) if words and words[0].lower() not in _GENERIC and not _MONTH_WORD.match(words[0]) \
        and not words[0][:1].isupper() else ""


# "when 219 were arrested", "14 were killed and 30 were injured", "52 died": people a thing was done to
_PEOPLE_VERBED = re.compile(
    r"\s+(?:(?:were|are|was|have\s+been|had\s+been|have|had)\s+(?:(?:later|also|since|then|fatally|critically|"
    r"seriously|badly|mortally)\s+)?)?(?P<verb>arrested|killed|injured|wounded|hurt|hospitali[sz]ed|detained|deported|"
    r"apprehended|shot|murdered|slain|stabbed|charged|convicted|sentenced|jailed|imprisoned|indicted|rescued|"
    r"evacuated|displaced|infected|sickened|vaccinated|hired|fired|laid\s+off|booked|died|drowned|removed|"
    r"released|executed|employed|unemployed)\b")
# a state of the labour force, not a thing done: "the labor force is 3,052,784, and 2,762,514 were employed" are
# the people employed whatever count comes before
_LABOR_STATES = frozenset(("employed", "unemployed"))
# a verb done to people whose object is a bare count: "The storm killed 14", "has sickened at least 87"
_DONE_TO_BEFORE = re.compile(r"\b(?:has|have|had)?\s*(?P<verb>killed|injured|wounded|sickened|hospitali[sz]ed|"
                             r"infected|evacuated|rescued|displaced|(?P<now>kill|injur|sicken|infect)s)\s+(?:(?:at\s+least|more\s+than|nearly|about|"
                             r"some|almost|roughly|an\s+estimated|over)\s+)?$")
_PAST_OF = {"kill": "killed", "injur": "injured", "sicken": "sickened", "infect": "infected"}
# nothing after the count that it could be the number of: the sentence ends, or a clause, place or time follows
_NO_NOUN_AFTER = re.compile(r"\s*(?:[.;,)]|$|\s(?:and|in|on|at|across|since|so|this|last|during|from|over|when|"
                            r"after|before|while|as)\b)")
_PEOPLE_VERB_GATE = frozenset("were are was have had died drowned".split())


def _people_done_to(fig: Figure, words: list[str], st: Sentence, units: _Units, text: str) -> str:
    """A bare count that is the subject of a verb done to people, when no count before in the sentence names
    something else: "people arrested"."""
    if words or fig.kind != "count":
        return ""
    done = _DONE_TO_BEFORE.search(text, max(st.start, fig.start - 60), fig.start)
    told = units.sentence or units.before  # (what a count before, here or in the sentence before, counts)
    if done and (not told or told[-1].startswith("people ")) and _NO_NOUN_AFTER.match(text, fig.end, st.end):
        verb = done.group("verb") if not done.group("now") else _PAST_OF[done.group("now")]
        return "people " + verb  # "The storm killed 14.", "has sickened 87 in 12 states", "sickens 162": people
    if text[fig.end:fig.end + 1] != " ":
        return ""
    nxt = _WORD_RUN.match(text, fig.end + 1, min(st.end, fig.end + 15))
    if not nxt or nxt.group() not in _PEOPLE_VERB_GATE and not (
            nxt.group().endswith("ed") and text.endswith(("the ", "The "), 0, fig.start)):
        return ""  # ("the 1,635 arrested by the teams": the people the participle was done to)
    m = _PEOPLE_VERBED.match(text, fig.end, st.end)
    if not m:
        return ""
    if units.sentence and not units.sentence[-1].startswith("people ") and m.group("verb") not in _LABOR_STATES:
        return ""  # "Police held 300 protesters; 120 were arrested": the protesters
    return "people " + " ".join(m.group("verb").split())


# "is a drop from the 20 homicides", "was more than the 19,962 people": compared with a figure that names its unit
_COMPARED_WITH = re.compile(r"^\s+(?:[\w’'-]+\s+){0,4}?(?:than|from|compared\s+(?:with|to)|versus|vs\.?)\s+"
                            r"(?:the\s+|a\s+)?"
                            r"(?:(?:nearly|about|some|roughly|almost|around|just)\s+)?$")
# "the average monthly increase of 555,000": a change that does not say what changed
_BARE_CHANGE_OF = re.compile(r"\b(?:increase|gain|rise|decrease|decline|drop|loss|growth)\s+of\s+"
                             r"(?:(?:nearly|about|some|roughly|almost|around|just)\s+)?$")


# "for a total of 461", "a cumulative total of about 2,300": a bare total of the count told before it
_TOTAL_OF = re.compile(r"\b(?:a|the|its|their)\s+(?:[a-z]+\s+)?total\s+of\s+"
                       r"(?:(?:nearly|about|some|roughly|almost|around|just|more\s+than|over)\s+)?$")
_MEASURED_UNITS = frozenset(("percent", "points", "percentage points"))


_OF_THEM_COMPARED = re.compile(r"\s+of\s+(?:them|those|these),?\s+(?:compared\s+(?:with|to)|versus|vs\.?|"
                               r"up\s+from|down\s+from)\s+(?:(?:the|about|nearly|some|roughly|almost)\s+)?$")


def _compared_unit(fig: Figure, st: Sentence, text: str) -> str:
    """The unit of the next figure in the sentence when the two are compared: "the 14 is a drop from the 20
    homicides"."""
    nxt = next((f for f in st.figures if f.start >= fig.end), None)
    if nxt is None or nxt.kind != "count" or nxt.start - fig.end > 60:
        return ""
    between = text[fig.end:nxt.start]
    if between.startswith(" of th") and _OF_THEM_COMPARED.match(between):
        return _named_unit(text, nxt, st)  # "made 609 of them, compared to 444 arrests": the same things
    if "," in between or ";" in between or not (_COMPARED_WITH.match(between) or _FROM_TO.match(between)
                                                and _FROM_BEFORE.search(text, max(0, fig.start - 20), fig.start)):
        return ""  # "went from 2,567 to 2,214 doses": a fall names its unit once, after the second
    return _named_unit(text, nxt, st)


_FROM_TO = re.compile(r"\s+to\s+(?:(?:about|nearly|roughly|almost|just|some)\s+)?$")
_FROM_BEFORE = re.compile(r"\bfrom\s+(?:(?:about|nearly|roughly|almost|just|some)\s+)?$")


def _named_unit(text: str, fig: Figure, st: Sentence) -> str:
    """The noun a figure names after it ("20 homicides"), "" when there is none or it is no unit ("20 more")."""
    words, _ = _unit_words(text, fig, st)
    return " ".join(words) if words and words[0].lower() not in _NOT_UNIT and not _NUMBERISH_WORD.match(words[0]) \
        else ""


def _unit_from_context(fig: Figure, first: str, before: str, st: Sentence, units: _Units,
                       text: str) -> tuple[str, bool]:
    """What a figure with no unit of its own counts: a figure compared with it, its clause's subject, the count
    before."""
    if _MARKET_INDEX.search(before[before.rfind(";") + 1:]) if "S&P" in before or _INDEX_GATE.search(before) else False:
        return "points", False  # "the S&P 500 fell 33.31, ending at 1,041.26": an index's level or move
    base = _base_of_measured(fig, st, text)
    if base:
        return base, False
    compared = _compared_unit(fig, st, text) or _parallel_unit(fig, st, text)
    if compared:
        return compared, False
    changed_or_total = _change_or_total_of(before, units)
    if changed_or_total[0]:
        return changed_or_total
    rel = fig.start - st.start
    # "125,000 of those", "150 more", "15,000 were arrested": the count before
    # "..., with its prison population falling by 15,000": the with-clause's subject; "Six sectors added jobs, led
    # by business services, up 4,400": what the verb before the change added
    changed = _with_participle_subject(before) or _with_change_of(before)
    changed = changed or (_done_before(fig, st, before) if "up" in before[-16:] or "down" in before[-16:] else "")
    if changed:
        return changed, False
    more = units.last and (first in _NOT_UNIT or re.match(r"\s*(?:of\s+(?:those|them|these)|more\b|were\b|was\b)",
                                                          text[fig.end:fig.end + 20])
                           or _ANOTHER.search(before[-24:]))  # "agents apprehended another 16,089"
    clause_start = max(before.rfind(", "), before.rfind("; "), 0)
    subject = _clause_subject(st.text, rel)
    if subject and (_holder(subject, before) or units.sentence and _proper(subject) or _no_counted_subject(subject)
                    or _verb_ends_subject(subject, before)):
        # "Denver had 412", "while Ohio had 1,546": the place or body that has them, not the count;
        # "The Coast Guard rescued 80 sailors in May compared with 65 in April": the agent, not the count
        subject = ""
    points = _rate_change_points(fig, subject, before)
    measure = points or _measure_of_quantity(subject, units)
    if measure:
        return measure, not points
    coordinate = _coordinate_unit(fig, st, text, units)
    if coordinate[0] and not (subject and not more and subject in text[coordinate[1]:fig.start]):
        return coordinate[0], False  # (but "..., while thefts fell to 25 in June": the clause's own subject)
    if subject and units.sentence and _governs_earlier_count(fig, st, subject, clause_start):
        # "police have responded to 1,677 shootings – compared with 1,893": the subject's object is counted
        return units.sentence[-1], False
    if subject and not more and (subject in before[clause_start:] or _CHANGE_PARTICIPLE.match(before, clause_start)
                                 or before.startswith(", which ", clause_start)
                                 and before.endswith(subject, 0, clause_start)):
        # "..., while continuing claims fell 54,000": the clause's own subject; "and drug cases were cut in half,
        # dropping from 70 to 32": the subject of the clause the participle of change follows; "and enrollment,
        # which topped 41,000": the noun the relative clause is about
        return subject, False
    if units.sentence:  # (but "These groups of 100 or more individuals had dropped from 216": the groups counted)
        return (subject, False) if subject and _sized_subject(subject, before) else (
            _compared_base_unit(fig, st, units, before) or units.sentence[-1], True)
    if more:
        return units.last, True
    if subject:
        return subject, True
    talked = _previous_subject(units.prev) or _ranked_change_unit(units, before)
    if talked:  # "Weekly applications are a proxy for layoffs. They have fluctuated between 360,000 and ..."
        return talked, True
    return units.last, bool(units.last)


# a clause "subject" that names nothing counted: a determiner alone ("Another 1,200 are expected") or a subject with
# the verb whose object the figure is ("Officials expect 1,200 more": the verb read as a word of the subject)
_NOT_A_SUBJECT = frozenset("another some about nearly almost roughly around only just".split())
_EXPECTING_VERBS = frozenset("expect expects predict predicts forecast forecasts anticipate anticipates project "
                             "projects estimate need needs want wants plan plans hope hopes".split())


# a subject read up to a past-tense verb right before the figure ("Police seized 9,000", "That compared with 425"):
# the figure is the verb's object or complement, not a count of the subject; verbs of a level reached are the
# subject's own count ("Deaths climbed to 1,200")
_VERB_BEFORE_FIGURE = re.compile(r"\b([a-z]+ed)\s+(?:(?:with|to|at|by|about|nearly|some|roughly|almost|around|"
                                 r"more\s+than|at\s+least)\s+)*\$?$")
_LEVEL_VERBS = frozenset("reached totaled totalled topped numbered climbed jumped dropped declined increased decreased "
                         "surged plunged plummeted soared rebounded dipped slipped edged eased inched ticked spiked "
                         "peaked bottomed averaged hovered exceeded surpassed neared approached".split())


def _verb_ends_subject(subject: str, before: str) -> bool:
    m = _VERB_BEFORE_FIGURE.search(before[-60:]) if before.rstrip().endswith(("ed", "with", "to", "at", "by")) else None
    return m is not None and m.group(1) not in _LEVEL_VERBS and subject.endswith(m.group(1))


def _no_counted_subject(subject: str) -> bool:
    words = subject.lower().split()
    return len(words) == 1 and words[0] in _NOT_A_SUBJECT or len(words) > 1 and words[-1] in _EXPECTING_VERBS


# the base of a comparison after a comma, and a count in a phrase of place or destination before it ("removed 142,580
# people to 150 countries, up from 72,177": the people, not the countries)
_BASE_AFTER_COMMA = re.compile(r"(?i),\s+(?:(?:up|down)\s+from|compared\s+(?:with|to)|versus|vs\.?)\s+"
                               r"(?:(?:about|nearly|roughly|some|almost)\s+)?$")
_PLACE_PHRASE_BEFORE = re.compile(r"(?i)\b(?:to|in|across|at|into|among|from)\s+(?:(?:more\s+than|nearly|about|"
                                  r"some|over|at\s+least|almost)\s+)?$")


def _compared_base_unit(fig: Figure, st: Sentence, units: _Units, before: str) -> str:
    """The unit of the count a comparison's bare base after a comma is compared with: the last count before it in
    the sentence that no preposition of place or destination leads, when the last count is so led; else ""."""
    if not _BASE_AFTER_COMMA.search(before[-36:]):
        return ""
    told = [(f, units.by_start[f.start]) for f in st.figures if f.end <= fig.start and f.start in units.by_start]
    led = [_PLACE_PHRASE_BEFORE.search(st.text, max(0, f.start - st.start - 20), f.start - st.start) is not None
           for f, _ in told]
    if len(told) < 2 or not led[-1]:
        return ""
    return next((u for (f, u), by_place in zip(reversed(told), reversed(led)) if not by_place), "")


# a noun sized by a count of its members: "groups of 100 or more individuals", "families of four or more"
_SIZED_SUBJECT = re.compile(r"\b([A-Za-z]+s)\s+of\s+(?:more\s+than\s+|at\s+least\s+|over\s+)?(?:\d[\d,]*|two|three|"
                            r"four|five|six|seven|eight|nine|ten|twenty|fifty|a\s+hundred)\b(?:\s+or\s+more)?")


def _sized_subject(subject: str, before: str) -> bool:
    """The clause's subject is a noun sized by the count before the figure ("groups of 100 or more")."""
    sized = _SIZED_SUBJECT.search(before) if f"{subject} of " in before else None
    return sized is not None and sized.group(1) == subject


def _change_or_total_of(before: str, units: _Units) -> tuple[str, bool]:
    """"monthly increase of 555,000": what the count before changed by; "reported nine new cases on Friday for a
    total of 461": the total of what the count before in the sentence counted."""
    if (units.sentence or units.counted) and _BARE_CHANGE_OF.search(before[-40:]):
        return (units.sentence[-1], False) if units.sentence else (units.counted, True)
    if units.sentence and "total of " in before[-24:] and _TOTAL_OF.search(before[-40:]):
        return units.sentence[-1], False
    return "", False


def _rate_change_points(fig: Figure, subject: str, before: str) -> str:
    """"the participation rate decreased by 0.4": a bare change of a rate is in percentage points; "" otherwise."""
    if subject[-5:].lower() in _RATE_ENDS and fig.factor == 1 and fig.value < 100 \
            and _BY_CHANGE_BEFORE.search(before, max(0, len(before) - 40)):
        return "percentage points"
    return ""


_RATE_ENDS = (" rate", "rates", "ratio", "atios")  # (the last five letters of a subject ending in a rate or ratio)
_BY_CHANGE_BEFORE = re.compile(r"\bby\s+(?:(?:about|nearly|roughly|some|almost|around|just)\s+)?"
                               r"(?:\d[\d.]*\s*(?:,\s*|,?\s+and\s+))?$")


def _ranked_change_unit(units: _Units, before: str) -> str:
    """"States with the largest increases were Virginia, 6,661": the count whose changes are ranked (the last
    counted that is no place), or ""."""
    return units.thing if units.thing and " were " in before and _RANKED_CHANGE.search(before) else ""


# the largest changes named as the subject of a list of places and their figures: "The biggest decreases were in"
_RANKED_CHANGE = re.compile(r"(?i)\b(?:largest|biggest|greatest|sharpest|steepest|smallest|top)\s+(?:[a-z]+\s+)?"
                            r"(?:increases|decreases|gains|declines|drops|jumps|rises|losses)\s+were\b")


# a bare change, "up 4,400", "down about 2,000", after a verb and the plural noun it adds or takes away:
# "Six sectors have added jobs, led by business services, up 4,400", "Retail shed the most jobs — down 2,000"
_UP_DOWN_BEFORE = re.compile(r"\b(?:up|down)\s+(?:(?:about|nearly|some|roughly|almost|around|just|more\s+than)\s+)?$")
_ADDED_NOUN = re.compile(r"\b(?:added|adds|adding|shed|sheds|shedding|lost|loses|losing|cut|cuts|cutting|gained|gains|"
                         r"gaining|created|creates|creating|eliminated|eliminating)\s+(?:the\s+(?:most|fewest)\s+|"
                         r"more\s+|fewer\s+|some\s+)?(?P<noun>[a-z]+s)\b")


_PRONOUN_CLAUSE = re.compile(r"(?i)\s*(?:and\s+|but\s+)?(?:they|it|that|which|we)\b")


def _done_before(fig: Figure, st: Sentence, before: str) -> str:
    """The plural noun a verb before a bare change adds or takes away, with no count between them, or "": when
    the change's clause has no subject of its own ("..., up 4,400") or a pronoun ("— they are down 2,000")."""
    tail = max(0, len(before) - 30)
    up = _UP_DOWN_BEFORE.search(before, tail)
    if not up:
        return ""
    cut = max(before.rfind(", "), before.rfind("; "), before.rfind("— "), before.rfind("– "), before.rfind(" - "))
    if before[cut + 1:up.start()].strip(" -–—,;") and not _PRONOUN_CLAUSE.match(before, cut + 2):
        return ""  # "and deposits were up 3,000": the clause's own subject
    m = next(reversed(list(_ADDED_NOUN.finditer(before))), None)
    if m is None or m.group("noun") in _GENERIC or m.group("noun").endswith("ss"):
        return ""
    prev = next((f for f in reversed(st.figures) if f.end <= fig.start), None)
    return m.group("noun") if prev is None or prev.end - st.start <= m.start() else ""


# A stock market index a bare figure is the level or move of (in its clause of a list: "...; the Nasdaq fell 85")
_MARKET_INDEX = re.compile(r"(?:\bDow\b(?!\s+(?!Jones)[A-Z])|S&P\s+500|\bNasdaq\b(?!-)|\bRussell\s+\d{4}|"
                           r"\bFTSE\b|\bNikkei\b|\bStoxx\b|"
                           r"\bDAX\b|\bCAC\s+40|\bHang\s+Seng\b|\bKospi\b|\bTSX\b|\b[A-Z][a-z]+\s+Composite\b)"
                           r"(?:[^,;]|,(?!\s+with\b))*$")
_INDEX_GATE = re.compile(r"Dow|Nasdaq|Russell|FTSE|Nikkei|Stoxx|DAX|CAC|Seng|Kospi|TSX|Composite")


# "to 9 percent from 9.1 in September", "4.5% in May, up from 4.2": the base a measured figure is compared with
_TO_FROM = re.compile(r"(?:\s+(?:in|on|during|for|last|this)\s+[\w.]+(?:\s+\d{4})?)?,?\s+(?:(?:up|down)\s+)?"
                      r"(?:from|versus|vs\.?|compared\s+(?:with|to)|against)\s+(?:about\s+|nearly\s+|roughly\s+)?$")


_LEVEL_BEFORE = re.compile(r"\b(?:to|was|is|were|are|at|reached|hit|of)\s+(?:about\s+|nearly\s+|roughly\s+|just\s+)?$")


def _base_of_measured(fig: Figure, st: Sentence, text: str) -> str:
    """A bare figure compared with the percentage just before it takes its unit: "to 9 percent from 9.1"."""
    prev = next((f for f in reversed(st.figures) if f.end <= fig.start), None)
    if prev is None or prev.kind not in ("percent", "points") or fig.start - prev.end > 40:
        return ""
    # "slid from 50 percent to 44": the level it came to, measured as the level it came from
    from_to = text.endswith("from ", 0, prev.start) and _FROM_TO.fullmatch(text, prev.end, fig.start)
    if not from_to and (not _LEVEL_BEFORE.search(text, max(0, prev.start - 24), prev.start)
                        or not _TO_FROM.fullmatch(text, prev.end, fig.start)):
        return ""  # "up 3% from 739": a change, and its base a count
    return "percent" if prev.kind == "percent" else "points"


def _count_before(fig: Figure, st: Sentence) -> Figure | None:
    """The last count in the sentence before fig."""
    return next((f for f in reversed(st.figures) if f.end <= fig.start and f.kind == "count"), None)


def _count_just_before(fig: Figure, st: Sentence, paren: int) -> bool:
    """A count with its own noun just before the parenthesis fig is in: "447 people (up from 437 ...)"."""
    prev = _count_before(fig, st)
    if prev is None:
        return False
    gap = st.text[prev.end - st.start:paren]
    return len(gap) <= 40 and not any(c in gap for c in ",;()") and bool(gap.strip())


def _governs_earlier_count(fig: Figure, st: Sentence, subject: str, clause_start: int) -> bool:
    """The clause's subject comes before an earlier count of the clause: "police have responded to 1,677
    shootings – compared with 1,893": the subject does the counted thing, the later figure counts it too."""
    prev = _count_before(fig, st)
    if prev is None or prev.start - st.start < clause_start:
        return False
    i = st.text.rfind(subject, 0, prev.start - st.start)
    return i >= clause_start


_WITH_BEFORE = re.compile(r"(?i)\bwith\s+(?:(?:about|nearly|some|roughly|almost|around|just|more\s+than)\s+)?$")


def _parallel_unit(fig: Figure, st: Sentence, text: str) -> str:
    """The unit of a parallel figure later in the sentence: "Retailers led with 9,273 announced, followed by
    banks with 4,212 job cuts": both figures follow "with" and count the same thing."""
    if not _WITH_BEFORE.search(text, max(0, fig.start - 24), fig.start):
        return ""
    for nxt in st.figures:
        if nxt.start <= fig.end or nxt.kind != fig.kind:
            continue
        if nxt.start - fig.end > 100 or ";" in text[fig.end:nxt.start]:
            return ""
        if _WITH_BEFORE.search(text, max(0, nxt.start - 24), nxt.start):
            return _named_unit(text, nxt, st)
    return ""


# quantities measured, not counted: "Output rose to 6.71 million", "Demand for diesel increased to 3.47 million"
_QUANTITY_NOUNS = frozenset("output production demand supply supplies consumption use usage generation "
                            "throughput".split())
_MEASURE_UNIT = re.compile(r"(?i)\b(?:barrels?|bpd|b/d|gallons?|tons?|tonnes?|cubic|bcf|mcf|megawatts?|"
                           r"megawatt-hours?|kilowatt-hours?|MWh|kWh|GWh|bushels?|pounds?|ounces?)\b")


def _measure_of_quantity(subject: str, units: _Units) -> str:
    """The measure a bare figure of a quantity noun is in ("Output rose to 6.71 million" after "7.26 million
    barrels a day"): the last unit named that is a measure, "" when the subject is no such noun or none is."""
    words = subject.split()
    if not words or words[-1].lower() not in _QUANTITY_NOUNS:
        return ""
    for unit in reversed(units.sentence + [units.last]):
        if unit and _MEASURE_UNIT.search(unit):
            return unit
    return ""


_COORDINATE_BEFORE = re.compile(r"(?:,|\band)\s+(?:(?:about|nearly|some|roughly|almost|around|just|more\s+than)\s+)?$")
_PREPOSITION_AFTER = re.compile(r"\s+(in|by|at|for|from|on|among|across)\s")


def _coordinate_unit(fig: Figure, st: Sentence, text: str, units: _Units) -> tuple[str, int]:
    """The unit of the figure a bare figure is coordinated with, the two followed by the same preposition, and
    where that figure ends:
    "an 800,000 bpd cut by OPEC's 14 members and 400,000 by its partners", "to 6.71 million barrels in the lower
    48 states and to 556,000 in Alaska": the figure repeats the first one's unit, not the count in between."""
    prep = _PREPOSITION_AFTER.match(text, fig.end, st.end)
    if not prep:
        return "", 0
    right_after = _COORDINATE_BEFORE.search(text, max(0, fig.start - 30), fig.start)
    lead = _WORD_BEFORE_FIGURE.search(text, max(0, fig.start - 20), fig.start)
    for prev in reversed([f for f in st.figures if f.end <= fig.start and f.kind == fig.kind]):
        if fig.start - prev.end > 160:
            break
        between = text[prev.end:fig.start]
        if prev.start not in units.by_start or ";" in between \
                or not re.match(rf"(?:\s+[\w-]+){{0,3}}?\s+{prep.group(1)}\s", between):
            continue
        # "... and 400,000 by", or the same word before both: "to 6.71 million in ... and 0.7 percent to 556,000 in"
        same_lead = lead and re.search(rf"\b{lead.group(1)}\s+$", text[max(0, prev.start - 20):prev.start])
        if right_after or same_lead and re.search(r",|\band\b", between):
            return units.by_start[prev.start], prev.end  # the unit, and where the partner ends
        break  # the nearest figure with the same preposition is no partner ("from 499 in 2009 to 478 in")
    return "", 0


_WORD_BEFORE_FIGURE = re.compile(r"\b(to|at|of|with|from)\s+$")


_ANOTHER = re.compile(r"(?i)\b(?:another|an\s+additional|a\s+further)\s+(?:(?:about|nearly|some|roughly|almost|"
                      r"around|just)\s+)?$")


def _previous_subject(prev: Sentence | None) -> str:
    """The subject of the sentence before, in the same paragraph and with no count of its own, when it names
    things counted (a plural noun, not a name): what a figure with no noun in the next sentence counts."""
    if prev is None:
        return ""
    subject = _clause_subject(prev.text, len(prev.text))
    last = subject.split()[-1] if subject else ""
    if not last.islower() or not last.endswith("s") or last.endswith("ss") or last in _GENERIC:
        return ""
    return subject


# an item of a list of bracketed figures, after the bracket before it: "mining (+900 jobs), retail trade (+400)"
_PAREN_LIST_ITEM = re.compile(r"\)(?:,|,?\s+and|;)\s+(?:[A-Za-z][\w’'&-]*\s+){0,5}[A-Za-z][\w’'&-]*\s*$")
_LIST_NAME = re.compile(r"(?:^|,\s+|\band\s+|\bfrom\s+|\bfollowed\s+by\s+(?:the\s+)?)"
                        r"(?:(?:[A-Z][\w’'.-]*\s+){0,2}[A-Z][\w’'.-]*|elsewhere)\s*$")


def _paren_unit(fig: Figure, st: Sentence, units: _Units, text: str, before: str, paren: int) -> str:
    """What a figure inside an open parenthesis counts, or ""."""
    if units.sentence and _count_just_before(fig, st, paren):
        return units.sentence[-1]  # "arrested 447 people (up from 437)": what the figure before counts
    alone = not before[paren + 1:].strip(" +-−")
    return alone and _measured_sibling(fig, st, text, paren) or _in_parens(before[:paren], units, alone)


def _measured_sibling(fig: Figure, st: Sentence, text: str, paren: int) -> str:
    """"grocery store (1.4 percent) and restaurant (0.8)": a bare figure opening a bracket in a list of bracketed
    items takes the measure of the bracketed share or points just before it, or ""."""
    prev = next((f for f in reversed(st.figures) if f.end <= fig.start), None)
    if prev is None or prev.kind not in _SIBLING_KINDS:
        return ""
    between = st.text[prev.end - st.start:paren]
    return _measured(prev, st, text) if between[:1] == ")" and _PAREN_LIST_ITEM.fullmatch(between) else ""


_SIBLING_KINDS = ("percent", "points")


# "Other sectors that saw job gains included manufacturing (600)", "Industries with losses were retail (1,200)": a
# list of sectors or industries whose bracketed figures count what they gained or lost
_SECTORS_INCLUDED = re.compile(r"\b(?:sectors|industries)\b"
                               r"(?:\s+(?:that|which|with|where|posting|showing)\b[^,;()]{0,40}?)?"
                               r"\s+(?:included|include|were|are)\b(?:[^;()]|\([^()]*\))*$", re.IGNORECASE)


# a plural noun after "as many", "more" or "fewer", just before the bracket a count opens: "as many DUIs (",
# "more drug arrests ("
_PLURAL_BEFORE_PAREN = re.compile(r"\b(?:many|more|fewer)\s+(?P<noun>(?:[A-Za-z][\w-]*\s+)?[A-Za-z][\w-]*[a-zA-Z]s) $"
                                  # "the most common destination for deportees (": what the bracket counts
                                  r"|\b(?:for|among)\s+(?P<noun2>[a-z][\w-]*[a-z]s) $")


# a ranking's plural noun just before the bracket a count opens: "the most arrests (", "the highest number of
# arrests (", "the second largest numbers of crossings ("
_RANKED_BEFORE_PAREN = re.compile(r"(?i)\b(?:most|highest|largest|biggest|greatest|lowest|fewest|smallest)\s+"
                                  r"(?:numbers?\s+of\s+|totals?\s+of\s+|counts?\s+of\s+)?"
                                  r"(?P<noun>(?:[a-z][\w-]*\s+)?[a-z][\w-]*[a-z]s)\s*$")


# a measure of something in a named place, just before the bracket a count opens: "the average daily population of
# the prison systems in New York ("
_MEASURE_OF_PLACE = re.compile(r"\b(?:the|their|its)\s+(?P<noun>(?:[a-z][\w-]*\s+){0,3}[a-z][\w-]*)\s+(?:of|for)\s+"
                               r"(?:the\s+)?(?:[a-z][\w-]*\s+){0,4}in\s+(?:[A-Z][\w.’'-]*\s+){0,2}[A-Z][\w.’'-]*\s*$")


def _in_parens(left: str, units: _Units, alone: bool = False) -> str:
    """What a figure in parentheses counts, from the words before the parenthesis; alone: the figure opens the
    parenthesis (a sign aside)."""
    if units.sentence and _LIST_NAME.search(left[-40:]):
        return units.sentence[-1]  # "refugees from Syria (12,486), Iraq (7,853) and Burma (3,145)": a list of names
    if alone and units.sentence and ")" in left[-60:] and _PAREN_LIST_ITEM.search(left[-60:]):
        return units.sentence[-1]  # "government (+3,800 jobs), leisure and hospitality (+1,900)": the list's count
    sectors = _SECTORS_INCLUDED.search(left) if "ectors" in left or "ndustries" in left else None
    if sectors:  # "Sectors with losses included information (200), ...": the sectors' count, not the sectors
        return "jobs" if re.search(r"\bjobs?\b", sectors.group(0), re.IGNORECASE) else units.counted
    if alone and left[-2:-1] == "s":
        plural = _PLURAL_BEFORE_PAREN.search(left, max(0, len(left) - 40))
        noun = plural and (plural.group("noun") or plural.group("noun2"))
        if noun and noun.split()[-1].lower() not in _UNIT_STOP:
            return noun  # "half as many DUIs (20)", "more arrests (31) than": the noun it restates
    measure = _MEASURE_OF_PLACE.search(left, max(0, len(left) - 120)) if alone and left[-2:-1].isalpha() else None
    if measure and measure.group("noun").split()[-1].lower() not in _UNIT_STOP:
        return measure.group("noun")  # "the average daily population of the prison systems in New York (53,181)":
        # that measure, for the place the bracket follows
    ranked = _RANKED_BEFORE_PAREN.search(left, max(0, len(left) - 80)) if alone and left[-2:-1] == "s" else None
    if ranked and ranked.group("noun").split()[-1].lower() not in _UNIT_STOP:
        return ranked.group("noun")  # "saw the second highest numbers of arrests (2,631)": the arrests, not the
        # sector that saw them
    j = left.rfind(" and ")
    if j > 0 and _SUBJECT_VERB.search(left, j) and _SUBJECT_VERB.search(left, 0, j):  # two clauses, not
        # "Employment in professional and business services continued to trend up (+31,000)"
        left = left[j + 5:]
    return _clause_subject(left, len(left))


def _object_unit(before: str, last: str) -> tuple[str, bool]:
    """The object of a verb the figure completes: "lowered claims by 10,000", "expected sales to total 5,000"."""
    # _OBJECT_BEFORE ends in one of these words and \s+$ ("ſ" and "K" match s and k case-blind: not ASCII)
    end = before.rstrip()[-7:].lower()
    obj = _OBJECT_BEFORE.search(before[-80:]) if end.endswith(_OBJECT_ENDS) or not end.isascii() else None
    if not obj:
        put = _PUT_AT_BEFORE.search(before[-80:]) if end.endswith(" at") else None
        return (put.group("obj"), False) if put else ("", False)  # "Police put the crowd at 40,000": the crowd
    words = obj.group("obj").split()
    if words[0].lower() in _DIRECTIONS:
        return _revised(before, last)
    if not any(w.lower() in _UNIT_STOP for w in words):
        return obj.group("obj").strip(), False
    return "", False


def _revised(before: str, last: str) -> tuple[str, bool]:
    """What a figure revised up or down by counts: "Job gains were revised down by 9,000": the clause's
    subject; "June was revised upwards by 6,000", "the figure was revised ...": the count before."""
    clause = before[max(before.rfind(", "), before.rfind("; "), 0):]
    subject = _clause_subject(clause, len(clause)).split()
    while subject and subject[-1].endswith("ed"):  # a headline's "June data revised down by"
        subject.pop()
    if subject and subject[-1].lower() not in _GENERIC:
        return " ".join(subject), False
    return last, True


# _RATE_AFTER without its "^", to match at a position of the text up to a limit: no slice of it
_RATE_AT = re.compile(_RATE_AFTER.pattern.removeprefix("^"), re.IGNORECASE)


def _rate(text: str, fig_end: int, unit_end: int, limit: int) -> str:
    for pos in (fig_end, unit_end) if unit_end != fig_end else (fig_end,):  # (tried at the same place once)
        m = _RATE_AT.match(text, pos, limit)
        if m:
            word = m.group().strip().lstrip("-").replace("-", " ")
            return word.split()[0] + " " + m.group("per").lower() if " " in word else word
    return ""


def _bounds(fig: Figure, k: int, figs: list[Figure], qualifier: str | None,
            value: Decimal) -> tuple[Decimal | None, Decimal | None]:
    """The claim's bounds: a range's ends, else the interval the figure (value, _plain) and its qualifier imply."""
    # (a range's other end past what a claim holds is no bound: "$2 billion to $10**25 billion" raised
    # decimal.InvalidOperation in _plain; the figure is read alone)
    if fig.range_role == "low" and k + 1 < len(figs) and figs[k + 1].value.adjusted() < _MOST_DIGITS:
        return value, _plain(figs[k + 1].value)
    if fig.range_role == "high" and k > 0 and figs[k - 1].value.adjusted() < _MOST_DIGITS:
        return _plain(figs[k - 1].value), value
    interval = implied_bounds(value, qualifier)
    return interval.lower, interval.upper
