"""Figures as news writes them: digits, scale words, spelled-out numbers, money, percentages.

find_figures(text) scans a whole article once and returns every figure that may be a claim,
with its value in base units and its kind (count, USD, percent, percentage points). It
leaves out what only looks like a figure: dates, years, clock times, ages, ordinals, names
with numbers ("MS-13"), durations, list markers, phone numbers, addresses, scores and unit
conversions in parentheses.
"""
from __future__ import annotations

import re
from decimal import Decimal
from functools import lru_cache

from text_to_num import text2num

from claims.extraction.segments import holds_case_odd, is_word_char

MONTHS = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4,
    "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8, "september": 9,
    "sept": 9, "sep": 9, "october": 10, "oct": 10, "november": 11, "nov": 11, "december": 12, "dec": 12,
}
# The names, then the abbreviations, grouped by first letter: names with different first letters never match
# at the same place, so the matches and their order are those of the flat list, but a regex tries one letter
# where it tried 24 names (it is in most period patterns, tried at many places in every sentence).
MONTH_RE = r"(?:J(?:anuary|une|uly|an\.?|un\.?|ul\.?)|F(?:ebruary|eb\.?)|M(?:arch|ay|ar\.?)|" \
           r"A(?:pril|ugust|pr\.?|ug\.?)|S(?:eptember|ept\.?|ep\.?)|O(?:ctober|ct\.?)|N(?:ovember|ov\.?)|" \
           r"D(?:ecember|ec\.?))(?![a-z])"

_UNITS = "one|two|three|four|five|six|seven|eight|nine"
_TEENS = "ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen"
_TENS = "twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety"
# (and "four-hundred", the hundreds joined to their digit by a hyphen, as "Four-hundred and seventy-seven")
_SPELLED_WORD = rf"(?:(?:{_TENS})(?:-(?:{_UNITS}))?|(?:{_UNITS})-hundred\b|{_TEENS}|{_UNITS}|hundred)"
_SPELLED = rf"{_SPELLED_WORD}(?:(?:\s+|\s+and\s+){_SPELLED_WORD})*"
# "percent" as outlets write it: the British and Canadian "per cent" too
PERCENT_WORD = r"(?:percent|per\s+cent)"
# The words a figure is "about so much" by, written before it: one list for the rules that read past them, so that
# "around 5" and "roughly 5" read as "about 5" does
ABOUT_WORDS = r"about|around|roughly|approximately|nearly|almost|some"
# Short scales that stay scales after a space too ("$3 mln"; a lone "m" or "k" after a space may be metres, a grade).
_SPACED_SHORT = "bn|bln|mn|mln|tn|trn"
_GLUED_SHORT = rf"(?i:{_SPACED_SHORT}|m|k)"
# A short scale written against the figure ("$462bn", "$3m", "$20k"), for patterns that read a figure's text before
# its context: without it "from $462bn in 1997" is no base where "from $462 billion in 1997" is one.
GLUED_SCALE = _GLUED_SHORT + "?"
# A comma followed by one or two digits and then a scale word or a percent sign is a decimal comma (South African
# and European wire style: "$119,2-billion", "11,8%", "$3,16m"): a thousands separator always has three digits after it.
_DECIMAL_COMMA = (r"\d{1,3},\d{1,2}(?![\d,])"
                  rf"(?=[\s-](?i:thousand|million|billion|trillion|{_SPACED_SHORT})\b|{_GLUED_SHORT}\b"
                  r"|\s?%|\s(?i:percent|per\s+cent)\b)")
# Indian digit grouping (lakh and crore: "1,99,976" is 199,976; "2,13,593" is 213,593): pairs of digits before the
# last three; no other style groups digits in pairs, so the form is never a list or a decimal
_INDIAN_GROUPS = r"\d{1,2}(?:,\d{2})+,\d{3}(?![\d,])(?:\.\d+)?"
# "11 .5 million", "3 .2 percent": a decimal point set off by a stray space, read as one number before a scale word
# or a percent
_SPACED_POINT = r"\d{1,3}\s\.\d+(?=[\s-](?i:million|billion|trillion)\b|\s?%|\s(?i:percent)\b)"
_DIGITS = rf"{_DECIMAL_COMMA}|{_INDIAN_GROUPS}|\d{{1,3}}(?:,\d{{3}})+(?:\.\d+)?|{_SPACED_POINT}|\d+(?:\.\d+)?|\.\d+"
_SCALES = {"dozen": 12, "thousand": 10**3, "million": 10**6, "billion": 10**9, "trillion": 10**12,
           "quadrillion": 10**15}  # "9 quadrillion British thermal units"
# the scale words, for patterns: the keys of _SCALES, one place to add a scale
_SCALE_NAMES = "|".join(_SCALES)
_SHORT_SCALES = {"mil": 10**6, "k": 10**3, "m": 10**6, "mn": 10**6, "mln": 10**6, "bn": 10**9, "bln": 10**9, "b": 10**9,
                 "tn": 10**12, "tln": 10**12, "trn": 10**12, "tr": 10**12}  # "$33tr", "£2.1trn"
# Industry abbreviations whose letter gives the scale: "116.3 bcfd" is 116.3 billion cubic feet per day.
ABBREVIATED_UNITS = {
    "bcf": (10**9, "cubic feet"), "bcfd": (10**9, "cubic feet per day"), "tcf": (10**12, "cubic feet"),
    "tcfd": (10**12, "cubic feet per day"), "mmcf": (10**6, "cubic feet"), "mmcfd": (10**6, "cubic feet per day"),
    "bcm": (10**9, "cubic meters"), "tcm": (10**12, "cubic meters"),
}

# "a quarter of a million" without its article ("the expectation-exceeding quarter of a million jobs"), but not a
# year's quarter ("the first quarter of a ...")
_BARE_QUARTER = (r"(?<!first\s)(?<!second\s)(?<!third\s)(?<!fourth\s)(?<!last\s)(?<!final\s)(?<!this\s)(?<!next\s)"
                 r"\bquarter\s+of\s+an?")
# One figure: sign, currency, number (digits, spelled-out, "a"/"half a" before a scale word),
# a scale ("million", "1.4bn", "125k"), then what it measures ("%", "percent", "cents").
# (_figure_from_match unpacks m.groups() in this order: a group added here is added there)
FIGURE = re.compile(
    rf"""
    (?P<plus>\+)?
    (?P<cur>US\$|\$US|(?:AU?|C|NZ)\$|\$(?:AU?|C|NZ)(?=\d)|\$|€|£|(?:USD|EUR|GBP)\s?(?=\d)|(?:US)?[$€£]\s(?=\d))?
    (?:
        (?P<digits>{_DIGITS})
      | (?P<article>(?i:\bhalf\s+an?|\ba\s+quarter\s+of\s+an?|{_BARE_QUARTER}|\bthree[\s-]quarters\s+of\s+an?|\ban?))
        (?=\s+(?i:{_SCALE_NAMES}|penny(?!\s+stock)|cent(?![\w-])))
      | (?P<article_part>(?i:\ba\s+(?:half|quarter)))   # "a half million", "a quarter-billion dollars"
        (?=[\s-](?i:{_SCALE_NAMES})\b)
      | (?P<spelled>(?i:\b{_SPELLED}\b))
    )
    (?:
        (?P<short>k|K|M|m|(?i:mn|mln|bn|bln|tn|tln|trn|tr)|B)\b
      | [\s-]+(?P<scale>(?i:{_SCALE_NAMES}))\b
      | \s?(?P<abbr>(?i:bcfd?|tcfd?|mmcfd?|bcm|tcm))\b
      | \s(?P<spaced>(?i:mil|mln|bln|bn|mn|tln))(?:\.(?=\s[a-z])|\b)   # "32.26 mil. barrels", "4.5 bln euros"
    )?
    (?P<suffix>
        \s?%
      | (?:\s+[“"]?|-)(?i:percentage\s+points?|percent|per\s+cent|pct)\b  # (a stray quote mark: 10 “cents)
      | pc\b                                                         # British "4.2pc"
      | (?<=\d)(?i:percent|per\s+cent)\b                              # the space lost: "45per cent"
      | (?:\s+[“"]?|-)(?i:cents?)\b
      | ¢                                                            # "3.91¢": the cent sign
      | \s+(?i:penny)\b
      | \s+(?i:dollars?)\b
      | \s+(?:U\.S\.|US)\s+(?i:dollars?)\b                                # "25.92 U.S. dollars" (wire copy)
      | \s+points?\b
      | -(?i:(?:percentage-)?points?)(?=\s+(?:error\s+|[a-z]+[\s-])?(?i:lead|advantage|edge|margin|gap|deficit|
                                                  swing|drop|decline|increase|rise|jump|gain|cut)s?\b
                                   | (?:\s+(?!won\b|went\b|[a-z]+ed\b)[a-z-]+){{1,2}}\s+over\s+[A-Z])
        # "a 4.1-point error margin", "a 12-point favorability gap", "an 8-point name recognition over Levine"
    )?
    (?P<rate>-an?-(?i:year|month|week|day|hour)\b)?
    """,
    re.VERBOSE,
)

# a verb of holding a view after a fraction with no "of": "Another quarter say", "with two-thirds expecting" (no
# past participles: "in a quarter expected to be weak")
_HELD = (r"\s+(?:say|said|saying|think|thinks|thinking|believe|believing|expect|expecting|favor|favoring|oppose|"
         r"opposing|approve|approving|disapprove|disapproving)\b")
FRACTION = re.compile(
    r"(?<!first )(?<!second )(?<!latter )(?<!former )(?<!First )(?<!Second )"  # (a headline's "First Half of Year")
    # "the upper half of the range", "the bottom third of earners": a part named by its place, not a share
    r"(?<!upper )(?<!lower )(?<!top )(?<!bottom )(?<!northern )(?<!southern )(?<!eastern )(?<!western )"
    # (a digit only before tenths: "8 tenths of a cent", a wire's way; "2 quarters of" are more often a year's)
    r"(?i:\b(?P<num>one|a|two|three|four|five|six|seven|eight|nine|[1-9](?=[\s-]tenths?\b)|"
    r"another(?=\s\w+" + _HELD + "))"
    r"[\s-](?P<den>half|halves|thirds?|quarters?|fifths?|tenths?)|"
    r"\b(?P<half>half))"
    # "Another quarter say he's been average", "with two-thirds expecting": a share of those asked that holds a view
    r"(?:(?=" + _HELD + r")|"
    r"(?=\s+of\b)|(?<=[Hh]alf)(?=\s+an?\s+(?:percent|per\s+cent|percentage\s+point|point|cent|penny)\b)|"
    r"(?i:(?<=fully half)|(?<=nearly half)|(?<=almost half)|(?<=\babout half)|(?<=roughly half))"
    r"(?=\s+(?:are|were|say|said|have|had|is|was|do|did)\b))(?!\s+of\s+(?:the|this|that|last|next)\s+(?:year|month|decade|century|season|quarter|game)s?\b)"
    r"(?!\s+of\s+(?:19|20)\d\d\b)(?!\s+of\s+an?\s+(?:dozen|thousand|million|billion|trillion)\b)"
)
_FRACTION_NUM = {"one": 1, "a": 1, "another": 1,  # "Another quarter say": a fraction of its own
                 "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
                 "nine": 9, **{str(n): n for n in range(1, 10)}}
_FRACTION_DEN = {"half": 2, "halve": 2, "third": 3, "quarter": 4, "fifth": 5, "tenth": 10}
# "a tenth of a point", "two-tenths of an hour", "a tenth of one percent", "half a cent": a fraction of one unit,
# not a share of a group (and "nine-tenths of cent", its article dropped)
_OF_ONE_UNIT = re.compile(r"\s+(?:(?P<of>of\s+)(?:an?\s+|one\s+|(?=(?:percent|per\s+cent|cent|penny)\b))|an?\s+)"
                          r"(?:(?P<percent>percent|per\s+cent)|(?P<cent>cent|penny)|percentage\s+point|point|"
                          r"hour|day|week|month|year|mile)\b")

# Spans masked before scanning: nothing inside them is a figure. Every branch starts with a
# digit or "(" so the regex engine can skip ahead fast; links and handles are masked by hand.
MASKS = re.compile(
    r"""
      (?:19|20)\d{2}(?:[-–](?:19|20)?\d{2})?\s?=\s?100\b                   # an index's base: "(1985=100)"
    | \(\d{3}\)\s?\d{3}[-.]\d{4}\b | \d{3}[\s.-]\d{3}[-.]\d{4}\b           # phone numbers
    | \d{4}-\d{2}-\d{2}\b | (?:19|20)\d{2}[-–/](?:\d{2}|(?:19|20)\d{2})\b    # ISO dates, 2018-19
    | \d{1,2}:\d{2}(?::\d{2})?(?:\s?[ap]\.?m\.?)? | \d{1,2}\s?[ap]\.m\.       # clock times
    """,
    re.VERBOSE | re.IGNORECASE,
)
# The text encoded one byte a character (offsets hold), translated so that every ASCII digit is "0" and
# every other byte a space: digit runs are then found by bytes.find, several times faster than a regex.
_DIGITS_ONLY = bytes(48 if 48 <= c <= 57 else 32 for c in range(256))
# ... and so that only the ASCII letters a-z are left: one split says which number words occur at all.
_LETTERS_ONLY = bytes(c if 97 <= c <= 122 else 32 for c in range(256))
# Where a figure may start: a digit run, or a word that is or scales a number.
_NUMBER_WORD_LIST = (
    b"one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen "
    b"eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety hundred thousand million billion "
    b"trillion quadrillion dozen half halves third thirds quarter quarters fifth fifths tenth tenths penny cent".split()
)
_NUMBER_WORDS = frozenset(_NUMBER_WORD_LIST)
_SCALE_WORDS = frozenset(_SCALES)
_FRACTION_WORDS = frozenset(("half", "halves", "third", "thirds", "quarter", "quarters", "fifth", "fifths", "tenth",
                             "tenths"))
_ARTICLE_BEFORE = re.compile(r"(?:(?:\bhalf\s+an?|\ba\s+quarter\s+of\s+an?|" + _BARE_QUARTER +
                             r"|\bthree[\s-]quarters\s+of\s+an?|\ban?)\s+|"
                             r"\ba\s+(?:half|quarter)[\s-])$",  # "a half million", "a quarter-billion"
                             re.IGNORECASE)


_BEFORE_DATE = re.compile(rf"\b{MONTH_RE}\s*$|\b{MONTH_RE}\s+\d{{1,2}}\s*[-–]\s*$|"
                          r"\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),?\s*$")
