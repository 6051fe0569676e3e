"""POST /api/v1/ingestions/: an article in, a job (202) out."""
import pytest

from claims.models import Claim, IngestionJob
from sources.models import Source

URL = "/api/v1/ingestions/"
TEXT = "Officials said 1,200 migrants crossed on Monday.\n\nThe agency counted 350 more on Tuesday.\n"
S = IngestionJob.Status


@pytest.fixture(autouse=True)
def _eager(celery_eager):
    pass


def post(client, data, capture) -> dict:
    """POST, let the commit queue the task (run eagerly here), then GET the job."""
    with capture(execute=True):
        response = client.post(URL, data, format="json")
    assert response.status_code == 202, response.json()
    assert response.json()["status"] == "queued"
    return client.get(response["Location"]).json()


def test_a_reviewer_posts_text_and_gets_the_finished_job(reviewer_api, reviewer, django_capture_on_commit_callbacks):
    body = post(reviewer_api, {"text": TEXT, "published": "2024-01-09", "title": "Crossings"},
                django_capture_on_commit_callbacks)
    job = IngestionJob.objects.get()
    assert (body["id"], body["status"], body["kind"], body["error"]) == (job.pk, "done", "text", "")
    assert job.created_by == reviewer
    assert body["source"]["title"] == "Crossings"
    assert body["source"]["published_on"] == "2024-01-09"
    figures = [c["figure"]["text"] for c in body["claims"]]
    assert any("1,200" in f for f in figures) and any("350" in f for f in figures)
    for claim in body["claims"]:
        assert TEXT[claim["figure_start"]:claim["figure_end"]] == claim["figure"]["text"]
        assert claim["status"] == "suggested"
        assert claim["stated_on"] == "2024-01-09"
    assert sorted(c["id"] for c in body["claims"]) == sorted(job.claims.values_list("id", flat=True))


def test_an_editor_may_ingest_a_url(editor_api, page_server, django_capture_on_commit_callbacks):
    url = page_server.add("/story", body=b"<html><body><article><p>Agents counted 4,500 crossings in May."
                          b"</p></article></body></html>")
    body = post(editor_api, {"url": url}, django_capture_on_commit_callbacks)
    assert (body["status"], body["kind"], body["url"]) == ("done", "url", url)
    assert body["source"]["url"] == url
    assert any("4,500" in c["figure"]["text"] for c in body["claims"])


def test_a_url_that_cannot_be_fetched_is_a_failed_job_not_an_error_response(
        reviewer_api, page_server, django_capture_on_commit_callbacks, settings):
    settings.INGEST_MAX_RETRIES = 1
    url = page_server.add("/doc", body=b"%PDF", content_type="application/pdf")
    body = post(reviewer_api, {"url": url}, django_capture_on_commit_callbacks)
    assert body["status"] == "failed"
    assert "not an HTML page or text" in body["error"]
    assert (body["source"], body["claims"]) == (None, [])


def test_posting_the_same_text_twice_gives_one_source_and_no_duplicate_claims(
        reviewer_api, django_capture_on_commit_callbacks):
    first = post(reviewer_api, {"text": TEXT}, django_capture_on_commit_callbacks)
    second = post(reviewer_api, {"text": TEXT, "url": "https://news.example.org/x"},
                  django_capture_on_commit_callbacks)
    assert second["status"] == "done"
    assert second["source"]["id"] == first["source"]["id"]
    assert [c["id"] for c in second["claims"]] == [c["id"] for c in first["claims"]]
    assert Source.objects.count() == 1
    assert Claim.objects.count() == len(first["claims"])


def test_html_with_a_url_names_the_page_without_fetching_it(reviewer_api, django_capture_on_commit_callbacks):
    html = ("<html><head><title>Prices</title></head>"
            "<body><article><p>Rents rose 12% last year.</p></article></body></html>")
    body = post(reviewer_api, {"html": html, "url": "https://127.0.0.1:9/never-fetched?utm_source=x"},
                django_capture_on_commit_callbacks)
    assert body["status"] == "done", body["error"]
    assert body["source"]["url"] == "https://127.0.0.1:9/never-fetched"
    assert body["source"]["title"] == "Prices"


