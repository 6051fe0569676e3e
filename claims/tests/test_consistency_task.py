"""The consistency check as a Celery task: queued on commit, eager without a broker,
and run by a real worker on the machine's Redis when CELERY_BROKER_URL is set."""
import datetime
import os
import subprocess
import sys
import time
import uuid

import pytest
from django.conf import settings
from django.db import connection

from claims.models import Finding
from claims.services import schedule_check
from claims.tasks import check_claim_consistency

FY = dict(period_start=datetime.date(2023, 10, 1), period_end=datetime.date(2024, 9, 30))


@pytest.fixture
def conflicting(make_claim, make_statistic):
    stat = make_statistic(unit="apprehensions", measure="count")
    make_claim("890000", "over", statistic=stat, **FY)
    return make_claim("1100000", statistic=stat, **FY)


@pytest.mark.django_db
def test_schedule_check_runs_the_check_when_the_transaction_commits(conflicting, celery_eager,
                                                                     django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=False) as callbacks:
        schedule_check(conflicting.pk)
    assert not Finding.objects.exists()  # nothing before the commit
    for callback in callbacks:
        callback()
    assert Finding.objects.filter(claim=conflicting, kind="conflicts").count() == 1


@pytest.mark.django_db
def test_the_task_is_idempotent(conflicting):
    assert check_claim_consistency.run(conflicting.pk)["created"] == 2
    assert check_claim_consistency.run(conflicting.pk) == dict(created=0, updated=0, withdrawn=0)
    assert Finding.objects.count() == 2


def _database_url() -> str:
    s = connection.settings_dict
    auth = s["USER"] + (f":{s['PASSWORD']}" if s["PASSWORD"] else "")
    return f"postgres://{auth}@{s['HOST'] or '127.0.0.1'}:{s['PORT'] or 5432}/{s['NAME']}"


@pytest.mark.worker
@pytest.mark.django_db(transaction=True)
def test_a_real_worker_runs_the_check(conflicting):
    queue = f"consistency-test-{uuid.uuid4().hex[:8]}"  # so no other message reaches this worker
    env = {**os.environ, "DATABASE_URL": _database_url()}
    worker = subprocess.Popen(
        [sys.executable, "-m", "celery", "-A", "factcheck", "worker", "--pool=solo", "-Q", queue,
         "--loglevel=WARNING", "--without-heartbeat", "--without-gossip", "--without-mingle"],
        env=env, cwd=settings.BASE_DIR, stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
    )
    try:
        check_claim_consistency.apply_async(args=[conflicting.pk], queue=queue)
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline and not Finding.objects.filter(claim=conflicting).exists():
            assert worker.poll() is None, worker.stdout.read().decode()
            time.sleep(0.2)
        finding = Finding.objects.get(claim=conflicting)
        assert (finding.kind, finding.status) == ("conflicts", "proposed")
    finally:
        worker.terminate()
        worker.wait(timeout=30)
