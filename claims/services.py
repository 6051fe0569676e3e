"""Writes that touch several rows or carry rules: the one home of each."""
from collections.abc import Iterable

from django.db import transaction
from django.db.models import Count, IntegerField, OuterRef, Subquery, Value
from django.db.models.functions import Coalesce
from django.utils import timezone

from claims.models import Claim, Evidence, StatusChange
from claims.roles import is_editor, is_reviewer

S = Claim.Status

# The review workflow: suggested -> in review -> published, or rejected; published back
# to in review (unpublish); a rejected claim can be reopened.
TRANSITIONS = {
    S.SUGGESTED: {S.IN_REVIEW, S.REJECTED},
    S.IN_REVIEW: {S.PUBLISHED, S.REJECTED},
    S.PUBLISHED: {S.IN_REVIEW},
    S.REJECTED: {S.IN_REVIEW},
}


class TransitionError(Exception):
    """A status change that the workflow does not allow (a 409 in the API)."""


class TransitionForbidden(PermissionError):
    """A status change that this user may not make (a 403)."""


def can_transition(user, from_status: str, to_status: str) -> bool:
    """Whether user may move a claim from one status to the other."""
    if to_status not in TRANSITIONS.get(from_status, set()):
        return False
    if to_status == S.PUBLISHED or from_status == S.PUBLISHED:
        return is_editor(user)
    return is_reviewer(user)


def allowed_transitions(user, claim: Claim) -> list[str]:
    return [to for to in S.values if can_transition(user, claim.status, to)]


@transaction.atomic
def claim_transition(*, claim: Claim, to_status: str, user) -> Claim:
    """Move a claim to another review status, recording who did it and when."""
    claim = Claim.objects.select_for_update().get(pk=claim.pk)
    if to_status not in TRANSITIONS.get(claim.status, set()):
        raise TransitionError(
            f"A claim cannot go from {S(claim.status).label.lower()} to {S(to_status).label.lower()}."
        )
    if not can_transition(user, claim.status, to_status):
        raise TransitionForbidden(f"Only editors can move a claim to or from {S.PUBLISHED.label.lower()}.")
    now = timezone.now()
    StatusChange.objects.create(claim=claim, from_status=claim.status, to_status=to_status, by=user)
    claim.status = to_status
    claim.status_changed_at = now
    claim.status_changed_by = user
    claim.reviewed_at = now
    if to_status == S.PUBLISHED:
        claim.published_at = now
    claim._change_reason = f"status: {to_status}"
    claim._history_user = user
    claim.save(update_fields=["status", "status_changed_at", "status_changed_by", "reviewed_at", "published_at", "updated_at"])
    return claim


def _evidence_count(stance: str):
    per_claim = (
        Evidence.objects.filter(claim=OuterRef("pk"), stance=stance)
        .order_by()
        .values("claim")
        .annotate(n=Count("pk"))
        .values("n")
    )
    return Coalesce(Subquery(per_claim, output_field=IntegerField()), Value(0))


def refresh_evidence_counts(claim_ids: Iterable[int]) -> None:
    """Recount the evidence tallies kept on claims (one UPDATE, whatever the number).

    Call it after any write to Evidence: the API, the admin, the consistency engine and
    load_demo all do. It leaves updated_at alone: the claim's own fields did not change.
    """
    ids = {pk for pk in claim_ids if pk is not None}
    if not ids:
        return
    S_ = Evidence.Stance
    Claim.objects.filter(pk__in=ids).update(
        corroborating_count=_evidence_count(S_.CORROBORATES),
        conflicting_count=_evidence_count(S_.CONFLICTS),
        context_count=_evidence_count(S_.CONTEXT),
    )


@transaction.atomic
def claim_save(*, claim: Claim | None, user, data: dict) -> Claim:
    """Create (claim=None) or change a claim from validated input, as user.

    A status in data goes through claim_transition (the review trail); verdicts are the
    editors' (TransitionForbidden otherwise). A new claim records who created it.
    """
    data = dict(data)
    to_status = data.pop("status", None)
    verdict_changes = any(
        name in data and data[name] != (getattr(claim, name) if claim is not None else "")
        for name in ("verdict", "verdict_explanation")
    )
    if verdict_changes and not is_editor(user):
        raise TransitionForbidden("Only editors can set verdicts.")
    if claim is None:
        claim = Claim(created_by=user)
    for name, value in data.items():
        setattr(claim, name, value)
    claim._history_user = user
    claim.save()
    if to_status and to_status != claim.status:
        claim = claim_transition(claim=claim, to_status=to_status, user=user)
    return claim


@transaction.atomic
def evidence_save(*, evidence: Evidence | None, user, data: dict) -> Evidence:
    """Create (evidence=None) or change an evidence link, then recount the claims' tallies."""
    old_claim_id = evidence.claim_id if evidence is not None else None
    if evidence is None:
        evidence = Evidence(added_by=user)
    for name, value in data.items():
        setattr(evidence, name, value)
    evidence._history_user = user
    evidence.save()
    refresh_evidence_counts([evidence.claim_id, old_claim_id])
    return evidence


@transaction.atomic
def evidence_delete(*, evidence: Evidence, user) -> None:
    claim_id = evidence.claim_id
    evidence._history_user = user
    evidence.delete()
    refresh_evidence_counts([claim_id])
