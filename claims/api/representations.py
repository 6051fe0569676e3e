"""What the API returns, built as plain dicts from `.values()` rows.

Lists of millions of claims are read through this lean path: one query per page
selecting only the columns shown, and a function per row, no model instances and no
serializer per row (a nested ModelSerializer served a quarter of the requests). The
serializers in claims.api.serializers describe the same shapes for the schema, and the
schemathesis test checks that the two agree.
"""
from functools import cached_property

from django.conf import settings
from django.urls import reverse

from claims import figures
from claims.models import TALLIES, claim_slug

CLAIM_COLUMNS = [
    "id", "quote", "quote_start", "quote_end", "figure_start", "figure_end", "figure_text", "value", "unit", "rate",
    "qualifier", "lower_bound", "upper_bound",
    "period_start", "period_end", "place", "stated_on", "status", "verdict", "verdict_explanation",
    "corroborating_count", "conflicting_count", "context_count", "published_at", "created_at", "updated_at",
    "speaker_id", "speaker__name", "speaker__slug", "source_id", "source__title", "source__publisher", "source__url",
    "statistic_id", "statistic__name", "statistic__slug",
]
# What the public reads: the tallies as it sees them (Claim.public_*), under which claim_row
# and export_row show them with the same names.
PUBLIC_CLAIM_COLUMNS = [f"public_{name}" if name in TALLIES.values() else name for name in CLAIM_COLUMNS]


def claim_columns(*, public: bool) -> list[str]:
    return PUBLIC_CLAIM_COLUMNS if public else CLAIM_COLUMNS


def tally(row: dict, name: str) -> int:
    """A claim's evidence tally in a row of CLAIM_COLUMNS or of PUBLIC_CLAIM_COLUMNS."""
    public = f"public_{name}"
    return row[public] if public in row else row[name]


SOURCE_COLUMNS = [
    "id", "url", "title", "publisher", "authors", "published_on", "kind", "retrieved_at", "content_hash",
    "created_at", "updated_at",
]
SPEAKER_COLUMNS = ["id", "kind", "name", "slug", "role", "aliases", "same_as", "created_at", "updated_at"]
STATISTIC_COLUMNS = [
    "id", "name", "slug", "definition", "unit", "place", "measure", "keywords", "created_at", "updated_at",
]
EVIDENCE_COLUMNS = [
    "id", "claim_id", "stance", "value", "unit", "note", "created_at", "updated_at",
    "source_id", "source__title", "source__publisher", "source__url",
]
FINDING_COLUMNS = [
    "id", "claim_id", "kind", "status", "score", "explanation", "value", "verdict", "decided_at", "created_at",
    "statistic_id", "statistic__name", "statistic__slug", "other_claim_id",
    "official_figure_id", "official_figure__value", "official_figure__period_start", "official_figure__period_end",
    "official_figure__publisher", "official_figure__url",
]
CORRECTION_COLUMNS = ["id", "claim_id", "changed_at", "field", "old", "new", "reason"]
JOB_COLUMNS = [
    "id", "status", "kind", "url", "published", "publisher", "title", "error", "attempts",
    "created_at", "started_at", "finished_at", "source_id",
]


def prefixed(columns: list[str], prefix: str) -> list[str]:
    """The columns of a related row, for .values() through a foreign key: "other_claim__quote"."""
    return [prefix + name for name in columns]


def unprefixed(row: dict, prefix: str) -> dict:
    """The related row's own columns out of a joined row, under their plain names."""
    return {name[len(prefix):]: value for name, value in row.items() if name.startswith(prefix)}


def number(value) -> str | None:
    """A Decimal as a plain string without trailing zeros: 890000.000000 -> '890000'."""
    if value is None:
        return None
    return format(value.normalize(), "f")


