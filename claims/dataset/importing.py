"""`manage.py import_data PATH`: an export (claims.dataset.format) back into a database.

Into an empty database every row comes back with its id and version (ETags stay the
same). Into one that holds data only with merge=True: each row is matched by its natural
key (format.py), a row already there is kept as it is and a new one is added under a new
id, so a second merge of the same export changes nothing.

Nothing is written before every file's checksum and line count match the manifest; then
everything is written in one transaction, so a bad row (named by file and line) leaves
the database as it was. Rows are written as they are stored (like loaddata): no service
runs, no history entry is added (the export brings its own), no check is queued.
"""
from __future__ import annotations

import hashlib
import json
from collections.abc import Iterator
from pathlib import Path
from types import SimpleNamespace

from django.contrib.auth import get_user_model
from django.core.exceptions import ValidationError
from django.core.management.color import no_style
from django.db import DatabaseError, connection, models, transaction

from claims.dataset.format import ENTITIES, FORMAT, FORMAT_VERSION, MANIFEST, USERS, Column, Entity
from claims.services import recount_evidence_tallies
from factcheck.public_cache import public_changed

CHUNK = 1000


class LoadError(Exception):
    """An export that cannot be imported: the message names the file and line at fault."""


def _fail(file: str, line: int | None, message: str):
    raise LoadError(f"{file} line {line}: {message}" if line else f"{file}: {message}")


# -- checking the files against the manifest ------------------------------------------------

def read_manifest(root: Path) -> dict:
    try:
        manifest = json.loads((root / MANIFEST).read_text())
    except FileNotFoundError:
        raise LoadError(f"{root} holds no {MANIFEST}: not an export, or an export cut short.") from None
    except ValueError as exc:
        raise LoadError(f"{MANIFEST}: not valid JSON ({exc}).") from None
    if not isinstance(manifest, dict) or manifest.get("format") != FORMAT:
        raise LoadError(f"{MANIFEST}: not a factcheck export (format is not {FORMAT!r}).")
    if manifest.get("format_version") != FORMAT_VERSION:
        raise LoadError(f"{MANIFEST}: format version {manifest.get('format_version')!r}; this version of factcheck "
                        f"reads version {FORMAT_VERSION}.")
    known = {USERS: ["username"]} | {e.name: e.fields for e in ENTITIES}
    for entry in manifest.get("files", []):
        name = entry.get("entity")
        if name not in known:
            raise LoadError(f"{MANIFEST}: unknown entity {name!r}.")
        if entry.get("fields") != known[name] or entry.get("file") != f"{name}.jsonl":
            raise LoadError(f"{entry.get('file')}: its fields are not those of format version {FORMAT_VERSION}.")
    return manifest


def _lines(path: Path) -> Iterator[bytes]:
    with open(path, "rb") as f:
        yield from f


def _diagnose(root: Path, entry: dict) -> None:
    """Where a file whose checksum does not match went wrong: the first bad line."""
    file, n = entry["file"], 0
    for n, line in enumerate(_lines(root / file), 1):
        if not line.endswith(b"\n"):
            _fail(file, n, "cut short (the export is truncated).")
        try:
            json.loads(line)
        except ValueError as exc:
            _fail(file, n, f"not valid JSON ({exc}).")
    if n < entry["count"]:
        _fail(file, n + 1, f"missing: the manifest counts {entry['count']} lines and the file ends after {n} "
                           "(the export is truncated).")
    if n > entry["count"]:
        _fail(file, entry["count"] + 1, f"one line too many: the manifest counts {entry['count']}.")
    _fail(file, None, "its sha256 does not match the manifest: the file was changed after the export.")


def verify(root: Path, manifest: dict, progress) -> None:
    """Every file's checksum and line count against the manifest, before anything is written."""
    for entry in manifest["files"]:
        path = root / entry["file"]
        if not path.is_file():
            _fail(entry["file"], None, "missing from the export.")
        digest, count = hashlib.sha256(), 0
        with progress(total=entry["count"], desc=f"verify {entry['entity']}", unit=" rows") as bar:
            for line in _lines(path):
                digest.update(line)
                count += 1
            bar.update(count)
        if digest.hexdigest() != entry["sha256"] or count != entry["count"]:
            _diagnose(root, entry)


# -- ids: kept (empty database) or mapped (merge) ----------------------------------------------

