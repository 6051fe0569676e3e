"""Where a figure was counted: a place named in the figure's clause ("in the Tucson Sector", "across
Texas", "at the southwest border"), one that opens its sentence ("In Ohio, ..."), one named bare before the
figure in its clause ("Ohio lost 2,000 jobs", "Canada's jobless rate"), or the article's dateline ("EL PASO,
Texas —"). Only places the text names: a state, a country, a region, a border, or a name ending in Sector,
County, Parish or District; a city only with its state or from a dateline."""
from __future__ import annotations

import re

from claims.extraction.numbers import MONTH_RE
from claims.extraction.segments import holds_case_odd, is_word_char

US_STATES = (
    "Alabama|Alaska|Arizona|Arkansas|California|Colorado|Connecticut|Delaware|Florida|Georgia|Hawaii|Idaho|Illinois|"
    "Indiana|Iowa|Kansas|Kentucky|Louisiana|Maine|Maryland|Massachusetts|Michigan|Minnesota|Mississippi|Missouri|"
    "Montana|Nebraska|Nevada|New Hampshire|New Jersey|New Mexico|New York|North Carolina|North Dakota|Ohio|Oklahoma|"
    "Oregon|Pennsylvania|Rhode Island|South Carolina|South Dakota|Tennessee|Texas|Utah|Vermont|Virginia|Washington|"
    "West Virginia|Wisconsin|Wyoming|Puerto Rico|District of Columbia"
)
COUNTRIES = (
    "United States|U\\.S\\.|US(?!\\$)|America|Mexico|Canada|Guatemala|Honduras|El Salvador|Nicaragua|Venezuela|"
    "Colombia|Cuba|Haiti|Ecuador|Peru|Brazil|Argentina|Chile|China|India|Japan|Russia|Ukraine|Israel|Iran|Iraq|Syria|Afghanistan|"
    "Pakistan|Turkey|Germany|France|Britain|Great Britain|United Kingdom|U\\.K\\.|England|Scotland|Ireland|Italy|"
    "Spain|Poland|Netherlands|Sweden|Norway|Australia|New Zealand|South Africa|Nigeria|Egypt|Saudi Arabia|"
    "South Korea|North Korea|Taiwan|Vietnam|Philippines|Indonesia|Europe|the European Union|the eurozone"
)
_NAME = r"[A-Z][a-z’'.-]+(?:\s+[A-Z][a-z’'.-]+){0,3}"
# regions of the country a figure is counted in ("prices in the Midwest rose 3.1%")
_REGIONS = (r"(?:Midwest|Northeast|Southeast|Southwest|Northwest|Mountain\s+West|West\s+Coast|East\s+Coast|"
            r"Gulf\s+Coast|New\s+England|Pacific\s+Northwest|Great\s+Plains|Sun\s+Belt|Rust\s+Belt)\b(?!\s+[A-Z])")
# after a state's or country's name: no other name goes on from it ("Texas Department of Public Safety", "Mexico City",
# "Texas state police")
_NO_NAME_GOES_ON = r"(?![\w-])(?!\s+(?:[A-Z]|Department|state\s+(?:police|officials)))"
_PLACE = re.compile(
    rf"\b(?i:in|across|at|along|from|throughout|near|within|for)\s+(?:the\s+)?(?P<p>"
    rf"{_NAME}\s+(?:[Ss]ector|County|Parish|District|Port\s+of\s+Entry)\b"
    rf"|{_REGIONS}"
    rf"|(?:U\.?S\.?-Mexico|U\.?S\.?-Canada|[Ss]outhwest(?:ern)?|[Ss]outhern|[Nn]orthern)\s+border\b"
    rf"|{_NAME},\s+(?:{US_STATES})\b"
    rf"|(?:{US_STATES}|{COUNTRIES}){_NO_NAME_GOES_ON})"
)
_CITY_STATE = re.compile(rf"{_NAME},\s+(?:{US_STATES})\b,?")
_CALENDAR = re.compile(rf"{MONTH_RE}|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b")
_SOUTHWEST = re.compile(r"(?i)^(?:southwest(?:ern)?|southern)\s+border$")
_DATELINE = re.compile(
    r"^(?P<city>[A-Z][A-Z.’'-]+(?:\s+[A-Z][A-Z.’'-]+){0,3})(?:,\s+(?P<state>[A-Z][a-z]+\.?(?:\s+[A-Z][a-z]+\.?)?))?"
    r"\s*(?:\([^)]{1,40}\)\s*)?[—–]{1,2}\s|^(?P<city2>[A-Z][A-Z.’'-]{2,}(?:\s+[A-Z][A-Z.’'-]+){0,3})\s+--\s"
)
# Datelines of national news: where the reporter sat, not where the figure was counted.
_NATIONAL_DATELINES = frozenset(("WASHINGTON", "NEW YORK"))


