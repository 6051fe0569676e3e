"""Ingestion throughput: articles a second through the whole service (job, source,
speakers, claims with their history, on PostgreSQL) against the extractor alone on the
same texts, measured in the same run. The ratio is what recording costs on top of
reading; re-ingesting the same articles (idempotent: nothing new) is measured too.

Then a claim save: an editor changing a published claim's verdict through
claims.services.claim_update (history, the public cache's version), against a plain UPDATE
of the same row.

Runs on PostgreSQL: BENCH_DATABASE_URL, or factcheck_bench_ingest on 127.0.0.1 (created
if missing; emptied on every run), in a child process so its settings stay its own.

    python -m bench ingest                  # 200 articles
    python -m bench ingest -- --articles 1000
"""
import os
import subprocess
import sys
import time
from pathlib import Path

DEFAULT_URL = "postgres://postgres@127.0.0.1:5432/factcheck_bench_ingest"
CORPUS = Path(__file__).resolve().parent.parent / "data" / "corpus" / "dev"


def main(argv: list[str]) -> int:
    if "--child" not in argv:
        return subprocess.call([sys.executable, "-m", "bench.bench_ingest", "--child", *argv])
    count = int(argv[argv.index("--articles") + 1]) if "--articles" in argv else 200
    return _run(count)


def _setup() -> None:
    import psycopg

    url = os.environ.get("BENCH_DATABASE_URL", DEFAULT_URL)
    base, name = url.rsplit("/", 1)
    with psycopg.connect(base + "/postgres", autocommit=True) as conn:
        if not conn.execute("SELECT 1 FROM pg_database WHERE datname = %s", [name]).fetchone():
            conn.execute(f'CREATE DATABASE "{name}"')
    os.environ.update(DATABASE_URL=url, DEBUG="1", DJANGO_SETTINGS_MODULE="factcheck.settings")
    os.environ.pop("CELERY_BROKER_URL", None)
    import django

    django.setup()
    from django.core.management import call_command
    from django.db import connection

    call_command("migrate", verbosity=0)
    with connection.cursor() as cur:
        cur.execute("TRUNCATE claims_ingestionjob, claims_claim, claims_speaker, sources_source "
                    "RESTART IDENTITY CASCADE")


def _rate(label: str, n: int, seconds: float) -> float:
    rate = n / seconds
    print(f"{label:<44} {rate:8.1f} articles/s  ({seconds:.2f} s for {n})")
    return rate


def _run(count: int) -> int:
    _setup()
    from claims.extraction import extract_claims
    from claims.ingestion import ingestion_create, ingestion_run
    from claims.models import Claim

    articles = sorted(CORPUS.glob("*.txt"))
    # Each copy differs by a line, so every one is a new source (different content hash).
    texts = [articles[i % len(articles)].read_text() + f"\n\n(Copy {i}.)\n" for i in range(count)]

    start = time.perf_counter()
    for text in texts:
        extract_claims(text)
    baseline = _rate("baseline: extract_claims alone", count, time.perf_counter() - start)

    def ingest_all():
        for text in texts:
            job = ingestion_create(kind="text", content=text, queue=False)
            ingestion_run(job_id=job.pk)

    start = time.perf_counter()
    ingest_all()
    full = _rate("ingestion: job, source, speakers, claims", count, time.perf_counter() - start)
    claims = Claim.objects.count()
    start = time.perf_counter()
    ingest_all()
    again = _rate("ingesting the same articles again", count, time.perf_counter() - start)
    assert Claim.objects.count() == claims, "re-ingesting created claims"
    print(f"{claims} claims suggested; ingestion runs at {full / baseline:.2f}x the extractor's rate, "
          f"re-ingestion at {again / baseline:.2f}x")
    _claim_saves(200)
    return 0


def _claim_saves(count: int) -> None:
    from django.contrib.auth.models import Group, User

    from claims.models import Claim
    from claims.services import claim_update

    editor = User.objects.get_or_create(username="bench-editor")[0]
    editor.groups.add(Group.objects.get_or_create(name="editor")[0])
    claim = Claim.objects.order_by("pk").first()
    Claim.objects.filter(pk=claim.pk).update(status=Claim.Status.PUBLISHED)
    start = time.perf_counter()
    for n in range(count):
        Claim.objects.filter(pk=claim.pk).update(verdict_explanation=f"Checked {n}.")
    plain = count / (time.perf_counter() - start)
    start = time.perf_counter()
    for n in range(count):
        claim = Claim.objects.get(pk=claim.pk)
        claim_update(claim=claim, user=editor, data={"verdict": "false" if n % 2 else "accurate",
                                                   "verdict_explanation": f"Checked again {n}."},
                     change_reason="Benchmark: a published claim's verdict corrected.")
    saved = count / (time.perf_counter() - start)
    print(f"{'baseline: a plain UPDATE of the row':<44} {plain:8.1f} a second")
    print(f"{'claim save (claims.services.claim_update)':<44} {saved:8.1f} a second  ({saved / plain:.2f}x the UPDATE)")


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
