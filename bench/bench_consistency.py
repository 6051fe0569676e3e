"""Per-claim cost of a consistency check at 10k versus 100k claims (or 1M with --full).

The engine finds candidates through indexes (claims by statistic and period), so a
check's time should not grow with the number of claims. The database grows as a real
one does: more claims come with more statistics and periods, about five claims for
each statistic and month.

Runs on PostgreSQL: BENCH_DATABASE_URL, or the database factcheck_bench_consistency on
127.0.0.1 (created if missing; its claims are replaced on every run). The work runs in
a child process so that this benchmark's database settings stay its own.

    python -m bench consistency                 # 10k vs 100k
    python -m bench consistency -- --full       # 10k vs 1M (slow: several minutes)
"""
import os
import random
import statistics as stats
import subprocess
import sys
import time

DEFAULT_URL = "postgres://postgres@127.0.0.1:5432/factcheck_bench_consistency"
CLAIMS_PER_GROUP = 5
MONTHS = 24
SAMPLE = 200


def main(argv: list[str]) -> int:
    if "--child" not in argv:
        return subprocess.call([sys.executable, "-m", "bench.bench_consistency", "--child", *argv])
    return _run(full="--full" in argv)


def _ensure_database(url: str) -> None:
    import psycopg

    name = url.rsplit("/", 1)[1]
    with psycopg.connect(url.rsplit("/", 1)[0] + "/postgres", autocommit=True) as conn:
        if not conn.execute("SELECT 1 FROM pg_database WHERE datname = %s", [name]).fetchone():
            conn.execute(f'CREATE DATABASE "{name}"')


def _setup():
    url = os.environ.get("BENCH_DATABASE_URL", DEFAULT_URL)
    _ensure_database(url)
    os.environ.update(DATABASE_URL=url, DEBUG="1", DJANGO_SETTINGS_MODULE="factcheck.settings")
    os.environ.pop("CELERY_BROKER_URL", None)
    import django

    django.setup()
    from django.core.management import call_command

    call_command("migrate", verbosity=0)
    from django.db import connection

    with connection.cursor() as cur:
        cur.execute("TRUNCATE claims_finding, claims_officialfigure, claims_evidence, claims_appearance, "
                    "claims_claim, claims_statistic, sources_source RESTART IDENTITY CASCADE")


def _grow(to: int, rng: random.Random) -> list[int]:
    """Add claims (with their statistics and sources) until there are `to`; return the new ids."""
    import datetime
    from decimal import Decimal

    from claims import figures
    from claims.models import Claim, Statistic
    from sources.models import Source

    have = Claim.objects.count()
    groups_needed = to // CLAIMS_PER_GROUP
    stat_count = Statistic.objects.count()
    new_stats = [Statistic(name=f"Statistic {i}", slug=f"s-{i}", unit="people", measure="count")
                 for i in range(stat_count, max(stat_count, groups_needed // MONTHS))]
    Statistic.objects.bulk_create(new_stats, batch_size=5000)
    stat_ids = list(Statistic.objects.values_list("pk", flat=True))
    sources = [Source(title=f"Story {i}", publisher=f"Outlet {i % 500}") for i in range(have // 10, to // 10)]
    Source.objects.bulk_create(sources, batch_size=5000)
    source_ids = list(Source.objects.values_list("pk", flat=True))
    start = datetime.date(2022, 1, 1)
    periods = []
    for m in range(MONTHS):
        first = datetime.date(start.year + (start.month - 1 + m) // 12, (start.month - 1 + m) % 12 + 1, 1)
        last = (first.replace(day=28) + datetime.timedelta(days=4)).replace(day=1) - datetime.timedelta(days=1)
        periods.append((first, last))
    batch = []
    for _ in range(have, to):
        value = Decimal(rng.choice([1000, 1200, 1500, 2000, 1234, 987]))
        qualifier = rng.choice([None, "over", "about", "nearly"])
        lower, upper = figures.implied_bounds(value, qualifier)
        p_start, p_end = rng.choice(periods)
        batch.append(Claim(quote="q", value=value, qualifier=qualifier or "", lower_bound=lower, upper_bound=upper,
                           unit="people", statistic_id=rng.choice(stat_ids), source_id=rng.choice(source_ids),
                           period_start=p_start, period_end=p_end, status="published"))
        if len(batch) == 5000:
            Claim.objects.bulk_create(batch)
            batch = []
    if batch:
        Claim.objects.bulk_create(batch)
    from django.db import connection

    with connection.cursor() as cur:
        cur.execute("ANALYZE")
    return list(Claim.objects.order_by("-pk").values_list("pk", flat=True)[: to - have])


def _measure(ids: list[int], rng: random.Random) -> tuple[float, float]:
    """Median seconds and mean queries per check over a sample of claims."""
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    from claims.consistency import check_claim

    times, queries = [], []
    for pk in rng.sample(ids, min(SAMPLE, len(ids))):
        with CaptureQueriesContext(connection) as ctx:
            t = time.perf_counter()
            check_claim(claim_id=pk)
            times.append(time.perf_counter() - t)
        queries.append(len(ctx.captured_queries))
    return stats.median(times), stats.mean(queries)


def _run(*, full: bool) -> int:
    t0 = time.perf_counter()
    _setup()
    rng = random.Random(7)
    small, large = 10_000, (1_000_000 if full else 100_000)
    ids = _grow(small, rng)
    base_time, base_queries = _measure(ids, rng)
    print(f"{small:>9,} claims: {base_time * 1000:.2f} ms per check (median of {SAMPLE}), "
          f"{base_queries:.1f} queries", flush=True)
    ids = _grow(large, rng)
    big_time, big_queries = _measure(ids, rng)
    print(f"{large:>9,} claims: {big_time * 1000:.2f} ms per check (median of {SAMPLE}), "
          f"{big_queries:.1f} queries", flush=True)
    print(f"ratio {large // small}x claims -> {big_time / base_time:.2f}x time per check "
          f"({time.perf_counter() - t0:.0f} s in all)")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
