"""Cost of the review desk's pages as they fill up: the claim page with 1 versus 100
evidence links, the review queue with 10 versus 500 suggested claims, and an article's
review page (claims.desk) with 3 versus 40 figures, each with a finding; with
`--claims N`, N more claims (on other articles) fill the table first, e.g. 1000000 to
check the review page stays under 150 ms at a million claims.

Prints queries per page (which must not grow) and time per page as a ratio against the
small case measured in the same run. Runs in a child process on a throwaway SQLite file
(or BENCH_DATABASE_URL), so the project's own database is left alone.

Then, at a million claims (the data `bench api` loads into BENCH_SCALE_DATABASE_URL, or
factcheck_bench on 127.0.0.1): the dashboard, the claim list, its searches and filters,
each with its queries and median time (the issue's bar: 150 ms and 15 queries each).

    python -m bench admin
    python -m bench admin -- --no-scale      # the growth half only
    python -m bench admin -- --only-scale    # the million-claim half only
    BENCH_DATABASE_URL=postgres://... python -m bench admin -- --claims 1000000
"""
import os
import statistics as stats
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPEAT = 15
REVIEW_PAGE_TARGET_MS = 150


ADMIN_PAGES = [
    ("admin index (dashboard)", "/admin/"),
    ("admin claim list", "/admin/claims/claim/"),
    ("admin claim search ?q=border", "/admin/claims/claim/?q=border"),
    ("admin claim search, rare word", "/admin/claims/claim/?q=zebra"),
    ("admin in review, ?q=border", "/admin/claims/claim/?status__exact=in_review&q=border"),
    ("admin claims by unit", "/admin/claims/claim/?unit__exact=USD"),
    ("admin claims with conflicts", "/admin/claims/claim/?conflicting=yes"),
    ("admin claim list, page 100", "/admin/claims/claim/?p=100"),
]
SCALE_RUNS = 5


def main(argv: list[str]) -> int:
    if "--child" not in argv:
        status = 0
        if "--only-scale" not in argv:
            status |= subprocess.call([sys.executable, "-m", "bench.bench_admin", "--child", *argv])
        if "--no-scale" not in argv:
            status |= subprocess.call([sys.executable, "-m", "bench.bench_admin", "--child", "--scale", *argv])
        return status
    if "--scale" in argv:
        return _at_scale(argv)
    with tempfile.TemporaryDirectory() as tmp:
        url = os.environ.get("BENCH_DATABASE_URL", f"sqlite:///{Path(tmp) / 'bench.sqlite3'}")
        return _run(url, background=_claims_option(argv))


def _claims_option(argv: list[str]) -> int:
    if "--claims" not in argv:
        return 0
    return int(argv[argv.index("--claims") + 1])


def _setup(url: str):
    os.environ.update(DATABASE_URL=url, DEBUG="1", DJANGO_SETTINGS_MODULE="factcheck.settings")
    os.environ.pop("CELERY_BROKER_URL", None)
    import django

    django.setup()
    from django.core.management import call_command

    call_command("migrate", verbosity=0)


def _measure(client, url: str, repeat: int = REPEAT) -> tuple[int, float]:
    from django.db import connection, reset_queries
    from django.test.utils import CaptureQueriesContext

    client.get(url)
    reset_queries()  # each request clears the log (request_started): start the count from empty
    with CaptureQueriesContext(connection) as queries:
        assert client.get(url).status_code == 200
    count = len(queries)  # now: the captured queries are read from the connection's log, which the next request clears
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        client.get(url)
        times.append(time.perf_counter() - start)
    return count, stats.median(times)


def _run(url: str, background: int = 0) -> int:
    _setup(url)
    from django.contrib.auth.models import User
    from django.test import Client
    from django.urls import reverse

    from claims.models import Claim, Evidence
    from sources.models import Source

    def source(n):
        s = Source(url=f"https://bench.example.org/{n}", title=f"Story {n}", text=f"Officials said {n} people.")
        s.set_text(s.text)
        s.save()
        return s

    def claim(n, status="suggested"):
        c = Claim(quote=f"Officials said {n} people.", unit="people", source=source(f"c{n}"), status=status,
                  quote_start=0, quote_end=20, figure_start=15, figure_end=18)
        c.set_figure(n, None)
        c.save()
        return c

    user = User.objects.create_superuser("bench", "bench@example.org", "bench-only")
    client = Client()
    client.force_login(user)
    status = 0

    page = claim(1, status="in_review")
    change = reverse("admin:claims_claim_change", args=[page.pk])
    rows = []
    for links in (1, 100):
        while Evidence.objects.filter(claim=page).count() < links:
            n = Evidence.objects.count()
            Evidence.objects.create(claim=page, source=source(f"e{n}"), stance="corroborates")
        rows.append((links, *_measure(client, change)))
    status |= _report("claim page", "evidence links", rows)

    queue = reverse("admin:claims_suggestedclaim_changelist") + "?all="
    rows = []
    for count in (10, 500):
        while Claim.objects.awaiting_review().count() < count:
            claim(Claim.objects.count() + 1000)
        rows.append((count, *_measure(client, queue)))
    status |= _report("review queue (all rows on one page)", "rows", rows)

    if background:
        _fill(background)
    rows = []
    for figures in (3, 40):
        article = _article(figures, f"a{figures}")
        rows.append((figures, *_measure(client, reverse("admin:claims_desk_article", args=[article.pk]))))
    status |= _report("article review page", "figures", rows)
    ms = rows[1][2] * 1000
    print(f"  40 figures with {Claim.objects.count():,} claims in the table: {ms:.1f} ms "
          f"(target under {REVIEW_PAGE_TARGET_MS} ms)")
    return status


