"""The export format, version 1: what each file holds and how rows are matched on merge.

An export is a directory of JSON Lines files, one per entity, and a manifest.json:

    {"format": "factcheck-export", "format_version": 1, "exported_at": "...",
     "files": [{"entity": "claims", "file": "claims.jsonl", "count": 1000, "sha256": "...",
                "fields": ["id", "quote", ...]}, ...]}

Files come in the order below: a row only refers to rows of files before it (or of its
own file). Each line is one JSON object with every field of the row by its model field
name, nothing left out and nothing added:

- a reference to another row is that row's "id" in the export (an integer, or null);
- a reference to a user is the username (users.jsonl lists each user referenced, by
  username only: no password, e-mail or role leaves the database);
- decimals are strings, exactly as stored ("890000.000000"); dates and times are ISO 8601
  (times with their UTC offset); lists and objects are JSON.

A row's "version" (claims, sources, speakers, statistics, evidence) is kept, so ETags
(`"claim-<id>-v<version>"`) are the same after an import into an empty database, where
ids are kept too. history_* files hold django-simple-history's rows: "id" names the row
the entry is about (which may since have been deleted), history_user its author.

Natural keys (`key` below) match rows on `import_data --merge`: a source by canonical URL,
or by content hash when it has no URL; speakers and statistics by slug; a claim by its
source and figure offsets; evidence and appearances by claim and source; and so on.
"""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cached_property

from django.contrib.auth import get_user_model
from django.db.models import Q

from claims.models import (
    PUBLIC_TALLIES,
    Appearance,
    Claim,
    Correction,
    Evidence,
    Finding,
    IngestionJob,
    OfficialFigure,
    Release,
    SeriesSource,
    Speaker,
    Statistic,
    StatusChange,
)
from sources.models import Source

FORMAT = "factcheck-export"
FORMAT_VERSION = 1
MANIFEST = "manifest.json"
USERS = "users"


@dataclass(frozen=True)
class Column:
    """One field of a file: its name in JSON, the model field, and how it refers (if it does)."""

    name: str
    field: object
    refers_to: str | None = None  # the entity whose ids it holds; "users" for a username
    loose: bool = False  # may name a row that is gone (history)

    @property
    def attname(self) -> str:
        return self.field.attname

    @property
    def query(self) -> str:
        """What to select for it: the username through the join for a user."""
        return f"{self.name}__username" if self.refers_to == USERS else self.attname


def _q_in(name: str) -> Callable[[list[dict]], Q]:
    return lambda rows: Q(**{f"{name}__in": {row[name] for row in rows}})


@dataclass(frozen=True)
class Entity:
    name: str
    model: type
    key: Callable[[dict], tuple]  # the natural key of a row (attnames, references already mapped)
    lookup: Callable[[list[dict]], Q]  # the stored rows that may match a chunk of rows
    about: str = ""
    object_of: str | None = None  # history: the entity its "id" names
    many: dict = field(default_factory=dict)  # many-to-many field name -> entity
    exclude: tuple = ()  # fields that never leave the database (a secret); the import leaves them to their default

    @property
    def file(self) -> str:
        return f"{self.name}.jsonl"

    @cached_property
    def columns(self) -> list[Column]:
        by_model = {e.model: e.name for e in ENTITIES} | {get_user_model(): USERS}
        columns = []
        for f in self.model._meta.concrete_fields:
            if f.name in self.exclude:
                continue
            if f.is_relation:
                columns.append(Column(f.name, f, by_model[f.related_model], loose=not f.db_constraint))
            elif f.name == "id" and self.object_of:
                columns.append(Column(f.name, f, self.object_of, loose=True))
            else:
                columns.append(Column(f.name, f))
        return columns

    @property
    def fields(self) -> list[str]:
        return [c.name for c in self.columns] + list(self.many)


def _source_key(row: dict) -> tuple:
    if row["url"]:
        return ("url", row["url"])
    if row["content_hash"]:
        return ("text", row["content_hash"])
    return ("untitled", row["title"], row["publisher"], row["published_on"])


def _source_lookup(rows: list[dict]) -> Q:
    return (Q(url__in={r["url"] for r in rows if r["url"]})
            | Q(url="", content_hash__in={r["content_hash"] for r in rows if r["content_hash"]})
            | Q(url="", content_hash="", title__in={r["title"] for r in rows}))


def _claim_key(row: dict) -> tuple:
    if row["figure_start"] is not None:
        return (row["source_id"], row["figure_start"], row["figure_end"])
    return (row["source_id"], None, row["quote"], row["value"], row["unit"])


def _history(name: str, model, object_of: str) -> Entity:
    return Entity(
        f"history_{name}", model.history.model, object_of=object_of,
        key=lambda r: (r["id"], r["history_date"], r["history_type"]), lookup=_q_in("id"),
        about=f"django-simple-history's entries for {name}: each save and delete, by whom, when, why.",
    )


ENTITIES: list[Entity] = [
    Entity("sources", Source, key=_source_key, lookup=_source_lookup,
           about="Articles, releases and reports, with the text claims point into."),
    Entity("speakers", Speaker, key=lambda r: (r["slug"],), lookup=_q_in("slug")),
    Entity("statistics", Statistic, key=lambda r: (r["slug"],), lookup=_q_in("slug")),
    Entity("releases", Release, key=lambda r: (r["url"], r["content_hash"]), lookup=_q_in("url"),
           about="Each publication of official figures that was read."),
    Entity("series_sources", SeriesSource, key=lambda r: (r["name"],), lookup=_q_in("name")),
    Entity("official_figures", OfficialFigure, lookup=_q_in("statistic_id"),
           key=lambda r: (r["statistic_id"], r["period_start"], r["period_end"], r["release_id"],
                          r["publisher"] if r["release_id"] is None else "")),
    Entity("ingestion_jobs", IngestionJob, key=lambda r: (r["kind"], r["url"], r["created_at"]),
           lookup=_q_in("created_at")),
    Entity("claims", Claim, key=_claim_key, lookup=_q_in("source_id"), exclude=PUBLIC_TALLIES,
           about="Claims: the quote, where it stands in its source, the figure as data, the review."),
    Entity("appearances", Appearance, key=lambda r: (r["claim_id"], r["source_id"]), lookup=_q_in("claim_id")),
    Entity("evidence", Evidence, key=lambda r: (r["claim_id"], r["source_id"]), lookup=_q_in("claim_id")),
    Entity("status_changes", StatusChange, key=lambda r: (r["claim_id"], r["from_status"], r["to_status"], r["at"]),
           lookup=_q_in("claim_id"), about="The review trail."),
    Entity("corrections", Correction, key=lambda r: (r["claim_id"], r["changed_at"], r["field"]),
           lookup=_q_in("claim_id"), about="The public corrections log of published claims."),
    Entity("findings", Finding, key=lambda r: (r["claim_id"], r["key"]), lookup=_q_in("claim_id"),
           many={"figures": "official_figures"}),
    _history("sources", Source, "sources"),
    _history("speakers", Speaker, "speakers"),
    _history("statistics", Statistic, "statistics"),
    _history("claims", Claim, "claims"),
    _history("appearances", Appearance, "appearances"),
    _history("evidence", Evidence, "evidence"),
    # Webhook subscriptions go here when they exist, with exclude=("secret",).
]
BY_NAME = {e.name: e for e in ENTITIES}


def user_columns() -> list[tuple[Entity, Column]]:
    return [(e, c) for e in ENTITIES for c in e.columns if c.refers_to == USERS]
