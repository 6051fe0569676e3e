"""Cost of the review desk's pages as they fill up: the claim page with 1 versus 100
evidence links, and the review queue with 10 versus 500 suggested claims.

Prints queries per page (which must not grow) and time per page as a ratio against the
small case measured in the same run. Runs in a child process on a throwaway SQLite file
(or BENCH_DATABASE_URL), so the project's own database is left alone.

Then, at a million claims (the data `bench api` loads into BENCH_SCALE_DATABASE_URL, or
factcheck_bench on 127.0.0.1): the dashboard, the claim list, its searches and filters,
each with its queries and median time (the issue's bar: 150 ms and 15 queries each).

    python -m bench admin
    python -m bench admin -- --no-scale      # the growth half only
    python -m bench admin -- --only-scale    # the million-claim half only
"""
import os
import statistics as stats
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPEAT = 15


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
        return _run(url)


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


def _run(url: str) -> int:
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
    return status


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


def admin_pages() -> int:
    """Time ADMIN_PAGES as a superuser, with their queries (a page over the issue's bar is
    marked, not failed: on a shared machine the time depends on the load)."""
    from django.contrib.auth.models import User
    from django.test import Client

    user = User.objects.filter(username="bench").first() or User.objects.create_superuser(
        "bench", "bench@example.org", "bench-only-not-a-password")
    client = Client()
    client.force_login(user)
    for name, url in ADMIN_PAGES:
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
