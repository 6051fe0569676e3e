"""extract_claims(text, published): every figure asserted in an article, as ExtractedClaim."""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

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
        value = int(self.value) if self.value == self.value.to_integral_value() else float(self.value)
        return {
            "value": value,
            "start": self.start,
            "end": self.end,
            "qualifier": self.qualifier,
            "unit": self.unit,
            "speaker": self.speaker,
            "period_start": self.period_start.isoformat() if self.period_start else None,
            "period_end": self.period_end.isoformat() if self.period_end else None,
            "lower_bound": None if self.lower_bound is None else str(self.lower_bound),
            "upper_bound": None if self.upper_bound is None else str(self.upper_bound),
            "figure_text": self.figure_text,
            "rate": self.rate,
            "sentence": self.sentence,
            "sentence_start": self.sentence_start,
            "sentence_end": self.sentence_end,
            "place": self.place,
        }


_DIGITS = re.compile(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?")


def extract_claims(text: str, published: date | None = None) -> list[ExtractedClaim]:
    """First cut: bare digit groups. Replaced by the full rules."""
    claims = []
    for m in _DIGITS.finditer(text):
        value = Decimal(m.group().replace(",", ""))
        bounds = implied_bounds(value, None)
        claims.append(ExtractedClaim(
            value=value, lower_bound=bounds.lower, upper_bound=bounds.upper, qualifier=None, unit="",
            figure_text=m.group(), rate="", speaker=None, period_start=None, period_end=None,
            start=m.start(), end=m.end(), sentence=text, sentence_start=0, sentence_end=len(text),
        ))
    return claims
