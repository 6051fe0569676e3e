"""Every write to subscriptions, and the one way events are sent.

    subscription_create / _update / _delete(*, ..., user, data)   a reviewer's or editor's own
    subscription_validate(data)                                  their checks (the admin's form asks first)
    subscription_ping(*, subscription, user)                     a "ping" delivery (POST .../test/)
    emit(event, claim=..., **extra)                              called by the services where things happen
    claim_corrected(*, claim, changes, reason="")                the correction hook (claim.corrected)

emit() queues nothing until the transaction commits (a rolled-back change sends
nothing); then events_emit() finds the subscriptions that want the event, stores one
Delivery per subscription with the claim as the API shows it at that moment, and queues
watch.tasks.deliver_webhook for each, on commit too.
"""
from __future__ import annotations

import logging

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone

from claims import roles
from claims.models import Claim
from claims.queue import enqueue_on_commit
from claims.search import search_claims
from claims.services import Forbidden
from sources.errors import SourceError
from watch.models import EVENT_NAMES, PING, Delivery, Subscription
from watch.payloads import as_json, claim_data
from watch.targets import check_target

log = logging.getLogger(__name__)

DELIVER = "watch.tasks.deliver_webhook"
SUBSCRIPTION_FIELDS = frozenset({"target_url", "events", "statistic", "speaker", "search", "digest", "active"})


def _require_role(user) -> None:
    if not roles.is_reviewer(user):
        raise Forbidden("You need the reviewer or editor role to subscribe.")


def _require_owner(subscription: Subscription, user) -> None:
    _require_role(user)
    if subscription.owner_id != user.pk:
        raise Forbidden("This subscription is not yours.")


def subscription_validate(data: dict) -> dict:
    """data checked as the services check it (the admin's form asks first, to show errors by field):
    events known and without repeats, a public http(s) target. ValidationError names the field."""
    data = dict(data)
    unknown = set(data) - SUBSCRIPTION_FIELDS
    if unknown:
        raise TypeError(f"not subscription fields: {sorted(unknown)}")
    if "events" in data:
        events = data["events"]
        if not events:
            raise ValidationError({"events": ["Choose at least one event."]})
        wrong = [e for e in events if e not in EVENT_NAMES]
        if wrong:
            raise ValidationError({"events": [f"Unknown events: {', '.join(wrong)}."]})
        data["events"] = list(dict.fromkeys(events))
    if "target_url" in data:
        try:
            check_target(data["target_url"])
        except SourceError as exc:
            raise ValidationError({"target_url": [str(exc)]}) from None
    return data


@transaction.atomic
def subscription_create(*, user, data: dict) -> Subscription:
    """A new subscription of user's; its secret is made here and shown once by the caller."""
    _require_role(user)
    if "events" not in data:
        raise ValidationError({"events": ["Choose at least one event."]})
    data = subscription_validate(data)
    subscription = Subscription(owner=user, **data)
    subscription.save()
    return subscription


@transaction.atomic
def subscription_update(*, subscription: Subscription, user, data: dict) -> Subscription:
    """Change a subscription; setting active to true resumes a paused one (its failures forgotten)."""
    _require_owner(subscription, user)
    subscription = Subscription.objects.select_for_update().get(pk=subscription.pk)
    data = subscription_validate(data)
    for name, value in data.items():
        setattr(subscription, name, value)
    if data.get("active") is True:
        subscription.paused_reason, subscription.failing_since = "", None
    subscription.save()
    return subscription


@transaction.atomic
def subscription_delete(*, subscription: Subscription, user) -> None:
    _require_owner(subscription, user)
    subscription.delete()


@transaction.atomic
def subscription_ping(*, subscription: Subscription, user) -> Delivery:
    """Send a "ping" event to this subscription alone, paused or not (a way to test a receiver)."""
    _require_owner(subscription, user)
    delivery = Delivery.objects.create(subscription=subscription, event=PING, payload={
        "subscription": subscription.pk, "message": "A test delivery: your receiver is reachable.",
    })
    enqueue_on_commit(DELIVER, str(delivery.pk), queue=settings.WEBHOOK_QUEUE)
    return delivery


