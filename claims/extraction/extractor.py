"""extract_claims(text, published): every figure an article asserts, as ExtractedClaim.

The article is read once, in order: paragraphs and sentences (segments), the figures in it
(numbers), who each sentence attributes them to (attribution) and the span of time each
covers (periods). This module puts those together: for each figure its qualifier, the unit
counted, the rate, the speaker and the period, and the bounds from claims.figures.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from decimal import Decimal

from claims.extraction import attribution as attr
from claims.extraction import periods as per
from claims.extraction.numbers import MONTH_RE, SMALL_SPELLED, Figure, find_figures
from claims.extraction.segments import Paragraph, Sentence, quote_spans, split
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
        }


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
    "nearing": "nearly", "approaching": "nearly", "roughly": "about", "about": "about", "around": "about",
    "approximately": "about", "approx.": "about", "an estimated": "about", "estimated": "about", "some": "about",
    "over": "over", "above": "over", "exceeding": "over", "exceeded": "over", "exceeds": "over", "exceed": "over",
    "surpassed": "over", "surpassing": "over", "surpasses": "over", "topped": "over", "tops": "over",
    "topping": "over", "below": "under", "under": "under", "north of": "over", "upward of": "over",
    "shy of": "nearly", "in the neighborhood of": "about", "on the order of": "about", "circa": "about",
    "as few as": "at_least", "as little as": "at_least",
}
_QUALIFIER_AFTER = re.compile(r"^\s+(?:or\s+(?P<more>more|greater|higher|above)|or\s+(?P<less>fewer|less|lower|below)|"
                              r"or\s+so|and\s+(?P<counting>counting|up|upward|upwards))\b", re.IGNORECASE)
_QUALIFIER = re.compile(
    r"(?i)(?:^|(?<=[^\w]))(?P<q>" + "|".join(re.escape(k) for k in sorted(_QUALIFIER_WORDS, key=len, reverse=True))
    + r")\s+(?P<the>the\s+)?$"
)
_ESTIMATED_OF = re.compile(r"(?i)\ban?\s+estimated\s+(?:[\w-]+\s+){0,3}of\s+$")
_MARK_WORDS = frozenset("mark milestone threshold barrier level line".split())


def _qualifier(before: str, unit_word: str, plus: bool, after: str = "") -> str | None:
    if plus:
        return "over"
    m = _QUALIFIER_AFTER.match(after)
    if m:  # "500 or more", "100 or so", "1,000 and counting"
        return "at_least" if m.group("more") or m.group("counting") else "at_most" if m.group("less") else "about"
    before = before[-48:]  # the longest qualifier is a few words: look no further back
    m = _QUALIFIER.search(before)
    if m and (not m.group("the") or unit_word in _MARK_WORDS):
        return _QUALIFIER_WORDS[m.group("q").lower()]
    if _ESTIMATED_OF.search(before):
        return "about"
    return None


# ---------------------------------------------------------------- units

_UNIT_STOP = frozenset(
    "of in on at to from for by with during since over under per a an the and or but that which who whom whose were "
    "was is are have has had be been being will would could should may might can this these those its their his "
    "her each than as into across after before between while when where so including through against among "
    "within without about around nearly almost more less up down out off only also just all both last next "
    "this year years month months week weeks day days ago now then there here it they we he she i not no "
    "yet still even alone already until via per cent percent according said says rose fell grew rise rises fall "
    "falls grow grows came went saw stood held hit made took remain remains totaled totals reached left fled died "
    "got gave won lost ran fell".split()
)
_NOT_UNIT = frozenset("mark milestone threshold barrier level line figure total more each others other "
                      "apiece total".split())
_LISTICLE = frozenset("things ways reasons takeaways facts questions tips lessons signs steps moments "
                      "charts graphs".split())
_MEASURES = frozenset(
    "pounds pound kilograms kilogram kilos kilo grams gram tons ton tonnes tonne ounces ounce gallons gallon "
    "barrels barrel liters litres packages package bags bag boxes box bottles bottle doses dose pills pill bricks "
    "brick bundles bundle rounds cases case acres acre miles mile square cubic units unit loads load shipments "
    "containers cartons vials".split()
)
_WORD = re.compile(r"\s*[\"“”‘’']?([A-Za-z][\w’'-]*|[A-Z]{2,}-\d+)[\"“”‘’']?")
_PARENS = re.compile(r"\s*\([^)]{0,60}\)")
_MONTH_WORD = re.compile(rf"^{MONTH_RE}$")
_RATE_AFTER = re.compile(r"^\s*(?:-an?-|\s+an?\s+|\s+per\s+|\s+each\s+|\s+every\s+)(?P<per>year|month|week|day|hour|"
                         r"quarter|gallon|person|capita|barrel|pound|share|(?:[\d,]*\d|\d+(?:\.\d+)?\s+\w+ion)"
                         r"(?:\s+(?!and\b|in\b|on\b|at\b|for\b|from\b)[a-z]+)?)\b(?!\s+(?:earlier|ago|before|later|after))",
                         re.IGNORECASE)
_NUMBER_OF = re.compile(r"(?i)\bnumber\s+of\s+")


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
        m = _WORD.match(text, end, limit)
        if not m:
            break
        word = m.group(1)
        low = word.lower()
        if not words and low in ("more", "additional", "extra", "new", "other", "fewer"):
            nxt = _WORD.match(text, m.end(), limit)
            if nxt and nxt.group(1).lower() not in _UNIT_STOP:
                end = m.end()  # "1,300 more Border Patrol agents": what is counted comes after
                continue
        if low in _UNIT_STOP or (words and low.endswith("ed") and low not in ("armed", "unarmed")):
            if low == "of" and words and words[-1].lower() in _MEASURES:
                rest, stop = _words_after(text, _skip_determiner(text, m.end(), limit), limit)
                rest = [w for w in rest if w.lower() not in ("it", "them", "those", "these")]
                if rest:
                    words += ["of"] + rest[:2]
                    end = stop
            break
        if words and (low.endswith("ly") or low.endswith("ing")) and low not in ("openings", "holdings", "savings"):
            break
        words.append(word)
        end = m.end()
    return words, end


_DETERMINER = re.compile(r"\s*(?:\([^)]{0,60}\)\s*)?(?:the|a|an|its|their)\b")


def _skip_determiner(text: str, pos: int, limit: int) -> int:
    m = _DETERMINER.match(text, pos, limit)
    return m.end() if m else pos


def _noun_after_number_of(sentence: str) -> str:
    found = list(_NUMBER_OF.finditer(sentence))
    if not found:
        return ""
    m = found[-1]
    words, _ = _words_after(sentence, m.end() - 1, len(sentence))
    return " ".join(words)


_SUBJECT_VERB = re.compile(
    r"(?i)\b(?:include[sd]?|are|were|was|is|has|have|had|increased|decreased|rose|fell|grew|declined|dropped|"
    r"jumped|climbed|surged|swelled|totaled|totalled|totals|reached|hit|held|stood|added|gained|lost|accounted|"
    r"accounts|shrank|edged|slipped|came|changed|remained|stayed)\b"
)


def _clause_subject(sentence: str, upto: int) -> str:
    """The subject of the clause a figure ends: "Nonfarm payrolls increased by 336,000" -> "Nonfarm payrolls"."""
    left = sentence[:upto]
    cut = max(left.rfind(", "), left.rfind(",\" "), left.rfind(",” "), left.rfind("; "), left.rfind(" that "), 0)
    clause = left[cut:].strip(" ,;")
    clause = re.sub(r"(?i)^that\s+", "", clause)
    v = _SUBJECT_VERB.search(clause)
    if not v:
        if cut:  # "Homicides declined 8%, to 289": the clause has no verb of its own
            return _clause_subject(sentence[:cut], cut)
        return ""
    words = [w for w in re.findall(r"[A-Za-z][\w’'-]*", clause[:v.start()])]
    while words and (words[0].lower() in _UNIT_STOP or _MONTH_WORD.match(words[0])):
        words = words[1:]
    head = []  # the noun phrase the clause starts with: "Deaths involving fentanyl ..." -> "Deaths"
    for w in words:
        low = w.lower()
        if head and (low in _UNIT_STOP or low.endswith(("ing", "ed")) or low in ("of", "for")):
            break
        head.append(w)
    return " ".join(head[:4])


# ---------------------------------------------------------------- the article

_SIGNATURE = re.compile(
    rf"—\s*(?P<who>[^—()\n]{{3,80}}?)\s*\(@\w+\)\s*(?P<date>{MONTH_RE}\s+\d{{1,2}},\s+\d{{4}})\s*$"
)
_POLL_STORY = re.compile(r"(?i)\b(?:poll|survey|surveyed|polled)\b")
_SURVEY = re.compile(r"(?i)\b(?:surveyed|polled|interviewed|conducted|fielded)\b")


@dataclass
class _Sentence:
    s: Sentence
    attributions: list
    found: list  # periods.Found, offsets relative to the sentence
    figures: list


def extract_claims(text: str, published: date | None = None) -> list[ExtractedClaim]:
    """Every quantitative claim in an article's plain text, in order of appearance."""
    if isinstance(published, datetime):
        published = published.date()
    paragraphs = split(text)
    figures = find_figures(text)
    quotes = quote_spans(text)
    ctx = per.Context(published=published)
    sentences: list[_Sentence] = []
    fi = 0
    for para in paragraphs:
        for s in para.sentences:
            mine = []
            while fi < len(figures) and figures[fi].start < s.end:
                if figures[fi].start >= s.start:
                    mine.append(figures[fi])
                fi += 1
            found = attr.find_attributions(s.text)
            if para.index == 0 and len(para.sentences) == 1 and not found:
                headline = attr.headline_source(s.text)
                found = [headline] if headline else found
            sentences.append(_Sentence(s, found, per.find_periods(s.text, ctx), mine))
    for i, st in enumerate(sentences):
        st.s.index = i
    blocks = _tweet_blocks(paragraphs)
    _resolve_speakers(text, paragraphs, sentences, blocks)
    main = _main_period(sentences)
    claims = []
    last_unit = ""
    asof_seen: date | None = None
    by_paragraph: dict[int, list[_Sentence]] = {}
    for st in sentences:
        by_paragraph.setdefault(st.s.paragraph, []).append(st)
    for st in sentences:
        s = st.s
        para = paragraphs[s.paragraph]
        sentence_units: list[str] = []
        asof_here = [f.asof for f in st.found if f.kind == "asof"]
        for k, fig in enumerate(st.figures):
            unit_words, after_end = _unit_words(text, fig, s)
            first = unit_words[0].lower() if unit_words else ""
            if first in _LISTICLE:
                continue
            if fig.spelled and fig.kind == "count" and fig.text.lower() in SMALL_SPELLED | {"a"}:
                if not unit_words or first in _NOT_UNIT:
                    continue
                if fig.value == 1 and len(st.figures) == 1:
                    continue  # "one fence": a lone "one" is an article, not a count
            if fig.range_role == "low" and k + 1 < len(st.figures) and fig.kind == "count":
                unit_words, after_end = _unit_words(text, st.figures[k + 1], s)
                first = unit_words[0].lower() if unit_words else ""
            unit = _unit(fig, unit_words, st, sentence_units, last_unit, text)
            if fig.kind == "count" and unit:
                sentence_units.append(unit)
                last_unit = unit
            rel = fig.start - s.start
            qualifier = _qualifier(s.text[:rel], first, fig.plus, text[fig.end:min(s.end, fig.end + 24)])
            if fig.range_role == "high" and k > 0 and st.figures[k - 1].range_role == "low":
                low = st.figures[k - 1]
                qualifier = qualifier or _qualifier(s.text[:low.start - s.start], "", low.plus)
            rate = fig.rate or _rate(text, fig.end, after_end, s.end)
            speaker = _speaker_for(fig, st, para, by_paragraph, quotes, blocks, paragraphs)
            period = _period_for(fig, k, st, sentences, main)
            if period is not None and _YEAR_EARLIER.match(text, fig.end if not unit_words else after_end, s.end):
                period = _year_before(period)  # "down from 130 a year earlier": the same span a year before
            if period is not None and period.to_date:
                # a running count ends on the day it was counted: "exceeded one million ... March 20"
                asof = next((d for d in asof_here if d and period.start < d <= period.end), None)
                asof = asof or blocks.get(s.paragraph, (None, None))[1]
                if asof is None and asof_seen and period.start < asof_seen <= period.end:
                    asof = asof_seen
                if asof and (published is None or asof <= published):
                    period = per.Period(period.start, asof, to_date=True)
            bounds = _bounds(fig, k, st.figures, qualifier)
            value = _plain(fig.value)
            claims.append(ExtractedClaim(
                value=value, lower_bound=bounds[0], upper_bound=bounds[1], qualifier=qualifier, unit=unit[:100],
                figure_text=text[fig.start:fig.end][:100], rate=rate[:40], speaker=speaker[:200] if speaker else None,
                period_start=period.start if period else None, period_end=period.end if period else None,
                start=fig.start, end=fig.end, sentence=s.text, sentence_start=s.start, sentence_end=s.end,
            ))
        for d in asof_here:
            if d:
                asof_seen = d
        if s.paragraph in blocks and blocks[s.paragraph][1]:
            asof_seen = blocks[s.paragraph][1]
    return claims


