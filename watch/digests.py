"""Daily email digests: the events a subscription received, through Django's email backend
(the console unless EMAIL_BACKEND says otherwise). `manage.py send_digests` and the Celery
beat task watch.tasks.send_digests both call digests_send."""
from __future__ import annotations

import datetime

from django.conf import settings
from django.core.mail import send_mail
from django.db import transaction
from django.utils import timezone

from watch.models import PING, Delivery, Subscription

DAY = datetime.timedelta(days=1)


def _line(delivery: Delivery) -> str:
    claim = delivery.payload.get("claim") or {}
    figure = (claim.get("figure") or {}).get("display", "")
    where = claim.get("page_url", "")
    return f"- {delivery.created_at:%Y-%m-%d %H:%M} {delivery.event}: {figure} {where}".rstrip()


def digest_text(subscription: Subscription, deliveries: list[Delivery]) -> str:
    lines = [f"{len(deliveries)} event(s) for your subscription to {', '.join(subscription.events)}"
             f" ({subscription.target_url}):", "", *(_line(d) for d in deliveries)]
    if not subscription.active and subscription.paused_reason:
        lines += ["", subscription.paused_reason]
    return "\n".join(lines) + "\n"


def digests_send(*, now: datetime.datetime | None = None) -> int:
    """Email every daily digest that is due (none sent in the last day) and has events; returns how many were sent."""
    now = now or timezone.now()
    due = (Subscription.objects.filter(digest=Subscription.Digest.DAILY).exclude(owner__email="")
           .exclude(digest_sent_at__gt=now - DAY).select_related("owner"))
    sent = 0
    for subscription in due:
        since = subscription.digest_sent_at or now - DAY
        deliveries = list(subscription.deliveries.filter(created_at__gt=since, created_at__lte=now)
                          .exclude(event=PING).order_by("created_at"))
        if not deliveries:
            continue
        with transaction.atomic():
            Subscription.objects.filter(pk=subscription.pk).update(digest_sent_at=now)
            send_mail(f"[{settings.SITE_NAME}] {len(deliveries)} event(s) you follow",
                      digest_text(subscription, deliveries), None, [subscription.owner.email])
        sent += 1
    return sent
