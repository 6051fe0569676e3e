"""Time to serve each public page with 2k versus 20k published claims (200k with --full).

Each page runs a fixed number of queries; this shows how their time holds up as the
tables grow. Printed as the ratio of the large run's median time to the small run's:
1.0 means the page does not slow down with the data.

Runs on PostgreSQL: BENCH_DATABASE_URL, or the database factcheck_bench_public on
127.0.0.1 (created if missing; its rows are replaced on every run), in a child process
so that this benchmark's settings stay its own.

    python -m bench public
    python -m bench public -- --full
"""
import datetime
import os
import random
import statistics as stats
import subprocess
import sys
import time

DEFAULT_URL = "postgres://postgres@127.0.0.1:5432/factcheck_bench_public"
REPEAT = 15


def main(argv: list[str]) -> int:
    if "--child" not in argv:
        return subprocess.call([sys.executable, "-m", "bench.bench_public", "--child", *argv])
    sizes = (2_000, 200_000) if "--full" in argv else (2_000, 20_000)
    _setup()
    rng = random.Random(6)
    timings = {}
    for size in sizes:
        pages = _grow(size, rng)
        timings[size] = {name: _median_ms(url) for name, url in pages.items()}
    small, large = sizes
    print(f"{'page':<12} {small:>9,} claims {large:>9,} claims   ratio   size at {large:,}")
    for name in timings[small]:
        (a, _), (b, size) = timings[small][name], timings[large][name]
        print(f"{name:<12} {a:>12.1f} ms {b:>12.1f} ms   {b / a:5.2f}   {size / 1024:7.1f} KB")
    return 0


def _setup() -> None:
    import psycopg

    url = os.environ.get("BENCH_DATABASE_URL", DEFAULT_URL)
    name = url.rsplit("/", 1)[1]
    with psycopg.connect(url.rsplit("/", 1)[0] + "/postgres", autocommit=True) as conn:
        if not conn.execute("SELECT 1 FROM pg_database WHERE datname = %s", [name]).fetchone():
            conn.execute(f'CREATE DATABASE "{name}"')
    # Production-like: DEBUG off (cached templates, hashed static files), over plain HTTP.
    os.environ.update(DATABASE_URL=url, DEBUG="0", SECRET_KEY="bench-only-not-a-secret", ALLOWED_HOSTS="testserver",
                      SECURE_SSL_REDIRECT="0", DJANGO_SETTINGS_MODULE="factcheck.settings")
    os.environ.pop("CELERY_BROKER_URL", None)
    import django

    django.setup()
    from django.core.management import call_command
    from django.db import connection

    call_command("migrate", verbosity=0)
    call_command("collectstatic", interactive=False, verbosity=0)
    with connection.cursor() as cur:
        cur.execute("TRUNCATE claims_evidence, claims_appearance, claims_claim, claims_speaker, claims_statistic, "
                    "sources_source RESTART IDENTITY CASCADE")


def _grow(to: int, rng: random.Random) -> dict[str, str]:
    """Add published claims (with speakers, statistics, sources, evidence) up to `to`; return page URLs."""
    from decimal import Decimal

    from django.db import connection
    from django.utils import timezone

    from claims import figures
    from claims.models import Claim, Evidence, Speaker, Statistic
    from claims.services import refresh_evidence_counts
    from sources.models import Source

    have = Claim.objects.count()
    n_speakers, n_stats, n_sources = max(20, to // 50), max(10, to // 100), max(100, to // 5)
    Speaker.objects.bulk_create([Speaker(name=f"Speaker {i}", slug=f"speaker-{i}")
                                 for i in range(Speaker.objects.count(), n_speakers)])
    Statistic.objects.bulk_create([Statistic(name=f"Statistic {i}", slug=f"statistic-{i}", unit="people")
                                   for i in range(Statistic.objects.count(), n_stats)])
    Source.objects.bulk_create([Source(title=f"Story {i}", publisher=f"Outlet {i % 300}", url=f"https://x.test/{i}",
                                       text="Officials said 1,000 people were counted.")
                                for i in range(Source.objects.count(), n_sources)], batch_size=5000)
    speakers = list(Speaker.objects.values_list("pk", flat=True))
    stats_ = list(Statistic.objects.values_list("pk", flat=True))
    sources = list(Source.objects.values_list("pk", flat=True))
    now = timezone.now()
    claims = []
    for i in range(have, to):
        value = Decimal(rng.randrange(1, 1000) * 1000)
        lower, upper = figures.implied_bounds(value, "over")
        day = datetime.date(2015, 1, 1) + datetime.timedelta(days=rng.randrange(3650))
        claims.append(Claim(
            quote=f"Officials said over {value:,} people were counted in story {i}", value=value, qualifier="over",
            lower_bound=lower, upper_bound=upper, unit="people", source_id=rng.choice(sources),
            speaker_id=rng.choice(speakers), statistic_id=rng.choice(stats_), stated_on=day, period_start=day,
            period_end=day + datetime.timedelta(days=30), status="published",
            verdict=rng.choice(["accurate", "false", ""]),
            published_at=now - datetime.timedelta(seconds=i),  # no figure offsets: one claim a figure of a source
        ))
    Claim.objects.bulk_create(claims, batch_size=5000)
    new_ids = list(Claim.objects.filter(pk__gt=0).order_by("-pk").values_list("pk", flat=True)[: to - have])
    Evidence.objects.bulk_create([Evidence(claim_id=pk, source_id=rng.choice(sources), stance="conflicts")
                                  for pk in new_ids[::10]], ignore_conflicts=True, batch_size=5000)
    refresh_evidence_counts(new_ids[::10])
    with connection.cursor() as cur:
        cur.execute("ANALYZE")
    claim = Claim.objects.published().filter(evidence__isnull=False).order_by("pk").first()
    return {
        "list": "/claims/",
        "list page 5": "/claims/?page=5",
        "list search": "/claims/?q=story+1234",
        "list filter": f"/claims/?verdict=false&speaker={claim.speaker.slug}",
        "claim": claim.get_absolute_url(),
        "speaker": claim.speaker.get_absolute_url(),
        "statistic": claim.statistic.get_absolute_url(),
        "source": claim.source.get_absolute_url(),
        "feed": "/claims/feed/",
    }


def _median_ms(url: str) -> tuple[float, int]:
    """The median time to serve the page (from the public page cache after the first) and its size."""
    from django.test import Client

    client = Client()
    first = client.get(url)
    assert first.status_code == 200, url
    times = []
    for _ in range(REPEAT):
        start = time.perf_counter()
        client.get(url)
        times.append((time.perf_counter() - start) * 1000)
    return stats.median(times), len(first.content)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