_OF_GROUP = re.compile(r"\s+of\s+(?:the|these|those|its|their|all)?\s*(?:\d[\d,]*|[a-z]+teen|[a-z]+ty|ten|"
                       r"two|three|four|five|six|seven|eight|nine)?(?=\s+[a-z])")


def _unit_words(text: str, fig: Figure, s: Sentence) -> tuple[list[str], int]:
    if fig.kind in ("percent", "points", "USD", "EUR", "GBP"):
        return [], fig.end
    start = fig.end
    post = _QUALIFIER_AFTER.match(text[start:start + 24])
    if post:  # "500 or more people"
        start += post.end()
    words, end = _words_after(text, start, s.end)
    if len(words) == 1 and words[0].lower().endswith("ed") and words[0].lower() not in ("armed", "unarmed"):
        words = []  # "20 or fewer stayed": a verb, not what is counted
    if not words:  # "3 of the 12 victims"
        m = _OF_GROUP.match(text, fig.end, s.end)
        if m:
            words, end = _words_after(text, m.end(), s.end)
    return words, end


def _unit(fig: Figure, words: list[str], st: _Sentence, sentence_units: list[str], last_unit: str, text: str) -> str:
    if fig.kind == "percent":
        return "percent"
    if fig.kind == "points":
        return "percentage points" if ("percent" in text or "%" in text) else "points"
    if fig.kind in ("USD", "EUR", "GBP"):
        return fig.kind
    first = words[0].lower() if words else ""
    if words and first not in _NOT_UNIT and not _MONTH_WORD.match(words[0]):
        return " ".join(words)
    rel = fig.start - st.s.start
    before = st.s.text[:rel]
    if before.rstrip().endswith("("):
        subject = _clause_subject(st.s.text, rel)
        if subject:
            return subject
    counted = _noun_after_number_of(before)
    if counted:
        return counted
    if sentence_units:
        return sentence_units[-1]
    if last_unit and (first in _NOT_UNIT or re.match(r"\s*(?:of\s+(?:those|them|these)|more\b|were\b|was\b)",
                                                     text[fig.end:fig.end + 20])):
        return last_unit  # "125,000 of those", "150 more", "15,000 were arrested": the count before
    return _clause_subject(st.s.text, rel) or last_unit


