"""claims.ingestion.ingestion_run: a job from its input to a source and suggested claims."""
from datetime import date
from pathlib import Path

import pytest
from django.conf import settings

from claims.ingestion import ingestion_create, ingestion_run
from claims.models import Claim, IngestionJob, Speaker
from sources.errors import RetryableSourceError, SourceError
from sources.models import Source
from sources.tests.at_once import at_once

CORPUS = Path(settings.BASE_DIR) / "data" / "corpus" / "dev"
ARTICLE = (CORPUS / "dev-01-breitbart-apprehensions-top-one-million.txt").read_text()
SHORT = ("Border agents apprehended 1,200 migrants on Monday.\n\n"
         "The agency counted 350 more on Tuesday, Maria Gomez said.\n")
PAGE = f"""<html><head><title>Crossings | Border Daily</title>
<meta property="og:title" content="Crossings rise"><meta property="og:site_name" content="Border Daily">
<meta name="author" content="Ana Diaz"><meta property="article:published_time" content="2024-01-09">
</head><body><article><h1>Crossings rise</h1>
{"".join(f"<p>{p}</p>" for p in SHORT.split(chr(10) * 2) if p.strip())}
</article></body></html>"""

S = IngestionJob.Status


def run(**fields) -> IngestionJob:
    job = ingestion_create(queue=False, **fields)
    ingestion_run(job_id=job.pk)
    job.refresh_from_db()
    return job


def test_a_text_becomes_a_source_with_suggested_claims_pointing_into_it(db):
    job = run(kind="text", content=ARTICLE, published=date(2023, 3, 21), publisher="Breitbart News")
    assert (job.status, job.error, job.attempts) == (S.DONE, "", 1)
    assert job.content == ""  # the source holds the text now
    source = job.source
    assert source.text == ARTICLE
    assert (source.publisher, source.published_on, source.url) == ("Breitbart News", date(2023, 3, 21), "")
    claims = list(Claim.objects.filter(source=source))
    assert len(claims) >= 5
    for claim in claims:
        assert claim.status == Claim.Status.SUGGESTED
        assert claim.ingestion == job
        assert claim.stated_on == date(2023, 3, 21)
        assert source.text[claim.figure_start:claim.figure_end] == claim.figure_text
        assert source.text[claim.quote_start:claim.quote_end] == claim.quote
        assert claim.quote_start <= claim.figure_start <= claim.figure_end <= claim.quote_end
        assert claim.history.count() == 1


def test_bounds_come_from_the_figure_rules(db):
    job = run(kind="text", content="Agents apprehended more than 125,000 migrants, officials said.")
    claim = Claim.objects.get(source=job.source, figure_text__contains="125,000")
    assert claim.qualifier == "over"
    assert (claim.lower_bound, claim.upper_bound) == (125000, 126000)


def test_the_same_text_twice_gives_one_source_and_no_duplicate_claims(db):
    first = run(kind="text", content=ARTICLE)
    count = Claim.objects.count()
    # Re-wrapped whitespace is the same text.
    second = run(kind="text", content=ARTICLE.replace("\n\n", "\n \n"))
    assert second.status == S.DONE
    assert second.source == first.source
    assert Source.objects.count() == 1
    assert Claim.objects.count() == count
    assert not Claim.objects.filter(ingestion=second).exists()


def test_a_rerun_of_the_same_job_adds_nothing(db):
    job = ingestion_create(kind="text", content=SHORT, queue=False)
    ingestion_run(job_id=job.pk)
    count = Claim.objects.count()
    # As if the worker died after the claims were written but before the job was marked done.
    IngestionJob.objects.filter(pk=job.pk).update(status=S.RUNNING, content=SHORT)
    ingestion_run(job_id=job.pk)
    job.refresh_from_db()
    assert (job.status, job.attempts) == (S.DONE, 2)
    assert Claim.objects.count() == count


def test_a_finished_job_is_left_alone(db):
    job = run(kind="text", content=SHORT)
    ingestion_run(job_id=job.pk)
    job.refresh_from_db()
    assert job.attempts == 1


