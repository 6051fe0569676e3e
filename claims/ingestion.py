"""Ingestion: from an article (a URL, an HTML page or plain text) to suggested claims.

The one path, used by the Celery task, the API, the admin and `manage.py ingest`:

    job = ingestion_create(kind=..., url=..., content=..., user=...)   # queues the task on commit
    ingestion_run(job_id=job.pk, final_attempt=...)                    # what the task does

Each step lives where it belongs: fetching (sources.fetch) and reading (sources.reading)
are about sources; the source is found or created by sources.services; the figures come
from claims.extraction; the names said become speakers (claims.speakers); the claims are
saved, and their consistency checks queued, by claims.services.claims_suggest.

`ingestion_run` is idempotent, so a redelivered task (a worker killed mid-task) is
harmless: a source is found by its canonical URL or its content hash before one is
created, and a claim is created only where the source has none at those figure offsets
(a unique constraint guards the race).
"""
from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import date, timedelta

from celery.exceptions import SoftTimeLimitExceeded
from django.conf import settings
from django.db import IntegrityError, transaction
from django.utils import timezone

from claims.extraction import extract_claims
from claims.models import Claim, IngestionJob, Speaker
from claims.queue import INGEST_JOB, enqueue_on_commit
from claims.services import claims_suggest
from claims.speakers import match_speakers
from sources.canonical import InvalidURL, canonical_url
from sources.errors import RetryableSourceError, SourceError
from sources.fetch import fetch_url
from sources.models import Source
from sources.reading import Document, fetched_document, html_document, text_document
from sources.services import source_find, source_get_or_create

log = logging.getLogger(__name__)


def job_document(job: IngestionJob) -> Document:
    """The job's article, fetched if need be."""
    if job.kind == IngestionJob.Kind.URL:
        return fetched_document(fetch_url(job.url))
    if job.kind == IngestionJob.Kind.HTML:
        if "\x00" in job.content:
            raise SourceError("The content is binary data, not text.")
        return html_document(job.content, url=job.url)
    return text_document(job.content)


def _claim_from(extracted, *, source: Source, job: IngestionJob | None, speaker: Speaker | None,
                stated_on: date | None) -> Claim:
    period_start, period_end = extracted.period_start, extracted.period_end
    if period_start and period_end and period_start > period_end:
        period_start = period_end = None
    # A range ("between 5 and 10") carries its own bounds; claims_suggest keeps them when they fit.
    return Claim(
        source=source, ingestion=job, speaker=speaker, stated_on=stated_on, status=Claim.Status.SUGGESTED,
        quote=extracted.sentence, quote_start=extracted.sentence_start, quote_end=extracted.sentence_end,
        figure_start=extracted.start, figure_end=extracted.end, figure_text=extracted.figure_text[:100],
        value=extracted.value, qualifier=extracted.qualifier or "",
        lower_bound=extracted.lower_bound, upper_bound=extracted.upper_bound,
        unit=(extracted.unit or "")[:100], rate=(extracted.rate or "")[:40], place=(extracted.place or "")[:200],
        period_start=period_start, period_end=period_end, guessed=guessed_fields(extracted),
    )


# The extractor's names for what it guessed, as the claim's field names.
GUESSED_FIELDS = {"period": ["period_start", "period_end"], "figure": ["value"]}


def guessed_fields(extracted) -> list[str]:
    """The claim fields the extractor says it guessed (none when it does not say)."""
    names = []
    for name in getattr(extracted, "guessed", None) or ():
        for field in GUESSED_FIELDS.get(name, [name]):
            if field not in names:
                names.append(field)
    return names


@dataclass
class IngestResult:
    source: Source
    source_created: bool
    claims_created: int
    claims_existing: int


@transaction.atomic
def ingest_document(*, document: Document, url: str = "", job: IngestionJob | None = None, user=None) -> IngestResult:
    """Record the source (or find it) and suggest a claim for each figure in its text.

    A source found again keeps its text, and the claims are extracted from that text,
    so offsets always point into what the source holds.
    """
    source, created = source_get_or_create(
        url=url, text=document.text, user=user, title=document.title[:500], publisher=document.publisher[:200],
        authors=document.authors, published_on=document.published,
    )
    stated_on = source.published_on or document.published
    extracted = extract_claims(source.text, published=stated_on)
    taken = set(source.claims.filter(figure_start__isnull=False).values_list("figure_start", "figure_end"))
    fresh = [e for e in extracted if (e.start, e.end) not in taken]
    speakers = match_speakers((e.speaker for e in fresh), user=user)
    claims = [
        _claim_from(e, source=source, job=job, speaker=speakers.get(e.speaker) if e.speaker else None,
                    stated_on=stated_on)
        for e in fresh
    ]
    claims = claims_suggest(claims=claims, user=user)
    return IngestResult(source=source, source_created=created,
                        claims_created=len(claims), claims_existing=len(extracted) - len(fresh))


# --- Jobs -------------------------------------------------------------------------------

def ingestion_create(*, kind: str, url: str = "", content: str = "", published: date | None = None,
                     publisher: str = "", title: str = "", user=None, queue: bool = True) -> IngestionJob:
    """A queued job; its task is sent once the job is committed (queue=False: the caller
    runs it, as `manage.py ingest` does)."""
    if url:
        try:
            canonical_url(url)
        except InvalidURL as exc:
            raise SourceError(str(exc)) from None
    if "\x00" in content:  # PostgreSQL cannot even store it
        raise SourceError("The content is binary data, not text.")
    job = IngestionJob.objects.create(kind=kind, url=url, content=content, published=published,
                                      publisher=publisher, title=title, created_by=user)
    if queue:
        enqueue_on_commit(INGEST_JOB, job.pk, queue=settings.INGEST_QUEUE)
    return job