def _rate(text: str, fig_end: int, unit_end: int, limit: int) -> str:
    for pos in (fig_end, unit_end):
        m = _RATE_AFTER.match(text[pos:limit])
        if m:
            word = m.group().strip().lstrip("-").replace("-", " ")
            return word.split()[0] + " " + m.group("per").lower() if " " in word else word
    return ""


def _bounds(fig: Figure, k: int, figs: list[Figure], qualifier: str | None) -> tuple[Decimal | None, Decimal | None]:
    if fig.range_role == "low" and k + 1 < len(figs):
        return _plain(fig.value), _plain(figs[k + 1].value)
    if fig.range_role == "high" and k > 0:
        return _plain(figs[k - 1].value), _plain(fig.value)
    interval = implied_bounds(_plain(fig.value), qualifier)
    return interval.lower, interval.upper


# ---------------------------------------------------------------- speakers

def _tweet_blocks(paragraphs: list[Paragraph]) -> dict[int, tuple[str | None, date | None]]:
    """Embedded posts: "... — Chief Raul Ortiz (@USBPChief) March 15, 2023" names who wrote the
    paragraph it ends and the short paragraphs just before it, and when."""
    blocks = {}
    for para in paragraphs:
        m = _SIGNATURE.search(para.text)
        if not m:
            continue
        who = m.group("who").strip()
        when = per.parse_day(m.group("date"), None)
        blocks[para.index] = (who, when)
        i = para.index - 1
        while i >= 0 and len(paragraphs[i].text) < 100 and i not in blocks:
            blocks[i] = (who, when)
            i -= 1
    return blocks


