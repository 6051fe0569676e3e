"""What users meet: the app under gunicorn (2 sync workers, DEBUG off, PostgreSQL, the
shared cache in Redis) driven by wrk with 16 connections over loopback. Each endpoint is
printed as requests a second and as a ratio to the bare JsonResponse view that the same
gunicorn serves (/bench/bare/, routed only with BENCH=1), in rounds (3 of 3 s by default),
each round's bare run just before the endpoint's so that both meet the same load on a
shared machine; the median round is printed, with the spread of the rounds and the p99.

Then, in-process (Django's test client, so queries can be counted): the CPU time a request
of each endpoint costs against the bare view's (time.process_time, which the machine's
load inflates much less than wall time), the admin pages (bench.bench_admin), the sitemap,
the statistic page with the most claims, and the plan of the API's search query.

Runs on the 1M claims that `bench api` loads (BENCH_DATABASE_URL, or factcheck_bench on
127.0.0.1; loaded when the database holds another number, reused otherwise). The cache is
BENCH_CACHE_URL (redis://127.0.0.1:6379/1 unless set); pages are cached under a content
version that the run bumps first, so nothing of an earlier run is reused.

    python -m bench http                                  # everything at 1M claims
    python -m bench http -- --claims 20000 --rounds 1     # a quick look
    python -m bench http -- --only wrk --uncached         # the wrk part with page caching off
    python -m bench http -- --only inprocess --explain    # the in-process part, with query plans
    python -m bench http -- --only cpu                    # CPU a request in-process, against the bare view

Needs Debian's wrk (`make bench` installs it when it is missing).
"""
import argparse
import os
import random
import re
import shutil
import statistics as stats
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path
from urllib.parse import urlencode

from bench.bench_admin import admin_pages
from bench.bench_api import DEFAULT_URL, _ensure_database, _load

ROOT = Path(__file__).resolve().parent.parent
CONNECTIONS, THREADS = 16, 2


def main(argv: list[str]) -> int:
    if "--child" not in argv:
        return subprocess.call([sys.executable, "-m", "bench.bench_http", "--child", *argv], cwd=ROOT)
    parser = argparse.ArgumentParser(prog="bench http")
    parser.add_argument("--child", action="store_true")
    parser.add_argument("--claims", type=int, default=1_000_000)
    parser.add_argument("--seconds", type=int, default=3, help="wrk's run per endpoint and round")
    parser.add_argument("--rounds", type=int, default=3, help="rounds per endpoint, each with its own bare run")
    parser.add_argument("--only", choices=["wrk", "inprocess", "cpu"], help="one part of the benchmark")
    parser.add_argument("--uncached", action="store_true", help="serve with page caching off")
    parser.add_argument("--explain", action="store_true", help="print the search query's plan")
    args, _unknown = parser.parse_known_args(argv)
    if not shutil.which("wrk"):
        print("wrk is missing: `make bench` installs it (apt-get install wrk)", file=sys.stderr)
        return 2
    return _run(args)


def _environment(url: str, uncached: bool) -> dict[str, str]:
    env = dict(
        DATABASE_URL=url, DEBUG="0", SECRET_KEY="bench-only-not-a-secret", ALLOWED_HOSTS="127.0.0.1,testserver",
        SECURE_SSL_REDIRECT="0", SESSION_COOKIE_SECURE="0", CSRF_COOKIE_SECURE="0", LOG_LEVEL="ERROR",
        # Throttles stay on, as in production, at a rate wrk never reaches: per second, so that a
        # throttle's history (the last period's requests, read and written on each) stays short.
        API_THROTTLE_ANON="1000000/second", API_THROTTLE_USER="1000000/second", BENCH="1",
        CACHE_URL=os.environ.get("BENCH_CACHE_URL", "redis://127.0.0.1:6379/1"),
        DJANGO_SETTINGS_MODULE="factcheck.settings",
    )
    if uncached:
        env["PUBLIC_CACHE_SECONDS"] = "0"
    return env


