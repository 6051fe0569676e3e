"""Response contract of /api/v1/ingestions/{id}/: a finished job and a failed one, whole."""
from claims.api.tests.contract import source_doc, ts
from claims.ingestion import ingestion_create, ingestion_run
from claims.models import IngestionJob
from sources.models import Source

TEXT = "Officials said 1,200 migrants crossed on Monday.\n"


def test_a_finished_job(reviewer_api, reviewer):
    job = ingestion_create(kind="text", content=TEXT, user=reviewer, queue=False, title="Crossings")
    ingestion_run(job_id=job.pk)
    job = IngestionJob.objects.get(pk=job.pk)
    source = Source.objects.get(pk=job.source_id)
    body = reviewer_api.get(f"/api/v1/ingestions/{job.pk}/").json()
    claims = [reviewer_api.get(c["api_url"]).json() for c in body["claims"]]
    for claim in claims:
        del claim["evidence"]
    assert len(claims) == 1 and claims[0]["figure"]["text"] == "1,200"
    assert body == {
        "id": job.pk, "status": "done", "kind": "text", "url": "", "published": None, "publisher": "",
        "title": "Crossings", "error": "", "attempts": 1, "created_at": ts(job.created_at),
        "started_at": ts(job.started_at), "finished_at": ts(job.finished_at), "source": source_doc(source),
        "claims": claims,
    }


def test_a_failed_job_has_no_source(reviewer_api, reviewer):
    job = ingestion_create(kind="text", content=" ", user=reviewer, queue=False)
    ingestion_run(job_id=job.pk)
    job = IngestionJob.objects.get(pk=job.pk)
    assert reviewer_api.get(f"/api/v1/ingestions/{job.pk}/").json() == {
        "id": job.pk, "status": "failed", "kind": "text", "url": "", "published": None, "publisher": "",
        "title": "", "error": "The text is empty.", "attempts": 1, "created_at": ts(job.created_at),
        "started_at": ts(job.started_at), "finished_at": ts(job.finished_at), "source": None, "claims": [],
    }
