"""Read an official series CSV: statistic, period start, period end, value, publisher,
URL, released on (and optionally the release's title). Every row is checked first; if
any is bad, nothing is written and the errors name the line and column. The rows are
stored one release per publication by claims.consistency.releases.import_series.
"""
from __future__ import annotations

import csv
import datetime
import io
import re
from urllib.parse import urlsplit

from django.core.exceptions import ValidationError
from django.core.validators import URLValidator

from claims import figures
from claims.models import Statistic

COLUMNS = ["statistic", "period_start", "period_end", "value", "publisher", "url", "released_on"]


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
    if not publication_url(out["url"]):
        raise ValueError(f"url: {out['url']!r} is a placeholder, not a publication")
    try:
        out["released_on"] = _date(row.get("released_on") or "")
    except ValueError as e:
        raise ValueError(f"released_on: {e}") from None
    out["title"] = (row.get("title") or "").strip()[:500]
    return out


# Hosts reserved for documentation and tests (RFC 2606, RFC 6761): never a publication.
PLACEHOLDER_SUFFIXES = (".invalid", ".example", ".test", ".localhost")
PLACEHOLDER_DOMAINS = ("example.com", "example.org", "example.net")


def publication_url(url: str) -> bool:
    """True when url can be a real publication: a dotted host that is not a placeholder."""
    host = (urlsplit(url).hostname or "").lower().rstrip(".")
    if "." not in host or host.endswith(PLACEHOLDER_SUFFIXES):
        return False
    return not any(host == d or host.endswith("." + d) for d in PLACEHOLDER_DOMAINS)


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
        ident = (fields["statistic"].pk, fields["period_start"], fields["period_end"], fields["url"],
                 fields["released_on"])
        if ident in seen:
            errors.append(f"line {line}: the same statistic, period and release as line {seen[ident]}")
            continue
        seen[ident] = line
        parsed.append(fields)
    if errors:
        raise SeriesError(errors)
    if not parsed:
        raise SeriesError(["line 2: the file has no rows"])
    return parsed
