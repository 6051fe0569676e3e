"""Celery tasks: thin. watch.delivery sends and records; these decide when to try again."""
from celery import shared_task
from django.conf import settings

from watch.delivery import delivery_attempt


@shared_task(bind=True, acks_late=True, max_retries=None)
def deliver_webhook(self, delivery_id: str) -> None:
    """Send one delivery. A retryable failure comes back after an exponential backoff;
    watch.delivery counts the tries on the row (WEBHOOK_MAX_ATTEMPTS: a task redelivered
    after a worker died does not start the count again) and fails the delivery after the last."""
    if self.request.is_eager:
        # No broker (make run): no worker to come back later. Try again at once, within the bound.
        for _ in range(settings.WEBHOOK_MAX_ATTEMPTS):
            if delivery_attempt(delivery_id=delivery_id) is None:
                return
        return
    delay = delivery_attempt(delivery_id=delivery_id)
    if delay is not None:
        raise self.retry(countdown=delay)


@shared_task
def send_digests() -> int:
    """Celery beat: email each daily digest that is due (watch.digests)."""
    from watch.digests import digests_send

    return digests_send()


@shared_task
def prune_deliveries() -> int:
    """Celery beat: delete settled deliveries past their retention (watch.delivery)."""
    from watch.delivery import deliveries_prune

    return deliveries_prune()
