"""Paragraphs, sentences and quotations of an article, as offsets into its text."""
from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, field

# The only characters a case-blind regex matches to an ASCII letter that str.lower() does not turn into it:
# where none is in a text, a word a case-blind regex needs can be looked for in the lower-cased text instead.
CASE_ODD = "ıſİ\u212a"  # dotless i, long s, dotted capital I, the Kelvin sign


def holds_case_odd(text: str) -> bool:
    return any(c in text for c in CASE_ODD)


# What text pasted from the web holds in place of a plain space or line end, and means no differently: no-break
# and other fixed-width spaces, a tab, a carriage return, a line or paragraph separator, and the invisible
# characters (zero-width space and joiners, soft hyphen, byte-order mark) an editor leaves at a paragraph's
# start. The rules are written for spaces and "\n"; the extractor reads the text with each of these (and
# CASE_ODD) as the character it stands for, one for one (extractor._READ_AS).
PASTED_ODD = "\u00a0\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u202f\u205f\u3000\t\r\u2028\u2029" \
             "\u200b\u200c\u200d\u2060\u00ad\ufeff"
READ_ODD = CASE_ODD + PASTED_ODD


def holds_read_odd(text: str) -> bool:
    # a scan per character is 1 µs on an article (a character class regex, 5 µs)
    return any(c in text for c in READ_ODD)


def is_word_char(c: str) -> bool:
    return c.isalnum() or c == "_"  # what \w matches


# A sentence ends at . ! ? (and any closing quote or bracket) before a space and a capital,
# a digit or an opening quote; or at a semicolon-free line end.
_BOUNDARY = re.compile(r"[.!?][\"”’)]*\s+(?=[\"“‘(]?[A-Z0-9])")
# a full stop with the space after it lost, as text pasted from the web has it ("claims fell by 6,000.It was the
# highest", "lung illnesses.The inquiry"): after a word or a number, before a word that opens a sentence and goes on
# no name (_OPENER: not "St.Louis", "Amazon.Com Inc")
_GLUED = re.compile(r"\.(?=(?:The|An?|In|But|It|He|She|They|We|This|That|These|Those|There|Some|Most|Many|Another|"
                    r"Only|Still|However|Meanwhile|Officials|Police)\s)")
_CLOSING = frozenset("\"”’)")  # what _BOUNDARY allows between a full stop and the space after it
# abbreviations of places and companies, which close a sentence as often as a name: before a word that opens a
# sentence and never goes on a name ("Media, Pa. An additional ...", "Acme Inc. The company ..."), a sentence ends
_PLACE_ABBREVIATIONS = frozenset(
    "u.s u.k calif ariz tex fla mass wash ore pa ky ga ala mich minn wis ill ind colo conn md mo nev okla tenn va "
    "inc corp co ltd".split()
)
# a two-letter state or district written with full stops, before a name as often as at a sentence's end:
# "the N.C. Employment Security Commission", "the D.C. Council" (but "in Raleigh, N.C. The rate ...")
_DOTTED_PLACE = re.compile(r"[a-z]\.[a-z]")
_ABBREVIATIONS = _PLACE_ABBREVIATIONS | frozenset(
    "mr mrs ms dr sen rep gov gen lt col sgt st jr sr no vs jan feb mar apr jun jul aug sep sept oct nov dec "
    "u.n a.m p.m dept est approx fig "
    # titles before a name: "said Vice Adm. Jane Doe", "Capt. Tom Ruiz"
    "adm capt cmdr maj cpl pvt supt insp prof rev brig det".split()
)
_OPENER = re.compile(r"(?:The|An?|In|But|It|He|She|They|We|This|That|These|Those|There|Some|Most|Many|Another|"
                     r"Only|Still|However|Meanwhile|Officials|Police)\s")
_LIST_BULLET = re.compile(r"^\s*(?:[-–—•*]\s+|\d{1,2}[.)]\s+(?=[A-Z$\"“]))")  # "- ", "• ", "2. ", "3) "


@dataclass
class Sentence:
    start: int
    end: int
    text: str
    paragraph: int
    index: int  # position in the article
    # what the extractor reads in it: attribution.Attribution, periods.Found (offsets in the sentence), Figure
    attributions: list = field(default_factory=list)
    found: list = field(default_factory=list)
    figures: list = field(default_factory=list)
    # what the extractor works out from the sentence alone, once for all its figures (not copied by replace())
    memo: dict = field(default_factory=dict, init=False, repr=False, compare=False)


@dataclass
class Paragraph:
    start: int
    end: int
    text: str
    index: int
    sentences: list[Sentence] = field(default_factory=list)

    @property
    def is_bullet(self) -> bool:
        return bool(_LIST_BULLET.match(self.text))