def _finish(job: IngestionJob, *, status: str, error: str = "", result: IngestResult | None = None) -> None:
    job.status = status
    job.error = error
    job.finished_at = timezone.now()
    fields = ["status", "error", "finished_at"]
    if result is not None:
        job.source = result.source
        job.source_created = result.source_created
        job.claims_created = result.claims_created
        job.claims_existing = result.claims_existing
        fields += ["source", "source_created", "claims_created", "claims_existing"]
    if status == IngestionJob.Status.DONE and job.kind != IngestionJob.Kind.URL:
        job.content = ""  # the source keeps the text now
        fields.append("content")
    job.save(update_fields=fields)


def _known_document(job: IngestionJob) -> Document | None:
    """A URL ingested before is not fetched again: its source holds the text."""
    if job.kind != IngestionJob.Kind.URL:
        return None
    source = source_find(url=job.url)
    return Document(text=source.text) if source is not None and source.text else None


def _start(job_id: int) -> IngestionJob | None:
    """Mark the job running (one more attempt, ending by its deadline); None when there is
    nothing left to do."""
    with transaction.atomic():
        job = IngestionJob.objects.select_for_update().filter(pk=job_id).first()
        if job is None or job.status in (IngestionJob.Status.DONE, IngestionJob.Status.FAILED):
            return None  # deleted, or finished: a redelivered message does nothing
        now = timezone.now()
        job.status = IngestionJob.Status.RUNNING
        job.attempts += 1
        job.started_at = job.started_at or now
        # The hard time limit kills the attempt by then; a few seconds more for the kill itself.
        job.deadline = now + timedelta(seconds=settings.INGEST_TIME_LIMIT + 5)
        job.save(update_fields=["status", "attempts", "started_at", "deadline"])
    return job


def _ingest(job: IngestionJob) -> None:
    document = _known_document(job) or job_document(job)
    if job.title:
        document.title = job.title
    if job.publisher:
        document.publisher = job.publisher
    if job.published:
        document.published = job.published
    url = canonical_url(job.url) if job.url else ""
    try:
        with transaction.atomic():  # the claims and the job's "done" commit together
            result = ingest_document(document=document, url=url, job=job, user=job.created_by)
            _finish(job, status=IngestionJob.Status.DONE, result=result)
    except IntegrityError as exc:
        # Another job created the same source or claims at the same moment.
        raise RetryableSourceError(f"Conflicting write: {exc}") from None


def ingestion_run(*, job_id: int, final_attempt: bool = True) -> IngestionJob | None:
    """Run a job: fetch, read, record the source and its suggested claims.

    Bad input fails the job at once. A RetryableSourceError is raised for the caller (the
    task) to try again, the job queued meanwhile, except on the final attempt, which fails
    the job instead: a job always ends done or failed, never loops. The final attempt is
    the caller's last try or the job's INGEST_MAX_RETRIES + 1st, however many times its
    message was redelivered. Celery's soft time limit fails the job with that reason.
    Returns the job as it ended (None if missing).
    """
    job = _start(job_id)
    if job is None:
        return IngestionJob.objects.filter(pk=job_id).first()
    final_attempt = final_attempt or job.attempts > settings.INGEST_MAX_RETRIES
    try:
        _ingest(job)
    except RetryableSourceError as exc:
        if not final_attempt:
            job.status = IngestionJob.Status.QUEUED  # until the retry: "running" is an attempt under way
            job.error = str(exc)
            job.save(update_fields=["status", "error"])
            raise
        _finish(job, status=IngestionJob.Status.FAILED, error=f"{exc} (gave up after {job.attempts} attempts)")
    except SourceError as exc:
        _finish(job, status=IngestionJob.Status.FAILED, error=str(exc))
    except SoftTimeLimitExceeded:
        _finish(job, status=IngestionJob.Status.FAILED,
                error=f"Stopped at the time limit of {settings.INGEST_SOFT_TIME_LIMIT} s (attempt {job.attempts}).")
    except Exception:
        # A bug or a database outage: try again like a fetch error, and in the end fail
        # the job rather than leave it running for ever.
        log.exception("Ingestion job %s failed", job.pk)
        if not final_attempt:
            raise RetryableSourceError("Internal error.") from None
        _finish(job, status=IngestionJob.Status.FAILED,
                error=f"Internal error (gave up after {job.attempts} attempts).")
    return job


def ingestion_sweep() -> dict[str, int]:
    """Jobs left "running" past their deadline: the worker running them died, or its child
    was killed at the hard time limit (which acknowledges the message), so nothing will
    bring them back. Each is queued again (its task sent on commit) or, after its last
    attempt, failed with the reason. Run by Celery beat (claims.tasks.sweep_stuck_ingestions)."""
    counts = {"queued": 0, "failed": 0}
    with transaction.atomic():
        stuck = IngestionJob.objects.select_for_update(skip_locked=True).filter(
            status=IngestionJob.Status.RUNNING, deadline__lt=timezone.now())
        for job in stuck:
            reason = f"Attempt {job.attempts} did not end by its deadline (its worker stopped or hit the time limit)."
            if job.attempts > settings.INGEST_MAX_RETRIES:
                _finish(job, status=IngestionJob.Status.FAILED,
                        error=f"{reason} Gave up after {job.attempts} attempts.")
                counts["failed"] += 1
                continue
            job.status = IngestionJob.Status.QUEUED
            job.error = f"{reason} Queued again."
            job.save(update_fields=["status", "error"])
            enqueue_on_commit(INGEST_JOB, job.pk, queue=settings.INGEST_QUEUE)
            counts["queued"] += 1
    return counts