def _resolve_speakers(text: str, paragraphs, sentences: list[_Sentence], blocks) -> None:
    """Give every attribution a name: pronouns and descriptions resolved to whom the article names."""
    named_ahead = []  # (sentence position, Attribution) of every attribution with a name of its own
    for i, st in enumerate(sentences):
        for a in st.attributions:
            a.sentence_index = i
            if not a.is_pronoun and not a.is_description:
                a.name = attr.clean_name(a.raw, text)
                named_ahead.append(a)
    seen: list[attr.Attribution] = []
    signed = set()
    for i, st in enumerate(sentences):
        for a in sorted(st.attributions, key=lambda a: a.start):
            if a.name is None:
                a.name = _resolve_one(a, i, st, seen, named_ahead, text)
            if a.name:
                seen.append(a)
        p = st.s.paragraph
        if p in blocks and blocks[p][0] and p not in signed and (i + 1 == len(sentences)
                                                                  or sentences[i + 1].s.paragraph != p):
            signed.add(p)
            seen.append(attr.Attribution(0, 0, blocks[p][0], "sentence", i, attr.clean_name(blocks[p][0], text)))


_ANONYMOUS = re.compile(r"(?i)\banonymity\b|\banonymous(?:ly)?\b|not authori[sz]ed to|declined to be (?:named|identified)")
_PERSON_MENTION = re.compile(r"[A-Z][a-z]+(?:\s+[A-Z]\.)?\s+[A-Z][a-z’'-]+")


