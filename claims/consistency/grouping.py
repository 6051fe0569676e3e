"""Which statistic a claim most likely measures, with a score a reviewer can weigh.

Plain Python: the engine passes the claim's unit, quote, place, the statistics and how
the speaker's earlier claims were filed. Nothing here files a claim: it proposes.
"""
from __future__ import annotations

import re
from typing import NamedTuple

# How much each kind of evidence counts; the score is their sum, at most 1.
UNIT_WEIGHT = 0.4  # the claim's unit is the statistic's unit
KEYWORD_WEIGHT = 0.3  # a unit word of the statistic is in the claim's unit
PLACE_WEIGHT = 0.15  # same place (a different place counts against)
SPEAKER_WEIGHT = 0.15  # times the share of the speaker's filed claims under the statistic
PROPOSE_FROM = 0.5
MAX_PROPOSALS = 3


class StatisticProposal(NamedTuple):
    statistic_id: int
    name: str
    score: float
    reasons: list[str]


def _norm(text: str) -> str:
    return " ".join(re.findall(r"[a-z0-9]+", (text or "").lower()))


def _has_phrase(text: str, phrase: str) -> bool:
    phrase = _norm(phrase)
    return bool(phrase) and f" {phrase} " in f" {text} "


def propose_statistics(*, unit: str, place: str, statistics, speaker_history: dict[int, int],
                       speaker_name: str = "") -> list[StatisticProposal]:
    """Statistics scoring at least PROPOSE_FROM, best first.

    statistics: objects with id, name, unit, place, keywords. speaker_history: statistic
    id -> number of the speaker's claims filed under it.
    """
    claim_unit, claim_place = _norm(unit), _norm(place)
    filed = sum(speaker_history.values())
    proposals = []
    for stat in statistics:
        score, reasons = 0.0, []
        if claim_unit and claim_unit == _norm(stat.unit):
            score += UNIT_WEIGHT
            reasons.append(f"the unit is “{stat.unit}”")
        words = [k for k in (stat.keywords or []) if _has_phrase(claim_unit, k)]
        if words:
            score += KEYWORD_WEIGHT
            reasons.append(f"the unit says “{words[0]}”")
        if claim_place and _norm(stat.place):
            if claim_place == _norm(stat.place):
                score += PLACE_WEIGHT
                reasons.append(f"the place is {stat.place}")
            else:
                score -= PLACE_WEIGHT
        share = speaker_history.get(stat.id, 0) / filed if filed else 0
        if share:
            score += SPEAKER_WEIGHT * share
            reasons.append(f"{speaker_history[stat.id]} of {speaker_name or 'the speaker'}’s {filed} filed claims "
                           "are about it")
        score = round(min(score, 1.0), 2)
        if score >= PROPOSE_FROM:
            proposals.append(StatisticProposal(stat.id, stat.name, score, reasons))
    proposals.sort(key=lambda p: (-p.score, p.statistic_id))
    return proposals[:MAX_PROPOSALS]
