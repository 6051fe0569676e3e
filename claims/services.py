"""Every write to claims, evidence, appearances, speakers and statistics: the one home of each rule.

The API, the admin (saves, inlines, actions), ingestion, the consistency engine and
load_demo all call these functions. Each is keyword-only and runs in a transaction; each
enforces its rules once (bounds from claims.figures, role rules from claims.roles, the
review workflow, evidence tallies) and owns its side effects: a claim created, or whose
figure, period, place, speaker, statistic or date changes, gets its consistency check
queued when the transaction commits, whoever wrote it.

`user` is who acts; None is the system itself (management commands, the demo, the
engine acting on a reviewer's behalf), which role rules do not restrict. A refusal
raises before anything is written: Forbidden (a 403), TransitionError (a 409),
MergeError or django's ValidationError naming the field (a 400).
"""
from __future__ import annotations

import logging
from collections.abc import Iterable

from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.db.models import Count, IntegerField, OuterRef, Subquery, Value
from django.db.models.functions import Coalesce
from django.utils import timezone
from django.utils.text import slugify
from simple_history.utils import bulk_create_with_history, bulk_update_with_history

from claims import figures, roles, selectors
from claims.models import (
    TALLIES,
    VALUE_FIELD,
    Appearance,
    Claim,
    Correction,
    Evidence,
    Finding,
    Speaker,
    Statistic,
    StatusChange,
)
from claims.queue import CHECK_CLAIM, enqueue_on_commit
from factcheck.public_cache import public_changed

log = logging.getLogger(__name__)
S = Claim.Status

# The review workflow: suggested -> in review -> published, or rejected; published back
# to in review (unpublish); a rejected claim can be reopened.
TRANSITIONS = {
    S.SUGGESTED: {S.IN_REVIEW, S.REJECTED},
    S.IN_REVIEW: {S.PUBLISHED, S.REJECTED},
    S.PUBLISHED: {S.IN_REVIEW},
    S.REJECTED: {S.IN_REVIEW},
}

# A change to any of these can change what the consistency engine finds.
CHECKED_FIELDS = frozenset({
    "value", "unit", "rate", "qualifier", "lower_bound", "upper_bound", "period_start", "period_end", "place",
    "statistic", "speaker", "stated_on",
})
# What a writer may set on a claim; the rest (tallies, review stamps) the services keep.
CLAIM_FIELDS = frozenset({
    "quote", "quote_start", "quote_end", "figure_start", "figure_end", "source", "speaker", "stated_on",
    "figure_text", "value", "unit", "rate", "qualifier", "lower_bound", "upper_bound", "period_start", "period_end",
    "place", "statistic", "verdict", "verdict_explanation", "status", "duplicate_of",
})
VERDICT_FIELDS = ("verdict", "verdict_explanation")
FIGURE_FIELDS = frozenset({"value", "qualifier", "lower_bound", "upper_bound"})
# Once a claim is published, a change to any of these asks for a reason and is logged
# publicly as a Correction of that kind (the claim page, the API, the JSON-LD, the feed).
CORRECTED_FIELDS = {
    Correction.Field.FIGURE: ("value", "qualifier", "lower_bound", "upper_bound", "unit"),
    Correction.Field.PERIOD: ("period_start", "period_end"),
    Correction.Field.VERDICT: ("verdict",),
    Correction.Field.EXPLANATION: ("verdict_explanation",),
}
CORRECTED_NAMES = tuple(name for names in CORRECTED_FIELDS.values() for name in names)
REASON_REQUIRED = "A published claim's figure, period, verdict or explanation changes only with a reason for readers."


class Forbidden(PermissionError):
    """This user may not make this change (a 403)."""


class TransitionForbidden(Forbidden):
    """A status change that this user may not make (a 403)."""


class TransitionError(Exception):
    """A status change that the workflow does not allow (a 409 in the API)."""


class MergeError(ValueError):
    """A merge that would make no sense (a claim a duplicate of itself, ...): a 400."""


