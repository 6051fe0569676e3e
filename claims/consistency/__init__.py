"""The statistics consistency engine: which statistic a claim measures, which sources
agree or conflict with its figure, which repeat it, and what the official series says.

    check_claim(claim_id=...)     run a check now (engine.py); claims.services queues it,
                                  on commit, whenever a claim is created or its figure changes
    finding_accept / finding_reject(finding_id=..., user=...)   a reviewer decides (review.py)
    import_series(text)           load an official series from CSV, one release per publication
    release_import(*, ...)        store one release (releases.py); connectors.series_fetch fetches one

Modules: compare (how two figures relate), official (the official value for a period),
grouping (statistic proposals), explain (one sentence per finding) are plain Python;
engine, review and series touch the database.
"""
from claims.consistency.engine import check_claim
from claims.consistency.releases import import_series, release_import
from claims.consistency.review import FindingError, FindingForbidden, finding_accept, finding_reject
from claims.consistency.series import SeriesError

__all__ = ["check_claim", "finding_accept", "finding_reject", "FindingError", "FindingForbidden", "import_series",
           "release_import", "SeriesError", "recheck_statistics"]


def recheck_statistics(statistic_ids) -> int:
    """Queue a check of every claim filed under these statistics (after a series import)."""
    from claims.models import Claim
    from claims.services import schedule_check

    ids = list(Claim.objects.filter(statistic_id__in=list(statistic_ids)).values_list("pk", flat=True))
    for claim_id in ids:
        schedule_check(claim_id)
    return len(ids)
