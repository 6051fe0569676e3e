"""A real Celery worker process on the machine's Redis broker and the PostgreSQL test
database: a posted article ends as a done job with its claims, and a worker child
killed mid-task does not lose the job.

Runs when CELERY_BROKER_URL is set (CI's PostgreSQL run sets it); skipped only when no
broker is configured or reachable, or on SQLite, whose test database a second process
cannot open.
"""
import os
import signal
import subprocess
import sys
import threading
import time
import uuid
from pathlib import Path

import pytest
from django.conf import settings
from django.db import connection
from rest_framework.authtoken.models import Token
from rest_framework.test import APIClient

from claims.models import Claim, IngestionJob

pytestmark = [pytest.mark.worker, pytest.mark.django_db(transaction=True)]

ARTICLE = (Path(settings.BASE_DIR) / "data" / "corpus" / "dev" / "dev-02-breitbart-fy22-gotaways.txt").read_text()
PAGE = b"<html><body><article><p>Agents counted 4,500 crossings in May, the agency said.</p></article></body></html>"


def _broker() -> str:
    url = os.environ.get("CELERY_BROKER_URL", "")
    if not url:
        pytest.skip("no CELERY_BROKER_URL: tasks run eagerly, there is no broker for a worker")
    import redis

    try:
        redis.Redis.from_url(url, socket_connect_timeout=2).ping()
    except redis.RedisError as exc:
        pytest.skip(f"Redis at {url} is not reachable: {exc}")
    return url


def _database_url() -> str:
    db = connection.settings_dict
    if connection.vendor != "postgresql":
        pytest.skip("the worker needs the PostgreSQL test database (SQLite's is in this process only)")
    auth = db["USER"] + (f":{db['PASSWORD']}" if db["PASSWORD"] else "")
    return f"postgres://{auth}@{db['HOST'] or '127.0.0.1'}:{db['PORT'] or 5432}/{db['NAME']}"


class Worker:
    def __init__(self, queue: str, log: Path):
        env = {
            **os.environ,
            "DATABASE_URL": _database_url(),
            "CELERY_BROKER_URL": _broker(),
            "INGEST_ALLOW_PRIVATE_URLS": "1",  # the test's page server is on 127.0.0.1
            "INGEST_RETRY_BACKOFF": "1",
        }
        env.setdefault("SECRET_KEY", "worker-test-only")
        self.log = log
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "celery", "-A", "factcheck", "worker", "-Q", queue, "-c", "1", "-P", "prefork",
             "--without-gossip", "--without-mingle", "--without-heartbeat", "-l", "info", "-n", f"{queue}@%h"],
            cwd=settings.BASE_DIR, env=env, stdout=log.open("wb"), stderr=subprocess.STDOUT,
        )

    def children(self) -> list[int]:
        path = Path(f"/proc/{self.proc.pid}/task/{self.proc.pid}/children")
        return [int(pid) for pid in path.read_text().split()]

    def stop(self):
        if self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(20)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait(10)


@pytest.fixture
def worker(settings, tmp_path):
    queue = f"ingest-test-{uuid.uuid4().hex[:12]}"
    settings.INGEST_QUEUE = queue
    w = Worker(queue, tmp_path / "worker.log")
    yield w
    w.stop()


@pytest.fixture
def api(django_user_model):
    from django.contrib.auth.models import Group

    user = django_user_model.objects.create_user("worker-test-reviewer", password="pw-for-tests-only")
    # get_or_create: an earlier transactional test's flush removes the groups migrations made.
    user.groups.add(Group.objects.get_or_create(name="reviewer")[0])
    client = APIClient()
    client.credentials(HTTP_AUTHORIZATION=f"Token {Token.objects.create(user=user).key}")
    return client


def wait_for(job_id: int, worker: Worker, timeout: float = 90) -> IngestionJob:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        job = IngestionJob.objects.get(pk=job_id)
        if job.status in (IngestionJob.Status.DONE, IngestionJob.Status.FAILED):
            return job
        assert worker.proc.poll() is None, worker.log.read_text()
        time.sleep(0.3)
    raise AssertionError(f"job {job_id} still {job.status} after {timeout} s\n{worker.log.read_text()}")


def test_a_worker_runs_a_posted_article_to_a_done_job_with_its_claims(worker, api):
    response = api.post("/api/v1/ingestions/", {"text": ARTICLE, "published": "2022-10-24"}, format="json")
    assert response.status_code == 202
    assert response.json()["status"] == "queued"  # the web process did not run it
    job = wait_for(response.json()["id"], worker)
    assert (job.status, job.error, job.attempts) == ("done", "", 1)
    claims = Claim.objects.filter(ingestion=job)
    assert claims.count() >= 5
    assert all(job.source.text[c.figure_start:c.figure_end] == c.figure_text for c in claims)
    body = api.get(f"/api/v1/ingestions/{job.pk}/").json()
    assert body["status"] == "done"
    assert len(body["claims"]) == claims.count()


def test_a_job_survives_its_worker_child_being_killed_mid_task(worker, api, page_server):
    release = threading.Event()
    url = page_server.add("/held", body=PAGE, hold=release)
    response = api.post("/api/v1/ingestions/", {"url": url}, format="json")
    assert response.status_code == 202
    assert page_server.arrived.wait(90), worker.log.read_text()  # the task is mid-fetch
    children = worker.children()
    assert len(children) == 1
    os.kill(children[0], signal.SIGKILL)
    release.set()
    job = wait_for(response.json()["id"], worker)
    assert job.status == "done", job.error
    assert job.attempts == 2  # the message was redelivered, not lost
    assert page_server.hits["/held"] == 2
    assert Claim.objects.filter(source=job.source).count() >= 1