def _require(user, allowed: bool, message: str, error=Forbidden) -> None:
    if user is not None and not allowed:
        raise error(message)


def schedule_check(claim_id: int) -> None:
    """Queue the consistency check of a claim when the transaction commits."""
    enqueue_on_commit(CHECK_CLAIM, claim_id)


def _published_events(claim: Claim) -> None:
    """A claim was just published: tell its subscribers (sent when the transaction commits)."""
    from watch.services import emit  # watch builds on claims: imported where used

    emit("claim.published", claim=claim)
    if claim.statistic_id is not None:
        emit("statistic.new_claim", claim=claim)


def _published_change_events(claim: Claim, before: dict, reason: str) -> None:
    """A published claim's fields changed (before: the changed fields' old values): a
    verdict change, a correction (with its public reason), a statistic newly given are each an event."""
    from watch.services import claim_corrected, emit

    if "verdict" in before:
        emit("claim.verdict_changed", claim=claim,
             changes={"verdict": {"from": before["verdict"] or None, "to": claim.verdict or None}})
    corrected = {name: (before[name], getattr(claim, name)) for name in CORRECTED_NAMES if name in before}
    if corrected:
        claim_corrected(claim=claim, changes=corrected, reason=reason)
    if "statistic" in before and claim.statistic_id is not None:
        emit("statistic.new_claim", claim=claim)


# -- the review workflow --------------------------------------------------------------------

def can_transition(user, from_status: str, to_status: str) -> bool:
    """Whether user may move a claim from one status to the other."""
    if to_status not in TRANSITIONS.get(from_status, set()):
        return False
    if to_status == S.PUBLISHED or from_status == S.PUBLISHED:
        return roles.can_publish(user)
    return roles.is_reviewer(user)


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
    _require(user, can_transition(user, claim.status, to_status),
             f"Only editors can move a claim to or from {S.PUBLISHED.label.lower()}.", TransitionForbidden)
    now = timezone.now()
    shown = claim.is_public
    StatusChange.objects.create(claim=claim, from_status=claim.status, to_status=to_status, by=user)
    claim.status = to_status
    claim.status_changed_at = now
    claim.status_changed_by = user
    claim.reviewed_at = now
    if to_status == S.PUBLISHED:
        claim.published_at = now
    _save_claim(claim, user, f"status: {to_status}",
                ["status", "status_changed_at", "status_changed_by", "reviewed_at", "published_at"])
    if claim.is_public != shown:
        refresh_public_tallies(_sources_of(claim))
    if to_status == S.PUBLISHED:
        _published_events(claim)
    return claim


def transition_path(from_status: str, to_status: str) -> list[str]:
    """The statuses a claim goes through to reach to_status (the shortest way through TRANSITIONS)."""
    paths, seen = [(from_status, [])], {from_status}
    while paths:
        status, steps = paths.pop(0)
        for step in sorted(TRANSITIONS.get(status, ())):
            if step == to_status:
                return [*steps, step]
            if step not in seen:
                seen.add(step)
                paths.append((step, [*steps, step]))
    return []


@transaction.atomic
def claim_move(*, claim: Claim, to_status: str, user) -> Claim:
    """Move a claim on to to_status in one go, through each step of the workflow (a
    suggested claim is accepted, then published), each a claim_transition with its history
    and rules. Nothing moves when one step is refused. A published claim only goes back to
    in review: taking it off the public pages is a step of its own."""
    claim = Claim.objects.select_for_update().get(pk=claim.pk)
    steps = transition_path(claim.status, to_status)
    if claim.status == S.PUBLISHED and len(steps) > 1:
        raise TransitionError("A published claim is unpublished first; it moves no further in one go.")
    if not steps:
        raise TransitionError(
            f"A claim cannot go from {S(claim.status).label.lower()} to {S(to_status).label.lower()}."
        )
    for step in steps:
        claim = claim_transition(claim=claim, to_status=step, user=user)
    return claim


# -- claims ---------------------------------------------------------------------------------

