"""Reviewed articles as labelled-corpus cases (data/corpus/README.md): what reviewers fixed
becomes a test case for the extractor (`manage.py export_reviewed`).

A case is the source's text verbatim (NAME.txt) and its final claims (NAME.gold.json):
every claim a reviewer kept (in review or published; rejected ones were not claims), with
a quote that finds its figure in the text, the value in base units, unit, qualifier,
the speaker's accepted names and the period.
"""
from __future__ import annotations

from decimal import Decimal

from django.utils.text import slugify

from claims.models import Claim
from sources.models import Source

KEPT = (Claim.Status.IN_REVIEW, Claim.Status.PUBLISHED)


def case_name(source: Source) -> str:
    words = slugify(f"{source.publisher} {source.title}")[:60].strip("-") or "article"
    return f"reviewed-{source.pk}-{words}"


def figure_quote(text: str, claim: Claim) -> str:
    """The shortest run of whole words around the figure, within its sentence, that the text
    holds first where the figure is (the scorer finds a quote by its first occurrence)."""
    start, end = claim.figure_start, claim.figure_end
    low = claim.quote_start if claim.quote_start is not None else 0
    high = claim.quote_end if claim.quote_end is not None else len(text)
    while True:
        if text.find(text[start:end]) == start or (start <= low and end >= high):
            return text[start:end]
        if end < high:  # words after the figure first, then before it
            nxt = text.find(" ", end + 1)
            end = high if nxt < 0 or nxt > high else nxt
        elif start > low:
            prev = text.rfind(" ", low, start - 1)
            start = low if prev < 0 else prev + 1


def _number(value: Decimal) -> int | float:
    return int(value) if value == value.to_integral_value() else float(value)


def gold_claim(text: str, claim: Claim) -> dict:
    speaker = None
    if claim.speaker is not None:
        speaker = list(dict.fromkeys([claim.speaker.name, *(a for a in claim.speaker.aliases if isinstance(a, str))]))
    period = None
    if claim.period_start and claim.period_end:
        period = {"start": claim.period_start.isoformat(), "end": claim.period_end.isoformat()}
    return {"quote": figure_quote(text, claim), "value": _number(claim.value), "unit": claim.unit,
            "qualifier": claim.qualifier or None, "speaker": speaker, "period": period}


def labelled_article(source: Source, claims) -> tuple[str, dict]:
    """(the case's name, its gold document) from a source and its claims in text order."""
    name = case_name(source)
    kept = [c for c in claims if c.status in KEPT and c.figure_start is not None and c.figure_end is not None
            and c.figure_end <= len(source.text)]
    return name, {
        "article": f"{name}.txt", "url": source.url or None,
        "published": source.published_on.isoformat() if source.published_on else None,
        "publisher": source.publisher or None, "claims": [gold_claim(source.text, c) for c in kept],
    }