def _last_person_mentioned(text: str, upto: int) -> str | None:
    for m in reversed(list(_PERSON_MENTION.finditer(text, max(0, upto - 600), upto))):
        words = m.group().split()
        if attr.looks_like_person(m.group()) and not any(w.lower() in attr.TITLE_WORDS for w in words):
            return m.group()
    return None


def _resolve_one(a: attr.Attribution, i: int, st: _Sentence, seen: list, named_ahead: list, text: str) -> str | None:
    if a.is_pronoun:
        want_person = a.raw.lower() != "they"
        for b in reversed(seen):
            if not want_person or b.is_person:
                return b.name
        # "Smith said ... She added": a lone surname is a person when nobody else is
        for b in reversed(seen):
            if b.name and " " not in b.name and b.name[1:].islower() and b.name.lower() not in attr.ORG_WORDS:
                return b.name
        return None
    words = [w.lower() for w in a.words]
    head = words[-1]
    if words[0] in ("his", "her") and len(words) > 1:  # "his office said": the person named before
        person = _last_person_mentioned(text, st.s.start + a.start)
        if person:
            return person
    if words[0] in ("a", "an") and head in attr.PERSON_HEADS:
        # "a senior Homeland Security official" is the person named later whose title shares its words
        own = set(words) - {"a", "an", "the", "senior", "top", "former", head}
        ahead = [b for b in named_ahead if b.sentence_index > i and b.is_person]
        overlap = {id(b): len(own & set(re.findall(r"[a-z]+", (b.context or b.raw).lower()))) for b in ahead}
        if ahead and (max(overlap.values()) > 0 or not _ANONYMOUS.search(st.s.text)):
            best = max(ahead, key=lambda b: (overlap[id(b)], -b.sentence_index))
            return best.name
        if _ANONYMOUS.search(st.s.text):
            return attr.clean_name(a.raw, "")  # "a senior CBP official ... on condition of anonymity"
        people = [b for b in seen if b.is_person]
        return people[-1].name if people else attr.clean_name(a.raw, "")
    if head in attr.DATA_HEADS and words[0] == "the":
        same = [b for b in st.attributions if b is not a and b.name and not b.is_description and b.start < a.start]
        if same:
            return same[-1].name
    for b in reversed(seen):
        if head in {w.lower() for w in b.raw.split()}:
            return b.name
    if head in attr.COLLECTIVE_HEADS:
        return " ".join(a.words[1:] if words[0] in ("the", "a", "an") else a.words)
    if head in attr.PERSON_HEADS:
        people = [b for b in seen if b.is_person]
        if people:
            return people[-1].name
    orgs = [b for b in seen if not b.is_person]
    if orgs:
        return orgs[-1].name
    mentions = [name for pos, name in attr.org_mentions(st.s.text) if pos < a.start]
    if mentions:
        return attr.clean_name(mentions[-1], "")
    if words[0] != "the":  # "according to new data": named further on; "the department" was named before
        ahead = [b for b in named_ahead if b.sentence_index > i and not b.is_person]
        if ahead:
            return ahead[0].name
    return attr.clean_name(a.raw, "")