class KeptIds:
    """Into an empty database: ids are kept; remembers which the export holds."""

    def __init__(self):
        self.ids = set()

    def get(self, old):
        return old if old in self.ids else None

    def add(self, old, new):
        self.ids.add(old)


class MappedIds(KeptIds):
    """On merge: the id each exported row has in this database."""

    def __init__(self):
        self.ids = {}

    def get(self, old):
        return self.ids.get(old)

    def add(self, old, new):
        self.ids[old] = new


# -- rows -----------------------------------------------------------------------------------

def _converter(column: Column):
    f = column.field
    if column.refers_to:
        return lambda v: v
    if isinstance(f, (models.CharField, models.TextField)):
        def text(v):
            if not isinstance(v, str):
                raise ValidationError(f"a string is expected, not {type(v).__name__}.")
            return v
        return text
    if isinstance(f, models.IntegerField) or isinstance(f, models.AutoField):
        def integer(v):
            if not isinstance(v, int) or isinstance(v, bool):
                raise ValidationError(f"a whole number is expected, not {v!r}.")
            return v
        return integer
    if isinstance(f, models.JSONField):
        return lambda v: v
    return f.to_python


class Loader:
    def __init__(self, root: Path, manifest: dict, *, merge: bool, progress):
        self.root, self.merge, self.progress = root, merge, progress
        self.entries = {e["entity"]: e for e in manifest["files"]}
        self.ids = {e.name: (MappedIds() if merge else KeptIds()) for e in ENTITIES}
        self.users: dict[str, int] = {}
        self.summary: dict[str, dict[str, int]] = {}

    def rows(self, name: str) -> Iterator[tuple[int, dict]]:
        entry = self.entries.get(name)
        if entry is None:
            return
        for n, line in enumerate(_lines(self.root / entry["file"]), 1):
            try:
                row = json.loads(line)
            except ValueError as exc:
                _fail(entry["file"], n, f"not valid JSON ({exc}).")
            if not isinstance(row, dict):
                _fail(entry["file"], n, "not a JSON object.")
            yield n, row

    def load_users(self) -> None:
        User = get_user_model()
        names = []
        for n, row in self.rows(USERS):
            if set(row) != {"username"} or not isinstance(row["username"], str) or not row["username"]:
                _fail(f"{USERS}.jsonl", n, 'each line is {"username": "..."}.')
            names.append(row["username"])
        self.users = dict(User._base_manager.filter(username__in=names).values_list("username", "pk"))
        added = 0
        for name in names:
            if name not in self.users:
                # Known by name only: it cannot sign in until someone gives it a password and a role.
                user = User(username=name, is_active=False)
                user.set_unusable_password()
                user.save()
                self.users[name], added = user.pk, added + 1
        self.summary[USERS] = {"rows": len(names), "added": added}

    def decode(self, entity: Entity, n: int, row: dict) -> dict:
        """A line's row as model attnames, its references mapped; LoadError naming the line."""
        expected = self.expected[entity.name]
        if row.keys() != expected:
            missing, unknown = sorted(expected - set(row)), sorted(set(row) - expected)
            _fail(entity.file, n, f"fields missing {missing}, unknown {unknown}.")
        out = {}
        for column, name, attname, convert, nullable in self.converters[entity.name]:
            value = row[name]
            if value is not None:
                try:
                    value = convert(value)
                except (ValidationError, TypeError, ValueError) as exc:
                    text = "; ".join(exc.messages) if isinstance(exc, ValidationError) else str(exc)
                    _fail(entity.file, n, f"{name}: {text}")
                if column.refers_to is not None:
                    value = self.reference(entity, n, column, value)
            elif not nullable:
                _fail(entity.file, n, f"{name}: may not be null.")
            out[attname] = value
        for attname, default in self.defaults[entity.name]:
            out[attname] = default()  # a field the export leaves out (a secret): a new value
        return out

    def reference(self, entity: Entity, n: int, column: Column, value):
        if column.refers_to is None:
            return value
        if column.refers_to == USERS:
            if value not in self.users:
                _fail(entity.file, n, f"{column.name}: user {value!r} is not in {USERS}.jsonl.")
            return self.users[value]
        if column.field.primary_key or (column.refers_to == entity.name and not column.loose):
            return value  # its own id; a reference to a row of its own file is mapped afterwards
        mapped = self.ids[column.refers_to].get(value)
        if mapped is None:
            if column.loose:
                return value if not self.merge else None
            _fail(entity.file, n, f"{column.name}: {value} is not an id in {column.refers_to}.jsonl.")
        return mapped

    # -- writing ------------------------------------------------------------------------------

    def load(self, entity: Entity) -> None:
        self.converters[entity.name] = [(c, c.name, c.attname, _converter(c), c.field.null or c.field.primary_key)
                                        for c in entity.columns]
        self.expected[entity.name] = set(entity.fields)
        self.defaults[entity.name] = [(f.attname, f.get_default) for f in entity.model._meta.concrete_fields
                                      if f.name in entity.exclude]
        entry = self.entries.get(entity.name, {"count": 0})
        stats = self.summary[entity.name] = {"rows": 0, "added": 0}
        self.own_refs: list[tuple[int, int, str, int]] = []  # (line, exported pk, attname, exported id it names)
        chunk: list[tuple[int, dict, dict]] = []
        with self.progress(total=entry["count"], desc=f"import {entity.name}", unit=" rows") as bar:
            for n, row in self.rows(entity.name):
                chunk.append((n, row, self.decode(entity, n, row)))
                if len(chunk) == CHUNK:
                    self.write(entity, chunk, stats)
                    bar.update(len(chunk))
                    chunk = []
            self.write(entity, chunk, stats)
            bar.update(len(chunk))
        self.resolve_own_refs(entity)

    def write(self, entity: Entity, chunk: list, stats: dict) -> None:
        if not chunk:
            return
        stats["rows"] += len(chunk)
        if entity.object_of and self.merge:
            # The history of a row neither in this database nor in the export (deleted before it): left out.
            chunk = [(n, row, data) for n, row, data in chunk if data["id"] is not None]
        new, aliases = self.unmatched(entity, chunk) if self.merge else (chunk, [])
        if not new:
            return
        pk = entity.model._meta.pk.name
        own = [c for c in entity.columns if c.refers_to == entity.name and not c.field.primary_key]
        for n, row, data in new:
            for c in own:
                if data[c.attname] is not None:
                    self.own_refs.append((n, row[pk], c.attname, data[c.attname]))
                    if self.merge:  # set once every row of the file has its id
                        data[c.attname] = None
        for (_n, row, _data), new_id in zip(new, self.insert(entity, new)):
            self.ids[entity.name].add(row[pk], new_id)
        for old, first in aliases:
            self.ids[entity.name].add(old, self.ids[entity.name].get(first))
        self.many(entity, new)
        stats["added"] += len(new)

    def unmatched(self, entity: Entity, chunk: list) -> tuple[list, list]:
        """The rows of a chunk that this database does not hold yet (the others are mapped to
        theirs), and (id, id of the first) for a row the export holds twice by its key."""
        pk = entity.model._meta.pk
        datas = [data for _n, _row, data in chunk]
        stored = entity.model._base_manager.filter(entity.lookup(datas)).values(pk.attname, *datas[0].keys())
        known = {entity.key(row): row[pk.attname] for row in stored}
        new, aliases, first = [], [], {}
        for n, row, data in chunk:
            key = entity.key(data)
            if key in known:
                self.ids[entity.name].add(row[pk.name], known[key])
            elif key in first:
                aliases.append((row[pk.name], first[key]))
            else:
                first[key] = row[pk.name]
                data.pop(pk.attname)
                new.append((n, row, data))
        return new, aliases

    def insert(self, entity: Entity, rows: list) -> list:
        """Insert the rows as they are (raw: no auto_now, no version bump); their ids."""
        model = entity.model
        fields = [f for f in model._meta.concrete_fields if f.attname in rows[0][2]]
        try:
            with transaction.atomic():
                if connection.vendor == "postgresql" and not self.merge:
                    return _copy(model, fields, [data for _n, _row, data in rows])
                return self._insert(model, [SimpleNamespace(**data) for _n, _row, data in rows], fields)
        except DatabaseError:
            pass
        objs = [SimpleNamespace(**data) for _n, _row, data in rows]
        for (n, _row, _data), obj in zip(rows, objs):  # which row it was
            try:
                with transaction.atomic():
                    self._insert(model, [obj], fields)
            except DatabaseError as exc:
                _fail(entity.file, n, f"refused by the database: {exc}".strip())
        raise AssertionError("a batch failed, yet each of its rows went in")  # pragma: no cover

    def _insert(self, model, objs: list, fields: list) -> list:
        size = max(1, connection.ops.bulk_batch_size(fields, objs))  # SQLite caps the parameters of a query
        ids = []
        for start in range(0, len(objs), size):
            batch = objs[start:start + size]
            if not self.merge:
                model._base_manager._insert(batch, fields=fields, raw=True)
                ids += [getattr(obj, model._meta.pk.attname) for obj in batch]
            else:
                returned = model._base_manager._insert(batch, fields=fields, raw=True,
                                                       returning_fields=[model._meta.pk])
                ids += [row[0] for row in returned]
        return ids

    def many(self, entity: Entity, rows: list) -> None:
        pk = entity.model._meta.pk.name
        for name, target in entity.many.items():
            through = entity.model._meta.get_field(name).remote_field.through
            own, other = (f.attname for f in through._meta.concrete_fields if f.is_relation)
            links = []
            for n, row, _data in rows:
                ids = row[name]
                if not isinstance(ids, list):
                    _fail(entity.file, n, f"{name}: a list of ids is expected.")
                for value in ids:
                    mapped = self.ids[target].get(value)
                    if mapped is None:
                        _fail(entity.file, n, f"{name}: {value} is not an id in {target}.jsonl.")
                    links.append(through(**{own: self.ids[entity.name].get(row[pk]), other: mapped}))
            through.objects.bulk_create(links)

    def resolve_own_refs(self, entity: Entity) -> None:
        """References to rows of the same file (a claim that is a duplicate of another)."""
        for n, exported_pk, attname, old in self.own_refs:
            mapped = self.ids[entity.name].get(old)
            if mapped is None:
                _fail(entity.file, n, f"{attname.removesuffix('_id')}: {old} is not an id in {entity.file}.")
            if self.merge:
                new_pk = self.ids[entity.name].get(exported_pk)
                entity.model._base_manager.filter(pk=new_pk).update(**{attname: mapped})

    def run(self) -> dict:
        self.converters, self.expected, self.defaults = {}, {}, {}
        self.load_users()
        for entity in ENTITIES:
            self.load(entity)
        if not self.merge:
            _reset_sequences()
        return self.summary