def claim_figure(*, claim: Claim | None, data: dict) -> dict:
    """data with the figure's bounds resolved by claims.figures.claim_bounds.

    Bounds not sent with a new value or qualifier follow them (the figure's interval);
    bounds sent are kept if they fit. ValidationError names the field that does not.
    The admin's form calls this to show the same error before saving.
    """
    if not FIGURE_FIELDS & data.keys():
        return data
    value = data.get("value", claim.value if claim is not None else None)
    if value is None:
        return data
    qualifier = data.get("qualifier", claim.qualifier if claim is not None else "") or None
    try:
        bounds = figures.claim_bounds(value, qualifier, data.get("lower_bound"), data.get("upper_bound"))
    except figures.BoundsError as exc:
        raise ValidationError({exc.field: [exc.message]}) from None
    except ValueError as exc:
        raise ValidationError({"value": [str(exc)]}) from None
    problem = figures.unstorable_bounds(bounds, digits=VALUE_FIELD["max_digits"], places=VALUE_FIELD["decimal_places"])
    if problem:
        raise ValidationError({"value": [problem]})
    return {**data, "qualifier": qualifier or "", "lower_bound": bounds.lower, "upper_bound": bounds.upper}


def taken(message: str) -> ValidationError:
    """A value another row already holds (a slug, a URL, a figure's offsets, a claim and
    source pair): valid input that conflicts with what is stored (the API answers 409)."""
    return ValidationError(message, code="taken")


def _check_claim(claim: Claim) -> None:
    """What the database enforces, as an error naming the field instead of an IntegrityError."""
    for start, end, message in (
        ("period_start", "period_end", "The period must not start after it ends."),
        ("quote_start", "quote_end", "The quote must not end before it starts."),
        ("figure_start", "figure_end", "The figure must not end before it starts."),
    ):
        first, last = getattr(claim, start), getattr(claim, end)
        if first is not None and last is not None and first > last:
            raise ValidationError({start: [message]})
    if claim.figure_start is not None:
        same = Claim.objects.filter(source_id=claim.source_id, figure_start=claim.figure_start,
                                    figure_end=claim.figure_end)
        if claim.pk is not None:
            same = same.exclude(pk=claim.pk)
        if same.exists():
            raise ValidationError({"figure_start": [taken("The source already has a claim for this figure.")]})


def claim_duplicate_problem(*, claim: Claim | None, original: Claim) -> str | None:
    """Why claim cannot be marked a duplicate of original, or None (the admin's form asks too)."""
    if claim is not None and claim.pk == original.pk:
        return "A claim cannot be a duplicate of itself."
    if original.duplicate_of_id is not None:
        return f"Claim {original.pk} is itself a duplicate of claim {original.duplicate_of_id}: choose that one."
    return None


def _save_claim(claim: Claim, user, reason: str, fields: list[str] | None = None) -> None:
    claim._history_user = user
    claim._change_reason = reason
    claim.save(update_fields=None if fields is None else [*fields, "updated_at"])
    public_changed()


def _split(data: dict) -> tuple[dict, str | None, object]:
    unknown = set(data) - CLAIM_FIELDS
    if unknown:
        raise TypeError(f"not claim fields: {sorted(unknown)}")
    data = dict(data)
    return data, data.pop("status", None), data.pop("duplicate_of", _UNSET)


_UNSET = object()


@transaction.atomic
def claim_create(*, user, data: dict) -> Claim:
    """A new claim (suggested, unless data moves it on through the workflow) from validated input."""
    _require(user, roles.is_reviewer(user), "You need the reviewer or editor role to add claims.")
    data, to_status, original = _split(data)
    if any(data.get(name) for name in VERDICT_FIELDS):
        _require(user, roles.can_set_verdict(user), "Only editors can set verdicts.")
    data = claim_figure(claim=None, data=data)
    claim = Claim(created_by=user, **data)
    _check_claim(claim)
    _save_claim(claim, user, "created")
    schedule_check(claim.pk)
    if original not in (_UNSET, None):
        claim = claim_mark_duplicate(claim=claim, original=original, user=user)
    if to_status and to_status != claim.status:
        claim = claim_transition(claim=claim, to_status=to_status, user=user)
    return claim


