"""Sending one delivery: a signed POST, its outcome recorded, failures counted against the subscription.

    X-Factcheck-Event:     the event
    X-Factcheck-Delivery:  the delivery's id (the same on every retry: receivers drop repeats)
    X-Factcheck-Signature: sha256=<hex HMAC-SHA256 of the raw body, keyed with the subscription's secret>

Network errors, 5xx and 429 are worth another try (watch.tasks decides when); anything
else, or the last of WEBHOOK_MAX_ATTEMPTS tries, fails the delivery. A subscription whose
deliveries have failed for WEBHOOK_PAUSE_AFTER days, none arriving, is paused, with a
reason its owner reads in the API and the admin.
"""
from __future__ import annotations

import datetime
import hashlib
import hmac
import json
import time

from django.conf import settings
from django.db import transaction
from django.utils import timezone

from sources import fetch
from sources.errors import RetryableSourceError, SourceError
from watch.models import PING, Delivery, Subscription
from watch.services import delivery_body
from watch.targets import allow_private

USER_AGENT = "factcheck-webhooks/1.0"


def signature(secret: str, body: bytes) -> str:
    return "sha256=" + hmac.new(secret.encode(), body, hashlib.sha256).hexdigest()


def retry_delay(attempts: int) -> int:
    """Seconds before the next try after `attempts` tries: exponential backoff, capped at an hour."""
    return min(settings.WEBHOOK_RETRY_BACKOFF * 2 ** max(attempts - 1, 0), 3600)


def _post(url: str, body: bytes, headers: dict) -> tuple[int | None, str, bool]:
    """(status code, error, worth retrying) of one POST through the fetcher's guard: the
    address checked is the address connected to; redirects are not followed."""
    try:
        answer = fetch.public_request("POST", url, body=body, headers={**headers, "User-Agent": USER_AGENT},
                                      max_bytes=0, timeout=settings.WEBHOOK_TIMEOUT, allow_private=allow_private())
    except RetryableSourceError as exc:  # refused, unreachable, timed out, reset, name not resolving
        return None, f"{exc} The receiver could not be reached.", True
    except SourceError as exc:
        return None, f"Target refused: {exc}", False
    code = answer.status
    if 200 <= code < 300:
        return code, "", False
    return code, f"The receiver answered HTTP {code}.", code == 429 or code >= 500


def delivery_attempt(*, delivery_id: str) -> int | None:
    """Try a pending delivery once and record how it went. The seconds to wait before the
    next try (a retryable failure, tries left), or None when it is done either way."""
    delivery = Delivery.objects.select_related("subscription").filter(pk=delivery_id).first()
    if delivery is None or delivery.status != Delivery.Status.PENDING:
        return None  # deleted with its subscription, or settled by an earlier run of a redelivered task
    subscription = delivery.subscription
    if not subscription.active and delivery.event != PING:
        _settle(delivery, None, f"Not sent: the subscription is paused. {subscription.paused_reason}".strip(), 0)
        return None
    body = json.dumps(delivery_body(delivery), ensure_ascii=False, separators=(",", ":")).encode()
    headers = {
        "Content-Type": "application/json",
        "X-Factcheck-Event": delivery.event,
        "X-Factcheck-Delivery": str(delivery.pk),
        "X-Factcheck-Signature": signature(subscription.secret, body),
    }
    started = time.monotonic()
    code, error, retryable = _post(subscription.target_url, body, headers)
    elapsed = round((time.monotonic() - started) * 1000)
    delivery.attempts += 1
    if retryable and delivery.attempts < settings.WEBHOOK_MAX_ATTEMPTS:
        delivery.status_code, delivery.error, delivery.duration_ms = code, error, elapsed
        delivery.last_attempt_at = timezone.now()
        delivery.save(update_fields=["attempts", "status_code", "error", "duration_ms", "last_attempt_at"])
        return retry_delay(delivery.attempts)
    _settle(delivery, code, error, elapsed)
    return None


@transaction.atomic
def _settle(delivery: Delivery, code: int | None, error: str, elapsed: int) -> None:
    now = timezone.now()
    delivery.status = Delivery.Status.FAILED if error else Delivery.Status.DELIVERED
    delivery.status_code, delivery.error, delivery.duration_ms = code, error, elapsed
    delivery.last_attempt_at = now
    delivery.delivered_at = None if error else now
    delivery.save(update_fields=["status", "attempts", "status_code", "error", "duration_ms", "last_attempt_at",
                                 "delivered_at"])
    subscription = Subscription.objects.select_for_update().get(pk=delivery.subscription_id)
    if not error:
        if subscription.failing_since is not None:
            subscription.failing_since = None
            subscription.save(update_fields=["failing_since", "updated_at"])
        return
    if not subscription.active or delivery.event == PING:
        return  # a paused subscription's skipped deliveries, and tests of a receiver, count for nothing
    if subscription.failing_since is None:
        subscription.failing_since = now
    if now - subscription.failing_since >= datetime.timedelta(days=settings.WEBHOOK_PAUSE_AFTER):
        subscription.active = False
        subscription.paused_reason = (
            f"Paused on {now:%Y-%m-%d %H:%M} UTC: no delivery to {subscription.target_url} has arrived since "
            f"{subscription.failing_since:%Y-%m-%d %H:%M} UTC (the last: {error}). Fix the receiver, then set "
            "active to true to resume."
        )
    subscription.save(update_fields=["failing_since", "active", "paused_reason", "updated_at"])


PRUNE_BATCH = 5000  # rows a DELETE takes at once: no long lock on a table of millions


def deliveries_prune(*, now: datetime.datetime | None = None) -> int:
    """Delete delivered and failed deliveries created more than WEBHOOK_DELIVERY_RETENTION_DAYS ago, in
    batches; pending ones stay whatever their age (a retry may still be due). Returns how many went."""
    days = settings.WEBHOOK_DELIVERY_RETENTION_DAYS
    if days <= 0:
        return 0
    cutoff = (now or timezone.now()) - datetime.timedelta(days=days)
    settled = Delivery.objects.filter(created_at__lt=cutoff).exclude(status=Delivery.Status.PENDING)
    deleted = 0
    while batch := list(settled.order_by().values_list("pk", flat=True)[:PRUNE_BATCH]):
        deleted += Delivery.objects.filter(pk__in=batch).delete()[0]
    return deleted
