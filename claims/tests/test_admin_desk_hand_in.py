"""Handing in an article from the admin (claims.desk.hand_in): the same ingestion service as
the API, run at once without a broker; then the job's page, which follows it to its claims."""
import datetime
from pathlib import Path

import pytest
from django.conf import settings
from django.urls import reverse

from claims.models import Claim, IngestionJob

pytestmark = pytest.mark.django_db
HAND_IN = reverse("admin:claims_desk_hand_in")
# A real article (Breitbart, 3 Nov 2021) from the labelled corpus.
ARTICLE = Path(settings.BASE_DIR, "data", "corpus", "dev", "dev-02-breitbart-fy22-gotaways.txt")


@pytest.fixture
def post(client, celery_eager, django_capture_on_commit_callbacks):
    """POST as the browser does, the job's task running when the request's transaction commits."""
    def send(data):
        with django_capture_on_commit_callbacks(execute=True):
            return client.post(HAND_IN, data)

    return send


def test_pasted_text_becomes_a_job_that_has_run_and_suggested_claims(client, post, reviewer):
    client.force_login(reviewer)
    text = ARTICLE.read_text(encoding="utf-8")
    response = post({"content": text, "title": "Got-aways", "publisher": "Breitbart News",
                                     "published": "2021-11-03"})
    job = IngestionJob.objects.get()
    assert response.status_code == 302
    assert response["Location"] == reverse("admin:claims_desk_job", args=[job.pk])
    assert (job.kind, job.status, job.created_by, job.publisher) == ("text", "done", reviewer, "Breitbart News")
    claims = Claim.objects.filter(source=job.source)
    assert job.claims_created == claims.count() >= 5
    assert set(claims.values_list("status", flat=True)) == {"suggested"}
    assert job.source.published_on == datetime.date(2021, 11, 3)


def test_the_job_page_links_to_the_review_page_once_done(client, post, reviewer):
    client.force_login(reviewer)
    post({"content": "<html><body><p>Officials said 1,200 people were counted.</p></body></html>"})
    job = IngestionJob.objects.get()
    assert job.kind == "html"
    html = client.get(reverse("admin:claims_desk_job", args=[job.pk])).content.decode()
    assert reverse("admin:claims_desk_article", args=[job.source_id]) in html
    assert "1 claim suggested" in html
    state = client.get(reverse("admin:claims_desk_job_status", args=[job.pk])).json()
    assert state["status"] == "done" and state["finished"] and state["claims_created"] == 1
    assert state["article"] == reverse("admin:claims_desk_article", args=[job.source_id])


def test_a_queued_job_page_asks_the_script_to_follow_it(client, reviewer):
    job = IngestionJob.objects.create(kind="url", url="https://news.example.org/a")
    client.force_login(reviewer)
    html = client.get(reverse("admin:claims_desk_job", args=[job.pk])).content.decode()
    assert 'data-finished="0"' in html and "claims/desk" in html
    assert client.get(reverse("admin:claims_desk_job_status", args=[job.pk])).json()["finished"] is False


def test_it_needs_a_url_or_an_article(client, post, reviewer):
    client.force_login(reviewer)
    response = post({"content": "   ", "title": "Nothing"})
    assert response.status_code == 200
    assert "Give the article&#x27;s URL or paste the article." in response.content.decode()
    assert not IngestionJob.objects.exists()


def test_a_bad_url_is_refused_with_its_field(client, post, reviewer):
    client.force_login(reviewer)
    response = post({"url": "ftp://example.org/x"})
    assert response.status_code == 200
    assert response.context["form"].errors["url"]
    assert not IngestionJob.objects.exists()


def test_an_article_over_the_size_cap_is_refused(client, post, reviewer, settings):
    settings.INGEST_MAX_BYTES = 100
    client.force_login(reviewer)
    response = post({"content": "x" * 101})
    assert "over the size cap of 100 bytes" in response.content.decode()
    assert not IngestionJob.objects.exists()


def test_someone_without_a_role_cannot_hand_in(client, post, outsider):
    client.force_login(outsider)
    response = post({"content": "Officials said 1,200 people were counted."})
    assert response.status_code == 302 and "/login/" in response["Location"]
    assert not IngestionJob.objects.exists()


def test_the_dashboard_lists_jobs_with_links_to_their_pages(client, post, reviewer):
    client.force_login(reviewer)
    post({"content": "Officials said 1,200 people were counted.", "title": "Counted"})
    job = IngestionJob.objects.get()
    html = client.get(reverse("admin:index")).content.decode()
    assert reverse("admin:claims_desk_job", args=[job.pk]) in html
    assert reverse("admin:claims_desk_article", args=[job.source_id]) in html
    assert "Text: Counted" in html


def test_a_job_added_on_the_jobs_page_runs_and_shows_its_progress(client, reviewer, celery_eager,
                                                                 django_capture_on_commit_callbacks):
    client.force_login(reviewer)
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(reverse("admin:claims_ingestionjob_add"),
                               {"kind": "text", "content": "Officials said 1,200 people were counted."})
    job = IngestionJob.objects.get()
    assert response["Location"] == reverse("admin:claims_desk_job", args=[job.pk])
    assert (job.status, job.claims_created) == ("done", 1)