def _differs(claim: Claim, name: str, value) -> bool:
    field = Claim._meta.get_field(name)
    if field.is_relation:
        return getattr(claim, field.attname) != (value.pk if value is not None else None)
    return getattr(claim, name) != value


STALE_MESSAGE = ("Someone else saved this claim after you opened it, so your changes were not saved and theirs "
                 "were kept. Look at their changes, then make yours again.")


# -- corrections ----------------------------------------------------------------------------

def _bound(value) -> str:
    return "no limit" if value is None else figures.format_figure(value)


def _correction_text(claim: Claim, kind: str) -> str:
    """What a claim says for one kind of correction, as a reader reads it."""
    if kind == Correction.Field.FIGURE:
        return figures.format_figure(claim.value, claim.unit, claim.qualifier or None)
    if kind == Correction.Field.PERIOD:
        if claim.period_start is None and claim.period_end is None:
            return "no period given"
        return f"{claim.period_start or 'no start'} to {claim.period_end or 'no end'}"
    if kind == Correction.Field.VERDICT:
        return claim.get_verdict_display() if claim.verdict else "not rated"
    return claim.verdict_explanation


def corrected_kinds(*, claim: Claim, changed) -> list[str]:
    """The kinds of correction (figure, period, verdict, explanation) that changing these
    fields makes on this claim: none unless it is published. The admin's form asks too."""
    if claim.status != S.PUBLISHED:
        return []
    return [kind for kind, names in CORRECTED_FIELDS.items() if any(name in changed for name in names)]


def _record_corrections(claim: Claim, before: dict[str, str], bounds: tuple, user, reason: str) -> list[Correction]:
    now = timezone.now()
    rows = []
    for kind, old in before.items():
        new = _correction_text(claim, kind)
        if kind == Correction.Field.FIGURE and old == new:  # the same figure, other bounds
            old += f" (from {_bound(bounds[0])} to {_bound(bounds[1])})"
            new += f" (from {_bound(claim.lower_bound)} to {_bound(claim.upper_bound)})"
        rows.append(Correction(claim=claim, changed_at=now, field=kind, old=old, new=new, reason=reason, user=user))
    corrections = Correction.objects.bulk_create(rows)
    announce_corrections(claim=claim, corrections=corrections)
    return corrections


def announce_corrections(*, claim: Claim, corrections: list[Correction]) -> None:
    """The hook a correction's side effects hang on: called inside claim_update's transaction
    once the Correction rows are saved (queue anything on commit, so a rolled-back change
    announces nothing). Subscribers hear of it through `claim.corrected`, which claim_update
    emits with the changed fields and the same reason (_published_change_events)."""
    public_changed()


