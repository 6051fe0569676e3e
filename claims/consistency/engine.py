"""check_claim: find what a claim's figure agrees with, conflicts with or repeats, and
propose it as findings. Idempotent: running it twice proposes nothing new, and a
finding a reviewer rejected is never proposed again.

Candidates come through indexes only: claims by (statistic, period start) on
claim_statistic_period_idx, official rows by (statistic, period) on their unique
constraint, findings by claim. So the cost of a check does not grow with the number of
claims, only with the claims about one statistic and period (capped at MAX_CANDIDATES).
"""
from __future__ import annotations

import datetime
from typing import NamedTuple

from django.db import transaction
from django.db.models import Count, Q
from django.utils import timezone

from claims.consistency import explain
from claims.consistency.compare import CONFLICTS, CORROBORATES, REPEAT, Figure, proposed_verdict, relation
from claims.consistency.grouping import propose_statistics
from claims.consistency.measures import differs, measure_of
from claims.consistency.official import as_published, official_value
from claims.models import Claim, Finding, OfficialFigure, Statistic

# A statistic and period that hundreds of sources report is compared against the most
# recently stated of them: enough to find any disagreement, bounded in cost.
MAX_CANDIDATES = 200

K = Finding.Kind


class Proposal(NamedTuple):
    claim_id: int
    kind: str
    key: str
    explanation: str
    score: float | None = None
    statistic_id: int | None = None
    other_claim_id: int | None = None
    official_figure_id: int | None = None
    value: object = None
    verdict: str = ""
    figure_ids: tuple = ()  # every official row used (Finding.figures)


def source_label(source) -> str:
    return source.publisher or source.title or f"Source {source.pk}"


def figure_of(claim: Claim) -> Figure:
    return Figure(claim.value, claim.qualifier or None, claim.statistic_id, claim.period_start, claim.period_end,
                  claim.stated_on, claim.source_id)


def _statistic_proposals(claim: Claim) -> list[Proposal]:
    history = {}
    if claim.speaker_id:
        rows = (Claim.objects.filter(speaker_id=claim.speaker_id, statistic__isnull=False).order_by()
                .values("statistic_id").annotate(n=Count("pk")))
        history = {row["statistic_id"]: row["n"] for row in rows}
    # Statistics are a short curated list (one per measured quantity), not a growing table.
    statistics = Statistic.objects.only("id", "name", "unit", "place", "keywords")
    found = propose_statistics(unit=claim.unit, place=claim.place, statistics=statistics, speaker_history=history,
                               speaker_name=claim.speaker.name if claim.speaker_id else "")
    return [Proposal(claim.pk, K.STATISTIC, f"statistic:{p.statistic_id}",
                     explain.statistic(name=p.name, reasons=p.reasons, score=p.score),
                     score=p.score, statistic_id=p.statistic_id) for p in found]


def _candidates(claim: Claim) -> list[Claim]:
    cumulative = claim.statistic.measure == Statistic.Measure.COUNT
    query = Claim.objects.filter(statistic_id=claim.statistic_id, period_start=claim.period_start)
    if not cumulative:
        query = query.filter(period_end=claim.period_end) if claim.period_end else query.filter(period_end__isnull=True)
    return list(
        query.exclude(pk=claim.pk).exclude(status=Claim.Status.REJECTED).filter(duplicate_of__isnull=True)
        .select_related("source").order_by("-stated_on", "-pk")[:MAX_CANDIDATES]
    )


def _earliest(claims: list[Claim]) -> Claim:
    return min(claims, key=lambda c: (c.stated_on or datetime.date.max, c.pk))


def _claim_proposals(claim: Claim) -> list[Proposal]:
    cumulative = claim.statistic.measure == Statistic.Measure.COUNT
    mine = figure_of(claim)
    unit = claim.unit
    proposals, repeats = [], []
    for other in _candidates(claim):
        rel = relation(mine, figure_of(other), cumulative=cumulative)
        if rel is None:
            continue
        if rel == REPEAT:
            repeats.append(other)
            continue
        theirs = figure_of(other)
        same_period = mine.period_end is not None and mine.period_end == theirs.period_end
        running = None
        if cumulative and not same_period and mine.as_of != theirs.as_of:
            running = (theirs.as_of, mine.as_of)
        for this, that, when in ((claim, other, running), (other, claim, running and (running[1], running[0]))):
            text = explain.between_claims(
                relation=rel, source=source_label(that.source), other_value=that.value,
                other_qualifier=that.qualifier or None, claimed_value=this.value,
                claimed_qualifier=this.qualifier or None, unit=unit, running_total=when,
            )
            proposals.append(Proposal(this.pk, rel, f"{rel}:claim:{that.pk}", text, other_claim_id=that.pk,
                                      value=that.value))
    if repeats:
        first = _earliest([claim, *repeats])
        later = [c for c in repeats if c.pk != first.pk] if first.pk == claim.pk else [claim]
        for c in later:
            text = explain.repeat(source=source_label(first.source),
                                  figure=first.figure, stated_on=first.stated_on)
            proposals.append(Proposal(c.pk, K.REPEAT, f"repeat:claim:{first.pk}", text, other_claim_id=first.pk,
                                      value=first.value))
    return proposals


