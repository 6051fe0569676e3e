"""Connectors: fetch an official series in its publisher's own format and store it as a release.

    series_fetch(*, connector, url, publisher, options)   fetch once and import (a release, or nothing new)
    series_source_fetch(*, source_id)                      the same for a registered SeriesSource, noting the outcome
    series_sources_due()                                   registered sources whose refresh is due (Celery beat)

Formats (parse_* are plain Python over the bytes fetched; a bad answer is a ConnectorError
naming what is wrong, and nothing is imported):

- bls: the BLS public data API v2 JSON. options: {"series": {"CES0000000001":
  {"statistic": "slug", "scale": 1000, "calculation": "net_change_1"}}}; "calculation"
  takes the API's one-month net change (request calculations=true) instead of the value.
- csv: a CSV with a per-publisher column mapping. options: {"statistic": "slug",
  "year": "Fiscal Year", "month": "Month (abbv)", "value": "Encounter Count",
  "fiscal_year_start": 10, "filters": {"Component": "U.S. Border Patrol"}}; rows that pass
  the filters are summed by month (CBP splits each month by sector, demographic, citizenship).
- sdmx: SDMX-JSON data messages, 1.0 (ECB, Eurostat, OECD today) and 2.0. options:
  {"statistic": "slug", "series": {"CURRENCY": "NZD"}, "scale": 1}. Written here rather than
  with sdmx1/pandaSDMX: both pull in pandas (tens of MB) to read one JSON layout, and the
  layout is small and stable (a series key of dimension indices, observations by time index).

Every fetch goes through the ingestion fetcher (timeouts, size cap, no private addresses).
"""
from __future__ import annotations

import calendar
import csv
import datetime
import io
import json
import re
from decimal import Decimal, InvalidOperation

from django.db import transaction
from django.utils import timezone

from claims.consistency.releases import release_import
from claims.models import SeriesSource, Statistic
from sources.errors import SourceError
from sources.fetch import fetch_url
from sources.reading import decode_text

JSON_TYPES = ("application/json", "text/json", "text/plain")
ACCEPT = {
    "bls": JSON_TYPES,
    "csv": ("text/csv", "application/csv", "text/plain"),
    "sdmx": JSON_TYPES + ("application/vnd.sdmx.data+json",),
}
MONTHS = {name.upper(): n for n, name in enumerate(calendar.month_abbr) if name}


class ConnectorError(Exception):
    """The publisher's answer could not be read; nothing was imported."""


def _fetch(connector: str, url: str) -> bytes:
    """The one call into the fetcher (sources.fetch.fetch_url)."""
    try:
        return fetch_url(url, accept=ACCEPT[connector]).body
    except SourceError as exc:
        raise ConnectorError(str(exc)) from None


def _month(year: int, month: int) -> tuple[datetime.date, datetime.date]:
    return datetime.date(year, month, 1), datetime.date(year, month, calendar.monthrange(year, month)[1])


def _number(text, where: str) -> Decimal:
    try:
        value = Decimal(str(text).replace(",", "").strip())
    except InvalidOperation:
        raise ConnectorError(f"{where}: {text!r} is not a number.") from None
    if not value.is_finite():
        raise ConnectorError(f"{where}: {text!r} is not a number.")
    return value


def _json(body: bytes, what: str):
    try:
        return json.loads(decode_text(body, "utf-8"))
    except (ValueError, SourceError):
        raise ConnectorError(f"The answer is not {what} JSON.") from None


# --- BLS public data API v2 -------------------------------------------------------------