_DAY_RANGE_BEFORE = re.compile(rf"\b{MONTH_RE}\s+\d{{1,2}}(?:st|nd|rd|th)?\s+(?:to|and|through)\s+$")
_AFTER_DATE = re.compile(rf"^(?:st|nd|rd|th)?\s+(?:of\s+)?{MONTH_RE}\b")
_LABEL_BEFORE = re.compile(
    r"\b(?:Title|Section|Chapter|Article|Proposition|Prop\.|Route|Highway|Interstate|District|No\.|Number|"
    r"Room|Flight|Level|Phase|Stage|Game|Round|Part|Volume|Vol\.|Page|Act|Amendment|Order|Precinct|Ward|"
    r"Episode|Season|Week|Day|Category|Class|Grade|Gate|Terminal|Pier|Unit|Apollo|Air Force|Channel|Windows|"
    r"iPhone|Galaxy|Model|Version|Rule|Form|Bill|Measure|Question|Issue|Local|Station|Sector|Lot|Suite|Apt\.|Lower|News|"
    r"Poor[’']s|Fortune|Russell|Nikkei|FTSE)\s+$"  # a market index or list: "Standard & Poor's 500", "Fortune 500"
    r"|\bp[pg]?\.\s+(?:\d{1,4}[-–])?$"  # a page: "p. 102", "pp. 12-14"
    # a part of a document: "(See table 2.)", "Chart 3", "in figure 4", "Appendix 1"
    r"|\b(?:[Tt]ables?|[Cc]harts?|Figures?|Fig\.|[Ee]xhibits?|[Aa]ppendix|Graph)\s+$"
    r"|\b(?:[Ss]ee|[Ii]n|of)\s+(?:fig\.|figure|graph)\s+$"
)
# the last three characters of every word _LABEL_BEFORE ends in (a label ending in "." or a dash is searched anyway)
_LABEL_ENDS = frozenset(w[-3:] for w in (
    "Title Section Chapter Article Proposition Route Highway Interstate District Number Room Flight Level Phase Stage "
    "Game Round Part Volume Page Act Amendment Order Precinct Ward Episode Season Week Day Category Class Grade Gate "
    "Terminal Pier Unit Apollo Force Channel Windows iPhone Galaxy Model Version Rule Form Bill Measure Question Issue "
    "Local Station "
    "Sector Lot Suite Lower News Poor’s Poor's Fortune Russell Nikkei FTSE table tables Table Tables chart charts "
    "Chart Charts Figure Figures exhibit exhibits Exhibit Exhibits appendix Appendix Graph figure graph").split())
# ... and of every month and weekday _BEFORE_DATE ends in
_DATE_ENDS = frozenset(w[-3:] for w in (
    "January February March April May June July August September October November December Jan Feb Mar Apr Jun Jul "
    "Aug Sep Sept Oct Nov Dec day").split())
# the last words of _YEAR_QUALIFIED
_YEAR_QUALIFIER_ENDS = ("than", "over", "about", "nearly", "almost", "some", "least", "to")
_ZONE_AFTER = re.compile(r"^\s?(?:GMT|UTC|[ECMP][SD]T|BST|CES?T|JST|HKT|SGT|AES?[DT]T?)\b")
_MODEL = re.compile(r"^\s+[A-Z][A-Za-z]+\b(?![’'-])")
_POSSESSIVE_BEFORE = re.compile(r"(?:[’']s|\bits|\btheir)\s+$")
_AGE_AFTER = re.compile(r"^(?:\s+(?:and|or)\s+(?:older|over|up|younger|under)\b|-and-(?:older|over|up)|"
                        r"-?\s+(?:to|and|or|through)\s+\d{1,3}-(?:years?|months?)-olds?\b|"
                        r"\s?[-–]\s?\d{1,3}[\s-]years?[\s-]olds?\b)")  # "ages 25–54 years old"  # "18- to 22-year-olds"
_AGE_APPOSITIVE = re.compile(r"[A-Z][\w.’'-]+,\s+$|\b(?:man|woman|boy|girl|teen|teenager|victim|suspect|driver|"
                             r"passenger|pedestrian|motorcyclist|cyclist|gunman|shooter|defendant|son|daughter|mother|"
                             r"father|husband|wife|brother|sister|resident|officer|deputy|trooper|student),\s+$")
# ("the victim, 34, was": a person's age set off by commas, like a named person's)
# a capitalised word (not the first of its sentence) just before a number
_NAME_BEFORE = re.compile(r"[a-z,;:]\s+([A-Z](?:[A-Za-z]|&(?=[A-Z]))+)\s+$")  # "Windows 11", "S&P 500"
# the words that take a number as their name: a ballot measure, a road; a US broadcaster's call letters ("KCTS 9")
_NUMBERED_NAME_BEFORE = re.compile(r"(?<![\w.-])(?:Referendum|Proposition|Measure|Amendment|Initiative|Route|"
                                   r"Highway|Interstate)\s+$")
_CALL_LETTERS_BEFORE = re.compile(r"(?<![\w.-])[KW][A-Z]{2,3}(?:-TV)?\s+$")
_SLASH_NAME_BEFORE = re.compile(r"[A-Za-z]/[A-Z]{2,}\s+$")  # "a Pioneer-Press/KARE 11 poll": a station's name
_CALENDAR = re.compile(r"^(?:January|February|March|April|May|June|July|August|September|October|November|December|"
                       r"Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|Monday|Tuesday|Wednesday|Thursday|Friday|"
                       r"Saturday|Sunday|The|A|An|In|On|At|For|By|From|To|Of|And|With|About|Over|Nearly|Some)$")
# a headline's words in title case before a figure, never a name with a number: "Fewer Than 425 Homicides In 2012",
# "Homicides Fall Below 300", "Claims Rise 300"
_TITLE_CASE_WORDS = frozenset(
    "Than Below Above Under Least Almost Around Roughly Approximately Just Only Past Near Up Down Rise Rises Rose "
    "Fall Falls Fell Drop Drops Dropped Jump Jumps Jumped Climb Climbs Climbed Hit Hits Reach Reaches Reached Exceed "
    "Exceeds Exceeded Total Totals Totaled Add Adds Added Cut Cuts Lose Loses Lost Gain Gains Gained Record Records "
    "Recorded".split())
_TURNED_BEFORE = re.compile(r"\bturn(?:s|ed|ing)?\s+$")
_TURNED_AFTER = re.compile(r"\s*(?:[,.;—–]|$|\s+(?:in|on|this|last|next|and|years?|when|before|after|during|by)\b)")
_PER_BEFORE = re.compile(r"\b(?:per|every|for\s+every)\s+$", re.IGNORECASE)
# a tax rate's base, the value it is levied on: "9.6 (per taxable $1,000 valuation)", "per assessed $100"
_PER_VALUED_BEFORE = re.compile(r"\bper\s+(?:taxable|assessed)\s+$", re.IGNORECASE)
# (a range joined by "and" or "or" only after the plural: "between the ages of 15 and 29", but "people over the age
# of 65 and five children": one age, then a count)
_AGE_BEFORE = re.compile(r"(?:\b(?:aged?|ages|(?<!average )(?<!median )(?<!mean )ages?\s+of)\s+"
                         r"(?:\d{1,3}\s*(?:-|–|—|to|through)\s*)?|\b(?:aged|(?<!average )(?<!median )(?<!mean )ages)"
                         r"(?:\s+of)?\s+\d{1,3}\s*(?:and|or)\s*)$", re.IGNORECASE)
# "children under 5", "first-timers under 25", "adults over 65 in the survey": an age that bounds a group
_GROUP_AGE_BEFORE = re.compile(r"(?:\b(?:people|persons|adults|children|kids|youths|teens|teenagers|men|women|"
                               r"boys|girls|Americans|residents|drivers|workers|voters|patients|offenders|inmates|those|anyone)|"
                               r"-timers)\s+(?:under|over|younger\s+than|older\s+than)\s+$", re.IGNORECASE)
_AGE_GROUP = re.compile(r"(?i)\b(?:people|persons|adults|children|kids|youths|teens|teenagers|men|women|boys|girls|"
                        r"adolescents|infants|babies|seniors|Americans)\s+$")
_AGE_RANGE_END = re.compile(r"\s*(?:to|through|-|–)\s*(\d{1,2})(?![\d%.,]\d|\d|\s*%|\s*(?i:percent|per\s+cent)\b)")
_AGE_RANGE_START = re.compile(r"(?i)\b(?:people|persons|adults|children|kids|youths|teens|teenagers|men|women|boys|"
                              r"girls|adolescents|infants|babies|seniors|Americans)\s+(\d{1,2})\s*(?:to|through|-|–)\s*$")
# (or the group's verb: "Voters under 30 favor", "Adults over 65 backed"; not a measure: "drivers over 80 mph")
_GROUP_AGE_AFTER = re.compile(r"^\s*(?:[,.;:)]|$|\s+(?:in|who|and|or|at|were|was|are|is|had|have|to|from|with|on)\b|"
                              r"\s+(?!(?:hours|days|weeks|months|years|miles|mph|pounds|percent|points|degrees|feet|"
                              r"minutes|cents|dollars|times)\b)[a-z]+\b)")
# "the top 10", "Top 25 cities"; but "could top 40,000", "expected to top 5%" use the verb
_TOP_BEFORE = re.compile(r"(?<!could )(?<!would )(?<!will )(?<!may )(?<!might )(?<!to )(?<!can )(?<!should )"
                         r"\b(?:top|Top|TOP|bottom)\s+$")
_NEXT_RANK_BEFORE = re.compile(r"\b(?:[Tt]he|[Tt]heir|[Ii]ts)\s+next\s+$")  # "the next five states" (a ranking)
# "Border arrests top 2 million", "Gas prices top $4": after a plural noun, "top" is the verb, not a rank
_TOP_VERB = re.compile(r"\b(?!(?:its|his|this|was|is|has|as|us|yes|plus|less|thus|whose|hers|ours|theirs|yours)\b)"
                       r"[A-Za-z]{2,}[a-rt-z]s\s+top\s+$", re.IGNORECASE)
# "costs of electricity top $1 billion": before money or a scaled amount (no rank counts in those), "top" after a
# lower-case word that is no determiner or preposition is the verb, whatever the noun ("the top $1 million" a rank)
_TOP_VERB_AMOUNT = re.compile(r"\b(?!(?:the|an|its|his|her|their|our|your|my|this|these|those|that|of|in|among|and|"
                              r"or|at|into|to|from|with|for|on)\b)[a-z]{3,}\s+top\s+$")
_DURATION_AFTER = re.compile(
    r"^\s+(?:(?:more|straight|consecutive|full|calendar|fiscal|additional|"
    r"long|short|flu|influenza|school|academic|growing|hurricane|business|working)\s+)?"
    r"(?:years?|months?|weeks?|days?|decades?|centuries|nights?|quarters?|seasons?|mins?\s+read)\b(?!-)|"
    # "the 3 previous years"; but "to 215,000 next week" is a count and the week it is for
    r"^\s+(?:previous|prior|past|next)\s+(?:years|months|weeks|days|decades|nights|quarters)\b(?!-)|"
    # "in two of the three previous years", "in 8 of the past 10 months": a count of periods as scope
    r"^\s+of\s+the\s+(?:(?:previous|prior|past|last|preceding)\s+(?:[\w-]+\s+)?|[\w-]+\s+(?:previous|prior|past|"
    r"last|preceding)\s+)(?:years|months|weeks|days|decades|quarters|seasons)\b|"
    # "after two consecutive monthly increases", "seven straight declines": the length of a streak, not a count
    r"^\s+(?:straight|consecutive|successive)\s+[a-z]",
    re.IGNORECASE,
)
# "expected to live 78.6 years", "life expectancy fell to 76.1 years": a lifespan is a figure, not a duration
_LIFESPAN_BEFORE = re.compile(r"(?i)\b(?:(?:expect(?:ed)?\s+to|can|could|will|would)\s+live|"
                              r"life\s+expectancy(?:\s+[a-z]+){0,3}\s+(?:of|to|at|is|was))\s+"
                              rf"(?:(?:an?\s+average\s+of|{ABOUT_WORDS})\s+)?$")
# "the average immigrant waits 482 days", "a wait time of 90 days", "waited an average of 30 days": a measured wait
_WAIT_BEFORE = re.compile(r"(?i)\bwait(?:s|ed|ing)?(?P<noun>\s+(?:times?|periods?|lists?))?"
                          r"(?P<of>\s+(?:of|was|were|is|are|averaged|averages|stood\s+at|rose\s+to|fell\s+to|grew\s+to))?\s+(?:an?\s+average\s+of\s+|"
                          rf"(?:{ABOUT_WORDS}|more\s+than|over|up\s+to)\s+)?$")
_AVERAGED = re.compile(r"(?i)\b(?:average|median|typical|mean)\b")


def _measured_wait(before: str) -> bool:
    """A wait that was measured: "a wait time of 90 days", "the average immigrant waits 482 days" (not "will wait
    30 days before restocking", a span)."""
    m = _WAIT_BEFORE.search(before)
    return bool(m) and (m.group("noun") is not None or m.group(0).lower().startswith("wait ") and
                        m.group("of") is not None or _AVERAGED.search(before[-60:]) is not None)


_TIME_MEASURE_AFTER = re.compile(r"^\s+(?:hours?|minutes?|seconds?)\b", re.IGNORECASE)
_TIME_MEASURE_KEEP = re.compile(r"(?:\b(?:was|were|is|are|averaged|average of|at|of|to|by)\s+$)", re.IGNORECASE)
_TIME_MEASURED_BEFORE = re.compile(r"\d\s+(?:hours?|minutes?|seconds?)\b", re.IGNORECASE)
_AGO_AFTER = re.compile(r"^\s+\w+\s+ago\b", re.IGNORECASE)
_SUPERLATIVE_AFTER = re.compile(
    r"^\s+(?:most\s+\w+|least\s+\w+|largest|biggest|highest|lowest|busiest|best|worst|fastest|richest|poorest|"
    r"deadliest|smallest|greatest|oldest|newest|safest|wealthiest|strongest|weakest|leading|top|"
    r"\w+-(?:largest|biggest|busiest|highest))\b",
    re.IGNORECASE,
)
_FEVER_BEFORE = re.compile(r"(?i)\bfevers?\s+(?:of\s+)?(?:at\s+least\s+|over\s+|above\s+|(?:higher|more)\s+than\s+)?$")
_THRESHOLD_TEMPERATURE = re.compile(r"(?i)\btemperatures?\s+(?:of|at)\s+$")
_CATEGORY = re.compile(r"(?i)\b(?:[a-z]+s|those|people)\s+with\s+$")
_OR_MORE_AFTER = re.compile(r"^(?:\s+[a-z]+)?\s+or\s+(?:more|fewer|less|greater|larger|above|over|higher|lower|"
                            r"below|under)\b")