def _speaker_for(fig: Figure, st: _Sentence, para: Paragraph, by_paragraph, quotes, blocks, paragraphs) -> str | None:
    rel = fig.start - st.s.start
    text = st.s.text
    whole = [a for a in st.attributions if a.scope == "sentence" and a.name]
    if whole:  # a named source before a description: "according to figures released by DHS"
        named = [a for a in whole if not a.is_description]
        return (named or whole)[-1].name
    before = [a for a in st.attributions if a.scope == "after" and a.end <= rel and a.name]
    if before:
        return before[0].name  # "He said Boeing expects fewer than 38": the one who said it
    for a in st.attributions:
        if a.scope == "clause" and a.name:
            lo, hi = sorted((rel, a.start))
            between = text[lo:hi]
            if not re.search(r"[,;]|\band\b|\bbut\b", between):
                return a.name
    if any(q0 <= fig.start < q1 for q0, q1 in quotes):
        around = by_paragraph.get(st.s.paragraph, [])
        named = [a for other in around for a in other.attributions if a.name and other is not st]
        earlier = [a for other in around if other.s.index < st.s.index for a in other.attributions if a.name]
        if earlier:
            return earlier[-1].name
        if named:
            return named[0].name
        # a quotation running on from the paragraph before ("...," said X. / "Our agents seized ...)
        if para.text.lstrip()[:1] in "\"“" and para.index > 0:
            before = by_paragraph.get(para.index - 1, [])
            if before and before[0].s.text.lstrip()[:1] in "\"“":
                names = [a.name for other in before for a in other.attributions if a.name]
                if names:
                    return names[-1]
    if st.s.paragraph in blocks and blocks[st.s.paragraph][0]:
        return attr.clean_name(blocks[st.s.paragraph][0], st.s.text)
    if para.is_bullet:
        j = para.index - 1
        while j >= 0 and paragraphs[j].is_bullet:
            j -= 1
        if j >= 0 and paragraphs[j].text.rstrip().endswith(":"):
            for k in range(j, -1, -1):
                for other in reversed(by_paragraph.get(k, [])):
                    names = [a.name for a in other.attributions if a.name]
                    if names:
                        return names[-1]
    return None


