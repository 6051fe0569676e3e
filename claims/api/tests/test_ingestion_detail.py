"""GET /api/v1/ingestions/{id}/: a job's status, error, source and suggested claims."""
import pytest

from claims.ingestion import ingestion_create, ingestion_run
from claims.models import IngestionJob

TEXT = "Officials said 1,200 migrants crossed on Monday.\n\nThe agency counted 350 more on Tuesday.\n"


@pytest.fixture
def done_job(reviewer):
    job = ingestion_create(kind="text", content=TEXT, user=reviewer, queue=False)
    ingestion_run(job_id=job.pk)
    return IngestionJob.objects.get(pk=job.pk)


def test_a_reviewer_sees_a_finished_job_with_its_source_and_claims(reviewer_api, done_job):
    body = reviewer_api.get(f"/api/v1/ingestions/{done_job.pk}/").json()
    assert body["status"] == "done"
    assert body["source"]["id"] == done_job.source_id
    assert body["attempts"] == 1
    assert len(body["claims"]) == done_job.claims.count() >= 2
    assert [c["figure_start"] for c in body["claims"]] == sorted(c["figure_start"] for c in body["claims"])


def test_its_claims_look_exactly_as_the_claims_endpoint_shows_them(reviewer_api, done_job):
    body = reviewer_api.get(f"/api/v1/ingestions/{done_job.pk}/").json()
    for claim in body["claims"]:
        detail = reviewer_api.get(claim["api_url"]).json()
        del detail["evidence"]
        assert claim == detail
    assert body["claims"][0]["figure"]["value"] == "1200"  # not "1200.000000"
    assert body["claims"][0]["figure"]["qualifier"] is None  # not ""


def test_a_queued_job_has_no_source_yet(editor_api, editor):
    job = ingestion_create(kind="text", content=TEXT, user=editor, queue=False)
    body = editor_api.get(f"/api/v1/ingestions/{job.pk}/").json()
    assert (body["status"], body["source"], body["claims"], body["error"]) == ("queued", None, [], "")


def test_a_failed_job_shows_its_error(reviewer_api, reviewer):
    job = ingestion_create(kind="text", content=" ", user=reviewer, queue=False)
    ingestion_run(job_id=job.pk)
    body = reviewer_api.get(f"/api/v1/ingestions/{job.pk}/").json()
    assert (body["status"], body["error"], body["source"], body["claims"]) == ("failed", "The text is empty.", None, [])


def test_it_costs_the_same_queries_however_many_claims(reviewer_api, reviewer, django_assert_num_queries):
    long_text = " ".join(f"Officials counted {n},{n:03d} cases in region {n}." for n in range(1, 40))
    job = ingestion_create(kind="text", content=long_text, user=reviewer, queue=False)
    ingestion_run(job_id=job.pk)
    assert job.claims.count() >= 39
    # token, the user's groups, the job with its source, the claims with their speakers and statistics
    with django_assert_num_queries(4):
        response = reviewer_api.get(f"/api/v1/ingestions/{job.pk}/")
    assert len(response.json()["claims"]) >= 39


def test_anonymous_users_get_401(anon_api, done_job):
    assert anon_api.get(f"/api/v1/ingestions/{done_job.pk}/").status_code == 401


def test_users_without_a_role_get_403(outsider_api, done_job):
    assert outsider_api.get(f"/api/v1/ingestions/{done_job.pk}/").status_code == 403


def test_a_missing_job_is_a_404_in_the_error_shape(reviewer_api, db):
    response = reviewer_api.get("/api/v1/ingestions/999999/")
    assert response.status_code == 404
    assert response.json() == {"message": "Not found.", "code": "not_found"}


def test_jobs_cannot_be_changed_or_deleted(reviewer_api, done_job):
    assert reviewer_api.delete(f"/api/v1/ingestions/{done_job.pk}/").status_code == 405
    assert reviewer_api.patch(f"/api/v1/ingestions/{done_job.pk}/", {"status": "queued"},
                              format="json").status_code == 405
