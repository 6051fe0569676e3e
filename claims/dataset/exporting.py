"""`manage.py export_data PATH`: every row factcheck holds, as the files claims.dataset.format
describes, streamed in chunks (constant memory whatever the number of claims).

The rows are read in one transaction, on PostgreSQL a repeatable-read snapshot, so a
claim never refers to a source written after the sources were read.
"""
from __future__ import annotations

import datetime
import decimal
import hashlib
import json
from collections.abc import Iterator
from pathlib import Path

from django.contrib.auth import get_user_model
from django.db import connection, transaction
from django.db.models import Q
from django.utils import timezone

from claims.dataset.format import ENTITIES, FORMAT, FORMAT_VERSION, MANIFEST, USERS, Entity, user_columns

CHUNK = 2000


class ExportError(Exception):
    """An export that cannot be written where asked."""


def _plain(value):
    if isinstance(value, decimal.Decimal):
        return str(value)
    if isinstance(value, (datetime.date, datetime.datetime)):
        return value.isoformat()
    return value


def _encode(row: dict) -> bytes:
    return (json.dumps(row, ensure_ascii=False, separators=(",", ":"), default=_plain) + "\n").encode()


def _with_many(entity: Entity, rows: Iterator[dict]) -> Iterator[dict]:
    """Rows with their many-to-many ids added, a chunk of rows at a time."""
    if not entity.many:
        yield from rows
        return
    chunk = []
    for row in rows:
        chunk.append(row)
        if len(chunk) == CHUNK:
            yield from _add_many(entity, chunk)
            chunk = []
    yield from _add_many(entity, chunk)


def _add_many(entity: Entity, chunk: list[dict]) -> list[dict]:
    for name in entity.many:
        through = entity.model._meta.get_field(name).remote_field.through
        own, other = (f.attname for f in through._meta.concrete_fields if f.is_relation)
        linked: dict[int, list[int]] = {row["id"]: [] for row in chunk}
        for pk, other_id in (through.objects.filter(**{f"{own}__in": linked}).order_by(own, other)
                             .values_list(own, other)):
            linked[pk].append(other_id)
        for row in chunk:
            row[name] = linked[row["id"]]
    return chunk


def entity_rows(entity: Entity, queryset=None) -> Iterator[dict]:
    """The entity's rows as the file holds them, in id order, read in chunks."""
    columns = entity.columns
    queryset = entity.model._base_manager.all() if queryset is None else queryset
    pk = entity.model._meta.pk.attname
    values = queryset.order_by(pk).values_list(*(c.query for c in columns)).iterator(chunk_size=CHUNK)
    names = [c.name for c in columns]
    return _with_many(entity, (dict(zip(names, row)) for row in values))


def _referenced_users():
    """Users named by any row: as authors, reviewers, history entries."""
    refs = Q()
    for entity, column in user_columns():
        refs |= Q(pk__in=entity.model._base_manager.exclude(**{column.attname: None}).values(column.attname))
    return get_user_model()._base_manager.filter(refs).order_by("username").values_list("username", flat=True)


def _write(path: Path, lines: Iterator[bytes], total: int, label: str, progress) -> tuple[int, str]:
    digest, count = hashlib.sha256(), 0
    with open(path, "wb") as out, progress(total=total, desc=label, unit=" rows") as bar:
        for line in lines:
            out.write(line)
            digest.update(line)
            count += 1
            if count % 1000 == 0:
                bar.update(1000)
        bar.update(count % 1000)
    return count, digest.hexdigest()


def export_data(path: str | Path, *, progress, overwrite: bool = False) -> dict:
    """Write the export into directory path; returns the manifest.

    progress is a tqdm-like factory (total=, desc=, unit=) used as a context manager.
    """
    root = Path(path)
    if (root / MANIFEST).exists() and not overwrite:
        raise ExportError(f"{root} already holds an export ({MANIFEST}): choose another directory.")
    root.mkdir(parents=True, exist_ok=True)
    (root / MANIFEST).unlink(missing_ok=True)  # written last: a directory without one is no export
    files = []
    snapshot = connection.vendor == "postgresql" and not connection.in_atomic_block  # (a test's transaction is one)
    with transaction.atomic():
        if snapshot:
            with connection.cursor() as cursor:
                cursor.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ READ ONLY")
        users = _referenced_users()
        count, digest = _write(root / f"{USERS}.jsonl", (_encode({"username": u}) for u in users.iterator()),
                               users.count(), USERS, progress)
        files.append({"entity": USERS, "file": f"{USERS}.jsonl", "count": count, "sha256": digest,
                      "fields": ["username"]})
        for entity in ENTITIES:
            lines = (_encode(row) for row in entity_rows(entity))
            count, digest = _write(root / entity.file, lines, entity.model._base_manager.count(), entity.name,
                                   progress)
            files.append({"entity": entity.name, "file": entity.file, "count": count, "sha256": digest,
                          "fields": entity.fields})
    manifest = {"format": FORMAT, "format_version": FORMAT_VERSION, "exported_at": timezone.now().isoformat(),
                "files": files}
    (root / MANIFEST).write_text(json.dumps(manifest, indent=2) + "\n")
    return manifest
