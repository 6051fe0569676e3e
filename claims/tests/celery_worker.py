"""A real Celery worker process for tests: on the machine's Redis broker and the PostgreSQL
test database (which a second process can open; SQLite's cannot)."""
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest
from django.conf import settings
from django.db import connection

from claims.models import IngestionJob


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
    """`celery worker` on a queue of its own, on the test database; env adds settings."""

    def __init__(self, queue: str, log: Path, concurrency: int = 1, **env: str):
        env = {
            **os.environ,
            "DATABASE_URL": _database_url(),
            "CELERY_BROKER_URL": _broker(),
            "INGEST_ALLOW_PRIVATE_URLS": "1",  # the test's page server is on 127.0.0.1
            "INGEST_RETRY_BACKOFF": "1",
            **env,
        }
        env.setdefault("SECRET_KEY", "worker-test-only")
        self.log = log
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "celery", "-A", "factcheck", "worker", "-Q", queue, "-c", str(concurrency),
             "-P", "prefork", "--without-gossip", "--without-mingle", "--without-heartbeat", "-l", "info",
             "-n", f"{queue}@%h"],
            cwd=settings.BASE_DIR, env=env, stdout=log.open("ab"), stderr=subprocess.STDOUT,
        )

    def children(self) -> list[int]:
        path = Path(f"/proc/{self.proc.pid}/task/{self.proc.pid}/children")
        return [int(pid) for pid in path.read_text().split()]

    def busy_children(self, port: int) -> list[int]:
        """The child processes with a connection open to 127.0.0.1:port (mid-fetch)."""
        inodes = set()
        for line in Path("/proc/net/tcp").read_text().splitlines()[1:]:
            fields = line.split()
            if fields[3] == "01" and int(fields[2].split(":")[1], 16) == port:  # established, to port
                inodes.add(fields[9])
        busy = []
        for pid in self.children():
            try:
                links = [os.readlink(f) for f in Path(f"/proc/{pid}/fd").iterdir()]
            except (FileNotFoundError, ProcessLookupError):
                continue  # gone meanwhile
            if any(link == f"socket:[{inode}]" for link in links for inode in inodes):
                busy.append(pid)
        return busy

    def stop(self):
        if self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(20)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait(10)


def wait_for(job_id: int, worker: Worker, timeout: float = 90) -> IngestionJob:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        job = IngestionJob.objects.get(pk=job_id)
        if job.status in (IngestionJob.Status.DONE, IngestionJob.Status.FAILED):
            return job
        assert worker.proc.poll() is None, worker.log.read_text()
        time.sleep(0.3)
    raise AssertionError(f"job {job_id} still {job.status} after {timeout} s\n{worker.log.read_text()}")


def time_limits(monkeypatch, soft: int | None, hard: int) -> dict:
    """Time limits for ingest_job: in the message this process sends (which carries the
    sender's), and in the worker's settings (the job's deadline, the error message)."""
    from claims.tasks import ingest_job

    monkeypatch.setattr(ingest_job, "soft_time_limit", soft)
    monkeypatch.setattr(ingest_job, "time_limit", hard)
    monkeypatch.setattr(ingest_job, "_exec_options", None)  # Celery caches them at the first send
    return {"INGEST_SOFT_TIME_LIMIT": str(soft or 0), "INGEST_TIME_LIMIT": str(hard), "INGEST_FETCH_TIMEOUT": "60"}
