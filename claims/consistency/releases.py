"""Releases of official figures: every import or fetch is one.

    release_import(*, publisher, url, released_on, content, rows, ...)   store a release
    import_series(text)                                                  a series CSV, one release per publication

A release keeps the figures it published that were new or changed; with the earlier
releases that is the whole series as it stood on its day (official.as_published). The
same content from the same URL, or a release that changes no figure, is nothing new and
changes nothing. A release that changes a figure behind a published verdict proposes a
finding of kind "revision" for reviewers, and the claims under the statistics touched
are rechecked when the transaction commits.
"""
from __future__ import annotations

import datetime
import hashlib

from django.db import transaction
from django.db.models import Q
from django.utils import timezone

from claims.consistency import explain
from claims.models import Claim, Finding, OfficialFigure, Release, Statistic
from factcheck.public_cache import public_changed


def content_digest(content: bytes | str) -> str:
    return hashlib.sha256(content.encode("utf-8") if isinstance(content, str) else content).hexdigest()


def _current(statistic_ids, periods) -> dict:
    """The figure now standing for each (statistic, start, end): the one from the latest release."""
    if not periods:
        return {}
    starts = {p[1] for p in periods}
    rows = (OfficialFigure.objects.filter(statistic_id__in=statistic_ids, period_start__in=starts)
            .select_related("release").order_by("release__released_on", "release_id", "pk"))
    current = {}
    for row in rows:  # later releases overwrite earlier ones; rows without a release come first
        current[(row.statistic_id, row.period_start, row.period_end)] = row
    return current


def _revision_findings(release: Release, revised: list[tuple[OfficialFigure, OfficialFigure]]) -> int:
    """A finding for reviewers on each published verdict that used a figure this release revises."""
    by_old = {old.pk: (old, new) for old, new in revised}
    used = (Finding.objects.filter(figures__in=list(by_old), status=Finding.Status.ACCEPTED,
                                   kind__in=[Finding.Kind.VERDICT, Finding.Kind.CORROBORATES, Finding.Kind.CONFLICTS])
            .filter(claim__status=Claim.Status.PUBLISHED, claim__duplicate_of__isnull=True)
            .exclude(claim__verdict="")
            .select_related("claim", "claim__statistic").prefetch_related("figures"))
    new_findings, links = [], []
    for finding in used:
        for figure in finding.figures.all():
            if figure.pk not in by_old:
                continue
            old, new = by_old[figure.pk]
            claim = finding.claim
            text = explain.revision(publisher=release.publisher, released_on=release.released_on,
                                    start=new.period_start, end=new.period_end, old=old.value, new=new.value,
                                    unit=claim.statistic.unit, verdict=claim.get_verdict_display())
            new_findings.append(Finding(claim=claim, kind=Finding.Kind.REVISION, key=f"revision:{new.pk}",
                                        explanation=text, official_figure=new, value=new.value,
                                        statistic_id=new.statistic_id))
            links.append((claim.pk, f"revision:{new.pk}", (old.pk, new.pk)))
    if not new_findings:
        return 0
    had = set(Finding.objects.filter(claim_id__in={f.claim_id for f in new_findings},
                                     key__in={f.key for f in new_findings}).values_list("claim_id", "key"))
    Finding.objects.bulk_create(new_findings, ignore_conflicts=True)
    _emit_revised(release, [f for f in new_findings if (f.claim_id, f.key) not in had], by_old)
    made = {(f.claim_id, f.key): f.pk for f in Finding.objects.filter(
        claim_id__in={c for c, _, _ in links}, kind=Finding.Kind.REVISION)}
    through = Finding.figures.through
    through.objects.bulk_create(
        [through(finding_id=made[(c, k)], officialfigure_id=fig) for c, k, figs in links for fig in figs],
        ignore_conflicts=True,
    )
    return len(new_findings)


def _emit_revised(release: Release, findings: list[Finding], by_old: dict) -> None:
    """official.revised for each published verdict a figure of this release revises (sent on commit)."""
    from watch.services import emit  # watch builds on claims: imported where used

    old_of = {new.pk: old for old, new in by_old.values()}
    for finding in findings:
        new = finding.official_figure
        emit("official.revised", claim=finding.claim, explanation=finding.explanation,
             official_figure={"statistic": new.statistic_id, "period_start": new.period_start,
                              "period_end": new.period_end, "from": old_of[new.pk].value, "to": new.value},
             release={"id": release.pk, "publisher": release.publisher, "title": release.title, "url": release.url,
                      "released_on": release.released_on})