def test_a_page_is_fetched_read_and_recorded_with_its_metadata(page_server):
    url = page_server.add("/crossings", body=PAGE.encode())
    job = run(kind="url", url=url + "?utm_source=feed")
    assert job.status == S.DONE, job.error
    source = job.source
    assert source.url == url
    assert (source.title, source.publisher, source.authors) == ("Crossings rise", "Border Daily", ["Ana Diaz"])
    assert source.published_on == date(2024, 1, 9)
    assert "350 more on Tuesday" in source.text
    assert Claim.objects.filter(source=source, stated_on=date(2024, 1, 9)).count() >= 2


def test_the_same_url_twice_is_fetched_once_and_gives_one_source(page_server):
    url = page_server.add("/crossings", body=PAGE.encode())
    first = run(kind="url", url=url)
    count = Claim.objects.count()
    second = run(kind="url", url=url + "/?utm_campaign=x#top")
    assert second.status == S.DONE
    assert second.source == first.source
    assert Claim.objects.count() == count
    assert page_server.hits == {"/crossings": 1}


def test_the_same_text_under_two_urls_is_one_source(db):
    first = run(kind="text", content=SHORT, url="https://a.example.org/story")
    second = run(kind="text", content=SHORT, url="https://b.example.org/copy")
    assert first.source == second.source


def test_html_given_with_a_url_is_not_fetched_and_the_url_names_the_source(db):
    job = run(kind="html", content=PAGE, url="https://news.example.org/crossings")
    assert job.status == S.DONE
    assert job.source.url == "https://news.example.org/crossings"
    assert job.source.title == "Crossings rise"


def test_what_the_request_gives_wins_over_the_page(db):
    job = run(kind="html", content=PAGE, title="Our title", publisher="Our desk", published=date(2024, 2, 1))
    source = job.source
    assert (source.title, source.publisher, source.published_on) == ("Our title", "Our desk", date(2024, 2, 1))


def test_speakers_are_matched_before_new_ones_are_made(make_speaker):
    gomez = make_speaker("María Gómez", aliases=["Maria Gomez"])
    job = run(kind="text", content=SHORT)
    said = Claim.objects.filter(source=job.source, speaker__isnull=False)
    assert said.exists()
    assert set(said.values_list("speaker", flat=True)) == {gomez.pk}
    assert Speaker.objects.count() == 1


@pytest.mark.parametrize(
    "content, error",
    [("", "The text is empty."), ("   \n\t ", "The text is empty.")],
)
def test_bad_text_fails_the_job_and_writes_nothing(db, content, error):
    job = run(kind="text", content=content)
    assert job.status == S.FAILED
    assert error in job.error
    assert not Source.objects.exists()
    assert not Claim.objects.exists()


def test_binary_text_is_refused_before_a_job_is_written(db):
    with pytest.raises(SourceError, match="binary data"):
        ingestion_create(kind="text", content="abc\x00def", queue=False)
    assert not IngestionJob.objects.exists()


