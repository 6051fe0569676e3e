"""Who a figure is attributed to: "X said", "said X", "according to X", "X estimates",
"a Fox News analysis found", "X posted that", "reported to X", "surveyed by X", with
pronouns ("He recently revealed") and descriptions ("the agency", "a senior official")
resolved to the person or organisation the article names.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

VERBS = (
    "said|says|say|told|tells|reported|reports|report|estimated|estimates|estimate|found|finds|find|wrote|writes|"
    "posted|posts|tweeted|tweets|announced|announces|concluded|concludes|indicated|indicates|showed|shows|show|"
    "revealed|reveals|noted|notes|stated|added|adds|explained|confirmed|confirms|predicted|predicts|projected|"
    "projects|forecast|forecasts|forecasting|expects|expected|expecting|recorded|records|guess|guessed|guesses|"
    "disclosed|testified|counted|tallied|calculated|published|released|estimating|reporting|saying|shared"
)
# The verb is found first (a literal-led pattern the regex engine scans for fast), then the
# auxiliaries and adverbs just before it: "has also said", "is forecasting".
_VERB_SET = frozenset(VERBS.split("|"))
_LOWER_WORD = re.compile(r"[a-z]+\b")
_AUX = re.compile(
    r"(?:\b(?:has|have|had|is|are|was|were|will|would|also|recently|previously|later|earlier|then|now|"
    r"first|again|just|separately|been)\s+)+$"
)
_NOUNLIKE = frozenset("report reports show shows find finds estimate estimates say records notes forecast forecasts "
                      "posts tweets".split())
_ACCORDING = re.compile(r"(?:[Aa]ccording\s+to|\bper(?=\s+(?:the\s+)?[A-Z])|\b[Cc]iting|\bas\s+reported\s+(?:by|in))\s+")
_BY = re.compile(r"(?P<verb>surveyed|polled|compiled|conducted|published|estimated|reported|released|"
                 r"commissioned|analy[sz]ed|tallied|counted)\s+"
                 r"(?:(?:on\s+)?[A-Z][a-z]+day\s+|(?:last|this)\s+\w+\s+)?(?P<prep>by|to)\s+")
_TIME_ADVERBS = re.compile(
    r"(?:\s+(?:just\s+)?(?:\w+\s+){1,2}ago|\s+on\s+[A-Z]\w+day|\s+(?:last|this|earlier\s+this)\s+(?:week|month|year)|"
    r"\s+[A-Z][a-z]+day|\s+(?:also|recently|previously|later|earlier))+$"
)
_TOKEN = re.compile(r"[A-Za-z][\w.’'&-]*|\S")
DESCRIPTION_HEADS = frozenset(
    "official officials source sources chief spokesperson spokesman spokeswoman report reports analysis analyses "
    "data figures figure estimates estimate agency department officials police authorities administration "
    "analysts economists experts researchers survey poll study release statement database memo organization "
    "organisation center centre bureau office government ministry agent officer director "
    "secretary commissioner records numbers statistics count tally review audit document documents filing "
    "filings letter spokesperson investigators prosecutors association company firm institute council committee "
    "union commission university network newspaper campaign group coalition lawmakers scientists "
    "spokeswoman general organizers organisers activists advocates critics witnesses residents lawyers "
    "attorneys doctors teachers".split()
)
PERSON_HEADS = frozenset(
    "official chief spokesperson spokesman spokeswoman agent officer director secretary commissioner general".split()
)
COLLECTIVE_HEADS = frozenset("police analysts economists experts researchers authorities investigators "
                             "prosecutors officials organizers organisers activists advocates critics witnesses "
                             "residents lawyers attorneys doctors teachers scientists lawmakers".split())
DATA_HEADS = frozenset("report reports analysis analyses data figures figure estimates estimate survey poll study "
                       "release statement database memo records numbers statistics count tally review audit "
                       "document documents filing filings letter".split())
PRONOUNS = {"he": "person", "she": "person", "they": "any"}
ORG_WORDS = frozenset(
    "department agency bureau office center centre institute administration commission service protection "
    "enforcement patrol police council committee university association foundation board authority ministry "
    "court congress senate house bank reserve fund organization organisation corporation inc inc. group network "
    "news times post press research statistics census clearinghouse coalition union party guard army navy "
    "journal tribune herald reuters ap cdc fbi ice cbp who un trac gao cbo bls labor commerce treasury pew "
    "security investigations university's gallup company co. corp. ltd".split()
)
TITLE_WORDS = frozenset(
    "chief patrol agent director port sector secretary president vice sen. rep. gov. mr. mrs. ms. dr. officer "
    "commissioner spokesperson spokesman spokeswoman press deputy acting assistant executive senior special area "
    "border general attorney judge mayor sheriff captain capt. sgt. lt. col. gen. adm. professor prof. minister "
    "prime governor senator representative congressman congresswoman chairman chairwoman chair ceo founder "
    "manager administrator superintendent inspector detective lieutenant sergeant commander economist analyst "
    "u.s. us national federal state county city former then-president leader head".split()
)
HONORIFICS = frozenset("mr. mrs. ms. dr. sen. rep. gov. gen. prof. president".split())
_CONNECTORS = frozenset("of for and the de & on".split())
_DETERMINERS = frozenset("the a an its their his her this that these those".split())
_CALENDAR_WORD = re.compile(
    r"^(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|January|February|March|April|June|July|August|"
    r"September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\.?$"
)
_NUMBERISH = re.compile(
    r"\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|"
    r"seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|half|percent)\b",
    re.IGNORECASE,
)


@dataclass
class Attribution:
    start: int  # offsets in the sentence of the phrase that names the speaker
    end: int
    raw: str  # the speaker as written: "a U.S. Customs and Border Protection source"
    scope: str  # "sentence" (every figure), "after" (figures after it), "clause" (figures near it)
    sentence_index: int = -1
    name: str | None = None  # resolved
    context: str = ""  # the name with its title or aside: "John Condon, acting assistant director of ..."

    @property
    def words(self) -> list[str]:
        return self.raw.split()

    @property
    def is_pronoun(self) -> bool:
        return self.raw.lower() in PRONOUNS

    @property
    def is_description(self) -> bool:
        """"the agency", "a senior Homeland Security official", "police": no name of its own."""
        words = self.words
        if not words or self.is_pronoun:
            return False
        content = [w for w in words if w.lower() not in _DETERMINERS]
        if not content:
            return True
        head = words[-1].lower().strip(".,")
        caps = [w for w in content[:-1] if w[:1].isupper() and not _CALENDAR_WORD.match(w)]
        if head in DESCRIPTION_HEADS:
            # "a Fox News analysis" names Fox News; "a senior Homeland Security official" names nobody yet
            return not caps or (words[0].lower() in ("a", "an") and head in PERSON_HEADS)
        return not any(w[:1].isupper() and not _CALENDAR_WORD.match(w) for w in content)

    @property
    def is_person(self) -> bool:
        if self.is_pronoun:
            return self.raw.lower() != "they"
        if self.is_description:
            return self.words[-1].lower() in PERSON_HEADS
        return looks_like_person(self.name or self.raw)


def looks_like_person(name: str) -> bool:
    words = name.split()
    if not words:
        return False
    if words[0].lower() in HONORIFICS:
        return True
    if any(w.lower().strip(",’'s") in ORG_WORDS for w in words) or name.isupper():
        return False
    return 2 <= len(words) <= 4 and all(w[:1].isupper() for w in words)


def _np_before(sentence: str, pos: int) -> tuple[int, str] | None:
    """The noun phrase that ends at pos (the subject of a verb there), or None."""
    left = sentence[:pos].rstrip()
    adverbs = _TIME_ADVERBS.search(left, max(0, len(left) - 60))
    if adverbs:
        left = left[:adverbs.start()].rstrip()
    tokens = list(_TOKEN.finditer(left, max(0, len(left) - 160)))  # a subject is at most a dozen words
    if not tokens:
        return None
    picked = []
    i = len(tokens) - 1
    last = tokens[i].group()
    if last.lower() == "there" and i > 0:  # "police there recorded"
        i -= 1
        last = tokens[i].group()
    if last.lower() in PRONOUNS:
        return tokens[i].start(), last
    if last[:1].islower():
        if last.lower() not in DESCRIPTION_HEADS:
            return None
        while i >= 0:
            word = tokens[i].group()
            if not word[:1].isalpha():
                break
            if word.lower() in _DETERMINERS:
                picked.append(tokens[i])
                break
            if word.lower() in ("that", "and", "but", "as", "while", "when", "where", "which", "who", "because",
                                "if", "after", "before", "since", "although", "though", "so", "whereas"):
                break
            picked.append(tokens[i])
            i -= 1
    else:
        while i >= 0:
            word = tokens[i].group()
            if word[:1].isupper() or (word.lower() in _CONNECTORS and picked and i > 0
                                      and tokens[i - 1].group()[:1].isupper()):
                picked.append(tokens[i])
                i -= 1
                continue
            if word.lower() in ("the", "a", "an") and picked:
                picked.append(tokens[i])
            elif word.lower() in ("in", "at", "from", "with", "near") and picked:
                # "one Border Patrol agent in Arizona said": the place is not the speaker
                return _np_before(sentence, tokens[i].start())
            break
    if not picked:
        return None
    picked.reverse()
    start = picked[0].start()
    raw = left[start:picked[-1].end()]
    if _NUMBERISH.search(raw) or len(raw.split()) > 12:
        return None
    if raw.split()[0] in ("On", "In", "At", "For", "By", "During", "After", "Since", "From", "With", "Under"):
        rest = raw.split(None, 1)
        if len(rest) < 2:
            return None
        start += len(raw) - len(rest[1])
        raw = rest[1]
    return start, raw


_NP_AFTER = re.compile(r"(?:[^,.;:!?\"“”]|\.(?=\S)|(?<=\b[A-Z])\.|(?<=\bMr|\bMs|\bDr|\bSt|\bJr|\bCo)\.|"
                       r"(?<=\bMrs|\bSen|\bRep|\bGov|\bGen|\bInc|\bJan|\bFeb|\bMar|\bApr|\bJun|\bJul|\bAug|\bSep|\bOct|"
                       r"\bNov|\bDec)\.)+")
# ", said Port Director Michael Humphries." (applied just after a verb that follows a comma or quote)
_SAID_X = re.compile(r"\s+(?P<np>[A-Z][^,.;!?]*?(?:\s+[A-Z][\w.’'-]*)*)(?=,|\.|;|$|\s+(?:in|at|on|to)\b)")
_AFTER_COMMA = re.compile(r"(?:^|[,”\"])\s*$")


@dataclass
class _VerbAt:
    at: int
    stop: int
    verb: str

    def start(self) -> int:
        return self.at

    def end(self) -> int:
        return self.stop


_HEADLINE_SOURCE = re.compile(r"^((?:[A-Z][\w.&’'-]*\s+){0,3}(?:[A-Z][\w.&’'-]*|police|officials)):\s+\S")


_HEADLINE_LABELS = frozenset("breaking update updated exclusive watch analysis opinion editorial live photos video "
                             "report poll fact factcheck explainer correction first new read listen".split())


def headline_source(line: str) -> Attribution | None:
    """"CDC: Overdose deaths fell 3%": a headline that names its source before a colon."""
    m = _HEADLINE_SOURCE.match(line)
    if not m or line.rstrip().endswith(":") or _CALENDAR_WORD.match(m.group(1)) \
            or m.group(1).split()[0].lower() in _HEADLINE_LABELS:
        return None
    return Attribution(0, m.end(1), m.group(1), "sentence")


def find_attributions(sentence: str) -> list[Attribution]:
    """Every attribution in one sentence."""
    found: list[Attribution] = []
    for m in (_ACCORDING.finditer(sentence) if "ccording" in sentence or "per " in sentence or "iting " in sentence
              or "reported " in sentence else ()):
        np = _NP_AFTER.match(sentence, m.end())
        if np:
            raw = _trim_np(np.group())
            if raw and not _NUMBERISH.match(raw):
                found.append(Attribution(m.start(), np.start() + len(raw), raw, "sentence"))
    for m in (_BY.finditer(sentence) if " by " in sentence or " to " in sentence else ()):
        np = _NP_AFTER.match(sentence, m.end())
        if np:
            raw = _trim_np(np.group())
            if raw and (raw[:1].isupper() or re.match(r"(?:the|a)\s+[A-Z]", raw)):
                scope = "clause" if m.group("verb") in ("surveyed", "polled") else "sentence"
                found.append(Attribution(m.start(), np.start() + len(raw), raw, scope))
    verbs = _VERB_SET.intersection(_LOWER_WORD.findall(sentence))  # a set lookup: faster than a 70-way regex
    for v in (_LOWER_WORD.finditer(sentence) if verbs else ()):
        if v.group() not in verbs:
            continue
        if v.start() and (sentence[v.start() - 1].isalnum() or sentence[v.start() - 1] in "-’'"):
            continue
        if _AFTER_COMMA.search(sentence, max(0, v.start() - 3), v.start()):
            m = _SAID_X.match(sentence, v.end())
            np = _NP_AFTER.match(sentence, m.start("np")) if m else None
            if np:
                raw = _trim_np(np.group()).rstrip(".")
                if raw and not _NUMBERISH.search(raw):
                    found.append(Attribution(np.start(), np.start() + len(raw), raw, "sentence"))
        aux_match = _AUX.search(sentence, max(0, v.start() - 40), v.start())
        m = _VerbAt(aux_match.start() if aux_match else v.start(), v.end(), v.group())
        verb, aux = m.verb, (aux_match.group().split() if aux_match else [])
        if verb in _NOUNLIKE and sentence[:m.start()].rstrip()[-1:] in ("", ","):
            continue
        if verb.endswith("ed") and any(w in ("is", "are", "was", "were", "been") for w in aux):
            continue  # passive: "is expected to", "were reported"
        np = _np_before(sentence, m.start())
        context = ""
        if np is None:
            aside = _appositive_subject(sentence, m.start())
            if aside is None:
                continue
            np, context = aside[:2], aside[2]
        start, raw = np
        if raw.lower() in ("it", "which", "who", "that") or all(_CALENDAR_WORD.match(w) for w in raw.split()):
            continue
        if re.search(r"(?:\d|%|percent|\bof)\s*$", sentence[max(0, start - 12):start]):
            continue  # "78% of Americans say": those counted, not who counted them
        if verb in _NOUNLIKE and sentence[:start].split()[-1:] and sentence[:start].split()[-1].lower() in _DETERMINERS:
            continue  # "its September report on crime": a noun, not a verb
        # ", the BLS said." at the end of a sentence covers the whole sentence
        tail = sentence[m.end():]
        # "..., police Superintendent Larry Snelling said": a lowercase word or two may lead the name
        before = re.sub(r"(?:\s+[a-z][\w-]*){0,2}$", "", " " + sentence[:start].rstrip())[1:].rstrip() \
            if sentence[:start].rstrip()[-1:] not in (",", "”", "\"") else sentence[:start].rstrip()
        # ", the BLS said." or ", the Labor Department said Friday, and ...": set off by commas, it covers
        # the figures before it too
        aside = tail.split(",", 1)[0]
        at_end = before[-1:] in (",", "”", "\"", "—", "–") and (
            (len(tail.split()) <= 10 and not re.search(r"\d", tail))
            or ("," in tail and len(aside.split()) <= 4 and not re.search(r"\d", aside)))
        if verb in ("added", "adds") and not at_end and not tail.lstrip().startswith("that"):
            continue  # "Purchases added 1.7 points": adding, not saying
        found.append(Attribution(start, start + len(raw), raw, "sentence" if at_end else "after", context=context))
    return found


_APPOSITIVE = re.compile(r"([A-Z][\w.’'-]+(?:\s+[A-Z]\.?)?(?:\s+[A-Z][\w.’'-]+){0,2}),\s+[^,]{3,160},\s*$")


def _appositive_subject(sentence: str, pos: int) -> tuple[int, str, str] | None:
    """"John Condon, acting assistant director of ..., told Congress": the name before the aside."""
    m = _APPOSITIVE.search(sentence[:pos])
    if not m or m.group(1).split()[0] in ("However", "But", "And", "In", "On", "At", "For", "Still", "Meanwhile",
                                          "Overall", "Nationally", "Separately", "Instead", "Also", "Yet", "So"):
        return None
    return m.start(1), m.group(1), m.group()


def _trim_np(np: str) -> str:
    words = np.strip().split()
    while words and words[-1].lower() in ("released", "published", "obtained", "which", "that", "who", "in", "on"):
        words.pop()
    cut = []
    for w in words:
        if w.lower() in ("which", "that", "who", "released", "obtained", "on", "in", "when") and cut:
            break
        cut.append(w)
    return " ".join(cut).strip(" ’'")


def clean_name(raw: str, text: str) -> str:
    """The speaker's name: titles and descriptions dropped, a surname completed from the article.

    "Nogales CBP Port Director Michael Humphries" -> "Michael Humphries"; "Commerce Department figures"
    -> "Commerce Department"; "ADP’s National Employment Report" -> "ADP"; "Owens" -> "Jason Owens".
    """
    words = raw.split()
    if words and words[0].lower() in ("the", "a", "an"):
        words = words[1:]
    # possessive: the owner speaks for its report or data
    for i, w in enumerate(words):
        if w.endswith(("’s", "'s", "’", "'")) and i < len(words) - 1:
            owner, owned = words[: i + 1], words[i + 1:]
            owner[-1] = re.sub(r"(?:’s|'s|’|')$", "", owner[-1])
            if owned[-1].lower() in DATA_HEADS or owned[-1].lower() in DESCRIPTION_HEADS:
                words = owner
            else:
                words = owned
            break
    # keep the name itself: "Commerce Department figures", "a new analysis from the Brennan Center for Justice"
    caps = [i for i, w in enumerate(words) if w[:1].isupper()]
    if caps:
        j = first = caps[0]
        while j + 1 < len(words) and (words[j + 1][:1].isupper() or (
                words[j + 1].lower() in _CONNECTORS and j + 2 < len(words) and words[j + 2][:1].isupper())):
            j += 1
        if j + 1 < len(words) and words[j + 1].lower() in ("police", "officials", "authorities", "prosecutors"):
            j += 1  # "Chicago police", "Las Vegas officials": the collective is part of the name
        words = words[first:j + 1]
    name = " ".join(words).strip(" ,’'")
    person = _person_name(words)
    if person:
        return _complete_surname(person, text)
    return name


def _person_name(words: list[str]) -> str | None:
    """The trailing run of name words after titles: "Chief Patrol Agent Gloria I. Chavez" -> "Gloria I. Chavez"."""
    tail = []
    for w in reversed(words):
        if w.lower() in TITLE_WORDS or not w[:1].isupper():
            break
        tail.append(w)
    tail.reverse()
    if not tail or any(w.lower().strip("’'s,") in ORG_WORDS for w in tail):
        return None
    titled = len(tail) < len(words) and words[-len(tail) - 1].lower() in TITLE_WORDS | HONORIFICS
    if len(tail) == 1:
        return tail[0] if (titled or len(words) == 1) and tail[0][1:].islower() else None
    if len(tail) <= 4 and (titled or len(tail) == len(words)):
        return " ".join(tail)
    return None


@lru_cache(maxsize=1024)
def _complete_surname(name: str, text: str) -> str:
    """A bare surname becomes the full name the article gives earlier or later ("Owens" -> "Jason Owens")."""
    if " " in name:
        return name
    m = re.search(rf"\b([A-Z][a-z]+(?:\s+[A-Z]\.)?)\s+{re.escape(name)}\b", text)
    if m and m.group(1).lower() not in TITLE_WORDS and m.group(1) not in ("The", "A", "An", "Mr", "Mrs", "Ms"):
        return f"{m.group(1)} {name}"
    return name


_ORG_MENTION = re.compile(r"(?:[A-Z][\w.’'&-]*)(?:\s+(?:of|for|and|the|&)?\s*[A-Z][\w.’'&-]*)*(?:\s+\([A-Z]{2,}\))?")


def org_mentions(sentence: str) -> list[tuple[int, str]]:
    """Names of organisations in a sentence (capitalised runs with an organisation word, or acronyms)."""
    found = []
    for m in _ORG_MENTION.finditer(sentence):
        words = m.group().split()
        if any(w.lower().strip("()’'s,") in ORG_WORDS for w in words) or re.fullmatch(r"\(?[A-Z]{3,}\)?", m.group()):
            name = re.sub(r"\s+\([A-Z]{2,}\)$", "", m.group())
            found.append((m.start(), name))
    return found