def _official_rows(claim: Claim, cumulative: bool) -> list | None:
    """Official rows that may bear on the claim's period, every release of them; None: no comparison."""
    rows = OfficialFigure.objects.filter(statistic_id=claim.statistic_id, period_start=claim.period_start)
    if cumulative:
        last = claim.period_end or claim.stated_on
        if last is None:
            return None
        rows = OfficialFigure.objects.filter(statistic_id=claim.statistic_id, period_start__gte=claim.period_start,
                                             period_start__lte=last)
    elif claim.period_end is None:
        return None
    return list(rows.select_related("release"))


def _measure_proposal(claim: Claim) -> Proposal | None:
    statistic = claim.statistic
    claimed = measure_of(claim.unit, claim.quote)
    if not differs(claimed, statistic.measure_term):
        return None
    text = explain.measure(claim_term=claimed, statistic_term=statistic.measure_term,
                           series=statistic.publisher_name or statistic.name, includes=statistic.includes,
                           excludes=statistic.excludes)
    return Proposal(claim.pk, K.MEASURE, f"measure:{claim.statistic_id}:{claimed}", text,
                    statistic_id=claim.statistic_id)


def _official_proposals(claim: Claim) -> list[Proposal]:
    """Stance (on the figures as they stand now) and verdict (as they stood when the claim was made)."""
    measure = _measure_proposal(claim)
    if measure is not None:
        return [measure]  # a different measure: the numbers are not a conflict
    cumulative = claim.statistic.measure == Statistic.Measure.COUNT
    rows = _official_rows(claim, cumulative)
    if not rows:
        return []
    common_args = dict(start=claim.period_start, end=claim.period_end, as_of=claim.stated_on, cumulative=cumulative)
    found = official_value(as_published(rows), **common_args)
    if found is None:
        return []
    then = official_value(as_published(rows, on=claim.stated_on), **common_args) if claim.stated_on else None
    verdict, missed = proposed_verdict(claim.interval, claim.value, found.interval)
    stance = CORROBORATES if missed is None else CONFLICTS
    publisher = found.rows[0].publisher
    common = dict(publisher=publisher, interval=found.interval, through=found.through, start=claim.period_start,
                  end=claim.period_end, as_of=claim.stated_on, claimed_value=claim.value,
                  claimed_qualifier=claim.qualifier or None, unit=claim.unit, missed=missed)
    value = missed if missed is not None else (found.interval.lower if found.interval.lower is not None
                                               else found.interval.upper)
    where = f"official:{claim.statistic_id}:{claim.period_start}:{claim.period_end or claim.stated_on}"
    first, used = found.rows[0].pk, tuple(r.pk for r in found.rows)
    verdict_text = explain.official(**common, verdict=verdict)
    proposed = verdict
    if then is not None:
        then_verdict, then_missed = proposed_verdict(claim.interval, claim.value, then.interval)
        if then_verdict != verdict:
            then_text = explain.official(**{**common, "publisher": then.rows[0].publisher, "interval": then.interval,
                                            "through": then.through, "missed": then_missed})
            revised_on = max((r.released_on for r in found.rows if r.released_on), default=None)
            verdict_text = explain.official_then_now(
                then_sentence=then_text, then_verdict=then_verdict, now_verdict=verdict, old=then.interval,
                new=found.interval, unit=claim.unit, revised_on=revised_on, claimed_value=claim.value,
                claimed_qualifier=claim.qualifier or None, missed_now=missed)
            # Judged on what was published when it was said; the revision is in the sentence.
            proposed = then_verdict
        # The verdict links the figures it was judged on (as published then) as well as today's.
        used = tuple(dict.fromkeys(used + tuple(r.pk for r in then.rows)))
    return [
        Proposal(claim.pk, stance, f"{stance}:{where}", explain.official(**common), official_figure_id=first,
                 value=value, figure_ids=tuple(r.pk for r in found.rows)),
        Proposal(claim.pk, K.VERDICT, f"verdict:{proposed}:{where}", verdict_text, official_figure_id=first,
                 value=value, verdict=proposed, figure_ids=used),
    ]


def proposals_for(claim: Claim) -> list[Proposal]:
    """Everything the engine would propose about claim now."""
    if claim.statistic_id is None:
        return _statistic_proposals(claim)
    if claim.period_start is None or claim.status == Claim.Status.REJECTED or claim.duplicate_of_id:
        return []
    return _claim_proposals(claim) + _official_proposals(claim)