def _setup(args) -> str:
    url = os.environ.get("BENCH_DATABASE_URL", DEFAULT_URL)
    _ensure_database(url)
    os.environ.update(_environment(url, args.uncached))
    os.environ.pop("CELERY_BROKER_URL", None)
    import django

    django.setup()
    from django.core.management import call_command

    from claims.models import Claim

    call_command("migrate", verbosity=0)
    call_command("collectstatic", interactive=False, verbosity=0)
    have = Claim.objects.count()
    if have != args.claims:
        print(f"  database holds {have:,} claims; loading {args.claims:,}...", flush=True)
        _load(args.claims)
    print(f"  {args.claims:,} claims in {url.rsplit('/', 1)[1]}", flush=True)
    _content_changed()
    return url


def _content_changed() -> None:
    """Start from an empty page cache: bump the public content version (factcheck.public_cache)."""
    try:
        from factcheck.public_cache import public_changed
    except ImportError:  # before the cache existed: nothing to clear
        return
    public_changed()


# -- the served half: gunicorn and wrk -------------------------------------------------------

class Server:
    """gunicorn with 2 sync workers on a port the OS picks, stopped on exit; its log is in
    `text` afterwards. env: the workers' environment (this process's unless given);
    extra: more gunicorn arguments. Also used by factcheck/tests/test_throttle_two_workers.py."""

    def __init__(self, env: dict | None = None, extra: tuple[str, ...] = ()):
        self.env, self.extra, self.text = env, extra, ""

    def __enter__(self):
        self.log = tempfile.NamedTemporaryFile(prefix="bench-gunicorn-", suffix=".log", delete=False)
        self.process = subprocess.Popen(
            [sys.executable, "-m", "gunicorn", "factcheck.wsgi:application", "--workers", "2",
             "--bind", "127.0.0.1:0", "--timeout", "120", *self.extra],
            cwd=ROOT, stdout=self.log, stderr=self.log, env=self.env,
        )
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            text = Path(self.log.name).read_text()
            found = re.search(r"Listening at: (http://127\.0\.0\.1:\d+)", text)
            if found and text.count("Booting worker with pid") >= 2:
                self.base = found.group(1)
                return self
            if self.process.poll() is not None:
                break
            time.sleep(0.2)
        self.__exit__()
        raise SystemExit(f"gunicorn did not start:\n{self.text}")

    def __exit__(self, *exc):
        self.process.terminate()
        try:
            self.process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            self.process.kill()
        self.text = Path(self.log.name).read_text()
        Path(self.log.name).unlink(missing_ok=True)


def _get(url: str) -> bytes:
    with urllib.request.urlopen(url, timeout=120) as response:  # noqa: S310 (our own server on loopback)
        if response.status != 200:
            raise SystemExit(f"{url} answered {response.status}")
        return response.read()


def _wrk(base: str, paths: list[str], seconds: int) -> tuple[float, float, int]:
    """(requests a second, p99 in ms, bytes of the first response) for wrk over paths, in turn."""
    body = _get(base + paths[0])
    for path in paths[1:]:  # every path answers 200, and is warm in the cache as a reader would find it
        _get(base + path)
    with tempfile.NamedTemporaryFile("w", suffix=".lua", delete=False) as script:
        quoted = ",".join('"' + p.replace("\\", "\\\\").replace('"', '\\"') + '"' for p in paths)
        script.write(f"local paths = {{{quoted}}}\nlocal i = 0\n"
                     "request = function()\n  i = i + 1\n  return wrk.format('GET', paths[(i % #paths) + 1])\nend\n")
    try:
        out = subprocess.run(
            ["wrk", f"-t{THREADS}", f"-c{CONNECTIONS}", f"-d{seconds}s", "--timeout", "60s", "--latency",
             "-s", script.name, base + paths[0]],
            capture_output=True, text=True, check=True,
        ).stdout
    finally:
        os.unlink(script.name)
    if "Non-2xx" in out or "Socket errors" in out:
        print(out, file=sys.stderr)
    rate = float(re.search(r"Requests/sec:\s+([\d.]+)", out).group(1))
    p99 = re.search(r"99%\s+([\d.]+)(us|ms|s)\b", out)
    p99_ms = float(p99.group(1)) * {"us": 0.001, "ms": 1, "s": 1000}[p99.group(2)]
    return rate, p99_ms, len(body)


