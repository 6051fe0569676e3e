"""REST API throughput: list, detail and search requests per second, as ratios to a bare
JsonResponse view served the same way in the same run.

Runs on PostgreSQL: BENCH_DATABASE_URL, or the database factcheck_bench on 127.0.0.1
(created if missing). It loads 1,000,000 generated claims (--claims N for fewer) with
COPY, and reuses them when the database already holds that many. Requests go through
Django's whole stack in-process (middleware, auth, throttling, DRF) with the test client,
the bare view too, with persistent database connections as in production; each endpoint
gets --requests requests (300 by default). The work runs in a child process so that this
benchmark's settings stay its own.

    python -m bench api                          # 1M claims (the first load takes minutes)
    python -m bench api -- --claims 20000 --requests 200
"""
import argparse
import os
import random
import subprocess
import sys
import time
from datetime import date, timedelta
from urllib.parse import urlencode

DEFAULT_URL = "postgres://postgres@127.0.0.1:5432/factcheck_bench"
WORDS = (
    "border crossings apprehensions migrants tariffs revenue inflation jobs wages housing prices crime "
    "arrests smuggling drugs fentanyl deaths budget deficit debt taxes schools hospitals emissions"
).split()
UNITS = ["apprehensions", "people", "USD", "percent", "jobs", "deaths"]
QUALIFIERS = ["", "", "over", "nearly", "about", "under", "at_least"]


def main(argv: list[str]) -> int:
    if "--child" not in argv:
        return subprocess.call([sys.executable, "-m", "bench.bench_api", "--child", *argv])
    parser = argparse.ArgumentParser(prog="bench api")
    parser.add_argument("--child", action="store_true")
    parser.add_argument("--claims", type=int, default=1_000_000)
    parser.add_argument("--requests", type=int, default=300)
    args, _unknown = parser.parse_known_args(argv)
    return _run(args.claims, args.requests)


def _ensure_database(url: str) -> None:
    import psycopg

    name = url.rsplit("/", 1)[1]
    with psycopg.connect(url.rsplit("/", 1)[0] + "/postgres", autocommit=True) as conn:
        if not conn.execute("SELECT 1 FROM pg_database WHERE datname = %s", [name]).fetchone():
            conn.execute(f'CREATE DATABASE "{name}"')


def _setup(url: str) -> None:
    os.environ.update(
        DATABASE_URL=url, DEBUG="0", SECRET_KEY="bench-only-not-a-secret", ALLOWED_HOSTS="testserver",
        SECURE_SSL_REDIRECT="0", SESSION_COOKIE_SECURE="0", CSRF_COOKIE_SECURE="0",
        API_THROTTLE_ANON="100000000/minute", API_THROTTLE_USER="100000000/minute", LOG_LEVEL="ERROR",
    )
    os.environ.pop("CELERY_BROKER_URL", None)
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "factcheck.settings")
    import django

    django.setup()
    from django.conf import settings
    from django.core.management import call_command

    settings.ROOT_URLCONF = "bench.bench_api"  # the app's URLs plus the bare view, below
    call_command("migrate", verbosity=0)


# What a required column that the generator does not fill holds (a column added after it was
# written: a row's version, a statistic's publisher), by its type.
_EMPTY = {"integer": "1", "bigint": "1", "smallint": "1", "boolean": "false", "jsonb": "'[]'"}


def _copy(cursor, table: str, columns: list[str], rows) -> None:
    cursor.execute(
        "SELECT column_name, data_type FROM information_schema.columns WHERE table_name = %s "
        "AND is_nullable = 'NO' AND column_default IS NULL AND column_name <> 'id'", [table])
    missing = [(name, kind) for name, kind in cursor.fetchall() if name not in columns]
    for name, kind in missing:
        cursor.execute(f"ALTER TABLE {table} ALTER COLUMN {name} SET DEFAULT {_EMPTY.get(kind, chr(39) * 2)}")
    with cursor.copy(f"COPY {table} ({', '.join(columns)}) FROM STDIN") as copy:
        for row in rows:
            copy.write_row(row)
    for name, _kind in missing:
        cursor.execute(f"ALTER TABLE {table} ALTER COLUMN {name} DROP DEFAULT")