def _lines(text: str) -> list[tuple[int, str]]:
    """(offset, line) of every non-empty line (a run of characters other than a newline)."""
    lines, at = [], 0
    for line in text.split("\n"):
        if line:
            lines.append((at, line))
        at += len(line) + 1
    return lines


# A hard-wrapped line runs on into the next one: the next line starts with a lower-case word (after an opening
# quote or bracket), or this one stops at a comma or a word that cannot end a sentence ("rating for").
_ITEM_START = re.compile(r"\s*(?:[-–—•*]|\d{1,2}[.)]\s)")
_RUNS_ON_WORDS = frozenset(
    "the a an of for to by from with in on at into than and or but that which who whose as its their his her "
    "our between among about per".split()
)


def _runs_on(line: str, nxt: str) -> bool:
    """Whether `nxt`, the line just after `line` (one newline between), continues its sentence."""
    end = line.rstrip()
    if not end or end[-1] in ".!?:;\"”’)" or _ITEM_START.match(nxt):
        return False
    first = nxt.lstrip(" \"“‘'(")[:1]
    if first.islower():
        return True
    return end[-1] == "," or end.rsplit(None, 1)[-1] in _RUNS_ON_WORDS


def _joined_lines(text: str, whole: list[tuple[int, int]] | None = None) -> list[tuple[int, str]]:
    """(offset, line) like _lines, with a hard-wrapped sentence's lines joined into one (the newline read as a
    space, so offsets into the text still hold); and the lines a span of whole (a figure: "48 per\n\ncent")
    runs over, its newlines read as spaces, so that no paragraph ends inside one."""
    joined: list[tuple[int, str]] = []
    for start, line in _lines(text):
        if joined:
            at, prev = joined[-1]
            if whole and _spanned(whole, at + len(prev), start):
                joined[-1] = (at, prev + " " * (start - at - len(prev)) + line)
                continue
            if at + len(prev) + 1 == start and prev.strip() and _runs_on(prev, line):
                joined[-1] = (at, prev + " " + line)
                continue
            if at + len(prev) + 2 == start and len(joined) > 1 and _broken_off(prev, line):
                joined[-1] = (at, prev + "  " + line)  # (the blank line read as two spaces)
                continue
        joined.append((start, line))
    return joined


def _spanned(whole: list[tuple[int, int]], a: int, b: int) -> bool:
    """Whether a span of whole (in order, none overlapping) runs from before offset a to after offset b."""
    i = bisect_right(whole, (a,)) - 1  # the last span starting before a: the only one that can run past it
    return i >= 0 and whole[i][1] > b


def _broken_off(line: str, nxt: str) -> bool:
    """A sentence broken by a blank line: "... the number of states jumped from" + blank + "36 to 46 ..." (a
    paragraph ending in a word no sentence ends with, or followed by one that starts in lower case)."""
    end = line.rstrip()
    if not end or end[-1] in ".!?:;\"”’)" or _ITEM_START.match(nxt):
        return False
    return nxt[:1].islower() or end[-1] == "," or end.rsplit(None, 1)[-1] in _RUNS_ON_WORDS


def split(text: str, whole: list[tuple[int, int]] | None = None) -> list[Paragraph]:
    """The article's paragraphs (one per non-blank line, a hard-wrapped sentence's lines joined), each with its
    sentences; whole: spans of the text (start, end), in order, that a sentence too long to read whole
    (MAX_SENTENCE) is never cut inside."""
    whole = whole or []
    paragraphs: list[Paragraph] = []
    n = 0
    for start, line in _joined_lines(text, whole):
        if not line.strip():
            continue
        para = Paragraph(start, start + len(line), line, len(paragraphs))
        cut = 0
        for bm in _boundaries(para.text):
            if para.text[bm.start()] == ".":  # "Mr.", "U.S.", "J.": an abbreviation or an initial, not an end
                a = bm.start()
                while a > cut and (para.text[a - 1].isalnum() or para.text[a - 1] in "._"):
                    a -= 1
                token = para.text[a:bm.start()].lower().rstrip(".")
                place = token in _PLACE_ABBREVIATIONS or (token not in _ABBREVIATIONS
                                                          and _DOTTED_PLACE.fullmatch(token) is not None)
                if (token in _ABBREVIATIONS or place or _is_initial(para.text, a, token, cut)) and not (
                        place and _OPENER.match(para.text, bm.end())):
                    continue  # but "... by ICR of Media, Pa. An additional 47 percent ...": a place closes it
            n = _add_sentences(para, start, cut, bm.end(), n, whole)
            cut = bm.end()
        if cut < len(para.text):
            n = _add_sentences(para, start, cut, len(para.text), n, whole)
        paragraphs.append(para)
    return paragraphs


