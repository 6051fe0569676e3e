"""watch.tasks.deliver_webhook: retries on 5xx, 429 and network errors, then a failed
delivery; a subscription failing for WEBHOOK_PAUSE_AFTER days is paused; targets must be public."""
import datetime

import pytest
from celery.exceptions import Retry
from django.utils import timezone

from watch.delivery import retry_delay
from watch.models import Delivery
from watch.services import subscription_ping
from watch.tasks import deliver_webhook

pytestmark = pytest.mark.django_db


def _queued(subscription, editor, django_capture_on_commit_callbacks, *, run: bool = False) -> Delivery:
    with django_capture_on_commit_callbacks(execute=run):
        delivery = subscription_ping(subscription=subscription, user=editor)
    delivery.refresh_from_db()
    return delivery


def test_a_receiver_answering_500_gets_every_attempt_then_the_delivery_fails(
        receiver, subscribe, editor, settings, django_capture_on_commit_callbacks):
    settings.WEBHOOK_MAX_ATTEMPTS = 3
    receiver.status = 500
    subscription = subscribe()
    delivery = _queued(subscription, editor, django_capture_on_commit_callbacks, run=True)  # eager: the retry path
    assert len(receiver.requests) == 3
    assert {r.headers["X-Factcheck-Delivery"] for r in receiver.requests} == {str(delivery.pk)}
    assert all(r.valid_signature(subscription.secret) for r in receiver.requests)
    assert (delivery.status, delivery.attempts, delivery.status_code) == ("failed", 3, 500)
    assert delivery.error == "The receiver answered HTTP 500."
    assert delivery.delivered_at is None and delivery.duration_ms is not None


def test_called_by_a_worker_a_retryable_failure_asks_celery_to_retry_until_the_last_attempt(
        receiver, subscribe, editor, settings, django_capture_on_commit_callbacks):
    settings.WEBHOOK_MAX_ATTEMPTS = 3
    receiver.statuses = [503, 429]  # then the default 204
    subscription = subscribe()
    delivery = _queued(subscription, editor, django_capture_on_commit_callbacks)
    for attempt in (1, 2):
        with pytest.raises(Retry):
            deliver_webhook(str(delivery.pk))  # called directly, as a worker runs it: self.retry raises
        delivery.refresh_from_db()
        assert (delivery.status, delivery.attempts) == ("pending", attempt)
    deliver_webhook(str(delivery.pk))
    delivery.refresh_from_db()
    assert (delivery.status, delivery.attempts, delivery.status_code, delivery.error) == ("delivered", 3, 204, "")
    deliver_webhook(str(delivery.pk))  # a redelivered message after a worker died: settled, not sent again
    assert len(receiver.requests) == 3


def test_the_backoff_doubles_from_the_setting_and_stops_at_an_hour(settings):
    settings.WEBHOOK_RETRY_BACKOFF = 30
    assert [retry_delay(n) for n in (1, 2, 3, 4)] == [30, 60, 120, 240]
    assert retry_delay(20) == 3600


def test_a_receiver_that_is_down_is_a_network_error_retried_then_failed(
        receiver, subscribe, editor, settings, django_capture_on_commit_callbacks):
    settings.WEBHOOK_MAX_ATTEMPTS = 2
    subscription = subscribe()
    receiver.close()  # nothing listens on the port now
    delivery = _queued(subscription, editor, django_capture_on_commit_callbacks, run=True)
    assert (delivery.status, delivery.attempts, delivery.status_code) == ("failed", 2, None)
    assert "could not be reached" in delivery.error
    receiver.start()  # for the fixture's teardown


def test_a_4xx_answer_is_not_retried(receiver, subscribe, editor, django_capture_on_commit_callbacks):
    receiver.status = 410
    delivery = _queued(subscribe(), editor, django_capture_on_commit_callbacks, run=True)
    assert (delivery.status, delivery.attempts, delivery.status_code) == ("failed", 1, 410)
    assert len(receiver.requests) == 1


