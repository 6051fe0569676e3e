"""Cost of the review desk's pages as they fill up: the claim page with 1 versus 100
evidence links, and the review queue with 10 versus 500 suggested claims.

Prints queries per page (which must not grow) and time per page as a ratio against the
small case measured in the same run. Runs in a child process on a throwaway SQLite file
(or BENCH_DATABASE_URL), so the project's own database is left alone.

    python -m bench admin
"""
import os
import statistics as stats
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPEAT = 15


def main(argv: list[str]) -> int:
    if "--child" not in argv:
        return subprocess.call([sys.executable, "-m", "bench.bench_admin", "--child", *argv])
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


def _measure(client, url: str) -> tuple[int, float]:
    from django.db import connection, reset_queries
    from django.test.utils import CaptureQueriesContext

    client.get(url)
    reset_queries()  # each request clears the log (request_started): start the count from empty
    with CaptureQueriesContext(connection) as queries:
        assert client.get(url).status_code == 200
    times = []
    for _ in range(REPEAT):
        start = time.perf_counter()
        client.get(url)
        times.append(time.perf_counter() - start)
    return len(queries), stats.median(times)


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


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