class Links:
    """Absolute URLs for one request: API URLs on the request's host, page URLs on SITE_URL.

    Each URL pattern is reversed once per request, then filled per row by string formatting.
    """

    _PK = 987654321
    _SLUG = "slug-placeholder"

    def __init__(self, request):
        self.request = request

    def _api(self, name: str) -> str:
        return self.request.build_absolute_uri(reverse(name, kwargs={"pk": self._PK})).replace(str(self._PK), "{}")

    def _page(self, name: str, **kwargs) -> str:
        path = reverse(name, kwargs=kwargs).replace(str(self._PK), "{pk}").replace(self._SLUG, "{slug}")
        return settings.SITE_URL + path

    @cached_property
    def claim_api(self):
        return self._api("api-claim-detail")

    @cached_property
    def source_api(self):
        return self._api("api-source-detail")

    @cached_property
    def speaker_api(self):
        return self._api("api-speaker-detail")

    @cached_property
    def statistic_api(self):
        return self._api("api-statistic-detail")

    @cached_property
    def evidence_api(self):
        return self._api("api-evidence-detail")

    @cached_property
    def claim_page(self):
        return self._page("claim-detail", pk=self._PK, slug=self._SLUG)

    @cached_property
    def source_page(self):
        return self._page("source-detail", pk=self._PK)

    @cached_property
    def speaker_page(self):
        return self._page("speaker-detail", slug=self._SLUG)

    @cached_property
    def statistic_page(self):
        return self._page("statistic-detail", slug=self._SLUG)


def source_ref(row: dict, links: Links, prefix: str = "source__") -> dict:
    pk = row["source_id"] if prefix else row["id"]
    return {
        "id": pk,
        "title": row[f"{prefix}title"],
        "publisher": row[f"{prefix}publisher"],
        "url": row[f"{prefix}url"],
        "api_url": links.source_api.format(pk),
        "page_url": links.source_page.format(pk=pk),
    }


def claim_row(row: dict, links: Links) -> dict:
    pk = row["id"]
    speaker_id, statistic_id = row["speaker_id"], row["statistic_id"]
    qualifier = row["qualifier"]
    return {
        "id": pk,
        "api_url": links.claim_api.format(pk),
        "page_url": links.claim_page.format(pk=pk, slug=claim_slug(row["quote"])),
        "quote": row["quote"],
        "quote_start": row["quote_start"],
        "quote_end": row["quote_end"],
        "figure_start": row["figure_start"],
        "figure_end": row["figure_end"],
        "figure": {
            "text": row["figure_text"],
            "display": figures.format_figure(row["value"], row["unit"], qualifier or None),
            "value": number(row["value"]),
            "unit": row["unit"],
            "rate": row["rate"],
            "qualifier": qualifier or None,
            "lower_bound": number(row["lower_bound"]),
            "upper_bound": number(row["upper_bound"]),
            "period_start": row["period_start"],
            "period_end": row["period_end"],
            "place": row["place"],
        },
        "speaker": None if speaker_id is None else {
            "id": speaker_id,
            "name": row["speaker__name"],
            "slug": row["speaker__slug"],
            "api_url": links.speaker_api.format(speaker_id),
            "page_url": links.speaker_page.format(slug=row["speaker__slug"]),
        },
        "source": source_ref(row, links),
        "statistic": None if statistic_id is None else {
            "id": statistic_id,
            "name": row["statistic__name"],
            "slug": row["statistic__slug"],
            "api_url": links.statistic_api.format(statistic_id),
            "page_url": links.statistic_page.format(slug=row["statistic__slug"]),
        },
        "stated_on": row["stated_on"],
        "status": row["status"],
        "verdict": row["verdict"] or None,
        "verdict_explanation": row["verdict_explanation"],
        "evidence_counts": {stance: tally(row, name) for stance, name in TALLIES.items()},
        "has_conflict": tally(row, TALLIES["conflicts"]) > 0,
        "published_at": row["published_at"],
        "created_at": row["created_at"],
        "updated_at": row["updated_at"],
    }


def evidence_row(row: dict, links: Links) -> dict:
    pk, claim_id = row["id"], row["claim_id"]
    return {
        "id": pk,
        "api_url": links.evidence_api.format(pk),
        "claim": {"id": claim_id, "api_url": links.claim_api.format(claim_id)},
        "source": source_ref(row, links),
        "stance": row["stance"],
        "value": number(row["value"]),
        "unit": row["unit"],
        "note": row["note"],
        "created_at": row["created_at"],
        "updated_at": row["updated_at"],
    }