def test_private_addresses_are_refused_unless_allowed(
        receiver, subscribe, editor, settings, django_capture_on_commit_callbacks):
    subscription = subscribe()
    settings.WEBHOOK_ALLOW_PRIVATE_URLS = False  # the target was accepted while allowed; now it is not
    delivery = _queued(subscription, editor, django_capture_on_commit_callbacks, run=True)
    assert (delivery.status, delivery.attempts) == ("failed", 1)
    assert delivery.error == "Target refused: 127.0.0.1 is not a public address."
    assert receiver.requests == []


def test_the_ingestion_switch_does_not_open_webhooks_to_private_addresses(
        receiver, subscribe, editor, settings, django_capture_on_commit_callbacks):
    subscription = subscribe()
    settings.WEBHOOK_ALLOW_PRIVATE_URLS, settings.INGEST_ALLOW_PRIVATE_URLS = False, True
    delivery = _queued(subscription, editor, django_capture_on_commit_callbacks, run=True)
    assert delivery.error == "Target refused: 127.0.0.1 is not a public address."
    assert receiver.requests == []


def test_a_name_resolving_to_a_private_address_is_refused_before_any_connection(
        receiver, subscribe, editor, settings, monkeypatch, django_capture_on_commit_callbacks):
    """The address checked is the address connected to: a public-looking name that resolves
    to this machine never gets the POST (no second lookup to answer differently)."""
    import socket

    subscription = subscribe()
    port = int(subscription.target_url.split(":")[2].split("/")[0])
    subscription.target_url = subscription.target_url.replace("127.0.0.1", "hooks.example.org")
    subscription.save(update_fields=["target_url"])
    monkeypatch.setattr(socket, "getaddrinfo", lambda host, *a, **k: [
        (socket.AF_INET, socket.SOCK_STREAM, 6, "", ("127.0.0.1", port))] if host == "hooks.example.org" else [])
    settings.WEBHOOK_ALLOW_PRIVATE_URLS = False
    delivery = _queued(subscription, editor, django_capture_on_commit_callbacks, run=True)
    assert delivery.error == "Target refused: hooks.example.org is not a public address."
    assert receiver.requests == []


def test_failing_for_the_pause_period_pauses_the_subscription_and_says_why(
        receiver, subscribe, editor, settings, make_claim, django_capture_on_commit_callbacks):
    from watch.services import emit

    settings.WEBHOOK_MAX_ATTEMPTS, settings.WEBHOOK_PAUSE_AFTER = 1, 3
    receiver.status = 502
    subscription = subscribe()
    with django_capture_on_commit_callbacks(execute=True):
        emit("claim.published", claim=make_claim())
    subscription.refresh_from_db()
    assert subscription.active and subscription.failing_since is not None  # failing, not yet for 3 days
    subscription.failing_since = timezone.now() - datetime.timedelta(days=3)
    subscription.save()
    with django_capture_on_commit_callbacks(execute=True):
        emit("claim.published", claim=make_claim())
    subscription.refresh_from_db()
    assert not subscription.active
    assert subscription.paused_reason.startswith("Paused on ")
    assert f"no delivery to {receiver.url} has arrived since" in subscription.paused_reason
    assert "(the last: The receiver answered HTTP 502.)" in subscription.paused_reason
    with django_capture_on_commit_callbacks(execute=True):
        emit("claim.published", claim=make_claim())
    assert len(receiver.requests) == 2  # paused: the third event is not sent


def test_a_delivery_that_arrives_clears_the_failures(
        receiver, subscribe, make_claim, django_capture_on_commit_callbacks):
    from watch.services import emit

    subscription = subscribe()
    subscription.failing_since = timezone.now() - datetime.timedelta(days=1)
    subscription.save()
    with django_capture_on_commit_callbacks(execute=True):
        emit("claim.published", claim=make_claim())
    subscription.refresh_from_db()
    assert subscription.failing_since is None