# -- events ---------------------------------------------------------------------------------

def emit(event: str, *, claim: Claim | int | None = None, **extra) -> None:
    """Send event to the subscriptions that want it, once the current transaction commits.

    claim: the claim, or its id. extra: the event's own fields beside the claim (plain
    values; dates and decimals are written as the API writes them). Called by the services
    where the event happens, inside their transaction: a rollback sends nothing. robust: a
    webhook problem never turns a committed change into an error for whoever made it.
    """
    if event not in EVENT_NAMES:
        raise ValueError(f"unknown event {event!r}")
    claim_id = claim.pk if isinstance(claim, Claim) else claim
    extra = as_json(extra)
    transaction.on_commit(lambda: events_emit(event=event, claim_id=claim_id, extra=extra), robust=True)


def claim_corrected(*, claim: Claim, changes: dict[str, tuple], reason: str = "") -> None:
    """A published claim's figure, period, verdict or explanation changed: changes maps each
    field to (before, after); reason, the correction's public reason where one was given.
    The corrections log calls this where it records a correction (one call per correction)."""
    extra = {"reason": reason} if reason else {}
    emit("claim.corrected", claim=claim,
         changes={name: {"from": before, "to": after} for name, (before, after) in changes.items()}, **extra)


def _wanted_by(subscription: Subscription, claim: dict | None, claim_id: int | None) -> bool:
    if subscription.statistic_id is not None and (claim is None or claim["statistic_id"] != subscription.statistic_id):
        return False
    if subscription.speaker_id is not None and (claim is None or claim["speaker_id"] != subscription.speaker_id):
        return False
    if subscription.search:
        return claim_id is not None and search_claims(Claim.objects.filter(pk=claim_id), subscription.search).exists()
    return True


def subscriptions_for(event: str, claim_id: int | None) -> list[Subscription]:
    """Active subscriptions to event whose filters the claim passes and whose owner still has a role."""
    # Subscriptions are few (a row per receiver): filtered here, so one query on every database.
    candidates = [s for s in Subscription.objects.filter(active=True).select_related("owner") if event in s.events]
    if not candidates:
        return []
    claim = None
    if claim_id is not None:
        claim = Claim.objects.filter(pk=claim_id).values("statistic_id", "speaker_id").first()
        if claim is None:
            return []
    return [s for s in candidates if _wanted_by(s, claim, claim_id) and roles.is_reviewer(s.owner)]


def events_emit(*, event: str, claim_id: int | None, extra: dict) -> list[Delivery]:
    """Store a Delivery for each subscription that wants event and queue each on commit."""
    subscriptions = subscriptions_for(event, claim_id)
    if not subscriptions:
        return []
    with transaction.atomic():
        return _deliveries_create(event, claim_id, extra, subscriptions)


def _deliveries_create(event: str, claim_id: int | None, extra: dict, subscriptions: list) -> list[Delivery]:
    payload = dict(extra)
    if claim_id is not None:
        payload = {"claim": claim_data(claim_id), **extra}
    deliveries = Delivery.objects.bulk_create([
        Delivery(subscription=s, event=event, claim_id=claim_id, payload=payload) for s in subscriptions
    ])
    for delivery in deliveries:
        enqueue_on_commit(DELIVER, str(delivery.pk), queue=settings.WEBHOOK_QUEUE)
    log.info("%s (claim %s): %d deliveries queued", event, claim_id, len(deliveries))
    return deliveries


def delivery_body(delivery: Delivery) -> dict:
    """The JSON a receiver gets: event, delivery id, when the event happened, then its fields."""
    created = delivery.created_at or timezone.now()
    return {"event": delivery.event, "id": str(delivery.pk), "created_at": as_json(created), **delivery.payload}
