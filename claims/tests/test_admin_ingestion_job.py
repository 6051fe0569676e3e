"""The ingestion job admin: a job added there goes through claims.ingestion.ingestion_create
like the API's, so its task is queued when the form's transaction commits."""
from django.urls import reverse

from claims.models import IngestionJob

ADD = reverse("admin:claims_ingestionjob_add")
TEXT = "Border agents apprehended 1,200 migrants on Monday, the agency said."


def test_a_job_added_by_a_reviewer_is_queued_and_runs(client, reviewer, queued_tasks,
                                                      django_capture_on_commit_callbacks):
    reviewer.is_staff = True
    reviewer.save()
    client.force_login(reviewer)
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(ADD, {"kind": "text", "url": "", "content": TEXT, "published": "2024-01-08",
                                     "publisher": "Border Daily", "title": ""})
    assert response.status_code == 302, response.content
    job = IngestionJob.objects.get()
    assert queued_tasks[0] == ("claims.tasks.ingest_job", (job.pk,))
    job.refresh_from_db()
    assert (job.status, job.created_by, job.attempts) == ("done", reviewer, 1)
    assert job.source.publisher == "Border Daily"
    assert job.claims.count() == 1


def test_the_admin_sends_the_task_when_the_job_commits_not_before(
        client, superuser, django_capture_on_commit_callbacks):
    client.force_login(superuser)
    with django_capture_on_commit_callbacks() as callbacks:
        client.post(ADD, {"kind": "text", "content": TEXT})
    job = IngestionJob.objects.get()
    assert job.status == "queued"
    assert len(callbacks) == 1  # the task's send, on commit
