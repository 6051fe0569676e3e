"""Lexical metamorphic check: the claims of every article, read again with a fact written the way another outlet
writes it ("per cent" for "percent", "$5m" for "$5 million", "FY23" for "fiscal year 2023", "Sept. 5" for
"September 5", "US" for "U.S.", "says" for "said", "over" for "more than"), must be the claims of the article as
it is: the same value, qualifier, unit, speaker, period and place, the unit and speaker up to the variant's own
wording, the figure starting where the original's start moved to.

    python -m claims.extraction.lexical data/corpus/dev [-v] [VARIANT ...]

Reuses claims.extraction.metamorphic's offset mapping (rewrite) and comparison (changed_claims); only the
variants and what of a claim they may change are new here.
"""
from __future__ import annotations

import re
import sys

from claims.extraction.metamorphic import main as _main
from claims.extraction.metamorphic import rewrite

_MONTH_AP = {"January": "Jan.", "February": "Feb.", "August": "Aug.", "September": "Sept.", "October": "Oct.",
             "November": "Nov.", "December": "Dec."}  # AP abbreviates these before a day; March to July never
_AP_MONTH = {v: k for k, v in _MONTH_AP.items()}
_ORDINAL_Q = {"first": "1", "second": "2", "third": "3", "fourth": "4"}
_DEPARTMENTS = ("Labor|Justice|Commerce|Energy|Agriculture|Homeland Security|Education|Transportation|State|"
                "Defense|Health and Human Services|Housing and Urban Development|Veterans Affairs")
# a word starting a sentence after "U.S.": there the full stop also ends the sentence, so it stays
_STARTS = "The|He|She|It|They|That|This|These|Those|In|But|And|A|An|We|I|Its|There|On|At|For|As|If|So|Yet"
_FIGURE = r"(?=\s?\$?\d)"  # a qualifier is only changed before a figure, its meaning elsewhere is another
_MONEY = r"(\$\d[\d,.]*)"


def _fiscal(form):
    """'fiscal year 2023' as another outlet writes it: form(year) of the four-digit year."""
    return lambda t: rewrite(t, r"\b[Ff]iscal [Yy]ear (\d{4})\b", lambda m: form(m.group(1)))


def _swap(old: str, new: str):
    """A qualifier before a figure written with another word of the same meaning, its first letter's case kept."""
    return lambda t: rewrite(t, rf"\b[{old[0].upper()}{old[0]}]{old[1:]}" + _FIGURE,
                             lambda m: new.capitalize() if m.group()[0].isupper() else new)


def _quarter(m: re.Match) -> str:
    return f"Q{_ORDINAL_Q[m.group(1).lower()]}" + (f" {m.group(2)}" if m.group(2) else "")


VARIANTS = {
    "percent to per cent": lambda t: rewrite(t, r"(?<=\d) percent\b", " per cent"),
    "percent to %": lambda t: rewrite(t, r"(?<=\d) percent\b", "%"),
    # (not a pair of shares, "51%-47%": no one writes "51 percent-47 percent")
    "% to percent": lambda t: rewrite(t, r"(?<![-–]\d)(?<![-–]\d\d)(?<=\d)%(?![-–]\d)", " percent"),
    "percentage points to points": lambda t: rewrite(t, r"(?<=\d) percentage point", " point"),
    "$N million to $Nm": lambda t: rewrite(t, _MONEY + r" million\b", r"\1m"),
    "$N million to $N mln": lambda t: rewrite(t, _MONEY + r" million\b", r"\1 mln"),
    "$N billion to $Nbn": lambda t: rewrite(t, _MONEY + r" billion\b", r"\1bn"),
    "$N million to N million dollars": lambda t: rewrite(
        t, r"\$(\d[\d,.]*) (million|billion|trillion)\b(?! (?:dollars|USD))", r"\1 \2 dollars"),
    "$N,000 to $Nk": lambda t: rewrite(t, r"(\$\d{1,3}),000\b(?![,.]\d)", r"\1k"),
    "1,000 to 1000": lambda t: rewrite(t, r"(?<![\d,.])(\d),(\d{3})\b(?![,.]\d)", r"\1\2"),
    "fiscal year N to fiscal N": _fiscal(lambda y: f"fiscal {y}"),
    "fiscal year N to FYN": _fiscal(lambda y: f"FY{y}"),
    "fiscal year N to FY N": _fiscal(lambda y: f"FY {y}"),
    "fiscal year N to FYNN": _fiscal(lambda y: f"FY{y[2:]}"),
    "FY N to fiscal year N": lambda t: rewrite(t, r"\bFY ?(\d{4})\b", r"fiscal year \1"),
    "month to AP abbreviation": lambda t: rewrite(t, r"\b(" + "|".join(_MONTH_AP) + r")(?= \d{1,2}\b)",
                                                  lambda m: _MONTH_AP[m.group(1)]),
    "AP abbreviation to month": lambda t: rewrite(t, r"\b(" + "|".join(map(re.escape, _AP_MONTH)) + r")(?= \d{1,2}\b)",
                                                  lambda m: _AP_MONTH[m.group(1)]),
    "first quarter to Q1": lambda t: rewrite(t, r"\b(?:the )?(first|second|third|fourth) quarter(?: of (\d{4}))?\b",
                                             _quarter),
    "U.S. to US": lambda t: rewrite(t, r"\bU\.S\.(?=[,;:)'\"’”-]| [a-z]| (?!(?:" + _STARTS + r")\b)[A-Z]|$)", "US"),
    "US to U.S.": lambda t: rewrite(t, r"\bUS\b(?![.-])", "U.S."),
    "Department of X to X Department": lambda t: rewrite(t, r"\b(?:U\.S\. )?Department of (" + _DEPARTMENTS + r")\b",
                                                         r"\1 Department"),
    "X Department to Department of X": lambda t: rewrite(t, r"\b(" + _DEPARTMENTS + r") Department\b",
                                                         r"Department of \1"),
    "said to says": lambda t: rewrite(t, r"\bsaid\b", "says"),
    "said to stated": lambda t: rewrite(t, r"\bsaid\b", "stated"),
    "said to reported": lambda t: rewrite(t, r"\bsaid\b(?! (?:in|on) (?:a|an|the) (?:report|statement))",
                                          "reported"),
    "according to to per": lambda t: rewrite(t, r"\b[Aa]ccording to\b",
                                             lambda m: "Per" if m.group()[0] == "A" else "per"),
    "according to to according to data from": lambda t: rewrite(
        t, r"\b([Aa]ccording to) (?=(?:the )?[A-Z])(?!data\b)", r"\1 data from "),
    "more than to over": _swap("more than", "over"),
    "over to more than": _swap("over", "more than"),
    "about to around": _swap("about", "around"),
    "about to roughly": _swap("about", "roughly"),
    "nearly to almost": _swap("nearly", "almost"),
    "almost to nearly": _swap("almost", "nearly"),
}


def same(name: str, r: tuple) -> tuple:
    """What of a reading a variant must keep: all but the figure's end (the variant's own words may end it
    elsewhere, "5 million dollars"), the unit, speaker, place and rate compared as the variant writes them."""
    value, qualifier, unit, speaker, start_p, end_p, place, rate, start, _end = r
    return (value, qualifier, _as_variant(name, unit), _as_variant(name, speaker), start_p, end_p,
            _as_variant(name, place), _as_variant(name, rate), start)


def _as_variant(name: str, words: str | None) -> str | None:
    return words if not words else VARIANTS[name](words)[0]


if __name__ == "__main__":
    sys.exit(_main(sys.argv[1:], VARIANTS, same))