def correction_row(row: dict, links: Links) -> dict:
    claim_id = row["claim_id"]
    return {
        "id": row["id"],
        "claim": {"id": claim_id, "api_url": links.claim_api.format(claim_id)},
        "changed_at": row["changed_at"],
        "field": row["field"],
        "old": row["old"],
        "new": row["new"],
        "reason": row["reason"],
    }


# A finding's other claim comes whole, joined in the finding's query; `other_claim_visible`
# (annotated by the view) says whether the reader may see it.
FINDING_OTHER_CLAIM = "other_claim__"


def official_release(*, id, publisher, title, url, released_on, retrieved_at) -> dict:
    """A release of official figures: who published it, where and when."""
    return {"id": id, "publisher": publisher, "title": title, "url": url, "released_on": released_on,
            "retrieved_at": retrieved_at}


def official_figure(*, id, period_start, period_end, value, unit, publisher, url, release: dict | None) -> dict:
    """An official figure with the release that gave it (None for a row imported before releases)."""
    return {"id": id, "period_start": period_start, "period_end": period_end, "value": number(value), "unit": unit,
            "publisher": publisher, "url": url, "release": release}


FINDING_FIGURE_COLUMNS = [
    "finding_id", "officialfigure_id", "officialfigure__period_start", "officialfigure__period_end",
    "officialfigure__value", "officialfigure__statistic__unit", "officialfigure__publisher", "officialfigure__url",
    "officialfigure__release_id", "officialfigure__release__publisher", "officialfigure__release__title",
    "officialfigure__release__url", "officialfigure__release__released_on", "officialfigure__release__retrieved_at",
]


def finding_figures(rows: list[dict]) -> dict[int, list[dict]]:
    """The official figures each finding used (Finding.figures), in one query for a page of findings.

    Only findings against an official figure have any, so a page without one costs no query.
    """
    from claims.models import Finding

    wanted = [row["id"] for row in rows if row["official_figure_id"] is not None]
    used: dict[int, list[dict]] = {}
    if not wanted:
        return used
    links = (Finding.figures.through.objects.filter(finding_id__in=wanted)
             .order_by("officialfigure__period_start", "officialfigure__release__released_on", "officialfigure_id")
             .values(*FINDING_FIGURE_COLUMNS))
    for link in links:
        f = {k.removeprefix("officialfigure__"): v for k, v in link.items()}
        release = None if f["release_id"] is None else official_release(
            id=f["release_id"], publisher=f["release__publisher"], title=f["release__title"], url=f["release__url"],
            released_on=f["release__released_on"], retrieved_at=f["release__retrieved_at"])
        used.setdefault(f["finding_id"], []).append(official_figure(
            id=f["officialfigure_id"], period_start=f["period_start"], period_end=f["period_end"], value=f["value"],
            unit=f["statistic__unit"], publisher=f["publisher"], url=f["url"], release=release))
    return used


def finding_row(row: dict, links: Links, figures_used: list[dict] = ()) -> dict:
    """A consistency finding: what the engine proposes about a claim and against what.

    figures_used: the official figures it used (finding_figures); releases lists their
    releases once each, oldest first, so a reader can follow every number to its publication.
    """
    claim_id, statistic_id = row["claim_id"], row["statistic_id"]
    official_id = row["official_figure_id"]
    visible = row["other_claim_id"] is not None and row.get("other_claim_visible", True)
    releases = {f["release"]["id"]: f["release"] for f in figures_used if f["release"] is not None}
    return {
        "id": row["id"],
        "claim": {"id": claim_id, "api_url": links.claim_api.format(claim_id)},
        "kind": row["kind"],
        "status": row["status"],
        "score": row["score"],
        "explanation": row["explanation"],
        "value": number(row["value"]),
        "verdict": row["verdict"] or None,
        "statistic": None if statistic_id is None else {
            "id": statistic_id,
            "name": row["statistic__name"],
            "slug": row["statistic__slug"],
            "api_url": links.statistic_api.format(statistic_id),
            "page_url": links.statistic_page.format(slug=row["statistic__slug"]),
        },
        "other_claim": claim_row(unprefixed(row, FINDING_OTHER_CLAIM), links) if visible else None,
        "official_figure": None if official_id is None else {
            "id": official_id,
            "value": number(row["official_figure__value"]),
            "period_start": row["official_figure__period_start"],
            "period_end": row["official_figure__period_end"],
            "publisher": row["official_figure__publisher"],
            "url": row["official_figure__url"],
        },
        "official_figures": list(figures_used),
        "releases": sorted(releases.values(), key=lambda r: (r["released_on"], r["id"])),
        "decided_at": row["decided_at"],
        "created_at": row["created_at"],
    }


