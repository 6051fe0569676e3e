"""Settled webhook deliveries past their retention are deleted (watch.delivery.deliveries_prune, the
beat task watch.tasks.prune_deliveries); pending ones stay, whatever their age."""
import datetime

import pytest
from django.utils import timezone

from watch import delivery as delivery_module
from watch.delivery import deliveries_prune
from watch.models import Delivery
from watch.tasks import prune_deliveries

pytestmark = pytest.mark.django_db


def _delivery(subscription, status: str, days_old: float) -> Delivery:
    row = Delivery.objects.create(subscription=subscription, event="claim.published", status=status)
    Delivery.objects.filter(pk=row.pk).update(created_at=timezone.now() - datetime.timedelta(days=days_old))
    return row


@pytest.fixture
def rows(subscribe):
    subscription = subscribe(events=["claim.published"])
    return {
        "old_delivered": _delivery(subscription, "delivered", 31),
        "old_failed": _delivery(subscription, "failed", 45),
        "old_pending": _delivery(subscription, "pending", 60),
        "new_delivered": _delivery(subscription, "delivered", 29),
        "new_failed": _delivery(subscription, "failed", 1),
    }


def test_settled_deliveries_past_the_retention_go_and_the_rest_stay(rows, settings):
    settings.WEBHOOK_DELIVERY_RETENTION_DAYS = 30
    assert deliveries_prune() == 2
    left = set(Delivery.objects.values_list("pk", flat=True))
    assert left == {rows[name].pk for name in ("old_pending", "new_delivered", "new_failed")}
    assert deliveries_prune() == 0  # nothing more to do


def test_a_retention_of_zero_keeps_everything(rows, settings):
    settings.WEBHOOK_DELIVERY_RETENTION_DAYS = 0
    assert deliveries_prune() == 0
    assert Delivery.objects.count() == 5


def test_it_deletes_in_batches_until_none_is_left(subscribe, settings, monkeypatch):
    settings.WEBHOOK_DELIVERY_RETENTION_DAYS = 7
    monkeypatch.setattr(delivery_module, "PRUNE_BATCH", 2)
    subscription = subscribe(events=["claim.published"])
    for _ in range(5):
        _delivery(subscription, "delivered", 8)
    kept = _delivery(subscription, "delivered", 6)
    assert deliveries_prune() == 5
    assert list(Delivery.objects.values_list("pk", flat=True)) == [kept.pk]


def test_the_beat_task_prunes(rows, settings):
    settings.WEBHOOK_DELIVERY_RETENTION_DAYS = 30
    assert prune_deliveries.apply().get() == 2
    assert Delivery.objects.count() == 3


def test_the_beat_schedule_runs_it(settings):
    assert settings.CELERY_BEAT_SCHEDULE["prune-webhook-deliveries"]["task"] == "watch.tasks.prune_deliveries"
