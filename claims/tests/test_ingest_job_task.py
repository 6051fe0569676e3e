"""claims.tasks.ingest_job: retries with backoff, and a job that keeps failing ends failed."""
import pytest

from claims import ingestion
from claims.ingestion import ingestion_create
from claims.models import IngestionJob
from claims.tasks import ingest_job, retry_delay

S = IngestionJob.Status
PAGE = b"<html><body><article><p>Agents counted 4,500 crossings in May.</p></article></body></html>"


@pytest.fixture(autouse=True)
def _eager(celery_eager, settings):
    settings.INGEST_RETRY_BACKOFF = 1


def test_a_page_that_fails_once_is_fetched_on_the_retry(page_server):
    url = page_server.add("/flaky", body=PAGE, fail_first=1)
    job = ingestion_create(kind="url", url=url, queue=False)
    ingest_job.delay(job.pk)
    job.refresh_from_db()
    assert (job.status, job.attempts, job.error) == (S.DONE, 2, "")
    assert page_server.hits["/flaky"] == 2
    assert job.claims.exists()


def test_a_page_that_keeps_failing_ends_as_a_failed_job_after_bounded_tries(page_server):
    url = page_server.add("/down", status=500, body=b"oops")
    job = ingestion_create(kind="url", url=url, queue=False)
    ingest_job.delay(job.pk)  # eager: raises nothing out of the caller
    job.refresh_from_db()
    tries = ingest_job.max_retries + 1
    assert page_server.hits["/down"] == tries
    assert (job.status, job.attempts) == (S.FAILED, tries)
    assert job.error.endswith(f"answered HTTP 500. (gave up after {tries} attempts)")
    assert job.source is None


def test_bad_input_fails_at_once_without_retrying(page_server):
    url = page_server.add("/image", body=b"\x89PNG", content_type="image/png")
    job = ingestion_create(kind="url", url=url, queue=False)
    ingest_job.delay(job.pk)
    job.refresh_from_db()
    assert (job.status, job.attempts) == (S.FAILED, 1)
    assert page_server.hits["/image"] == 1


def test_an_unexpected_error_is_retried_then_fails_the_job_with_nothing_half_written(db, monkeypatch):
    def broken(text, published=None):
        raise RuntimeError("extractor bug")

    monkeypatch.setattr(ingestion, "extract_claims", broken)
    job = ingestion_create(kind="text", content="Officials counted 1,200 people.", queue=False)
    ingest_job.delay(job.pk)
    job.refresh_from_db()
    assert job.status == S.FAILED
    assert job.error == f"Internal error (gave up after {ingest_job.max_retries + 1} attempts)."
    assert job.source is None
    from sources.models import Source

    assert not Source.objects.exists()  # the source was rolled back with the claims


def test_a_missing_job_is_ignored(db):
    # A message for a job deleted since: nothing to do, and no error that would retry it.
    result = ingest_job.delay(987654)
    assert result.successful()
    assert not IngestionJob.objects.exists()


def test_the_queued_task_carries_only_the_job_id(db, queued_tasks, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        job = ingestion_create(kind="text", content="Officials counted 1,200 people.")
    assert queued_tasks == [
        ("claims.tasks.ingest_job", (job.pk,)),
        # and the claim it suggested gets its consistency check
        ("claims.tasks.check_claim_consistency", (job.claims.get().pk,)),
    ]
    assert ingest_job.app.conf.task_serializer == "json"


def test_retries_back_off_exponentially_up_to_the_longest_wait(settings):
    settings.INGEST_RETRY_BACKOFF = 30
    settings.INGEST_RETRY_MAX_DELAY = 240
    assert [retry_delay(n) for n in range(6)] == [30, 60, 120, 240, 240, 240]


def test_the_visibility_timeout_is_just_above_the_longest_task_and_retry_wait():
    # Redis redelivers a message unacknowledged this long: a worker that died holding one
    # gives it back soon; a live worker's slowest task or pending retry is never delivered twice.
    from django.conf import settings

    from factcheck.celery import app

    limits = [task.time_limit or settings.CELERY_TASK_TIME_LIMIT
              for name, task in app.tasks.items() if not name.startswith("celery.")]
    longest = max(limits + [settings.INGEST_RETRY_MAX_DELAY])
    assert ingest_job.time_limit == settings.INGEST_TIME_LIMIT
    assert ingest_job.soft_time_limit == settings.INGEST_SOFT_TIME_LIMIT < settings.INGEST_TIME_LIMIT
    timeout = app.conf.broker_transport_options["visibility_timeout"]
    assert longest < timeout <= longest + 60
    assert app.conf.broker_transport_options["unacked_restore_interval"] * 10 < timeout  # checked often enough