def finding_rows(rows: list[dict], links: Links) -> list[dict]:
    used = finding_figures(rows)
    return [finding_row(row, links, used.get(row["id"], [])) for row in rows]


def claim_detail(row: dict, evidence_rows: list[dict], links: Links) -> dict:
    """A claim with its evidence grouped by stance."""
    data = claim_row(row, links)
    grouped = {stance: [] for stance in TALLIES}  # every stance, in the tallies' order
    for evidence in evidence_rows:
        grouped[evidence["stance"]].append(evidence_row(evidence, links))
    data["evidence"] = grouped
    return data


def job_row(row: dict, claim_rows, links: Links) -> dict:
    """An ingestion job: its state, the source it made (null until done, and for a failed job)
    and that source's claims, each as claim_row shows a claim everywhere."""
    data = {name: row[name] for name in JOB_COLUMNS if name != "source_id"}
    source_id = row["source_id"]
    data["source"] = None if source_id is None else source_row(unprefixed(row, "source__"), links)
    data["claims"] = [claim_row(claim, links) for claim in claim_rows]
    return data


def source_row(row: dict, links: Links) -> dict:
    pk = row["id"]
    data = {"id": pk, "api_url": links.source_api.format(pk), "page_url": links.source_page.format(pk=pk)}
    data.update({name: row[name] for name in SOURCE_COLUMNS if name != "id"})
    return data


def speaker_row(row: dict, links: Links) -> dict:
    pk = row["id"]
    data = {"id": pk, "api_url": links.speaker_api.format(pk), "page_url": links.speaker_page.format(slug=row["slug"])}
    data.update({name: row[name] for name in SPEAKER_COLUMNS if name != "id"})
    return data


def statistic_row(row: dict, links: Links) -> dict:
    pk = row["id"]
    data = {
        "id": pk, "api_url": links.statistic_api.format(pk), "page_url": links.statistic_page.format(slug=row["slug"]),
    }
    data.update({name: row[name] for name in STATISTIC_COLUMNS if name != "id"})
    return data


# The flat CSV export: every figure field, names and ids of what the claim refers to.
EXPORT_HEADER = [
    "id", "quote", "figure_text", "value", "unit", "rate", "qualifier", "lower_bound", "upper_bound",
    "period_start", "period_end", "place", "stated_on", "speaker_id", "speaker_name", "source_id", "source_title",
    "source_publisher", "source_url", "statistic_id", "statistic_name", "status", "verdict",
    "corroborating_count", "conflicting_count", "context_count", "published_at", "created_at", "updated_at",
]
_EXPORT_FROM = {
    "speaker_name": "speaker__name", "source_title": "source__title", "source_publisher": "source__publisher",
    "source_url": "source__url", "statistic_name": "statistic__name",
}
_EXPORT_NUMBERS = {"value", "lower_bound", "upper_bound"}


# A text cell that a spreadsheet would run as a formula ("=HYPERLINK(...)" in a quote
# copied from the web) is written with a leading apostrophe, as OWASP advises for CSV.
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def export_row(row: dict) -> list:
    out = []
    for name in EXPORT_HEADER:
        value = tally(row, name) if name in TALLIES.values() else row[_EXPORT_FROM.get(name, name)]
        if name in _EXPORT_NUMBERS:
            value = number(value)
        elif hasattr(value, "isoformat"):
            value = value.isoformat()
        elif isinstance(value, str) and value.startswith(_FORMULA_START):
            value = "'" + value
        out.append("" if value is None else value)
    return out