_LIST_MARKER = re.compile(r"(?:^|\n)[ \t]*$")
_LIST_MARKER_AFTER = re.compile(r"^[.)]\s")
_ADDRESS_AFTER = re.compile(
    r"^\s+(?:[NSEW]\.?\s+)?(?:[A-Z][a-z]+\s+){1,3}(?:Street|St\.|Avenue|Ave\.?|Road|Rd\.|Boulevard|Blvd\.?|Drive|"
    r"Dr\.|Lane|Ln\.|Way|Place|Court|Ct\.|Parkway|Pkwy\.?|Highway|Terrace|Circle)\b"
)
# "in the 300 block of Elm St.", "the 1200 block of North Main": a stretch of a street, an address
_BLOCK_AFTER = re.compile(r"^\s+blocks?\s+of\s+(?:the\s+)?[A-Z0-9]")
# "the 200 and 300 blocks of Elm St.", "the 100 to 400 blocks of North Main": the first of two blocks named together
_BLOCK_PAIR_AFTER = re.compile(r"^\s+(?:and|to|through|or)\s+\d{2,5}\s+blocks\s+of\s+(?:the\s+)?[A-Z0-9]")
_SCORE_WORDS = ("won win wins lost lose loses beat beats defeated defeat score scored victory led leads trailed tied "
                "vote votes voted passed approved rejected ruling decision lead edge series").split()
_SCORE_CONTEXT = re.compile(r"\b(?:" + "|".join(_SCORE_WORDS) + r")\b", re.IGNORECASE)
_SCORE_WORD_SET = frozenset(_SCORE_WORDS)
_WORD_RUN = re.compile(r"\w+")


def _score_context(window: str) -> bool:
    """_SCORE_CONTEXT.search(window): in ASCII text, whether one of its words lower-cased is a score's word
    (one findall, not a 27-way case-blind alternation tried at every place)."""
    if not window.isascii():  # ("ſ" and "K" match s and k case-blind)
        return _SCORE_CONTEXT.search(window) is not None
    return not _SCORE_WORD_SET.isdisjoint(_WORD_RUN.findall(window.lower()))
_CONVERSION_AFTER = re.compile(
    r"^\s*(?:kilograms?|kilos?|kg|grams?|g|pounds?|lbs?\.?|ounces?|oz|tons?|tonnes?|metric\s+tons?|kilometers?|"
    r"kilometres?|km|miles?|mi|meters?|metres?|m|feet|foot|ft|inches|inch|in|centimeters?|cm|millimeters?|mm|"
    r"liters?|litres?|l|gallons?|gal|acres?|hectares?|ha|square\s+\w+|cubic\s+\w+|degrees?|°\s?[CF]?|"
    r"Celsius|Fahrenheit|mph|km/h|kph)\)",
    re.IGNORECASE,
)
# "$US2.9 billion ($A2.8 billion)": an amount in parentheses right after another is its conversion
_CURRENCY_BEFORE = re.compile(r"(?:[$€£]|US|\$[A-Z]{1,2})\d[\d,.]*(?:\s?(?:[a-z]+))?\s*\($")
SMALL_SPELLED = frozenset("one two three four five six seven eight nine ten".split())


class Figure:
    """A figure found in the text: its span, value in base units and kind."""

    __slots__ = ("start", "end", "value", "kind", "text", "rate", "spelled", "plus", "scaled", "in_parens",
                 "range_role", "points", "base", "factor", "measure")

    def __init__(self, start, end, value, kind, text, rate="", spelled=False, plus=False, scaled=False):
        self.start, self.end, self.value, self.kind, self.text = start, end, value, kind, text
        self.rate, self.spelled, self.plus, self.scaled = rate, spelled, plus, scaled
        self.in_parens = False
        self.range_role = ""  # "low" or "high" when the figure is one end of a range
        self.points = False
        self.base, self.factor = value, 1  # the number as written and its scale: "7.3 million" is 7.3, 10**6
        self.measure = ""  # the unit an abbreviation in the figure names: "116.3bcfd" -> "cubic feet per day"

    def __repr__(self):
        return f"Figure({self.text!r}, {self.value}, {self.kind})"


@lru_cache(maxsize=4096)
def spelled_value(words: str) -> int | None:
    """The value of a spelled-out number ("twenty-seven" -> 27), by text2num; None if it is not one."""
    try:
        return text2num(words.lower().replace(" and ", " ").replace("-hundred", " hundred"), "en")
    except ValueError:
        return None


def _masked(text: str) -> tuple[str, bytes | None, list[tuple[int, int]] | None]:
    """The text with masked spans blanked out (same length, so offsets hold), and its _flat bytes and digit runs
    when nothing was masked (None when something was: they are the text's, not the result's)."""
    spans: list[tuple[int, int]] = []
    flat = _flat(text)
    text_runs = _digit_runs(flat)
    for d_start, d_end in text_runs:  # tried only where a digit run starts: far faster than MASKS.sub
        after = text[d_end:d_end + 2]
        # every mask goes on after its first digits with a separator or "=", or a space and a digit, "=" or a.m./p.m.
        if not after or after[0] not in "-–/:.)apAP=" and not (after[0].isspace() and after[1:2] and (
                after[1].isdigit() or after[1] in "apAP=")):
            continue
        for at in (d_start - 1, d_start) if d_start else (0,):
            m = MASKS.match(text, at)
            if m:
                spans.append(m.span())
                break
    scan = _blanked(text, spans)
    runs: list[tuple[int, int]] | None = text_runs
    if spans:
        flat, runs = _flat(scan), None
    spans = []
    for mark in (b"/", b"@", b"#"):
        i = flat.find(mark)
        while i != -1:
            # the whole whitespace-delimited token: links, handles, hashtags, 9/11, 24/7
            a = i
            while a > 0 and not scan[a - 1].isspace():
                a -= 1
            b = i + 1
            while b < len(scan) and not scan[b].isspace():
                b += 1
            if mark == b"/" and scan.startswith("+/-", i - 1):
                a, b = i - 1, i + 2  # "+/-4.6%": a margin of error; only the sign is masked
            elif mark == b"/" and (_PRICE_PER.match(scan, a, b) or _WORD_PER.match(scan, a, b)):
                a = i  # "$2.95/g", "($80/bbl)", "15 cents/kWh": a price or unit per unit; only "/g" is masked
            spans.append((a, b))
            i = flat.find(mark, b)
    if spans:
        return _blanked(scan, spans), None, None
    return scan, flat, runs


# a price per unit in one token: "$2.95/g", "(U.S. Average: $3.10/gal)", "2021$2.95/g" in a table row
_PRICE_PER = re.compile(r"[(\[]?(?:[0-9,]*(?:US)?[$€£][0-9][0-9,]*(?:\.[0-9]+)?|[0-9][0-9,]*(?:\.[0-9]+)?¢)"
                        r"/[A-Za-z]{1,8}[)\].,;:]*$")  # (and "90.59¢/gal": a price in cents)
_WORD_PER = re.compile(r"[A-Za-z]{1,6}/[A-Za-z]{1,4}[)\].,;:]*$")  # "cents/kWh", "b/d" after a figure


# a poll's article: shares written "55-41" in it are the shares of the two sides
_POLL_ARTICLE = re.compile(r"(?i)\b(?:poll|polls|polling|pollsters?|survey|surveyed|respondents)\b")
_POLL_SPLIT = re.compile(r"(?<![\w.,$/-])(\d{1,2})[-–](\d{1,2})(?![\w%/-]|[.,]\d|\s*(?:percent|per\s+cent|points?)\b)")
_VOTE_BEFORE = re.compile(r"(?i)\b(?:votes?|voted|roll\s+call|jury|justices|ruling|decision|won|wins?|beat|beats|"
                          r"defeated|lost|loses?|passed|approved|rejected|confirmed|score|scored|victory|series|game)\W+"
                          r"(?:\w+\W+){0,2}$")


_SPLIT_GROUP = re.compile(r", \d{3}\b")  # after a digit (literal-led: the digit is tested after, in _split_group)
_NUMBER_OR_SPLIT = r"\d{1,3}(?:,\s?\d{3})*(?![\d,]|\.\d)"
_SPLIT_RANGE = re.compile(rf"(?i)\b(?:from|between)\s+(?P<a>{_NUMBER_OR_SPLIT})(?:\s+in\s+(?:19|20)\d\d)?"
                          rf"\s+(?:to|and)\s+(?P<b>{_NUMBER_OR_SPLIT})")


# a number with two or more groups printed with a space after the comma ("2, 762, 514 were employed"): one number
# of millions, not a list (no list item just before it, none after it: "1, 2, 345, 678 and 910" is a list)
_SPLIT_MILLIONS = re.compile(r"(?<![\d,.$])(?<!\d,\s)\d{1,3}(?:, \d{3}){2,}(?![\d.]|,\s?\d|,?\s+(?:and|or)\s+\d)")


def _split_group(scan: str) -> bool:
    """Whether scan holds a digit, a comma, a space and three digits ("11, 283")."""
    return any(m.start() and scan[m.start() - 1].isdecimal() for m in _SPLIT_GROUP.finditer(scan))


def _split_thousands(text: str, scan: str) -> list[Figure]:
    """Numbers printed with a space after the thousands comma, where the sentence makes each one number:
    "fell from 11, 283 to 7, 773" (the two ends of a change, of a size, not four small numbers)."""
    out = []
    for m in _SPLIT_RANGE.finditer(scan):
        a, b = m.group("a"), m.group("b")
        if ", " not in a and ", " not in b:
            continue
        va, vb = (Decimal(x.replace(",", "").replace(" ", "")) for x in (a, b))
        if min(va, vb) < 1000 or max(va, vb) > 10 * min(va, vb):
            continue
        for name, value in (("a", va), ("b", vb)):
            if ", " in m.group(name):
                start, end = m.span(name)
                out.append(Figure(start, end, value, "count", text[start:end]))
    for m in _SPLIT_MILLIONS.finditer(scan):
        if any(m.start() < f.end and f.start < m.end() for f in out):
            continue
        value = Decimal(m.group().replace(",", "").replace(" ", ""))
        out.append(Figure(m.start(), m.end(), value, "count", text[m.start():m.end()]))
    return out


def _poll_words(flat: bytes) -> bool:
    """Whether the text may hold a match of _POLL_ARTICLE: each match, lower-cased, holds one of these (letters
    with no other case-blind matches), far cheaper to look for than the case-blind search. flat: the text's
    _flat bytes, whose ASCII letters bytes.lower() lowers as str.lower() does, many times faster than str.lower
    on a text not all ASCII (and these words are all ASCII)."""
    lower = flat.lower()
    return b"poll" in lower or b"urvey" in lower or b"pondent" in lower


# a poll's results listed by candidate: "Dole 45, Hagan 43, Cole 1", "Smith 48; Jones 41": each a share
_POLL_ITEM = r"[A-Z][a-z’'-]+\s+\d{1,2}(?:\.\d)?%?"
_POLL_LIST = re.compile(rf"(?<![\w$.,/-]){_POLL_ITEM}(?:(?:,|;|,?\s+and)\s+{_POLL_ITEM})+"
                        r"(?![\w%/-]|[.,]\d|\s*(?:percent|per\s+cent|points?)\b)")
_POLL_ITEM_PARTS = re.compile(r"([A-Z][a-z’'-]+)\s+(\d{1,2}(?:\.\d)?)")
# names that take a number without being a candidate: "Interstate 10, Highway 90", "Question 1 and Question 2"
_NUMBERED_NAMES = frozenset("Interstate Highway Route Chapter Title Section Article Proposition Prop Measure "
                            "Amendment Question District Ward Precinct Room Channel Flight Region Zone Phase Level "
                            "Grade Class Week Day Game Number Page Table Figure Item Part Station".split())


def _poll_lists(scan: str) -> list[int]:
    """Where the shares of a poll's results listed by candidate start: "Dole 45, Hagan 43, Cole 1" (only in an
    article about a poll: two or more names, each once, none a month or a numbered thing, the shares summing to
    40-100)."""
    starts = []
    for m in _POLL_LIST.finditer(scan):
        items = _POLL_ITEM_PARTS.findall(m.group())
        names = [n for n, _ in items]
        if len(set(names)) != len(names) or any(_CALENDAR.match(n) or n in _NUMBERED_NAMES for n in names):
            continue
        if not 40 <= sum(Decimal(v) for _, v in items) <= 100:
            continue
        starts += [m.start() + p.start(2) for p in _POLL_ITEM_PARTS.finditer(m.group())]
    return starts


def _poll_splits(scan: str, flat: bytes) -> frozenset[int]:
    """Where the two shares of a poll's split start: "a 49-43 edge", "is up 55-41 over", "compared to 54-42"
    (and the shares of results listed by candidate, _poll_lists); flat: scan's _flat bytes.

    Only in an article about a poll, the larger share first, the two summing to between 60 and 100 (an age
    bracket "30-44" climbs, a score or a vote "6-3", "a 52-48 vote" is not a poll's)."""
    if not _poll_words(flat) or not _POLL_ARTICLE.search(scan):
        return frozenset()
    starts = _poll_lists(scan) if ", " in scan else []
    split_end = -1  # where the last split found ends
    for m in _POLL_SPLIT.finditer(scan) if "-" in scan or "–" in scan else ():
        a, b = int(m.group(1)), int(m.group(2))
        if (_split_shares(scan, m, a, b) or a < b and 60 <= a + b <= 100 and split_end >= 0
                and m.start() - split_end <= 120 and "." not in scan[split_end:m.start()]) \
                and not _VOTE_BEFORE.search(scan, max(0, m.start() - 40), m.start()) \
                and not re.match(r"\s+votes?\b", scan[m.end():m.end() + 8]):
            starts += [m.start(1), m.start(2)]  # (the smaller share first too in a split told just after another:
            split_end = m.end()  # "more favorable to X, 47-32, than they are to Y, 33-51")
    return frozenset(starts)