def test_anonymous_users_get_401(anon_api):
    response = anon_api.post(URL, {"text": TEXT}, format="json")
    assert response.status_code == 401
    assert response.json()["code"] == "not_authenticated"
    assert not IngestionJob.objects.exists()


def test_users_without_a_role_get_403(outsider_api):
    response = outsider_api.post(URL, {"text": TEXT}, format="json")
    assert response.status_code == 403
    assert "reviewer or editor" in response.json()["message"]
    assert not IngestionJob.objects.exists()


@pytest.mark.parametrize(
    "data, field, message",
    [
        ({}, "text", "Give exactly one of url, html or text."),
        ({"title": "Only a title"}, "url", "Give exactly one of url, html or text."),
        ({"text": TEXT, "html": "<p>x</p>"}, "html", "Give only one of html or text."),
        ({"text": ""}, "text", "The article is empty."),
        ({"text": "  \n "}, "text", "The article is empty."),
        ({"text": "abc\x00def"}, "text", "Null characters are not allowed."),  # binary data
        ({"html": ""}, "html", "The article is empty."),
        ({"url": "ftp://example.org/a"}, "url", "Enter an http or https URL with a host name"),
        ({"url": "not a url"}, "url", "Enter an http or https URL with a host name"),
        # URLs two parsers read differently (SSRF): refused before a job exists
        ({"url": "http://127.0.0.1:8000\\@example.org/a"}, "url", "Enter an http or https URL"),
        ({"url": "http://admin:pw@example.org/a"}, "url", "Enter an http or https URL"),
        ({"text": TEXT, "published": "2024-02-30"}, "published", "Date has wrong format."),
        ({"text": TEXT, "publisher": "x" * 201}, "publisher", "no more than 200 characters"),
        ({"text": TEXT, "status": "done"}, "status", "Unknown field."),
        ({"text": TEXT, "created_by": 1}, "created_by", "Unknown field."),
    ],
)
def test_bad_input_is_a_400_naming_the_field(reviewer_api, data, field, message):
    response = reviewer_api.post(URL, data, format="json")
    assert response.status_code == 400
    body = response.json()
    assert body["code"] == "invalid"
    assert any(message in m for m in body["fields"][field]), body
    assert not IngestionJob.objects.exists()


def test_an_article_over_the_size_cap_is_a_400(reviewer_api, settings):
    settings.INGEST_MAX_BYTES = 100
    response = reviewer_api.post(URL, {"text": "é" * 60}, format="json")
    assert response.status_code == 400
    assert response.json()["fields"]["text"] == ["The article is over the size cap of 100 bytes."]


def test_listing_is_not_offered(reviewer_api):
    assert reviewer_api.get(URL).status_code == 405


def test_with_a_broker_the_job_is_queued_once_committed(reviewer_api, django_capture_on_commit_callbacks,
                                                         monkeypatch):
    sent = []
    from claims.tasks import ingest_job

    monkeypatch.setattr(ingest_job, "apply_async", lambda args, queue: sent.append((args, queue)))
    with django_capture_on_commit_callbacks(execute=False) as callbacks:
        response = reviewer_api.post(URL, {"text": TEXT}, format="json")
    assert response.status_code == 202
    assert response.json()["status"] == "queued"
    assert response["Location"] == f"http://testserver/api/v1/ingestions/{response.json()['id']}/"
    assert sent == []  # nothing sent before the commit
    for callback in callbacks:
        callback()
    assert sent == [((response.json()["id"],), "celery")]


def test_ingesting_has_its_own_tighter_rate_limit(reviewer_api, settings, django_capture_on_commit_callbacks):
    settings.INGEST_API_RATE = "2/minute"
    for _ in range(2):
        post(reviewer_api, {"text": TEXT}, django_capture_on_commit_callbacks)
    response = reviewer_api.post(URL, {"text": TEXT}, format="json")
    assert response.status_code == 429
    assert response.json()["code"] == "throttled"
    assert int(response["Retry-After"]) > 0
    assert IngestionJob.objects.count() == 2
