"""Name rules shared by the extractor and speaker matching: the words that make a title before a
person's name, the words that make a name an organisation's, and what they decide (a title split
from a name, a person or an organisation, the key that makes "Gloria I. Chavez" "Gloria Chavez")."""
from __future__ import annotations

import re

# Words of a title before a person's name ("U.S. Border Patrol Chief Raul Ortiz", "Acting Deputy Secretary").
TITLE_WORDS = frozenset(
    "chief patrol agent director port sector secretary president vice sen. rep. gov. mr. mrs. ms. dr. officer "
    "commissioner spokesperson spokesman spokeswoman press deputy acting assistant executive senior special area "
    "border general attorney judge mayor sheriff captain capt. sgt. lt. col. gen. adm. professor prof. minister "
    "prime governor senator representative congressman congresswoman chairman chairwoman chair ceo founder "
    "manager administrator superintendent inspector detective lieutenant sergeant commander economist analyst "
    "u.s. us national federal state county city former then-president leader head admiral commandant marshal "
    "warden chancellor provost dean treasurer comptroller auditor ambassador envoy coach trooper constable "
    "councilman councilwoman councilmember alderman supervisor commissioner surgeon".split()
)
# Words that make a name an organisation's ("Bureau of Labor Statistics", "Fox News", "CBP").
ORGANISATION_WORDS = frozenset(
    "department agency bureau office center centre institute administration commission service protection "
    "enforcement patrol police council committee university association foundation board authority ministry "
    "court congress senate house bank reserve fund organization organisation corporation inc inc. group network "
    "news times post press research statistics census clearinghouse coalition union party guard army navy "
    "journal tribune herald reuters ap cdc fbi ice cbp who un trac gao cbo bls labor commerce treasury pew "
    "security investigations university's gallup company co. corp. corp ltd government alliance federation "
    "society league panel trust partnership consortium dept dept. ministry project hospital clinic college airport "
    "school district polling analytics insights strategies associates".split()
)
HONORIFICS = frozenset("mr. mrs. ms. dr. sen. rep. gov. gen. prof. president".split())

PERSON = "person"

# A surname with a lower-case particle joined to it: "al-Ghadhban", "el-Sisi", "bin-Salman", "d’Alema"
_PARTICLE_NAME = re.compile(r"(?:al|el|ul|ad|ar|as|ash|at|az|an|bin|ibn|abu|bint|ben|d|l)[-’'][A-Z]")


def capitalised(word: str) -> bool:
    """A word that can be part of a name: capitalised, or a surname with a lower-case particle ("al-Ghadhban")."""
    return word[:1].isupper() or (word[:1] in "abdeilu" and _PARTICLE_NAME.match(word) is not None)


def is_organisation_word(word: str) -> bool:
    """"Service", "(CBO)", "Department’s", "Times," : an organisation word with its punctuation and possessive off."""
    w = word.lower().strip("(),’'")
    if w.endswith(("’s", "'s")):
        w = w[:-2]
    return w in ORGANISATION_WORDS


def has_organisation_word(words: list[str]) -> bool:
    """any(is_organisation_word(w) for w in words), in one loop (read for every name looked at)."""
    for w in words:
        w = w.lower().strip("(),’'")
        if w.endswith(("’s", "'s")):
            w = w[:-2]
        if w in ORGANISATION_WORDS:
            return True
    return False
ORGANISATION = "organisation"


def looks_like_person(name: str) -> bool:
    """Two to four capitalised words with no organisation word, or a name after an honorific."""
    words = name.split()
    if not words:
        return False
    if words[0].lower() in HONORIFICS:
        return True
    if has_organisation_word(words) or name.isupper():
        return False
    return 2 <= len(words) <= 4 and all(capitalised(w) for w in words)


def split_title(name: str) -> tuple[str, str]:
    """(person's name, title): the words after the last title word when they look like a
    name (two to four capitalised words), else (name, "")."""
    words = name.split()
    cut = max((i for i, w in enumerate(words) if w.casefold() in TITLE_WORDS), default=-1)
    rest = words[cut + 1:]
    if cut >= 0 and 2 <= len(rest) <= 4 and all(capitalised(w) for w in rest):
        return " ".join(rest), " ".join(words[:cut + 1])
    return name, ""


def speaker_kind(name: str) -> str:
    """PERSON or ORGANISATION: an organisation word, an acronym (BLS) or a common noun (police) is an organisation."""
    words = name.replace(".", " ").split()
    if any(w.casefold() in ORGANISATION_WORDS for w in words):
        return ORGANISATION
    if len(words) == 1 and (words[0].isupper() or words[0].islower()):
        return ORGANISATION
    return PERSON


def person_key(name: str) -> tuple[str, str] | None:
    """First and last name, so "Gloria I. Chavez" is "Gloria Chavez"."""
    words = [w for w in name.split() if not (len(w) == 2 and w.endswith("."))]
    return (words[0].casefold(), words[-1].casefold()) if len(words) >= 2 else None
