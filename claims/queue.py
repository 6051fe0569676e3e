"""Queueing Celery tasks from services, by task name, when the transaction commits.

Services decide that a task runs (a claim was saved: check it); claims.tasks decides how
(retries, backoff, time limits). Sending by name keeps services from importing the tasks
module, which imports them: no cycle. A rolled-back write queues nothing, and a task never
sees an uncommitted row. Without a broker (make run) the task runs eagerly at commit.
"""
from django.db import transaction

from factcheck.celery import app

CHECK_CLAIM = "claims.tasks.check_claim_consistency"
INGEST_JOB = "claims.tasks.ingest_job"


def enqueue_on_commit(task_name: str, *args, **options) -> None:
    transaction.on_commit(lambda: app.tasks[task_name].apply_async(args, **options))
