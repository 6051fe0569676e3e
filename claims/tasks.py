"""Celery tasks: thin. Each takes ids, loads rows through a service, and owns its retry policy.

Services queue them by name (claims.queue) when their transaction commits, so a task never
sees an uncommitted row and services never import this module.
"""
from celery import shared_task
from django.conf import settings
from django.db import OperationalError

from claims import ingestion
from claims.consistency.engine import check_claim
from sources.errors import RetryableSourceError


@shared_task(autoretry_for=(OperationalError,), retry_backoff=True, max_retries=5)
def check_claim_consistency(claim_id: int) -> dict:
    """Propose consistency findings for one claim (idempotent: safe to run twice)."""
    return check_claim(claim_id=claim_id)


def retry_delay(retries: int) -> int:
    """Seconds before the next try of an ingestion job: exponential backoff, capped at
    INGEST_RETRY_MAX_DELAY (under the broker's visibility timeout: a worker holds the
    message of a retry not yet due)."""
    return min(settings.INGEST_RETRY_BACKOFF * 2**retries, settings.INGEST_RETRY_MAX_DELAY)


@shared_task(bind=True, max_retries=settings.INGEST_MAX_RETRIES,
             soft_time_limit=settings.INGEST_SOFT_TIME_LIMIT, time_limit=settings.INGEST_TIME_LIMIT)
def ingest_job(self, job_id: int) -> None:
    """Run an ingestion job. Fetch errors retry with backoff; the last try fails the job
    instead of raising, so a job always ends done or failed. At the soft time limit the
    job fails with that reason; past the hard one, the sweeper below takes it up."""
    if self.request.is_eager:
        # No broker (make run): no worker to come back later, and a Retry would propagate
        # out of the web request. Try again at once, as many times.
        for attempt in range(self.max_retries + 1):
            try:
                ingestion.ingestion_run(job_id=job_id, final_attempt=attempt == self.max_retries)
                return
            except RetryableSourceError:
                continue
    try:
        ingestion.ingestion_run(job_id=job_id, final_attempt=self.request.retries >= self.max_retries)
    except RetryableSourceError as exc:
        raise self.retry(exc=exc, countdown=retry_delay(self.request.retries)) from None


@shared_task
def sweep_stuck_ingestions() -> dict:
    """Celery beat: jobs "running" past their deadline are queued again or failed."""
    return ingestion.ingestion_sweep()


@shared_task(autoretry_for=(OperationalError,), retry_backoff=True, max_retries=3)
def fetch_series_source(source_id: int) -> dict:
    """Fetch one registered official series and import what is new (a fetch that finds nothing new changes nothing)."""
    from claims.consistency.connectors import ConnectorError, series_source_fetch

    try:
        return series_source_fetch(source_id=source_id)
    except ConnectorError as exc:
        return {"error": str(exc)}  # noted on the source; the next scheduled run tries again


@shared_task
def refresh_official_series() -> int:
    """Celery beat: queue a fetch of every registered series whose refresh is due (daily by default)."""
    from claims.consistency.connectors import series_sources_due

    due = series_sources_due()
    for source_id in due:
        fetch_series_source.delay(source_id)
    return len(due)