def test_binary_data_behind_a_text_url_fails_the_job(page_server):
    url = page_server.add("/blob", body=b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", content_type="text/plain")
    job = run(kind="url", url=url)
    assert (job.status, job.error) == (S.FAILED, "The content is binary data, not text.")
    assert not Source.objects.exists()


def test_a_page_over_the_size_cap_fails_the_job(page_server, settings):
    settings.INGEST_MAX_BYTES = 1000
    url = page_server.add("/big", body=b"<p>" + b"a" * 5000 + b"</p>")
    job = run(kind="url", url=url)
    assert job.status == S.FAILED
    assert "over the size cap of 1000 bytes" in job.error
    assert not Source.objects.exists()


def test_a_content_type_that_is_not_html_fails_the_job(page_server):
    url = page_server.add("/doc.pdf", body=b"%PDF-1.7", content_type="application/pdf")
    job = run(kind="url", url=url)
    assert job.status == S.FAILED
    assert "is application/pdf, not an HTML page or text" in job.error


def test_a_404_fails_the_job_at_once(page_server):
    job = run(kind="url", url=page_server.base + "/missing")
    assert (job.status, job.attempts) == (S.FAILED, 1)
    assert "answered HTTP 404" in job.error


def test_a_server_error_before_the_final_attempt_is_raised_for_a_retry(page_server):
    url = page_server.add("/down", status=503, body=b"busy")
    job = ingestion_create(kind="url", url=url, queue=False)
    with pytest.raises(RetryableSourceError, match="HTTP 503"):
        ingestion_run(job_id=job.pk, final_attempt=False)
    job.refresh_from_db()
    assert (job.status, job.attempts) == (S.QUEUED, 1)  # until its retry
    assert "HTTP 503" in job.error


def test_a_server_error_on_the_final_attempt_fails_the_job(page_server):
    url = page_server.add("/down", status=500, body=b"oops")
    job = run(kind="url", url=url)
    assert job.status == S.FAILED
    assert job.error.endswith("answered HTTP 500. (gave up after 1 attempts)")
    assert job.finished_at is not None


def test_an_unreachable_host_fails_the_job_on_the_final_attempt(page_server):
    port = page_server.httpd.server_address[1]
    page_server.close()
    job = run(kind="url", url=f"http://127.0.0.1:{port}/story")
    assert job.status == S.FAILED
    assert "refused or is unreachable" in job.error


@pytest.mark.postgres
@pytest.mark.django_db(transaction=True)
def test_the_same_text_handed_in_twice_at_once_gives_one_source_and_one_set_of_claims():
    for n in range(3):
        text = f"{SHORT}\nRound {n}.\n"
        jobs = [ingestion_create(queue=False, kind="text", content=text) for _ in range(2)]
        # final_attempt=False: a conflicting write would raise here rather than fail the job
        at_once(*(lambda pk=job.pk: ingestion_run(job_id=pk, final_attempt=False) for job in jobs))
        for job in jobs:
            job.refresh_from_db()
        assert [(job.status, job.error) for job in jobs] == [(S.DONE, ""), (S.DONE, "")]
        assert Source.objects.filter(content_hash=jobs[0].source.content_hash).count() == 1
        assert jobs[0].source_id == jobs[1].source_id
        claims = Claim.objects.filter(source=jobs[0].source).count()
        assert claims == 2  # 1,200 and 350
        assert sorted((job.claims_created, job.claims_existing) for job in jobs) == [(0, 2), (2, 0)]


def test_the_soft_time_limit_fails_the_job_with_its_reason(page_server, settings):
    # How a Celery prefork child meets its soft time limit: SIGUSR1, whose handler raises
    # SoftTimeLimitExceeded in the middle of whatever the task is doing (here, a fetch).
    import os
    import signal
    import threading

    from celery.exceptions import SoftTimeLimitExceeded

    def soft_limit(signum, frame):
        raise SoftTimeLimitExceeded()

    release = threading.Event()
    url = page_server.add("/hung", body=PAGE.encode(), hold=release)
    job = ingestion_create(kind="url", url=url, queue=False)
    before = signal.signal(signal.SIGUSR1, soft_limit)
    timer = threading.Timer(0.5, os.kill, (os.getpid(), signal.SIGUSR1))
    timer.start()
    try:
        ingestion_run(job_id=job.pk, final_attempt=False)  # not the last try, yet not retried
    finally:
        timer.cancel()
        release.set()
        signal.signal(signal.SIGUSR1, before)
    job.refresh_from_db()
    assert job.status == S.FAILED
    assert job.error == f"Stopped at the time limit of {settings.INGEST_SOFT_TIME_LIMIT} s (attempt 1)."
    assert job.finished_at is not None
    assert not Source.objects.exists()


def test_what_the_extractor_guessed_and_the_place_it_read_are_kept_on_the_claims(db):
    text = ("TUCSON, Ariz. (AP) — Agents apprehended 1,200 migrants in March, Border Patrol said.\n\n"
            "They also seized 300 pounds of fentanyl, the agency said.\n")
    job = run(kind="text", content=text, published=date(2024, 4, 9))
    named, carried = Claim.objects.filter(source=job.source).order_by("figure_start")
    assert (named.speaker.name, carried.speaker.name) == ("Border Patrol", "Border Patrol")
    assert named.place == carried.place == "Tucson, Ariz."  # from the dateline
    assert named.guessed == ["place"]
    # "the agency" and the month come from the sentence before: marked for a reviewer's look
    assert sorted(carried.guessed) == ["period_end", "period_start", "place", "speaker"]
