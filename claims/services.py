"""Writes that touch several rows or carry rules: the one home of each."""
from collections.abc import Iterable

from django.db import transaction
from django.db.models import Count, IntegerField, OuterRef, Subquery, Value
from django.db.models.functions import Coalesce
from django.utils import timezone
from simple_history.utils import bulk_update_with_history

from claims.cache import public_changed
from claims.models import Claim, Evidence, Speaker, StatusChange
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
    public_changed()
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
    public_changed()


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
    public_changed()
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


class MergeError(ValueError):
    """A merge that would make no sense (a claim a duplicate of itself, ...): a 400."""


@transaction.atomic
def speaker_merge(*, survivor: Speaker, other: Speaker, user) -> Speaker:
    """Fold other into survivor: its name and aliases become the survivor's aliases, its
    claims move to the survivor (each move kept in the claim's history), and it is deleted."""
    if survivor.pk == other.pk:
        raise MergeError("A speaker cannot be merged into itself.")
    survivor, other = (
        Speaker.objects.select_for_update().get(pk=survivor.pk),
        Speaker.objects.select_for_update().get(pk=other.pk),
    )
    claims = list(Claim.objects.select_for_update().filter(speaker=other))
    now = timezone.now()
    for claim in claims:
        claim.speaker, claim.updated_at = survivor, now  # updated_at: open claim forms are now stale
    bulk_update_with_history(
        claims, Claim, ["speaker", "updated_at"], default_user=user,
        default_change_reason=f"speaker merged into {survivor.pk}",
    )
    names = [*survivor.aliases, other.name, *other.aliases]
    survivor.aliases = [n for i, n in enumerate(names) if n != survivor.name and n not in names[:i]]
    survivor._history_user = user
    survivor._change_reason = f"merged speaker {other.pk} ({other.name})"
    survivor.save(update_fields=["aliases", "updated_at"])
    other._history_user = user
    other._change_reason = f"merged into speaker {survivor.pk}"
    other.delete()
    public_changed()
    return survivor


@transaction.atomic
def claim_mark_duplicate(*, claim: Claim, original: Claim, user) -> Claim:
    """Mark claim as a duplicate of original: it stops showing publicly and its evidence
    moves to the original. Where the original already has evidence from the same source,
    the original's link is kept and the duplicate's is deleted (one link per claim and
    source). Claims that were duplicates of this one now point at the original."""
    if claim.pk == original.pk:
        raise MergeError("A claim cannot be a duplicate of itself.")
    locked = {c.pk: c for c in Claim.objects.select_for_update().filter(pk__in=[claim.pk, original.pk]).order_by("pk")}
    claim, original = locked[claim.pk], locked[original.pk]
    if claim.status == S.PUBLISHED and not is_editor(user):
        # It would leave the public pages: that is unpublishing, which is for editors.
        raise TransitionForbidden("Only editors can mark a published claim as a duplicate.")
    if original.duplicate_of_id is not None:
        raise MergeError(f"Claim {original.pk} is itself a duplicate of claim {original.duplicate_of_id}: choose that one.")
    taken = set(Evidence.objects.filter(claim=original).values_list("source_id", flat=True))
    for evidence in Evidence.objects.select_for_update().filter(claim=claim):
        evidence._history_user = user
        if evidence.source_id in taken:
            evidence._change_reason = f"claim {claim.pk} marked duplicate; claim {original.pk} has this source already"
            evidence.delete()
        else:
            evidence.claim = original
            evidence._change_reason = f"moved from duplicate claim {claim.pk}"
            evidence.save(update_fields=["claim", "updated_at"])
    repointed = list(Claim.objects.select_for_update().filter(duplicate_of=claim))
    now = timezone.now()
    for other in repointed:
        other.duplicate_of, other.updated_at = original, now
    bulk_update_with_history(repointed, Claim, ["duplicate_of", "updated_at"], default_user=user,
                             default_change_reason=f"claim {claim.pk} marked duplicate of {original.pk}")
    claim.duplicate_of = original
    claim._history_user = user
    claim._change_reason = f"duplicate of claim {original.pk}"
    claim.save(update_fields=["duplicate_of", "updated_at"])
    refresh_evidence_counts([claim.pk, original.pk])
    public_changed()
    return claim