def _load(n_claims: int) -> None:
    """Replace the data with n_claims generated claims (and sources, speakers, statistics, evidence)."""
    from django.db import connection

    rng = random.Random(7)
    now = "2026-01-01T00:00:00+00:00"
    n_sources, n_speakers, n_statistics = max(10, n_claims // 100), max(10, n_claims // 500), 200
    start = time.perf_counter()
    with connection.cursor() as cursor:
        raw = cursor.cursor  # psycopg's own cursor, for COPY
        cursor.execute(
            "TRUNCATE claims_claim, claims_speaker, claims_statistic, sources_source RESTART IDENTITY CASCADE"
        )
        cursor.execute("ALTER TABLE claims_claim DISABLE TRIGGER claims_claim_search_vector")
        cursor.execute("DROP INDEX IF EXISTS claims_claim_search_vector_idx")
        _copy(raw, "sources_source", ["url", "title", "publisher", "authors", "kind", "retrieved_at", "text",
                                       "content_hash", "created_at", "updated_at", "published_on", "version"], (
            (f"https://news.example.org/{i}", " ".join(rng.sample(WORDS, 5)).capitalize(), f"Publisher {i % 40}",
             "[]", "news_article", now, "", "", now, now, date(2020, 1, 1) + timedelta(days=i % 2000), 1)
            for i in range(1, n_sources + 1)
        ))
        _copy(raw, "claims_speaker", ["kind", "name", "slug", "role", "aliases", "same_as", "created_at",
                                       "updated_at", "version"], (
            ("person", f"Speaker {rng.choice(WORDS).capitalize()} {i}", f"speaker-{i}", "", "[]", "", now, now, 1)
            for i in range(1, n_speakers + 1)
        ))
        _copy(raw, "claims_statistic", ["name", "slug", "definition", "unit", "place", "measure", "keywords",
                                         "created_at", "updated_at", "version", "publisher_name", "measure_term",
                                         "includes", "excludes"], (
            (f"Statistic {i}", f"statistic-{i}", "", UNITS[i % len(UNITS)], "US", "count", "[]", now, now, 1,
             "", "", "", "")
            for i in range(1, n_statistics + 1)
        ))

        def claims():
            from claims import figures

            for i in range(1, n_claims + 1):
                value = rng.randrange(1, 2000) * 10 ** rng.randrange(0, 7)
                qualifier = rng.choice(QUALIFIERS)
                lower, upper = figures.implied_bounds(value, qualifier or None)
                stated = date(2020, 1, 1) + timedelta(days=rng.randrange(2000))
                conflicts = 1 if i % 10 == 0 else 0
                yield (
                    f"Officials said {' '.join(rng.sample(WORDS, 6))} reached {value:,}.", "", value,
                    UNITS[i % len(UNITS)], "", qualifier, lower, upper, "US",
                    "published" if i % 20 else "in_review", "", "", now, now, rng.randrange(1, n_sources + 1),
                    rng.randrange(1, n_speakers + 1) if i % 3 else None, rng.randrange(1, n_statistics + 1),
                    stated if i % 7 else None, stated - timedelta(days=365), stated, conflicts, 0, 0, 1,
                    # what of it the public sees (claims.services._tallies): all of it, no finding hides any
                    conflicts, 0, 0,
                )

        _copy(raw, "claims_claim", [
            "quote", "figure_text", "value", "unit", "rate", "qualifier", "lower_bound", "upper_bound", "place",
            "status", "verdict", "verdict_explanation", "created_at", "updated_at", "source_id", "speaker_id",
            "statistic_id", "stated_on", "period_start", "period_end", "conflicting_count", "context_count",
            "corroborating_count", "version", "public_conflicting_count", "public_context_count",
            "public_corroborating_count",
        ], claims())
        _copy(raw, "claims_evidence", ["stance", "unit", "note", "created_at", "updated_at", "claim_id", "source_id",
                                        "value", "version"], (
            ("conflicts", "", "", now, now, i, (i * 7) % n_sources + 1, None, 1) for i in range(10, n_claims + 1, 10)
        ))
        print(f"  loaded {n_claims:,} claims in {time.perf_counter() - start:.0f} s; indexing for search...",
              flush=True)
        # What the trigger computes per row (migration 0004), set-based: much faster for a bulk load.
        cursor.execute(
            "UPDATE claims_claim c SET search_vector = "
            "setweight(to_tsvector('english', c.quote), 'A') || "
            "setweight(to_tsvector('english', coalesce((SELECT name FROM claims_speaker WHERE id = c.speaker_id), "
            "'')), 'B') || "
            "setweight(to_tsvector('english', coalesce((SELECT title FROM sources_source WHERE id = c.source_id), "
            "'')), 'C')"
        )
        cursor.execute("CREATE INDEX claims_claim_search_vector_idx ON claims_claim USING GIN (search_vector)")
        cursor.execute("ALTER TABLE claims_claim ENABLE TRIGGER claims_claim_search_vector")
        cursor.execute("VACUUM ANALYZE")  # statistics, and the visibility map index-only scans read
    print(f"  ready in {time.perf_counter() - start:.0f} s", flush=True)


def ensure_claims(url: str, n_claims: int) -> None:
    """The database holds n_claims generated claims: reused when it does, loaded when not."""
    from claims.models import Claim

    have = Claim.objects.count()
    if have != n_claims:
        print(f"  database holds {have:,} claims; loading {n_claims:,}...", flush=True)
        _load(n_claims)
    else:
        print(f"  reusing {have:,} claims in {url.rsplit('/', 1)[1]}", flush=True)


def _rate(client, paths: list[str]) -> float:
    """Requests per second over paths (each must answer 200)."""
    client.get(paths[0])  # warm: connection, URL resolver, caches
    start = time.perf_counter()
    for path in paths:
        response = client.get(path)
        if response.status_code != 200:
            raise SystemExit(f"{path} answered {response.status_code}: {response.content[:300]!r}")
    return len(paths) / (time.perf_counter() - start)


def _run(n_claims: int, n_requests: int) -> int:
    url = os.environ.get("BENCH_DATABASE_URL", DEFAULT_URL)
    _ensure_database(url)
    _setup(url)
    from django.test import Client

    from claims.models import Claim, Speaker

    ensure_claims(url, n_claims)

    rng = random.Random(11)
    top = Claim.objects.order_by("-id").values_list("id", flat=True).first()
    public_ids = list(
        Claim.objects.published().filter(id__in=[rng.randrange(1, top + 1) for _ in range(n_requests * 2)])
        .values_list("id", flat=True)[:n_requests]
    )
    speaker_names = list(
        Speaker.objects.filter(id__in=[rng.randrange(1, Speaker.objects.count() + 1) for _ in range(n_requests)])
        .values_list("name", flat=True)
    )
    # Generated names are "Speaker <word> <n>": "speaker" is in every name, so search the rest.
    speaker_names = [name.removeprefix("Speaker ") for name in speaker_names]
    speaker_names = (speaker_names * n_requests)[:n_requests]
    client = Client()
    cursor_page = client.get("/api/v1/claims/?page_size=50").json()["next"].replace("http://testserver", "")
    endpoints = {
        "bare JsonResponse": ["/bench/bare/"] * n_requests,
        "textbook DRF list, page 1 (50)": ["/bench/textbook/"] * n_requests,
        "claims list, page 1 (50)": ["/api/v1/claims/?page_size=50"] * n_requests,
        "claims list, next page (50)": [cursor_page] * n_requests,
        "claims list, filtered by unit and value":
            ["/api/v1/claims/?unit=USD&value_min=1000&page_size=50"] * n_requests,
        "claims list, by date stated": ["/api/v1/claims/?ordering=-stated_on&page_size=50"] * n_requests,
        "claim detail": [f"/api/v1/claims/{pk}/" for pk in public_ids],
        # A speaker's name matches a few hundred claims at 1M, as a name or rare word would.
        "search, a speaker's name": [f"/api/v1/claims/?{urlencode({'search': name, 'page_size': 50})}"
                                     for name in speaker_names],
        # Two of the generator's 24 words match ~5% of all claims, every one of them ranked.
        "search, two common words": [f"/api/v1/claims/?search={rng.choice(WORDS)}+{rng.choice(WORDS)}&page_size=50"
                                     for _ in range(max(10, n_requests // 10))],
    }
    rates = {name: _rate(client, paths) for name, paths in endpoints.items()}
    base = rates["bare JsonResponse"]
    print(f"  {n_claims:,} claims on PostgreSQL, {n_requests} requests per endpoint, in-process test client")
    for name, rate in rates.items():
        print(f"  {name:42s} {rate:8.1f} req/s   {rate / base:6.1%} of bare JsonResponse")
    return 0


# The URLs served in the child: the app's own, plus the bare baseline view.
def _bare(request):
    from django.http import JsonResponse

    return JsonResponse({"id": 1, "quote": "Officials said 1,000 people were counted.", "value": "1000"})


def _textbook_view():
    """The textbook DRF list the issue measures against: nested ModelSerializers, DRF's cursor pages."""
    from rest_framework import generics, pagination, serializers

    from claims.models import Claim, Speaker, Statistic
    from sources.models import Source

    class Nested(serializers.ModelSerializer):
        class Meta:
            fields = ["id", "name"]

    class SpeakerSerializer(Nested):
        class Meta(Nested.Meta):
            model = Speaker

    class StatisticSerializer(Nested):
        class Meta(Nested.Meta):
            model = Statistic

    class SourceSerializer(serializers.ModelSerializer):
        class Meta:
            model = Source
            fields = ["id", "title", "publisher", "url"]

    class ClaimSerializer(serializers.ModelSerializer):
        speaker = SpeakerSerializer()
        statistic = StatisticSerializer()
        source = SourceSerializer()

        class Meta:
            model = Claim
            fields = [
                "id", "quote", "figure_text", "value", "unit", "rate", "qualifier", "lower_bound", "upper_bound",
                "period_start", "period_end", "place", "stated_on", "status", "verdict", "verdict_explanation",
                "corroborating_count", "conflicting_count", "context_count", "published_at", "created_at",
                "updated_at", "speaker", "source", "statistic",
            ]

    class Pages(pagination.CursorPagination):
        ordering = "-id"
        page_size = 50

    class TextbookList(generics.ListAPIView):
        serializer_class = ClaimSerializer
        pagination_class = Pages
        filter_backends = []
        queryset = Claim.objects.published().select_related("speaker", "source", "statistic")

    return TextbookList.as_view()


def _urlpatterns():
    from django.urls import include, path

    return [
        path("bench/bare/", _bare),
        path("bench/textbook/", _textbook_view()),
        path("", include("factcheck.urls")),
    ]


def __getattr__(name):  # urlpatterns built lazily: Django is set up in the child first
    if name == "urlpatterns":
        return _urlpatterns()
    raise AttributeError(name)


if __name__ == "__main__":
    # Django imports this module by name as the URLconf: let it find this one, already set up.
    sys.modules.setdefault("bench.bench_api", sys.modules[__name__])
    sys.exit(main(sys.argv[1:]))