def dateline(text: str) -> str:
    """"EL PASO, Texas (AP) — ..." -> "El Paso, Texas"; "" when the article has none."""
    m = _DATELINE.match(text.lstrip())
    if not m:
        return ""
    city = m.group("city") or m.group("city2")
    if city in _NATIONAL_DATELINES:
        return ""
    city = " ".join(w.capitalize() if not w.endswith(".") else w for w in city.split())
    return f"{city}, {m.group('state')}" if m.group("state") else city


def named_places(sentence: str) -> tuple[str, list[tuple[int, int, str]]]:
    """Every place a preposition names in the sentence, and the sentence with the commas of "Tulsa,
    Oklahoma," blanked (where its clauses end). Read once per sentence, for all its figures."""
    lower = sentence.lower()
    if "in " not in lower and "at " not in lower and "from " not in lower and "across " not in lower \
            and "along " not in lower and "near " not in lower and "for " not in lower:
        return sentence, []
    bounds = _CITY_STATE.sub(lambda m: m.group().replace(",", " "), sentence) if ", " in sentence else sentence
    found = [(m.start("p"), m.end("p"), m.group("p")) for m in _places(sentence, lower)
             if not _CALENDAR.match(m.group("p"))]
    return bounds, found


_PREPOSITIONS = ("in", "across", "at", "along", "from", "throughout", "near", "within", "for")  # _PLACE's first words


def _places(sentence: str, lower: str) -> list[re.Match]:
    """_PLACE.finditer(sentence), the regex tried only where one of its prepositions starts a word (found
    by str.find in the lower-cased sentence), not at every character: the same matches, faster."""
    if holds_case_odd(sentence):
        return list(_PLACE.finditer(sentence))
    starts = set()
    for word in _PREPOSITIONS:
        i = lower.find(word)
        while i != -1:
            if not i or not is_word_char(sentence[i - 1]):
                starts.add(i)
            i = lower.find(word, i + 1)
    found, done = [], 0
    for i in sorted(starts):
        m = _PLACE.match(sentence, i) if i >= done else None
        if m:
            found.append(m)
            done = m.end()
    return found


def place_in(sentence: str, start: int, end: int, named: tuple[str, list[tuple[int, int, str]]] | None = None) -> str:
    """The place named in the clause of the figure at sentence[start:end], or in a phrase opening
    the sentence ("In Texas, ..."), or else before the figure in its clause as a subject, owner or modifier ("Texas
    added 40,000 jobs", "Canada's jobless rate", "the Cook County jail held 5,100"); "" when there is none.
    named: named_places(sentence), if read."""
    bounds, found = named or named_places(sentence)
    lo = max(bounds.rfind(", ", 0, start), bounds.rfind("; ", 0, start), 0)
    place = ""
    if found:
        hi = min((i for i in (bounds.find(", ", end), bounds.find("; ", end)) if i != -1), default=len(sentence))
        place = next((p for s, e, p in found if lo <= s and e <= hi), "")
        if not place and lo:
            opening = bounds.find(", ")
            place = next((p for s, e, p in found if e <= opening), "") if 0 < opening < 60 else ""
    if not place and start > lo:  # (after a dash or colon: not a dateline's "BOISE, Idaho (AP) —")
        place = _place_before(sentence, max(lo, *(sentence.rfind(c, 0, start) for c in "—–:")), start)
    return "U.S. southwest border" if _SOUTHWEST.match(place) else place


# a place named bare before the figure in its clause: a state, a country, a county or a sector, not the start of
# another name ("Texas Department of Public Safety", "Mexico City"); "Washington" is more often the government
_BARE_PLACE = re.compile(
    rf"(?<![\w.-])(?P<p>(?:{_NAME}\s+(?:[Ss]ector|County|Parish))|(?!Washington\b)(?:{US_STATES}|{COUNTRIES}))(?:[’']s?)?"
    + _NO_NAME_GOES_ON
)


def _place_before(sentence: str, lo: int, start: int) -> str:
    """The last place _BARE_PLACE finds in sentence[lo:start]: "Texas added 40,000", "The Texas jobless rate"."""
    found = [m.group("p") for m in _BARE_PLACE.finditer(sentence, lo, start)]
    if not found:
        return ""
    place = found[-1]
    return place[4:] if place.startswith("The ") else place
