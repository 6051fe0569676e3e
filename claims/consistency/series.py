"""Import an official series from CSV: statistic, period start, period end, value,
publisher, URL. Every row is checked first; if any is bad, nothing is written and the
errors name the line and column. Rows already there (same statistic, period and
publisher) are updated, so importing a file twice changes nothing.
"""
from __future__ import annotations

import csv
import datetime
import io
import re

from django.core.exceptions import ValidationError
from django.core.validators import URLValidator
from django.db import transaction

from claims import figures
from claims.cache import public_changed
from claims.models import OfficialFigure, Statistic

COLUMNS = ["statistic", "period_start", "period_end", "value", "publisher", "url"]


class SeriesError(Exception):
    """The file has bad rows; errors lists them as 'line N: column: message'."""

    def __init__(self, errors: list[str]):
        super().__init__("; ".join(errors))
        self.errors = errors


def _column(name: str) -> str:
    return re.sub(r"[^a-z]+", "_", name.strip().lower()).strip("_")


def _date(text: str) -> datetime.date:
    try:
        return datetime.date.fromisoformat(text.strip())
    except ValueError:
        raise ValueError(f"{text!r} is not a date (YYYY-MM-DD)") from None


def _row(row: dict, statistics: dict) -> dict:
    """One CSV row as OfficialFigure fields; ValueError('column: message') when bad."""
    out = {}
    slug = (row.get("statistic") or "").strip()
    if slug not in statistics:
        raise ValueError(f"statistic: no statistic {slug!r}" if slug else "statistic: required")
    out["statistic"] = statistics[slug]
    for column in ("period_start", "period_end"):
        try:
            out[column] = _date(row.get(column) or "")
        except ValueError as e:
            raise ValueError(f"{column}: {e}") from None
    if out["period_start"] > out["period_end"]:
        raise ValueError("period_end: the period must not end before it starts")
    try:
        out["value"] = figures.to_decimal((row.get("value") or "").replace(",", "").replace("_", "").strip())
    except ValueError as e:
        raise ValueError(f"value: {e}") from None
    if out["value"] < 0 or abs(out["value"]) >= 10**24:
        raise ValueError("value: must be between 0 and 10^24")
    out["value"] = out["value"].quantize(figures.to_decimal("0.000001"))
    out["publisher"] = (row.get("publisher") or "").strip()
    if not out["publisher"]:
        raise ValueError("publisher: required")
    if len(out["publisher"]) > 200:
        raise ValueError("publisher: at most 200 characters")
    out["url"] = (row.get("url") or "").strip()
    try:
        URLValidator(schemes=["http", "https"])(out["url"])
    except ValidationError:
        raise ValueError(f"url: {out['url']!r} is not an http(s) URL") from None
    return out


def parse_series(text: str) -> list[dict]:
    """The rows of a series CSV as OfficialFigure fields; SeriesError listing every bad row."""
    reader = csv.DictReader(io.StringIO(text))
    reader.fieldnames = [_column(n) for n in (reader.fieldnames or [])]
    missing = [c for c in COLUMNS if c not in reader.fieldnames]
    if missing:
        raise SeriesError([f"line 1: missing column{'s' if len(missing) > 1 else ''} {', '.join(missing)}"])
    rows = [(reader.line_num, row) for row in reader]
    slugs = {(r.get("statistic") or "").strip() for _, r in rows}
    statistics = {s.slug: s for s in Statistic.objects.filter(slug__in=slugs)}
    parsed, errors, seen = [], [], {}
    for line, row in rows:
        if None in row:
            errors.append(f"line {line}: more columns than the header")
            continue
        try:
            fields = _row(row, statistics)
        except ValueError as e:
            errors.append(f"line {line}: {e}")
            continue
        ident = (fields["statistic"].pk, fields["period_start"], fields["period_end"], fields["publisher"])
        if ident in seen:
            errors.append(f"line {line}: the same statistic, period and publisher as line {seen[ident]}")
            continue
        seen[ident] = line
        parsed.append(fields)
    if errors:
        raise SeriesError(errors)
    if not parsed:
        raise SeriesError(["line 2: the file has no rows"])
    return parsed


@transaction.atomic
def import_series(text: str) -> dict:
    """Create or update the official figures in a series CSV, all or nothing.

    Returns counts of created and updated rows and the ids of the statistics touched, so
    the caller can recheck claims about them.
    """
    created = updated = 0
    statistic_ids = set()
    for fields in parse_series(text):
        figure, new = OfficialFigure.objects.update_or_create(
            statistic=fields["statistic"], period_start=fields["period_start"], period_end=fields["period_end"],
            publisher=fields["publisher"], defaults=dict(value=fields["value"], url=fields["url"]),
        )
        created += new
        updated += not new
        statistic_ids.add(figure.statistic_id)
    public_changed()  # the statistic pages may show the official series
    return dict(created=created, updated=updated, statistic_ids=sorted(statistic_ids))