def _article(figures: int, tag: str):
    """An ingested article: its text with `figures` figures, a suggested claim and a finding on each."""
    from claims.models import Claim, Finding, Speaker, Statistic
    from sources.models import Source

    sentences = [f"Officials said {n + 1},000 people were counted. " for n in range(figures)]
    source = Source(url=f"https://bench.example.org/article-{tag}", title=f"Article {tag}", publisher="Bench News")
    source.set_text("".join(sentences))
    source.save()
    speaker = Speaker.objects.create(name=f"Official {tag}", slug=f"official-{tag}")
    statistic = Statistic.objects.create(name=f"People counted {tag}", slug=f"people-{tag}", unit="people")
    at = 0
    for n, sentence in enumerate(sentences):
        start = at + sentence.index(f"{n + 1},000")
        claim = Claim(quote=sentence.strip(), unit="people", source=source, speaker=speaker, status="suggested",
                      quote_start=at, quote_end=at + len(sentence) - 1, figure_start=start,
                      figure_end=start + len(f"{n + 1},000"), guessed=["speaker"] if n % 3 == 0 else [])
        claim.set_figure((n + 1) * 1000, None)
        claim.save()
        Finding.objects.create(claim=claim, kind="statistic", key=f"statistic:{statistic.pk}", statistic=statistic,
                               score=0.7, explanation="The unit is the statistic's.")
        at += len(sentence)
    return source


def _fill(count: int) -> None:
    """`count` more claims, ten per article, bulk-inserted in batches."""
    from claims.models import Claim
    from sources.models import Source

    batch = 10_000
    for first in range(0, count, batch):
        size = min(batch, count - first)
        sources = Source.objects.bulk_create([
            Source(url=f"https://bench.example.org/fill-{first + i}", title=f"Filler {first + i}",
                   text="Officials said 1,000 people were counted.") for i in range(0, size, 10)])
        claims = []
        for i in range(size):
            claim = Claim(quote="Officials said 1,000 people were counted.", unit="people",
                          source=sources[i // 10], status="published" if i % 3 else "suggested",
                          quote_start=0, quote_end=40, figure_start=15 + i % 10, figure_end=20 + i % 10)
            claim.set_figure(1000, None)
            claims.append(claim)
        Claim.objects.bulk_create(claims, batch_size=5000)


def _report(title: str, what: str, rows) -> int:
    (small, q0, t0), (big, q1, t1) = rows
    print(f"{title}: {small} {what}: {q0} queries, {t0 * 1000:.1f} ms; {big} {what}: {q1} queries, "
          f"{t1 * 1000:.1f} ms; time ratio {t1 / t0:.2f}x for {big / small:.0f}x the {what}")
    if q1 != q0:
        print(f"  queries grew with the {what}: {q0} -> {q1}", file=sys.stderr)
        return 1
    return 0


# -- at a million claims ----------------------------------------------------------------------

def _at_scale(argv: list[str]) -> int:
    import argparse

    from bench import bench_http

    claims = int(argv[argv.index("--claims") + 1]) if "--claims" in argv else 1_000_000
    os.environ["BENCH_DATABASE_URL"] = os.environ.get("BENCH_SCALE_DATABASE_URL",
                                                      os.environ.get("BENCH_DATABASE_URL", bench_http.DEFAULT_URL))
    bench_http._setup(argparse.Namespace(claims=claims, uncached=False))
    print(f"admin at {claims:,} claims, median of {SCALE_RUNS} runs; load average {os.getloadavg()[0]:.1f}:")
    return admin_pages()


def _review_pages() -> list[tuple[str, str]]:
    """The desk's review page of an article with 40 figures or just over (the issue's bar:
    150 ms), and of the article with the most claims."""
    from django.db.models import Count
    from django.urls import reverse

    from claims.models import Claim

    counts = Claim.objects.values("source_id").annotate(n=Count("id"))
    forty = counts.filter(n__gte=40).order_by("n", "source_id").first()
    busiest = counts.order_by("-n", "source_id").first()
    return [(f"article review page, {row['n']} figures", reverse("admin:claims_desk_article", args=[row["source_id"]]))
            for row in (forty, busiest) if row is not None]


def admin_pages() -> int:
    """Time ADMIN_PAGES as a superuser, with their queries (a page over the issue's bar is
    marked, not failed: on a shared machine the time depends on the load)."""
    from django.contrib.auth.models import User
    from django.test import Client

    user = User.objects.filter(username="bench").first() or User.objects.create_superuser(
        "bench", "bench@example.org", "bench-only-not-a-password")
    client = Client()
    client.force_login(user)
    for name, url in [*ADMIN_PAGES, *_review_pages()]:
        queries, ms = _measure(client, url, SCALE_RUNS)
        ms *= 1000
        cpu = []  # this process's CPU (the database's own time apart): the machine's load sways it less
        for _ in range(SCALE_RUNS):
            start = time.process_time()
            client.get(url)
            cpu.append((time.process_time() - start) * 1000)
        over = "  (over the bar: 150 ms, 15 queries)" if ms > 150 or queries > 15 else ""
        print(f"  {name:36s} {ms:8.1f} ms  {stats.median(cpu):6.1f} ms CPU  {queries:4d} queries{over}", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
