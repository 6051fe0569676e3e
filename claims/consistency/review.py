"""A reviewer accepts or rejects a finding. Accepting does what the finding proposes:
files the claim under the statistic, links the evidence (with stance and figure), records
the further appearance, or sets the verdict. Rejecting keeps it from being proposed again.
"""
from __future__ import annotations

from django.db import transaction
from django.utils import timezone

from claims.models import Finding
from claims.roles import is_editor, is_reviewer
from claims.services import (
    Forbidden,
    MergeError,
    appearance_create,
    claim_mark_duplicate,
    claim_update,
    evidence_link,
)
from factcheck.public_cache import public_changed
from sources.models import Source
from sources.services import source_get_or_create

K = Finding.Kind


class FindingError(Exception):
    """The finding was already decided (a 409 in the API)."""


class FindingForbidden(Forbidden):
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


def _official_source(figure, user) -> Source:
    source, _ = source_get_or_create(
        url=figure.url, user=user, title=f"{figure.statistic.name}, {figure.publisher}", publisher=figure.publisher,
        kind=Source.Kind.OFFICIAL_STATISTICS,
    )
    return source


@transaction.atomic
def finding_accept(*, finding_id: int, user) -> Finding:
    finding = _lock(finding_id, user)
    claim = finding.claim
    # Accepted first, so that the evidence it links is counted as the accepted finding has it:
    # hidden while the other claim is (claims.selectors.hidden_evidence). A refusal below
    # rolls the decision back with everything else.
    _decide(finding, Finding.Status.ACCEPTED, user)
    try:
        if finding.kind == K.STATISTIC:
            # Filed, the claim is compared with the others under the statistic (claim_update queues the check).
            claim_update(claim=claim, user=user, data={"statistic": finding.statistic})
        elif finding.kind in (K.CORROBORATES, K.CONFLICTS):
            if finding.other_claim_id:
                source, unit = finding.other_claim.source, finding.other_claim.unit
            else:
                source, unit = _official_source(finding.official_figure, user), claim.unit
            evidence_link(claim=claim, source=source, stance=finding.kind, value=finding.value, unit=unit,
                          note=finding.explanation, user=user)
        elif finding.kind == K.REPEAT:
            _accept_repeat(finding, claim, user)
        elif finding.kind == K.VERDICT:
            # On a published claim this is a correction: the finding is its reason.
            claim_update(claim=claim, user=user,
                         data={"verdict": finding.verdict, "verdict_explanation": finding.explanation},
                         change_reason=f"Checked against the official figures: {finding.explanation}")
    except Forbidden as exc:
        raise FindingForbidden(str(exc)) from None
    except MergeError as exc:
        raise FindingError(str(exc)) from None
    return finding


def _accept_repeat(finding: Finding, claim, user) -> None:
    """The claim is a further appearance of the first: recorded, then folded into it."""
    # The first appearance, or what it was since folded into (duplicate chains are one deep).
    first = finding.other_claim.duplicate_of or finding.other_claim
    if not first.appearances.filter(source=claim.source).exists():
        appearance_create(user=user, data=dict(
            claim=first, source=claim.source, quote=claim.quote, quote_start=claim.quote_start,
            quote_end=claim.quote_end, stated_on=claim.stated_on,
        ))
    # The one way to fold a claim: its evidence moves to the first and tallies are recounted.
    claim_mark_duplicate(claim=claim, original=first, user=user)


@transaction.atomic
def finding_reject(*, finding_id: int, user) -> Finding:
    return _decide(_lock(finding_id, user), Finding.Status.REJECTED, user)