_LEAD_AFTER = re.compile(r"\s+(?:lead|edge|advantage)\b")
# "up from 42-44 to 47-42", "down from 35-51 to 31-57": a split (favourable-unfavourable) and the one it became
_SPLIT_CHANGE = re.compile(r"(?i)\bfrom\s+(\d{1,2})[-–](\d{1,2})\s+to\s+(\d{1,2})[-–](\d{1,2})(?![\w%/-]|[.,]\d)")


def _split_shares(scan: str, m: re.Match, a: int, b: int) -> bool:
    """Whether a-b is a poll's two shares: the larger first, summing to 60-100; a smaller lead's "38-20 lead"
    in a field of several; or either order in a split's change "from 42-44 to 47-42" (each summing to 60-100)."""
    if a >= b and 60 <= a + b <= 100:
        return True
    if a > b and 30 <= a + b < 60 and _LEAD_AFTER.match(scan, m.end()):
        return True
    if not 60 <= a + b <= 100:
        return False
    c = _SPLIT_CHANGE.search(scan, max(0, m.start() - 20), min(len(scan), m.end() + 14))
    return bool(c) and m.start() in (c.start(1), c.start(3)) and all(
        60 <= int(c.group(i)) + int(c.group(i + 1)) <= 100 for i in (1, 3))


def _blanked(text: str, spans: list[tuple[int, int]]) -> str:
    """text with every span (they may overlap) replaced by as many spaces."""
    if not spans:
        return text
    parts: list[str] = []
    last = 0
    for a, b in sorted(spans):
        a = max(a, last)
        if b > a:
            parts += (text[last:a], " " * (b - a))
            last = b
    parts.append(text[last:])
    return "".join(parts)


def find_figures(text: str) -> list[Figure]:
    """Every figure in text that may be a claim, in order."""
    scan, flat, runs = _masked(text)
    if flat is None:  # (the text was masked: the bytes of what is scanned)
        flat = _flat(scan)
    splits = _poll_splits(scan, flat)
    split_up = _split_thousands(text, scan) if _split_group(scan) else []
    if split_up:  # the pieces of "from 11, 283 to 7, 773" are not figures of their own
        scan = _blanked(scan, [(f.start, f.end) for f in split_up])
        flat, runs = _flat(scan), None
    if runs is None:  # (the digit runs of what is scanned anew)
        runs = _digit_runs(flat)
    figures: list[Figure] = list(split_up)
    taken = 0  # figures do not overlap: a match ends before the next may start
    for pos, kind in _starts(scan, flat, runs):
        if pos < taken:
            continue
        if kind == 0:  # a fraction: before a figure that starts at the same place
            m = FRACTION.match(scan, pos)
            if m:
                fig, taken = _fraction(m)  # (to the end of its unit: "one" in "a tenth of one point" is no figure)
                figures.append(fig)
            continue
        m = FIGURE.match(scan, pos)
        if not m or m.end() == pos:
            continue
        taken = m.end()
        read = _figure_from_match(text, scan, m, splits)
        if read is not None:
            fig = read
            if fig.start in splits and fig.kind == "count":
                fig.kind = "percent"  # "a 49-43 edge" in a poll: two shares of the vote
            figures.append(fig)
            taken = max(taken, fig.end)
    figures = _spelled_changes(text, scan, figures)
    if "/" in text and not split_up:
        figures = _slash_fractions(text, figures)
    if split_up:
        figures.sort(key=lambda f: f.start)
    figures = _merge_ratios(text, figures)
    _mark_ranges(text, figures)
    if " to " in text or "-" in text or "–" in text:
        _percent_pairs(text, figures)
    return figures


# "2/3 of the cases", "1/3s of voters": a share written as a fraction with a slash (masked with the other tokens
# holding "/"), before "of"; not a date ("9/11"), a mixed number's part ("9 1/2 months") or a ratio of a larger top
_SLASH_FRACTION = re.compile(r"(?<![\w/.,$])([1-9])/([2-9]|10)(?:s|rds|ths)?(?=\s+of\s)")


def _slash_fractions(text: str, figures: list[Figure]) -> list[Figure]:
    added = []
    for m in _SLASH_FRACTION.finditer(text):
        num, den = int(m.group(1)), int(m.group(2))
        if num < den and not text[max(0, m.start() - 2):m.start()].rstrip(" ")[-1:].isdigit():
            added.append(Figure(m.start(), m.end(), (Decimal(num * 100) / den).quantize(Decimal("0.01")), "percent",
                                m.group()))
    if not added:
        return figures
    return sorted(figures + added, key=lambda f: f.start)


def _spelled_changes(text: str, scan: str, figures: list[Figure]) -> list[Figure]:
    """Changes spelled as a unit's part: "a year and a half", "a tenth to 65.8 percent"."""
    if "half" in scan and "year" in scan:
        figures = _years_and_a_half(text, scan, figures)
    if "tenth" in scan:
        figures = _tenths_of_a_level(text, scan, figures)
    return figures


_YEAR_AND_A_HALF = re.compile(r"(?i)\b(?:a|one)\s+year\s+and\s+a\s+half\b|\b(?:a|one)\s+and\s+a\s+half\s+years\b")


def _years_and_a_half(text: str, scan: str, figures: list[Figure]) -> list[Figure]:
    """"life expectancy fell by a year and a half": a change of a measure counted in years, 1.5 years."""
    for m in _YEAR_AND_A_HALF.finditer(scan):
        if _years_change(scan, m.start()):
            fig = Figure(m.start(), m.end(), Decimal("1.5"), "count", text[m.start():m.end()], spelled=True)
            fig.measure = "years"
            figures = [f for f in figures if f.end <= m.start() or f.start >= m.end()] + [fig]
            figures.sort(key=lambda f: f.start)
    return figures


# "the participation rate fell a tenth to 65.8 percent", "hours rose by two-tenths to 34.5 hours": a change of
# tenths of the unit of a level given to one decimal place (not "sales fell by a tenth to 4.5 million": a share)
_TENTHS_TO = re.compile(r"(?i)\b(?:rose|fell|increased|decreased|declined|dropped|dipped|climbed|slipped|"
                        r"(?:edged|ticked)\s+(?:up|down)|gained|lost|(?:was|were)\s+(?:up|down))(?:\s+by)?\s+"
                        r"(?P<f>(?P<num>a|one|two|three|four|five|six|seven|eight|nine|[1-9])[\s-]tenths?)"
                        r",?\s+(?:to|from)\s+\d+\.\d(?!\d|,\d|\s*(?:million|billion|trillion|thousand)\b)"
                        r"(?P<u>\s*%|\s+per\s*cent|\s+percent|\s+(?:hours|days|weeks|months|years)\b)?")


def _tenths_of_a_level(text: str, scan: str, figures: list[Figure]) -> list[Figure]:
    for m in _TENTHS_TO.finditer(scan):
        start, end = m.span("f")
        inside = [f for f in figures if f.start < end and f.end > start]
        if any(f.start < start or f.end > end or not f.spelled and f.text != m.group("num") for f in inside):
            continue
        figures = [f for f in figures if f not in inside]  # ("three tenths", "3 tenths": read as a count)
        value = Decimal(_FRACTION_NUM[m.group("num").lower()]) / 10
        unit = (m.group("u") or "").strip().lower()
        if unit and unit[0] in "%p":  # tenths of a percentage point
            fig = Figure(start, end, value, "points", text[start:end], spelled=True)
        else:
            fig = Figure(start, end, value, "count", text[start:end], spelled=True)
            fig.measure = unit
        figures = sorted(figures + [fig], key=lambda f: f.start)
    return figures