FIELDS = ["kind", "explanation", "score", "statistic_id", "other_claim_id", "official_figure_id", "value", "verdict"]


@transaction.atomic
def check_claim(*, claim_id: int) -> dict:
    """Propose findings for a claim and withdraw proposals that no longer hold.

    Findings a reviewer accepted or rejected are left as they are. Returns counts of
    created, updated and withdrawn findings.
    """
    claim = (Claim.objects.select_for_update(of=("self",)).select_related("statistic", "speaker", "source")
             .filter(pk=claim_id).first())
    if claim is None:
        return dict(created=0, updated=0, withdrawn=0)  # deleted since the check was queued
    proposals = {(p.claim_id, p.key): p for p in proposals_for(claim)}
    existing = {
        (f.claim_id, f.key): f
        for f in Finding.objects.filter(Q(claim_id=claim.pk)
                                        | Q(other_claim_id=claim.pk, status=Finding.Status.PROPOSED))
    }
    new, changed = [], []
    for ident, p in proposals.items():
        finding = existing.get(ident)
        if finding is None:
            new.append(Finding(claim_id=p.claim_id, key=p.key, **{f: getattr(p, f) for f in FIELDS}))
        elif finding.status == Finding.Status.PROPOSED and any(
            getattr(finding, f) != getattr(p, f) for f in FIELDS
        ):
            for f in FIELDS:
                setattr(finding, f, getattr(p, f))
            changed.append(finding)
    stale = [f.pk for ident, f in existing.items()
             if f.status == Finding.Status.PROPOSED and f.kind != K.REVISION and ident not in proposals]
    repeated = _repeats_of_rated(new)
    if new:
        # A concurrent check of a related claim may have proposed the same finding.
        Finding.objects.bulk_create(new, ignore_conflicts=True)
    _emit_repeated(repeated)
    if changed:
        now = timezone.now()
        for finding in changed:
            finding.updated_at = now
        Finding.objects.bulk_update(changed, FIELDS + ["updated_at"])
    if stale:
        Finding.objects.filter(pk__in=stale, status=Finding.Status.PROPOSED).delete()
    _link_figures(claim.pk, [p for p in proposals.values() if p.figure_ids])
    return dict(created=len(new), updated=len(changed), withdrawn=len(stale))


# Verdicts that make a repeat news: the figure was already found wanting.
REPEATED_VERDICTS = (Claim.Verdict.FALSE, Claim.Verdict.MISLEADING, Claim.Verdict.UNSUPPORTED)


def _repeats_of_rated(new: list[Finding]) -> list[Finding]:
    """The new repeat findings whose first claim is published with a verdict of REPEATED_VERDICTS
    (each once: not those a reviewer has already decided)."""
    repeats = [f for f in new if f.kind == K.REPEAT]
    if not repeats:
        return []
    rated = set(Claim.objects.filter(pk__in={f.other_claim_id for f in repeats}, status=Claim.Status.PUBLISHED,
                                     verdict__in=REPEATED_VERDICTS).values_list("pk", flat=True))
    repeats = [f for f in repeats if f.other_claim_id in rated]
    if not repeats:
        return []
    had = set(Finding.objects.filter(claim_id__in={f.claim_id for f in repeats}, key__in={f.key for f in repeats})
              .values_list("claim_id", "key"))
    return [f for f in repeats if (f.claim_id, f.key) not in had]


def _emit_repeated(findings: list[Finding]) -> None:
    """claim.repeated for each claim found repeating a rated figure (sent when the check commits)."""
    if not findings:
        return
    from watch.payloads import claim_summary
    from watch.services import emit

    for finding in findings:
        emit("claim.repeated", claim=finding.claim_id, repeats=claim_summary(finding.other_claim_id),
             explanation=finding.explanation)


def _link_figures(claim_id: int, proposals: list[Proposal]) -> None:
    """Record every official row a proposed finding used (Finding.figures); decided findings keep theirs."""
    if not proposals:
        return
    keys = {p.key: p.figure_ids for p in proposals}
    findings = dict(Finding.objects.filter(claim_id=claim_id, key__in=list(keys), status=Finding.Status.PROPOSED)
                    .values_list("key", "pk"))
    through = Finding.figures.through
    wanted = {(pk, fig) for key, pk in findings.items() for fig in keys[key]}
    have = set(through.objects.filter(finding_id__in=findings.values()).values_list("finding_id", "officialfigure_id"))
    if have - wanted:
        gone = have - wanted
        through.objects.filter(finding_id__in={f for f, _ in gone}, officialfigure_id__in={o for _, o in gone}).delete()
    if wanted - have:
        through.objects.bulk_create([through(finding_id=f, officialfigure_id=o) for f, o in wanted - have],
                                    ignore_conflicts=True)