def parse_bls(body: bytes, options: dict) -> list[dict]:
    doc = _json(body, "BLS API")
    if not isinstance(doc, dict) or doc.get("status") != "REQUEST_SUCCEEDED":
        status = doc.get("status") if isinstance(doc, dict) else None
        message = " ".join(doc.get("message") or []) if isinstance(doc, dict) else ""
        raise ConnectorError(f"The BLS API answered {status or 'without a status'}: {message}".strip())
    wanted = options.get("series") or {}
    series = (doc.get("Results") or {}).get("series") or []
    if not series:
        raise ConnectorError("The BLS API answer has no series.")
    rows = []
    for entry in series:
        sid = entry.get("seriesID")
        spec = wanted.get(sid)
        if spec is None:
            continue
        scale = Decimal(str(spec.get("scale", 1)))
        for item in entry.get("data") or []:
            period = item.get("period", "")
            if not re.fullmatch(r"M(0[1-9]|1[0-2])", period):
                continue  # M13 is the annual average; quarters and years are other series
            where = f"{sid} {item.get('year')} {period}"
            if spec.get("calculation") == "net_change_1":
                raw = ((item.get("calculations") or {}).get("net_changes") or {}).get("1")
                if raw is None:
                    raise ConnectorError(f"{where}: no one-month net change (request calculations=true).")
            else:
                raw = item.get("value")
            if raw in ("-", None):
                continue  # "-": not available; a gap stays a gap
            try:
                year = int(item.get("year"))
            except (TypeError, ValueError):
                raise ConnectorError(f"{where}: the year is not a number.") from None
            start, end = _month(year, int(period[1:]))
            rows.append(dict(statistic=spec["statistic"], period_start=start, period_end=end,
                             value=_number(raw, where) * scale))
    if not rows:
        raise ConnectorError(f"The BLS API answer has none of the series {', '.join(sorted(wanted)) or 'asked for'}.")
    return rows


# --- CSV with a column mapping ------------------------------------------------------------

def parse_csv(body: bytes, options: dict) -> list[dict]:
    try:
        text = decode_text(body, "utf-8").lstrip("\ufeff")
    except SourceError as exc:
        raise ConnectorError(str(exc)) from None
    reader = csv.DictReader(io.StringIO(text))
    columns = [options.get(k) for k in ("year", "month", "value")]
    missing = [c for c in [*columns, *(options.get("filters") or {})] if c not in (reader.fieldnames or [])]
    if missing:
        raise ConnectorError(f"The CSV has no column {', '.join(repr(c) for c in missing)}.")
    year_col, month_col, value_col = columns
    fy_start = int(options.get("fiscal_year_start", 1))
    filters = options.get("filters") or {}
    totals: dict = {}
    for row in reader:
        line = reader.line_num
        if any((row.get(col) or "").strip() != want for col, want in filters.items()):
            continue
        year_text = re.match(r"\s*(\d{4})", row.get(year_col) or "")
        month = MONTHS.get((row.get(month_col) or "").strip()[:3].upper())
        if year_text is None or month is None:
            raise ConnectorError(f"line {line}: {year_col!r} and {month_col!r} must give a year and a month.")
        year = int(year_text.group(1))
        if fy_start > 1 and month >= fy_start:
            year -= 1  # fiscal year 2024 starts in October 2023
        key = _month(year, month)
        totals[key] = totals.get(key, Decimal(0)) + _number(row.get(value_col), f"line {line}: {value_col}")
    if not totals:
        raise ConnectorError("No CSV row matches the mapping's filters.")
    scale = Decimal(str(options.get("scale", 1)))
    return [dict(statistic=options["statistic"], period_start=s, period_end=e, value=v * scale)
            for (s, e), v in sorted(totals.items())]


# --- SDMX-JSON --------------------------------------------------------------------------

def _period(text: str) -> tuple[datetime.date, datetime.date]:
    """An SDMX time period: 2013-01-18, 2023-09, 2023-Q3, 2023-S1, 2023."""
    if m := re.fullmatch(r"(\d{4})-(\d{2})-(\d{2})", text):
        day = datetime.date(*map(int, m.groups()))
        return day, day
    if m := re.fullmatch(r"(\d{4})-(?:M)?(\d{2})", text):
        return _month(int(m[1]), int(m[2]))
    if m := re.fullmatch(r"(\d{4})-([QS])(\d)", text):
        size = 3 if m[2] == "Q" else 6
        first = (int(m[3]) - 1) * size + 1
        return _month(int(m[1]), first)[0], _month(int(m[1]), first + size - 1)[1]
    if m := re.fullmatch(r"(\d{4})(?:-A1)?", text):
        return datetime.date(int(m[1]), 1, 1), datetime.date(int(m[1]), 12, 31)
    raise ConnectorError(f"{text!r} is not an SDMX time period this connector reads.")