@transaction.atomic
def claim_update(*, claim: Claim, user, data: dict, change_reason: str = "",
                 version: int | None = None) -> Claim:
    """Change a claim's fields from validated input; a status in data goes through the workflow.

    Only fields that change are written, so an unchanged save leaves no history entry and
    queues no check. A published claim's figure, period, verdict or explanation changes
    only with a change_reason (a ValidationError naming it otherwise), and each such change
    is logged as a Correction in the same transaction. With `version` (the claim's version
    when the editor read it), a save made after someone else's is refused (ValidationError,
    code "stale"): no update is lost.
    """
    _require(user, roles.is_reviewer(user), "You need the reviewer or editor role to change claims.")
    claim = Claim.objects.select_for_update().get(pk=claim.pk)
    if version is not None and version != claim.version:
        raise ValidationError(STALE_MESSAGE, code="stale")
    data, to_status, original = _split(data)
    data = claim_figure(claim=claim, data=data)
    changed = {name: value for name, value in data.items() if _differs(claim, name, value)}
    if any(name in changed for name in VERDICT_FIELDS):
        _require(user, roles.can_set_verdict(user), "Only editors can set verdicts.")
    kinds = corrected_kinds(claim=claim, changed=changed)
    reason = (change_reason or "").strip()
    if kinds and not reason:
        raise ValidationError({"change_reason": [REASON_REQUIRED]})
    before = {kind: _correction_text(claim, kind) for kind in kinds}
    bounds = (claim.lower_bound, claim.upper_bound)
    if changed:
        old_values = {name: getattr(claim, name) for name in changed}
        for name, value in changed.items():
            setattr(claim, name, value)
        if claim.guessed and changed.keys() & set(claim.guessed):
            claim.guessed = [name for name in claim.guessed if name not in changed]  # a person has set it now
        _check_claim(claim)
        # The history's reason holds 100 characters; the Correction keeps the whole reason.
        _save_claim(claim, user, f"corrected: {reason}"[:100] if kinds else "edited")
        if kinds:
            _record_corrections(claim, before, bounds, user, reason)
        if CHECKED_FIELDS & changed.keys():
            schedule_check(claim.pk)
        if "source" in changed:
            refresh_public_tallies([old_values["source"].pk, claim.source_id])
        if claim.status == S.PUBLISHED:
            _published_change_events(claim, old_values, reason)
    if original is not _UNSET and (original.pk if original else None) != claim.duplicate_of_id:
        if original is None:
            claim = claim_unmark_duplicate(claim=claim, user=user)
        else:
            claim = claim_mark_duplicate(claim=claim, original=original, user=user)
    if to_status and to_status != claim.status:
        claim = claim_transition(claim=claim, to_status=to_status, user=user)
    return claim


def claim_touch(*, claim_id: int) -> None:
    """Mark a claim changed without changing its fields (its evidence or appearances were
    edited on its form): a form opened before is now stale (the admin's version check)."""
    Claim.objects.filter(pk=claim_id).update(updated_at=timezone.now())


@transaction.atomic
def claim_delete(*, claim: Claim, user) -> None:
    _require(user, roles.can_delete(user, claim),
             "Only editors can delete a published claim." if claim.status == S.PUBLISHED
             else "You need the reviewer or editor role to delete claims.")
    claim._history_user = user
    at_risk = _at_risk(_sources_of(claim))
    claim.delete()  # and the findings comparing another claim with it
    refresh_evidence_counts(at_risk)
    public_changed()


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
    # It would leave the public pages: that is unpublishing, which is for editors.
    _require(user, claim.status != S.PUBLISHED or roles.can_publish(user),
             "Only editors can mark a published claim as a duplicate.", TransitionForbidden)
    problem = claim_duplicate_problem(claim=claim, original=original)
    if problem:
        raise MergeError(problem)
    already = set(Evidence.objects.filter(claim=original).values_list("source_id", flat=True))
    for evidence in Evidence.objects.select_for_update().filter(claim=claim):
        evidence._history_user = user
        if evidence.source_id in already:
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
    shown = claim.is_public
    claim.duplicate_of = original
    _save_claim(claim, user, f"duplicate of claim {original.pk}", ["duplicate_of"])
    refresh_evidence_counts([claim.pk, original.pk])
    if shown:
        refresh_public_tallies(_sources_of(claim))
    return claim


@transaction.atomic
def claim_unmark_duplicate(*, claim: Claim, user) -> Claim:
    """A claim marked a duplicate by mistake stands on its own again (a published one shows publicly again)."""
    claim = Claim.objects.select_for_update().get(pk=claim.pk)
    _require(user, claim.status != S.PUBLISHED or roles.can_publish(user),
             "Only editors can put a published duplicate back on the public pages.", TransitionForbidden)
    claim.duplicate_of = None
    _save_claim(claim, user, "no longer a duplicate", ["duplicate_of"])
    if claim.is_public:
        refresh_public_tallies(_sources_of(claim))
    schedule_check(claim.pk)
    return claim


