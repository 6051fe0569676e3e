"""What readers see of the official series: on a statistic's page and a claim's page.

Reads only (selectors). A statistic page asks one query for the series; a claim page
two: the official rows its accepted findings used, and its correction notes.
"""
from __future__ import annotations

from claims.consistency import explain
from claims.consistency.official import as_published, official_value
from claims.models import Finding, OfficialFigure, Statistic

K = Finding.Kind


def statistic_official(statistic: Statistic, claims: list) -> list:
    """The series as it stands now, and each claim's official figure for its period (claim.official)."""
    figures = as_published(list(OfficialFigure.objects.filter(statistic=statistic).select_related("release")))
    cumulative = statistic.measure == Statistic.Measure.COUNT
    for claim in claims:
        claim.official = None
        if not figures or claim.period_start is None:
            continue
        found = official_value(figures, start=claim.period_start, end=claim.period_end, as_of=claim.stated_on,
                               cumulative=cumulative)
        if found is not None:
            latest = max(found.rows, key=lambda r: (r.released_on or claim.period_start, r.pk))
            claim.official = {"text": explain._span(found.interval, statistic.unit), "release": latest.release}
    return figures


def claim_official(claim) -> dict:
    """The official rows behind the claim's accepted findings, grouped by the release that gave them
    (oldest release first; rows imported without a release last), and its dated corrections."""
    used = list(OfficialFigure.objects.filter(
        used_by__claim=claim, used_by__status=Finding.Status.ACCEPTED,
        used_by__kind__in=[K.VERDICT, K.CORROBORATES, K.CONFLICTS],
    ).select_related("release").distinct().order_by("release__released_on", "release_id", "period_start"))
    releases: dict = {}
    for figure in used:
        releases.setdefault(figure.release_id, {"release": figure.release, "figures": []})["figures"].append(figure)
    groups = sorted(releases.values(), key=lambda g: g["release"] is None)
    corrections = list(claim.findings.filter(kind=K.REVISION, status=Finding.Status.ACCEPTED)
                       .order_by("decided_at").values("explanation", "decided_at"))
    return {"figures": used, "releases": groups, "corrections": corrections}
