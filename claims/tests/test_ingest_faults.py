"""Fault test (issue 12): 20 ingestion jobs run by a real Celery worker (Redis, PostgreSQL)
while its child processes are killed 10 times mid-fetch and its main process once (then
restarted). Every job ends done, within the broker's visibility timeout of the last fault
(set short here, just above the tasks' hard time limit), with no duplicate source or claim.

The 20 jobs cover 10 articles: 10 pages, 5 of them handed in again under the same URL and
5 under another URL with the same text, so duplicates would show. Two worker children
run jobs at once. Runs with the other real-worker tests (CELERY_BROKER_URL and PostgreSQL).
"""
import os
import random
import signal
import time
import uuid
from collections import Counter
from pathlib import Path

import pytest
from django.conf import settings

from claims.extraction import extract_claims
from claims.ingestion import ingestion_create, ingestion_sweep
from claims.models import Claim, IngestionJob
from claims.tests.celery_worker import Worker, time_limits
from sources.models import Source

pytestmark = [pytest.mark.worker, pytest.mark.fault, pytest.mark.django_db(transaction=True)]

CORPUS = sorted((Path(settings.BASE_DIR) / "data" / "corpus" / "dev").glob("*.txt"))[:10]
VISIBILITY_TIMEOUT = 20  # seconds; the tasks' hard time limit is 12
CHILD_KILLS = 10


def page(text: str) -> bytes:
    paragraphs = "".join(f"<p>{p.strip()}</p>" for p in text.split("\n\n") if p.strip())
    return f"<html><head><title>Story</title></head><body><article>{paragraphs}</article></body></html>".encode()


def kill_main(worker: Worker) -> None:
    """SIGKILL the worker's main process, then its orphaned children: the machine went away."""
    children = worker.children()
    os.kill(worker.proc.pid, signal.SIGKILL)
    worker.proc.wait(10)
    for pid in children:
        try:
            os.kill(pid, signal.SIGKILL)
        except ProcessLookupError:
            pass


def test_jobs_end_done_without_duplicates_while_worker_processes_are_killed(page_server, settings, monkeypatch,
                                                                            tmp_path):
    queue = f"ingest-fault-{uuid.uuid4().hex[:12]}"
    settings.INGEST_QUEUE = queue
    env = {**time_limits(monkeypatch, soft=8, hard=12), "INGEST_FETCH_TIMEOUT": "5", "CELERY_TASK_TIME_LIMIT": "12",
           "INGEST_RETRY_MAX_DELAY": "2", "CELERY_VISIBILITY_TIMEOUT": str(VISIBILITY_TIMEOUT)}
    log = tmp_path / "worker.log"
    texts = [path.read_text() for path in CORPUS]
    urls = [page_server.add(f"/a{i}", body=page(text), delay=1.0) for i, text in enumerate(texts)]
    urls += urls[:5]  # the same URL again
    urls += [page_server.add(f"/b{i}", body=page(texts[i]), delay=1.0) for i in range(5, 10)]  # same text
    port = page_server.httpd.server_address[1]
    workers = [Worker(queue, log, concurrency=2, **env)]
    started = time.monotonic()
    try:
        jobs = [ingestion_create(kind="url", url=url).pk for url in urls]  # each queued on commit
        kills, main_killed, last_fault, last_sweep = 0, False, time.monotonic(), 0.0
        while kills < CHILD_KILLS or not main_killed:
            assert time.monotonic() - started < 120, f"{kills} kills so far\n{log.read_text()}"
            busy = workers[-1].busy_children(port)
            if not busy:
                time.sleep(0.05)
                continue
            if kills == CHILD_KILLS // 2 and not main_killed:
                kill_main(workers[-1])
                workers.append(Worker(queue, log, concurrency=2, **env))
                main_killed = True
            else:
                os.kill(random.choice(busy), signal.SIGKILL)
                kills += 1
            last_fault = time.monotonic()
            time.sleep(0.5)
        while IngestionJob.objects.filter(pk__in=jobs).exclude(status__in=["done", "failed"]).exists():
            assert time.monotonic() - last_fault < VISIBILITY_TIMEOUT + 15, (
                f"{list(IngestionJob.objects.filter(pk__in=jobs).values_list('pk', 'status', 'attempts'))}\n"
                f"{log.read_text()}")
            if time.monotonic() - last_sweep > 2:  # what Celery beat runs every minute
                ingestion_sweep()
                last_sweep = time.monotonic()
            time.sleep(0.2)
        settled = time.monotonic() - last_fault
    finally:
        for worker in workers:
            worker.stop()
    ended = list(IngestionJob.objects.filter(pk__in=jobs).order_by("pk"))
    assert [(job.status, job.error) for job in ended if job.status != "done"] == []
    assert settled < VISIBILITY_TIMEOUT + 15
    assert sum(job.attempts for job in ended) > len(ended)  # the kills hit jobs mid-task, which ran again
    assert Source.objects.count() == 10  # one per article, whichever URL or run recorded it
    assert len({job.source_id for job in ended[:10]}) == 10
    assert [job.source_id for job in ended[10:]] == [job.source_id for job in ended[:10]]  # same URL, same text
    for source in Source.objects.all():
        figures = {(e.start, e.end) for e in extract_claims(source.text, published=source.published_on)}
        offsets = Counter(Claim.objects.filter(source=source).values_list("figure_start", "figure_end"))
        assert set(offsets) == figures  # every figure's claim, none lost
        assert max(offsets.values()) == 1  # and none twice
    print(f"\nfault test: {kills} child kills, 1 main kill; all {len(ended)} jobs done {settled:.1f} s after the "
          f"last fault; attempts {sorted(Counter(job.attempts for job in ended).items())}; "
          f"{time.monotonic() - started:.0f} s in all")