# ---------------------------------------------------------------- periods

def _main_period(sentences: list[_Sentence]) -> per.Period | None:
    """The period the article is about: in a poll story the poll's field dates, else the first
    period it names (a running "since ..." count is its own figure's, not the article's)."""
    lede = " ".join(st.s.text for st in sentences[:4])
    if _POLL_STORY.search(lede):
        for st in sentences:
            for m in _SURVEY.finditer(st.s.text):
                for f in st.found:
                    if f.kind == "period" and 0 <= f.start - m.end() <= 40:
                        return f.period
    for st in sentences:
        for f in st.found:
            if f.kind == "period" and not f.period.to_date or f.kind == "period" and st.s.index < 3:
                return f.period
    return None


_YEAR_EARLIER = re.compile(r"\s+(?:a\s+year\s+(?:earlier|ago|before)|the\s+(?:year|previous\s+year)\s+before|"
                           r"in\s+the\s+same\s+(?:period|month|quarter)\s+(?:a|last)\s+year)\b", re.IGNORECASE)


def _year_before(p: per.Period) -> per.Period | None:
    try:
        end = p.end.replace(year=p.end.year - 1) if (p.end.month, p.end.day) != (2, 29) else date(p.end.year - 1, 2, 28)
        start = p.start.replace(year=p.start.year - 1) if (p.start.month, p.start.day) != (2, 29) else \
            date(p.start.year - 1, 2, 28)
    except ValueError:
        return None
    if p.end.month == 2 and p.end.day >= 28:  # the last day of February, whatever the year
        end = date(end.year, 3, 1) - timedelta(days=1)
    return per.Period(start, end, p.to_date)


_COMPARISON = re.compile(r"(?i)\b(?:from|compared|than|versus|vs\.?|same\s+as|as\s+in|against)\b")


def _period_for(fig: Figure, k: int, st: _Sentence, sentences: list[_Sentence], main) -> per.Period | None:
    rel_start, rel_end = fig.start - st.s.start, fig.end - st.s.start
    periods = [f for f in st.found if f.kind == "period"]
    next_start = st.figures[k + 1].start - st.s.start if k + 1 < len(st.figures) else len(st.s.text)
    if fig.range_role == "low" and k + 1 < len(st.figures):
        next_start = st.figures[k + 2].start - st.s.start if k + 2 < len(st.figures) else len(st.s.text)
    for f in periods:
        if rel_end <= f.start < next_start:
            gap = st.s.text[rel_end:f.start]
            if _COMPARISON.search(gap) or any(c in gap for c in ",;—"):
                break  # "up 0.6 percent from the 2014 deficit": the base's period; past a comma: another clause's
            return f.period
    earlier = [f for f in periods if f.end <= rel_start]
    if earlier:
        return earlier[-1].period
    # a period that closed the previous sentence of the paragraph carries on
    idx = st.s.index
    if idx > 0 and sentences[idx - 1].s.paragraph == st.s.paragraph:
        prev = sentences[idx - 1]
        tail = [f for f in prev.found if f.kind == "period" and f.end >= len(prev.s.text.rstrip(".!?\"” ")) - 1]
        clause = prev.s.text[prev.s.text.rfind(", ", 0, tail[-1].start) + 1:tail[-1].start] if tail else ""
        last = prev.figures[-1].end - prev.s.start if prev.figures else -1
        attached = 0 <= last <= tail[-1].start and len(prev.s.text[last:tail[-1].start].split()) <= 3 if tail else False
        # "... followed a 1.2% advance in the first three months of 2014.": that period is the 1.2%'s own
        if tail and not attached and not _COMPARISON.search(clause):
            return tail[-1].period  # not "..., up from 24% in August 2022.": that period is the base's
    return main