def _starts(scan: str, flat: bytes, runs: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Where a figure may start, in order: (offset, 0) for a fraction, (offset, 1) for a number. flat, runs: scan's
    _flat bytes and _digit_runs."""
    if holds_case_odd(scan):
        lower = scan.lower()  # (İ lower-cases to two characters: offsets are the lower-cased text's)
        flat_lower = _flat(lower)
    else:
        # The tests below answer the same on scan as on its lower-cased copy, and the number words are
        # ASCII: the text's bytes lower-cased find them at the same offsets, without str.lower on all of it.
        lower, flat_lower = scan, flat.lower()
    starts = []
    for i, word in _number_words(lower, flat_lower):
        if word in _FRACTION_WORDS:
            j = i - 1
            while j > 0 and lower[j - 1] not in " \n\t-":
                j -= 1
            k = j - 1
            while k > 0 and lower[k - 1].isalpha():
                k -= 1
            starts += [(k, 0), (j, 0), (i, 0)]  # "at least three-quarters of", "a third of", "half of"
        elif word in _SCALE_WORDS or word in ("penny", "cent"):  # "a million", "a penny", "rose about a cent"
            # _ARTICLE_BEFORE ends in "a", "an", "half" or "quarter" and \s+, or in a dash: else it cannot match
            end = scan[max(0, i - 30):i].rstrip()
            article = _ARTICLE_BEFORE.search(scan, max(0, i - 30), i) if end[-7:].lower().endswith(
                ("a", "an", "half", "quarter")) or end[-1:] == "-" else None
            if article:
                starts.append((article.start(), 1))
        else:
            starts.append((i, 1))
    for i, _ in runs:  # a run at a time, not a digit at a time
        if i > 1 and scan[i - 1] in ",." and scan[i - 2].isdigit():
            continue
        # "$.74"; a decimal with no leading zero after a space or bracket, "( .9%)", "rose .5%"
        j = i - 1 if i > 1 and scan[i - 1] == "." and scan[i - 2] in "$€£ (\n" else i
        while j and scan[j - 1] in "$€£+":
            j -= 1
        if j == i and j > 1 and scan[j - 1] == " " and scan[j - 2] in "$€£":
            j -= 2  # "$ 2.5 million": a currency sign set off by a space
        elif j == i and scan[max(0, j - 4):j].rstrip(" ")[-3:] in ("USD", "EUR", "GBP"):
            k = j - (4 if scan[j - 1] == " " else 3)  # "USD 4 million", "EUR5bn": a currency's code
            if not scan[k - 1:k].isalpha() or scan[k - 1:k].islower():
                j = k  # (and "a high ofUSD 29.7 billion": a lower-case word glued to the code, a space lost)
        if j and scan[j - 1] in "SAUCZ":
            j = _currency_start(scan, j)
        starts.append((j, 1))
    starts.sort()
    return starts


def _currency_start(scan: str, j: int) -> int:
    """Where a currency written with letters starts, before the digits at j: "US$", "$US", "A$", "$A", "NZ$"."""
    for code in ("US", "AU", "NZ", "A", "C"):
        for prefix in ("$" + code, code):
            k = j - len(prefix)
            if k >= 0 and scan.startswith(prefix, k) and (code == "US" or prefix[0] == "$" or scan[j:j + 1] == "$") \
                    and not scan[k - 1:k].isalpha():
                return k
    return j


def _flat(text: str) -> bytes:
    """text one byte a character, so offsets hold (characters past Latin-1 become "?")."""
    return text.encode("latin-1", "replace")


def _digit_runs(flat: bytes) -> list[tuple[int, int]]:
    """(start, end) of every run of ASCII digits in flat, in order."""
    runs = []
    zeros = flat.translate(_DIGITS_ONLY)
    i = zeros.find(b"0")
    while i != -1:
        j = zeros.find(b" ", i)
        if j == -1:
            j = len(zeros)
        runs.append((i, j))
        i = zeros.find(b"0", j)
    return runs


def _number_words(lower: str, flat: bytes) -> list[tuple[int, str]]:
    """Where a word that is or scales a number starts (not inside another word): each word looked
    for by str.find, many times faster than a 40-way regex over the whole text. flat: lower one
    byte a character, its ASCII letters lower-cased."""
    found = []
    # A word found below is a whole run of letters, so a token of this split: the few that occur are
    # looked for, not all sixty (the split costs less than a third of the finds it saves).
    present = _NUMBER_WORDS.intersection(flat.translate(_LETTERS_ONLY).split())
    for word in _NUMBER_WORD_LIST:
        if word not in present:
            continue
        i = flat.find(word)
        while i != -1:
            j = i + len(word)
            if not (i and lower[i - 1].isalpha()) and not (j < len(lower) and is_word_char(lower[j])):
                found.append((i, word.decode()))
            i = flat.find(word, i + 1)
    found.sort()
    return found


def _fraction(m: re.Match) -> tuple[Figure, int]:
    """The fraction's figure, and where what it reads ends (its unit's end: "a tenth of one percentage point")."""
    fig = _fraction_figure(m)
    one = _OF_ONE_UNIT.match(m.string, m.end()) if fig.end == m.end() else None
    return fig, one.end() if one else fig.end


def _fraction_figure(m: re.Match) -> Figure:
    num, den = (1, 2) if m.group("half") else (_FRACTION_NUM[m.group("num").lower()],
                                               _FRACTION_DEN[m.group("den").lower().rstrip("s")])
    one = _OF_ONE_UNIT.match(m.string, m.end())
    if one and one.group("cent"):  # "nine-tenths of a cent", "half a cent": a fraction of a cent, in dollars
        return Figure(m.start(), one.end(), Decimal(num) / den / 100, "USD", m.string[m.start():one.end()],
                      spelled=True)
    if one and one.group("percent"):  # "half a percent", "two-tenths of a percent": 0.5%, 0.2%
        return Figure(m.start(), one.end(), Decimal(num) / den, "percent", m.string[m.start():one.end()], spelled=True)
    if one and not one.group("of"):  # "half a percentage point": half a point, the unit after it
        fig = Figure(m.start(), one.end(), Decimal(num) / den, "points", m.string[m.start():one.end()], spelled=True)
        fig.points = "percentage" not in one.group()
        return fig
    if one:  # "a tenth of a point", "three-tenths of an hour": a fraction of one unit, counted in it
        return Figure(m.start(), m.end(), Decimal(num) / den, "count", m.group(), spelled=True)
    return Figure(m.start(), m.end(), (Decimal(num) * 100 / den).quantize(Decimal("0.01")), "percent", m.group(),
                  spelled=True)


def _counted_out_of(part: Decimal, whole: Decimal) -> bool:
    """"21 out of 42 cases", "(14 out of 37)": a part and the whole it is counted out of, not a share like
    "two out of three", "nine out of 10", "one out of 25", whose whole is a small or round base."""
    return part > 1 and whole > 10 and whole not in (100, 1000)


# after the part of a share: "in 5", "out of 10", "in every five", "out of a hundred", "voters out of a hundred"
_RATIO_AFTER = re.compile(rf"(?P<noun>\s+[a-z]+s)?\s+(?P<gap>in|out\s+of|In|Out\s+[Oo]f)\s+(?:(?P<every>every|an?)\s+)?"
                          rf"(?P<d>\d{{1,3}}(?:,\d{{3}})?|(?i:{_SPELLED_WORD}|thousand))(?![\w-]|[.,]\d)")


# the parts a set of a known size is divided into: "three out of four regions" counts regions, not a share of people
_SET_OF_PARTS = re.compile(r"\s+(?:[A-Za-z.]+\s+){0,2}?(?i:regions|states|provinces|territories|sectors|subsectors|"
                           r"industries|categories|divisions|districts|counties|boroughs|precincts|metros|"
                           r"components|segments)\b")


def _merge_ratios(text: str, figures: list[Figure]) -> list[Figure]:
    """"1 in 5 adults", "one in four", "four out of every 100 loans", "two voters out of a hundred": a share,
    as a percentage."""
    out: list[Figure] = []
    skip_to = -1
    for a in figures:
        if a.start < skip_to:
            continue
        m = _RATIO_AFTER.match(text, a.end) if a.kind == "count" and a.factor == 1 and text[a.end:a.end + 1] == " " \
            else None
        whole = _ratio_whole(m, a, figures) if m else None
        if whole is not None and not m.group("every") and m.group("gap").lower() != "in" \
                and _SET_OF_PARTS.match(text, m.end()):
            out.append(a)  # "three out of four regions": a count of the parts of a set, not a share
            skip_to = m.end()  # (and the set's size is no figure of its own)
            continue
        if whole is not None:
            value = (a.value * 100 / whole).quantize(Decimal("0.01"))
            out.append(Figure(a.start, m.end(), value, "percent", text[a.start:m.end()], spelled=a.spelled))
            skip_to = m.end()
            continue
        out.append(a)
    return out


def _ratio_whole(m: re.Match, a: Figure, figures: list[Figure]) -> Decimal | None:
    """The whole of the share m reads after the part a, if it is one."""
    d, every = m.group("d").lower(), (m.group("every") or "").lower()
    out_of = m.group("gap").lower() != "in"  # (and a headline's "One In Four")
    if m.group("noun") and not out_of or every in ("a", "an") and d not in ("hundred", "thousand"):
        return None  # "three officers in 12 cities"; "one in a million" is no share a figure gives
    if not every and not m.group("noun"):  # "1 in 5": the whole must be a figure itself (not a label or a date)
        b = next((f for f in figures if f.start == m.start("d")), None)
        if b is None or b.kind != "count" or b.factor != 1 or b.end != m.end():
            return None
    whole = Decimal(d.replace(",", "")) if d[0].isdigit() else \
        Decimal(1000 if d == "thousand" else spelled_value(d) or 0)
    if not 0 < a.value < whole <= 1000 or out_of and not every and _counted_out_of(a.value, whole):
        return None
    return whole


def _figure_from_match(text: str, scan: str, m: re.Match, splits: frozenset[int] = frozenset()) -> Figure | None:
    start, end = m.span()
    # (one call for all the groups, in FIGURE's order: far cheaper than looking each name up)
    plus, cur, digits, article, article_part, spelled, short, scale, abbr, spaced, suffix, rate = m.groups()
    article = article or article_part
    if start == end or not (digits or spelled or article):
        return None
    before = scan[max(0, start - 40):start]
    after = scan[end:end + 60]
    suffix = (suffix or "").strip().lstrip("-“\"").lower()
    if _bare_year(digits, cur or suffix or short or scale or abbr or spaced, start in splits, before, after) \
            or _glued(before, after, digits, short, cur) and not (suffix and (_hyphen_range_end(before)
                                                                              or _space_lost(before, suffix))):
        return None
    plus, basis, fold = bool(plus), None, 0
    if after.startswith(("-plus", "+")) and not after.startswith("+-"):
        plus = True  # "1,000-plus orders", "10,000+ signups"
        end += 5 if after.startswith("-plus") else 1
        after = scan[end:end + 60]
    elif after.startswith("-in-") and not suffix and not short and not cur:
        return _hyphened_ratio(text, scan, m, end)  # "one-in-five", "1-in-5": a share
    elif after[:1] == "-" and after[1:2].isalpha() and not rate and not scale \
            and not (digits and ("," in digits or _four_digit_count(digits, before, after))) \
            and not (digits and "." in digits and _SUPPLY_AFTER.match(after)) \
            and not (after[1:4] == "to-" and _HYPHEN_RANGE_AFTER.match(after)) \
            and not (digits and _COUNTED_CHANGE_AFTER.match(after)):
        basis = _basis_points(after, cur or suffix)
        fold = 0 if basis or cur or suffix else _fold(before, after)
        if not basis and not fold:
            return None  # a compound adjective: "18-year-old", "one-third", "three-time" ("a 737,000-unit pace" counts)
        end += basis or fold  # "a 25-basis-point hike": the size of a change, in basis points; "grew 14-fold"
        after = scan[end:end + 60]
    if _AGE_AFTER.match(after):
        return None  # "people 65 and older"
    if _adjective_or_age(article, scale, digits, cur or suffix or short, before, after):
        return None
    value = _value_of(digits, spelled, article)
    factor = _factor(abbr, scale, spaced, short, cur)
    if value is None or factor is None:
        return None
    unscaled_plain = factor == 1 and not cur and not suffix
    if unscaled_plain and digits and _is_date_or_label(text, scan, start, end, digits, before, after) \
            and start not in splits:
        return None
    if spelled and _spelled_no_figure(spelled, suffix, before, after, unscaled_plain):
        return None
    years = _scope_years(scan, start, before, after, suffix, cur, digits, unscaled_plain)
    if years is False:
        return None
    end += years.end() if years else 0  # "dropped 1.5 years": the figure is a number of years
    # inside parentheses: "(114 kilograms)" converts the figure before it
    if before.rstrip().endswith("(") and (_CONVERSION_AFTER.match(after) or cur and _CURRENCY_BEFORE.search(before)):
        return None
    kind, value = _kind(cur, suffix, value * factor)
    rate = rate.strip("-").replace("-", " ") if rate else ""
    fig = Figure(start, end, value, kind, text[start:end], rate=rate, spelled=bool(spelled),
                 plus=plus, scaled=factor != 1)
    fig.points = "point" in suffix and "percentage" not in suffix
    fig.base, fig.factor = value / factor, factor
    fig.measure = "years" if years else "basis points" if basis else "times" if fold else \
        ABBREVIATED_UNITS[abbr.lower()][1] if abbr else fig.measure
    if not plus:
        _sign(fig, text, before, cur)
    return fig


def _sign(fig: Figure, text: str, before: str, cur: str | None) -> None:
    """A minus sign before the figure makes it negative."""
    if before[-1:] in ("-", "\u2212") and _MINUS_BEFORE.search(before):
        _negate(fig, text, 1)  # "Alaska (-89 cents)", "the adjustment was -0.24%": a printed minus sign
    elif before[-6:].lower() == "minus " and not cur and _MINUS_WORD_BEFORE.search(before):
        _negate(fig, text, 6)  # "lows of minus 20 degrees", "from minus 6 in May": the sign in a word


# "a 4.2-month supply": a stock measured in the months (weeks, days) it lasts, a figure; not "a 3-month delay"
_SUPPLY_AFTER = re.compile(r"(?i)-(?:month|week|day|year)s?[’']?\s+(?:of\s+)?supply\b")
# "a three-to-five point change", "a 10-to-15 percent rise": a range's ends joined by hyphens, a share or points after
_HYPHEN_RANGE_AFTER = re.compile(rf"-to-(?:\d[\d.,]*|(?i:{_SPELLED_WORD}))"
                                 r"(?:\s?%|\s+(?i:percentage\s+points?|points?|percent|per\s+cent)\b)")
_HYPHEN_RANGE_BEFORE = re.compile(rf"(?:\d|\b(?i:{_SPELLED_WORD}))-to-$")


def _hyphen_range_end(before: str) -> bool:
    """The figure ends a range joined by hyphens: "three-to-five point" (its unit after it)."""
    return before.endswith("-to-") and _HYPHEN_RANGE_BEFORE.search(before) is not None


# "has grown 14-fold", "a 10-fold increase": a multiple of a change, counted in times (not "is two-fold: ...", in
# two parts)
_FOLD_AFTER = re.compile(r"(?i)-fold\b(?!-)")
_FOLD_CHANGE_AFTER = re.compile(r"(?i)-fold\s+(?:increases?|rises?|jumps?|growth|declines?|drops?|reductions?|"
                                r"decreases?|gains?|surges?)\b")
_FOLD_CHANGE_BEFORE = re.compile(r"(?i)\b(?:grow|grew|grown|grows|rose|risen|rises|increased|increases|jumped|climbed|"
                                 r"soared|expanded|multiplied|surged|fell|dropped|declined|shrank|shrunk)\s+(?:by\s+)?"
                                 r"(?:(?:about|nearly|almost|roughly|some|more\s+than|over)\s+)?$")


# "a 600-job increase", "a 40-worker cut": the size of a change in a count, its noun glued to the number (not "a
# 3-bedroom house", "an 18-year-old": no change after them)
_COUNTED_CHANGE_AFTER = re.compile(r"-(?:job|worker|employee|person|people|member|student|officer|bed|home|house|"
                                   r"unit|seat|vote|position|patient|visitor|resident|case|arrest|death)s?\s+"
                                   r"(?:increase|gain|loss|drop|decline|rise|cut|jump|decrease|reduction|"
                                   r"boost|swing|climb|fall|dip)s?\b")


def _fold(before: str, after: str) -> int:
    """The length of "-fold" after a number that is the multiple of a change, 0 when it is no such multiple."""
    if not after[1:5].lower() == "fold" or not _FOLD_AFTER.match(after):
        return 0
    return 5 if _FOLD_CHANGE_AFTER.match(after) or _FOLD_CHANGE_BEFORE.search(before) else 0


_NAME_GOES_ON = re.compile(r"\s+[A-Z][a-z]")  # a capitalised word after a capitalised spelled number: a name


# a label's noun before a spelled number that names, not counts: "Part Two crimes", "Phase One", "Category Four";
# in lower case only the nouns that never end a phrase a count starts ("part one crimes", "stage two", not "won the
# title two years ago")
_SPELLED_LABELS = frozenset("Part Phase Stage Tier Level Category Chapter Title Section Article Round Step Game "
                            "Proposition Volume Season Episode Schedule Class Grade".split())
_SPELLED_LABELS_LOWER = frozenset("part phase stage tier chapter category".split())
_LABEL_NUMBER_ENDS = re.compile(r"\s+(?:of|years?|months?|weeks?|days?|times|more|fewer|less|ago)\b")


def _spelled_label(spelled: str, before: str, after: str) -> bool:
    """A spelled number after a label's noun: "Part Two", "part one crimes", "“Phase Three”" (a name)."""
    if not before.endswith((" ", "“", '"')):
        return False
    words = before[-14:].split()
    label = words[-1].strip("“\"‘'(") if words else ""
    if label in _SPELLED_LABELS and spelled[:1].isupper():
        return True
    return label in _SPELLED_LABELS_LOWER and spelled.islower() and not _LABEL_NUMBER_ENDS.match(after)


def _spelled_no_figure(spelled: str, suffix: str, before: str, after: str, unscaled_plain: bool) -> bool:
    """A spelled number that counts nothing: "one of", "at one point", "Heos of the Twelve Visions Party" (a name),
    "Part Two" (a label)."""
    if unscaled_plain and (_not_a_count(spelled, before, after) or spelled[:1].isupper()
                           and before.endswith(" the ") and _NAME_GOES_ON.match(after)
                           or _spelled_label(spelled, before, after)):
        return True
    return _at_one_point(spelled, suffix, before, after)
_BASIS_POINT_AFTER = re.compile(r"(?i)-basis-points?\b")


def _basis_points(after: str, marked: str | None) -> int:
    """The length of "-basis-point" after a bare number ("a 25-basis-point hike"), 0 when it is not there."""
    m = _BASIS_POINT_AFTER.match(after) if after[1:2] in "bB" and not marked else None
    return m.end() if m else 0


# a minus sign printed before a figure, not a dash or a range: "(-89 cents)", "was -0.24%", "at −3.1%"
# (and after a possessive or "versus": "at -$189.1 billion versus New Jersey's -$201.2 billion", no dash ever
# follows those)
_MINUS_BEFORE = re.compile(r"(?:\(|(?<![\w.,%])(?:was|is|were|are|at|of|versus|vs\.?)\s|\w[’']s\s)[-\u2212]$")


# "minus" as a sign, not the margin of error's "plus or minus 3 points" nor a subtraction ("10 minus 6", "revenue
# minus costs")
_MINUS_WORD_BEFORE = re.compile(r"(?i)(?<![\w.,%’'])(?:(?:was|is|were|are|at|of|to|from|and|between|reached|"
                                r"hit|fell|dropped|plunged|near|about|around)\s+|[(,:;.]\s*)minus\s$")


def _negate(fig: Figure, text: str, width: int) -> None:
    """A figure with a minus sign before it (width characters: "-" or "minus "): its value is negative and its
    text takes the sign."""
    fig.start -= width
    fig.text = text[fig.start:fig.end]
    fig.value, fig.base = -fig.value, -fig.base


_RATIO_DEN = re.compile(rf"-in-(?P<d>\d{{1,4}}|(?i:{_SPELLED_WORD}))(?![\w-])")


def _hyphened_ratio(text: str, scan: str, m: re.Match, end: int) -> Figure | None:
    """"nearly 1-in-5 residents", "six-in-ten adults": a share, as a percentage."""
    d = _RATIO_DEN.match(scan, end)
    num = _number_value(m)
    den = d and (Decimal(d.group("d")) if d.group("d").isdigit() else spelled_value(d.group("d")))
    if not den or num is None or not 0 < num < den:
        return None
    value = (num * 100 / Decimal(den)).quantize(Decimal("0.01"))
    return Figure(m.start(), d.end(), value, "percent", text[m.start():d.end()], spelled=bool(m.group("spelled")))