@transaction.atomic
def release_import(*, publisher: str, url: str, released_on: datetime.date, content: bytes | str, rows: list[dict],
                   title: str = "", connector: str = "csv", retrieved_at: datetime.datetime | None = None) -> dict:
    """Store one release: its new and changed figures, revision findings, rechecks on commit.

    rows: dicts with statistic (a Statistic), period_start, period_end and value.
    Returns release_id (None when nothing was new), created, revised, revisions
    (findings proposed) and statistic_ids.
    """
    digest = content_digest(content)
    nothing = dict(release_id=None, created=0, revised=0, revisions=0, statistic_ids=[])
    existing = Release.objects.filter(url=url, content_hash=digest).first()
    if existing is not None:
        return {**nothing, "release_id": existing.pk}
    statistic_ids = {r["statistic"].pk for r in rows}
    current = _current(statistic_ids, {(r["statistic"].pk, r["period_start"], r["period_end"]) for r in rows})
    changes = []
    for row in rows:
        old = current.get((row["statistic"].pk, row["period_start"], row["period_end"]))
        if old is None or old.value != row["value"]:
            changes.append((row, old))
    if not changes:
        return nothing
    release = Release.objects.create(publisher=publisher, title=title, url=url, released_on=released_on,
                                     retrieved_at=retrieved_at or timezone.now(), content_hash=digest,
                                     connector=connector)
    made = OfficialFigure.objects.bulk_create([
        OfficialFigure(statistic=row["statistic"], release=release, period_start=row["period_start"],
                       period_end=row["period_end"], value=row["value"], publisher=publisher, url=url)
        for row, _ in changes
    ])
    revised = [(old, new) for (_, old), new in zip(changes, made, strict=True) if old is not None]
    revisions = _revision_findings(release, revised) if revised else 0
    touched = sorted({r["statistic"].pk for r, _ in changes})
    from claims.consistency import recheck_statistics

    recheck_statistics(touched)
    public_changed()  # the statistic and claim pages show the official series
    return dict(release_id=release.pk, created=len(made) - len(revised), revised=len(revised), revisions=revisions,
                statistic_ids=touched)


def releases_of(text_rows: list[dict]) -> dict:
    """Group parsed series rows by the publication they cite."""
    groups: dict = {}
    for row in text_rows:
        key = (row["publisher"], row["url"], row["released_on"], row["title"])
        groups.setdefault(key, []).append(row)
    return groups


def _canonical(rows: list[dict]) -> str:
    return "\n".join(f"{r['statistic'].slug},{r['period_start']},{r['period_end']},{r['value']}" for r in rows)


@transaction.atomic
def import_series(text: str) -> dict:
    """Import a series CSV, one release per publication it cites, all or nothing.

    Returns counts of figures created and revised, the releases stored and the ids of
    the statistics touched. Importing the same file again changes nothing.
    """
    from claims.consistency.series import parse_series

    totals = dict(created=0, revised=0, revisions=0, releases=0, statistic_ids=set())
    for (publisher, url, released_on, title), rows in sorted(releases_of(parse_series(text)).items(),
                                                             key=lambda item: (item[0][2], item[0][1])):
        result = release_import(publisher=publisher, url=url, released_on=released_on, title=title,
                                content=_canonical(rows), rows=rows, connector="csv")
        for key in ("created", "revised", "revisions"):
            totals[key] += result[key]
        totals["releases"] += bool(result["created"] or result["revised"])
        totals["statistic_ids"].update(result["statistic_ids"])
    totals["statistic_ids"] = sorted(totals["statistic_ids"])
    return totals


def figures_as_published(statistic: Statistic, *, on: datetime.date | None = None) -> list[OfficialFigure]:
    """The statistic's series as it stood on a day (today when on is None), one row a period."""
    query = OfficialFigure.objects.filter(statistic=statistic).select_related("release")
    if on is not None:
        query = query.filter(Q(release__isnull=True) | Q(release__released_on__lte=on))
    from claims.consistency.official import as_published

    return as_published(list(query))