def claims_suggest(*, claims: list[Claim], user) -> list[Claim]:
    """Save the claims an extractor suggested (ingestion) and queue a consistency check for each.

    Each gets its bounds from claims.figures.claim_bounds: a range's own bounds ("between 5
    and 10") where they fit the value and qualifier, else the figure's interval. A claim
    whose fields do not validate (a figure too long, too many digits) is left out and
    logged, so one odd figure does not sink the whole article. One bulk insert, with
    history. Returns the claims saved.
    """
    valid = []
    for claim in claims:
        qualifier = claim.qualifier if claim.qualifier in figures.QUALIFIERS else None
        try:
            claim.set_figure(claim.value, qualifier, claim.lower_bound, claim.upper_bound)
        except figures.BoundsError:
            claim.set_figure(claim.value, qualifier)
        except ValueError:
            log.warning("Skipped figure %r at %s: not a number", claim.figure_text, claim.figure_start)
            continue
        claim.created_by = user
        try:
            # The unit may be empty: a reviewer names what the extractor could not.
            claim.full_clean(exclude=["source", "speaker", "ingestion", "created_by", "statistic", "duplicate_of",
                                      "unit"], validate_unique=False, validate_constraints=False)
        except ValidationError as exc:
            log.warning("Skipped figure %r at %s: %s", claim.figure_text, claim.figure_start, exc.messages)
            continue
        valid.append(claim)
    created = bulk_create_with_history(valid, Claim, default_user=user, default_change_reason="created")
    for claim in created:
        schedule_check(claim.pk)
    return created


# -- evidence and appearances ---------------------------------------------------------------

def _evidence_count(stance: str, *, public: bool = False):
    evidence = Evidence.objects.filter(claim=OuterRef("pk"), stance=stance)
    if public:
        evidence = evidence.exclude(selectors.hidden_evidence())
    per_claim = evidence.order_by().values("claim").annotate(n=Count("pk")).values("n")
    return Coalesce(Subquery(per_claim, output_field=IntegerField()), Value(0))


def _tallies() -> dict:
    counts = {}
    for stance, name in TALLIES.items():
        counts[name] = _evidence_count(stance)
        counts[f"public_{name}"] = _evidence_count(stance, public=True)
    return counts


def refresh_evidence_counts(claim_ids: Iterable[int]) -> None:
    """Recount the evidence tallies kept on claims (one UPDATE, whatever the number): all of
    their evidence, and what of it the public sees (claims.selectors.hidden_evidence).

    Every evidence service below calls it; nothing else writes the tallies. It leaves
    updated_at alone: the claim's own fields did not change.
    """
    ids = {pk for pk in claim_ids if pk is not None}
    if ids:
        _recount(Claim.objects.filter(pk__in=ids))


def _recount(claims) -> None:
    claims.update(**_tallies())
    public_changed()  # the tallies and the evidence show on the claim's page


def recount_evidence_tallies() -> None:
    """Recount the tallies of every claim with evidence (after an import)."""
    _recount(Claim.objects.filter(pk__in=Evidence.objects.values("claim_id")))


def _sources_of(claim: Claim) -> set[int]:
    """Where the claim was said: its source and the sources repeating it."""
    return {claim.source_id, *Appearance.objects.filter(claim_id=claim.pk).values_list("source_id", flat=True)}


def _at_risk(source_ids: Iterable[int]) -> list[int]:
    """Claims whose evidence from these sources an accepted comparison finding may hide (the
    finding compares them with a claim said there: claims.selectors.hidden_evidence). No
    other claim's public tallies turn on who sees the claims said in these sources."""
    ids = {pk for pk in source_ids if pk is not None}
    if not ids:
        return []
    return list(Finding.objects.filter(
        status=Finding.Status.ACCEPTED, kind__in=[Finding.Kind.CORROBORATES, Finding.Kind.CONFLICTS],
        other_claim__source_id__in=ids,
    ).values_list("claim_id", flat=True).distinct())


def refresh_public_tallies(source_ids: Iterable[int]) -> None:
    """Recount the tallies a change in who sees the claims said in these sources may change."""
    refresh_evidence_counts(_at_risk(source_ids))


EVIDENCE_FIELDS = frozenset({"claim", "source", "stance", "value", "unit", "note"})