def _adjective_or_age(article: str | None, scale: str | None, digits: str | None, marked, before: str,
                      after: str) -> bool:
    """"a billion-dollar disaster" (a compound adjective), "children under 5 in the study" (an age)."""
    if article and after[:1] == "-" and after[1:2].isalpha():
        return True
    if not digits or marked or len(digits) > 2 or not digits.isdigit() or scale:
        return False
    if "age" in after[:16] and _age_band(before, after):
        return True  # "children in the 7-13 age range", "the 18 to 29 age group": the ages that bound a band
    if ("under " in before or "over " in before or "than " in before) and _GROUP_AGE_BEFORE.search(before) \
            and (_GROUP_AGE_AFTER.match(after) or before.endswith(("younger than ", "older than "))):
        return True  # "adults younger than 35 reported": always an age
    # "young adults 18 to 29", "children 5-11": the ages that bound a group
    # (the younger age first: "men 48-44" in a poll is a split)
    if before.endswith(" ") and _age_group_last(before) and _AGE_GROUP.search(before[-14:]):
        end = _AGE_RANGE_END.match(after)
        return end is not None and int(end.group(1)) > int(digits)
    start = _AGE_RANGE_START.search(before[-24:]) if before[-1:] in " -–" and _age_range_open(before) else None
    return start is not None and int(start.group(1)) < int(digits)


# the word a band of ages is named by after its ends: "the 7-13 age range", "the 18 to 29 age group"
_AGE_BAND_WORD = r"\s+age[\s-](?:range|group|bracket|band|cohort)s?\b"
_AGE_BAND_FIRST = re.compile(r"\s?(?:[-–]|to|through)\s?\d{1,2}" + _AGE_BAND_WORD)
_AGE_BAND_LAST = re.compile(_AGE_BAND_WORD)
_AGE_BAND_OPEN = re.compile(r"(?<![\d,.$])\d{1,2}\s?(?:[-–]|to|through)\s?$")


def _age_band(before: str, after: str) -> bool:
    """Either end of a band of ages named as such: "in the 7-13 age range", "the 18 to 29 age group"."""
    if _AGE_BAND_FIRST.match(after):
        return True
    return _AGE_BAND_LAST.match(after) is not None and _AGE_BAND_OPEN.search(before) is not None


_AGE_GROUP_WORDS = ("people", "persons", "adults", "children", "kids", "youths", "teens", "teenagers", "men", "women",
                    "boys", "girls", "adolescents", "infants", "babies", "seniors", "americans")  # _AGE_GROUP's


def _age_group_last(before: str) -> bool:
    """Whether _AGE_GROUP (a group's word, then \\s+$) can match: the last word (str.rstrip strips what \\s
    matches) ends in one of its words; in a text not ASCII always ("ſ" matches "s" case-blind)."""
    last = before.rstrip()[-11:]
    return last.lower().endswith(_AGE_GROUP_WORDS) or not last.isascii()


def _age_range_open(before: str) -> bool:
    """Whether _AGE_RANGE_START (digits, then to, through or a dash, then \\s*$) can match: what before ends in,
    its space stripped; no letter but an ASCII one matches t, o, h, r, u or g case-blind."""
    end = before.rstrip()
    joiner = next((j for j in ("to", "through", "-", "–") if end[-7:].lower().endswith(j)), None)
    return joiner is not None and end[:len(end) - len(joiner)].rstrip()[-1:].isdigit()


def _glued(before: str, after: str, digits: str | None, short: str | None, cur: str | None = None) -> bool:
    """Glued to letters or hyphenated names: MS-13, FY23, COVID-19, 26th, 3rd, A380."""
    if before and (before[-1].isalpha() and not (cur and cur[:1] in "UEG" and before[-1].islower())
                   or before[-1].isdigit() and not cur or before[-1] in "_"
                   or (before[-1] == "-" and before[-2:-1].isalpha())):
        return True
    if before.endswith(".") and digits and before[-2:-1].isdigit():
        return True
    if before[-1:] in ("-", "–", "/") and _GLUED_PAIR.search(before):
        return True  # the second half of a code glued to letters: "FY22-23"
    if before.endswith("(") and before[-2:-1].isalpha() and after[:1] == ")":
        return True  # a footnote marker: "sales(1)"
    if before.endswith(("'", "’", "‘")) and before[-2:-1] in ("", " ", "-", "–", "—", "(", "/") and digits \
            and len(digits) == 2 and not (before[-1] == "‘" and _closing_quote(after)):
        return True  # an abbreviated year: "till '19", "from '08-'14", "fiscal year ‘09" (its quote turned left,
        # but "a ‘10 percent colder’ winter" opens a quotation)
    return bool(after[:1].isalpha() and not short) and not (digits and _GLUED_MEASURE.match(after))


# a whole word in lower case at the end of what is before a figure
_LOWER_WORD_END = re.compile(r"(?:^|\s)[a-z]{3,}$")


def _space_lost(before: str, suffix: str) -> bool:
    """A percentage glued to the word before it, the space between them lost: "arrested19 percent" (a word in lower
    case, no code: "COVID19", "FY23")."""
    return suffix[:1] in ("%", "p") and before[-1:].islower() and _LOWER_WORD_END.search(before) is not None


def _closing_quote(after: str) -> bool:
    """A closing single quote in the line after a figure, no apostrophe ("’s"): "‘10 percent colder’"."""
    close = after.find("’")
    return close != -1 and "\n" not in after[:close] and not after[close + 1:close + 2].isalpha()


# (and "FY 05-06", the fiscal year's letters set off by a space)
_GLUED_PAIR = re.compile(r"(?<![\w.])(?:[A-Za-z]{1,3}|FY\s)'?\d{2}[-–/]$")
# a weight, distance or speed glued to its number: "1,853lbs", "40kg", "250mg", "65mph" (not "5G", "10th")
_GLUED_MEASURE = re.compile(r"(?:lbs?|kgs?|mg|km|mph|oz|tons|tonnes)\b")

_DECIMAL_COMMA_WHOLE = re.compile(r"\d{1,3},\d{1,2}$")


def _number_value(m: re.Match) -> Decimal | None:
    """The number as written, before its scale: digits, spelled-out, or "a"/"half a" before a scale word."""
    return _value_of(m.group("digits"), m.group("spelled"), m.group("article") or m.group("article_part"))


def _value_of(digits: str | None, spelled: str | None, article: str | None) -> Decimal | None:
    """_number_value of a match's groups."""
    if spelled:
        value = spelled_value(spelled)
        return None if value is None else Decimal(value)
    if digits:
        if "," in digits and _DECIMAL_COMMA_WHOLE.match(digits):
            return Decimal(digits.replace(",", "."))  # "119,2" in "$119,2-billion"
        return Decimal(digits.replace(",", "").replace(" ", ""))
    article = article.lower()  # "a million", "half a million", "a half million"
    return Decimal("0.5") if "half" in article else Decimal("0.75") if "quarters" in article \
        else Decimal("0.25") if "quarter" in article else Decimal(1)


def _factor(abbr: str | None, scale: str | None, spaced: str | None, short: str | None, cur: str | None) -> int | None:
    """The scale a figure's match gives its number (its groups abbr, scale, spaced, short, cur); None if unsure."""
    if abbr:
        return ABBREVIATED_UNITS[abbr.lower()][0]
    if scale:
        return _SCALES[scale.lower()]
    if spaced:
        return _SHORT_SCALES[spaced.lower()]
    if not short:
        return 1
    if short in ("m", "B", "tr") and not cur:
        return None  # "5m" is metres and a bare "B" is ambiguous outside money; "1M encounters" is a million
    return _SHORT_SCALES[short.lower()]


_OF_THE_NUMBER = re.compile(rf"(?i)^\s+of\s+(?:(?:the|these|those|its|their|all)\s+(?:[a-z]+(?:[’']s)?\s+)?|"
                            rf"(?-i:[A-Z][\w.]*)[’']s\s+)?"  # "three of eight segments", "four of Ohio's nine areas"
                            rf"(?:\d|{_SPELLED_WORD}\b)")  # "three of the nation's four regions", "of the past five"
_RANK_BEFORE = re.compile(r"(?i)\b(?:top|first|last|bottom|final)\s+$")  # "the top five of 147 nationalities"


# the words before a part that has, holds or is found in a share of a whole: "Ohio had three of the new cases",
# "found in nine of the attempts", "accounted for four of the deaths", "Democrats lead eight of those races"
_HOLDS_PART = re.compile(r"(?i)\b(?:had|has|have|saw|sees|recorded|records|reported|logged|accounted\s+for|"
                         r"leads?|led|leading|won|wins?|trails?|trailed|carried|carries|"
                         r"accounts\s+for|made\s+up|(?:found|seized|made|occurred|involved|used)\s+in)\s+$")


# "eight of the year's victims were shot", "two of the guards were hurt": a part of a whole something was done to
_OF_THE_DONE_TO = re.compile(r"^\s+of\s+(?:the|these|those|its|their)\s+(?:[\w’'-]+\s+){1,4}?"
                             r"(?:were|was|had\s+been|have\s+been)\s+(?:[a-z]+ly\s+)?"
                             r"(?:[a-z]+(?:ed|en|wn)|shot|hurt|hit|slain|held|caught|struck)\b")


# "so far, six of the county's flu deaths were in people over 65", "four of these crashes are in rural areas": a part
# of a whole, the subject of "were" or "are"
_OF_THE_PART_IS = re.compile(r"^\s+of\s+(?:the|these|those|its|their)\s+(?:[\w’'-]+\s+){1,4}?(?:were|are)\s")


# "one of the 10 deaths", "one of those 12 cases": one of a counted whole, no superlative after the number
_ONE_OF_NUMBER = re.compile(r"^\s+of\s+(?:the|these|those|its|their)\s+(?:\d[\d,]*|two|three|four|five|six|seven|"
                            r"eight|nine|ten|eleven|twelve)\s+(?!most\b|least\b|top\b|[a-z]+est\b)[a-z]")
_MEMBER_BEFORE = re.compile(r"(?i)\b(?:is|was|are|were|be|been|as|among)\s+$")


# "Two of the deaths occurred last week", "Three of those arrested were minors": a part of a group as the subject
# that opens a sentence
_OF_THE_GROUP = re.compile(r"^\s+of\s+(?:the|these|those|its|their|them|our)\b")
_WORD_BEFORE = re.compile(r"[\w,]\s*$")
# a clause's subject after a joining word, as at a sentence's start: "..., and six of the races fall within it"
_CLAUSE_OPENERS = (", and ", ", but ", "; ", ", while ", ", and only ")
# but "Two of the officers said ...", "Four of the members voted no": a part of a group that speaks or votes, not a
# count the sentence tells
_GROUP_SAYS = re.compile(r"^\s+of\s+\w+\s+(?:[\w’'-]+\s+){0,3}?(?:said|say|says|told|tell|think|thinks|thought|"
                         r"believe|believes|agreed|agree|argued|argue|wrote|noted|added|asked|declined|voted|vote|opposed|"
                         r"support|supported|backed)\b")


def _not_a_count(spelled: str, before: str, after: str) -> bool:
    """"one's", "one of", "one another", "no one": a small spelled number that counts nothing."""
    if spelled.lower() not in SMALL_SPELLED:
        return False
    if spelled.lower() != "one" and after.startswith(" of ") and (
            _OF_THE_NUMBER.match(after) and not _RANK_BEFORE.search(before[-8:])
            or before.endswith(" ") and _HOLDS_PART.search(before[-24:])
            or (" were " in after or " was " in after or " been " in after) and _OF_THE_DONE_TO.match(after)
            or (" were " in after or " are " in after) and _OF_THE_PART_IS.match(after) and not _GROUP_SAYS.match(after)
            or (spelled[:1].isupper() and not _WORD_BEFORE.search(before) or before.endswith(_CLAUSE_OPENERS))
            and _OF_THE_GROUP.match(after) and not _GROUP_SAYS.match(after)):
        return False  # "six of the seven categories", "Ohio had three of the new cases", "two of the guards were
        # hurt": a part of a whole
    if spelled.lower() == "one" and after.startswith(" of ") and _ONE_OF_NUMBER.match(after) \
            and not _MEMBER_BEFORE.search(before[-8:]):
        return False  # "One of the 10 deaths was a child": a part of a counted whole (but "Ohio is one of the 10
        # largest states": a place in a ranking)
    if spelled.lower() == "one" and _ONE_PRONOUN.match(after):
        return True  # "one sees that", "one could argue": the pronoun, no count
    if spelled.lower() == "one" and before[-3:].lower() == "in " and _ONE_INSTANCE.match(after):
        return True  # "In one case, a man was fined", "in one instance": an example told, no count
    if spelled.lower() == "one" and before.endswith("least ") and _CONDITION_BEFORE.search(before[-40:]):
        return True  # "crashes involving at least one truck", "counties reporting at least one case": a condition
    return after.lower().startswith(("’s", "'s", " of ", " another", " or two", " by one")) \
        or before.lower().endswith("no ") or _THE_FEW.search(before) is not None and after[:1] == " " \
        and spelled.lower() in ("two", "three", "four") and after[1:2].islower() and not _THE_FEW_TOLD.match(after)


_ONE_INSTANCE = re.compile(r"\s+(?:case|instance|incident|example)\s*,")
# "between the two candidates", "the two diseases": those named before, not a count told
_THE_FEW = re.compile(r"(?:^|[^\w-])[Tt]he $")
# but "the three other deaths", "the four counties to show an increase": a part of a count, or a set the
# sentence defines, told for the first time
_THE_FEW_TOLD = re.compile(r"\s(?:other|remaining|additional)\s+[a-z]+s\b|"
                           r"\s[a-z]+s\s+to\s+(?!(?:the|a|an|its|their|be)\b)[a-z]+\b")
# what "at least one" is the object of when it states a condition a thing meets, not a count
_CONDITION_BEFORE = re.compile(r"(?i)\b(?:involving|involve[sd]?|with|without|reporting|having|"
                               r"against|containing|committed)\s+at\s+least\s+$")
# "one" as the pronoun of anybody: "one sees that", "one could argue"
_ONE_PRONOUN = re.compile(r"\s+(?:can|could|might|must|should|would|sees|finds|notices|wonders|learns)\b")


# "life expectancy dropped 1.5 years", "fell by three years", "the decline ... was worse, at three years": a change of
# a measure counted in years is a figure, not a duration ("over 12 months", "for three years" still are durations)
_YEARS_MEASURE = re.compile(r"(?i)\b(?:life\s+expectancy|lifespans?|life\s+spans?|"
                            r"(?:median|average|retirement)\s+age)\b")
_CHANGE_BY_BEFORE = re.compile(
    r"(?i)(?:\b(?:rose|fell|dropped|declined|dipped|plunged|slipped|shrank|grew|increased|decreased|jumped|climbed|"
    r"gained|lost|slid|sank|tumbled|improved|raised|lowered|rising|falling|dropping|declining|plunging|increasing|"
    r"decreasing|shrinking|sliding|(?:edged|ticked)\s+(?:up|down))(?:\s+by)?|"
    r"\b(?:decrease|decline|drop|fall|increase|gain|loss|plunge|reduction)\b[^.;:\d]{0,60}?,?\s+(?:at|of|was|is))\s+"
    rf"(?:(?:{ABOUT_WORDS}|more\s+than)\s+)?$")