def parse_sdmx(body: bytes, options: dict) -> list[dict]:
    doc = _json(body, "SDMX")
    if not isinstance(doc, dict):
        raise ConnectorError("The answer is not an SDMX-JSON data message.")
    data = doc.get("data") if isinstance(doc.get("data"), dict) else doc  # 2.0 nests under "data"
    structure = (data.get("structures") or [None])[0] if "structures" in data else data.get("structure")
    datasets = data.get("dataSets")
    if not isinstance(structure, dict) or not datasets:
        raise ConnectorError("The SDMX-JSON message has no structure or no dataSets.")
    dims = structure.get("dimensions") or {}
    series_dims, obs_dims = dims.get("series") or [], dims.get("observation") or []
    if not obs_dims:
        raise ConnectorError("The SDMX-JSON structure has no observation dimension (time).")
    wanted = options.get("series") or {}
    scale = Decimal(str(options.get("scale", 1)))
    rows = []
    for key, entry in (datasets[0].get("series") or {}).items():
        try:
            codes = {series_dims[i]["id"]: series_dims[i]["values"][int(k)]["id"]
                     for i, k in enumerate(key.split(":"))}
        except (IndexError, KeyError, ValueError):
            raise ConnectorError(f"Series key {key!r} does not match the structure.") from None
        if any(codes.get(dim) != code for dim, code in wanted.items()):
            continue
        for index, observation in (entry.get("observations") or {}).items():
            try:
                period_id = obs_dims[0]["values"][int(index)]["id"]
            except (IndexError, KeyError, ValueError):
                raise ConnectorError(f"Observation {index!r} of series {key!r} has no time period.") from None
            if not observation or observation[0] is None:
                continue  # a missing observation stays missing
            start, end = _period(period_id)
            rows.append(dict(statistic=options["statistic"], period_start=start, period_end=end,
                             value=_number(observation[0], f"{key} {period_id}") * scale))
    if not rows:
        raise ConnectorError("No SDMX series matches the mapping.")
    return rows


def sdmx_prepared(body: bytes) -> datetime.date | None:
    """The day an SDMX message says it was prepared (1.0: header.prepared, 2.0: meta.prepared)."""
    try:
        doc = json.loads(body)
        stamp = (doc.get("meta") or doc.get("header") or {}).get("prepared", "")
        return datetime.date.fromisoformat(stamp[:10])
    except (ValueError, AttributeError, TypeError):
        return None


PARSERS = {"bls": parse_bls, "csv": parse_csv, "sdmx": parse_sdmx}


def _statistics(rows: list[dict]) -> list[dict]:
    slugs = {r["statistic"] for r in rows}
    found = {s.slug: s for s in Statistic.objects.filter(slug__in=slugs)}
    unknown = sorted(slugs - set(found))
    if unknown:
        raise ConnectorError(f"No statistic {', '.join(repr(s) for s in unknown)}.")
    return [{**r, "statistic": found[r["statistic"]]} for r in rows]


def series_fetch(*, connector: str, url: str, publisher: str, options: dict, title: str = "") -> dict:
    """Fetch a series and import it as a release (release_import: all or nothing, nothing new changes nothing)."""
    if connector not in PARSERS:
        raise ConnectorError(f"No connector {connector!r}; use one of {', '.join(sorted(PARSERS))}.")
    if not publisher.strip():
        raise ConnectorError("publisher: required.")
    body = _fetch(connector, url)
    rows = _statistics(PARSERS[connector](body, options))
    retrieved = timezone.now()
    released_on = (sdmx_prepared(body) if connector == "sdmx" else None) or timezone.localdate(retrieved)
    return release_import(publisher=publisher, url=url, released_on=released_on, content=body, rows=rows,
                          title=title, connector=connector, retrieved_at=retrieved)


def series_source_fetch(*, source_id: int) -> dict:
    """Fetch a registered series now; the outcome (or the error) is noted on the source."""
    source = SeriesSource.objects.get(pk=source_id)
    try:
        result = series_fetch(connector=source.connector, url=source.url, publisher=source.publisher,
                              options=source.options, title=source.name)
    except ConnectorError as exc:
        with transaction.atomic():
            SeriesSource.objects.filter(pk=source.pk).update(last_fetched_at=timezone.now(), last_error=str(exc))
        raise
    changes = dict(last_fetched_at=timezone.now(), last_error="")
    if result["created"] or result["revised"]:
        changes["last_release_id"] = result["release_id"]
    with transaction.atomic():
        SeriesSource.objects.filter(pk=source.pk).update(**changes)
    return result


def series_sources_due(now: datetime.datetime | None = None) -> list[int]:
    """Active registered sources never fetched, or fetched longer ago than their refresh_hours."""
    now = now or timezone.now()
    due = []
    for source in SeriesSource.objects.filter(active=True).only("pk", "last_fetched_at", "refresh_hours"):
        if source.last_fetched_at is None or now - source.last_fetched_at >= datetime.timedelta(
                hours=source.refresh_hours):
            due.append(source.pk)
    return due