def _check_evidence(evidence: Evidence) -> None:
    same = Evidence.objects.filter(claim_id=evidence.claim_id, source_id=evidence.source_id)
    if evidence.pk is not None:
        same = same.exclude(pk=evidence.pk)
    if same.exists():
        raise ValidationError({"source": [taken("This source is already evidence for this claim.")]})


def _apply(obj, data: dict, allowed: frozenset) -> None:
    unknown = set(data) - allowed
    if unknown:
        raise TypeError(f"not {type(obj).__name__} fields: {sorted(unknown)}")
    for name, value in data.items():
        setattr(obj, name, value)


@transaction.atomic
def evidence_create(*, user, data: dict) -> Evidence:
    _require(user, roles.is_reviewer(user), "You need the reviewer or editor role to add evidence.")
    evidence = Evidence(added_by=user)
    _apply(evidence, data, EVIDENCE_FIELDS)
    _check_evidence(evidence)
    evidence._history_user = user
    evidence.save()
    refresh_evidence_counts([evidence.claim_id])
    return evidence


@transaction.atomic
def evidence_update(*, evidence: Evidence, user, data: dict) -> Evidence:
    _require(user, roles.is_reviewer(user), "You need the reviewer or editor role to change evidence.")
    old_claim_id = evidence.claim_id
    _apply(evidence, data, EVIDENCE_FIELDS)
    _check_evidence(evidence)
    evidence._history_user = user
    evidence.save()
    refresh_evidence_counts([evidence.claim_id, old_claim_id])
    return evidence


@transaction.atomic
def evidence_delete(*, evidence: Evidence, user) -> None:
    _require(user, roles.can_delete(user, evidence), "Only editors can remove evidence from a published claim.")
    claim_id = evidence.claim_id
    evidence._history_user = user
    evidence.delete()
    refresh_evidence_counts([claim_id])


@transaction.atomic
def evidence_link(*, claim: Claim, source, stance: str, value=None, unit: str = "", note: str = "", user) -> Evidence:
    """Link source to claim with this stance, or restate the link it has (the consistency engine's accept)."""
    evidence = Evidence.objects.select_for_update().filter(claim=claim, source=source).first()
    data = dict(stance=stance, value=value, unit=unit, note=note)
    if evidence is None:
        return evidence_create(user=user, data=dict(claim=claim, source=source, **data))
    return evidence_update(evidence=evidence, user=user, data=data)


APPEARANCE_FIELDS = frozenset({"claim", "source", "quote", "quote_start", "quote_end", "stated_on"})


def _save_appearance(appearance: Appearance, user, data: dict) -> Appearance:
    _require(user, roles.is_reviewer(user), "You need the reviewer or editor role to record appearances.")
    was_in = appearance.source_id
    _apply(appearance, data, APPEARANCE_FIELDS)
    appearance._history_user = user
    appearance.save()
    refresh_public_tallies([was_in, appearance.source_id])  # a published claim said there shows its evidence
    public_changed()
    return appearance


@transaction.atomic
def appearance_create(*, user, data: dict) -> Appearance:
    """Record a further source repeating a claim."""
    return _save_appearance(Appearance(), user, data)


@transaction.atomic
def appearance_update(*, appearance: Appearance, user, data: dict) -> Appearance:
    return _save_appearance(appearance, user, data)


@transaction.atomic
def appearance_delete(*, appearance: Appearance, user) -> None:
    _require(user, roles.can_delete(user, appearance), "Only editors can remove appearances of a published claim.")
    appearance._history_user = user
    source_id = appearance.source_id
    appearance.delete()
    refresh_public_tallies([source_id])
    public_changed()


# -- speakers and statistics ----------------------------------------------------------------

def slug_base(name: str, *, fallback: str) -> str:
    """The slug a name makes (before a number is added to tell two apart)."""
    return slugify(name)[:200] or fallback


def unique_slug(model, name: str, *, fallback: str) -> str:
    """A slug made from name that no row of model has yet."""
    base = slug_base(name, fallback=fallback)
    slug, n = base, 2
    while model.objects.filter(slug=slug).exists():
        slug, n = f"{base}-{n}", n + 1
    return slug


