"""Test helpers for export_data and import_data: a database with a row of every kind, and
what must come back identical after a round trip (counts, each claim's fields)."""
import hashlib
import json
from decimal import Decimal
from pathlib import Path

from django.contrib.auth.models import User

from claims import services
from claims.dataset.format import ENTITIES, MANIFEST
from claims.models import Claim, Finding, IngestionJob, SeriesSource


def fill(load_demo, editor, reviewer) -> None:
    """The demo data (sources, speakers, statistics, releases, official figures, claims, the
    review trail, findings, history) and what the demo lacks: evidence, an appearance, a
    correction, a duplicate, an ingestion job, a series source, rows written by users."""
    load_demo()
    first, second, *_ = Claim.objects.published().order_by("pk")
    services.evidence_create(user=reviewer, data=dict(claim=first, source=second.source, stance="context",
                                                        value=Decimal("12.5"), note="Background."))
    services.appearance_create(user=reviewer, data=dict(claim=first, source=second.source, quote="Also here."))
    services.claim_update(claim=first, user=editor, data={"verdict_explanation": "Checked again."},
                          change_reason="A clearer explanation.")
    other = services.claim_create(user=reviewer, data=dict(source=first.source, quote="Again two.", value=2,
                                                            unit="armed subjects"))
    services.claim_mark_duplicate(claim=other, original=first, user=reviewer)
    IngestionJob.objects.create(kind="text", content="Some text.", created_by=reviewer, source=first.source)
    SeriesSource.objects.create(name="A series", connector="csv", url="https://example.org/series.csv",
                                publisher="Example Office", options={"columns": {"value": "Value"}})


def counts() -> dict[str, int]:
    found = {e.name: e.model._base_manager.count() for e in ENTITIES}
    found["users"] = User.objects.count()
    return found


def claim_checksums() -> dict[int, str]:
    """Each claim's quote, figure, status, verdict and version, hashed."""
    rows = Claim.objects.order_by("pk").values_list(
        "pk", "quote", "value", "unit", "qualifier", "lower_bound", "upper_bound", "period_start", "period_end",
        "status", "verdict", "verdict_explanation", "version", "source_id", "duplicate_of_id")
    return {row[0]: hashlib.sha256(repr(row).encode()).hexdigest() for row in rows}


def empty_database() -> None:
    """Every row gone, without the history entries a delete() would add."""
    Finding.figures.through.objects.all().delete()
    for entity in reversed(ENTITIES):
        rows = entity.model._base_manager.all()
        rows._raw_delete(rows.db)


def manifest(path: Path) -> dict:
    return json.loads((path / MANIFEST).read_text())


def file_checksums(path: Path) -> dict[str, str]:
    return {f["file"]: f["sha256"] for f in manifest(path)["files"]}


def rewrite_line(path: Path, file: str, number: int, change, *, fix_checksum: bool) -> None:
    """Change line `number` of an export's file (change: dict -> None), fixing the manifest's sha256 if asked."""
    lines = (path / file).read_bytes().splitlines(keepends=True)
    row = json.loads(lines[number - 1])
    change(row)
    lines[number - 1] = (json.dumps(row) + "\n").encode()
    (path / file).write_bytes(b"".join(lines))
    if fix_checksum:
        data = manifest(path)
        for entry in data["files"]:
            if entry["file"] == file:
                entry["sha256"] = hashlib.sha256(b"".join(lines)).hexdigest()
        (path / MANIFEST).write_text(json.dumps(data))