_YEARS_AFTER = re.compile(r"(?i)^\s+years?\b(?!\s+(?:in\s+a\s+row|running|straight|ago|later|earlier|before|after)\b)")


def _scope_years(scan: str, start: int, before: str, after: str, suffix: str, cur: str | None, digits: str | None,
                 unscaled_plain: bool) -> re.Match | bool | None:
    """False when the number is no figure (a duration, a rank, an age ...; see _scope_not_figure), the match of
    "years" after it when it is a change of a measure counted in years, else None."""
    if not _scope_not_figure(before, after, suffix, cur, digits, unscaled_plain):
        return None
    years = _YEARS_AFTER.match(after) if unscaled_plain else None  # (the cheap anchored match first)
    years = years if years is not None and _years_change(scan, start) else None
    return years if years is not None else False


def _years_change(scan: str, start: int) -> bool:
    """A number before "years" that is the change of a measure counted in years, in its sentence."""
    before = scan[max(0, start - 320):start]
    before = before[before.rfind(". ") + 1:]
    low = before.lower()  # every _YEARS_MEASURE holds "life" or "age" ("İ" matches "i" case-blind: not ASCII)
    if "life" not in low and "age" not in low and before.isascii():
        return False
    return bool(_YEARS_MEASURE.search(before) and _CHANGE_BY_BEFORE.search(before[-90:]))


# a span a decimal number of time units is the length of: "over the past 1.5 years", "in 2.5 years", "for 3.5 months"
_DECIMAL_SCOPE_BEFORE = re.compile(r"(?i)\b(?:over|in|for|within|after|before|past|last|next|during|the|than|every|"
                                   r"each|per|another)\s+(?:(?:about|nearly|almost|roughly|some|just|only|around|"
                                   r"approximately)\s+)?$")
_DECIMAL_BEFORE = re.compile(r"\d\.\d+\s*(?:-|–|to)\s*$")  # "from 17.5 to 19 months": a range's decimal start


# days of a month or season that had something, counted as the subject of a clause: "12 days in January had winds"
_DAYS_COUNTED_AFTER = re.compile(r"\s+days\s+(?:in|of|this|last)\s+(?:[A-Z][a-z]+|the\s+(?:month|year|season|quarter)|"
                                 r"month|year|season|quarter)\s+(?:had|saw|brought|were|set)\b")
_CLAUSE_START_BEFORE = re.compile(r"(?:^|[;:.]\s*|\b(?:said|says|and|but|that)\s+)$")
# a change of a measure of time, then its new level: "the wait decreased 10 days to 122", "rose by 3 weeks to 40"
_TIME_CHANGE_BEFORE = re.compile(r"\b(?:increased|decreased|rose|fell|dropped|declined|grew|shrank|climbed|jumped|"
                                 r"slipped|dipped|lengthened|shortened)(?:\s+by)?\s+$")
_TIME_CHANGE_AFTER = re.compile(r"\s+(?:hours|days|weeks|months)\s+to\s+\d")


def _measured_time(digits: str, before: str, after: str) -> bool:
    """A number of time units that is a measure, not a span: a decimal ("a supply of 4.1 months", "up from 4.1 months
    in July and 3.3 months in August"), unless a span's preposition is before it ("over the past 1.5 years"); or the
    end of a range that starts with one ("from 17.5 to 19 months"). (Years only after "was", "of", ...: a change
    of a measure in years, "dropped 1.2 years", is read with its unit by _scope_years.)"""
    if after[1:5].lower() == "year":
        return "." in digits and _TIME_MEASURE_KEEP.search(before) is not None
    if after[1:5] == "days" and _DAYS_COUNTED_AFTER.match(after) and _CLAUSE_START_BEFORE.search(before[-8:]):
        return True  # "; 12 days in January had high winds": a count of days, the subject of its clause
    if "." not in digits:
        return "." in before[-12:] and _DECIMAL_BEFORE.search(before[-12:]) is not None \
            or " to " in after[:10] and _TIME_CHANGE_AFTER.match(after) is not None \
            and _TIME_CHANGE_BEFORE.search(before[-24:]) is not None \
            or _TIME_LEVEL_BEFORE.search(before[-100:]) is not None  # "The median stay was 41 days": a measure
    return _TIME_MEASURE_KEEP.search(before) is not None or _DECIMAL_SCOPE_BEFORE.search(before[-40:]) is None


# a measure of time as the subject, then its level: "The average wait for a hearing was 1,210 days", "wait times
# reached 9 hours", "the median stay in detention is 41 days"
_TIME_LEVEL_BEFORE = re.compile(r"(?i)\b(?:wait|waits|waiting\s+times?|wait\s+times?|stay|stays|delay|delays|"
                                r"backlog|commute|workweek|length\s+of\s+stay|processing\s+times?|response\s+times?|"
                                r"duration|time\s+to\s+\w+)(?:\s+(?:for|in|of|at|on)\s+[\w\s’'-]{1,40}?)?\s+"
                                r"(?:was|were|is|are|averaged|reached|hit|stood\s+at|rose\s+to|fell\s+to|"
                                r"climbed\s+to|dropped\s+to|grew\s+to)\s+(?:about\s+|nearly\s+|roughly\s+|"
                                r"almost\s+|more\s+than\s+|an\s+average\s+of\s+)?$")
# "7 months: Average wait for a permit": a list's item, its figure a measure the caption after the colon names
_CAPTION_MEASURE_AFTER = re.compile(r"\s+(?:hours?|days?|weeks?|months?|years?):\s+(?:The\s+)?"
                                    r"(?:Average|Median|Typical|Mean)\b")


def _caption_measure(before: str, after: str) -> bool:
    """A number of time units opening its line, a colon after it, then what it measures: "7 months: Average wait
    for a bill to be paid", a fact sheet's item, not a span."""
    return (not before or before[-1:] == "\n") and _CAPTION_MEASURE_AFTER.match(after) is not None


def _scope_not_figure(before: str, after: str, suffix: str, cur: str | None, digits: str | None,
                      unscaled_plain: bool) -> bool:
    """Durations, time measures, ranks, models, ages and the bases of rates: numbers, not figures."""
    if not suffix and not cur:
        if after[:1].isspace() and (_DURATION_AFTER.match(after) and not _LIFESPAN_BEFORE.search(before)
                                    and not ("wait" in before and _measured_wait(before))
                                    and not (digits and _measured_time(digits, before, after))
                                    and not (":" in after[:9] and _caption_measure(before, after))
                                    or _AGO_AFTER.match(after)):
            return True
        if _TIME_MEASURE_AFTER.match(after) and not _TIME_MEASURE_KEEP.search(before) \
                and not (before.endswith("from ") and _TIME_MEASURED_BEFORE.search(before[-40:])):
            return True  # (but "declined to 33.7 hours from 33.8 hours": the base of a measure's change)
    tail = before[-24:]  # the $-anchored patterns below need only the last few words: a short window is faster
    # Most of them end in a word and \s+$: they can match only where the tail, its trailing space stripped
    # (str.rstrip strips what \s matches), ends in that word; a test of its last letters skips the search.
    word_end = tail.rstrip()[-6:]
    if not suffix and _SUPERLATIVE_AFTER.match(after) or word_end.endswith(("top", "Top", "TOP", "bottom")) \
            and _TOP_BEFORE.search(tail) and not _TOP_VERB.search(tail) \
            and not ((cur or not unscaled_plain and not suffix) and _TOP_VERB_AMOUNT.search(tail)):
        return True
    if unscaled_plain and word_end.endswith("next") and _NEXT_RANK_BEFORE.search(tail) and _PLURAL_AFTER.match(after):
        return True  # "Iowa led; the next three states were ...": places of a ranking, like "the top three states"
    if unscaled_plain and (tail.endswith(" with ") and _CATEGORY.search(tail) and _OR_MORE_AFTER.match(after)
                           or "(" in tail[-12:] and _size_bracket(tail, after)):
        return True  # "buildings with five units or more", "households with 3 or more children", "small firms
        # (3-199 workers)": a category
    if digits and unscaled_plain and "," not in digits and _MODEL.match(after) and _POSSESSIVE_BEFORE.search(before):
        return True  # a model: "its 737 MAX jets", "Boeing's 787 Dreamliner"
    # (below, case-blind words with none of the letters i, k, s: lower-casing their ASCII letters is exact)
    low_end = word_end.lower()
    if "ever" in tail and _FEVER_BEFORE.search(tail) or low_end.endswith(("of", "at")) and \
            _THRESHOLD_TEMPERATURE.search(tail) and _OR_MORE_AFTER.match(after):
        return True  # "a fever of 100 degrees or greater", "temperatures of 90 degrees or higher": a threshold
    if unscaled_plain and digits and len(digits) <= 3 and "turn" in tail \
            and _TURNED_BEFORE.search(tail) and _TURNED_AFTER.match(after):
        return True  # "offenders who turned 18 in 2006": an age reached
    # "aged 45", "32.6 per 100,000 people" (an age's words may end in a range: "aged 18 to")
    return bool("age" in tail.lower() and _AGE_BEFORE.search(tail)
                or low_end.endswith(("per", "every")) and _PER_BEFORE.search(tail)
                or low_end.endswith(("able", "ssed")) and _PER_VALUED_BEFORE.search(tail))


# "small firms (3-199 workers)", "large plants (500 or more employees)": the sizes in brackets that define a group
_BRACKET_OPEN = re.compile(r"\b(?P<group>[a-z]+s)\s+\(\s*(?P<low>\d[\d,]*\s*(?:-|–|to)\s*)?$")
_BRACKET_CLOSE = re.compile(r"(?P<high>\s*(?:-|–|to)\s*\d[\d,]*|\s+or\s+(?:more|fewer|less|larger|smaller))?"
                            r"\s+(?P<noun>[a-z]+s)\s*\)")


def _size_bracket(before: str, after: str) -> bool:
    """The number is an end of a range of sizes, or a size "or more", in brackets after the plural noun of the
    group they define, counting something else: "small firms (3-199 workers)"."""
    o = _BRACKET_OPEN.search(before)
    c = _BRACKET_CLOSE.match(after) if o else None
    return c is not None and bool(o.group("low") or c.group("high")) and not (o.group("low") and c.group("high")) \
        and c.group("noun") != o.group("group")


# a currency written before the amount: "€", "A$2 billion" and "$A2 billion" (Australian), "$US2.9bn", "C$"
_CURRENCY_KIND = {"€": "EUR", "£": "GBP", "A": "AUD", "AU": "AUD", "C": "CAD", "NZ": "NZD", "EUR": "EUR", "GBP": "GBP"}


def _kind(cur: str | None, suffix: str, value: Decimal) -> tuple[str, Decimal]:
    kind = _CURRENCY_KIND.get(cur.strip("$ "), "USD") if cur else "count"
    if suffix in ("%", "percent", "pct", "pc") or suffix.startswith("per cent"):
        return "percent", value
    if "point" in suffix:
        return "points", value
    if suffix.startswith(("cent", "penny", "¢")):
        return "USD", value / 100
    if suffix.startswith(("dollar", "u.s. dollar", "us dollar")):
        return "USD", value
    return kind, value


_YEAR_QUALIFIED = re.compile(rf"(?i)\b(?:more than|over|{ABOUT_WORDS}|at least|up to|fewer than|less than)\s+$")
_AT_ONE_POINT = re.compile(r"\s*(?:[,;.—–)]|$|\s+(?:in|during|last|this|that|when|before|after|early|late|"
                           r"earlier|later|the|had|was|were|it|they|he|she)\b)")


def _at_one_point(spelled: str, suffix: str, before: str, after: str) -> bool:
    """"and, at one point, had 6,000 troops": a moment, not one point of a measure."""
    return suffix == "point" and spelled.lower() == "one" and before[-3:].lower() == "at " \
        and _AT_ONE_POINT.match(after) is not None


_PLURAL_AFTER = re.compile(r"^\s+(?!(?:has|was|is|does|says|this|its|his|plus|thus|as)\b)[a-z]+s\b")  # not a verb
_DASH_DIGIT_AFTER = re.compile(r"^\s*[-–]\s*\d")
_DIGIT_DASH_BEFORE = re.compile(r"\d\s*[-–]\s*$")  # searched only when before ends with a dash: far cheaper


def _bare_year(digits: str | None, marked, split: bool, before: str, after: str) -> bool:
    """A bare year (no currency, scale or suffix: marked empty), which _figure_from_match drops as
    _is_date_or_label would after the tests of a figure between: none of them gives a figure but "-in-" after it."""
    if not digits:
        return False
    return len(digits) == 4 and not marked and not split and not after.startswith("-in-") \
        and _is_year(digits, before) and not _count_in_years_range(before, after)


# Counts between 1800 and 2100 written without a comma, as many outlets write four-digit counts: a measure joined
# by a hyphen ("the 2000-mile border"), a year after it ("from 2056 in 2017"), or a plural noun after a verb or
# "a total of" ("Pew surveyed 2002 adults", "a total of 1829 family units"); a year is none of these
_COUNT_MEASURE_AFTER = re.compile(r"-(?:mile|person|acre|foot|pound|member|bed|page|yard|square)s?\b|"
                                  r"\s+(?:in|for)\s+(?:1[89]|20)\d\d\b")
_NOT_NOUN = (r"(?!(?:as|is|was|has|does|this|its|his|thus|plus|less|unless|across|always|perhaps|when|in|on|at|for|"
             r"to|and|or|the|a|an)\b)")
_COUNT_NOUN_AFTER = re.compile(r"\s+(?:" + _NOT_NOUN + r"[a-z]+\s+)?" + _NOT_NOUN + r"[a-z]{2,}s\b")
_COUNT_VERB_BEFORE = re.compile(r"(?:\b[a-z]{3,}ed|\b(?:total|minimum|maximum|tally|increase|decrease|rise|drop|"
                                r"decline)\s+of|\b(?:were|are|had|has|have|saw|sees|reached|topped|hit))\s+$")


def _four_digit_count(digits: str, before: str, after: str) -> bool:
    """"a 1500-page report", "the 2000-mile border": a count written without its comma ("the 2008-era rules": a
    year)."""
    return len(digits) == 4 and digits.isdigit() and (not _is_year(digits, before) or bool(
        _COUNT_MEASURE_AFTER.match(after)))