def _slug_taken(obj) -> bool:
    """Another row of obj's model holds its slug."""
    same = type(obj).objects.filter(slug=obj.slug)
    if obj.pk is not None:
        same = same.exclude(pk=obj.pk)
    return same.exists()


def _slug_refused() -> ValidationError:
    return ValidationError({"slug": [taken("This slug is taken.")]})


def _check_slug(obj) -> None:
    if _slug_taken(obj):
        raise _slug_refused()


def _editable(model) -> frozenset:
    return frozenset(f.name for f in model._meta.concrete_fields if f.editable and not f.primary_key
                     and f.name not in ("created_at", "updated_at"))


SPEAKER_FIELDS = _editable(Speaker)
STATISTIC_FIELDS = _editable(Statistic)


SLUG_TRIES = 3


def _save_named(obj, user, data: dict, allowed: frozenset, fallback: str) -> None:
    _apply(obj, data, allowed)
    chosen = bool(obj.slug)  # by the caller; else made from the name here
    if not chosen:
        obj.slug = unique_slug(type(obj), obj.name, fallback=fallback)
    _check_slug(obj)
    obj._history_user = user
    obj._change_reason = "edited" if obj.pk else "created"
    for attempt in range(1, SLUG_TRIES + 1):
        try:  # another writer may take the slug between the check and the insert (two ingestions naming one
            with transaction.atomic():  # new speaker at once): a made slug is made again, a chosen one refused
                obj.save()
            break
        except IntegrityError:
            if not _slug_taken(obj):
                raise  # not the slug
            if chosen or attempt == SLUG_TRIES:
                raise _slug_refused() from None
            obj.slug = unique_slug(type(obj), obj.name, fallback=fallback)
    public_changed()


@transaction.atomic
def speaker_create(*, user, data: dict) -> Speaker:
    _require(user, roles.is_reviewer(user), "You need the reviewer or editor role to add speakers.")
    speaker = Speaker()
    _save_named(speaker, user, data, SPEAKER_FIELDS, "speaker")
    return speaker


@transaction.atomic
def speaker_update(*, speaker: Speaker, user, data: dict) -> Speaker:
    _require(user, roles.is_reviewer(user), "You need the reviewer or editor role to change speakers.")
    _save_named(speaker, user, data, SPEAKER_FIELDS, "speaker")
    return speaker


@transaction.atomic
def speaker_delete(*, speaker: Speaker, user) -> None:
    """Delete a speaker with no claims (ProtectedError otherwise: merge it instead)."""
    _require(user, roles.can_delete(user, speaker), "Only editors can delete speakers.")
    speaker._history_user = user
    speaker.delete()
    public_changed()


@transaction.atomic
def speaker_merge(*, survivor: Speaker, other: Speaker, user) -> Speaker:
    """Fold other into survivor: its name and aliases become the survivor's aliases, its
    claims move to the survivor (each move kept in the claim's history), and it is deleted."""
    _require(user, roles.is_reviewer(user), "You need the reviewer or editor role to merge speakers.")
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
    for claim in claims:
        schedule_check(claim.pk)  # the speaker's history shapes statistic proposals
    public_changed()
    return survivor


@transaction.atomic
def statistic_create(*, user, data: dict) -> Statistic:
    _require(user, roles.can_define_statistics(user), "Only editors can define statistics.")
    statistic = Statistic()
    _save_named(statistic, user, data, STATISTIC_FIELDS, "statistic")
    return statistic


@transaction.atomic
def statistic_update(*, statistic: Statistic, user, data: dict) -> Statistic:
    _require(user, roles.can_define_statistics(user), "Only editors can define statistics.")
    _save_named(statistic, user, data, STATISTIC_FIELDS, "statistic")
    return statistic


@transaction.atomic
def statistic_delete(*, statistic: Statistic, user) -> None:
    _require(user, roles.can_delete(user, statistic), "Only editors can delete statistics.")
    statistic._history_user = user
    statistic.delete()
    public_changed()