def _is_initial(line: str, a: int, token: str, cut: int) -> bool:
    """Whether `token`, the one character at line[a] before a full stop, is an initial ("J.") rather than the
    end of a sentence. A unit's letter after a slash is none ("32 million b/d."), nor is a digit ("the week
    ending March 2.", "ranked No. 2."), unless it numbers a list item at the start of a sentence or after a
    colon or bracket ("1. Texas", "reasons: 1. Cost")."""
    if len(token) != 1 or line[a - 1:a] == "/":
        return False
    if not token.isdigit():
        return True
    before = line[cut:a].rstrip()
    return not before or before[-1] in ":(;"


def _boundaries(line: str) -> list[re.Match]:
    """_BOUNDARY.finditer(line), the regex tried only at each full stop followed by a space or a closing
    quote or bracket (a sentence end; not "3.5" or "U.S."): far cheaper than scanning every character."""
    if "!" in line or "?" in line:
        found = list(_BOUNDARY.finditer(line))
        glued = [m for m in _GLUED.finditer(line) if _glued(line, m.start())]
        return sorted(found + glued, key=_match_start) if glued else found
    found = []
    i = line.find(".")
    while i != -1:
        nxt = line[i + 1:i + 2]
        m = _BOUNDARY.match(line, i) if nxt.isspace() or nxt in _CLOSING else (
            _GLUED.match(line, i) if nxt.isupper() and _glued(line, i) else None)
        if m:
            found.append(m)
        i = line.find(".", m.end() if m else i + 1)
    return found


def _match_start(m: re.Match) -> int:
    return m.start()


def _glued(line: str, i: int) -> bool:
    """The full stop at line[i] closes a word of two letters or more, or a number: "6,000.It was", "4%.The"."""
    return i > 1 and (line[i - 1].islower() and line[i - 2].isalpha() or line[i - 1].isdigit() or line[i - 1] == "%")


# No sentence of news runs to a thousand characters (the corpus's longest holds 546): past that it is a table or
# a list run together, and the rules read a figure's sentence back from it, so a "sentence" of 3,000 figures took
# half a minute. Such a run is read in pieces, each cut at the last space before the limit.
MAX_SENTENCE = 1000


def _add_sentences(para: Paragraph, base: int, a: int, b: int, n: int, whole: list[tuple[int, int]]) -> int:
    """The sentence para.text[a:b], in pieces of at most MAX_SENTENCE characters, none cutting a span of whole
    (the article's figures, by their offsets: "1 million" holds a space); the next sentence's number."""
    while b - a > MAX_SENTENCE:
        cut = para.text.rfind(" ", a + 1, a + MAX_SENTENCE)
        cut = cut if cut > a else a + MAX_SENTENCE
        i = bisect_right(whole, (base + cut, len(para.text) + base)) - 1  # the last span starting at or before cut
        if i >= 0 and whole[i][0] < base + cut < whole[i][1]:
            cut = whole[i][0] - base if whole[i][0] - base > a else whole[i][1] - base
        _add_sentence(para, base, a, cut, n)
        n, a = n + 1, cut
    _add_sentence(para, base, a, b, n)
    return n + 1


def _add_sentence(para: Paragraph, base: int, a: int, b: int, n: int) -> None:
    chunk = para.text[a:b]
    stripped = chunk.strip()
    if not stripped:
        return
    lead = len(chunk) - len(chunk.lstrip())
    start = base + a + lead
    para.sentences.append(Sentence(start, start + len(stripped), stripped, para.index, n))


_QUOTE = re.compile(r"“[^”]*”?|\"[^\"\n]*\"?")
_QUOTED_SENTENCE = re.compile(r"[“\"][A-Z][\w’'-]*(?:\s+\S+)+[.,!?][”\"]")


def quote_spans(text: str, paragraphs: list[Paragraph] | None = None) -> list[tuple[int, int]]:
    """Spans of quoted speech (straight or curly quotes), within a line. paragraphs: split(text), if read (its
    paragraphs are the joined lines that are not blank, and a blank one holds no quote)."""
    spans = []
    lines = _joined_lines(text) if paragraphs is None else [(p.start, p.text) for p in paragraphs]
    for start, line in lines:
        if "\"" not in line and "“" not in line:
            continue
        for q in _QUOTE.finditer(line):
            # short quoted words ("gotaways") are not speech; a short quoted sentence ("Prices rose 4%,") is
            if len(q.group()) > 25 or _QUOTED_SENTENCE.fullmatch(q.group()):
                spans.append((start + q.start(), start + q.end()))
    return spans