def _count_in_years_range(before: str, after: str) -> bool:
    """A four-digit number in the years' range that is a count all the same."""
    if after[:1] not in " -":
        return False
    return bool(_COUNT_MEASURE_AFTER.match(after) or _COUNT_NOUN_AFTER.match(after) and
                _COUNT_VERB_BEFORE.search(before[-24:]))


def _is_year(digits: str, before: str) -> bool:
    """A bare number that is a year: 1800 to 2100, with no qualifier before it or compared with ("since at least
    1990")."""
    if "." not in digits and "," not in digits and len(digits) == 4 and 1800 <= int(digits) <= 2100:
        # _YEAR_QUALIFIED ends in one of these words and \s+$ (str.rstrip strips what \s matches); "ſ" matches "s"
        word = before.rstrip()[-6:].lower()
        if not (word.endswith(_YEAR_QUALIFIER_ENDS) or not word.isascii()) or not _YEAR_QUALIFIED.search(before):
            return True
        if _YEAR_COMPARED.search(before):
            return True  # "the lowest since at least 1990", "133 more than 2014": a year
    return False


def _day_like(digits: str) -> bool:
    """A number that may be a day of a month: "May 5", not "in May 53,000" (a gapped list's count after its
    month) nor "March 140"."""
    return "," not in digits and "." not in digits and int(digits) <= 31


# a year's preposition before "2016.1" at a sentence's end: the year, then a footnote's number after its full stop
_FOOTNOTED_YEAR_BEFORE = re.compile(r"(?i)\b(?:since|in|during|until|through|before|after|between|and)\s+$")
# the emergency number: called, dialed or named before what it is the number of
_EMERGENCY_BEFORE = re.compile(r"(?i)\b(?:call|calls|called|calling|dial|dials|dialed|dialled|dialing|dialling)\s+$")
_EMERGENCY_AFTER = re.compile(r"(?i)^\s+(?:calls?|callers?|dispatch\w*|operators?|cent(?:er|re)s?|system|hotline)\b")


def _is_date_or_label(text, scan, start, end, digits, before, after) -> bool:
    """A bare number that is a year, a day of a month, a list marker, an address, a label or a score."""
    if _is_year(digits, before) and not _count_in_years_range(before, after) or _possessive_year(digits, after):
        return True
    if len(digits) in (6, 7) and digits[4:5] == "." and _is_year(digits[:4], before) \
            and (not after or after[:1] == "\n" or after[:1] == " " and after[1:2].isupper()) \
            and _FOOTNOTED_YEAR_BEFORE.search(before[-12:]):
        return True  # "increased 0.7 percent since 2016.1": a year and a footnote's mark, its full stop between
    if digits == "911" and (_EMERGENCY_BEFORE.search(before[-12:]) or _EMERGENCY_AFTER.match(after)):
        return True  # "many of whom called 911", "a 911 dispatcher": the emergency number, no count
    tail = before[-24:]
    # the date and label patterns end in a word (a month, a day, a label), a full stop, a comma or a dash, then
    # \s*$: the last three characters before the trailing space say whether they can match at all
    ending = tail.rstrip()[-3:]
    if (ending[-1:] in ".,-–" or ending in _DATE_ENDS) and _BEFORE_DATE.search(tail) and _day_like(digits) \
            or len(digits) <= 2 and _AFTER_DATE.match(after) and (
            not digits.isdigit() or int(digits) <= 31):  # "95\nMarch 2020: 71": no day of a month
        return True
    if len(digits) <= 2 and tail.endswith(("to ", "and ", "through ")) and digits.isdigit() and int(digits) <= 31 \
            and _DAY_RANGE_BEFORE.search(tail) and not _PLURAL_AFTER.match(after):
        return True  # "from Oct. 3 to 6", "between March 8 and 12": the last day of a span of dates
    if (ending[-1:] in ".-–" or ending in _LABEL_ENDS) and _LABEL_BEFORE.search(tail) \
            or digits == "48" and tail.endswith(" lower "):
        return True  # (and "the lower 48 states": the contiguous states, a name)
    if len(digits) in (3, 4) and digits.isdigit() and int(digits[-2:]) < 60 and _ZONE_AFTER.match(after):
        return True  # "(1420 GMT)", "at 0830 UTC": a clock time written as a wire service writes it
    if "," not in digits and "." not in digits and len(digits) <= 3 and after.lstrip()[:1] == "," \
            and _AGE_APPOSITIVE.search(before) and int(digits) < 120:
        return True  # "John Smith, 45, of Phoenix": an age
    # _NAME_BEFORE's name is the last word (split at what \s matches) before the trailing space
    last = before.rsplit(None, 1)[-1:]
    name = _NAME_BEFORE.search(before) if last and "A" <= last[0][:1] <= "Z" else None
    if name and "," not in digits and "." not in digits and len(digits) <= 4 \
            and not _CALENDAR.match(name.group(1)) and name.group(1) not in _TITLE_CASE_WORDS \
            and not _PLURAL_AFTER.match(after) \
            and not _PAIR_PERCENT_AFTER.match(after) and not _gapped_count(scan, start, before, after):
        return True  # "the Boeing 737 crashed", "Windows 11": a name with a number
    # (the anchored patterns below tried only when what after starts with, its space stripped, can start them)
    if after[:1] in (".", ")") and _LIST_MARKER_AFTER.match(after) and _LIST_MARKER.search(before):
        return True
    if len(digits) <= 2 and text[start - 1:start] == " " and "/" in text[max(0, start - 12):start] \
            and _SLASH_NAME_BEFORE.search(text, max(0, start - 12), start):
        return True
    first = after.lstrip()[:1]
    if _address_or_footnote(first, digits, before, after):
        return True
    if first in ("-", "–") and _DASH_DIGIT_AFTER.match(after) and not _PAIR_PERCENT_AFTER.match(after) \
            or before.rstrip().endswith(("-", "–")) and _DIGIT_DASH_BEFORE.search(before):
        window = scan[max(0, start - 60):end + 60]
        if _score_context(window):
            return True
    return False


def _possessive_year(digits: str, after: str) -> bool:
    """"more than 2009's total of 44": a year's, the qualifier before it that of the count after it."""
    return len(digits) == 4 and after[1:3] == "s " and after[:1] in "'’" and digits.isdigit() \
        and 1800 <= int(digits) <= 2100


def _address_or_footnote(first: str, digits: str, before: str, after: str) -> bool:
    """An address ("at 1200 Main Street", "in the 300 block of Elm St.") or a footnote's mark in square brackets
    ("the countries they were from[1]", "4,515 people [2]"). first: the first character of after, its space
    stripped."""
    return "A" <= first <= "Z" and _ADDRESS_AFTER.match(after) is not None \
        or first == "b" and _BLOCK_AFTER.match(after) is not None \
        or first in ("a", "t", "o") and _BLOCK_PAIR_AFTER.match(after) is not None \
        or after[:1] == "]" and before[-1:] == "[" and len(digits) <= 3 \
        or _numbered_name(digits, before)


def _numbered_name(digits: str, before: str) -> bool:
    """"Referendum 74 asks voters", "a KCTS 9 poll": a ballot measure, a road, a TV station named by a number, even
    at a sentence's start or after "A" (where _NAME_BEFORE does not look)."""
    return len(digits) <= 4 and digits.isdigit() and before[-1:] == " " and (
        _NUMBERED_NAME_BEFORE.search(before[-16:]) is not None
        or len(digits) <= 2 and _CALL_LETTERS_BEFORE.search(before[-9:]) is not None)


# "Ohio reported 1,204 new cases, Indiana 988 and Kentucky 763": a list that leaves out the verb and the noun of its
# first item; each later name is followed by its own count
_GAPPED_AFTER = re.compile(r"(?:\s*[,;.]|\s+and\b|\s*$)")
_GAPPED_FIRST = re.compile(r"\d(?:\s+(?:thousand|million|billion))?\s+(?!and\b)[a-z][a-z-]+\b[^.;:!?()\d]{0,60}"
                           r"(?:,|\band)\s+[A-Z][A-Za-z]+\s+$")
_GAPPED_ITEM = re.compile(r"(?:^|[\s(])(?P<count>\d[\d,]*),?\s+(?:and\s+)?[A-Z][A-Za-z]+\s+$")


def _gapped_count(scan: str, start: int, before: str, after: str, depth: int = 0) -> bool:
    """A count after a name that follows a comma or "and", in a list whose first item is a count with its own
    noun: "1,204 new cases, Indiana 988 and Kentucky 763" (but not "Boeing 737 and Airbus 320")."""
    if not before.endswith(" ") or not (", " in before or " and " in before) or not _GAPPED_AFTER.match(after):
        return False
    item = _GAPPED_ITEM.search(scan, max(0, start - 40), start)
    if item is None:
        return _GAPPED_FIRST.search(scan, max(0, start - 100), start) is not None
    if depth > 3:
        return False
    at = item.start("count")  # the item before is itself a name and a count: it must be one of the list's
    name = _NAME_BEFORE.search(scan, max(0, at - 40), at)
    return name is not None and _gapped_count(scan, at, scan[max(0, at - 40):at], scan[item.end("count"):], depth + 1)


_YEAR_COMPARED = re.compile(r"(?i)(?:\bsince\s+at\s+least|"
                            # "records dating to at least 1941", "going back to at least 1990": the years a record spans
                            r"\b(?:(?:dating|dates|dated|date|going|goes|reaching|reach|stretching)(?:\s+back)?|back)\s+"
                            r"to\s+at\s+least|(?:[\d%]|\b" + PERCENT_WORD + r")\s+"
                            r"(?:more|fewer|less)\s+than|"
                            # "up 20 percent over 2003", "a 7 percent increase over 2016": the year compared with
                            r"(?:%|\b" + PERCENT_WORD + r"|\bpoints?|\b(?:increase|decrease|rise|drop|gain|decline|"
                            r"growth|jump|change)s?)\s+over)\s+$")
_RANGE_JOIN = re.compile(r"^\s*(?:-to-|-|–|—|to|and|or)\s*$", re.IGNORECASE)
_RANGE_OPEN = re.compile(r"(?i)\b(?:between|from)\s+(?:about\s+|roughly\s+|around\s+)?$")

# the word a change's amount follows: "rose 30 percent", "by 700", "up 2%"
_CHANGE_WORDS = (r"by|rose|fell|grew|dropped|declined|increased|decreased|jumped|climbed|slipped|slid|gained|lost|"
                 r"up|down")
_CHANGE_BEFORE = re.compile(rf"(?i)\b(?:{_CHANGE_WORDS})\s+(?:(?P<bound>more\s+than|over)|{ABOUT_WORDS})\s+$")
# "at 3.5 and 4.3 percent, respectively": two shares, the first written bare
_RESPECTIVELY_AFTER = re.compile(r",?\s+respectively\b")


def _shares_pair(text: str, a: Figure, b: Figure) -> None:
    """"rates of 3.5 and 4.3 percent", "at 12 and 15 percent, respectively": the bare number before "and" and a
    percentage is a percentage too, when it has decimals or "respectively" pairs the two; not "those 50 and 23%
    support" (an age, then a share)."""
    if a.factor != 1 or a.spelled or a.rate or a.measure or a.value > 100:
        return
    if "." in a.text or "respectively" in text[b.end:b.end + 16] and _RESPECTIVELY_AFTER.match(text, b.end):
        a.kind = "percent"


def _mark_ranges(text: str, figures: list[Figure]) -> None:
    """Pair the ends of ranges ("6 million to 7 million", "between $9,000 and $10,000", "10-20").

    An end written without its scale or currency takes the other end's: "$2 to $6 billion".
    """
    for a, b in zip(figures, figures[1:]):
        gap = text[a.end:b.start]
        if not _RANGE_JOIN.match(gap):
            continue
        joiner = gap.strip().lower()
        opened = _RANGE_OPEN.search(text[max(0, a.start - 20):a.start])
        if joiner in ("and", "or") and not opened:
            if joiner == "and" and b.kind == "percent" and a.kind == "count":
                _shares_pair(text, a, b)
            continue
        if joiner == "or" or (a.kind != b.kind and a.kind != "count"):
            continue
        if a.factor == 1 and b.factor > 1 and a.base <= b.base:
            a.value, a.factor = a.base * b.factor, b.factor
        if a.value > b.value and not b.value < 0:  # ("between minus 4 and minus 22 degrees": by size)
            continue
        if joiner == "to" and not opened and b.value >= 2 * a.value and (m := _CHANGE_BEFORE.search(
                text, max(0, a.start - 24), a.start)) and (b.value >= 8 * a.value or m.group("bound")):
            continue  # "climbed by more than 700 to 19,495", "grew by more than 77,500 to 408,870": a change and the
            # level reached, not a range (a range's low end takes no "more than": "by 5 to 10 percent" is one)
        if a.kind == "count" and b.kind != "count":
            a.kind = b.kind
        a.range_role, b.range_role = "low", "high"
        if not a.rate:
            a.rate = b.rate


# "Smith leads 54 to 36 percent", "voters favor her 49 percent to 45", "a 41 – 39 percent lead": a pair of shares,
# both percentages
_PAIR_PERCENT_AFTER = re.compile(r"^(?:\s+to\s+|[-–]|\s[-–]\s)\d{1,2}(?:\.\d+)?\s*(?:%|" + PERCENT_WORD + r"\b)")
_PAIR_CHANGE_BEFORE = re.compile(rf"(?i)\b(?:{_CHANGE_WORDS}|from)\s+$")
_PAIR_END_AFTER = re.compile(r"\s*(?:[,.;:)]|$|\s(?:among|in|according|with)\b)")


def _percent_pairs(text: str, figures: list[Figure]) -> None:
    """Two shares joined by "to" or a dash (spaced or not: "leads 45 – 40 percent"), the larger first, one of them
    written with "percent": both are percentages."""
    for a, b in zip(figures, figures[1:]):
        gap = text[a.end:b.start]
        if gap not in (" to ", "-", "–", " – ", " - ") or {a.kind, b.kind} != {"count", "percent"}:
            continue
        bare = a if a.kind == "count" else b
        if bare.factor != 1 or bare.spelled or not a.value >= b.value or a.value + b.value > 100:
            continue
        if gap == " to " and _PAIR_CHANGE_BEFORE.search(text, max(0, a.start - 12), a.start):
            continue  # "fell 30 percent to 45": a change and a level
        if bare is b and not _PAIR_END_AFTER.match(text, b.end, b.end + 12):
            continue  # "49 percent to 45 seats"
        bare.kind = "percent"
