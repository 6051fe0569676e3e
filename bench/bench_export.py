"""export_data and import_data: seconds per 1,000 claims, as ratios to PostgreSQL's own COPY
of the same tables measured in the same run, and each command's peak memory.

Runs on PostgreSQL: the claims `bench api` generates (BENCH_DATABASE_URL, or the database
factcheck_bench on 127.0.0.1; 1,000,000 claims, --claims N for fewer, reused when the
database holds that many) are exported with `manage.py export_data`, then imported with
`manage.py import_data` into a new empty database (<name>_import, dropped and migrated
first). Each command runs as its own process, as an operator runs it, so its peak
resident memory is its own: it stays flat as the number of claims grows for the export
(streamed), and grows with the ids kept for checking references on import.

    python -m bench export                       # 1M claims (the first load takes minutes)
    python -m bench export -- --claims 20000
"""
import argparse
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from bench.bench_api import DEFAULT_URL, _ensure_database

ROOT = Path(__file__).resolve().parent.parent
TABLES = ["sources_source", "claims_speaker", "claims_statistic", "claims_claim", "claims_evidence"]


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="bench export")
    parser.add_argument("--claims", type=int, default=1_000_000)
    parser.add_argument("--load", action="store_true", help=argparse.SUPPRESS)  # the child that loads the claims
    args, _unknown = parser.parse_known_args(argv)
    source = os.environ.get("BENCH_DATABASE_URL", DEFAULT_URL)
    if args.load:
        return _load(source, args.claims)
    _ensure_database(source)
    subprocess.run([sys.executable, "-m", "bench.bench_export", "--load", "--claims", str(args.claims)], check=True,
                   cwd=ROOT)
    return _run(source, args.claims)


def _load(url: str, n_claims: int) -> int:
    from bench.bench_api import _setup, ensure_claims

    _setup(url)
    ensure_claims(url, n_claims)
    return 0


def _env(url: str) -> dict:
    env = {**os.environ, "DATABASE_URL": url, "DEBUG": "0", "SECRET_KEY": "bench-only-not-a-secret",
           "ALLOWED_HOSTS": "testserver", "LOG_LEVEL": "ERROR"}
    env.pop("CELERY_BROKER_URL", None)
    return env


def _timed(args: list[str], url: str) -> tuple[float, float]:
    """Seconds a manage.py command took, and the peak memory (MB) of the largest child so far."""
    start = time.perf_counter()
    subprocess.run([sys.executable, "manage.py", *args, "-v0"], check=True, cwd=ROOT, env=_env(url),
                   stdout=subprocess.DEVNULL)
    return time.perf_counter() - start, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024


def _copy_out(url: str) -> float:
    """PostgreSQL's own COPY of the tables that hold the claims, to nowhere: the baseline."""
    import psycopg

    start = time.perf_counter()
    with psycopg.connect(url) as conn, conn.cursor() as cursor:
        for table in TABLES:
            with cursor.copy(f"COPY {table} TO STDOUT") as copy:
                for _block in copy:
                    pass
    return time.perf_counter() - start


def _fresh(url: str) -> None:
    import psycopg

    name = url.rsplit("/", 1)[1]
    with psycopg.connect(url.rsplit("/", 1)[0] + "/postgres", autocommit=True) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        conn.execute(f'CREATE DATABASE "{name}"')
    subprocess.run([sys.executable, "manage.py", "migrate", "-v0"], check=True, cwd=ROOT, env=_env(url))


def _claims(url: str) -> int:
    import psycopg

    with psycopg.connect(url) as conn:
        return conn.execute("SELECT count(*) FROM claims_claim").fetchone()[0]


def _run(source: str, n_claims: int) -> int:
    target = source + "_import"
    copy_seconds = _copy_out(source)
    with tempfile.TemporaryDirectory(prefix="bench-export-") as tmp:
        path = Path(tmp) / "export"
        export_seconds, export_mb = _timed(["export_data", str(path)], source)
        size = sum(f.stat().st_size for f in path.iterdir()) / 1e6
        _fresh(target)
        import_seconds, import_mb = _timed(["import_data", str(path)], target)
    imported = _claims(target)
    if imported != n_claims:
        raise SystemExit(f"import_data brought {imported:,} claims back, not {n_claims:,}")
    per_k = 1000 / n_claims
    print(f"  {n_claims:,} claims on PostgreSQL; the export is {size:,.0f} MB")
    print(f"  {'baseline: COPY of the same tables out':<40} {copy_seconds * per_k * 1000:8.1f} ms per 1k claims")
    for name, seconds, mb in (("export_data", export_seconds, export_mb), ("import_data (empty database)",
                                                                           import_seconds, import_mb)):
        print(f"  {name:<40} {seconds * per_k * 1000:8.1f} ms per 1k claims  ({seconds / copy_seconds:5.1f}x the "
              f"COPY; {seconds:,.1f} s in all; peak memory {mb:,.0f} MB)")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