def _copy(model, fields: list, rows: list[dict]) -> list:
    """PostgreSQL's COPY of rows with their ids: several times faster than INSERT for a whole database."""
    from psycopg.types.json import Jsonb

    qn = connection.ops.quote_name
    json_fields = {f.attname for f in fields if isinstance(f, models.JSONField)}
    columns = ", ".join(qn(f.column) for f in fields)
    sql = f"COPY {qn(model._meta.db_table)} ({columns}) FROM STDIN"
    with connection.wrap_database_errors, connection.cursor() as cursor, cursor.cursor.copy(sql) as copy:
        for data in rows:
            copy.write_row([Jsonb(data[f.attname]) if f.attname in json_fields and data[f.attname] is not None
                            else data[f.attname] for f in fields])
    return [data[model._meta.pk.attname] for data in rows]


def _reset_sequences() -> None:
    """After rows came in with their ids, new rows get ids past them (PostgreSQL's sequences)."""
    models_ = [e.model for e in ENTITIES] + [
        e.model._meta.get_field(n).remote_field.through for e in ENTITIES for n in e.many]
    statements = connection.ops.sequence_reset_sql(no_style(), models_)
    with connection.cursor() as cursor:
        for sql in statements:
            cursor.execute(sql)


def database_holds_data() -> str | None:
    """The first entity this database holds rows of, or None."""
    for entity in ENTITIES:
        if entity.model._base_manager.exists():
            return entity.name
    return None


def import_data(path: str | Path, *, merge: bool = False, progress) -> dict:
    """Import the export at path; returns {entity: {"rows": n, "added": n}}. LoadError if refused."""
    root = Path(path)
    manifest = read_manifest(root)
    verify(root, manifest, progress)
    with transaction.atomic():
        holds = database_holds_data()
        if holds and not merge:
            raise LoadError(f"The database is not empty (it holds {holds}): import into an empty database, or "
                            "merge (--merge) to add what it lacks.")
        summary = Loader(root, manifest, merge=merge, progress=progress).run()
        recount_evidence_tallies()  # the public tallies are not exported
        public_changed()
    return summary
