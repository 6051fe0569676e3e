"""Who a figure is attributed to: "X said", "said X", "according to X", "X estimates",
"a Fox News analysis found", "X posted that", "reported to X", "surveyed by X", with
pronouns ("He recently revealed") and descriptions ("the agency", "a senior official")
resolved to the person or organisation the article names.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from datetime import date
from operator import attrgetter

from mypy_extensions import mypyc_attr

from claims.extraction.names import (
    HONORIFICS,
    ORGANISATION_WORDS,
    TITLE_WORDS,
    capitalised,
    has_organisation_word,
    is_organisation_word,
    looks_like_person,
    person_key,
    split_title,
)
from claims.extraction.numbers import MONTH_RE
from claims.extraction.periods import parse_day
from claims.extraction.places import COUNTRIES, US_STATES
from claims.extraction.segments import Paragraph, Sentence, is_word_char

VERBS = (
    "said|says|say|told|tells|reported|reports|report|estimated|estimates|estimate|found|finds|find|wrote|writes|"
    "posted|posts|tweeted|tweets|announced|announces|concluded|concludes|indicated|indicates|showed|shows|show|"
    "revealed|reveals|noted|notes|stated|added|adds|explained|confirmed|confirms|predicted|predicts|projected|"
    "projects|project|forecast|forecasts|forecasting|expect|expects|expected|expecting|guess|guessed|guesses|"
    "disclosed|testified|counted|tallied|calculated|published|released|estimating|reporting|saying|shared|"
    "warned|warns|touted|touts|argued|argues|projecting|predicting|detailed|cautioned|acknowledged|acknowledges|"
    "insisted|insists|insist|acknowledge|argue|concede|boasted|boasts|highlighted|highlights|penciled|pencilled|believe|believes|outlined|outlines|"
    "suggested|suggests|write|proposed|proposes|recommended|recommends|anticipated|anticipates|agree|agrees|agreed|"
    "confirm|reveal|indicate|predict|warn|announce|conclude|"  # "County officials confirm 60 deaths": plural, present
    "pointed|reckoned|reckons|reckon|claimed|asserted|asserts|assert|contended|contends|contend|alleged|alleges|allege|stressed|"
    "stresses|emphasized|emphasizes|emphasised|emphasises|conceded|concedes|bragged|brags|"
    "put|puts|putting|pegged|pegs|peg|pegging|placed|places|place|placing|revised|revises|identified|identifies|"
    "advised|advises|lists|listed|claims|claim|"
    # "As EIA explains, ..."; "In January, CBO foresaw deficits of $21 billion": a forecast, as "projected"
    "explains|foresaw|foresees|foresee|attributed|attributes|"
    # '...," the statement continues.': only after a quotation it closes (not "prices continued to rise")
    "continues|continued|"
    # "The report documents 6,121 incidents": a verb only before its figure ("court documents show" is a noun)
    "documents|documented"
)
# '...," the statement continues.', '...," he continued, "...': a verb of saying only at the end of the words that
# follow a closing quotation
_CONTINUES = frozenset(("continues", "continued"))
_CONTINUES_AFTER = re.compile(r"\s*(?:[.!]\s*)?$|\s*,\s*[\"“]")
_QUOTE_CLOSED = re.compile(r"[,!?][\"”]\s+(?:[\w.’'-]+\s+){0,6}$")


def _continues_a_quotation(sentence: str, v) -> bool:
    """'...," the statement continues.': the verb ends what follows a closing quotation ("Prices continued to
    climb" is going on, not saying)."""
    return bool(_CONTINUES_AFTER.match(sentence, v.stop) and _QUOTE_CLOSED.search(sentence, 0, v.at))
# Verbs of proposing report what someone said only with a clause: "Brown proposed that $2 billion go to ...";
# "proposed a $84 billion budget" is an act, its figures the article's; "agreed to cut output" an act, "agree
# that" a view; "advised that officers processed 21 million" a report, "advised residents to boil water" counsel
_THAT_ONLY = frozenset("proposed proposes recommended recommends agree agrees agreed advised advises claims claim"
                       .split())
# "claims" and "claim" are nouns far more often ("jobless claims"): a verb only before a clause of its own, not a
# relative clause's verb ("the claims that were filed", "claims that have been paid")
_CLAIM_NOUN = re.compile(r" that\s+(?:were|are|was|is|have|has|had|will|would|could|can|may|might|remain|rose|fell|"
                         r"came|went|got|did|do|does)\b")
# Verbs of putting report a figure only with "at" and the figure: "The CBO put the cost at $1.9 trillion", "Moody's
# pegs the damage at about $12 billion" (not "put 300 homes at risk", nor the passive "the toll was put at 41")
# "Mendoza attributed the gain to bond sales" states a cause; its object gone ("a drop the government attributes to
# enforcement", "deaths attributed to fentanyl") is a relative clause or a passive, telling nobody's figures
_ATTRIBUTES = frozenset(("attributed", "attributes"))
_PUT_VERBS = frozenset("put puts putting pegged pegs peg pegging placed places place placing".split())
_PUT_AT = re.compile(r"\s+(?:[\w’'-]+\s+){0,5}?at\s+(?:(?:about|around|roughly|nearly|almost|some|least|just|"
                     r"more\s+than|less\s+than|an\s+estimated|as\s+(?:much|many|high|low)\s+as)\s+)?[$€£]?\d")
_BE = frozenset("is are was were be been being".split())
# Verbs of listing report a figure only with a document or a body as their subject, in the active voice: "The
# weekly flu report lists 175 cases", "The county's website listed 12 deaths" (not "homes listed for sale", "every
# group listed in the poll", "is listed at $450,000", "are listed below")
_LIST_VERBS = frozenset(("lists", "listed"))
_LISTED_IN = re.compile(r"\s+(?:in|on|at|as|for|by|under|below|above|among|with|from)\b")
_LISTERS = frozenset("website site dashboard tracker registry page".split())
# "posted a $3 billion loss", "posted four straight years of deficits": a result recorded, not a message posted
# ("posted the region's lowest rate": a rate recorded; "posted series highs", "posted a record low": a level reached)
_POSTED_RESULT = re.compile(r"\s+(?:[\w$.,%’'-]+\s+){0,5}?(?:deficits?|surplus(?:es)?|loss(?:es)?|gains?|profits?|"
                            r"increases?|declines?|decreases?|drops?|rises?|growth|revenues?|earnings|sales|"
                            r"returns?|records?|shortfalls?|rates?|highs|lows|(?:high|low)(?=\s*[.,;]|$))\b")
# "Border posts seized 300 pounds", "field reports counted 40 deaths": a plural noun, the subject of the past-tense
# verb after it, with the figure its object
_PAST_VERB_AFTER = re.compile(r"\s+[a-z]+ed\s+(?:(?:more|fewer|less)\s+than\s+|nearly\s+|about\s+|over\s+|"
                              r"almost\s+|some\s+|an\s+estimated\s+)?[$\d]")
# What a body releases that is a plan, not a report of figures: "He released a budget proposal that includes ..."
_PLAN_NOUNS = frozenset("proposal proposals plan plans budget budgets blueprint bill legislation package framework "
                        "agenda draft".split())
# The verb is found first (a literal-led pattern the regex engine scans for fast), then the
# auxiliaries and adverbs just before it: "has also said", "is forecasting".
_VERB_SET = frozenset(VERBS.split("|"))
_PUNCTUATION = ",.;:!?\"“”‘’'()[]—–"
_AUX = re.compile(
    r"(?:\b(?:has|have|had|is|are|was|were|will|would|also|recently|previously|later|earlier|then|now|"
    r"first|again|just|separately|been|further|likewise|similarly|himself|herself|itself|themselves|"
    r"often|usually|routinely|regularly|typically|frequently|sometimes)\s+)+$"
)  # (a reflexive set after the subject: "Bush himself has estimated")
_NOUNLIKE = frozenset("report reports show shows find finds estimate estimates say records notes forecast forecasts "
                      "posts tweets".split())
# (each alternative opens with its letter and checks the word boundary behind it, "[Pp](?<!\w[Pp])" for "\b[Pp]".
# Measured: no faster than a leading \b, as Python 3.11's engine skips ahead only for a pattern that opens with
# one character class, or with alternatives that each open with one fixed character, not with a class each)
# What "per" measures by, not a source: "800 per day", "per capita", "per cent"
_PER_RATE = (r"(?!(?:capita|cent|centum|annum|se|diem|day|night|week|month|quarter|year|hour|minute|second|person|"
             r"people|head|share|unit|household|resident|gallon|barrel|pound|ton|mile|acre|student|patient|worker|"
             r"employee|vehicle|car|visit|case|dose|test|call|game|mille|100|1,?000)\b)")
# "per" is "according to" as other outlets write it: before a name, a determiner ("per a border sector chief",
# "per the news release") or, after a comma or at the sentence's start, any source ("..., per police statistics.")
_ACCORDING = re.compile(r"(?:[Aa]ccording\s+to|[Pp](?<!\w[Pp])er(?=\s+(?:the\s+)?[A-Z]|\s+(?:an?|the|its|their|his|"
                        r"her)\s+" + _PER_RATE + r"|(?:(?<=^[Pp]er)|(?<=, per))\s+" + _PER_RATE + r"[a-z])|"
                        r"[Cc](?<!\w[Cc])iting|[Aa](?<!\w[Aa])s\s+reported\s+(?:by|in))\s+")


def according_in(text: str) -> bool:
    """Whether the text attributes by "according to" or by its other spelling, "per X"."""
    return "ccording to" in text or (("per " in text or "Per " in text) and any(
        m.group()[0] in "Pp" for m in _ACCORDING.finditer(text)))
# "conducted for Gray Television by Strategic Research": the client between the verb and its maker
_BY = re.compile(r"(?P<verb>surveyed|polled|compiled|conducted|published|estimated|reported|released|"
                 r"commissioned|analy[sz]ed|tallied|counted|taken|confirmed|provided|prepared|gathered|carried\s+out)\s+"
                 r"(?:(?:on\s+)?[A-Z][a-z]+day\s+|(?:last|this)\s+\w+\s+|in\s+[A-Z][a-z]+\s+|today\s+|yesterday\s+)?"
                 # "estimated at $2 billion by state officials": the figure between
                 r"(?:at\s+(?:about\s+|nearly\s+|roughly\s+|more\s+than\s+)?\$?\d[\d.,]*(?:\s+(?:million|billion|"
                 r"trillion|percent|people))?\s+(?=by\s))?"
                 r"(?:for\s+(?:the\s+)?[A-Z][\w.&’'/-]*(?:\s+[A-Z][\w.&’'/-]*){0,4}\s+(?=by\s))?"
                 r"(?P<prep>by|to|from)\s+(?![A-Z][a-z]+day\b)")  # "conducted Friday to Sunday": days, not a recipient
_BY_VERBS = frozenset("surveyed polled compiled conducted published estimated reported released commissioned "
                      "analyzed analysed tallied counted taken confirmed provided prepared gathered carried".split())
# Verbs whose "to X" is not a source ("confirmed to reporters", "provided to the committee"): only "by X" names one
_BY_ONLY = frozenset("confirmed provided prepared gathered carried".split())
# and those that name a source only after data ("figures provided by X"; not "meals provided by a charity")
_BY_DATA_ONLY = frozenset("provided prepared gathered".split())
# "taken by" names a source only after a poll, survey or sample ("a poll taken by Pew"; not "guns taken by police")
_TAKEN_POLL = re.compile(r"\b(?:polls?|surveys?|samples?|census|canvass)\b,?[^,.;:]{0,60}$", re.I)
_DAYPART = r"(?:night|morning|afternoon|evening)"  # "last night", "Tuesday morning"
_TIME_ADVERBS = re.compile(
    r"(?:\s+(?:just\s+)?(?:\w+\s+){1,2}ago|\s+(?:(?:late|early)\s+)?(?:on\s+)?[A-Z][a-z]+day(?:\s+" + _DAYPART + ")?|"
    r"\s+(?:(?:late|early|earlier)\s+)?(?:last|this)\s+(?:week|month|year|" + _DAYPART + r")|"
    r"\s+(?:(?:late|early)\s+)?(?:also|recently|previously|later|earlier|today|yesterday|tonight|overnight))+$"
)
_TIME_ENDS = frozenset("ago week month year also recently previously later earlier today yesterday tonight overnight "
                       "night morning afternoon evening".split())
_AUX_WORDS = frozenset("has have had is are was were will would also recently previously later earlier then now first "
                       "again just separately been further likewise similarly "
                       "himself herself itself themselves "  # and habits: "police often reported"
                       "often usually routinely regularly typically frequently sometimes".split())
_TOKEN = re.compile(r"[A-Za-z][\w.’'&-]*(?:/[A-Z][\w.&-]*)*|\S")  # "I/B/E/S" is one name
# Parts of a document: "the report's summary" is the report's, and the report its author's.
DOCUMENT_PARTS = frozenset("summary findings conclusion conclusions abstract introduction appendix annex table tables "
                           "chart charts graph page section chapter footnote text".split())
DESCRIPTION_HEADS = frozenset(
    "official officials source sources chief spokesperson spokesman spokeswoman report reports analysis analyses "
    "data figures figure estimates estimate agency department officials police authorities administration "
    "analysts economists experts researchers survey poll study release statement database memo organization "
    "organisation center centre bureau office government ministry agent officer director "
    "secretary commissioner records numbers statistics count tally review audit document documents filing "
    "filings letter spokesperson investigators prosecutors association company firm institute council committee "
    "union commission university network newspaper campaign group coalition lawmakers scientists "
    "spokeswoman general organizers organisers activists advocates critics witnesses residents lawyers "
    "attorneys doctors teachers alliance federation society league panel trust partnership consortium foundation "
    "authority service board corporation bank fund court states countries cities counties provinces hospitals "
    "jurisdictions average averages update results city county sector campus outlook agents officers nonprofit "
    "charity tank watchdog regulator pollster book yearbook factbook databook supervisors commissioners trustees "
    "regents legislators troopers deputies staff aides state province nation country advisers advisors consultants "
    "actuaries auditors forecasters strategists statisticians demographers planners feds members projection "
    "projections forecasts research".split()
) | DOCUMENT_PARTS
# A company named by its trade: "The automaker said", "the retailer reported" (the company the article names),
# and its plural for the trade at large ("general merchandise stores said")
TRADE_HEADS = frozenset("automaker carmaker retailer insurer lender airline carrier utility manufacturer producer "
                        "refiner drugmaker chipmaker homebuilder builder miner chain railroad".split())
TRADE_PLURALS = frozenset("automakers carmakers retailers insurers lenders airlines utilities manufacturers producers "
                          "refiners drugmakers chipmakers homebuilders builders stores merchants chains".split())
# An office held by one person, named by its title alone: "The mayor said", "the governor told lawmakers" (the
# officeholder the article names with that title, else the title itself)
OFFICE_HEADS = frozenset("mayor governor president senator sheriff minister treasurer coroner auditor comptroller "
                         "superintendent chancellor prosecutor congressman congresswoman councilman councilwoman "
                         "lawmaker".split())
# Bodies named by what they are: "The hospital said", "the district reported"
PLACE_BODY_HEADS = frozenset("hospital district airport school clinic college".split())
# One person named by occupation: "an industry analyst said", "one economist said" (the person the article names)
OCCUPATION_HEADS = frozenset("analyst economist expert researcher strategist forecaster scientist statistician "
                             "demographer".split())
DESCRIPTION_HEADS = DESCRIPTION_HEADS | TRADE_HEADS | TRADE_PLURALS | OFFICE_HEADS | PLACE_BODY_HEADS | OCCUPATION_HEADS
# Heads of a description that stands for a body: "the group", "the agency".
BODY_HEADS = frozenset("agency department organization organisation center centre bureau office government ministry "
                       "association company firm institute council committee union commission university network "
                       "newspaper campaign group coalition alliance federation society league panel trust partnership "
                       "consortium foundation authority service board corporation bank fund court nonprofit "
                       "charity tank watchdog regulator pollster".split()) | TRADE_HEADS | PLACE_BODY_HEADS
PERSON_HEADS = frozenset(
    "official chief spokesperson spokesman spokeswoman agent officer director secretary commissioner general".split()
) | OFFICE_HEADS | OCCUPATION_HEADS
COLLECTIVE_HEADS = frozenset("police analysts economists experts researchers authorities investigators "
                             "states countries cities counties provinces hospitals jurisdictions "
                             "prosecutors officials organizers organisers activists advocates critics witnesses "
                             "residents lawyers attorneys doctors teachers scientists lawmakers agents "
                             "officers supervisors commissioners trustees regents legislators troopers deputies staff "
                             "aides advisers advisors consultants actuaries auditors forecasters strategists "
                             "statisticians demographers planners feds members".split()) | TRADE_PLURALS
DATA_HEADS = DOCUMENT_PARTS | frozenset(
    "report reports analysis analyses data figures figure estimates estimate survey poll study "
    "release statement database memo records numbers statistics count tally review audit "
    "document documents filing filings letter average averages update results outlook book yearbook factbook "
    "databook projection projections forecasts research".split()
)
# Describing words that open a sentence with a capital ("Provisional estimates show", "Federal report:"):
# not names.
DESCRIBING = frozenset("federal provisional preliminary national state official initial final annual new latest "
                       "recent early government independent internal separate additional updated revised monthly "
                       "weekly quarterly local regional global international private public economic several other "
                       "some many most few both such similar earlier previous prior more these those multiple "
                       "unofficial partial full complete detailed fresh key top main major total combined "
                       "overall last past next one another "
                       # evaluative adjectives: "Alarming statistics released by the FBI show", "Troubling new data"
                       "concerning alarming troubling disturbing worrying worrisome startling shocking surprising "
                       "encouraging discouraging sobering grim stark striking dismal bleak".split())
PRONOUNS = {"he": "person", "she": "person", "they": "any", "it": "organisation"}
_CONNECTORS = frozenset("of for and the de & on".split())
_DETERMINERS = frozenset("the a an its their his her this that these those".split())
# an adverb opening a sentence before its participle: "Seasonally adjusted", "Newly released"
_ADVERB_PARTICIPLE = re.compile(r"[A-Z][a-z]{2,}ly\s+[a-z]+ed\s")
_CALENDAR_WORD = re.compile(
    r"^(?:(?:Mid|Early|Late|mid|early|late)-)?(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|January|February|March|April|June|July|August|"
    r"September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\.?$"
)
def _calendar_word(w: str) -> bool:
    """A month or a weekday, possessive too: "Friday’s report" is a report of a day, no owner's name."""
    return _CALENDAR_WORD.match(w.removesuffix("’s").removesuffix("'s")) is not None


_NUMBERISH = re.compile(
    r"\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|"
    r"seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|half|percent)\b",
    re.IGNORECASE,
)
_LOWER_COMPOUND = re.compile(r"-[a-z]+$")  # "Florida-based", "Year-end" (not "Case-Shiller")
_NUMBER_NAMES = frozenset("one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen "
                          "sixteen seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety "
                          "hundred half percent".split())


# "three-day", "12-month", "The September 2019 Emerson poll": adjectives and dates, not figures
_DATED = re.compile(r"\b[\w.]+-[a-z]+\b|\b(?:19|20)\d\d\b")
_DIGIT = re.compile(r"\d")
_NON_LETTERS = re.compile(r"[^a-z]+")


def _numberish(raw: str) -> bool:
    """A digit or a number word in a short phrase (_NUMBERISH.search, without a case-blind regex's cost)."""
    # (in ASCII text the digits are 0-9: one regex scan, far cheaper than str.isdigit on every character;
    # elsewhere str.isdigit also takes "²", which \d does not)
    if _DIGIT.search(raw) if raw.isascii() else any(c.isdigit() for c in raw):
        return True
    low = raw.lower()
    if raw.isalpha():
        words = [low]
    elif low.isascii() and low.replace(" ", "").isalpha():  # ASCII letters and spaces (most phrases): split at
        words = low.split(" ")  # the spaces, as _NON_LETTERS would, without a regex
    else:
        words = _NON_LETTERS.split(low)
    return not _NUMBER_NAMES.isdisjoint(words)


@mypyc_attr(native_class=False)  # (compiled: a native class has no __dict__ to keep the value in)
class cached_property:  # functools.cached_property without the lock it takes on every first read (3.11)
    """A value worked out on first read and kept in the instance's __dict__ (which then shadows this)."""

    def __init__(self, func):
        self.func = func

    def __set_name__(self, owner, name):
        self.name = name

    def __get__(self, instance, owner=None):
        if instance is None:
            return self
        value = instance.__dict__[self.name] = self.func(instance)
        return value


@mypyc_attr(native_class=False)  # (its cached properties keep their values in __dict__)
@dataclass
class Attribution:
    start: int  # offsets in the sentence of the phrase that names the speaker
    end: int
    raw: str  # the speaker as written: "a U.S. Customs and Border Protection source"
    # "sentence" (every figure), "after" (figures after it), "clause" (figures near it), "own" (an agency
    # doing what it counts: named for what follows, "the agency said", but not the figures' speaker)
    scope: str
    sentence_index: int = -1
    name: str | None = None  # resolved
    context: str = ""  # the name with its title or aside: "John Condon, acting assistant director of ..."
    inside: bool = True  # covers the figures inside its own phrase ("according to a survey of 546 stations")
    covers_from: int = 0  # a span's figures start here ("The Fed moved ..., announcing": after "announcing")

    # raw never changes once found: what follows from it is worked out once
    @cached_property
    def words(self) -> list[str]:
        return self.raw.split()

    @cached_property
    def lower_words(self) -> list[str]:
        """words in lower case (read by the resolvers of a description, never changed)"""
        return [w.lower() for w in self.words]

    @cached_property
    def is_pronoun(self) -> bool:
        return self.raw.lower() in PRONOUNS

    @cached_property
    def is_description(self) -> bool:
        """"the agency", "a senior Homeland Security official", "police": no name of its own."""
        words = self.words
        if not words or self.is_pronoun:
            return False
        content = [w for w in words if w.lower() not in _DETERMINERS]
        if not content:
            return True
        head = words[-1].lower().strip(".,")
        if not self.start and (len(words) == 2 and words[1] in _LOWER_BODIES and words[0].istitle()
                               or _ADVERB_PARTICIPLE.match(self.raw)):
            # "Immigration agency deports ...", "Seasonally adjusted estimates indicate": a sentence's first word,
            # capitalised as the first
            return True
        if head in TRADE_HEADS or head in TRADE_PLURALS:
            return True  # "the Auburn Hills automaker", "the German carmaker": its place or country, no name
        if head in DESCRIPTION_HEADS:
            # "a Fox News analysis" names Fox News; "a senior Homeland Security official" names nobody yet
            caps = any(w[:1].isupper() and not _calendar_word(w)
                       and w.lower() not in DESCRIBING and not _LOWER_COMPOUND.search(w)  # "Florida-based",
                       # "Third-quarter": a compound adjective, nobody's name
                       and w.lower().rstrip("s").rstrip("’'") not in _TIME_OWNERS for w in content[:-1])
            return not caps or (words[0].lower() in ("a", "an") and head in PERSON_HEADS)
        return not any(w[:1].isupper() and not _calendar_word(w) for w in content)

    @property
    def is_person(self) -> bool:
        if self.is_pronoun:
            return PRONOUNS[self.raw.lower()] == "person"
        if self.is_description:
            return self.words[-1].lower() in PERSON_HEADS
        return looks_like_person(self.name or self.raw)


_CLAUSE_OPENERS = frozenset(("that", "and", "but", "as", "while", "when", "where", "which", "who", "because", "if",
                             "after", "before", "since", "although", "though", "so", "whereas", "yet", "however",
                             "meanwhile", "still", "instead"))
_LEADING_PREPOSITIONS = frozenset(("On", "In", "At", "For", "By", "During", "After", "Since", "From", "With", "Under"))


# a broadcaster's call sign and channel inside a name: "KCTS 9", "WKRN 2"
_CALL_SIGN = re.compile(r"[A-Z]{3,5}")
_STATION_IN = re.compile(r"(?<=[A-Z]{3})\s\d{1,2}(?=\s[A-Z])")


def _np_before(sentence: str, pos: int) -> tuple[int, str] | None:
    """The noun phrase that ends at pos (the subject of a verb there), or None."""
    left = _subject_end(sentence[:pos].rstrip())
    if left is None:
        return None
    for reach in (48, 160):  # a subject is at most a dozen words, and most are two or three: look near first
        base = max(0, len(left) - reach)
        while base and not left[base - 1].isspace():  # start the window at a word, not inside one
            base -= 1
        tokens = list(_TOKEN.finditer(left, base))
        if not tokens:
            return None
        i = len(tokens) - 1
        last = tokens[i].group()
        if i > 0 and last.lower() == "there":  # "police there recorded"
            i -= 1
            last = tokens[i].group()
        if last.lower() in PRONOUNS or last in ("that", "which", "who"):
            return tokens[i].start(), last
        picked: list | int
        if last[:1].islower() and not capitalised(last):
            picked = _description_before(tokens, i) if last.lower() in DESCRIPTION_HEADS or (
                i > 2 and tokens[i - 1].group() in _JOINT_OWNERS and tokens[i - 2].group() == "and") else \
                _body_name_ending_lower(tokens, i) or _head_with_participle(tokens, i)
        else:
            picked = _name_before(tokens, i)
        if isinstance(picked, int):  # "one Border Patrol agent in Arizona said", "who on average had": look before
            return _np_before(sentence, picked) if picked else None
        if not base or not picked or picked[-1] is not tokens[0]:
            break  # the phrase ended inside the near window
    if not picked or isinstance(picked, int):
        return None
    picked.reverse()
    start = picked[0].start()
    raw = left[start:picked[-1].end()]
    words = raw.split()
    bare = _STATION_IN.sub("", raw) if _STATION_IN.search(raw) else raw  # (no station's number counts anything)
    if len(words) > 12 or _numberish(_DATED.sub("", bare) if "-" in bare or "19" in bare or "20" in bare else bare):
        return None  # "78% of Americans": those counted; but "the three-day average" is a description
    if words[0] in ("on", "in", "at", "by", "for", "with", "from", "under", "over") and start:
        return _np_before(sentence, start)  # "who on average had forecast": an adverbial, not the subject
    if " of " in raw or " of " in left[max(0, start - 40):start + 4]:
        person = _person_of_org(left, start, raw)
        if person:
            return person
    return _without_preposition(start, raw)


_BODY_NAME_HEADS = frozenset("Department Bureau Office Ministry Division Board Council Commission Agency "
                             "Administration Institute Center Centre Service Services".split())


def _subject_end(left: str) -> str | None:
    """The text before a verb without the phrase of time that ends it ("officials on Monday"); None when it ends
    in a plain lower-case word no rule of _np_before starts a subject from ("the", "than": a third of the calls,
    told before any window is tokenised)."""
    if left[-1:] == ",":  # "Private economists, however, said": the subject before a sentence adverb set off
        aside = _SET_OFF_ADVERB.search(left, max(0, len(left) - 40))
        if aside:
            left = left[:aside.start()]
    last = left[-24:].rsplit(None, 1)[-1:]  # the last word (cut to 24 characters)
    # only a phrase of time ending there can be cut: look for one only then (its last word cut to 12 characters)
    adverbs = _TIME_ADVERBS.search(left, max(0, len(left) - 60)) if last and (
        last[0][-12:] in _TIME_ENDS or last[0].endswith("day")) else None
    if adverbs:
        left = left[:adverbs.start()].rstrip()
        last = left[-24:].rsplit(None, 1)[-1:]
    if last and (" for " in left[-60:] or " covering " in left[-50:] or left.endswith((" for", " of"))):
        scope = _TIME_COVERED.search(left, max(0, len(left) - 70))  # "The X data for all of 2007 indicated"
        if scope:
            left = left[:scope.start()]
            last = left[-24:].rsplit(None, 1)[-1:]
    if not (last and last[0].isalpha() and "a" <= last[0][0] <= "z" and len(last[0]) < 24):
        return left
    word = last[0].lower()
    if word not in _SUBJECT_END_WORDS \
            and not left[:-len(word)].rstrip().endswith(("its", "his", "her", "their")) \
            and not (" of " in left[-40:] and _LOWER_BODY_END.search(left, max(0, len(left) - 60))) \
            and not ("ing " in left[-50:] and _described_by_participle(left)):
        return None  # (not "and its partners"; but "The Department of Public health": a body's name; "the group
        # organizing the caravan": a description and its participle phrase)
    return left


# "the group organizing the caravan": a described speaker's head, then a participle phrase saying which
_PARTICIPLE_DESCRIPTION = re.compile(r"\b(?:the|a|an)\s+([a-z]+)\s+[a-z]+ing\s+(?:the|a|an|its|their)\s+"
                                     r"(?:[a-z]+\s+){0,2}[a-z]+$")


def _described_by_participle(left: str) -> bool:
    m = _PARTICIPLE_DESCRIPTION.search(left, max(0, len(left) - 70))
    return m is not None and m.group(1) in DESCRIPTION_HEADS


# a body's name whose last word after "of" is printed in lower case: "Department of Public health"
_LOWER_BODY_END = re.compile(r"\b(?:" + "|".join(sorted(_BODY_NAME_HEADS)) + r")\s+of\s+(?:[A-Z][\w-]*\s+)?[a-z]+$")


# a sentence adverb set off by commas between a subject and its verb: "Economists, however, said", "The agency, in
# turn, reported"
_SET_OFF_ADVERB = re.compile(r"(?<=[\w.)’'])\s*,\s+(?:however|though|meanwhile|too|also|instead|nonetheless|"
                             r"nevertheless|moreover|in\s+turn|in\s+contrast|by\s+contrast|for\s+(?:its|their|his|"
                             r"her)\s+part|for\s+example|for\s+instance)\s*,$")


# the time a document's figures cover, between it and its verb: "The X data for all of 2007 (indicated)", "the
# report for the first quarter (showed)", "figures covering fiscal 2019"
_TIME_COVERED = re.compile(r"(?<=[a-z])\s+(?:for|covering)\s+(?:all\s+of\s+)?(?:the\s+)?(?:(?:first|second|third|"
                           r"fourth|last|past|full|whole|fiscal|calendar)\s+)*(?:(?:19|20)\d\d|FY\s?\d{2,4}|" + MONTH_RE
                           + r"|year|quarter|month|week|half)(?:\s+(?:fiscal\s+|calendar\s+)?(?:year|quarter))?$|"
                           r"(?<=[a-z])\s+for(?:\s+all\s+of)?$|"  # (its "last year" cut off already)
                           # "The annual report for the fiscal year that ended June 30, 2018, (showed)"
                           r"(?<=[a-z])\s+for\s+the\s+(?:(?:fiscal|calendar|budget)\s+)?year\s+(?:that\s+|which\s+)?"
                           r"end(?:ed|s|ing)\s+(?:on\s+|in\s+)?(?:" + MONTH_RE
                           + r"(?:\s+\d{1,2})?(?:,?\s+(?:19|20)\d\d)?|(?:19|20)\d\d),?$")


# The lower-case words a subject may end with: a description's head, a pronoun, or "there", "that", "which", "who"
_SUBJECT_END_WORDS = DESCRIPTION_HEADS | frozenset(PRONOUNS) | frozenset(("there", "that", "which", "who"))


def _without_preposition(start: int, raw: str) -> tuple[int, str] | None:
    """"In Chicago police said": the subject after the leading preposition's object."""
    if raw.split(None, 1)[0] in _LEADING_PREPOSITIONS:
        rest = raw.split(None, 1)
        if len(rest) < 2:
            return None
        start += len(raw) - len(rest[1])
        raw = rest[1]
    return start, raw


_PREPOSITIONS = frozenset("to from by with in on at for under over into according".split())
_PERSON_OF = re.compile(r"([A-Z][a-z][\w’'-]*(?:\s+[A-Z]\.)?(?:\s+[A-Z][a-z][\w’'-]*){1,2})\s+of\s+(?:the\s+)?$")


def _person_of_org(left: str, start: int, raw: str) -> tuple[int, str] | None:
    """"Sarah Linn of the Budget Institute said", "Ann Cole of Harbor Bank said": the person speaks, not the
    organisation named after her."""
    org = raw
    if " of " in raw and not raw.startswith(("the ", "The ")):
        head, org = raw.split(" of ", 1)
        if looks_like_person(head):
            return (start, head) if any(is_organisation_word(w) for w in org.split()) or org.isupper() else None
        return None
    m = _PERSON_OF.search(left, max(0, start - 40), start)
    if not m and ", " in left[max(0, start - 90):start]:
        m = _PERSON_TITLE_OF.search(left, max(0, start - 90), start)  # the aside's closing comma left out
        opening = left[:m.start(1)].strip(" ,") if m else ""
        if m and (m.group(2).lower() not in _TITLE_WORDS
                  or opening != "" and opening not in _CONNECTIVES and not opening.endswith(("”", '"'))):
            m = None  # the name opens the sentence, or follows the quotation it speaks
    if m and looks_like_person(m.group(1)) and (any(is_organisation_word(w) for w in org.split())
                                                 or _BARE_ACRONYM.sub("", org).isupper()):
        first = m.group(1).split(None, 1)
        if first[0] in _CONNECTIVES and len(first[1].split()) > 1:  # "But Tom Reed, president of ..."
            return m.end(1) - len(first[1]), first[1]
        return m.start(1), m.group(1)
    return None


# "Ann Cole, the executive director of the Harbor Alliance said": the person whose title the aside gives (and
# "Jo Poe, director of Field Operations for the Harbor Field Office said": a title of a unit of the body)
_PERSON_TITLE_OF = re.compile(r"([A-Z][a-z][\w’'-]*(?:\s+[A-Z]\.)?(?:\s+[A-Z][a-z][\w’'-]*){1,2}),\s+"
                              r"(?:(?:the|an?)\s+)?(?:[\w’'-]+\s+){0,3}([\w’'-]+)\s+of\s+"
                              r"(?:(?:[A-Z][\w’'&-]*\s+(?:and\s+)?){1,4}(?:for|at)\s+)?(?:the\s+)?$")
_TITLE_WORDS = PERSON_HEADS | frozenset("president chairman chairwoman chair head founder manager administrator "
                                        "economist analyst researcher professor spokesperson executive".split())
_CONNECTIVES = ("But", "And", "Yet", "Still", "Meanwhile", "However", "Also", "Separately")

_OPENING_CONNECTIVES = frozenset("But And Yet So However Meanwhile Still Also Instead Then Now While When Although "
                                 "Though If As Since Because".split())


_YEAR = re.compile(r"(?:19|20)\d\d")  # (tokens of one digit each)
_OF_PLACE = frozenset("in across throughout around at".split())  # "officials across the state"
_JOINT_OWNERS = frozenset("its his her their".split())


def _description_before(tokens: list, i: int) -> list | int:
    """"the agency", "federal officials": back from a lower-case head to its determiner or clause start; or, when
    a preposition leads it, the offset before which to look again (as _name_before)."""
    picked: list = []
    while i >= 0:
        word = tokens[i].group()
        if word == ")" and picked and picked[-1].group()[:1].isupper():
            # "the Quinnipiac (KWIN-uh-pe-ack) University poll": an aside inside the name, read past
            k = next((k for k in range(i - 1, max(-1, i - 8), -1) if tokens[k].group() == "("), -1)
            if k > 0 and tokens[k - 1].group()[:1].isupper():
                i = k - 1
                continue
        if not word[:1].isalpha():
            end = tokens[i].end()
            if picked and i and len(word) <= 2 and word.isdigit() and picked[-1].group()[:1].isupper() \
                    and _CALL_SIGN.fullmatch(tokens[i - 1].group()):
                picked += [tokens[i], tokens[i - 1]]  # "A KCTS 9 Washington poll": a station's number in its name
                i -= 2
                continue
            if picked and i >= 3 and _YEAR.fullmatch(tokens[i].string, end - 4, end) \
                    and tokens[i - 3].start() == end - 4 and (i == 3 or tokens[i - 4].end() < end - 4):
                picked += tokens[i - 3:i + 1][::-1]  # "the 2020 data": a year (four one-digit tokens) describes
                i -= 4
                continue
            break
        if word.lower() in _DETERMINERS:
            picked.append(tokens[i])
            if i > 0 and tokens[i - 1].group() in _OF_PLACE:  # "Officials in the state said": the officials
                return tokens[i - 1].start()
            if word.lower() in _JOINT_OWNERS and i > 1 and tokens[i - 1].group() == "and":
                # "OPEC and its partners", "the mayor and his aides": a joint subject, kept whole
                left = tokens[i - 2].group()
                first = _name_before(tokens, i - 2) if capitalised(left) else \
                    _description_before(tokens, i - 2) if left.lower() in DESCRIPTION_HEADS | TITLE_WORDS else []
                if isinstance(first, list) and first:
                    picked += [tokens[i - 1]] + first
            break
        if word.lower() in _CLAUSE_OPENERS:
            break
        if word in _PREPOSITIONS:  # the object of a preposition is not a subject: "who on average had ..."
            # (but "According to statistics released" has no subject at all)
            return 0 if i == 0 or tokens[i - 1].group().lower() == "according" else tokens[i].start()
        if word.lower() == "per":  # "per state figures released ...": as "according to", no subject
            return 0
        picked.append(tokens[i])
        i -= 1
    return picked


def _head_with_participle(tokens: list, i: int) -> list:
    """"the group organizing the caravan said": a described speaker and the participle phrase that says which (the
    words picked, last first), or []."""
    for k in range(i - 1, max(0, i - 5), -1):
        word = tokens[k].group()
        if word.endswith("ing") and k >= 2 and tokens[k - 1].group().lower() in DESCRIPTION_HEADS \
                and tokens[k - 2].group().lower() in ("the", "a", "an"):
            return [tokens[j] for j in range(i, k - 3, -1)]
        if not word.isalpha() or not word.islower():
            return []
    return []


def _body_name_ending_lower(tokens: list, i: int) -> list:
    """"The State Department of Public health reported": a body's name whose last word is printed in lower case
    after "of" (the words picked, last first, as _name_before gives them), or []."""
    k = i - 1 if tokens[i - 1].group() == "of" else i - 2 if i > 1 and capitalised(tokens[i - 1].group()) and \
        tokens[i - 2].group() == "of" else -1
    rest = _name_before(tokens, k - 1) if k > 0 else []
    if not isinstance(rest, list) or not any(t.group() in _BODY_NAME_HEADS for t in rest):
        return []
    return [tokens[j] for j in range(i, k - 1, -1)] + rest


def _name_before(tokens: list, i: int) -> list | int:
    """A run of capitalised words (with "of", "and" between): the name; or, when a preposition
    leads it ("agent in Arizona"), the offset before which to look again."""
    picked: list = []
    while i >= 0:
        word = tokens[i].group()
        if word == ")" and (picked or i == len(tokens) - 1):  # "Quinnipiac (KWIN-uh-pe-ack) University", "(CBO)"
            k = next((k for k in range(i - 1, max(-1, i - 8), -1) if tokens[k].group() == "("), -1)
            if k > 0 and tokens[k - 1].group()[:1].isupper():
                i = k - 1
                continue
        if word in _OPENING_CONNECTIVES and (i == 0 or not tokens[i - 1].group()[:1].isalpha()):
            break  # "But BLS says": the connective opens the clause
        if capitalised(word) or (word.lower() in _CONNECTORS and picked and i > 0
                                 and tokens[i - 1].group()[:1].isupper()):
            picked.append(tokens[i])
            i -= 1
            continue
        if word.lower() in ("the", "a", "an") and picked:
            picked.append(tokens[i])
        elif word.lower() in ("in", "at", "from", "with", "near") and picked:
            if word == "from" and i > 0 and tokens[i - 1].group().lower() in DATA_HEADS:
                break  # "Data from U.S. Customs and Border Protection showed": the body the data come from
            return tokens[i].start()
        break
    return picked


# (a run of plain characters at a time: the same reach as one character at a time, without a loop turn for each)
_NP_AFTER = re.compile(r"(?:[^,.;:!?\"“”]+|\.(?=\S)|(?<=\b[A-Z])\.|(?<=\bMr|\bMs|\bDr|\bSt|\bJr|\bCo|\bLt)\.|"
                       r"(?<=\bMrs|\bSen|\bRep|\bGov|\bGen|\bInc|\bSgt|\bDet|\bCol|\bJan|\bFeb|\bMar|\bApr|\bJun|\bJul|\bAug|\bSep|\bOct|"
                       r"\bNov|\bDec|\bAdm|\bMaj|\bCpl|\bPvt|\bRev)\.|(?<=\bCapt|\bCmdr|\bSupt|\bInsp|\bProf|\bBrig)\.)+")
# (a title's abbreviation goes on the name: "said Vice Adm. Jane Doe", "said Capt. Tom Ruiz")
# ", said Port Director Michael Humphries." (applied just after a verb that follows a comma or quote)
_SAID_X = re.compile(r"\s+(?:the\s+)?(?P<np>[A-Z][^,.;!?]*?(?:\s+[A-Z][\w.’'-]*)*)(?=,|\.|;|$|\s+(?:in|at|on|to)\b)")
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

    def group(self) -> str:
        return self.verb


_HEADLINE_SOURCE = re.compile(r"^((?:[A-Z][\w.&’'/-]*\s+){0,3}(?:[A-Z][\w.&’'/-]*|police|officials|report|study|survey|"
                              r"poll|data|analysis)):\s+\S")


_HEADLINE_LABELS = frozenset("breaking update updated exclusive watch analysis opinion editorial live photos video "
                             "report reports poll polls survey surveys study studies fact factcheck explainer "
                             "correction first new read listen".split())


# (after a kicker and a colon too: "199 Days: Treasury Says Debt Has Been Frozen at ...")
_TITLE_CASE_SOURCE = re.compile(r"^(?:[^:]{1,30}:\s+)?((?:[A-Z][\w.&’'-]*\s+){0,4}?[A-Z][\w.&’'-]*)\s+(?:Says|Reports|"
                                r"Finds|Estimates|Projects|Predicts|Forecasts)\s")


def headline_source(line: str) -> Attribution | None:
    """"CDC: Overdose deaths fell 3%", "CBO Reports $198 Billion Deficit": a headline that names its source
    before a colon or as the subject of a capitalised verb of reporting."""
    m = _TITLE_CASE_SOURCE.match(line)
    if m and m.group(1).split()[0].lower() not in _HEADLINE_LABELS and (
            re.fullmatch(r"[A-Z]{2,6}", m.group(1)) or not ORGANISATION_WORDS.isdisjoint(m.group(1).lower().split())):
        return Attribution(m.start(1), m.end(1), m.group(1), "sentence")
    m = _HEADLINE_SOURCE.match(line)
    if not m or line.rstrip().endswith(":") or _CALENDAR_WORD.match(m.group(1)) \
            or m.group(1).split()[0].lower() in _HEADLINE_LABELS or _PLACE_NAME.fullmatch(m.group(1)):
        return None  # ("US: City ends year with 700 homicides", "Texas: ...": the story's place, a section's label)
    return Attribution(0, m.end(1), m.group(1), "sentence")


# (a wire's headline sets its source close after the dash: "... fell 3% -survey", "... to $7.8 billion -audit")
_TRAILING_SOURCE = re.compile(
    r"(?P<sep>,|;|\s[—–-]{1,2}(?=\s|[A-Z]|[a-z]+\s*$)|:)\s*(?P<src>(?:the\s+)?[A-Z][\w.&’'-]*(?:\s+(?:(?:of|for|and|&|the)\s+)?"
    r"[A-Z][\w.&’'-]*){0,6}|(?:[a-z]+\s+){0,2}[a-z]+)"
    r"(?:(?:\s+[a-z]+)?\s+(?:statement|data|figures|report|survey|estimates?))?\s*[.!]?\s*$"
)


# a name's last word that keeps its full stop ("Labor Dept.", "Acme Inc."): an abbreviation, not the line's end
_NAME_ABBREVIATIONS = frozenset("Inc Co Corp Dept Ltd Bros Assn Jr Sr Cos".split())
# "... — What It Means", "... - Live Updates", "... — Here's Why": a headline's tail that names nobody
_NOT_SOURCES = frozenset("what why how here here's when where who which this that these those our your my "
                         "see watch inside".split())


_LOWER_BODIES = frozenset("ministry department agency bureau office".split())
# The common nouns of a source that a headline ends with in lower case: a body, an office-holder, a group that
# speaks, a document ("...: coroner", "...: economists", "... - survey"); not places or counted things
_LOWER_SOURCES = _LOWER_BODIES | (BODY_HEADS - TRADE_HEADS) | PERSON_HEADS | (
    COLLECTIVE_HEADS - frozenset("states countries cities counties provinces hospitals jurisdictions residents "
                                 "witnesses".split()) - TRADE_PLURALS) | frozenset(
    "coroner examiner sheriff mayor governor police poll survey report study data figures estimates statement "
    "analysis audit".split())  # ("... in FY 2018 -audit": a wire's headline, its source after a dash)


def trailing_source(line: str) -> Attribution | None:
    """"Retail sales fell 1.2% in March, Commerce Department": a headline or summary line that ends
    with the organisation it comes from, without a verb; after a dash or a colon ("... -- Freddie Mac",
    "...: EIA") any name but a place's or a day's is the source (after a comma, "..., Phoenix" is a place)."""
    m = _TRAILING_SOURCE.search(line)
    if not m:
        return None
    src = m.group("src")
    last = src.rsplit(None, 1)[-1]
    if last.endswith(".") and "." not in last[:-1] and last[:-1] not in _NAME_ABBREVIATIONS:
        src = src[:-1]  # the sentence's full stop, not an abbreviation's ("ADP.", "Institute."; "U.S.", "Inc." keep it)
    words = src.split()
    if words[-1] == "Party":
        return None  # "1 percent for Tim Roe, Independent American Party": a candidate's party, no source
    if src.islower():
        # "...: coroner", "... - survey", "..., finance ministry": a source in lower case is a body's or an
        # office's common noun (after a comma only a body's: "..., police say" has its verb, "..., officials" may
        # be the figure's own noun)
        if words[-1] not in (_LOWER_BODIES if m.group("sep") in ",;" else _LOWER_SOURCES) \
                or not _DIGIT.search(line, 0, m.start()):
            return None
    elif not (any(is_organisation_word(w) for w in words) or re.fullmatch(r"[A-Z]{2,}", src)):
        if m.group("sep") in ",;" or _PLACE_NAME.fullmatch(src) or any(_CALENDAR_WORD.match(w) for w in words) \
                or words[0].lower() in _HEADLINE_LABELS or words[0].lower() in _NOT_SOURCES \
                or len(words) > 4 or not _DIGIT.search(line, 0, m.start()):
            return None
    # "...: finance ministry": a body named in lower case is its own name, not a description to resolve
    return Attribution(m.start("src"), m.start("src") + len(src), src, "sentence",
                       name=src if src.islower() else None)


# What an agency does and then counts itself: "The Coast Guard intercepted 40 vessels".
_OWN_WORK = frozenset(
    "seized seizes intercepted intercepts apprehended apprehends arrested arrests detained detains deported deports "
    "removed removes expelled expels processed processes encountered encounters rescued rescues recovered recovers "
    "inspected inspects screened screens confiscated confiscates caught catches charged charges prosecuted "
    "prosecutes convicted indicted fined cited issued issues approved approves denied denies rejected rejects "
    "received receives collected collects paid pays spent spends awarded awards distributed distributes "
    "administered administers vaccinated tested tests hired hires served serves handled handles investigated "
    "investigates booked books admitted admits resettled naturalized granted grants logged logs registered "
    "registers responded responds answered answers recorded records".split()
)


_CUE_WORDS = _VERB_SET | _BY_VERBS | _OWN_WORK


def _own_work(sentence: str, verbs) -> list[Attribution]:
    """An organisation as the subject of what it does and counts: the figures after the verb are its own."""
    found: list[Attribution] = []
    for v in _occurrences(sentence, verbs):
        if v.start() and not sentence[v.start() - 1].isspace():
            continue
        aux = _aux_before(sentence, v.start())
        np = _np_before(sentence, aux.start() if aux else v.start())
        if np is None:
            continue
        start, raw = np
        words = raw.split()
        organisation = raw.lower() == "it" or any(is_organisation_word(w) for w in words) \
            or re.fullmatch(r"(?:the\s+)?[A-Z]{2,}", raw)
        if organisation and not (words[-1][:1].islower() and words[-1].lower() not in ORGANISATION_WORDS | {"it"}):
            found.append(Attribution(start, start + len(raw), raw, "own"))
    return found


def _puts_at(sentence: str, v: _VerbAt) -> bool:
    """"put the cost at $1.9 trillion": a verb of putting with its figure, in the active voice."""
    before = sentence[max(0, v.start() - 12):v.start()].split()[-1:]
    return bool(_PUT_AT.match(sentence, v.end())) and not (before and before[0] in _BE)


def _lists_as_source(sentence: str, v: _VerbAt) -> bool:
    """"The report lists 175 cases", "The Health Department listed 12 deaths": a document, a body or a name as the
    subject of a verb of listing in the active voice."""
    aux = _aux_before(sentence, v.at)
    if aux and not _BE.isdisjoint(aux.group().split()) or v.verb == "listed" and _LISTED_IN.match(sentence, v.stop):
        return False  # "is listed at", "every group listed in the poll": passive, or a participle after its noun
    np = _np_before(sentence, aux.start() if aux else v.at)
    if np is None:
        return False
    last = np[1].split()[-1]
    word = last.lower().removesuffix("’s").removesuffix("'s")
    return word in DOCUMENT_NOUNS or word in _LISTERS or is_organisation_word(last) or capitalised(last) \
        or word in ("it", "they")


_SOURCE_WORDS = _VERB_SET | _BY_VERBS | {"according"}


def has_source_word(st: Sentence) -> bool:
    """The sentence holds a word of attribution (a verb of saying or reporting, "according"): worked out once."""
    if "source_word" not in st.memo:
        st.memo["source_word"] = not _SOURCE_WORDS.isdisjoint(_words(st.text))
    return st.memo["source_word"]


def _words(text: str) -> list[str]:
    for mark in _PUNCTUATION:
        if mark in text:
            text = text.replace(mark, " ")
    return text.split()


_CAPITALISED_WORD = re.compile(r"\b[A-Z][a-z]+(?:s|ed)\b")  # a verb's third person or past: "Shows", "Reported"


def title_attributions(headline: str) -> list[Attribution]:
    """The attributions of a headline written in title case ("Suffolk University Poll Shows Markey with 10-Point
    Lead"): its verbs of saying read in lower case (the same length, so every offset holds); [] for a headline
    that is not in title case."""
    words = [w for w in headline.split() if w[:1].isalpha() and len(w) > 3]
    if len(words) < 3 or sum(w[0].isupper() for w in words) < 0.75 * len(words):
        return []
    lowered = _CAPITALISED_WORD.sub(lambda m: m.group().lower() if m.group().lower() in _VERB_SET else m.group(),
                                    headline)
    if lowered == headline:
        return []
    # a maker named before its poll or study, or a body ("Suffolk University Poll Shows"), not a bare "New Data
    # Shows" (nobody named) nor a measure ("GDP Shows Growth")
    return [a for a in find_attributions(lowered) if len(a.words) >= 2 and a.words[0].lower() not in _TITLE_LEADS
            and (a.words[-1].lower() in _TITLE_DOCUMENTS or has_organisation_word(a.words))]


_TITLE_LEADS = frozenset("new latest the a an advance final preliminary".split())
_TITLE_DOCUMENTS = frozenset("poll survey study report analysis".split())


def cue_words(text: str) -> frozenset[str]:
    """The words of attribution (said, reported, surveyed, seized ...) the text holds: found once for an
    article, then looked for in each sentence by substring, far cheaper than splitting every sentence."""
    return _CUE_WORDS.intersection(_words(text))


# a pronoun and a contracted "is" or "are": "He's", "They’re"
_CONTRACTED = re.compile(r"((?i:he|she|they))[’'](?:s|re)")


def _uncontracted(subject: Attribution | None) -> Attribution | None:
    """"He's also predicting": the pronoun of "he is", not an owner's "'s"."""
    if subject is None or len(subject.raw) >= 8:
        return subject
    contracted = _CONTRACTED.fullmatch(subject.raw)
    return replace(subject, end=subject.start + contracted.end(1), raw=contracted.group(1)) if contracted else subject


_FIGURE_NEXT = re.compile(r"\s+(?:(?:more\s+than|nearly|almost|about|over)\s+)?[$\d]")


def find_attributions(sentence: str, cues: frozenset[str] | None = None) -> list[Attribution]:
    """Every attribution in one sentence. cues: cue_words() of the article, if already found."""
    # the cue words in the sentence (where each stands as a whole word is checked later, for the few found)
    words = {w for w in (cue_words(sentence) if cues is None else cues) if w in sentence}
    according = _according_to(sentence)
    found = according + (_by(sentence) if not _BY_VERBS.isdisjoint(words) else [])
    if (" by " in sentence or "By " in sentence) and (  # (_BY_COUNT's count words, in an or-chain)
            "numbers" in sentence or "count" in sentence or "figures" in sentence or "tally" in sentence
            or "estimate" in sentence or "calculation" in sentence or "data" in sentence or "reckoning" in sentence):
        found += _by_count(sentence)
    verbs = _VERB_SET.intersection(words)  # a set lookup: faster than a 70-way regex
    for v in _occurrences(sentence, verbs) if verbs else ():  # (each a _VerbAt: offsets read as fields)
        if v.verb in _PUT_VERBS and not _puts_at(sentence, v) \
                or v.verb in _THAT_ONLY and not sentence.startswith(" that ", v.stop) \
                or v.verb[0] == "a" and v.verb in _ATTRIBUTES and sentence.startswith(" to ", v.stop) \
                or v.verb[0] == "c" and v.verb in ("claims", "claim") and _CLAIM_NOUN.match(sentence, v.stop) \
                or v.verb in ("released", "published") and _releases_a_plan(sentence, v.stop) \
                or v.verb in ("posted", "posts") and _POSTED_RESULT.match(sentence, v.stop) \
                or v.verb in _LIST_VERBS and not _lists_as_source(sentence, v) \
                or v.verb in _NOUNLIKE and v.verb.endswith("s") and _PAST_VERB_AFTER.match(sentence, v.stop) \
                or v.verb[0] == "c" and v.verb in _CONTINUES and not _continues_a_quotation(sentence, v) \
                or v.verb[0] == "d" and v.verb in ("documents", "documented") and not _FIGURE_NEXT.match(
                    sentence, v.stop):
            continue  # "the country posted four years of deficits": recorded, not said; "posts seized 300": a noun
        if v.verb not in ("told", "tells") and _AFTER_COMMA.search(sentence, max(0, v.at - 3), v.at):
            after = _inverted_speaker(sentence, v)  # (", told Reuters": whom told is the hearer, never the speaker)
            if after is not None:
                found.append(after)
        subject = _uncontracted(_subject_of(sentence, v))
        if subject is not None and not (v.verb in _NOUNLIKE and any(a.start < v.at < a.end for a in according)):
            found.append(subject)  # but "according to Border Patrol reports": a noun inside the source's phrase
    if not found and ("estimated" in words or "projected" in words) and ("’s " in sentence or "'s " in sentence):
        m = _OWNER_ESTIMATE.search(sentence)
        if m and m.group(1).lower() not in _IMPERSONAL:
            # "the Fed's projected rate", "the CDC's provisional estimated deaths": the owner's estimate (but
            # "It's estimated": "it is", nobody's)
            found.append(Attribution(m.start(1), m.end(1), m.group(1), "sentence"))
    poll = " poll" in sentence or " survey" in sentence  # (read twice)
    if poll:
        found += [Attribution(m.start(1), m.end(1), m.group(1), "clause") for m in _IN_A_POLL.finditer(sentence)]
    found += _paren_pollster(sentence)
    if not found and (poll or " stud" in sentence or " report" in sentence or " analys" in sentence
                      or " look at " in sentence):
        found = _in_document(sentence)
    if not found and not _OWN_WORK.isdisjoint(words):
        found = _own_work(sentence, _OWN_WORK.intersection(words))
    if "estimate" in sentence or "forecast" in sentence or "predict" in sentence or "project" in sentence \
            or "expectation" in sentence:
        found += _owner_forecasts(sentence) + _forecast_from(sentence)
    if " that " in sentence and (" by " in sentence or " from " in sentence or "s " in sentence):
        found += _said_that(sentence)
    found += _states_after(sentence) + _with_participle(sentence)
    found += _judges_figure(sentence)
    found += _results_header(sentence)
    if not found:
        found = _last_resorts(sentence, words)
    return _labels_forecasts_plans(sentence, _without_a_noun_read_as_verb(sentence, found))


def _without_a_noun_read_as_verb(sentence: str, found: list[Attribution]) -> list[Attribution]:
    """"The state report on tax revenue shows": "The state" (with "report" read as its verb) is the start of the
    subject "The state report" of a later verb; one word longer from the same place, the longer phrase wins."""
    if len(found) < 2:
        return found
    def read_as_verb(a: Attribution) -> bool:
        return any(b.start == a.start and b.end > a.end and " " not in sentence[a.end:b.end].strip()
                   for b in found)
    return [a for a in found if not read_as_verb(a)]


# "states" as a verb of saying, only where a named source closes the sentence with it: "..., the health department
# states in its weekly report." ("in 30 states" and "the United States" are never it)
_STATES_AFTER = re.compile(r",\s+(?P<np>(?:the\s+)?(?:[A-Z][\w.&’'-]*\s+){1,6}|the\s+(?:[a-z]+\s+){0,2}"
                           r"(?:department|agency|bureau|office|ministry|report|survey|study)\s+)"
                           r"states(?:\s+in\s+(?:its|their|the|a)\s+[^,.;]{1,80})?[.!]?[\"”]?\s*$")


def _states_after(sentence: str) -> list[Attribution]:
    m = _STATES_AFTER.search(sentence) if "states" in sentence else None
    if not m or m.group("np").split()[-1] in ("United", "Member", "Southern", "Northern", "Western", "Eastern"):
        return []
    raw = m.group("np").strip()
    return [Attribution(m.start("np"), m.start("np") + len(raw), raw, "sentence")]


# a header that opens a list of a document's results: "Toplines from the poll include:", "Key findings of the survey:"
_RESULTS_HEADER = re.compile(r"(?:(?:Some|Other|More|The)\s+)?"
                             r"(?:(?:[Kk]ey|[Mm]ain|[Mm]ajor|[Tt]op|[Oo]ther|[Mm]ore)\s+)?"
                             r"(?:[Ff]indings|[Rr]esults|[Tt]oplines|[Hh]ighlights|[Tt]akeaways)\s+(?:from|of|in)\s+"
                             r"(the\s+(?:[\w-]+\s+){0,2}?(?:poll|survey|report|study|analysis))"
                             r"(?:\s+(?:include|are|were))?\s*:$")


def _results_header(sentence: str) -> list[Attribution]:
    """"Toplines from the poll include:": the list the header opens is the poll's."""
    m = _RESULTS_HEADER.match(sentence) if sentence.endswith(":") and " the " in sentence else None
    return [Attribution(m.start(1), m.end(1), m.group(1), "after")] if m else []


# an absolute phrase of saying: "..., with California reporting 243 deaths", "with state officials expecting revenues
# at $4.5 billion" (not "with exit polls showing": what a poll shows is not said)
_WITH_PARTICIPLE = re.compile(
    r"\bwith\s+((?:the\s+)?(?:[A-Z][\w.&’'-]*(?:\s+(?:(?:of|for|and|&)\s+)?[A-Z][\w.&’'-]*){0,5}(?:\s+(?:officials|"
    r"authorities|police|analysts|economists|forecasters|experts))?|(?:[a-z]+\s+){0,2}(?:officials|authorities|"
    r"analysts|economists|forecasters|experts|police)|the\s+(?:state|city|county|department|agency|bureau|ministry|"
    r"government|company)))\s+(?:now\s+|also\s+)?(?:reporting|saying|estimating|"
    r"projecting|predicting|forecasting|expecting|anticipating)\s")
_PHRASE_END = re.compile(r"[;:—–]|,\s+(?:with|while|but|and)\s")


def _with_participle(sentence: str) -> list[Attribution]:
    """"..., with California reporting 243 deaths": the figures after the participle, up to the phrase's end, are
    what its subject says (the sentence's own figures before it are not)."""
    found: list[Attribution] = []
    if "with " not in sentence or "ing " not in sentence:  # (most sentences: no pattern run)
        return found
    for m in _WITH_PARTICIPLE.finditer(sentence):
        end = _PHRASE_END.search(sentence, m.end())
        found.append(Attribution(m.start(1), end.start() if end else len(sentence), m.group(1), "span",
                                 covers_from=m.end()))
    return found


# A verb of judging with a figure's change or total as its object: "Beck called the drop in homicides to 314
# 'incredible'", "The mayor described the 12% rise in rents as alarming", "She hailed the 40 percent cut in
# waiting times" (not "called the police after 3 men ...", "described the plant's 400 workers")
_JUDGES = re.compile(r"(?<![\w-])(?:called|calls|described|describes|hailed|hails|termed|terms|dubbed|dubs)\s+"
                     r"(?:the|this|that|these|those|its|their|his|her|an?)\s+(?:[\w$%.,’'-]+\s+){0,3}?"
                     r"(?:drop|drops|decline|declines|decrease|increase|increases|rise|fall|jump|gain|gains|loss|"
                     r"losses|figures?|total|tally|rate|results|growth|reduction|cuts?|surge|spike|deficit|surplus|"
                     r"shortfall|gap|plunge|slide|dip|hike|turnaround)\b")


def _judges_figure(sentence: str) -> list[Attribution]:
    """"X called the drop in homicides to 314 incredible": the figures of the change judged are the judge's."""
    found: list[Attribution] = []
    if not ("led " in sentence or "bed " in sentence or "ls " in sentence or "bes " in sentence
            or "med " in sentence or "ms " in sentence or "bs " in sentence):  # (called, described: most have none)
        return found
    for m in _JUDGES.finditer(sentence):
        verb = m.group().split(None, 1)[0]
        a = _subject_of(sentence, _VerbAt(m.start(), m.start() + len(verb), verb))
        if a is not None:
            if a.scope == "sentence":  # "Rents rose 12%, and the mayor called the increase alarming": not the 12%
                a.scope = "after"
            found.append(a)
    return found


def _last_resorts(sentence: str, words: set[str]) -> list[Attribution]:
    """Attributions looked for only in a sentence that has none of the common kinds."""
    found = _participle_of_saying(sentence) if ", " in sentence and "ing " in sentence else []
    if not found and not words.isdisjoint(("reported", "estimated", "announced")) and (
            "it " in sentence or "It " in sentence):
        found = _reported_in(sentence)
    if not found and " to " in sentence and ("use" in sentence or "cite" in sentence or " dr" in sentence
                                             or "rel" in sentence):
        found = _uses_to_say(sentence)
    if not found and "s: " in sentence[:80]:
        found = _title_case_label(sentence)
    return found


_TITLE_CASE_LABEL = re.compile(r"((?:[A-Z][\w.&’'-]*\s+){0,4}?[A-Z][\w.&’'-]*)\s+(?:Says|Reports|Finds|Shows|Estimates|"
                               r"Projects|Predicts|Forecasts):\s+\S")


def _title_case_label(sentence: str) -> list[Attribution]:
    """"This Marist Poll Reports: 35% approve": a sentence led by its source and a capitalised verb of reporting,
    as a label, when the source is a body or a document (not "Washington Says: ...", a place)."""
    m = _TITLE_CASE_LABEL.match(sentence)
    if m is None:
        return []
    words = m.group(1).split()
    if not (re.fullmatch(r"[A-Z]{2,6}", words[-1]) or any(is_organisation_word(w) for w in words)
            or words[-1].lower() in DATA_HEADS):
        return []
    return [Attribution(0, m.end(1), m.group(1), "sentence")]


# "she uses numbers from the DOJ to say that", "The mayor cited census data to argue that": whoever uses the
# numbers says what follows
_USES_TO_SAY = re.compile(r"\b(?:uses|used|cites|cited|draws\s+on|drew\s+on|relies\s+on|relied\s+on)\s+"
                          r"(?:[^,;:.!?]|\.(?=\d)){0,40}?\b(?:numbers|figures|data|statistics|estimates|reports?|"
                          r"study|survey|poll|records|analysis|count|tally)\b(?:[^,;:.!?]|\.(?=\d)){0,40}?"
                          r"\s+to\s+(?:say|argue|show|claim|suggest|conclude|note|"
                          r"report|estimate|point\s+out|assert)\b")


def _uses_to_say(sentence: str) -> list[Attribution]:
    m = _USES_TO_SAY.search(sentence)
    np = _subject_np(sentence, m.start()) if m else None
    if np is None or np[1].lower() in ("which", "that", "who"):
        return []
    return [Attribution(np[0], np[0] + len(np[1]), np[1], "sentence")]


# ", announcing it would buy $40 billion", ", saying that 300 jobs would go": what the subject of the clause says
_SAYING_PARTICIPLE = re.compile(r",\s+(?:saying|announcing|noting|adding|warning|predicting|projecting|estimating|"
                                r"reporting|stating|explaining|arguing|claiming|forecasting|acknowledging|cautioning|"
                                r"revealing|disclosing|telling\s+(?:reporters|investors|lawmakers))\s")
# The subject that opens the sentence, past a connective or a day: "The Fed", "Acme Corp.", "The city council",
# "Health officials" (a name or field before a group of people)
_LEAD_NAME = re.compile(r"(?:(?:But|And|Yet|Still|Meanwhile|Also|Separately|On\s+[A-Z][a-z]+day|Earlier|Later),?\s+)?"
                        r"((?:[Tt]he\s+)?[A-Z][\w.&’'/-]*(?:\s+(?:(?:of|for|and|&|the)\s+)*[A-Z][\w.&’'/-]*){0,6}"
                        r"(?:\s+(?:officials|authorities|police|investigators|researchers|analysts|economists|experts"
                        r"|scientists|doctors|prosecutors|spokesman|spokeswoman|spokesperson)\b)?)"
                        r"\s+(?:(?:also|has|have|had|will|would|on\s+[A-Z][a-z]+day)\s+)*[a-z]")
_LEAD_DESCRIPTION = re.compile(r"(?:(?:But|And|Yet|Still|Meanwhile|Also|Separately),?\s+)?([Tt]he\s+(?:[a-z]+\s+){0,2}?"
                               r"([a-z]+))\s+(?:(?:also|has|have|had|will|would)\s+)*[a-z]+(?:ed|s)\b")


def _participle_of_saying(sentence: str) -> list[Attribution]:
    """"The Fed moved last week to bolster the economy, announcing it would buy $40 billion": a participle of
    saying after the main clause says its figures are the subject's (not the main clause's own figures)."""
    m = _SAYING_PARTICIPLE.search(sentence)
    if not m:
        return []
    lead = _LEAD_NAME.match(sentence)
    if lead and (lead.group(1).split()[0] in _LEADING_PREPOSITIONS | _OPENING_CONNECTIVES or lead.group(1) == "The"):
        lead = None
    if lead is None:
        lead = _LEAD_DESCRIPTION.match(sentence)
        if lead is None or lead.group(2) not in DESCRIPTION_HEADS:
            return []
    if lead.end(1) > m.start() or _numberish(lead.group(1)):
        return []
    return [Attribution(lead.start(1), len(sentence), lead.group(1), "span", covers_from=m.start())]


_PUBLISHED_IN = (r"(?P<paper>(?:the\s+)?[A-Z][\w.&’'-]*(?:\s+(?:of\s+)?[A-Z][\w.&’'-]*){0,4})")
_IT_WAS = r"[Ii]t\s+(?:was|is|has\s+been|had\s+been)\s+(?:reported|estimated|announced)\b"
# "In the Monday, Dec. 26 edition of the Times, it was reported that ...", "In the Herald, it was reported ..."
_IN_PAPER_IT_WAS = re.compile(r"^(?:[A-Z][a-z]+\s+)?[Ii]n\s+(?:(?P<issue>(?:the|a|an|its|their)\s+.{0,40}?"
                              r"(?:edition|issue|article|story|column|episode|broadcast|segment)\s+(?:of|in|on|by)\s+)|"
                              r"(?=(?:the\s+)?[A-Z]))" + _PUBLISHED_IN + r",\s+" + _IT_WAS)
# "it was reported in the Herald that ...", "it was reported by the Times on Monday that ..."
_IT_WAS_IN_PAPER = re.compile(r"\b" + _IT_WAS + r"\s+(?:in|by)\s+" + _PUBLISHED_IN + r"(?=\s+(?:that|on|last)\b|,)")


def _reported_in(sentence: str) -> list[Attribution]:
    """A passive "it was reported" whose publication a phrase names: the paper's (a place is no publication:
    "In Texas, it was reported ..." names none)."""
    m = _IN_PAPER_IT_WAS.match(sentence) or _IT_WAS_IN_PAPER.search(sentence)
    if not m or not (m.groupdict().get("issue") or _MEDIA.intersection(m.group("paper").lower().split())):
        return []
    return [Attribution(m.start("paper"), m.end("paper"), m.group("paper"), "sentence")]


_SAYING_NOUNS = (r"(?:announcements?|statements?|claims?|assertions?|reports?|findings?|warnings?|testimony|"
                 r"admissions?|predictions?|projections?|declarations?|disclosures?|remarks?|comments?|"
                 r"estimates?|boasts?|contentions?|news|word|revelations?|acknowledg(?:e)?ments?)")
# "the announcement by District Attorney Jo Reyes that crime fell 10 percent", "a statement from the agency that ..."
_SAYING_BY = re.compile(r"\b" + _SAYING_NOUNS + r"\s+(?:(?:on|last|this)\s+\w+\s+)?(?:by|from)\s+"
                        r"((?:(?:the|a|an)\s+)?(?:[\w.’'&-]+\s+){0,7}?[\w.’'&-]+)\s+that\s")
# A capitalised word of an owner's name before the next, "of" too: "the Department of Labor's report" as "the Labor
# Department's report"
_OWNER_WORD = r"[A-Z][\w.&-]*\s+(?:of\s+(?:the\s+)?)?"
# "Mayor Ann Lee's announcement that ...", "the agency's claim that ..."
_OWNER_SAYING = re.compile(r"((?:\b[Tt]he\s+)?(?:" + _OWNER_WORD + r"){0,5}[A-Z][\w.&-]*|\b[Tt]he\s+[a-z]+)[’']s\s+"
                           r"(?:[a-z]+\s+)?" + _SAYING_NOUNS + r"\s+that\s")
_SAID_REACH = re.compile(r"[^;:—–]*")


def _said_that(sentence: str) -> list[Attribution]:
    """A noun of saying with its speaker and what was said: "the announcement by Chief Ray Ortiz that crimes fell
    9 percent", "the county's claim that 400 jobs were lost": the figures of the that-clause are the speaker's,
    up to the next such phrase."""
    by = _SAYING_BY.finditer(sentence) if "by" in sentence or "from" in sentence else ()  # (cheap gates: the words
    owner = _OWNER_SAYING.finditer(sentence) if "’s" in sentence or "'s" in sentence else ()  # each pattern needs)
    found = sorted([(m.start(), m.start(1), m.group(1)) for m in by]
                   + [(m.start(), m.start(1), m.group(1)) for m in owner])
    spans = []
    for k, (at, start, raw) in enumerate(found):
        if _numberish(raw) or raw.split()[-1].lower() in _DETERMINERS:
            continue  # "a report from 2019 that", "reports from 30 states that": not a speaker
        end = _SAID_REACH.match(sentence, at).end()
        if k + 1 < len(found):
            end = min(end, found[k + 1][0])
        spans.append(Attribution(start, end, raw, "span"))
    return spans


def _labels_forecasts_plans(sentence: str, found: list[Attribution]) -> list[Attribution]:
    """A label naming a report, a group's forecast (when the sentence names no source) and a named owner's plan."""
    if not found and ":" in sentence:
        m = _REPORT_LABEL.match(sentence)
        if m:  # "• September Challenger Job-Cut Report: 29.989K vs. 20.485K": a label naming the report
            first = m.group(1).split(None, 1)
            start = m.start(1) + (len(m.group(1)) - len(first[1]) if _CALENDAR_WORD.match(first[0]) else 0)
            found.append(Attribution(start, m.end(1), sentence[start:m.end(1)], "sentence"))  # not its month
    # (a source the sentence names speaks for their forecast; _GROUP_EXPECTS needs a case-exact tail: a cheap gate)
    if not found and ("nalysts" in sentence or "conomists" in sentence or "orecasters" in sentence
                      or "raders" in sentence or "nvestors" in sentence or "trategists" in sentence) \
            and _GROUP_WORD.search(sentence):
        for m in _GROUP_EXPECTS.finditer(sentence):
            reach = _GROUP_REACH.match(sentence, m.end()).end()
            if _DIGIT.search(sentence, m.end(), reach):
                found.append(Attribution(m.start(1), reach, m.group(1), "forecast"))  # only over its figures
    # (first the plan nouns every _OWNER_PLAN match holds: rarer than its verbs, so most sentences stop there)
    if ("plan" in sentence or "budget" in sentence or "proposal" in sentence or "blueprint" in sentence) and (
            " for " in sentence and ("calls for" in sentence or "called for" in sentence) or (
            "project" in sentence or "forecasts" in sentence or "assume" in sentence or "envisions" in sentence
            or "estimates" in sentence) and ("’s " in sentence or "'s " in sentence or "is " in sentence
                                             or "heir " in sentence or "er " in sentence)):
        for m in _OWNER_PLAN.finditer(sentence):
            owner = re.sub(r"[’']s?$", "", m.group(1))
            owner = _PLAN_OWNER_PRONOUNS.get(owner.lower(), owner)
            if not any(a.start <= m.start(1) < a.end for a in found):
                found.append(Attribution(m.start(1), m.start(1) + len(owner), owner, "after"))
    if not found and "calls for" in sentence:
        m = _FORECAST_CALLS_FOR.search(sentence)
        if m:  # "The forecast calls for inflation to reach 2.3 percent": the forecaster the article has named
            found.append(Attribution(m.start(1), m.end(1), m.group(1), "after"))
    return found


# a forecast that is its maker's voice: "The forecast calls for", "The latest projection calls for"
_FORECAST_CALLS_FOR = re.compile(r"(?:^|(?<=[,;]\s))((?:[Tt]he|[Tt]his|[Tt]hat)\s+(?:(?:new|latest|updated|revised|"
                                 r"current)\s+)?(?:forecast|projection|outlook))\s+calls\s+for\b")


_REPORT_LABEL = re.compile(r"\s*(?:[-–—•*]+\s+)?((?:[A-Z][\w.&’'-]*\s+){1,5}(?:[Rr]eport|[Ss]urvey|[Pp]oll|[Dd]ata|"
                           r"[Ss]tudy|[Ee]stimates?|[Ff]igures))\s*:\s+[^:]{0,40}?\d")
# Those whose forecast a figure is: "analysts are looking for a rebound to 2.5 percent", "Economists see ..."
_GROUP_WORD = re.compile(r"(?:analysts|economists|forecasters|traders|investors|strategists)\s", re.I)
_GROUP_EXPECTS = re.compile(
    r"((?:\b[A-Z][\w.&-]*\s+){0,3}\b(?:[Aa]nalysts|[Ee]conomists|[Ff]orecasters|[Tt]raders|[Ii]nvestors|"
    r"[Ss]trategists))\s+(?:(?:are|were|had|have|had\s+been|have\s+been|now|also|widely|generally|on\s+average)\s+)*"
    r"(?:looking\s+for|look\s+for|looked\s+for|see|anticipate[sd]?|betting\s+on|penciled\s+in|"
    r"pencilled\s+in|predict(?:ed)?)\b")
_GROUP_REACH = re.compile(r"(?:[^,;:—–]|(?<=\d),(?=\d)){0,160}")  # the forecast's own clause
_PLAN_OBJECT = re.compile(r"\s+((?:[\w.-]+\s+){0,5}?[\w-]+)(?=\s+(?:that|which|with|to|for)\b|\s*[,;.]|$)")
# "Brown's proposal calls for", "the council's budget plan called for": the plan's owner proposes its figures
# "Cole's budget projects a deficit of", "his new budget proposal, which projects": the plan's owner projects them
_OWNER_PLAN = re.compile(r"((?:\b[Tt]he\s+)?(?:[A-Z][\w.&-]*\s+){0,3}[A-Z][\w.&-]*[’']s?|\b[Hh]is|\b[Hh]er|\b[Tt]heir)"
                         r"\s+(?:[a-z-]+\s+){0,2}(?:proposal|plan|budget|blueprint)(?:\s+proposal)?(?:,\s+which)?\s+"
                         r"(?:(?:calls|called|would\s+call)\s+for|projects|projected|forecasts|assumes|assumed|"
                         r"envisions|estimates)\b")
_PLAN_OWNER_PRONOUNS = {"his": "he", "her": "she", "their": "they"}


def _releases_a_plan(sentence: str, at: int) -> bool:
    """"released a final budget proposal that includes ...": what is released is a plan, not a report."""
    m = _PLAN_OBJECT.match(sentence, at)
    if not m:
        return False
    words = {w.lower() for w in m.group(1).split()}
    return not words.isdisjoint(_PLAN_NOUNS) and words.isdisjoint(DATA_HEADS)


# "economists' consensus estimates for a 0.4% increase", "analyst predictions of a 1.3 million-barrel decline",
# "its forecast from the $521 billion deficit", "The CDC's preliminary estimate of births was 4,131,019"
_OWNER_FORECAST = re.compile(
    r"(?:(?P<owner>(?:\b[Tt]he\s+)?(?:[A-Z][\w.&-]*\s+){0,4}[A-Z][\w.&-]*[’']s|\b(?:economists|analysts|forecasters)[’']"
    r"|\b[Ii]ts|\b[Tt]heir)|\b(?P<plain>analysts?|economists?|forecasters?|Wall\s+Street))\s+"
    r"(?:(?:consensus|preliminary|median|average|latest|revised|new|own|earlier|initial|official|updated|annual|"
    r"monthly)\s+){0,2}(?:estimates?|forecasts?|predictions?|projections?|expectations?)\s+(?:(?:of|for|from|was|were|"
    r"is|at|called\s+for)\b)")
_FORECAST_REACH = re.compile(r"[^;:—–]{0,100}")
_FORECAST_OWNER_WORDS = ("’", "'", "its", "Its", "heir", "analyst", "economist", "forecaster", "Wall")  # its owners


def _owner_forecasts(sentence: str) -> list[Attribution]:
    """A forecast or estimate that a phrase says is someone's: its figures are theirs, over a sentence's speaker."""
    found: list[Attribution] = []
    if not any(w in sentence for w in _FORECAST_OWNER_WORDS):
        return found  # (a cheap gate: every owner _OWNER_FORECAST can match holds one of these)
    for m in _OWNER_FORECAST.finditer(sentence):
        raw = m.group("owner") or m.group("plain")
        if raw.lower() in ("its", "their"):
            raw = "it" if raw.lower() == "its" else "they"
        else:
            raw = re.sub(r"[’']s?$", "", raw)
            if raw.lower().rstrip("s") in ("analyst", "economist", "forecaster"):
                raw = raw.rstrip("s") + "s"
            owner = raw.split()[-1].lower()
            if owner in _TIME_OWNERS or _CALENDAR_WORD.match(raw.split()[-1]) or owner in _TITLE_OWNERS:
                continue  # "last year's estimate", "Monday's forecast": a time, not an owner
        start = m.start("owner") if m.group("owner") else m.start("plain")
        reach = _FORECAST_REACH.match(sentence, m.end())
        found.append(Attribution(start, reach.end(), raw, "forecast"))
    return found


# A forecast whose owner follows it: "The forecast from the Congressional Budget Office is lower, at $158 billion",
# "the latest projection by Harbor Analytics puts growth at 2%" ("estimate of" names what is estimated: not here)
_FORECAST_FROM = re.compile(
    r"\b(?:[Tt]he|[Aa]n?|[Ii]ts|[Tt]heir|[Tt]his|[Tt]hat)\s+(?:(?:consensus|preliminary|median|average|latest|revised|"
    r"new|earlier|initial|official|updated|annual|monthly|current|own)\s+){0,2}(?:estimates?|forecasts?|predictions?|"
    r"projections?)\s+(?:from|by)\s+(?P<owner>(?:the\s+)?[A-Z][\w.&’'-]*(?:\s+(?:(?:of|for|and|on|the|&)\s+){0,2}"
    r"[A-Z][\w.&’'-]*){0,6})")


def _forecast_from(sentence: str) -> list[Attribution]:
    """A forecast or estimate "from" or "by" a named owner: its figures are the owner's (up to the clause's end)."""
    found: list[Attribution] = []
    if " from " not in sentence and " by " not in sentence:
        return found  # (a cheap gate: every _FORECAST_FROM match holds one)
    for m in _FORECAST_FROM.finditer(sentence):
        raw = m.group("owner")
        first = raw.split()[1] if raw.startswith("the ") else raw.split()[0]
        if _CALENDAR_WORD.match(first) or first.lower() in _TIME_OWNERS:
            continue  # "the forecast from January", "the estimate from Monday": a time, not an owner
        reach = _FORECAST_FROM_REACH.match(sentence, m.end())
        found.append(Attribution(m.start("owner"), reach.end(), raw, "forecast"))
    return found


# (up to a clause of its own: "..., but the city spent $15 million" is not the forecast's)
_FORECAST_FROM_REACH = re.compile(r"(?:(?!,\s+(?:but|while|and|whereas|though|although|yet)\s)[^;:—–]){0,100}")


# "the 1.5% anticipated by economists in a Reuters poll", "the median forecast in a Bloomberg survey": those polled
_IN_A_POLL = re.compile(r"\b(?:economists|analysts|forecasters|traders|estimates?|forecasts?|expectations?)\s+"
                        r"(?:in|from)\s+an?\s+((?:[A-Z][\w.&’'-]*\s+){0,3}[A-Z][\w.&’'-]*)\s+(?:poll|survey)\b")


_NAME_WORD = r"[A-Z][\w.&’'-]*"
# "The Cygnal polling organization (Sept. 24-26; 650 likely voters)", "Meredith College (Sept. 20-23; n=731)": a
# pollster named before a parenthesis of field dates and sample: the figures inside are its own
_PAREN_POLL = re.compile(rf"((?:[Tt]he\s+)?(?:new\s+|latest\s+)?{_NAME_WORD}(?:\s+(?:of\s+|for\s+|and\s+|&\s+)?"
                         rf"{_NAME_WORD}){{0,5}}(?:\s+(?:polling\s+(?:organization|firm|company)|poll|survey)"
                         rf"(?:\s+for\s+(?:the\s+)?{_NAME_WORD}(?:\s+{_NAME_WORD}){{0,4}}(?:\s+newspaper)?)?)?)"
                         r"\s+(\()(?=[^();]{0,30}\d[^();]{0,12};\s*(?:n\s*=\s*)?\d[\d,]*\s)[^()]*\)")


def _paren_pollster(sentence: str) -> list[Attribution]:
    if " (" not in sentence or ";" not in sentence:
        return []
    found: list[Attribution] = []
    for m in _PAREN_POLL.finditer(sentence):
        raw = m.group(1)
        if _PLACE_NAME.fullmatch(re.sub(r"^[Tt]he\s+", "", raw)):
            continue  # "Ohio (Oct. 2-4; 600 likely voters)": the race's state, not a pollster
        found.append(Attribution(m.start(1), m.end(), raw, "span", covers_from=m.start(2)))
    return found


# (led by its letter, the word boundary checked behind it, "[IiFf](?<!\w[IiFf])" for "\b": a pattern that opens
# with one character class is scanned for those letters, not tried at every position; so _DOCUMENT_ABOUT, _DATA_OF)
# the month of a poll's field dates, abbreviated or whole ("an Oct. 29-Nov. 1 survey", "an October 29-November 1 ...")
_FIELD_MONTH = r"(?:[A-Z][a-z]{2,4}\.?|" + MONTH_RE + r")"
_IN_DOCUMENT = re.compile(r"[IiFf](?<!\w[IiFf])(?:(?<=[Ii])n|(?<=[Ff])rom)\s+"
                          r"(?:(?:a|an|the|its|their|this|[a-z]+)\s+){0,2}"
                          r"(?:" + _FIELD_MONTH + r"\s+\d{1,2}(?:\s*-\s*(?:" + _FIELD_MONTH + r"\s+)?\d{1,2})?\s+)?"
                          r"((?:[A-Z][\w.&’'/-]*(?:\s+\d{1,2}\b)?,?\s+(?:(?:and|of|&)\s+(?=[A-Z]))?){1,5}(?:[a-z]+\s+)?"
                          r"(?:polls?|surveys?|study|studies|reports?|"
                          r"analysis|analyses|look(?=\s+at\s))\b)")  # "In the Institute's look at the race, ..."


# The determiners of a poll the article has named ("the poll", "its survey"), lower case and as a sentence opens
_THE_POLL = r"(?:the|this|that|its|their)"
_THE_POLL_CASED = r"(?:[Tt]he|[Tt]his|[Tt]hat|[Ii]ts|[Tt]heir)"
_IN_THE_DOCUMENT = re.compile(r"^(?:[A-Z][a-z]+\s+)?[Ii]n\s+(" + _THE_POLL + r"\s+(?:new\s+|latest\s+|same\s+)?"
                              r"(?:poll|survey)|(?:its|their)\s+(?:previous|prior|earlier|last)\s+(?:poll|survey))"
                              # (and when it was taken: "In its previous poll two weeks ago, ...")
                              r"(?:\s+(?:taken\s+|conducted\s+|released\s+)?(?:[a-z]+\s+){0,2}"
                              r"(?:ago|[A-Z][a-z]+day|week|month|year))?,\s")


# "ahead with men in the poll 51%-47%": the poll the article has named (not "included in the poll": its sample)
# (nor "represented in the survey", "people questioned in the poll", "weren't counted in this survey": its sample
# too, those it asked or counted, who say what they say to it, as "of those polled")
# (not "the only item in the survey", "products in the survey": what it priced, no source of what is said of them)
# (the words before "in" are checked once "in" is found: far cheaper than a lookbehind at every character)
_IN_THE_POLL = re.compile(r"\bin(?<!cluded in)(?<!icipated in)(?<!terviewed in)(?<!ampled in)(?<!presented in)"
                          r"(?<!uestioned in)(?<!urveyed in)(?<! polled in)(?<!ounted in)(?<!ontacted in)"
                          r"(?<!item in)(?<!items in)(?<!product in)(?<!products in)(?<!goods in)\s+("
                          + _THE_POLL + r"\s+"
                          r"(?:new\s+|latest\s+|same\s+|previous\s+|last\s+|earlier\s+)?"
                          # "in the latest three-day tracking poll": the kind of poll
                          r"(?:(?:one|two|three|four|five|seven|\d)-day\s+)?(?:(?:tracking|daily|weekly|online|"
                          r"telephone|national|statewide)\s+)?(?:poll|survey))\b(?![’'-])")
# "His lowest previous approval in the survey was 32 percent", "Her prior low in the poll": a record of the poll's
# past readings, which the writer tells (a poll named there, "in the Gallup poll", is still the source)
_RECORD_BEFORE = re.compile(r"\b(?:previous|prior|lowest|highest|record|all-time|earlier)\b[^,;:]*$|"
                            r"\b(?:low|high|best|worst)\s+(?:[a-z]+\s+){0,3}$")
# "The poll of 900 voters, taken in May, saw 51% back the plan", "the previous iteration of the poll had her ahead
# by 16 points": a poll's findings told with a plain verb (not "has a margin of error of", not its sample)
_POLL_SUBJECT = re.compile(r"(?:^|(?<=[\s,;:—–]))(?:(?:[Tt]he|[Tt]his|[Tt]hat|[Ii]ts|[Tt]heir|[Aa])\s+"
                           r"(?:[\w-]+\s+){0,2}?(?:iteration|edition|version|round|wave)\s+of\s+)?(" + _THE_POLL_CASED
                           + r"\s+(?:[a-z-]+\s+){0,2}?(?:poll|survey))"
                           r"(?:\s+of\s+(?:[^,;:]|(?<=\d),(?=\d)){1,60}?)?(?:,[^,;:]{1,80},)?\s+"
                           r"(?:also\s+)?(?:saw|sees|had|has|gave|gives|put|puts)\s+(?!an?\s|been\s|no\s|its\s|their\s)")


# "An Oct. 23-26 CBS News/YouGov online poll (...), shows", "A New York Times poll of 737 voters conducted Oct.
# 23-27 shows", "Two newly released Florida polls show", "The latest Gallup survey has": a poll (named or described)
# that is the subject of its findings, past its field dates, sample, participle phrase or aside
_FIELD_DATES = MONTH_RE + r"\s+\d{1,2}(?:\s*[-–—]\s*(?:" + MONTH_RE + r"\s+)?\d{1,2})?"
_NAMED_POLL_SUBJECT = re.compile(
    r"(?:^|(?<=[\s,;:—–]))(?:[Aa]n?|[Tt]he|[Tt]his|[Tt]hat|[Bb]oth|[Tt]wo|[Tt]hree|[Ff]our|[Aa]nother)\s+"
    r"(?:" + _FIELD_DATES + r"\s+)?(?P<np>(?:[\w.&’'/-]+\s+){0,6}?(?:polls?|surveys?))"
    r"(?:\s+of\s+(?:[^,;:()]|(?<=\d),(?=\d)){1,60}?)?"
    r"(?:\s+(?:conducted|taken|fielded|carried\s+out|done)\s+(?:[^,;:()]|(?<=\d),(?=\d)){1,40}?)?"
    r"(?:\s*\([^()]{1,200}\))?,?\s+(?:also\s+)?(?P<verb>shows?|showed|found|finds|has|had|gives|gave)\s+"
    r"(?!an?\s|been\s|no\s|its\s|their\s|margins?\s)")
_NOT_POLL_NAME = frozenset("the a an of in on for and by with from".split())


def _named_poll_subject(sentence: str) -> re.Match | None:
    """The first poll subject of _NAMED_POLL_SUBJECT whose words name a poll (no preposition inside)."""
    for m in _NAMED_POLL_SUBJECT.finditer(sentence):
        before = sentence[max(0, m.start() - 20):m.start()].split()[-1:]
        if before and before[0].lower() in _PREPOSITIONS | _NOT_POLL_NAME:
            continue  # "Voters in both surveys had given": the object of a preposition is no subject
        words = m.group("np").split()
        if _NOT_POLL_NAME.isdisjoint(w.lower() for w in words) and any(w[:1].isupper() for w in words):
            return m  # a name in it ("The October 4 survey had": one named before, if any, is _POLL_SUBJECT's)
    return None


def _in_document(sentence: str) -> list[Attribution]:
    """"listed in a new Quinnipiac University poll", "In the Times analysis": the document the figures appear in;
    "In the poll, voters ...", "ahead in the poll 51% to 47%", "the poll had her ahead by 16 points": the one
    the article has named."""
    m = _IN_THE_DOCUMENT.match(sentence)
    if m:
        return [Attribution(m.start(1), m.end(1), m.group(1), "sentence", inside=False)]
    if "poll" in sentence or "survey" in sentence:
        polls = [m for m in (_IN_THE_POLL.search(sentence), _POLL_SUBJECT.search(sentence))
                 if m and not _SAMPLE_NOUN.match(sentence, m.end())
                 and not (m.group(1)[:1] in "tT"
                          and _RECORD_BEFORE.search(sentence, max(0, m.start() - 50), m.start()))]
        if polls:
            m = min(polls, key=lambda m: m.start(1))
            return [Attribution(m.start(1), m.end(1), m.group(1), "sentence", inside=False)]
        m = _named_poll_subject(sentence)
        if m:  # its findings follow its verb (not its sample, nor the count of polls before it)
            return [Attribution(m.start("np"), m.end("verb"), m.group("np"), "after")]
    m = _IN_DOCUMENT.search(sentence)
    first = m.group(1).split()[0].rstrip("s").rstrip("’'") if m else ""
    if m and not _CALENDAR_WORD.match(first) and first.lower() not in _TIME_OWNERS \
            and not (m.group()[:1] in "Ff" and _COMPARED_FROM.search(sentence, max(0, m.start() - 16), m.start())) \
            and not (" and " in m.group(1) and _PLACES_ONLY.match(m.group(1))):
        if m.group(1).endswith("look"):  # "In the Institute's look at ...": the owner looked (no document named)
            owner = re.match(r"(.+?)[’']s\s+(?:[a-z]+\s+)?look$", m.group(1))
            return [Attribution(m.start(1), m.start(1) + len(owner.group(1)), owner.group(1), "sentence",
                                inside=False)] if owner else []
        return [Attribution(m.start(), m.end(1), m.group(1), "sentence", inside=False)]
    m = _IN_REPORT_FROM.search(sentence) if " from " in sentence or " by " in sentence else None
    name = m.group(1).removesuffix(".") if m else ""
    if m and not _PLACE_NAME.fullmatch(name) and not _SAMPLE_BEFORE.search(sentence, max(0, m.start() - 16), m.start()):
        # "in the latest report from the Bureau of Labor Statistics" (but "employers took part in the survey by X":
        # its sample, which X did not report as a finding)
        return [Attribution(m.start(1), m.start(1) + len(name), name, "sentence", inside=False)]
    return []


_SAMPLE_BEFORE = re.compile(r"\b(?:participated|included|interviewed|sampled|questioned|surveyed|polled|counted|"
                            r"contacted|part|responded|enrolled)\s+$")
# a document the figures appear in, named by its maker after "from" or "by": "in the latest report from the Harbor
# Board", "in a study by Lakeside University" (not "a survey of Texas voters": those it asked)
_IN_REPORT_FROM = re.compile(r"\bin\s+(?:the|a|an)\s+(?:[a-z]+\s+){0,2}?(?:report|study|survey|analysis)\s+"
                             r"(?:from|by)\s+(?:the\s+)?([A-Z][\w.&’'-]*(?:\s+(?:(?:of|for|and|&|on)\s+)?[A-Z][\w.&’'-]*){0,6})")


# "in Texas and Florida polls": polls of those states, named by no pollster (a pollster's name may hold "and":
# "in the latest Mason-Dixon Polling and Strategy survey")
_PLACES_ONLY = re.compile(rf"(?:{US_STATES}|{COUNTRIES})(?:,?\s+(?:and\s+)?(?:{US_STATES}|{COUNTRIES}))*\s+[a-z]+$")


# "unchanged from the IEA's previous report", "revised from the bureau's earlier estimate": the document a figure is
# compared with, not where it is told
_COMPARED_FROM = re.compile(r"\b(?:unchanged|changed|up|down|revised|raised|lowered|higher|lower|different|little)\s+$")


_OWNER_ESTIMATE = re.compile(r"((?:[Tt]he\s+)?(?:[A-Z][\w.&-]*\s+){0,5}[A-Z][\w.&-]*)[’']s\s+(?:[a-z]+\s+)?"
                             r"(?:estimated|projected)\s+[a-z]")


def _occurrences(sentence: str, words) -> list[_VerbAt]:
    """Where each of these lower-case words stands alone in the sentence, in order."""
    found: list[_VerbAt] = []
    for w in words:
        i = sentence.find(w)
        while i != -1:
            j = i + len(w)
            if (not i or not (sentence[i - 1].isalnum() or sentence[i - 1] in "-’'")) \
                    and (j == len(sentence) or not is_word_char(sentence[j])):
                found.append(_VerbAt(i, j, w))
            i = sentence.find(w, j)
    if len(found) > 1:
        found.sort(key=_AT)
    return found


_AT = attrgetter("at")
_START = attrgetter("start")


def _according_to(sentence: str) -> list[Attribution]:
    """"according to X", "per X", "citing X", "as reported by X"."""
    if not ("ccording" in sentence or "per " in sentence or "Per " in sentence or "iting " in sentence
            or "reported " in sentence):
        return []
    found: list[Attribution] = []
    for m in _ACCORDING.finditer(sentence):
        np = _NP_AFTER.match(sentence, m.end())
        if np:
            raw = _trim_np(np.group())
            if raw and not _NUMBERISH.match(raw):
                # "Citing X, Breitbart reported ...": whom the sentence's subject cites, theirs only if no one else's
                cited = m.start() == 0 and m.group().startswith("Citing") and "," in sentence[np.end():np.end() + 2]
                found.append(Attribution(m.start(), np.start() + len(raw), _OBJECT_PRONOUNS.get(raw, raw),
                                         "cited" if cited else "sentence"))
                named = _NAME_AFTER_SAID.match(sentence, np.start() + len(raw)) if raw[:1].islower() else None
                if named and looks_like_person(named.group(1)):  # "according to its director, Amy Clark"
                    found[-1] = Attribution(m.start(), named.end(1), named.group(1), found[-1].scope)
    return found


_OBJECT_PRONOUNS = {"him": "he", "her": "she", "them": "they"}  # "according to her": whom "she" would name


# "down 0.9 percent by the Crime Commission numbers", "by the FBI's count", "by Reuters' tally": whose count it is
_BY_COUNT = re.compile(r"\b[Bb]y\s+(?:the\s+)?(?P<np>(?:[A-Z][\w.&’'-]*\s+){0,5}?[A-Z][\w.&-]*?)(?:[’']s?)?\s+"
                       r"(?:own\s+|latest\s+|preliminary\s+|official\s+|new\s+)?(?:numbers|count|figures|tally|"
                       r"estimates?|calculations?|data|reckoning)\b")


def _by_count(sentence: str) -> list[Attribution]:
    """"by the Crime Commission numbers", "by the agency's count": the one whose count the figures are."""
    found: list[Attribution] = []
    for m in _BY_COUNT.finditer(sentence):
        raw = m.group("np")
        first = raw.split()[0]
        if _CALENDAR_WORD.match(first) or first.lower() in _TIME_OWNERS or first in _LEADING_PREPOSITIONS:
            continue  # "by Monday's count", "by December figures": a time, not an owner
        found.append(Attribution(m.start(), m.end(), raw, "sentence"))
    return found


# "cases reported to the health department by clinics": the clinics reported them, the department only received them
_BY_REPORTER = re.compile(r"\s(?:online\s+)?(?:database\s+|system\s+)?by\s+(?:the\s+)?[a-z]")
# a document just before "released from X": "a report released Thursday from the CDC"
_DOCUMENT_BEFORE = re.compile(r"\b(?:report|study|survey|poll|analysis|data|figures|statistics|estimates|review)\s+$")
_RECIPIENTS = frozenset(("police", "the police", "law enforcement", "authorities", "the authorities"))
# a release still to come, or that has not happened: "will be published by", "won't be released by", "is due to be
# released by", "has not been confirmed by"
_NOT_YET = re.compile(r"\b(?:will|would|shall|won[’']t|wouldn[’']t|not|n[’']t|to)\s+(?:(?:not|yet|likely|soon|also|"
                      r"probably)\s+)?be\s+$|\b(?:not|n[’']t|never|yet)\s+been\s+$")


def _by(sentence: str) -> list[Attribution]:
    """"surveyed by X", "reported to X", "compiled by X"."""
    if " by " not in sentence and " to " not in sentence and " from " not in sentence:
        return []
    found: list[Attribution] = []
    for m in _BY.finditer(sentence):
        np = _NP_AFTER.match(sentence, m.end())
        if np:
            raw = _trim_np(np.group())
            if _NOT_YET.search(sentence, max(0, m.start() - 30), m.start()):
                continue  # "won't be released by the FBI until spring": figures not out yet are no one's source
            if m.group("prep") == "from" and not (m.group("verb") in ("released", "published")
                                                  and _DOCUMENT_BEFORE.search(sentence, max(0, m.start() - 30),
                                                                              m.start())):
                continue  # "inmates released from the county jail": a place left; "a report released from X": X's
            if m.group("prep") == "to" and (raw.lower() in _RECIPIENTS or m.group("verb").split()[0] in _BY_ONLY
                                            or _BY_REPORTER.search(sentence, np.start(), np.start() + len(raw) + 4)) \
                    or m.group("verb") in _BY_DATA_ONLY and not _after_data(sentence, m.start()) \
                    or m.group("verb") == "taken" and not _TAKEN_POLL.search(sentence, max(0, m.start() - 80),
                                                                                          m.start()):
                continue  # "crimes reported to police": who learned of them, not who counts them
            raw = _name_ends(raw)
            if raw and (" " in raw and _CALENDAR_TAIL.search(raw)):
                raw = _before_a_date(raw, sentence[np.start() + len(raw):np.start() + len(raw) + 4])
            if raw and (raw[:1].isupper() or _THE_NAMED.match(raw) or _body_described(raw)):
                scope = "clause" if m.group("verb") in ("surveyed", "polled") else "sentence"
                found.append(Attribution(m.start(), np.start() + len(raw), raw, scope))
    return found


# a name after an article and up to two words in lower case: "the Census Bureau", "the federal Bureau of Labor
# Statistics", "the nonpartisan Congressional Budget Office"
_THE_NAMED = re.compile(r"(?:the|a)\s+(?:[a-z][\w-]*\s+){0,2}[A-Z]")


def _body_described(raw: str) -> bool:
    """"by health officials", "by the health district": a body or group described in lower case."""
    words = raw.split()
    return len(words) <= 3 and words[-1] in COLLECTIVE_HEADS or (
        len(words) <= 4 and words[0] == "the" and (words[-1] in BODY_HEADS or words[-1] == "district"))


def _after_data(sentence: str, pos: int) -> bool:
    """"figures provided by", "data gathered by": a data word just before pos."""
    before = sentence[max(0, pos - 20):pos].split()[-1:]
    return bool(before) and before[0].lower() in DATA_HEADS


# "by the University of Vermont Sept. 18-25", "by Gallup Thursday": a date after a name is not part of it
_CALENDAR_TAIL = re.compile(r"\s(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|[A-Z][a-z]+day\b)")


def _before_a_date(raw: str, rest: str) -> str:
    """The name before a month followed by a day's number, or before a day of the week."""
    words = raw.split()
    for k in range(1, len(words)):
        w = words[k].rstrip(".")
        if not words[k - 1][:1].isupper() or not _CALENDAR_WORD.match(w):
            continue
        after = words[k + 1] if k + 1 < len(words) else rest.lstrip(". ")
        if w.endswith("day") or after[:1].isdigit():
            return " ".join(words[:k])
    return raw


def _name_ends(raw: str) -> str:
    """"Reuters had forecast 225,000" after "polled by": a name ends at the verb or auxiliary after it; "the
    health district indicated": a description ends at a verb of saying in the past."""
    words = raw.split()
    for k in range(1, len(words)):
        w = words[k]
        if words[k - 1][:1].isupper() and (w in _AUX_WORDS or w in _VERB_SET or w in _EXPECTING) \
                or w in _VERB_SET and (w.endswith("ed") or w in ("said", "found", "shows", "says")):
            return " ".join(words[:k])
    return raw


# Verbs whose noun after them is far more often their object than an inverted speaker: "..., shows Mayor Ann Lee in
# front of her rival by 1 point" (the comma closing an aside after the subject) but "..., showed Census data."
_OBJECT_VERBS = frozenset("show shows showed reveal reveals revealed find finds found indicate indicates indicated "
                          "suggest suggests suggested highlight highlights highlighted identified identifies counted "
                          "tallied detailed outlined outlines listed lists confirm confirms confirmed".split())
# what may close an inverted speaker after those verbs: the sentence's or clause's end, or when it was said
_CLOSES_SPEAKER = re.compile(r"\s*(?:[,.;)”\"’']|$)|\s+(?:on\s+[A-Z]|last\s|this\s|earlier\s|today\b|yesterday\b)")


def _inverted_speaker(sentence: str, v: _VerbAt) -> Attribution | None:
    """", said Port Director Michael Humphries.": the speaker after the verb; after a verb of showing or finding
    only where the name closes the clause (else it is what the subject before the comma shows)."""
    after = _said_x(sentence, v.stop)
    if after is not None and v.verb in _OBJECT_VERBS and not _CLOSES_SPEAKER.match(sentence, after.end):
        return None
    return after


def _said_x(sentence: str, verb_end: int) -> Attribution | None:
    """", said Port Director Michael Humphries.": the speaker after the verb."""
    m = _SAID_X.match(sentence, verb_end)
    np = _NP_AFTER.match(sentence, m.start("np")) if m else None
    if not np:
        return _said_description(sentence, verb_end)
    raw = _trim_np(np.group()).rstrip(".")
    if not raw or _numberish(raw):
        return None
    words = raw.split()
    if _calendar_word(words[0]) and all(_calendar_word(w) or w in _TIME_ENDS for w in words[1:]):
        return None  # "..., said Tuesday on NewsNation": when it was said, the speaker named before the verb
    if m.start("np") > m.start() + 1 and any(w[0].islower() and w not in _NAME_JOINERS for w in raw.split()):
        return None  # ", say the Democrats are friendly to it": "the" opens a clause said, not a name after it
    return Attribution(np.start(), np.start() + len(raw), raw, "sentence")


_NAME_JOINERS = frozenset("of for and on".split())  # "said the Bureau of Labor Statistics"
_SAID_LEAD = re.compile(r"\s+(?=[a-z])")
# a name closing the phrase ("said company spokesman Ron Bell") or set off after it ("said a spokesman, Ron Bell.")
_CLOSING_NAME = re.compile(r"(?:^|\s)((?:[A-Z][a-z’'-]+|[A-Z]\.)(?:\s+(?:[A-Z][a-z’'-]+|[A-Z]\.)){1,3})$")
_NAME_AFTER_SAID = re.compile(r",\s+((?:[A-Z][a-z’'-]+|[A-Z]\.)(?:\s+(?:[A-Z][a-z’'-]+|[A-Z]\.)){1,3})"
                              r"(?=\s*[,.;]|\s*$)")
_SAID_HEADS = PERSON_HEADS | COLLECTIVE_HEADS | frozenset(("spokesperson", "police"))


def _said_description(sentence: str, verb_end: int) -> Attribution | None:
    """", said a spokesman for the company.", ", said company spokesman Ron Bell.", ", said police.": a speaker
    described in lower case after the verb (its name, when one closes the phrase or is set off after it)."""
    lead = _SAID_LEAD.match(sentence, verb_end)
    np = _NP_AFTER.match(sentence, lead.end()) if lead else None
    if not np:
        return None
    rest = sentence[np.end():]
    if rest.strip() not in ("", ".") and rest[:1] not in ",;" or _DIGIT.search(np.group()):
        return None  # ", said the company would ...": a clause said, not who said it
    words = np.group().split()
    cut = next((j for j, w in enumerate(words) if j and (w in ("in", "on", "at", "to", "Monday", "Tuesday",
                "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "last", "this", "earlier", "late")
                                                          or w in _CLAUSE_OPENERS)), None)
    if cut is not None:  # ", said police in a statement", ", said police on Monday"
        if words[cut] in _CLAUSE_OPENERS:
            return None
        end = np.start() + len(" ".join(words[:cut]))
        words, np = words[:cut], re.compile(r".+").match(sentence[:end], np.start())
    # the head a few words in: "a company spokesman", "police spokesman Tom Ray", "a spokesman for the company"
    k = next((k for k in range(min(len(words), 6)) if words[k].lower().strip("’'") in _SAID_HEADS and (
        k + 1 == len(words) or words[k + 1] in _BODY_JOINERS or all(
            w[:1].isupper() for w in words[k + 1:_name_end(words, k + 1)]))), None)
    if k is None or any(w in _CLAUSE_OPENERS or w in _AUX_WORDS for w in words[:k]):
        return None
    j = _name_end(words, k + 1)
    if k + 1 < j < len(words) and looks_like_person(" ".join(words[k + 1:j])):
        # ", said economist Jane Roe of Acme Bank": the person the head names, not the body after "of"
        phrase = np.group()
        at = phrase.find(words[k + 1], phrase.find(words[k]) + len(words[k]))
        end = phrase.find(words[j - 1], at) + len(words[j - 1])
        return Attribution(np.start() + at, np.start() + end, phrase[at:end], "sentence")
    named = _CLOSING_NAME.search(np.group()) if k + 1 < len(words) else None
    if named and looks_like_person(named.group(1)) and named.start(1) >= np.group().find(words[k]):
        return Attribution(np.start() + named.start(1), np.start() + named.end(1), named.group(1), "sentence")
    aside = _NAME_AFTER_SAID.match(sentence, np.end())
    if aside and looks_like_person(aside.group(1)):
        return Attribution(aside.start(1), aside.end(1), aside.group(1), "sentence")
    raw = np.group().rstrip(" .")
    body = _FOR_BODY.search(raw)
    if body and words[k].lower() in PERSON_HEADS:  # "a spokesman for the company": the company speaks
        return Attribution(np.start() + body.start(1), np.start() + len(raw), body.group(1), "sentence")
    return Attribution(np.start(), np.start() + len(raw), raw, "sentence")


_BODY_JOINERS = ("for", "of", "at", "with")


def _name_end(words: list[str], k: int) -> int:
    """Where a name that starts at words[k] ends: at the first "for", "of", "at" or "with" ("Jane Roe of Acme
    Bank"), or at the end."""
    return next((j for j in range(k, len(words)) if words[j] in _BODY_JOINERS), len(words))


_FOR_BODY = re.compile(r"\s(?:" + "|".join(_BODY_JOINERS) + r")\s+((?:the\s+)?(?:[a-z]+\s+){0,2}(?:"
                       + "|".join(sorted(BODY_HEADS))
                       + r")|(?:the\s+)?[A-Z][\w.&’'-]*(?:\s+(?:(?:of|for|and|&|the)\s+)?[A-Z][\w.&’'-]*)*)$")


_DATA_HEAD_LISTS = [[w] for w in ("poll", "survey", "report", "study", "analysis")]
_BARE_PARTICIPLES = frozenset("forecast broadcast".split())  # "It was forecast to": passive, past no "-ed"


def _released_participle(sentence: str, verb: str, aux: list, np: tuple[int, str] | None,
                         pos: int) -> tuple[bool, Attribution | None]:
    """Whether "released" at pos is a participle after a document, and the document when it is a source."""
    if verb not in ("released", "published", "issued") or aux:
        return False, None
    if np and verb != "issued" and np[1].split()[-1].lower() in DATA_HEADS and np[1].split()[0].lower() in _DETERMINERS:
        # "a new X poll released Thursday": the document, a source when it names its owner; "the second
        # estimate released last month" names nobody (a report does not release: a participle, not a verb)
        document = Attribution(np[0], np[0] + len(np[1]), np[1], "sentence")
        return True, None if document.is_description else document
    # "in a Marist College poll published Monday": a participle after the document, not its verb
    return sentence[max(0, pos - 16):pos].split()[-1:] in _DATA_HEAD_LISTS, None


def _aux_before(sentence: str, pos: int) -> re.Match | None:
    """"has also" in "has also said": auxiliaries and adverbs just before a verb."""
    window = sentence[max(0, pos - 40):pos]
    last = (window.replace("—", " ") if "—" in window else window).rsplit(None, 1)[-1:]  # "—also found"
    if not last or last[0] not in _AUX_WORDS or not window[-1:].isspace():
        return None
    m = _AUX.search(sentence, max(0, pos - 40), pos)
    if m and _HABITUAL.search(m.group()) and not sentence.startswith(("report", "count", "estimat", "tall"), pos):
        return None  # "police often reported 600 a year": a habit of counting; "often boasts about": no statement
    return m


_HABITUAL = re.compile(r"\b(?:often|usually|routinely|regularly|typically|frequently|sometimes)\b")
_PASSIVE_AUX = frozenset(("is", "are", "was", "were", "been"))
# (the first letters of _CALENDAR_WORD's words, and "" for no word at all: a cheap test before its matches)
_CALENDAR_INITIALS = frozenset(("J", "F", "M", "A", "S", "O", "N", "D", ""))


def _subject_of(sentence: str, v: _VerbAt) -> Attribution | None:
    """"X said", "X, who ..., told": the subject before an attribution verb, or None."""
    end = v.stop  # (v a _VerbAt: its offsets read as fields; at and end read often below, kept, not called for)
    aux_match = _aux_before(sentence, v.at)
    at = aux_match.start() if aux_match else v.at
    m = _VerbAt(at, end, v.verb) if aux_match else v  # (the verb's own offsets when no auxiliary leads it)
    verb, aux = m.verb, (aux_match.group().split() if aux_match else [])
    if verb in _NOUNLIKE and sentence[:at].rstrip()[-1:] in ("", ",") and not (
            verb in ("shows", "finds", "estimates") and _DATA_APPOSITIVE.search(sentence, max(0, at - 240), at)
            or _RELATIVE_ASIDE.search(sentence, max(0, at - 200), at)
            or _NAME_ASIDE_CLOSED.search(sentence, max(0, at - 200), at)
            or sentence.startswith(" that ", end) and _NAME_SET_OFF.search(sentence, max(0, at - 80), at)):
        return None  # "..., reports" is a noun; but "The poll, taken in May, shows" is the poll's verb, and so is
        # "Results from Buck Consulting, a firm that surveyed 350 employers, say"
    if verb in _NOUNLIKE and not aux and (_label_noun(sentence, m) or _verb_follows(sentence, m.stop)) \
            or aux and (verb.endswith("ed") or verb in _BARE_PARTICIPLES) and not _PASSIVE_AUX.isdisjoint(aux):
        return None  # passive: "is expected to", "were reported"; "The X report comes a day ahead": a noun
    contact = _contact_relative(sentence, verb, at) if verb in _EXPECTING else None
    if contact:
        return contact
    np = _subject_np(sentence, at)
    participle, document = _released_participle(sentence, verb, aux, np, at)
    if participle:
        return document
    context = ""
    np = np or _data_subject(sentence, verb, at) or _restrictive_subject(sentence, at) \
        or _group_at_place(sentence, at)
    if np is None:
        aside = _appositive_subject(sentence, at)
        if aside is None:
            return None
        np, context = aside[:2], aside[2]
    start, raw = _issuer(sentence, *_relative_that(*np))
    if raw.lower() in ("which", "that", "who"):
        return _relative_subject(sentence, start, at_end=_set_off(sentence, start, end))
    if raw.lstrip()[:1] in _CALENDAR_INITIALS and all(_CALENDAR_WORD.match(w) for w in raw.split()) \
            or _counted_or_compared(sentence, start, raw, verb) \
            or _own_record(sentence, verb, end, raw) or " than " in raw and _THAN_WHOM.search(raw) \
            or not aux and _owners_participle(sentence, verb, raw, end):
        # "Americans said they were against it": those a poll asked, not its source; "a bigger gain than analysts
        # had forecast": a comparison with their forecast
        return None
    if all(w.lower() in _DETERMINERS or w.lower() in ("our", "my", "your") for w in raw.split()):
        # "The estimate of 29 million, which ...": a noun after a determiner, not a verb; the speaker only
        # when a verb of saying follows before any figure ("The report, out Tuesday, shows 5%")
        later = next((w for w in _occurrences(sentence[end:], _VERB_SET) if w.verb not in _NOUNLIKE), None)
        if later is None or any(c.isdigit() for c in sentence[end:end + later.at]):
            return None
        raw = sentence[start:end]
    if len(raw.split()) == 1 and (raw.lower() in DESCRIBING or _ADVERB.search(raw) or raw in _FIRST_PERSON):
        # "Provisional estimates show": an adjective before a noun, not a subject; "We expect ...": the writer's
        # own words, or, in a quotation, whoever the quotation is told by
        return None
    part = _PART_OF.search(sentence, max(0, start - 40), start) if sentence.endswith("of ", 0, start) else None
    if part and part.group(2).lower() in DOCUMENT_PARTS:  # "a summary of the report said": the report's part
        raw, start = sentence[part.start():start + len(raw)], part.start()
    # "the 3% the bank forecast in May": what the clause says of the figure before it (not those it counts)
    contact = Attribution(start, start + len(raw), raw, "relative", context=context) if verb in _EXPECTING \
        and not raw.endswith(("’s", "'s")) and _named_contact_relative(sentence, start, end) else None
    if contact or _counted(sentence, start, raw):
        return contact  # "78% of Americans say": those counted, not who counted them
    if verb in _NOUNLIKE and not aux and _owned_noun(sentence, start, raw, verb):
        return None  # "its September report on crime", "Monday's report": a noun, not a verb
    return _subject_attribution(sentence, m, start, raw, context)


_IMPERSONAL = frozenset(("it", "that", "there"))  # "It's estimated", "That's reported": "it is", no owner
# after an owner's participle, the noun it describes: "revised rate", "projected shortfall" (not "revised its
# forecast", "estimated that", "reported 40 cases")
_PARTICIPLE_BEFORE_NOUN = re.compile(r"\s+(?!(?:that|the|a|an|its|their|his|her|this|these|those|to|on|in|at|by|for|"
                                     r"with|from|of|as|and|but|or|last|this|on|about|over|nearly|some|more|less|"
                                     r"fewer|almost|roughly|around|up|down)\b)[a-z][a-z-]+\b")
def _owners_participle(sentence: str, verb: str, raw: str, end: int) -> bool:
    """"It's estimated that ...": an impersonal passive, no one's word; "December's revised rate was 11%", "the
    county's reported cases": a participle before the owner's noun, no verb of saying."""
    return verb.endswith("ed") and raw.endswith(("’s", "'s")) and (
        raw[:-2].lower() in _IMPERSONAL or _PARTICIPLE_BEFORE_NOUN.match(sentence, end) is not None)


_FIRST_PERSON = frozenset(("I", "We"))  # (capitalised, so read as a name; "we" in lower case never is)
_WITH_BEFORE = re.compile(r"\b[Ww]ith\s+(?:(?:nearly|almost|most|all|many|some|several|few|the|its|their)\s+)*$")


def _counted_or_compared(sentence: str, start: int, raw: str, verb: str) -> bool:
    """"Americans said", "Companies announced": those a poll asked or a tally counts; ", matching analysts
    forecasts": the object of a participle of comparing, no subject."""
    words = raw.split()
    head, first = words[-1].lower(), words[0]
    if head in _RESPONDENTS or verb in _ANNOUNCING and head in _ACTING_PLURALS:
        return True
    if verb.endswith("ing") and _WITH_BEFORE.search(sentence, max(0, start - 30), start):
        return True  # "With nearly all automakers reporting, analysts said": an absolute phrase, not the speaker
    return first.endswith("ing") and raw[:1].islower() and first not in _ING_ADJECTIVES \
        and sentence[:start].rstrip().endswith(",")


# -ing words that describe a subject ("leading economists said"), not participles taking an object
_ING_ADJECTIVES = frozenset("leading visiting consulting polling governing ruling ranking outgoing incoming working "
                            "founding managing presiding attending participating remaining existing independent "
                            "acting supervising investigating".split())
_THAN_WHOM = re.compile(r"\bthan\s+(?:(?:the|most|many|some|other|private|Wall\s+Street)\s+)?[\w’'-]+$")


# A document or body with a restrictive relative clause before its verb: "One government survey that tracks the job
# market by canvassing households found", "The agency that runs the ports reported"
# (led by the determiner's letter, what may stand before it checked behind it: a scan for those letters)
_RESTRICTIVE_SUBJECT = re.compile(
    r"([OoAaTtIi](?<![^\s,;:—-][OoAaTtIi])(?:(?<=[Oo])ne|(?<=[Aa])n?|(?<=[Tt])he|(?<=[Ii])ts|(?<=[Tt])heir|"
    r"(?<=[Tt])his|(?<=[Aa])nother)\s+(?:[\w-]+\s+){0,3}?(?:"
    + "|".join(sorted(DATA_HEADS | BODY_HEADS)) + r"))\s+(?:that|which|who)\s+[^,;:\d]{3,120}?\s+$")


def _restrictive_subject(sentence: str, pos: int) -> tuple[int, str] | None:
    """"One survey that tracks households found": the document or body before its relative clause."""
    at = max(0, pos - 200)
    if not (" that " in sentence or " which " in sentence or " who " in sentence) or (
            sentence.find("that", at, pos) < 0 and sentence.find("which", at, pos) < 0
            and sentence.find("who", at, pos) < 0):
        return None  # (and the relative word within the scan's reach: a sentence may hold it only after the verb)
    rel = _RESTRICTIVE_SUBJECT.search(sentence, at, pos)
    return (rel.start(1), rel.group(1)) if rel else None


# People named by what they do, with where they work after them: "Officers at the Otay Mesa port said",
# "officials in the county's health department reported" (the place ends in a lower-case word no subject ends in)
_GROUP_AT_PLACE = re.compile(
    r"(?:^|(?<=[\s,;:—–(]))((?:[Tt]he\s+)?(?:[A-Z][\w.&’'-]*\s+){0,4}(?:[Oo]fficials|[Oo]fficers|[Aa]gents|"
    r"[Ii]nvestigators|[Rr]esearchers|[Aa]uthorities|[Ii]nspectors|[Dd]eputies|[Tt]roopers|[Ss]cientists|"
    r"[Ss]pokes(?:man|woman|person)))\s+(?:at|in|from|with|for|of)\s+"
    r"((?:the\s+|its\s+|their\s+)?(?:[\w.&’'-]+\s+){0,7}?)$")
_NOT_PLACE_WORDS = _CLAUSE_OPENERS | _AUX_WORDS | frozenset("than or nor not said says say".split())


def _group_at_place(sentence: str, pos: int) -> tuple[int, str] | None:
    """"Officers at Laredo Field Office ports of entry said": the officers and where they work, whole (a phrase
    with no verb, clause word or figure in it)."""
    at = max(0, pos - 140)
    reach = sentence[at:pos]
    if not ("ffic" in reach or "gents" in reach or "nvestigators" in reach or "esearchers" in reach
            or "uthorities" in reach or "nspectors" in reach or "eputies" in reach or "roopers" in reach
            or "cientists" in reach or "pokes" in reach):
        return None  # (one of its group words is in the scan's reach: a few substring tests, far cheaper than it)
    m = _GROUP_AT_PLACE.search(sentence, at, pos)
    if not m or _DIGIT.search(m.group(2)) or any(w.lower() in _NOT_PLACE_WORDS or w.endswith("ed") and w[:1].islower()
                                                 for w in m.group(2).split()):
        return None
    return m.start(1), sentence[m.start(1):pos].rstrip()


# Finite verbs that show the word before them is a noun: "The Challenger report comes a day ahead of ...",
# "the agency's estimate was 4,000", "Analysts' forecasts were for ..."
_FINITE_AFTER = frozenset("comes came is was are were will would has have had showed shows said says found finds "
                          "suggests suggested follows followed covers covered adds added noted notes indicated "
                          "indicates arrives arrived put puts pegged pegs".split())
_NEXT_WORD = re.compile(r" ([a-z]+)\b")


def _verb_follows(sentence: str, end: int) -> bool:
    """A finite verb right after a word of saying that is also a noun ("report", "estimate", "forecast")."""
    nxt = _NEXT_WORD.match(sentence, end)
    return nxt is not None and nxt.group(1) in _FINITE_AFTER


def _label_noun(sentence: str, m: _VerbAt) -> bool:
    """"Job cuts jump 68%: Challenger report": a data word ending the line in a short label after a colon."""
    return not sentence[m.end():].strip(" .!\"”") and ":" in sentence \
        and len(sentence[sentence.rfind(":", 0, m.start()) + 1:m.start()].split()) <= 4


def _subject_attribution(sentence: str, m: _VerbAt, start: int, raw: str, context: str) -> Attribution | None:
    """The subject found, with the figures it covers: the sentence when set off at its end, or those after it."""
    at_end = _set_off(sentence, _data_lead(sentence, start), m.end())
    if m.verb in ("added", "adds") and not at_end and not sentence[m.end():].lstrip().startswith("that"):
        return None  # "Purchases added 1.7 points": adding, not saying
    return Attribution(start, start + len(raw), raw, _relative_scope(sentence, start) or (
        "sentence" if at_end else "after"), context=context)


# Forecasting verbs: what a contact relative clause ("the 1.1 million analysts expected") says of the figure
_EXPECTING = frozenset("expected expect expects forecast predicted projected estimated anticipated".split())
# Words that end the noun a contact relative follows ("the 5 percent drop in output analysts expected"): a new
# clause's opener or verb ("$40 billion after economists predicted a surplus" is no relative clause)
_NOT_NOUN = _CLAUSE_OPENERS | _AUX_WORDS | frozenset("than or nor be did does do could should may might not".split())
_CONTACT_RELATIVE = re.compile(r"\d[\d.,]*(?:\s*(?:%|percent|million|billion|trillion|thousand))?(?:-[a-z]+)?\s+"
                               r"(?:that\s+|which\s+)?(?:(?!(?:" + "|".join(sorted(_NOT_NOUN)) + r")\s)[a-z]+\s+){0,4}?"
                               r"((?:(?:most|many|some|several|few|other|private|outside|independent)\s+)?"
                               r"(?:analysts|economists|forecasters|experts|"
                               r"traders|investors))\s+"
                               r"(?:(?:had|have|has)\s+)?(?:(?:on\s+average|widely|generally)\s+)?$")
# A contact relative clause whose subject is a named body: "the deficit of $244 billion the Treasury forecast in
# May", "the 3% rise the ministry had projected": the figure just before the subject (past at most two words of its
# noun) is what the clause says was forecast; the verb has no object of its own (what follows is a time phrase or
# the clause's end), so the figures after it are not the subject's
_CONTACT_FIGURE = re.compile(r"\d(?:[\d.,]*\d)?(?:\s*(?:%|percent|million|billion|trillion|thousand))?(?:-[a-z]+)?"
                             r"(?:\s+(?!(?:" + "|".join(sorted(_NOT_NOUN)) + r")\s)[a-z]+){0,2}\s+$")
_NO_OBJECT = re.compile(r"\s*(?:[,.;:)—–]|$)|\s+(?:in|on|last|earlier|this|for|at|back|"
                        r"previously|before)\b(?!\s+(?:a|an)\s)")


def _named_contact_relative(sentence: str, start: int, verb_end: int) -> bool:
    """"the deficit of $244 billion the Treasury forecast in May": a figure right before the subject, and a verb
    with no object after it."""
    return bool(_NO_OBJECT.match(sentence, verb_end) and _CONTACT_FIGURE.search(sentence, max(0, start - 50), start))


_RELATIVE_THAT = re.compile(r"(?<![,;:])\s([\w’'-]+(?:[.,]\d+)*)\s+(?:that|which)\s+$")


def _relative_scope(sentence: str, start: int) -> str | None:
    """", which the Census Bureau said is a first": a comment on the whole clause before, so the whole
    sentence is the speaker's; "the 1 million deportations that officials have outlined": an object relative
    clause, the speaker's only for the figure of the noun it follows ("moves that analysts said could ...,
    the governor cut $1 billion": not for figures after it)."""
    if not sentence.endswith(("that ", "which "), 0, start):
        return None
    if sentence.endswith(", which ", 0, start):
        return "sentence"
    m = _RELATIVE_THAT.search(sentence, max(0, start - 40), start)
    if not m or m.group(1).lower() in _VERB_SET or m.group(1).lower() in _CLAUSE_OPENERS \
            or m.group(1).lower() in ("so", "such", "now", "fact", "than"):
        return None  # "said that officials ...": a verb's complement, not a relative clause
    return "relative"


_DATA_LEAD = re.compile(r"(?:\b(?:[Tt]he|[Aa]n?|[Ii]ts|[Tt]heir)\s+)?(?:[\w-]+\s+){0,2}(?:data|figures|estimates|"
                        r"statistics|numbers|records|projections|reports?|analysis|study|survey)\s+(?:(?:prepared|"
                        r"compiled|released|published|issued|collected|produced|gathered|kept)\s+)?(?:by|from)\s+$")


# Prepositions of time before "the EIA report": "before the EIA report", "ahead of the Labor Department report"
_TIME_PREPOSITIONS = frozenset("before after of following since until ahead awaiting".split())


def _owned_noun(sentence: str, start: int, raw: str, verb: str = "") -> bool:
    """"its September report", "Monday's report": the word after the phrase is a noun it determines; so is a
    bare "report" after "before the EIA" (a singular name takes "reports")."""
    before = sentence[:start].rsplit(None, 1)[-1:]  # (the last word: no need to split them all)
    if before and before[0].lower() in _TIME_PREPOSITIONS and not verb.endswith("s") \
            and raw.split()[0].lower() in ("the", "a", "an") and not raw.split()[-1].endswith("s"):
        return True
    if before == ["that"] and raw.split()[-1].lower() in COLLECTIVE_HEADS:
        return False  # "the fire that officials say destroyed": a relative pronoun, not "that" of a plural
    return raw.endswith(("’s", "'s")) or bool(before) and before[0].lower() in _DETERMINERS


def _data_lead(sentence: str, start: int) -> int:
    """", the estimates prepared by the OMB showed.": where the data phrase that leads the name starts."""
    lead = _DATA_LEAD.search(sentence, max(0, start - 60), start) if sentence.endswith(("by ", "from "), 0, start) \
        else None
    return lead.start() if lead else start


def _relative_that(start: int, raw: str) -> tuple[int, str]:
    """"moves that analysts said": "that" is a relative pronoun, not the determiner of "analysts"."""
    if raw.startswith("that ") and raw.split()[-1].lower() in COLLECTIVE_HEADS:
        return start + 5, raw[5:]
    return start, raw


_PART_WORDS = frozenset("majority minority most half share many some none each one all percent third quarter "
                        "plurality few several rest both either neither".split())


_COUNT_BEFORE = re.compile(r"(?:(?<!\b[12]\d\d)\d|%|percent|\bof)\s*$")  # (not a year's digits)


def _counted(sentence: str, start: int, raw: str) -> bool:
    """"78% of Americans", "most of the states": those counted; but "a source under the umbrella of CBP told" is
    the organisation's."""
    before = sentence[max(0, start - 12):start]
    last = before.rstrip()[-1:]  # (what _COUNT_BEFORE must end with, told before the regex: most subjects have none)
    if not (last.isdecimal() or last in ("%", "t", "f")):
        return False
    m = _COUNT_BEFORE.search(before)
    if not m or not m.group().startswith("of"):
        return bool(m)
    word_before = sentence[max(0, start - 40):start].split()[-2:-1]
    organisation = re.fullmatch(r"(?:the\s+)?[A-Z]{2,}", raw) or not ORGANISATION_WORDS.isdisjoint(
        w.lower() for w in raw.split())
    return not organisation or not word_before or word_before[0].lower() in _PART_WORDS \
        or _numberish(word_before[0])


_RESPONDENTS = frozenset("americans voters adults respondents people consumers parents households polled surveyed "
                         "interviewed employers businesses".split())
# "Companies announced plans to cut 60,000 jobs", "Retailers announced the most cuts": the acts a tally counts
# (firms that announce cuts, plants, closings), not its source -- unlike "Police announced 40 arrests"
_ANNOUNCING = frozenset("announced announce announces".split())
_ACTING_PLURALS = frozenset("companies firms retailers manufacturers automakers carmakers banks lenders airlines "
                            "restaurants stores chains startups insurers utilities producers drillers exporters "
                            "importers brands sectors industries employers businesses".split())
_ISSUED = re.compile(r"\b(?:issued|released|published|unveiled|produced)\s+$")


def _issuer(sentence: str, start: int, raw: str) -> tuple[int, str]:
    """"the Senate Fiscal Agency issued a report projecting ...": the report's projection is the issuer's."""
    if raw.split()[-1].lower() not in DATA_HEADS or raw.split()[0].lower() not in ("a", "an", "its", "their", "new"):
        return start, raw
    issued = _ISSUED.search(sentence, max(0, start - 12), start)
    np = _np_before(sentence, issued.start()) if issued else None
    return np if np and np[1].lower() not in ("which", "that", "who") else (start, raw)


def _contact_relative(sentence: str, verb: str, pos: int) -> Attribution | None:
    """"above the 1.1 million analysts expected": the figure is what they expected."""
    contact = _CONTACT_RELATIVE.search(sentence, max(0, pos - 80), pos) if verb in _EXPECTING else None
    return Attribution(contact.start(1), contact.end(1), contact.group(1), "relative") if contact else None


def _subject_np(sentence: str, pos: int) -> tuple[int, str] | None:
    """The subject before a verb at pos, past a participle ("The results released Wednesday showed")."""
    np = _np_before(sentence, pos)
    if np and np[1] in ("they", "They") and _SAID_BEFORE.search(sentence, max(0, np[0] - 12), np[0]):
        return None  # "30% said they would": those who answered, not a source
    if np is None and sentence[:pos].rstrip().endswith(_PARTICIPLE_ENDS):
        released = _RELEASED_TAIL.search(sentence, max(0, pos - 60), pos)
        if released:
            np = _np_before(sentence, released.start())
    # (the "ing " test first: it fails for most verbs, and is cheaper than reading the phrase's head)
    if sentence.find("ing ", max(0, pos - 60), pos) >= 0 and (
            np is None or np[1].split()[-1].lower() not in DESCRIPTION_HEADS):
        about = _DOCUMENT_ABOUT.search(sentence, max(0, pos - 90), pos)
        if about:  # "A press release detailing the news notes": the release, not the news
            np = about.start(1), about.group(1)
    return np


_DOCUMENT_ABOUT = re.compile(r"([TtAaIi](?<!\w[TtAaIi])(?:(?<=[Tt])he|(?<=[Aa])n?|(?<=[Ii])ts|(?<=[Tt])heir)\s+"
                             r"(?:[\w-]+\s+){0,2}(?:release|report|statement|study|analysis|survey|memo|document|"
                             r"update|bulletin|letter))\s+(?:detailing|describing|outlining|summarizing|summarising|"
                             r"announcing|accompanying)\s+(?:[\w’'-]+\s+){1,5}$")


_SAID_BEFORE = re.compile(r"\b(?:said|say|says|stated|reported|told\s+\w+)\s+$")
_PARTICIPLE_ENDS = ("released", "published", "issued", "day", "week", "month", "today", "yesterday", "earlier")
_RELEASED_TAIL = re.compile(r"\s+(?:released|published|issued)(?:\s+(?:on\s+)?[A-Z][a-z]+day|\s+today|\s+yesterday"
                            r"|\s+(?:earlier\s+|late\s+)?(?:this|last)\s+(?:week|month))?\s*$")
_PART_OF = re.compile(r"\b(?:(?:[Aa]n?|[Tt]he|[Ii]ts)\s+)?([a-z]+\s+)?([a-z]+)\s+of\s+$")
_SHOW_OWN = frozenset("showed shows show recorded records".split())
_OWN_RECORD = re.compile(r"\s+(?:its|their|the\s+(?:fewest|most|highest|lowest|largest|smallest|biggest|best|worst))\b")


def _own_record(sentence: str, verb: str, verb_end: int, raw: str) -> bool:
    """"Chicago showed its highest gain", "The city recorded the fewest crimes": a place's own record, not
    a source's report (an organisation, a document or "that" showing it still reports it)."""
    if verb not in _SHOW_OWN or not _OWN_RECORD.match(sentence, verb_end):
        return False
    words = [re.sub(r"(?:’s|'s)$", "", w).lower() for w in raw.split()]
    return not (words[-1] in DATA_HEADS or words[-1] in PRONOUNS or words[-1] in ("that", "which")
                or re.fullmatch(r"[A-Z]{2,}", raw.split()[-1])
                or not (ORGANISATION_WORDS | _NAMED_BODIES | COLLECTIVE_HEADS).isdisjoint(words))


_ADVERB = re.compile(r"(?:ally|ely|ently|ously|ively|arly)$")  # "Generally expected": no name ends so


_DATA_OF = re.compile(r"([TtAa](?<!\w[TtAa])(?:(?<=[Tt])he|(?<=[Aa])n?)\s+(?:[\w’'-]+\s+){0,6}"
                      r"(?:survey|report|poll|study|analysis|data|index|count|figures|review|audit|average|tally|"
                      r"tracker))\s+(?:of|on)\s+(?:[\w’'-]+\s+){0,7}[a-z][\w-]*\s+$")


# a determiner inside a data phrase after a word that is neither a preposition nor "and": a verb's object ("The FBI
# based its figures"), so no one noun phrase (but "The results of its survey", "The CBO and its analysis")
_TWO_PHRASES = re.compile(r"\s(?!(?:of|in|on|for|from|by|with|at|to|and|&)\s)[\w’'-]+\s+"
                          r"(?:its|their|his|her|the|a|an)\s")


def _data_subject(sentence: str, verb: str, pos: int) -> tuple[int, str] | None:
    """A data phrase that is the subject though not just before the verb: "Today's average includes ..., and
    shows that 79% ...", "The household survey of employment showed"."""
    if verb in _NOUNLIKE and sentence.endswith(" and ", 0, pos):
        return _leading_data_subject(sentence)
    if sentence.find(" of ", max(0, pos - 40), pos) >= 0 or sentence.find(" on ", max(0, pos - 40), pos) >= 0:
        of = _DATA_OF.search(sentence, max(0, pos - 120), pos)
        if of and of.group(1).endswith(("average", "tally", "tracker")) and of.group(1)[1:] == of.group(1)[1:].lower():
            return None  # "the Real Clear Politics average of polls shows": a named average; not "the average of"
        if of and _TWO_PHRASES.search(of.group(1)):
            return None  # "The FBI based its figures on crime reports from": a clause, its verb's object "its figures"
        return (of.start(1), of.group(1)) if of else None
    return None


def _leading_data_subject(sentence: str) -> tuple[int, str] | None:
    """The data phrase that opens the sentence ("Today's three-day average"), subject of a verb further on."""
    words = sentence[:80].split()[:6]
    j = next((k for k, w in enumerate(words) if w.lower() in DATA_HEADS), None)
    if j is None or not j:
        return None
    end = sentence.find(words[j]) + len(words[j])
    np = _np_before(sentence, end)
    return np if np and np[0] == 0 else None


_RELATIVE_DATA = re.compile(r"((?:(?:a|an|the)\s+)?(?:[A-Z][\w.&’'-]*\s+)+(?:poll|survey|study|report|analysis|"
                            r"data|estimates|figures|review|audit|index))\b[^,;]{0,30}$")
# "the Labor Department's widely watched monthly jobs release, which reported": the owner of the document
_RELATIVE_OWNED = re.compile(r"((?:[Tt]he\s+)?(?:" + _OWNER_WORD + r"){0,4}[A-Z][\w.&-]*[’']s)\s+(?:[\w-]+\s+){0,4}"
                             r"(?:release|report|survey|poll|study|data|figures|estimates|index|analysis|review)\s*,\s*$")
_RELATIVE_NAME = re.compile(r"([A-Z][\w.’'-]*(?:\s+(?:of\s+)?[A-Z][\w.’'-]*){0,4}),\s*$")


def _relative_subject(sentence: str, start: int, at_end: bool) -> Attribution | None:
    """"a Gallup poll out last month that showed", "Los Angeles, which reported": the phrase "that" or
    "which" stands for."""
    head = sentence[:start]
    if head.rstrip()[-1:] == "," and sentence[start:start + 3] == "who":  # "surprised analysts, who had forecast"
        last = _TOKEN.findall(head, max(0, start - 40))[-2:-1]
        if last and last[0].lower() in COLLECTIVE_HEADS:
            at = head.rstrip().rfind(last[0])
            return Attribution(at, at + len(last[0]), last[0], "sentence" if at_end else "after")
    m = _RELATIVE_DATA.search(head, max(0, start - 120)) if head.rstrip()[-1:] != "," else \
        _RELATIVE_NAME.search(head, max(0, start - 80)) or _RELATIVE_OWNED.search(head, max(0, start - 160))
    if not m:
        return None
    raw = re.sub(r"[’']s$", "", m.group(1))
    if raw.split()[0] in _LEADING_PREPOSITIONS or _numberish(raw) or _CALENDAR_WORD.match(raw.split()[-1]) \
            or raw.split()[-1].lower() in _TIME_OWNERS:
        return None  # "Monday's report, which showed": a time, not an owner
    return Attribution(m.start(1), m.end(1), raw, "sentence" if at_end else "after")


# The day a source said it, right after its verb: "said on Nov. 15", "reported Jan. 3, 2024", "said on 4 March"
_DATE_OF_SAYING = re.compile(r"^\s+(?:[a-z]+\s+){0,3}?(?:on\s+)?(?:(?:[A-Z][a-z]+day,?\s+)?" + MONTH_RE
                             + r"\s+\d{1,2}(?:st|nd|rd|th)?|\d{1,2}\s+" + MONTH_RE + r")(?:,?\s+(?:19|20)\d\d)?\b")
_TRAILING_LOWER = re.compile(r"(?:\s+[a-z][\w-]*){0,2}$")
_SUBORDINATORS = frozenset("though although while because since when whereas unless if after before until".split())


_SAID_WHERE = frozenset("in on at via through during".split())  # "said in a statement", "said on its website"


def _set_off(sentence: str, start: int, verb_end: int) -> bool:
    """", the BLS said." at the end of a sentence, or ", the Labor Department said Friday, and ...":
    set off by commas, the attribution covers the figures before it too."""
    tail = sentence[verb_end:]
    if _DIGIT.search(tail, 0, 40):  # ", the agency said on Nov. 15.", "said Jan. 3, 2024": a date is no figure
        tail = _DATE_OF_SAYING.sub(" ", tail)
    if ";" in tail:  # "..., the Labor Department said; economists had forecast 225,000.": the clause ends there
        tail = tail.split(";", 1)[0]
    if tail.startswith(" that "):
        return False  # "..., Taylor estimates that shortfalls will grow": what was said follows the verb
    # "..., police Superintendent Larry Snelling said": a lowercase word or two may lead the name
    head = sentence[:start].rstrip()
    if head.endswith(" and"):  # ", the Census Bureau and the Labor Department said": the joint subject's first
        first = _np_before(sentence, len(head) - 4)
        head = sentence[:first[0]].rstrip() if first else head
    if head[-1:] in (",", "”", "\""):
        before = head
    else:
        padded = " " + head
        lead = _TRAILING_LOWER.search(padded, max(0, len(padded) - 80))  # two words at most: look no further back
        if not _SUBORDINATORS.isdisjoint(lead.group().split()):
            return False  # ", even though the president said ...": a clause of its own, not an aside
        before = padded[:lead.start()][1:].rstrip()
        if before[-1:] not in (",", "”", "\"") and head and head.rsplit(None, 1)[-1].lower() in PERSON_HEADS:
            # ", state Department of Health spokeswoman Jane Roe said": a title led by its body's name
            comma = head.rfind(",", max(0, len(head) - 100))
            # (a longer title after a quotation it closes: '," the governor's labor and workforce development
            # chief Jo Poe said')
            longest = 12 if head.startswith(("\"", "”"), comma + 1) else 8
            if comma >= 0 and not _DIGIT.search(head, comma) and len(head[comma:].split()) <= longest \
                    and (longest == 12 or len(head) - comma <= 70):
                before = head[:comma + 1]
    if before[-1:] not in (",", "”", "\"", "—", "–"):
        return False
    if len(tail.split(None, 10)) <= 10 and not _DIGIT.search(tail):  # (ten words at most: no need to count on)
        return True
    if "," not in tail:
        return False
    first_part = tail.split(",", 1)[0]
    words = first_part.split()
    # "..., the Treasury said in its monthly budget statement, the second ...": where it said it, then an aside
    return not _DIGIT.search(first_part) and (len(words) <= 4 or len(words) <= 8 and words[0] in _SAID_WHERE)


_APPOSITIVE = re.compile(r"([A-Z][\w.’'-]+(?:\s+[A-Z]\.?)?(?:\s+(?:(?:of|for|and|&)\s+)?[A-Z][\w.’'-]+){0,4}),"
                         r"\s+(?:[^,]|(?<=\d),(?=\d)){3,160},\s*$")


# "X, which tracks cases, reports", "GasBuddy, which surveys 150,000 stations, reported" (a number's comma is no break)
# a name, then an aside that describes it ("Buck Consulting, a benefits firm that surveyed 350 employers,")
_NAME_ASIDE_CLOSED = re.compile(r"[A-Z][\w.&’'-]*,\s+(?:a|an|the)\s+(?:[^,]|(?<=\d),(?=\d)){3,160},\s*$")
_RELATIVE_ASIDE = re.compile(r"[A-Za-z],\s+(?:which|who)\s+(?:[^,]|(?<=\d),(?=\d)){3,160},\s*$")
# "Stores, including chains such as Wal-Mart, said", "The company, based in Ohio, said": an aside of members or place
_MEMBERS_ASIDE = re.compile(r"[A-Za-z],\s+(?:including|like|such\s+as|among\s+them|along\s+with|together\s+with|"
                            r"(?:based|headquartered)\s+in)\s+(?:[^,]|(?<=\d),(?=\d)){3,160},\s*$")
# "The official, speaking on condition of anonymity, said", "The authors, led by Jane Roe, wrote": a participle's
# aside between the subject and its verb
_PARTICIPLE_ASIDE = re.compile(r"[A-Za-z],\s+(?:[a-z]+ing|(?:led|joined|backed|accompanied|flanked)\s+by)\s+"
                               r"(?:[^,]|(?<=\d),(?=\d)){3,160},\s*$")
_DATA_APPOSITIVE = re.compile(r"((?:\b[Tt]he|\b[Aa]n?)\s+(?:(?:new|separate|second|latest|recent|earlier|another|"
                              r"national|statewide)\s+)?(?:[A-Z][\w.&’'-]*\s+){0,5}(?:[a-z]+\s+)?"
                              r"(?:poll|survey|study|report|analysis|data|figures|estimates|review|audit)),"
                              r"\s+(?:[^,]|(?<=\d),(?=\d)){3,120},\s*$")


_DASHED_APPOSITIVE = re.compile(r"((?:\b[Tt]he|\b[Aa]n?)\s+(?:[A-Z][\w.&’'-]*\s+){0,5}(?:[a-z]+\s+)?"
                                r"(?:poll|survey|study|report|analysis|data|figures|estimates|review|audit))"
                                r"\s*(?:—|\s--)\s*[^—]{3,120}?\s*(?:—|--\s)\s*$")
_NAME_SET_OFF = re.compile(r"(?<=[a-z]{3}),\s+((?:[A-Z][\w.&’'-]*\s+){0,4}[A-Z][\w.&’'-]*),\s*$")


# a document's quoted title opening the sentence, then what it is: '"Crime Counts, 2016," the latest release from
# the FBI's crime reporting program, documents ...': the release (and so its maker) is the subject
_TITLE_APPOSITIVE = re.compile(r"[\"“][^\"”]{3,120}[\"”],?\s+((?:the|a|an)\s+(?:[\w’'-]+\s+){0,3}(?:release|report|"
                               r"study|survey|analysis|publication)\s+(?:from|by)\s+[^,;:]{3,120}),\s*$")


def _appositive_subject(sentence: str, pos: int) -> tuple[int, str, str] | None:
    """"John Condon, acting assistant director of ..., told Congress": the name before the aside."""
    head = sentence[:pos].rstrip()  # (what the text before the verb ends with, read once for every test)
    comma = head.endswith(",")
    if not comma and not head.endswith(("—", "--")):
        return None  # (most calls: no aside ends there)
    m = _APPOSITIVE.search(sentence[:pos]) if comma else None
    if not m and comma:
        m = _DATA_APPOSITIVE.search(sentence, max(0, pos - 240), pos)  # "The AP-NORC poll, conducted in May,"
    if not m and comma:
        m = _NAME_SET_OFF.search(sentence, max(0, pos - 80), pos)  # "another oil company, ConocoPhillips, said"
    if not m and comma and sentence[:1] in "\"“":
        m = _TITLE_APPOSITIVE.match(sentence, 0, pos)  # '"Hate Crime Statistics," the latest release from X,'
    if not m and not comma:
        m = _DASHED_APPOSITIVE.search(sentence, max(0, pos - 240), pos)  # "The poll—conducted Sept. 1–17—found"
    if not m and comma:
        aside = _RELATIVE_ASIDE.search(sentence, max(0, pos - 200), pos) or _MEMBERS_ASIDE.search(
            sentence, max(0, pos - 200), pos) or _PARTICIPLE_ASIDE.search(sentence, max(0, pos - 200), pos)
        # "OPEC and its partners, which ..., agree"; "Stores, including X, say"; "The official, speaking on condition
        # of anonymity, said"
        np = _np_before(sentence, aside.start() + 1) if aside else None
        if np and np[1].lower() not in PRONOUNS and np[1] not in ("that", "which", "who"):
            return np[0], np[1], sentence[np[0]:pos]
    if not m or m.group(1).split()[0] in ("However", "But", "And", "In", "On", "At", "For", "Still", "Meanwhile",
                                          "Overall", "Nationally", "Separately", "Instead", "Also", "Yet", "So"):
        return None
    return m.start(1), m.group(1), m.group()


_SAMPLED = frozenset("poll polls survey surveys sample canvass study".split())


def _trim_np(np: str) -> str:
    words = np.strip().split()
    while words and words[-1].lower() in ("released", "published", "obtained", "which", "that", "who", "in", "on"):
        words.pop()
    cut: list[str] = []
    for k, w in enumerate(words):
        if w.lower() in ("which", "that", "who", "released", "obtained", "on", "in", "when", "taken") and cut:
            if not _attributive_participle(w, cut, words[k + 1:]):
                break
        if w in ("for", "through", "since") and cut and _TIME_AFTER_WORD.match(" ".join(words[k + 1:k + 3])):
            break  # "law enforcement data for 2017": the time the data cover, not part of whose they are
        if w == "of" and cut and cut[-1].lower() in _SAMPLED and words[k + 1:k + 2] and words[k + 1][0].isdigit():
            break  # "the telephone survey of 600 likely General Election voters": its sample, not its owner
        cut.append(w)
    return " ".join(cut).strip(" ’'")


def _attributive_participle(w: str, cut: list[str], rest: list[str]) -> bool:
    """"a recently released Justice Department report": a participle before its noun, after an article or an
    adverb in -ly, is part of the noun phrase; after a noun ("the report released Monday") it ends it."""
    if w.lower() not in ("released", "obtained", "published", "taken") or not rest:
        return False
    prev = cut[-1].lower()
    return prev in ("a", "an", "the", "newly", "recently", "just") or (prev.endswith("ly") and len(prev) > 4
                                                                      and prev not in ("only", "early", "july"))


_TIME_AFTER_WORD = re.compile(r"(?:19|20)\d\d\b|(?:fiscal|FY)\b|" + MONTH_RE + r"\b|the\s+(?:first|second|third|"
                              r"fourth|past|last|previous|full|whole|same|year|month|quarter|week|period|fiscal|calendar|current|"
                              r"(?:19|20)\d\d)\b")


# Those who speak for a body: "officials said" just after the body is named is the body.
_BODY_MEMBERS = frozenset("officials authorities investigators prosecutors".split())
# Lower-case words that, after a name, make it a body: "Chicago police", "the Biden administration".
_NAMED_BODIES = frozenset("police officials authorities prosecutors administration government campaign council "
                          "legislature".split())


# who belong to the body named before them and speak for themselves: "Crew members said", "Board members", "Hospital
# staff" (not "Crew", "Board")
_MEMBERS = frozenset("members staff".split())
_PLACE_NAME = re.compile(rf"(?:{US_STATES}|{COUNTRIES})")
_TIME_OWNERS = frozenset("today tonight yesterday tomorrow morning afternoon evening night week weekend month year "
                         "quarter day decade".split())


# A bare title owning a capitalised document names no one: "the Mayor's Management Report" is the report's name.
_TITLE_OWNERS = frozenset("mayor governor president secretary commissioner comptroller controller chairman "
                          "speaker director treasurer auditor".split())


_OFFICE_HOLDERS = _TITLE_OWNERS | frozenset("sheriff coroner prosecutor attorney examiner".split())


def _without_possessive(words: list[str]) -> list[str]:
    """The owner, who speaks for its report or data; or what is owned ("This morning's jobs report"); or the
    whole name when the possessive is part of it."""
    for i, w in enumerate(words):
        if w.endswith(("’s", "'s", "’", "'")) and i < len(words) - 1:
            owner, owned = words[: i + 1], words[i + 1:]
            owner[-1] = re.sub(r"(?:’s|'s|’|')$", "", owner[-1])
            if owner[-1].lower() in _TIME_OWNERS or _CALENDAR_WORD.match(owner[-1]):
                return owned  # "This morning's jobs report", "Today's average": a time, not an owner
            head = (owned[:owned.index("of")] if "of" in owned[1:] else owned)[-1].lower()  # "survey of 546 stations"
            if all(x[:1].isupper() or (x in _CONNECTORS and 0 < k < len(owned) - 1) for k, x in enumerate(owned)) \
                    and owner[-1][1:].islower() and (
                    head not in DATA_HEADS or (len(owner) == 1 and owner[0].lower() in _TITLE_OWNERS)):
                # "the Legislative Analyst's Office", "Children's Hospital", "the Mayor's Management Report",
                return words  # "the Commerce Department's Bureau of Economic Analysis"
            if len(owner) == 1 and owner[0] in _OFFICE_HOLDERS and [w.lower() for w in owned] == ["office"]:
                return words  # "the sheriff's office", "the mayor's office": the office speaks, not its holder
            office = re.sub(r"(?:’s|'s|’|')$", "", owned[0])  # "the Sheriff's Office's 2016 statistics" too
            if owner[-1].lower() in _OFFICE_HOLDERS and office.lower() == "office" and len(owned) > 1:
                # "a Sheriff's Office news release", "the county sheriff's office report": the office's document
                # speaks for the office, not for its holder
                rest = owned[1:]
                rest_head = (rest[:rest.index("of")] if "of" in rest[1:] else rest)[-1].lower()
                if rest_head in DATA_HEADS or rest_head in DESCRIPTION_HEADS:
                    return words[: i + 1] + [office]
            if head in BODY_HEADS and head not in DATA_HEADS and owned[-1].islower() and owned[-1].isalpha():
                return words  # "The city council's budget committee estimated": the body owned speaks, not its owner
            return owner if head in DATA_HEADS or head in DESCRIPTION_HEADS else owned
    return words


def _owners_analyst(words: list[str]) -> bool:
    """"Congress' top fiscal analyst", "Harbor Bank's chief economist": an unnamed expert known only as the
    owner's, kept whole (the analyst speaks, not Congress; the whole still names the bank it speaks for)."""
    if len(words) < 3 or words[-1].lower() not in OCCUPATION_HEADS:
        return False
    k = next((k for k, w in enumerate(words) if w.endswith(("’s", "'s", "’", "'"))), None)
    return k is not None and 0 < len(words) - k - 1 <= 3 and words[0][:1].isupper() \
        and all(w.isalpha() and w.islower() for w in words[k + 1:])


# a bracketed aside with a lower-case letter between two words of a name (not an acronym: "the Border Patrol (BP)")
_ASIDE_IN_NAME = re.compile(r"(?<=[A-Za-z])\s+\((?=[^()]{0,30}[a-z])[^()]{1,30}\)(?=\s+[A-Z])")


# the maker a description of data names after its measure's name: "Consumer Price Index data from X", "the Housing
# Vacancy Survey figures released by X"
_DATA_FROM = re.compile(r"\b(?:data|figures|numbers|statistics|estimates)\s+(?:(?:released|published|compiled)\s+)?"
                        r"(?:from|by)\s+(?=(?:the\s+)?[A-Z])")


def clean_name(raw: str, text: str) -> str:
    """The speaker's name: titles and descriptions dropped, a surname completed from the article.

    "Nogales CBP Port Director Michael Humphries" -> "Michael Humphries"; "Commerce Department figures"
    -> "Commerce Department"; "ADP’s National Employment Report" -> "ADP"; "Owens" -> "Jason Owens".
    """
    if "(" in raw:  # "Quinnipiac (KWIN-uh-pe-ack) University": a pronunciation inside the name, left out
        raw = _ASIDE_IN_NAME.sub("", raw)
    if " from " in raw or " by " in raw:
        maker = _DATA_FROM.search(raw)
        if maker and any(w[:1].isupper() for w in raw[:maker.start()].split()):
            # "the latest Consumer Price Index data from the Bureau of Labor Statistics": the data's maker, not the
            # measure's name
            return clean_name(raw[maker.end():], text)
    words = raw.split()
    if words and words[0].lower() in ("the", "a", "an"):
        words = words[1:]
    if "’" in raw or "'" in raw:  # (no possessive to take off without an apostrophe)
        if _owners_analyst(words):
            return " ".join(words)
        words = _without_possessive(words)
    # keep the name itself: "Commerce Department figures", "a new analysis from the Brennan Center for Justice"
    # "a June poll from The Associated Press-NORC Center": a month is not the name
    first = next((i for i, w in enumerate(words) if w[:1].isupper() and not (
        _CALENDAR_WORD.match(w) and i + 1 < len(words) and (words[i + 1][:1].islower()
                                                            or _YEAR.fullmatch(words[i + 1])))), None)
    if first is not None:
        j = first
        while j + 1 < len(words):
            if _connected(words, j + 1):
                j += 2  # "of the Treasury": the connector and its article
            elif capitalised(words[j + 1]) or (
                    words[j + 1].lower() in _CONNECTORS and j + 2 < len(words) and words[j + 2][:1].isupper()) \
                    or _station_number(words, j + 1):
                j += 1
            else:
                break
        first, j = _name_after_description(words, first, j)
        j = len(words) - 1 if _lower_end_of_body(words[first:j + 1], words[j + 1:]) else j  # "Department of Public
        # health", "Bureau of statistics": the name, its last word misprinted in lower case
        while j + 1 < len(words) and (words[j + 1].lower() in _NAMED_BODIES or words[j + 1] in _MEMBERS):
            j += 1  # "Chicago police", "the Obama administration", "Trump administration officials": part of the name
        if j + 1 < len(words) and words[j + 1].lower() in COLLECTIVE_HEADS and (_PLACE_NAME.fullmatch(
                " ".join(words[first:j + 1])) or " ".join(words[first:j + 1]) in _MARKETS):
            j += 1  # "California researchers": a place is nobody; the researchers speak
        elif 0 < len(words) - j - 1 <= 3 and all(w.islower() for w in words[j + 1:]) \
                and _PLACE_NAME.fullmatch(" ".join(words[first:j + 1])):
            j = len(words) - 1  # "U.S. balance sheets", "California tax records": a place is nobody; its records
        words = words[first:j + 1]
    name = " ".join(words).strip(" ,’'")
    person = _person_name(words)
    if person:
        full = _complete_surname(person, text)
        return full if full != person or " " in person or not text else _complete_body(person, text)
    return _complete_body(name, text) if text and len(words) == 1 and not name.isupper() else name


def _lower_end_of_body(name: list[str], rest: list[str]) -> bool:
    """The words after a body's capitalised name are its last word in lower case, after "of" or after the name's
    own "of" ("Department of Public" + "health", "Bureau" + "of statistics")."""
    if not any(w in _BODY_NAME_HEADS for w in name):
        return False
    return len(rest) == 1 and rest[0].isalpha() and rest[0].islower() and "of" in name \
        and rest[0] not in DESCRIPTION_HEADS and rest[0] not in DATA_HEADS \
        or len(rest) == 2 and rest[0] == "of" and rest[1].isalpha() and rest[1].islower()  # (but "Department of
    # Labor data", "Department of Labor officials": the body's data, its officials)


def _complete_body(name: str, text: str) -> str:
    """A body's short name becomes the full one the article gives ("the Chamber poll" after "a state Chamber of
    Commerce poll": "Chamber of Commerce")."""
    if f"{name} of " not in text and f"{name} for " not in text:
        return name
    m = re.search(rf"\b{re.escape(name)}\s+(?:of|for)\s+(?:the\s+)?[A-Z][\w.&’'-]*(?:\s+(?:and\s+)?[A-Z][\w.&’'-]*)*",
                  text)
    return m.group().rstrip(".’'") if m else name


_NOT_DESCRIBING = _CONNECTORS | _DETERMINERS | _PREPOSITIONS | _CLAUSE_OPENERS | _NAMED_BODIES | _AUX_WORDS


def _name_after_description(words: list[str], first: int, j: int) -> tuple[int, int]:
    """The name ending the phrase (its first and last word) when one to three lower-case words of description
    stand between it and the capitalised words before ("Web site" in "gasoline price Web site GasBuddy.com");
    else (first, j) as found."""
    k = _described_name(words, j)
    return (k, len(words) - 1) if k is not None else (first, j)


def _described_name(words: list[str], j: int) -> int | None:
    k = j + 1
    while k < len(words) and words[k].isalpha() and words[k].islower() and words[k] not in _NOT_DESCRIBING \
            and words[k] not in _VERB_SET:
        k += 1
    if not j + 1 < k <= j + 4 or k == len(words) or not all(
            w[:1].isupper() or (w in _CONNECTORS and i > k) for i, w in enumerate(words[k:], k)) \
            or _CALENDAR_WORD.match(words[k]) or _PLACE_NAME.fullmatch(" ".join(words[k:])):
        return None  # "Labor Department data Tuesday", "state police in Ohio": a day or a place is nobody
    return k


def _station_number(words: list[str], i: int) -> bool:
    """"KARE 11", "WKRN 2": a short number after a call sign is part of the station's name."""
    w = words[i - 1].rsplit("/", 1)[-1]
    return len(words[i]) <= 2 and words[i].isdigit() and len(w) >= 3 and w.isupper() and w.isalpha()


_MARKETS = frozenset(("Wall Street", "Main Street"))  # "Wall Street economists": a market is nobody either
_NAME_ADJECTIVES = frozenset("u.s. us national federal state county city former area special senior executive border "
                             "port sector press vice general".split())


def _connected(words: list[str], i: int) -> bool:
    """"for a Responsible", "of the Treasury": a connector and an article inside one name."""
    return (i + 2 < len(words) and words[i] in ("of", "for") and words[i + 1] in ("a", "the")
            and words[i + 2][:1].isupper())


_TITLES_OR_HONORIFICS = TITLE_WORDS | HONORIFICS


def _person_name(words: list[str]) -> str | None:
    """The trailing run of name words after titles: "Chief Patrol Agent Gloria I. Chavez" -> "Gloria I. Chavez"."""
    tail = []
    for w in reversed(words):
        if w.lower() in TITLE_WORDS or not capitalised(w):
            break
        tail.append(w)
    tail.reverse()
    if not tail or any(part.strip("’'s,") in ORGANISATION_WORDS for part in "-".join(tail).lower().split("-")) \
            or len(tail) > 1 and has_organisation_word(tail):  # "Weather Service" names no person
        return None  # "Patrol-El Paso": a body's name, not a person's
    titled = len(tail) < len(words) and words[-len(tail) - 1].lower() in _TITLES_OR_HONORIFICS
    if len(tail) == 1:  # "Sheriff Tate"; but "Federal Budget" ends an organisation's name
        titled = titled and words[-2].lower() not in _NAME_ADJECTIVES
        return tail[0] if (titled or len(words) == 1) and tail[0][1:].islower() else None
    if len(tail) <= 4 and (titled or len(tail) == len(words)):
        return " ".join(tail)
    return None


_JOINT_ACRONYM = re.compile(r"(?<=/)[A-Z]{2,5}\b")


def _spelled_out(name: str, text: str) -> str:
    """"NBC/WSJ" -> "NBC/Wall Street Journal": a joint name whose short part the article spells out after the
    same partner ("a new NBC/Wall Street Journal poll")."""
    for m in _JOINT_ACRONYM.finditer(name):
        partner = name[:m.start()]
        words = r"\s+".join(rf"{c}[\w.&’'-]*" for c in m.group())
        full = re.search(re.escape(partner) + rf"({words})\b", text)
        if full and full.group(1) != m.group():
            return partner + full.group(1) + name[m.end():]
    return name


def _complete_surname(name: str, text: str) -> str:
    """A bare surname becomes the full name the article gives earlier or later ("Owens" -> "Jason Owens")."""
    if " " in name:
        return name
    for first in _first_names(name, text):
        if first.lower() not in TITLE_WORDS and first not in ("The", "A", "An", "Mr", "Mrs", "Ms") \
                and not _CALENDAR_WORD.match(first) \
                and not (first == "Per" and _per_opening(name, text)):  # "September Challenger Job-Cut Report"
            return f"{first} {name}"
    return name


def _per_opening(name: str, text: str) -> bool:
    """"Per Challenger, the nation's employers ...": "per" opening a sentence before the name and a comma is
    "according to", not a first name (a Per Smith is rarely named at a sentence's start with a comma after)."""
    phrase = f"Per {name},"
    i = text.find(phrase)
    while i != -1:
        if i == 0 or text[i - 1] == "\n" or text[max(0, i - 2):i] in (". ", "? ", "! ", '" ', "” "):
            return True
        i = text.find(phrase, i + 1)
    return False


def _first_names(name: str, text: str):
    """The groups of re.finditer(rf"\\b([A-Z][a-z]+(?:[ \\t]+[A-Z]\\.)?)[ \\t]+{re.escape(name)}\\b", text), in
    order (a first name, with an initial, before the surname on its line), found from each occurrence of the
    surname by str.find and read backwards: no pattern compiled for each name (tens of microseconds each)."""
    n, done = len(text), 0  # done: where the last such match ended (finditer's matches do not overlap)
    i = text.find(name)
    while i != -1:
        j = i + len(name)
        # \b after the surname; a space or tab before it
        if is_word_char(name[-1]) != (j < n and is_word_char(text[j])) and i and text[i - 1] in " \t":
            k = i - 1
            while k and text[k - 1] in " \t":
                k -= 1
            end = k  # the first name (with its initial) ends here
            if k >= 3 and text[k - 1] == "." and "A" <= text[k - 2] <= "Z" and text[k - 3] in " \t":
                k -= 2  # "Jo A. Smith": the initial, and the spaces before it
                while k and text[k - 1] in " \t":
                    k -= 1
            start = k
            while start and "a" <= text[start - 1] <= "z":
                start -= 1
            if start < k and start and "A" <= text[start - 1] <= "Z":
                start -= 1
                if start >= done and not (start and is_word_char(text[start - 1])):
                    done = j
                    yield text[start:end]
        i = text.find(name, i + 1)


_ORG_MENTION = re.compile(r"(?:[A-Z][\w.’'&-]*)(?:\s+(?:of|for|and|the|&)?\s*[A-Z][\w.’'&-]*)*(?:\s+\([A-Z]{2,}\))?")
_ACRONYM = re.compile(r"\(?[A-Z]{3,}\)?")
_FULL_STOP_AFTER = re.compile(r"(?<!\bInc)(?<!\bCorp)(?<!\bLtd)(?<!\bBros)(?<=[a-z]{3})\.$")
_BARE_ACRONYM = re.compile(r"^[Tt]he\s+|[’']s$")
_ACRONYM_AFTER = re.compile(r"\s+\([A-Z]{2,}\)$")
# What follows a dateline's place in capitals: "WASHINGTON —", "AUSTIN, Texas —", "LONDON (Reuters) -"
_DATELINE_AFTER = re.compile(r"(?:,\s+[A-Z][\w.]*(?:\s+[A-Z][\w.]*)?)?\s*(?:\([\w .&-]{2,30}\)\s*)?[—–-]")
# a dateline set in brackets at the opening: "(WASHINGTON) --", "(WASHINGTON, D.C.) –", "(CNN) --"
_PAREN_DATELINE = re.compile(r"(?:,\s+[A-Z][\w.]*(?:\s+[A-Z][\w.]*)?)?\)\s*[—–-]")
_UPPER_ONLY = re.compile(r"[^a-z]{0,60}")  # what a dateline's place may follow: nothing, or the place again
# A wire's credit in a dateline: "WASHINGTON (Reuters) -", "NEW YORK, June 12 (IANS)", "BEIJING, May 3 (Xinhua) --"
_WIRE_CREDIT = re.compile(r"[A-Z][A-Z.'’ -]*(?:,\s+[A-Z][\w.]*(?:\s+[A-Z][\w.]*)?)?"
                          r"(?:,?\s+[A-Z][a-z]{2,8}\.?\s+\d{1,2})?(?:,\s+\d{4})?\s*\(")


# A name after "of", "in", "on" ("control of Congress", "a seat in Congress") is a place or a part, not who acts
_PLACE_OR_PART = re.compile(r"\b(?:of|in|on|at|into|across|throughout|within|against)\s+(?:the\s+)?$")


def _may_be_acronym(mention: str) -> bool:
    """Whether a mention could be a bare acronym ("The IRS", "ICE’s", "(CBO)"): a second capital, or "The"
    before it (a cheap test before _BARE_ACRONYM and _ACRONYM: most mentions are names, "Border Patrol")."""
    return "A" <= mention[1:2] <= "Z" or mention.startswith("The")


def org_mentions(sentence: str) -> tuple[tuple[int, str], ...]:
    """Names of organisations in a sentence (capitalised runs with an organisation word, or acronyms)."""
    found: list[tuple[int, str]] = []
    for m in _ORG_MENTION.finditer(sentence):
        if m.start() < 50 and sentence[m.start() - 1:m.start()] == "(" and (
                sentence[m.end():m.end() + 1] == ")" and _WIRE_CREDIT.fullmatch(sentence, 0, m.start())
                or m.start() == 1 and _PAREN_DATELINE.match(sentence, m.end())):
            continue  # the wire that carries the story, not a source of its figures; "(WASHINGTON) --": a place
        words = m.group().split()
        if has_organisation_word(words) \
                or _may_be_acronym(m.group()) and _ACRONYM.fullmatch(_BARE_ACRONYM.sub("", m.group())) and not (
                    _DATELINE_AFTER.match(sentence, m.end()) and _UPPER_ONLY.fullmatch(sentence, 0, m.start())):
            # but "WASHINGTON —", "CHICAGO — CHICAGO -" open a dateline: a place, no organisation
            name = _ACRONYM_AFTER.sub("", m.group())
            if name != m.group() and name.isupper() and m.start() < 60 and _DATELINE_AFTER.match(sentence, m.end()) \
                    and _UPPER_ONLY.fullmatch(sentence, 0, m.start()):
                continue  # "CHICAGO (AP) —": a dateline's place and its wire's credit, no organisation
            if name.endswith(".") and _FULL_STOP_AFTER.search(name):
                name = name[:-1]  # "... the Lakeside University Poll." ends the sentence, not the name
            found.append((m.start(), name))
    return tuple(found)


# ---------------------------------------------------------------- who said each figure, across the article

_SIGNATURE = re.compile(
    rf"—\s*(?P<who>[^—()\n]{{3,80}}?)\s*\(@\w+\)\s*(?P<date>{MONTH_RE}\s+\d{{1,2}},\s+\d{{4}})\s*$"
)


@dataclass
class Discourse:
    """The article as read so far: what speaker resolution looks back (and ahead) at."""

    text: str
    paragraphs: list[Paragraph]
    sentences: list[Sentence]
    quotes: list[tuple[int, int]]
    blocks: dict[int, tuple[str | None, date | None]] = field(default_factory=dict)
    dateline: str = ""
    # org_mentions of each sentence, once
    _mentions: dict[int, tuple[tuple[int, str], ...]] = field(default_factory=dict)
    # places.named_places of each sentence, once
    places: dict[int, tuple[str, list[tuple[int, int, str]]]] = field(default_factory=dict)
    by_paragraph: dict[int, list[Sentence]] = field(default_factory=dict)
    sourced: dict[int, str] = field(default_factory=dict)  # rows of a table that a "Source: X" line closes
    _names: dict[str, str] = field(default_factory=dict)  # clean_name(mention, "") of each mention, once
    _items: dict[int, bool] = field(default_factory=dict)  # _is_item of each paragraph, once
    colon: list[bool] = field(default_factory=list)  # whether each paragraph ends with a colon

    def __post_init__(self):
        for st in self.sentences:
            self.by_paragraph.setdefault(st.paragraph, []).append(st)
        self.blocks = tweet_blocks(self.paragraphs)
        self.sourced = source_lines(self.text, self.paragraphs)
        self.colon = [p.text.rstrip().endswith(":") for p in self.paragraphs]

    def is_item(self, j: int) -> bool:
        """_is_item of paragraph j (worked out once: read for each figure's sentence, and for those around)."""
        if j not in self._items:
            self._items[j] = _is_item(self.paragraphs[j]) or (
                # the last of a list whose items end with ";" or "; and": "Retail with 12,100 new jobs."
                j > 0 and _SERIES_ITEM.match(self.paragraphs[j].text) is not None
                and self.paragraphs[j - 1].text.rstrip().endswith((";", "; and", "; or")) and self.is_item(j - 1))
        return self._items[j]

    def organisations_before(self, i: int, pos: int, back: int = 2, actors: bool = False):
        """Organisations the article names before offset pos of sentence i, nearest first, looking
        back `back` sentences: (sentences back, name). actors: only those not named as the object of a
        preposition of place or part ("control of Congress", "a seat in Congress")."""
        for j in range(i, max(-1, i - back - 1), -1):
            if j not in self._mentions:
                self._mentions[j] = org_mentions(self.sentences[j].text)
            for at, name in reversed(self._mentions[j]):
                if actors and _PLACE_OR_PART.search(self.sentences[j].text, max(0, at - 12), at):
                    continue
                if j < i or at < pos:
                    if name not in self._names:  # (each read often: by every description resolved after it)
                        self._names[name] = clean_name(name, "")
                    yield i - j, self._names[name]


def tweet_blocks(paragraphs: list[Paragraph]) -> dict[int, tuple[str | None, date | None]]:
    """Embedded posts: "... — Chief Raul Ortiz (@USBPChief) March 15, 2023" names who wrote the
    paragraph it ends and the short paragraphs just before it, and when."""
    blocks = {}
    for para in paragraphs:
        m = _SIGNATURE.search(para.text) if "(@" in para.text else None
        if not m:
            continue
        who = m.group("who").strip()
        when = parse_day(m.group("date"), None)
        blocks[para.index] = (who, when)
        i = para.index - 1
        while i >= 0 and len(paragraphs[i].text) < 100 and i not in blocks:
            blocks[i] = (who, when)
            i -= 1
    return blocks


_SOURCE_LINE = re.compile(r"^\s*(?:Sources?|Data|SOURCES?):\s*(?P<who>[^\n]{2,80}?)\s*\.?\s*$")


def source_lines(text: str, paragraphs: list[Paragraph]) -> dict[int, str]:
    """A table or list closed by a "Source: GasBuddy" line: the rows just above it (lines with no
    blank line between them) are that source's figures."""
    sourced = {}
    for para in paragraphs:
        m = _SOURCE_LINE.match(para.text) if ":" in para.text[:9] else None
        if not m:
            continue
        who = clean_name(m.group("who"), "")
        i = para.index - 1
        while i >= 0 and text[paragraphs[i].end:paragraphs[i + 1].start].count("\n") == 1 \
                and not paragraphs[i].text.rstrip().endswith(":"):
            sourced[i] = who
            i -= 1
    return sourced


def resolve_speakers(d: Discourse) -> None:
    """Give every attribution a name: pronouns and descriptions resolved to whom the article names."""
    named_ahead = []  # every attribution with a name of its own, in order
    for i, st in enumerate(d.sentences):
        for a in st.attributions:
            a.sentence_index = i
            if a.raw[:3].lower() in ("our", "my ") and a.words[0].lower() in ("our", "my"):
                continue  # "Our analysis finds": the article's author states the figure itself
            if not a.is_pronoun and not a.is_description:
                a.name = clean_name(a.raw, d.text)
                if "/" in a.name:
                    a.name = _spelled_out(a.name, d.text)
                named_ahead.append(a)
    seen: list[Attribution] = []
    signed = set()
    for i, st in enumerate(d.sentences):
        for a in sorted(st.attributions, key=_START) if len(st.attributions) > 1 else st.attributions:
            if a.name is None:
                a.name = _resolve_one(a, i, st, seen, named_ahead, d)
            if a.name:
                seen.append(a)
        p = st.paragraph
        signature = d.blocks[p][0] if p in d.blocks else None
        if signature and p not in signed and (  # (the paragraph's last sentence)
                i + 1 == len(d.sentences) or d.sentences[i + 1].paragraph != p):
            signed.add(p)
            seen.append(Attribution(0, 0, signature, "sentence", i, clean_name(signature, d.text)))


_ANONYMOUS = re.compile(r"(?i)\banonymity\b|\banonymous(?:ly)?\b|not authori[sz]ed to|"
                        r"declined to be (?:named|identified)")
_PERSON_MENTION = re.compile(r"[A-Z][a-z]+(?:\s+[A-Z]\.)?\s+[A-Z][a-z’'-]+(?:[A-Z][a-z’'-]+)?")


def _last_person_mentioned(text: str, upto: int) -> str | None:
    for m in reversed(list(_PERSON_MENTION.finditer(text, max(0, upto - 600), upto))):
        words = m.group().split()
        if looks_like_person(m.group()) and not any(w.lower() in TITLE_WORDS for w in words):
            return m.group()
    return None


# (a name word may have a second capital: "McCullough", "DeSantis")
_NAME_RUN = re.compile(r"(?:[A-Z][a-z’'-]+(?:[A-Z][a-z’'-]+)?|[A-Z]\.)(?:[ \t]+(?:[A-Z][a-z’'-]+(?:[A-Z][a-z’'-]+)?|"
                       r"[A-Z]\.))+")
# Last words that make a capitalised run a place or a building, not a person: "Main Street", "Lake Tahoe"
_PLACE_WORDS = frozenset("street st. avenue ave. road rd. boulevard blvd. drive lane highway park square hall building "
                         "bridge river lake mountain mountains valley beach island islands county city parish township "
                         "village heights hills springs falls bay harbor harbour port airport station plaza center "
                         "centre mall coast".split())


def _person_named_before(text: str, upto: int) -> str | None:
    """"Ann Lee runs the shop. "Prices rose 4%," she said.": with no speaker yet, the person named last before
    the pronoun (in the paragraph's reach), her title left off."""
    for m in reversed(list(_NAME_RUN.finditer(text, max(0, upto - 400), upto))):
        words = m.group().split()
        while words and (words[0].lower() in TITLE_WORDS or words[0] in _OPENING_CONNECTIVES
                         or words[0] in ("The", "A", "An", "This", "That")):
            words = words[1:]
        if len(words) < 2 or words[-1].lower() in _PLACE_WORDS or any(_CALENDAR_WORD.match(w) for w in words) \
                or _PLACE_NAME.fullmatch(" ".join(words)) or not looks_like_person(" ".join(words)):
            continue
        return " ".join(words)
    return None


_THE_TITLE = re.compile(r"\b[Tt]he\s+(president|governor|mayor|senator|secretary|commissioner|chairman|chairwoman|"
                        r"chancellor|prime\s+minister|sheriff|director|superintendent|chief)\b")


_TITLED_PERSON = re.compile(r"\b(?:Governor|Gov\.|Mayor|Senator|Sen\.|Rep\.|President|Mr\.|Mrs\.|Ms\.|Dr\.)\s+"
                            r"((?:[A-Z]\.\s+)?[A-Z][a-z’'-]+(?:\s+[A-Z][a-z’'-]+)?)")


def _titled_person_before(text: str, upto: int) -> str | None:
    """"Governor Smith, meanwhile, renewed his plan. Such a move, he argued, ...": with no speaker yet, the
    person named with a title just before (in the paragraph's reach)."""
    found = list(_TITLED_PERSON.finditer(text, max(0, upto - 300), upto))
    return _complete_surname(found[-1].group(1), text) if found else None


_OFFICE_TITLES = {"governor": r"Gov\.|Governor", "senator": r"Sen\.|Senator", "congressman": r"Rep\.|Congressman",
                  "congresswoman": r"Rep\.|Congresswoman", "lawmaker": r"Rep\.|Sen\.|Del\.|Senator|Representative",
                  "councilman": r"Councilman|Council\s+Member", "councilwoman": r"Councilwoman|Council\s+Member"}


def _office(a: Attribution, st: Sentence, d: Discourse) -> str | None:
    """"the mayor": the officeholder named with that title before, else the title itself; "the director", "the
    chief": the person named before with that title, if any."""
    head = a.lower_words[-1]
    if head not in OFFICE_HEADS and head not in _HELD_TITLES:
        return None
    upto = st.start + a.start
    holder = _officeholder_before(head, d.text, upto) if head in OFFICE_HEADS else None
    if holder is None and a.lower_words[0] == "the" and len(a.words) <= 3:
        holder = _person_titled_before(head, d.text, upto)
    if holder is not None or head not in OFFICE_HEADS:
        return holder
    return " ".join(w for w, lw in zip(a.words, a.lower_words) if lw not in _DETERMINERS)


# titles a person holds whom "the director said" repeats, as "the mayor" repeats Mayor Ann Lee
_HELD_TITLES = frozenset("chief director secretary commissioner administrator superintendent coroner "
                         "spokesman spokeswoman spokesperson".split())
_NAME_PATTERN = r"((?:[A-Z]\.\s+)?[A-Z][a-z’'-]+(?:\s+[A-Z]\.)?\s+[A-Z][a-z’'-]+(?:[A-Z][a-z’'-]+)?)"


def _person_titled_before(head: str, text: str, upto: int) -> str | None:
    """"Police Chief Ann Lee", "Ann Lee, the county's health director," or "Ann Lee is the coroner" before "the
    chief said", "the director said": the person last named with that title (in the last 1,500 characters)."""
    lo = max(0, upto - 1500)
    title = re.escape(head)
    best: tuple[int, str] | None = None
    for pattern in (r"\b(?i:" + title + r")\s+" + _NAME_PATTERN + r"\b",
                    _NAME_PATTERN + r"(?:,|\s+(?:is|was|has\s+been))\s+(?:the\s+|a\s+|an\s+)?(?:[\w’'.-]+\s+){0,5}?"
                    + title + r"\b"):
        for m in re.finditer(pattern, text[lo:upto]):
            name = m.group(1)
            if looks_like_person(name) and not _CALENDAR_WORD.match(name.split()[0]) \
                    and name.split()[0].lower() not in TITLE_WORDS and (best is None or m.start() > best[0]):
                best = (m.start(), name)
    return _complete_surname(best[1], text) if best else None


def _officeholder_before(head: str, text: str, upto: int) -> str | None:
    """"Mayor Ann Lee presented the budget. The mayor said ...": the person the article named with the title
    that "the mayor" repeats (the last so named before it)."""
    title = _OFFICE_TITLES.get(head, head.capitalize())
    found = list(re.finditer(r"\b(?:" + title + r")\s+((?:[A-Z]\.\s+)?[A-Z][a-z’'-]+(?:[A-Z][a-z’'-]+)?"
                             r"(?:\s+[A-Z]\.)?(?:\s+[A-Z][a-z’'-]+(?:[A-Z][a-z’'-]+)?)?)", text[:upto]))
    for m in reversed(found):
        name = m.group(1)
        if not _CALENDAR_WORD.match(name.split()[0]) and name.split()[0].lower() not in TITLE_WORDS:
            return _complete_surname(name, text)
    return None


def _title_before(d: Discourse, i: int) -> str | None:
    """"The president has grown so frustrated that he ...": with nobody named, the person the title names."""
    for j in range(i, max(-1, i - 3), -1):
        found = _THE_TITLE.findall(d.sentences[j].text)
        if found:
            return "the " + found[-1]
    return None


_COLLECTIVE_SUBJECT = re.compile(
    r"(?:[Tt]he\s+)?((?:[A-Za-z][\w-]*\s+)?(?:(?i:" + "|".join(sorted(COLLECTIVE_HEADS)) + r")"
    r"|[A-Za-z][a-z]+(?:ers|ists|ians|ants|ents|ors))"
    r"(?:\s+(?:at|from|with|of|for)\s+(?:the\s+)?[A-Z][\w.&’'-]*(?:\s+(?:(?:of|for|and|the|&)\s+)?[A-Z][\w.&’'-]*)*)?)"
    r"\s+(?!said|say|says|told)[a-z]")


_BODY_SUBJECT = re.compile(r"(?:[A-Z][a-z]+,?\s+)?[Tt]he\s+(?:[a-z]+\s+)?(" + "|".join(sorted(BODY_HEADS))
                           + r")\s+[a-z]")


def _body_subject(d: Discourse, i: int, pos: int) -> Attribution | None:
    """"The department" that is the subject of this sentence (before pos) or the one before: what "it" stands
    for when no organisation is named."""
    for j in (i, i - 1):
        m = _BODY_SUBJECT.match(d.sentences[j].text) if j >= 0 else None
        if m and (j < i or m.end(1) <= pos):
            return Attribution(m.start(), m.end(1), "the " + m.group(1), "sentence", j)
    return None


_SINGLE_DOCUMENTS = frozenset("report survey poll study analysis statement release review audit memo letter update "
                              "outlook database document filing".split())


def _collective_subject_before(d: Discourse, i: int) -> str | None:
    """"Researchers at Yale looked at the plan. They estimate ...": with nobody named as a source, the group
    that is the subject of the sentence before."""
    if i == 0:
        return None
    m = _COLLECTIVE_SUBJECT.match(d.sentences[i - 1].text)
    if not m or m.group(1).split()[-1].lower() in _RESPONDENTS | {"others", "numbers", "members", "users"}:
        return None  # "Voters went to the polls. They said ...": those asked, not a source
    return m.group(1)


def _collective_subject_here(st: Sentence, a: Attribution) -> str | None:
    """"State regulators rejected the request because they said ...": the group that is the subject of the
    pronoun's own sentence, before it."""
    if a.start < 12:
        return None  # (the pronoun opens the sentence: no subject before it)
    m = _COLLECTIVE_SUBJECT.match(st.text)
    if not m or m.end(1) > a.start or m.group(1).split()[-1].lower() in _RESPONDENTS | {"others", "numbers",
                                                                                        "members", "users"}:
        return None
    return m.group(1)


_LEAD_PERSON = re.compile(r"(?:(?:But|And|Yet|Still|Meanwhile|Also|However),?\s+)?((?:[A-Z][a-z’'.-]+\s+){1,4}"
                          r"(?:[A-Z][a-z’'-]+(?:[A-Z][a-z’'-]+)?))(?:,\s+|\s+(?:also\s+)?[a-z]+s?\b)")


def _paragraph_lead(a: Attribution, i: int, st: Sentence, seen: list, d: Discourse) -> str | None:
    """"Ann Lee, the county's budget director, thinks it will pass. "We gained 3 percent," she said.": the person
    a paragraph opens with, when the last speaker spoke before that paragraph (not someone quoted in it)."""
    first = d.by_paragraph[st.paragraph][0]
    if first.index == i and a.start < 20:
        return None
    m = _LEAD_PERSON.match(first.text)
    if not m and first.text[:1] in "\"“" and st.paragraph in d.by_paragraph and st.paragraph - 1 in d.by_paragraph:
        # "Ann Lee, the county's budget director, thinks it will pass." and a paragraph of her words after it:
        # ""We gained 3 percent," she said."
        first = d.by_paragraph[st.paragraph - 1][0]
        m = _LEAD_PERSON.match(first.text)
    if not m:
        return None
    name, _ = split_title(m.group(1))
    words = name.split()
    if len(words) < 2 or not looks_like_person(name) or any(w.lower() in TITLE_WORDS or _CALENDAR_WORD.match(w)
                                                             for w in words) or _PLACE_NAME.fullmatch(name):
        return None
    last = next((b for b in reversed(seen) if b.is_person), None)
    if last is None or last.sentence_index >= first.index or person_key(last.name or "") == person_key(name):
        return None
    return name


# a study's journal: "Research published last month in the Journal of Pediatric Care", "a study published Monday in
# The Lancet"
_PUBLISHED_IN_JOURNAL = re.compile(r"\s+published\s+(?:[\w.,]+\s+){0,3}?in\s+(?:the\s+)?(?:journal\s+)?"
                                   r"(?P<name>[A-Z][\w.&’'-]*(?:\s+(?:(?:of|for|and|&)\s+)?(?:the\s+)?[A-Z][\w.&’'-]*)*)")
_OTHER_GENDER = {"he": "she", "she": "he"}


def _resolve_pronoun(a: Attribution, seen: list[Attribution]) -> str | None:
    want_person = a.raw.lower() != "they"
    other = _OTHER_GENDER.get(a.raw.lower())
    # ""Sales fell," she said. ... "We hired 200," he said.": not the woman just quoted
    own = a.raw.lower()
    not_them = {c.name for c in seen if c.raw.lower() == other} - {c.name for c in seen if c.raw.lower() == own} \
        if other else ()
    for b in reversed(seen):
        if b.name in not_them:
            continue
        if not want_person or b.is_person:
            return b.name
    # "Smith said ... She added": a lone surname is a person when nobody else is
    for b in reversed(seen):
        if b.name and " " not in b.name and b.name[1:].islower() and b.name.lower() not in ORGANISATION_WORDS \
                and not b.is_description:  # "analysts" is nobody's surname
            return b.name
    return None


# the words of an unnamed person's description that say nothing of the role ("a senior official")
_UNNAMED_FILLERS = frozenset("a an the senior top former".split())


def _resolve_unnamed_person(a: Attribution, i: int, st: Sentence, seen: list, named_ahead: list) -> str | None:
    """"a senior Homeland Security official" is the person named later whose title shares its words."""
    words = a.lower_words
    own = set(words) - _UNNAMED_FILLERS - {words[-1]}
    ahead = [b for b in named_ahead if b.sentence_index > i and b.is_person]
    overlap = {id(b): len(own & set(re.findall(r"[a-z]+", (b.context or b.raw).lower()))) for b in ahead}
    anonymous = _ANONYMOUS.search(st.text)
    if any(w[:1].isupper() for w in a.words[1:-1]):  # "a DEA spokeswoman": someone of that body, not any person
        if not any(overlap.values()) and not any(own & _plain_words(b.context or b.raw) for b in seen if b.is_person):
            return _unnamed_title(a)
    if ahead and (max(overlap.values()) > 0 or not anonymous):
        best = max(ahead, key=lambda b: (overlap[id(b)], -b.sentence_index))
        if overlap[id(best)] or not _other_role(a, best, seen + ahead):
            return best.name
    if anonymous:
        return _unnamed_title(a)  # "a senior CBP official ... on condition of anonymity"
    people = [b for b in seen if b.is_person]
    if people and _other_role(a, people[-1], seen):
        return _unnamed_title(a)  # "a spokesman said" after "U.S. Attorney Jo Roe said": someone else
    return people[-1].name if people else _unnamed_title(a)


def _other_role(a: Attribution, person: Attribution, mentions: list) -> bool:
    """Whether the person named before (or after) holds a title, in any of their mentions ("U.S. Attorney Jo Roe",
    "Jo Roe, the county's coroner"), that no word of an unnamed person's description ("a spokesman", "an agency
    official") is in: someone else."""
    title: set[str] = set()
    for b in mentions:
        if b.is_person and b.name == person.name:
            title |= _plain_words(b.context or b.raw)
    if title.isdisjoint(TITLE_WORDS) and title.isdisjoint(PERSON_HEADS):
        return False  # a name alone: no title to tell them apart
    own = set(a.lower_words) - _UNNAMED_FILLERS
    same = bool(own & title) or a.lower_words[-1].startswith("spokes") and any(w.startswith("spokes") for w in title)
    return not same


def _unnamed_title(a: Attribution) -> str:
    """"a US Treasury official", "an ICE spokeswoman": the person by title and body ("US Treasury official"),
    neither the body alone nor anyone else."""
    return " ".join(a.words[1:]) if len(a.words) > 2 else clean_name(a.raw, "")


def _resolve_personal(a: Attribution, i: int, st: Sentence, seen: list, d: Discourse) -> str | None:
    """"he", "she", "they": whom the pronoun stands for."""
    if a.raw.lower() == "they":
        if seen and seen[-1].words and seen[-1].lower_words[-1] in _SINGLE_DOCUMENTS:
            # "Economists watch core sales. Many said the report shows a slowdown. ..., they said": a report
            # is not "they"; the group a sentence just before has as its subject is
            group = _collective_subject_before(d, i) or (_collective_subject_before(d, i - 1) if i > 1 else None)
            if group:
                return group
        return _collective_subject_here(st, a) or _resolve_pronoun(a, seen) or _collective_subject_before(d, i)
    return (_paragraph_lead(a, i, st, seen, d) if a.raw.lower() in ("he", "she") else None) \
        or _resolve_pronoun(a, seen) or (_title_before(d, i) or _titled_person_before(d.text, st.start + a.start)
                                         or _person_named_before(d.text, st.start + a.start)
                                         if a.raw.lower() in ("he", "she") else None)


def _resolve_one(a: Attribution, i: int, st: Sentence, seen: list, named_ahead: list, d: Discourse) -> str | None:
    if a.raw[:3].lower() in ("our", "my ") or _unowned_data(a, i, st, d):
        return None  # "by our estimate", "Our review found": the author's own figure; "statistics show"
    if a.raw.lower() == "it":  # "it says": the organisation named last (as an actor, or that spoke, or any)
        orgs = [b for b in seen if not b.is_person]
        near = next(d.organisations_before(i, a.start, actors=True), None) or (
            None if orgs else next(d.organisations_before(i, a.start), None))
        if near or orgs:
            return near[1] if near else orgs[-1].name
        body = _body_subject(d, i, a.start)  # "The department issued 14,000 permits, according to its report"
        return _resolve_description(body, i, st, seen, named_ahead, d) if body else None
    if a.is_pronoun:
        return _resolve_personal(a, i, st, seen, d)
    words = a.lower_words
    head = words[-1]
    if words[0] in ("its", "their") and len(words) > 1:  # "Its latest figures show": the body named before
        it = Attribution(a.start, a.start + 3, "it" if words[0] == "its" else "they", a.scope, i)
        return _resolve_one(it, i, st, seen, named_ahead, d)
    owner = words[1].removesuffix("’s").removesuffix("'s") if len(words) > 2 else ""
    if owner in BODY_HEADS and (words[0] == "the" and owner != words[1] or words[0] in ("a", "an")
                                and head in PERSON_HEADS and len(words) == 3):
        # "the agency's investigators said", "the agency's data book shows", "an agency spokesperson said":
        # the body the description's owner stands for
        body = Attribution(a.start, a.end, "the " + owner, a.scope, i)
        return _resolve_description(body, i, st, seen, named_ahead, d)
    if owner in _PLACE_BODIES and words[0] == "the" and owner != words[1] and head not in DESCRIBING:
        # "the state's labor secretariat", "the city's finance office": a body of that place, the name before that
        # holds its head word, else the description itself, never another body that spoke last (a federal one)
        return _named_before(a, i, seen, d) or " ".join(a.words[1:])
    if words[0] in ("his", "her") and len(words) > 1:  # "his office said": the person named before
        person = _last_person_mentioned(d.text, st.start + a.start)
        if person:
            return person
    if words[0] in ("a", "an") and head in PERSON_HEADS:
        return _resolve_unnamed_person(a, i, st, seen, named_ahead)
    if head in DATA_HEADS and (words[0] in ("the", "a", "an", head) or words[0] in DESCRIBING and a.start == 0):
        owner = _data_owner_in_sentence(a, st)
        if owner:
            return owner
    k = _document_head(words) if words[0] in ("a", "an") and st.text.startswith(("ccording", "er "), a.start + 1) else 0
    if k and not any(pos < a.start for pos, _ in org_mentions(st.text)):
        return _unnamed_document(a, k, i, st, seen, named_ahead, d)
    if head in ("reports", "accounts") and words[-2:-1] in (["media"], ["news"], ["press"]):
        return " ".join(a.words[-2:])  # "according to media reports": the press at large, not a body named before
    return _resolve_description(a, i, st, seen, named_ahead, d)


def _data_owner_in_sentence(a: Attribution, st: Sentence) -> str | None:
    """"a report released by the Labor Department", "Alarming statistics released by the FBI show": the body the
    sentence names as the data's maker; "Research published last month in the Journal of X found": the journal."""
    first = a.lower_words[0]
    same = [b for b in st.attributions if b is not a and b.name and not b.is_description
            and (b.start < a.start or first != "the")]
    if same:
        return same[-1].name
    journal = _PUBLISHED_IN_JOURNAL.match(st.text, a.end) if first != "the" else None
    return clean_name(journal.group("name"), "") if journal else None


def _unnamed_document(a: Attribution, k: int, i: int, st: Sentence, seen: list, named_ahead: list,
                      d: Discourse) -> str | None:
    """"according to a presentation", "an overview of the budget proposal": a document (its noun at word k) that
    no one in the sentence is named as owning."""
    words = a.lower_words
    # a document no one is named as owning is its own source; "a new poll" is the pollster whose poll the
    # article names (the nearest)
    doc = words[k]
    if words[k + 1:k + 3] in (["from", "the"], ["by", "the"]) and len(words) > k + 3 and all(
            w.islower() for w in a.words[k + 3:]):
        # "according to a news release from the association": the body "the association" stands for
        owner = Attribution(a.start, a.end, " ".join(a.words[k + 2:]), a.scope, i)
        named = _resolve_description(owner, i, st, seen, named_ahead, d)
        if named:
            return named
    # (or the maker the next sentences name by "by": "according to a new poll. ... This latest rating was
    # compiled by Gallup", before another poll named further on)
    ahead = [b for b in named_ahead if b.sentence_index > i and (doc in _plain_words(b.raw) or (
        b.sentence_index <= i + 2 and not b.is_person and f"by {b.raw}" in d.sentences[b.sentence_index].text))]
    return next((b.name for b in reversed(seen) if doc in _plain_words(b.raw)), None) or next(
        (b.name for b in ahead), None) or " ".join(
        a.words[1:] if words[k + 1:k + 2] == ["of"] else a.words[1:k + 1])


def _unowned_data(a: Attribution, i: int, st: Sentence, d: Discourse) -> bool:
    """"statistics show", "New numbers show": figures no one is named as owning, told by the article (but "X
    released figures on Monday. Data show ...": the data a sentence just before named)."""
    words = a.lower_words
    if words[-1] in _UNOWNED_HEADS and not a.start and _ADVERB_PARTICIPLE.match(a.raw) and a.raw[1:].islower():
        return True  # "Seasonally adjusted job estimates indicate": data no one is named as owning
    return words[-1] in _UNOWNED_HEADS and len(words) <= 3 and all(w in _UNOWNED_DATA for w in words[:-1]) \
        and _SHOWS_AFTER.match(st.text, a.end) is not None \
        and not any(_DATA_NAMED.search(d.sentences[j].text) for j in range(max(0, i - 2), i))


# Data with no article and no owner ("statistics show", "New numbers show", "Year-end figures showed", "data
# revealed", "Projections indicate", "Early estimates suggest") as the subject of a verb of showing: no source is
# named ("the figures show" points back to one)
_UNOWNED_HEADS = frozenset("data figures numbers statistics stats records estimates projections forecasts "
                           "research".split())
_UNOWNED_DATA = frozenset("new newer latest recent preliminary provisional early final initial updated revised fresh "
                          "year-end available current more further additional".split())
_SHOWS_AFTER = re.compile(r"\s+(?:also\s+)?(?:show|shows|showed|shown|reveal|reveals|revealed|indicate|indicates|"
                          r"indicated|suggest|suggests|suggested)\b")
_RELEASED = frozenset("recently newly just released published issued out".split())
_DATA_NAMED = re.compile(r"\b(?:data|figures|numbers|statistics|stats|records|estimates|projections|forecasts)\b",
                         re.I)


# What a document is called: the data heads and the papers an official body puts out
DOCUMENT_NOUNS = DATA_HEADS | frozenset("overview presentation briefing memorandum proposal slides snapshot breakdown "
                                        "projection projections forecast forecasts spreadsheet".split())


def _document_head(words: list[str]) -> int:
    """Where the noun that names a document is in "a presentation to the board", "an overview of the budget
    proposal", "a new poll released Tuesday" (the first before any preposition), or 0."""
    for k in range(1, len(words)):
        if words[k] in DOCUMENT_NOUNS:
            return k
        if words[k] in _PREPOSITIONS or words[k] in _CLAUSE_OPENERS:
            break
    return 0


def _plain_words(raw: str) -> set[str]:
    return {w.removesuffix("’s").removesuffix("'s") for w in raw.lower().split()}


def _resolve_description(a: Attribution, i: int, st: Sentence, seen: list, named_ahead: list,
                         d: Discourse) -> str | None:
    """"the agency", "police", "the report": the one named before that it describes."""
    words = a.lower_words
    head = words[-1]
    if len(words) >= 4 and words[0] in _DETERMINERS and words[1] in DESCRIPTION_HEADS and words[2].endswith("ing"):
        return " ".join(a.words[1:])  # "the group organizing the caravan": told apart by what it does, not one
        # named before
    named = _the_government(a, seen) or _named_before(a, i, seen, d) or _place_or_company(a, i, seen, d) \
        or _office(a, st, d) or _the_administration(a)
    if named:
        return named
    if st.paragraph < 3 and _headline(d, st.paragraph) and st.text[a.end:a.end + 1] != ":":
        # a headline's "new data show" names nobody: the body's source is not the headline's; but "State poll
        # shows" is the poll the body names ("the Survey Center's Badger Poll")
        if head in PERSON_HEADS and len(words) <= 2:  # "Analyst says ...": the analyst the body names, by title
            return next((b.name for b in named_ahead if b.is_person and b.sentence_index <= i + _AHEAD_REACH
                         and head in _plain_words(b.context or b.raw)), None)
        return next((b.name for b in named_ahead if head in ("poll", "survey", "study")
                     and head in b.raw.lower().replace("’s", "").replace("'s", "").split()), None)
    own = [w for w in words if w not in _DETERMINERS]
    if head in COLLECTIVE_HEADS:
        near = next(d.organisations_before(i, a.start, back=1), None)
        if own == [head] and head in _BODY_MEMBERS and near:
            return near[1]  # "Officials said they seized ...": the agency named just before
        return " ".join(a.words[1:] if words[0] in ("the", "a", "an") else a.words)
    if head in _NAMED_BODIES and len(own) > 1:
        return " ".join(a.words[1:] if words[0] in _DETERMINERS else a.words)  # "the city council", kept whole
    if head in PERSON_HEADS:
        people = [b for b in seen if b.is_person]
        if people:
            return people[-1].name
    org = _organisation_before(a, i, seen, d)
    if org:
        return org
    mentions = [name for pos, name in org_mentions(st.text) if pos < a.start]
    if mentions:
        return clean_name(mentions[-1], "")
    # "according to new data": named further on; "the department" was named before; "federal data" is not
    # whoever the article names later (AAA)
    if words[0] != "the" and not (words[0] in ("federal", "government", "official") and head in DATA_HEADS):
        # (a state or country that reports its own figure further on is no owner of these: "Preliminary numbers
        # showed 533 county residents out of work. ... Michigan again reported the highest rate")
        ahead = [b for b in named_ahead if i < b.sentence_index <= i + _AHEAD_REACH and not b.is_person
                 and not (b.name and _PLACE_NAME.fullmatch(b.name))]
        if ahead:
            return ahead[0].name
    return _description_itself(a, i, st, d)


# How many sentences on a source named ahead may still be the one a description stands for ("according to new
# data. ... The figures come from the Census Bureau"); further on, the source of other figures
_AHEAD_REACH = 3


def _description_itself(a: Attribution, i: int, st: Sentence, d: Discourse) -> str | None:
    """A description nothing before or ahead names: data the paragraph's body put out, or the words themselves."""
    words = a.lower_words
    head = words[-1]
    if head in DATA_HEADS:  # "Preliminary figures show": the organisation the article has just named (in the
        # paragraph, or the subject a paragraph before opens with; not "... urging Congress to act." then a
        # paragraph "..., according to recently released data")
        near = next(d.organisations_before(i, a.start), None)
        if near and (d.sentences[i - near[0]].paragraph == st.paragraph
                     or _opens_with(d.sentences[i - near[0]].text, near[1])):
            return near[1]
    if head in _UNOWNED_HEADS and all(w in _UNOWNED_DATA or w in _RELEASED for w in words[:-1]):
        return None  # "according to recently released data", no owner named near or ahead: the article's own
    if words[0] in DESCRIBING:
        return " ".join(words)  # "preliminary figures": a description, not the name "Preliminary"
    return _complete_body(clean_name(a.raw, ""), d.text)


def _opens_with(sentence: str, name: str) -> bool:
    """The sentence opens with the name, its subject: "The Harbor Board tracks ..." opens with "Harbor Board"."""
    return sentence.startswith(name, 4 if sentence.startswith(("The ", "the ")) else 0)


# A place that speaks as a body: "the state reported 47 deaths", "the city said"
_PLACE_BODIES = frozenset("state city county province country nation".split())
# Words that make a name a public body, not a company: "the automaker" is never the Commerce Department
_PUBLIC_WORDS = frozenset("department dept dept. agency bureau administration office commission government ministry "
                          "council committee board authority congress senate house reserve treasury census patrol "
                          "police court fed".split())


def _place_or_company(a: Attribution, i: int, seen: list, d: Discourse) -> str | None:
    """"the state said": the state itself, not the department that spoke before it; "the automaker said": the
    company named before."""
    words = a.lower_words
    if len(words) == 2 and words[0] == "the" and words[1] in _PLACE_BODIES:
        return words[1]
    return _company_before(a, i, seen, d) if words[-1] in TRADE_HEADS else None


def _company_before(a: Attribution, i: int, seen: list, d: Discourse) -> str | None:
    """"The automaker said": the company named nearest before (a few sentences back), not the agency that spoke
    last; else the last company that spoke."""
    def company(name: str) -> bool:  # (nor a paper that reported it)
        return not (_PUBLIC_WORDS | _MEDIA).intersection(w.strip(".,’'") for w in name.lower().split())
    near = next((name for _, name in d.organisations_before(i, a.start, back=3, actors=True) if company(name)), None)
    return near or next((b.name for b in reversed(seen) if not b.is_person and not b.is_description and b.name
                         and company(b.name)), None)


def _the_government(a: Attribution, seen: list) -> str | None:
    """"the government said": the state as a whole, not the department the article named last; but "the
    Canadian government" named before is the one it stands for."""
    words = a.lower_words
    if words[-1] != "government" or len(words) > 3 or words[0] not in ("the", "federal"):
        return None
    return next((b.name for b in reversed(seen) if b.lower_words[-1] == "government" and b.name),
                " ".join(w for w in a.words if w.lower() != "the"))


def _the_administration(a: Attribution) -> str | None:
    """"The Administration forecasts ...", "the new administration said": with no name before that holds the word
    (the Energy Information Administration, the Bush administration: _named_before), the government's executive
    itself, not the agency that spoke last."""
    words = a.lower_words
    if words[-1] != "administration" or words[0] != "the" or len(words) > 3:
        return None
    return " ".join(w for w in a.words if w.lower() != "the")


def _headline(d: Discourse, p: int) -> bool:
    """Paragraph p is the headline or a deck under it: it and every paragraph before it one line of one sentence
    with no full stop, and the body after them."""
    return p + 1 < len(d.paragraphs) and all(
        len(d.paragraphs[k].sentences) == 1 and d.paragraphs[k].text.rstrip()[-1:] not in ".\"”" for k in range(p + 1))


def _organisation_before(a: Attribution, i: int, seen: list, d: Discourse) -> str | None:
    """The organisation a description stands for: the last that spoke, or, for "the agency" when none has,
    the body named just before ("The Coast Guard stopped a boat. The agency said ...")."""
    words = a.lower_words
    head = words[-1]
    # a document is an organisation's, not the economists' or analysts' named before
    # (and a body is not a document described before: "statistics released by the police department")
    # (nor the group a pronoun stood for: "Critics and experts said ... They said ...")
    orgs = [b for b in seen if not b.is_person and not (head in DATA_HEADS and (
            b.words[-1].lower() in COLLECTIVE_HEADS or b.is_pronoun and b.name.split()[-1].lower() in COLLECTIVE_HEADS))
            and not (head not in DATA_HEADS and head not in DESCRIBING and b.is_description
                     and b.lower_words[-1] in DATA_HEADS)]
    if orgs:
        return orgs[-1].name
    if words[0] == "the" and len(words) == 2 and head in BODY_HEADS:
        near = next(d.organisations_before(i, a.start), None)
        if near:
            return near[1]
    return None


_BODY_WORDS = frozenset(("police", "city", "county", "law enforcement"))
_POLL_WORDS = ("poll", "survey")  # one poll, called either


def _named_before(a: Attribution, i: int, seen: list, d: Discourse) -> str | None:
    """The name before that a description's head word is part of ("the institute": the Urban Institute),
    or, for a document ("the report", "the report's summary"), the body named just before."""
    words = a.lower_words
    head = words[-1]
    if 2 <= len(words) <= 3 and head in DATA_HEADS and (" ".join(words[:-1]) in _BODY_WORDS or (
            words[0] == "state" and head in _UNOWNED_HEADS)):
        # "police statistics show", "city data show", "law enforcement data", "State estimates say": that body's
        # figures, not the publisher's (but "State study:" in a headline is a study whose maker the story names)
        return " ".join(words)
    heads = _POLL_WORDS if head in _POLL_WORDS else (head,)  # "a Gallup survey ... the poll shows": one poll
    for b in reversed(seen):
        if any(h in b.lower_words for h in heads) and not (b.is_person and b.lower_words[-1] not in heads and (
                head in COLLECTIVE_HEADS or head in _PLACE_BODIES
                or (head in DATA_HEADS and head not in b.name.lower().split()))):
            return b.name  # but "the police" are not "Police Superintendent Ann Ruiz", nor "the poll" its director,
            # nor "the county" its sheriff (a poll whose owner reads like a person's name is a poll: "a Southeast
            # Missourian survey")
    for _, name in d.organisations_before(i, a.start, back=6):
        if head in name.lower().split():
            return name
    if head in _POLL_WORDS and words[0] == "the":  # "the poll": the poll named by its own name before
        named_poll = _poll_named_before(i, a.start, d)
        if named_poll:
            return named_poll
    if head in BODY_HEADS and words[0] == "the":
        described = _described_as(head, i, a.start, d)
        if described:
            return described
    if head in DATA_HEADS and words[0] == "the":
        for b in reversed(seen):  # "according to internal data obtained by CBS ... the figures show": those data
            if b.sentence_index >= i - 2 and b.name and (b.words[-1].lower() in DATA_HEADS or _told_in_its(
                    d.sentences[b.sentence_index].text, b, head)):
                return b.name  # "the IEA said in its monthly report ... according to the report": the IEA's
        near = next(d.organisations_before(i, a.start), None)
        if near:
            return near[1]
    return None


# a poll's own name, its makers joined by slashes or hyphens: "the Harbor/Metro Poll", "a new Lakeside Survey"
_POLL_NAME = re.compile(r"(?<![\w/-])((?:[A-Z][\w.&’'-]*(?:/[A-Z][\w.&’'-]*)*\s+){1,5}(?:Poll|Survey))\b")


def _poll_named_before(i: int, pos: int, d: Discourse) -> str | None:
    """The last poll named by a name of its own ("A new Harbor/Metro Poll finds ...") up to six sentences back."""
    for j in range(i, max(-1, i - 7), -1):
        text = d.sentences[j].text if j < i else d.sentences[j].text[:pos]
        if "Poll" not in text and "Survey" not in text:
            continue
        found = [m for m in _POLL_NAME.finditer(text) if m.group(1).split()[0] not in _OPENING_CONNECTIVES
                 and not _calendar_word(m.group(1).split()[0])]
        if found:
            return clean_name(found[-1].group(1), d.text)
    return None


def _told_in_its(sentence: str, b: Attribution, head: str) -> bool:
    """"the IEA said today in its monthly oil-market report": the source says it told its figures in a document
    named by the head word ("report")."""
    return f"{head}" in sentence and re.search(r"\b(?:in|from)\s+(?:its|their|his|her)\s+(?:[\w-]+\s+){0,3}"
                                              + head + r"\b", sentence[b.start:]) is not None


_DESCRIBED_AS = (r"((?:[Tt]he\s+)?[A-Z][\w.&’'-]*(?:\s+(?:(?:of|for|and|the|&|on)\s+)?[A-Z][\w.&’'-]*){0,6})"
                 r"(?:\s+\([A-Z]{2,}\))?,\s+(?:a|an|the)\s+(?:[\w’'-]+\s+){0,5}?")


def _described_as(head: str, i: int, pos: int, d: Discourse) -> str | None:
    """"The Urban Housing Project, a nonprofit research group, ..." and later "the group": the name that an
    appositive describes with the same head word, nearest first (six sentences back at most)."""
    for j in range(i, max(-1, i - 7), -1):
        text = d.sentences[j].text if j < i else d.sentences[j].text[:pos]
        if head not in text:
            continue
        for m in reversed(list(re.finditer(_DESCRIBED_AS + head + r"\b", text))):
            if not _PLACE_NAME.fullmatch(m.group(1)):
                return clean_name(m.group(1), "")
    return None


def speaker_for(start: int, st: Sentence, d: Discourse) -> str | None:
    """Who the figure at text offset start (in sentence st) is attributed to, or None."""
    # An agency doing what it counts ("The Coast Guard rescued 212 sailors") is not the speaker: no verb of
    # saying or reporting attributes the figure (the corpus conventions); its "own" attribution only names
    # it for what follows ("the agency said").
    rel = start - st.start
    if "argin" in st.text and _margin_of_error(st.text, rel):
        return None  # "within the poll's 3.2-point margin of error": how the poll was taken, no finding of it
    if (" of " in st.text[max(0, rel - 12):rel] and (_SAMPLE_SIZE.search(st.text, max(0, rel - 12), rel)
                                                      or _SAMPLE_OF.search(st.text, max(0, rel - 130), rel))
            or " for " in st.text[max(0, rel - 12):rel] and _SAMPLE_DATA.search(st.text, max(0, rel - 40), rel)) \
            and _SAMPLE_NOUN.match(st.text, rel):
        # "a poll of 818 likely voters", "a poll conducted by X Sept. 18-25 of 482 likely voters", "estimates based
        # on data for 26,121 people": the sample is how the poll was taken, nobody's figure
        return None
    surveyed = _SURVEYED_BY.match(st.text, rel) if "ed by " in st.text[rel:rel + 60] else None
    if surveyed and not (surveyed.group("frame") and according_in(st.text)):
        # "the median of 75 economists surveyed by X", "the seven states surveyed by X": the sample of X's survey,
        # told by the article (but "According to Y, 22% of the 4,000 firms surveyed by X": Y tells it)
        return None
    quoted = _speaker_of_quotation(start, st, d)
    if quoted and all(a.is_description and _quoted(st.start + a.start, d) for a in st.attributions):
        return quoted  # a speaker quoted saying "the data show ...": the figure is the speaker's
    # (most sentences with figures have no attribution: none in it can name anyone)
    return ((_speaker_in_sentence(rel, st) if st.attributions else None)
            or quoted
            or _speaker_of_sentence(st, d))


# A poll's margin of error, the figure after it ("a margin of error of plus or minus 3 points", "The margin of error
# for the full sample is 2.6", "error margin = +/- 4.2") or before it ("a 3.2 percentage-point margin of error")
_MARGIN = r"(?:[Mm]argin\s+(?:of|for)\s+(?:sampling\s+)?error|[Ee]rror\s+[Mm]argin)"
_MARGIN_BEFORE = re.compile(_MARGIN + r"(?:\s+(?:for|in|among|on)\s+[^,;:\d()]{1,60}?)?(?:\s+also)?\s*"
                            r"(?:of\s+|is\s+|was\s+|=\s*|at\s+|:\s*|\(\s*)?(?:(?:approximately|about|roughly|around)\s+)?"
                            r"(?:plus\s+or\s+minus\s+|\+\s*/\s*[-–]\s*|±\s*)?$")
_MARGIN_AFTER = re.compile(r"[\d.,]*\d\s*%?(?:[\s-]*(?:percentage|percent|per\s+cent|points?|pts?\.?)\b)*[\s-]*"
                           + _MARGIN)


def _margin_of_error(sentence: str, rel: int) -> bool:
    """The figure at rel is a poll's margin of error."""
    return bool(_MARGIN_AFTER.match(sentence, rel) or _MARGIN_BEFORE.search(sentence, max(0, rel - 110), rel))


def _speaker_of_sentence(st: Sentence, d: Discourse) -> str | None:
    """The source named after the sentence or over its block: the same for all its figures, worked out once."""
    if "speaker" not in st.memo:
        st.memo["speaker"] = _speaker_told_after(st, d) or _speaker_of_block(st, d)
    return st.memo["speaker"]


# A sentence that names the source of the one before: "That's according to a new report from X.", "Those are the
# findings of X.", "That's what X found."
_POINTS_BACK = re.compile(r"(?:That|This|Those|These)(?:[’']s|\s+is|\s+was|\s+are|\s+were)\s+(?:all\s+|just\s+)?"
                          r"(?:according\s+to|the\s+(?:latest\s+|new\s+)?(?:findings?|conclusions?|estimates?|word|"
                          r"figures?|numbers?|count)\s+(?:of|from)|what\s)")


def _speaker_told_after(st: Sentence, d: Discourse) -> str | None:
    """The source that the next sentence names for this one's figures ("Crime fell 4%. That's according to X.")."""
    nxt = d.sentences[st.index + 1] if st.index + 1 < len(d.sentences) else None
    m = _POINTS_BACK.match(nxt.text) if nxt is not None else None
    if m is None:
        return None
    named = sorted((a for a in nxt.attributions if a.name and a.scope != "own"),
                   key=lambda a: (a.is_description, -a.start))  # "a report from X": X, over "report"
    if named:
        return named[0].name
    mentions = [name for pos, name in org_mentions(nxt.text) if pos >= m.end()]  # "the findings of X"
    return clean_name(mentions[0], "") if mentions else None


_SAMPLE_SIZE = re.compile(r"\b(?:polls?|surveys?)\s+of\s+$")
# the poll's "of" past who took it and when ("poll conducted by the University of New Hampshire Sept. 18-25 of")
_SAMPLE_OF = re.compile(r"\b(?:poll|survey)\s+(?:conducted|taken|carried\s+out|done)\s+(?:by|for)\s+"
                        r"(?:the\s+)?(?:[A-Z][\w.&’'/-]*\s+(?:(?:of|for|and|&)\s+)?){1,8}"
                        r"(?:(?:" + MONTH_RE + r")\.?\s+\d{1,2}(?:\s*[-–]\s*\d{1,2})?\s+)?of\s+$")
_SAMPLE_DATA = re.compile(r"\bbased\s+on\s+(?:(?:the|its|their)\s+)?(?:data|responses|interviews|answers)\s+"
                          r"(?:for|from)\s+$")
_SAMPLE_NOUN = re.compile(r"[\d,.]+\s+(?:[\w-]+\s+){0,3}(?:voters|adults|people|residents|respondents|Americans|"
                          r"households|parents|workers|consumers|economists|analysts|forecasters|strategists)\b")
_SURVEYED_BY = re.compile(r"[\w,.]+\s+(?:(?!percent\b|of\b|per\b)[A-Za-z]+\s+)?(?:economists|analysts|forecasters|"
                          r"strategists|experts|voters|adults|respondents|executives|(?P<frame>states|cities|counties|"
                          r"companies|firms|businesses|employers|hospitals|countries|households))\s+(?:(?:who\s+were|were)\s+)?"
                          r"(?:surveyed|polled|questioned|interviewed)\s+by\b")


def _quoted(at: int, d: Discourse) -> bool:
    return bool(d.quotes) and any(q0 <= at < q1 for q0, q1 in d.quotes)


_MEDIA = frozenset("news times post tribune journal herald reuters ap press gazette magazine daily newspaper "
                   "network cnn nbc abc cbs fox bbc npr axios politico bloomberg".split())


_FIGURE_TOKEN = re.compile(r"\S*")
_FIGURE_BETWEEN = re.compile(r"[,;:]|\s\S*\d")
_EARLIER_REPORT = re.compile(r"\S+(?:\s+[\w-]+){0,2}\s+(?:originally|initially|previously|first)\s+"
                             r"(?:reported|estimated)\b")


# A relative clause whose pronoun is the subject of what was said: "(which) activists said killed more than",
# "(that) officials say displaced about", "(which) police believe left" -- not "said the storm destroyed"
_SAID_DID = re.compile(r"\s+(?:(?:have|has|had)\s+)?(?:said|say|says|stated|believe[sd]?|estimated?|estimates|reported|"
                       r"claimed|claims?|think|thought)\s+(?!(?:" + "|".join(sorted(_DETERMINERS | _CLAUSE_OPENERS))
                       + r"|it|they|he|she|we|there)\s)[a-z]+(?:\s+[a-z]+){0,4}\s+$")


# A relative clause that describes the speaker or the body the speaker works for, the figure in it: "said Jo Poe, a
# director at the Grocers Guild, which represents 900 stores", "The guild, which has 40 staff, said" -- what the
# speaker is, told by the article, not a figure the speaker gives
_DESCRIBES = re.compile(r"(?:(?!\b(?:said|says?|told|tells|added|adds|noted|notes|reported|estimated|wrote)\b)"
                        r"[^;:\"“”\d]){0,160},\s+(?:which|who|whose\s+[a-z]+)\s+(?:now\s+|also\s+)?"
                        r"(?:represents?|has|have|employs?|serves?|includes?|operates?|oversees?|manages?|owns?|"
                        r"runs?|numbers?)\s+[^,;]{0,40}$")


def _describes(sentence: str, a: Attribution, rel: int) -> bool:
    return a.end <= rel and ", wh" in sentence[a.end:rel] and bool(_DESCRIBES.match(sentence, a.end, rel))


# a full stop with no space after it, between a lower-case word and a capitalised one: "in gross debt.Just months
# ago, ...": two sentences run together in the text as published
_GLUED_STOP = re.compile(r"[a-z]{2}\.[A-Z][a-z]+\s")


def _glued_stop(sentence: str, a: Attribution, rel: int) -> bool:
    """A speaker's sentence ends at such a stop: the figures past it are the next sentence's."""
    lo, hi = (a.end, rel) if a.end <= rel else (rel, a.start)
    return hi > lo and "." in sentence[lo:hi] and _GLUED_STOP.search(sentence, lo, hi) is not None


def _in_own_aside(a: Attribution, rel: int) -> bool:
    """The figure is inside the aside that describes the speaker before its verb ("Buck Consulting, a firm that
    surveyed 350 employers, say"): who the speaker is, not what they say."""
    return bool(a.context) and a.context.startswith((a.raw + ", a ", a.raw + ", an ", a.raw + ", the ")) \
        and a.end < rel < a.start + len(a.context)  # (not a relative clause: "the report, which is based on ...")


def _speaker_in_sentence(rel: int, st: Sentence) -> str | None:
    # not a figure inside the source's own phrase ("in eight Quinnipiac polls")
    whole = [a for a in st.attributions if a.scope == "sentence" and a.name
             and (a.inside or not a.start <= rel < a.end) and not _glued_stop(st.text, a, rel)]
    for a in st.attributions:  # "analyst predictions of a 1.3 million-barrel decline": whoever said the rest
        if a.scope in ("forecast", "span") and a.name and a.start < rel < a.end and rel >= a.covers_from:
            return _group_surveyed_by(st.text, rel, a, whole) or a.name
    surveyed = [a for a in st.attributions if a.scope == "clause" and a.name]
    if whole and surveyed and all(_MEDIA.intersection(a.name.lower().split()) for a in whole):
        return surveyed[0].name  # "voters surveyed by Marist ..., according to the Tribune": the pollster's figures
    surveyed = _not_measured_against(st.text, rel, surveyed)
    near = next((a for a in surveyed if _same_clause(st.text, rel, a.start) and _expected_in(st.text, rel, a)), None)
    if near and not any(_same_clause(st.text, rel, a.start) for a in st.attributions
                        if a.name and a.name != near.name and (a.scope == "sentence" or a.scope == "after"
                                                                and a.end <= rel)):
        return near.name  # "..., the Labor Department said, short of the 240,000 expected by economists polled by X"
    for a in st.attributions:  # "the 1 million deportations that officials outlined", "the 1.1 million analysts
        # expected"
        if a.scope == "relative" and a.name and rel < a.start <= rel + 90 \
                and not _FIGURE_BETWEEN.search(st.text, _FIGURE_TOKEN.match(st.text, rel).end(), a.start):
            # the nearest figure before it only ("the 100,000 that economists expected": past its own digits),
            # even in a sentence another source speaks for ("..., the department said, below the 3.3% economists
            # had forecast")
            return a.name
        if a.scope == "relative" and a.name and a.end < rel <= a.end + 60 and _SAID_DID.match(st.text, a.end, rel):
            return a.name  # "Douma, which activists said killed more than 40": what the clause says it did
    sayer = _sayer_over_maker(rel, st, whole) if whole else None
    if sayer:
        return sayer
    if whole:  # a named source before a description: "according to figures released by DHS"
        named = [a for a in whole if not a.is_description]
        # and a body described before bare data: "data released by the health district indicated"
        bodies = [a for a in whole if a.lower_words[-1] not in DATA_HEADS]
        chosen = (named or bodies or whole)[-1]
        # but "said Jo Poe of the Grocers Guild, which represents 900 stores": who the speaker is
        return None if _describes(st.text, chosen, rel) else chosen.name
    before = [a for a in st.attributions if a.scope == "after" and a.end <= rel and a.name
              and not _aside_closed(st.text, a.start, a.end, rel) and not _opening_clause_closed(st.text, a.end, rel)
              and not _own_clause_after(st.text, a.end, rel) and not _in_own_aside(a, rel)]
    if before and _EARLIER_REPORT.match(st.text, rel):
        return None  # "Economists had expected ... from the $63.2 billion originally reported": not theirs
    if before:  # "He said Boeing expects fewer than 38": the one who said it (but "The Grocers Guild, which
        # represents 900 stores, said": the speaker described)
        return None if _describes(st.text, before[0], rel) else before[0].name
    cited = [a for a in st.attributions if a.scope == "cited" and a.name]
    if cited:
        return cited[0].name
    for a in surveyed:
        if _same_clause(st.text, rel, a.start):
            return a.name
    return None


# a comparison that sets a figure against another one: "N were higher than the estimate of M (polled by X)"
_MEASURED = re.compile(r"\b(?:than|above|below|exceed(?:ed|s|ing)?|topp(?:ed|ing)|beat(?:ing|s)?|short\s+of)\s")
_FIGURE_AFTER = re.compile(r"\s[$€£]?\d")


def _not_measured_against(text: str, rel: int, surveyed: list[Attribution]) -> list[Attribution]:
    if surveyed and rel < surveyed[-1].start and (  # (a cheap test first: most sentences compare nothing)
            " than " in text or "above " in text or "below " in text or "exceed" in text or "topp" in text
            or "beat" in text or "short of " in text):
        return [a for a in surveyed if not _measured_against(text, rel, a)]
    return surveyed


def _measured_against(sentence: str, rel: int, a: Attribution) -> bool:
    """"The 388,000 claims were higher than the median estimate of 375,000 projected by economists polled by X":
    the figure set against what those polled expected is no figure of theirs (only the one after the comparison)."""
    if a.start <= rel:
        return False
    m = _MEASURED.search(sentence, _FIGURE_TOKEN.match(sentence, rel).end(), a.start)
    return m is not None and _FIGURE_AFTER.search(sentence, m.start(), a.start) is not None


# a dash that sets off an aside ("—", " -- ", a spaced en dash), not one between figures ("41 – 46 percent")
_ASIDE_DASH = re.compile(r"—|--|(?<=\s)–(?=\s)(?<!\d\s–)(?!\s\d)")


def _aside_closed(sentence: str, start: int, end: int, rel: int) -> bool:
    """"Arkansas—whose governor has said he wants to end it—ranked 49th with 22.5 percent": a speaker inside an
    aside set off by dashes or parentheses says only what the aside holds, not the figures after it closes."""
    between = sentence[end:rel]
    if "—" not in between and "-" not in between and "–" not in between and ")" not in between:
        return False  # (most sentences: no aside can close between the speaker and the figure)
    if ")" in between and sentence.rfind("(", 0, start) > sentence.rfind(")", 0, start):
        return True
    return len(_ASIDE_DASH.findall(sentence, 0, start)) % 2 == 1 and bool(_ASIDE_DASH.search(between))


# A clause joined by "and" whose subject is a pronoun and whose verb is no verb of saying: "He predicted fuel would
# cost $90,000, and he wants to buy 12 trucks": the speaker's own doing or wanting, not what he said
_OWN_CLAUSE_AFTER = re.compile(r",\s+and\s+(?:he|she|they|we|I)\s+(?:also\s+)?([a-z]+)\b")


def _own_clause_after(sentence: str, end: int, rel: int) -> bool:
    """A speaker's "after" scope ends where such a clause begins before the figure."""
    if ", and " not in sentence[end:rel]:
        return False  # (most sentences: no clause joined between the speaker and the figure)
    return any(m.group(1) not in _VERB_SET and m.group(1) not in ("is", "was", "has", "had", "will", "would")
               for m in _OWN_CLAUSE_AFTER.finditer(sentence, end, rel))


# A subordinate clause of time or concession that opens the sentence, up to its comma: "When the mayor announced the
# plan, estimates put the cost at $4 million" (not "As the bureau reported, ...": a clause of saying itself)
_OPENING_CLAUSE = re.compile(r"(?:(?:But|And|Yet|So),?\s+)?(?:When|Whenever|After|Before|Once|Until|While|Whereas|"
                             r"Although|Though|Even\s+though|If|Unless)\s+[^,;:\d]{3,160}?,\s")


def _opening_clause_closed(sentence: str, end: int, rel: int) -> bool:
    """A speaker inside such an opening clause says only what the clause holds, not the main clause's figures."""
    if sentence[:1] not in "WABOUIESTY" or ", " not in sentence[end:rel]:
        return False  # (most sentences open otherwise, or hold no comma between the speaker and the figure)
    m = _OPENING_CLAUSE.match(sentence)
    return m is not None and end <= m.end() <= rel


# the maker of a survey named in passing ("in a survey conducted by Y"), a _by attribution's start
_SURVEY_MAKER = re.compile(r"(?:conducted|carried\s+out|taken)\s")


def _sayer_over_maker(rel: int, st: Sentence, whole: list[Attribution]) -> str | None:
    """"X said it found 52 percent ..., in a survey conducted by Y": who says the figure, not who took the survey
    (but "The survey, taken by Y, found": Y's survey)."""
    if not all(_SURVEY_MAKER.match(st.text, a.start) for a in whole):
        return None
    sayer = [a for a in st.attributions if a.scope == "after" and a.end <= rel and a.name
             and a.lower_words[-1] not in DATA_HEADS]
    return sayer[-1].name if sayer else None


_SURVEYED_GROUPS = frozenset("analysts economists forecasters traders strategists".split())


def _group_surveyed_by(sentence: str, rel: int, a: Attribution, whole: list[Attribution]) -> str | None:
    """"The median of economists' forecasts was 172,000, according to Bloomberg": a group's forecast that a named
    source after the figure reports is that source's survey."""
    if a.name.lower() not in _SURVEYED_GROUPS or not according_in(sentence[rel:]):
        return None
    later = [w for w in whole if w.start > rel and not w.is_description]
    return later[-1].name if later else None


_EXPECTED = re.compile(r"\b(?:expect(?:ed|s)?|forecasts?|predict(?:ed|s)?|projected|estimated|anticipated|"
                       r"consensus|estimates?|forecasting|expecting|called\s+for)\b")


def _expected_in(sentence: str, rel: int, a: Attribution) -> bool:
    """"the 240,000 expected by economists polled by X", "analysts surveyed by X had forecast 225,000": the
    clause of the figure and of those polled says the figure is what they expected."""
    lo, hi = min(rel, a.start), max(rel, a.end)
    # from the start of the figure's clause: "defied forecasts for a decline of 3 million barrels by analysts
    # surveyed by X, but ..."
    lo = max((m.end() for m in _CLAUSE_BREAK.finditer(sentence, 0, lo)), default=0)
    aside = _SHORT_ASIDE.match(sentence, hi)  # "analysts surveyed by X, on average, had expected"
    brk = _CLAUSE_BREAK.search(sentence, aside.end() if aside else hi)
    return bool(_EXPECTED.search(sentence, lo, brk.start() if brk else len(sentence)))


_SHORT_ASIDE = re.compile(r",(?:\s+[a-z]+){1,3},")


# (not the comma of "240,000"; nor "and" joining two objects of one verb: "looked for a 2.4% rise in output and a
# 2% gain in costs")
_CLAUSE_BREAK = re.compile(r"(?<!\d),|,(?!\d)|;|\band\b(?!\s+an?\s+\$?\d)|\bbut\b")


def _same_clause(sentence: str, at: int, other: int) -> bool:
    """No comma, semicolon, "and" or "but" between two offsets of a sentence."""
    lo, hi = sorted((at, other))
    brk = _CLAUSE_BREAK.search(sentence, lo, hi + 8)  # (past hi: "and a 2%" is read up to its figure)
    return brk is None or brk.start() >= hi


def _speaker_of_quotation(start: int, st: Sentence, d: Discourse) -> str | None:
    if not _quoted(start, d):
        return None
    around = d.by_paragraph.get(st.paragraph, [])
    earlier = [a for other in around if other.index < st.index for a in other.attributions if a.name]
    if earlier:
        return earlier[-1].name
    named = [a for other in around for a in other.attributions if a.name and other is not st]
    if named:
        return named[0].name
    # a quotation running on from the paragraph before ("...," said X. / "Our agents seized ...)
    para = d.paragraphs[st.paragraph]
    if para.text.lstrip()[:1] in "\"“" and para.index > 0:
        before = d.by_paragraph.get(para.index - 1, [])
        if before and before[0].text.lstrip()[:1] in "\"“":
            names = [a.name for other in before for a in other.attributions if a.name]
            if names:
                return names[-1]
    return None


_LABEL_ITEM = re.compile(r"[^.:;!?\n]{3,80}:\s+[^.;!?\n]*\d[^.;!?\n]*[.]?$")


# a short line with a figure, one item of a list run into a sentence: "Construction with 26,700 new jobs; and"
# (or the last two run together: "Retail with 12,100 new jobs; and Finance with 9,800 new jobs.")
_SERIES_ITEM = re.compile(r"[^.:;!?\n]{0,100}\d[^.:;!?\n]{0,60}(?:;(?:\s+(?:and|or))?|\.)\s*$|"
                          r"[^.:;!?\n]{0,100}\d[^.:;!?\n]{0,60};\s+(?:and|or)\s+[^.:;!?\n]{0,100}\d[^.:;!?\n]{0,60}\.\s*$")


def _is_item(para: Paragraph) -> bool:
    """A bullet, a short "Label: figure" line ("Pedestrian deaths: Increased 13%"), a short line with a
    figure and no full stop ("Hawaii ($3.24)"), or one that ends with a semicolon ("Retail with 900 jobs; and")."""
    text = para.text
    return para.is_bullet or (len(text) < 140 and ": " in text and bool(_LABEL_ITEM.match(text))) or (
        len(text) < 60 and text.rstrip()[-1:] not in ".:?!" and any(c.isdigit() for c in text)) or (
        ";" in text and bool(_SERIES_ITEM.match(text)) and (not text.rstrip().endswith(".") or "; and " in text
                                                             or "; or " in text))


def _full_sentence(para: Paragraph) -> bool:
    """A bullet that is a whole sentence ("• Jobless rates in 30 states were below 6.3%."), not a label line."""
    text = para.text.rstrip()
    return para.is_bullet and text.endswith(".") and not _LABEL_ITEM.match(text) and len(text.split()) > 5


def _speaker_of_block(st: Sentence, d: Discourse) -> str | None:
    """An embedded post's signature, or the source named before a list that a colon opens."""
    signature = d.blocks[st.paragraph][0] if st.paragraph in d.blocks else None
    if signature:
        return clean_name(signature, st.text)
    if st.paragraph in d.sourced:
        return d.sourced[st.paragraph]
    para = d.paragraphs[st.paragraph]
    if not d.is_item(para.index):
        return _speaker_of_colon(para, d) or _speaker_of_excerpt(para, st, d) or _speaker_of_figure_list(para, d)
    j = para.index - 1
    while j >= 0 and (d.is_item(j) or _continues_bullet(d, j)):
        j -= 1
    if j < 0:
        return None
    if not d.colon[j]:
        # "NHTSA broke down the deaths by category." then "Pedestrian deaths: up 13%" lines: a header that
        # is a sentence names its source itself, as the subject or an attribution of its own
        n = j + 1
        while n < len(d.paragraphs) and d.is_item(n):
            n += 1
        if n - j < 3 or any(_full_sentence(d.paragraphs[k]) for k in range(j + 1, n)):
            return None  # two items at least, and labels, not bullets that are sentences of their own
        header = d.by_paragraph.get(j, [])[-1:]
        names = [a.name for other in header for a in other.attributions if a.name]
        if names:
            return names[-1]
        lead = org_mentions(header[0].text) if header else ()
        return clean_name(lead[0][1], "") if lead and lead[0][0] == 0 else None
    return _source_of_header(d, j)


# a paragraph that opens with its figure and what it counts: "180,000: Number of unpaid bills", "$14.5 billion: Money
# owed", "9 to 12 percent: The interest rate"
_FIGURE_LABEL = re.compile(r"\$?\d[\d,.]*(?:\s*(?:to|-|–)\s*\$?\d[\d,.]*)?(?:\s+[a-z]+){0,2}:\s+[A-Z]")


def _speaker_of_figure_list(para: Paragraph, d: Discourse) -> str | None:
    """Paragraphs that each open with a figure and its label, under a header that is a source's bare name ("Acme
    Research:"): the figures are that source's, the sentences after each label too."""
    if not _FIGURE_LABEL.match(para.text):
        return None
    j = para.index - 1
    while j >= 0 and not d.colon[j] and _FIGURE_LABEL.match(d.paragraphs[j].text):
        j -= 1
    return _bare_source(d, j) if j >= 0 and d.colon[j] else None


def _bare_source(d: Discourse, j: int) -> str | None:
    """Header paragraph j is a source's name and a colon, nothing else ("Chicago Sun Times:"): that source."""
    header = d.paragraphs[j].text.strip()
    if len(header) > 60 or len(header.split()) > 6:
        return None
    found = org_mentions(header)
    if len(found) == 1 and found[0][0] == 0 and len(found[0][1]) == len(header) - 1 \
            and not _PLACE_NAME.fullmatch(found[0][1]):
        return clean_name(found[0][1], d.text)
    return None


_FINDINGS_FROM = re.compile(r"\b(?i:findings|results|highlights|takeaways|figures|numbers)\s+(?:from|of)\s+"
                            r"(?:the\s+)?(?P<name>[A-Z][\w.&’'-]*(?:\s+(?:(?:of|for|and|&|the)\s+)?[A-Z][\w.&’'-]*)*)")


def _results_named(header: str) -> str | None:
    """"Previous Civitas Poll results:": the poll named, not the last person quoted about it; "Key findings from the
    CDC's National Health Interview Survey:": its maker."""
    results = _NAMED_RESULTS.search(header) if "esults" in header or "indings" in header else None
    if results:
        return clean_name(results.group(1), "")
    made = _FINDINGS_FROM.search(header) if " from " in header or " of " in header else None
    if made is None or _CALENDAR_WORD.match(made.group("name")):
        return None  # ("Highlights from the May data:": the month's, in the release's own voice)
    return clean_name(made.group("name").removesuffix("’s").removesuffix("'s"), "")


def _source_of_header(d: Discourse, j: int) -> str | None:
    """The source of a list that header paragraph j opens with a colon: named in it, or the one named before."""
    header = d.paragraphs[j].text
    bare = _bare_source(d, j)
    if bare:
        return bare
    results = _results_named(header)
    if results:
        return results
    if not any(a.name for other in d.by_paragraph.get(j, []) for a in other.attributions):
        last = d.by_paragraph.get(j, [])[-1:]
        owner = org_mentions(last[0].text) if last else ()
        if owner and _owns_figures(last[0].text, *owner[-1]):
            # "Here are the annual TDCJ population totals:": the body whose figures the header names (but "..., the
            # winner in the 2010 special Senate election, as follows:": a body named in passing owns no figures)
            return clean_name(owner[-1][1], "")
        if _SOURCE_WORD.search(header) is None and not any(_owns_figures(header, *m) for m in org_mentions(header)):
            if j and d.colon[j - 1]:  # "Here are the numbers the agency shared:" then "The biggest gains were:": a
                return _source_of_header(d, j - 1)  # header within a header's list, whose source it keeps
            return None  # "People at or below the minimum wage are:", "the vote in the Senate race was:" name no source
        if "release" in d.text and _SELF_RELEASE.search(d.text):
            return None  # "Highlights from the fourth-quarter data:" in the agency's own release: its own voice
    doc = _HEADER_DOCUMENT.search(header)
    if doc:  # "Here are some highlights of the report:": whose report it is, not the last person quoted about it
        noun = re.compile(rf"(?i)\b{doc.group(1)}\b")
        for k in range(j, -1, -1):
            for other in reversed(d.by_paragraph.get(k, [])):
                named = [a.name for a in other.attributions if a.name and noun.search(a.raw)]
                if named:
                    return named[-1]
    for k in range(j, -1, -1):
        for other in reversed(d.by_paragraph.get(k, [])):
            names = [a.name for a in other.attributions if a.name]
            if names:
                return names[-1]
    return None


_FIGURE_NOUNS = DATA_HEADS | frozenset("totals total counts tallies rates".split())
_WORD_AFTER = re.compile(r"[\w’'-]+")


def _owns_figures(sentence: str, at: int, name: str) -> bool:
    """Whether a body named at sentence[at:] owns figures: "TFAH's analysis", "the TDCJ "on hand" population
    totals" (its possessive, or a word of data within four words after it)."""
    if name.endswith(("’s", "'s")):
        return True
    end = at + len(name)
    words = _WORD_AFTER.findall(sentence, end, end + 60)[:4]
    return not _FIGURE_NOUNS.isdisjoint(w.lower() for w in words)


# a header that names a poll's or survey's results: "Previous Civitas Poll results:", "Earlier Harbor Survey findings:"
_NAMED_RESULTS = re.compile(r"(?:(?:Previous|Earlier|Past|Prior|Latest|Recent|New|Other|More|Older|Key)\s+)?"
                            r"((?:[A-Z][\w.&’'-]*\s+){1,4}(?:[Pp]olls?|[Ss]urveys?|[Ss]tudy|[Rr]eports?|[Ii]ndex)[’']?s?)"
                            r"\s+(?:results|findings)\s*:")
_HEADER_DOCUMENT = re.compile(r"(?i)\b(?:the|this)\s+(report|study|survey|analysis)\s*:\s*$")


# a text that calls itself a release ("Data shown in this news release ..."): the body's own words, not a report of them
_SELF_RELEASE = re.compile(r"\b[Tt]his\s+(?:news\s+|press\s+)?release\b")


def _continues_bullet(d: Discourse, j: int) -> bool:
    """A plain paragraph between two bullets, after a bullet a colon opened: more of the bullet before it."""
    return 1 < j + 1 < len(d.paragraphs) and d.paragraphs[j - 1].is_bullet and d.paragraphs[j + 1].is_bullet \
        and not d.colon[j]


# a paragraph that opens with a topic's label: "Health care: Most voters ...", "U.S. Economy: ..."
_TOPIC_LABEL = re.compile(r"[A-Z][\w’'.&-]*(?:\s+[\w’'.&-]+){0,3}:\s+[A-Z0-9]")


def _speaker_of_colon(para: Paragraph, d: Discourse) -> str | None:
    """"Pew authors Jane Roe and John Doe say:" or "The poll also found waning trust:" and then a paragraph:
    what the colon opens is what they said; and so are the topic-labelled paragraphs that follow it ("Health
    care: ...", "Taxes: ...")."""
    j = para.index - 1
    if j >= 0 and not d.colon[j] and _TOPIC_LABEL.match(para.text):
        while j >= 0 and para.index - j <= 8 and not d.colon[j] and _TOPIC_LABEL.match(d.paragraphs[j].text):
            j -= 1
    if j < 0 or not d.colon[j]:
        return None
    header = d.by_paragraph.get(j, [])[-1:]
    names = [a.name for other in header for a in other.attributions if a.name and a.scope in ("sentence", "after")]
    return names[-1] if names else None


# "Here are the main data from the press release:", "From the news release from X:", "Excerpts from X's statement:"
_EXCERPT_HEADER = re.compile(r"(?i)\b(?:here\s+(?:are|is)|the\s+following|below\s+(?:are|is))\b")
_EXCERPT_FROM = re.compile(r"(?i)(?:(?:an?\s+)?(?:excerpts?|more|text|quotes?)\s+)?from\s")
# what such a header quotes, up to its colon: "the news release from X", "X's statement", "the report"
_QUOTED_DOCUMENT = re.compile(r"(?i)\b(?:release|statement|report|announcement|letter|memo|study|survey|poll|"
                              r"analysis|testimony|remarks|speech|post|update|bulletin|summary)\b[^:]{0,80}:\s*$")


def _speaker_of_excerpt(para: Paragraph, st: Sentence, d: Discourse) -> str | None:
    """Paragraphs that a header points at as a document's text ("Here are the main data from the press
    release:", "From the news release from X:"): the figures are the document's, whoever the header says wrote
    it, up to a later paragraph that names a speaker of its own (the article's voice again: "X reported ...")."""
    j = para.index - 1
    while j >= 0 and para.index - j <= 6 and not d.colon[j]:
        j -= 1
    if j < 0 or para.index - j > 6:
        return None
    header = d.paragraphs[j].text
    quoted_from = _EXCERPT_FROM.match(header)
    document = _QUOTED_DOCUMENT.search(header, quoted_from.end()) if quoted_from else None
    if not (document or _EXCERPT_HEADER.search(header) and _SOURCE_WORD.search(header)) \
            or any(d.is_item(k) for k in range(j + 1, para.index)):
        return None
    # (the excerpt's first paragraph may name its author, a release's lede: "..., the bureau announced today")
    if any(a.name and a.scope in ("sentence", "after") for k in range(j + 2, para.index + 1)
           for other in d.by_paragraph.get(k, []) if other.index < st.index for a in other.attributions):
        return None
    names = [a.name for other in d.by_paragraph.get(j, []) for a in other.attributions if a.name]
    if not names and document:  # "From the news release from X:", "From X's statement:": the body it names
        owner = org_mentions(header[quoted_from.end():])
        if owner:
            return clean_name(owner[-1][1], "").removesuffix("’s").removesuffix("'s")
        # "From the report:": the body the paragraph before names (its own or another's words)
        first = d.by_paragraph.get(j, [])[:1]
        near = next(d.organisations_before(first[0].index, 0, back=2), None) if first else None
        return near[1] if near else None
    return names[-1] if names else None


# a list header that points at a source: "Here are the report's main takeaways:", "Key highlights from the data:"
# ("Other crime statistics in Detroit include:", "By the numbers:" name none: a document the text points at; nor
# do findings no one is said to own: "Some of the key findings include:")
_SOURCE_WORD = re.compile(r"(?i)\b(?:(?:findings|takeaways|highlights)\s+(?:of|from|in|by)\s|"
                          r"(?:its|their|[a-z]+[’']s)\s+(?:[\w-]+\s+){0,2}(?:findings|takeaways|highlights)\b|"
                          r"according|(?:statistics|data|figures)\s+from|"
                          r"(?:the|this|these|its|their|[a-z]+[’']s)\s+(?:[\w-]+\s+){0,2}(?:report|survey|study|poll|data|analysis|release|figures|statistics|"
                          r"estimates)\b)")
