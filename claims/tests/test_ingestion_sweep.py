"""claims.ingestion.ingestion_sweep (run by Celery beat as claims.tasks.sweep_stuck_ingestions):
jobs left "running" past their deadline are queued again, or failed with the reason after
their last attempt; jobs still within their deadline, queued or finished are left alone."""
from datetime import timedelta

from django.conf import settings
from django.utils import timezone

from claims.ingestion import ingestion_create, ingestion_sweep
from claims.models import IngestionJob
from claims.tasks import sweep_stuck_ingestions

S = IngestionJob.Status
TEXT = "Border agents apprehended 1,200 migrants on Monday."


def running(attempts=1, deadline_in=-1.0) -> IngestionJob:
    """A job whose attempt started and whose worker then vanished (nothing runs it)."""
    job = ingestion_create(kind="text", content=TEXT, queue=False)
    IngestionJob.objects.filter(pk=job.pk).update(
        status=S.RUNNING, attempts=attempts, started_at=timezone.now(),
        deadline=timezone.now() + timedelta(seconds=deadline_in))
    return job


def test_a_job_running_past_its_deadline_is_queued_again_and_then_runs(db, queued_tasks,
                                                                        django_capture_on_commit_callbacks):
    job = running(attempts=1)
    with django_capture_on_commit_callbacks(execute=True):
        assert ingestion_sweep() == {"queued": 1, "failed": 0}
    assert queued_tasks[0] == ("claims.tasks.ingest_job", (job.pk,))
    job.refresh_from_db()
    assert (job.status, job.attempts) == (S.DONE, 2)  # the task it queued ran it (eagerly here)
    assert job.claims.count() == 1


def test_the_queued_job_says_why(db, django_capture_on_commit_callbacks):
    job = running(attempts=2)
    with django_capture_on_commit_callbacks() as callbacks:
        ingestion_sweep()
    assert len(callbacks) == 1  # its task, sent when the sweep commits
    job.refresh_from_db()
    assert job.status == S.QUEUED
    assert job.error == ("Attempt 2 did not end by its deadline (its worker stopped or hit the time limit). "
                         "Queued again.")


def test_a_job_past_its_deadline_on_its_last_attempt_fails_with_the_reason(db, django_capture_on_commit_callbacks):
    tries = settings.INGEST_MAX_RETRIES + 1
    job = running(attempts=tries)
    with django_capture_on_commit_callbacks() as callbacks:
        assert ingestion_sweep() == {"queued": 0, "failed": 1}
    assert callbacks == []
    job.refresh_from_db()
    assert job.status == S.FAILED
    assert job.error == (f"Attempt {tries} did not end by its deadline (its worker stopped or hit the time limit). "
                         f"Gave up after {tries} attempts.")
    assert job.finished_at is not None


def test_jobs_within_their_deadline_queued_or_finished_are_left_alone(db, django_assert_num_queries):
    fresh = running(deadline_in=60)
    queued = ingestion_create(kind="text", content=TEXT, queue=False)
    done = running()
    IngestionJob.objects.filter(pk=done.pk).update(status=S.DONE)
    with django_assert_num_queries(3):  # savepoint, the locked select, release
        assert ingestion_sweep() == {"queued": 0, "failed": 0}
    assert [j.status for j in IngestionJob.objects.filter(pk__in=[fresh.pk, queued.pk, done.pk]).order_by("pk")] == [
        S.RUNNING, S.QUEUED, S.DONE]


def test_beat_runs_the_sweep_every_minute(db, celery_eager):
    entry = settings.CELERY_BEAT_SCHEDULE["sweep-stuck-ingestions"]
    assert (entry["task"], entry["schedule"]) == (sweep_stuck_ingestions.name, 60)
    job = running(attempts=settings.INGEST_MAX_RETRIES + 1)
    assert sweep_stuck_ingestions.delay().get() == {"queued": 0, "failed": 1}
    job.refresh_from_db()
    assert job.status == S.FAILED
