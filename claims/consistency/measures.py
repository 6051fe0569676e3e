"""What a claim's words count: apprehensions, encounters, gotaways, crossings, jobs.

Plain Python. Statistics say what their publisher counts (Statistic.measure_term); when
a claim names another measure, the engine says so instead of comparing the numbers
(an "apprehensions" claim against an "encounters" series is not a conflict).
"""
from __future__ import annotations

import re

# Most specific first: "known gotaways ... crossed" is about gotaways.
TERMS = {
    "gotaways": ("gotaway", "gotaways", "got-away", "got-aways", "got away", "got aways"),
    "expulsions": ("expulsion", "expulsions", "expelled"),
    "apprehensions": ("apprehension", "apprehensions", "apprehended", "apprehend", "arrested", "arrests", "caught"),
    "encounters": ("encounter", "encounters", "encountered"),
    "crossings": ("crossing", "crossings", "crossed", "cross"),
    "jobs": ("job", "jobs", "payroll", "payrolls"),
}

_PATTERNS = {term: re.compile(r"\b(?:" + "|".join(re.escape(w) for w in words) + r")\b", re.I)
             for term, words in TERMS.items()}


def measure_of(*texts: str) -> str | None:
    """The first measure named in the texts (the claim's unit, then its quote), or None."""
    for text in texts:
        for term, pattern in _PATTERNS.items():
            if text and pattern.search(text):
                return term
    return None


def differs(claim_term: str | None, statistic_term: str) -> bool:
    """The claim names a known measure and the statistic counts another."""
    return bool(claim_term and statistic_term and claim_term != statistic_term)