def _sample_paths(n: int) -> dict[str, list[str]]:
    from django.db.models import Count

    from claims.models import Claim, Speaker, Statistic
    from claims.selectors import public_claims

    rng = random.Random(11)
    top = Claim.objects.order_by("-id").values_list("id", flat=True).first()
    claims = list(public_claims().filter(id__in=[rng.randrange(1, top + 1) for _ in range(n * 2)])
                  .select_related("speaker", "source")[:n])
    busiest = (Statistic.objects.filter(claims__status="published").annotate(n=Count("claims"))
               .order_by("-n").first())
    speaker = Speaker.objects.filter(claims__in=public_claims()).order_by("id").first()
    names = [c.speaker.name.removeprefix("Speaker ") for c in claims if c.speaker][:50]
    return {
        "claims": [c.get_absolute_url() for c in claims],
        "api claims": [f"/api/v1/claims/{c.pk}/" for c in claims],
        "sources": [c.source.get_absolute_url() for c in claims],
        "speaker names": [f"/api/v1/claims/?{urlencode({'search': name, 'page_size': 50})}" for name in names],
        "speaker": [speaker.get_absolute_url()],
        "statistic": [busiest.get_absolute_url()],
    }


def _endpoints(sample: dict[str, list[str]]) -> dict[str, list[str]]:
    return {
        "bare JsonResponse": ["/bench/bare/"],
        "API claims list, 50 a page": ["/api/v1/claims/?page_size=50"],
        "API claim detail": sample["api claims"],
        "API search, common word (border)": ["/api/v1/claims/?search=border&page_size=50"],
        "API search, a speaker's name": sample["speaker names"],
        "public claim list /claims/": ["/claims/"],
        "public claim page": sample["claims"],
        "public speaker page": sample["speaker"],
        "public statistic page (busiest)": sample["statistic"],
        "public source page": sample["sources"],
    }


