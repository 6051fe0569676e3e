"""A real Celery worker on the machine's Redis and the PostgreSQL test database delivers a
webhook for a committed change, retrying a failing receiver with its countdown.

Runs when CELERY_BROKER_URL is set and the database is PostgreSQL (like
claims/tests/test_ingest_worker.py, whose worker it starts).
"""
import time
import uuid

import pytest

from claims import services
from claims.models import Claim
from claims.tests.test_ingest_worker import Worker
from watch.models import Delivery
from watch.services import subscription_create
from watch.tests.conftest import Receiver

pytestmark = [pytest.mark.worker, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def worker(settings, tmp_path, monkeypatch):
    queue = f"webhook-test-{uuid.uuid4().hex[:12]}"
    settings.WEBHOOK_QUEUE = settings.INGEST_QUEUE = queue
    settings.WEBHOOK_ALLOW_PRIVATE_URLS = True
    monkeypatch.setenv("WEBHOOK_ALLOW_PRIVATE_URLS", "1")  # the receiver is on 127.0.0.1
    monkeypatch.setenv("WEBHOOK_RETRY_BACKOFF", "1")
    w = Worker(queue, tmp_path / "worker.log")
    yield w
    w.stop()


def test_a_worker_retries_a_failing_receiver_then_delivers(worker, editor, make_claim):
    receiver = Receiver(statuses=[500, 503]).start()  # then 204
    try:
        subscription = subscription_create(user=editor, data={"target_url": receiver.url,
                                                              "events": ["claim.published"]})
        claim = make_claim(status=Claim.Status.IN_REVIEW)
        services.claim_transition(claim=claim, to_status=Claim.Status.PUBLISHED, user=editor)  # commits
        deadline = time.monotonic() + 90
        while time.monotonic() < deadline:
            delivery = Delivery.objects.filter(subscription=subscription).first()
            if delivery is not None and delivery.status != "pending":
                break
            assert worker.proc.poll() is None, worker.log.read_text()
            time.sleep(0.3)
        assert delivery is not None and delivery.status == "delivered", worker.log.read_text()
        assert (delivery.attempts, delivery.status_code) == (3, 204)
        assert len(receiver.requests) == 3
        assert all(r.valid_signature(subscription.secret) for r in receiver.requests)
        assert receiver.requests[-1].json["claim"]["id"] == claim.pk
        log = worker.log.read_text()
        assert log.count("Retry in 1s") == 1 and log.count("Retry in 2s") == 1  # the backoff doubles
    finally:
        receiver.close()
