"""Celery tasks: thin. Each takes ids, loads rows and calls a service.

Queued with transaction.on_commit so a task never sees an uncommitted row.
"""
from celery import shared_task
from django.conf import settings

from claims import ingestion


@shared_task(bind=True, max_retries=settings.INGEST_MAX_RETRIES)
def ingest_job(self, job_id: int) -> None:
    """Run an ingestion job; fetch errors retry with backoff, and the last try fails the
    job instead of raising, so a job ends done or failed (eager mode included)."""
    final_attempt = self.request.retries >= self.max_retries
    try:
        ingestion.ingestion_run(job_id=job_id, final_attempt=final_attempt)
    except ingestion.RetryableError as exc:
        raise self.retry(exc=exc, countdown=ingestion.retry_delay(self.request.retries)) from None
