"""A reviewer accepts or rejects a finding. Accepting does what the finding proposes:
files the claim under the statistic, links the evidence (with stance and figure), records
the further appearance, or sets the verdict. Rejecting keeps it from being proposed again.
"""
from __future__ import annotations

from django.db import transaction
from django.utils import timezone

from claims.cache import public_changed
from claims.models import Appearance, Claim, Evidence, Finding
from claims.roles import is_editor, is_reviewer
from claims.services import MergeError, TransitionForbidden, claim_mark_duplicate, refresh_evidence_counts
from sources.models import Source

K = Finding.Kind


class FindingError(Exception):
    """The finding was already decided (a 409 in the API)."""


class FindingForbidden(PermissionError):
    """This user may not decide this finding (a 403)."""


def _lock(finding_id: int, user) -> Finding:
    finding = Finding.objects.select_for_update(of=("self",)).select_related(
        "claim", "claim__source", "other_claim", "other_claim__source", "official_figure", "official_figure__statistic",
    ).get(pk=finding_id)
    if not is_reviewer(user):
        raise FindingForbidden("Only reviewers and editors can decide findings.")
    if finding.kind == K.VERDICT and not is_editor(user):
        raise FindingForbidden("Only editors can set verdicts.")
    if finding.status != Finding.Status.PROPOSED:
        raise FindingError(f"This finding was already {finding.status}.")
    return finding


def _decide(finding: Finding, status: str, user) -> Finding:
    finding.status, finding.decided_by, finding.decided_at = status, user, timezone.now()
    finding.save(update_fields=["status", "decided_by", "decided_at", "updated_at"])
    public_changed()  # an accepted finding shows on the public claim page
    return finding


def _official_source(figure) -> Source:
    source = Source.objects.for_url(figure.url).first()
    if source is None:
        source = Source(title=f"{figure.statistic.name}, {figure.publisher}", publisher=figure.publisher,
                        kind=Source.Kind.OFFICIAL_STATISTICS)
        source.set_url(figure.url)
        source.save()
    return source


def _save_claim(claim: Claim, user, reason: str, fields: list[str]) -> None:
    claim._change_reason = reason
    claim._history_user = user
    claim.save(update_fields=[*fields, "updated_at"])


@transaction.atomic
def finding_accept(*, finding_id: int, user) -> Finding:
    finding = _lock(finding_id, user)
    claim = finding.claim
    if finding.kind == K.STATISTIC:
        claim.statistic_id = finding.statistic_id
        _save_claim(claim, user, "statistic: accepted finding", ["statistic"])
        # Now filed, the claim can be compared with the others under the statistic.
        from claims.consistency import schedule_check

        schedule_check(claim.pk)
    elif finding.kind in (K.CORROBORATES, K.CONFLICTS):
        if finding.other_claim_id:
            source, unit = finding.other_claim.source, finding.other_claim.unit
        else:
            source, unit = _official_source(finding.official_figure), claim.unit
        Evidence.objects.update_or_create(
            claim=claim, source=source,
            defaults=dict(stance=finding.kind, value=finding.value, unit=unit, note=finding.explanation, added_by=user),
        )
        refresh_evidence_counts([claim.pk])
    elif finding.kind == K.REPEAT:
        # The first appearance, or what it was since folded into (duplicate chains are one deep).
        first = finding.other_claim.duplicate_of or finding.other_claim
        Appearance.objects.get_or_create(
            claim=first, source=claim.source,
            defaults=dict(quote=claim.quote, quote_start=claim.quote_start, quote_end=claim.quote_end,
                          stated_on=claim.stated_on),
        )
        # The one way to fold a claim: its evidence moves to the first and tallies are recounted.
        try:
            claim_mark_duplicate(claim=claim, original=first, user=user)
        except TransitionForbidden as exc:
            raise FindingForbidden(str(exc)) from None
        except MergeError as exc:
            raise FindingError(str(exc)) from None
    elif finding.kind == K.VERDICT:
        claim.verdict, claim.verdict_explanation = finding.verdict, finding.explanation
        _save_claim(claim, user, f"verdict: {finding.verdict}", ["verdict", "verdict_explanation"])
    return _decide(finding, Finding.Status.ACCEPTED, user)


@transaction.atomic
def finding_reject(*, finding_id: int, user) -> Finding:
    return _decide(_lock(finding_id, user), Finding.Status.REJECTED, user)
