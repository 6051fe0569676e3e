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