def _served(args) -> None:
    endpoints = _endpoints(_sample_paths(200))
    print(f"  gunicorn, 2 sync workers; wrk, {CONNECTIONS} connections; each endpoint in {args.rounds} rounds of "
          f"{args.seconds} s, each round against the bare view run just before it (the machine's load varies by "
          f"the second): the median round's ratio; page cache {'off' if args.uncached else 'on'}; "
          f"load average {os.getloadavg()[0]:.1f}", flush=True)
    bare = endpoints.pop("bare JsonResponse")
    with Server() as server:
        for name, paths in endpoints.items():
            rounds = []
            for _ in range(args.rounds):
                base_rate, _p99, _size = _wrk(server.base, bare, args.seconds)
                rate, p99, size = _wrk(server.base, paths, args.seconds)
                rounds.append((rate / base_rate, rate, base_rate, p99))
            ratio, rate, base_rate, p99 = sorted(rounds)[len(rounds) // 2]
            spread = f"{min(r[0] for r in rounds):.3f}-{max(r[0] for r in rounds):.3f}"
            print(f"  {name:36s} {rate:8.1f} req/s  {ratio:6.3f}x bare ({base_rate:6.0f} req/s; rounds {spread})  "
                  f"p99 {p99:8.1f} ms  {size / 1024:6.1f} KB  load {os.getloadavg()[0]:.1f}", flush=True)


# -- the in-process half: admin pages, sitemap, statistic page, search plan --------------------

def _timed(client, url: str, repeat: int, fresh: bool = False) -> tuple[float, int, int, object]:
    """(median ms, queries, bytes, last response) of GET url; fresh: a cold page cache each time."""
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    times = []
    for _ in range(repeat):
        if fresh:
            _content_changed()
        with CaptureQueriesContext(connection) as queries:
            start = time.perf_counter()
            response = client.get(url)
            times.append((time.perf_counter() - start) * 1000)
        assert response.status_code == 200, (url, response.status_code)
    return stats.median(times), len(queries), len(response.content), response


def _cpu_costs(repeat: int = 300) -> None:
    """CPU time per request in this process (time.process_time, which other sessions' load
    does not inflate as it does wall time), each endpoint against the bare view: what the
    app itself costs, the waits on Redis and PostgreSQL apart. Anonymous, cached as served."""
    from django.test import Client

    client = Client()
    endpoints = _endpoints(_sample_paths(200))

    def cpu(paths: list[str]) -> float:
        for path in paths:
            assert client.get(path).status_code == 200, path
        start = time.process_time()
        for n in range(repeat):
            client.get(paths[n % len(paths)])
        return (time.process_time() - start) / repeat

    bare_paths = endpoints.pop("bare JsonResponse")
    cpu(bare_paths)  # warm: the first few hundred requests of a process cost more
    print(f"  CPU a request, in-process, cached as served ({repeat} requests, each endpoint against the bare "
          f"view measured just before it); load average {os.getloadavg()[0]:.1f}:")
    for name, paths in endpoints.items():
        bare = cpu(bare_paths)
        spent = cpu(paths)
        print(f"  {name:36s} {spent * 1000:8.2f} ms CPU  {bare / spent:6.3f}x bare ({bare * 1000:.2f} ms)", flush=True)


def _in_process(args) -> None:
    from django.test import Client

    _cpu_costs()

    print(f"  in-process (Django test client), median of the runs; load average {os.getloadavg()[0]:.1f}:")
    admin_pages()

    anonymous = Client()
    sample = _sample_paths(5)
    ms, queries, size, _ = _timed(anonymous, sample["statistic"][0], 5, fresh=True)
    print(f"  {'statistic page, busiest, uncached':36s} {ms:8.1f} ms  {queries:4d} queries  {size / 1024:7.1f} KB")
    _sitemaps(anonymous)
    _search_sql(args.explain)


def _sitemaps(client) -> None:
    import xml.etree.ElementTree as ET

    ns = "{http://www.sitemaps.org/schemas/sitemap/0.9}"
    ms, queries, size, response = _timed(client, "/sitemap.xml", 1, fresh=True)
    root = ET.fromstring(response.content)
    sections = [loc.text.removeprefix("http://testserver") for loc in root.iter(f"{ns}loc")]
    if root.tag != f"{ns}sitemapindex":
        print(f"  {'/sitemap.xml, one file':36s} {ms:8.1f} ms  {queries:4d} queries  {size / 1024:7.1f} KB  "
              f"{len(sections):,} URLs")
        return
    print(f"  {'/sitemap.xml, the index':36s} {ms:8.1f} ms  {queries:4d} queries  {size / 1024:7.1f} KB  "
          f"{len(sections)} files")
    claim_files = [s for s in sections if "claims" in s]
    for url in dict.fromkeys([claim_files[0], claim_files[len(claim_files) // 2], claim_files[-1],
                              *(s for s in sections if "claims" not in s)]):
        cold, queries, size, response = _timed(client, url, 1, fresh=True)
        warm, warm_queries, _size, _ = _timed(client, url, 3)
        urls = response.content.count(b"<loc>")
        print(f"  {url:36s} {cold:8.1f} ms  {queries:4d} queries  {size / 1024:7.1f} KB  {urls:,} URLs; "
              f"cached {warm:.1f} ms, {warm_queries} queries")


def _search_sql(explain: bool) -> None:
    """The slowest query of the API's common-word search, run again under EXPLAIN ANALYZE."""
    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext

    client = Client()
    _content_changed()
    with CaptureQueriesContext(connection) as queries:
        assert client.get("/api/v1/claims/?search=border&page_size=50").status_code == 200
    slowest = max(queries.captured_queries, key=lambda q: float(q["time"]))["sql"]
    with connection.cursor() as cursor:
        cursor.execute(f"EXPLAIN (ANALYZE, BUFFERS) {slowest}")
        plan = [row[0] for row in cursor.fetchall()]
    took = next(line for line in plan if line.startswith("Execution Time"))
    print(f"  {'API search ?search=border, its SQL':36s} {took}")
    if explain:
        print("    " + slowest)
        print("\n".join("    " + line for line in plan))


def _run(args) -> int:
    _setup(args)
    if args.only in (None, "wrk"):
        _served(args)
    if args.only == "cpu":
        _cpu_costs()
    if args.only in (None, "inprocess"):
        _in_process(args)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
