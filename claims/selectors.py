"""Who sees what: every read with a rule, in one place.

The public (anonymous readers and signed-in users without a role) sees published claims
that are not duplicates, and the speakers, statistics and sources that such a claim
uses; reviewers and editors see everything. The API, the admin, the public pages, the
feed and the sitemap all read through these functions.
"""
from django.core.cache import cache
from django.db.models import Count, Exists, IntegerField, OuterRef, Q, Subquery, Value
from django.db.models.functions import Coalesce

from claims.models import Appearance, Claim, Correction, Evidence, Finding, Speaker, Statistic
from claims.roles import is_reviewer
from factcheck.public_cache import content_version
from sources.models import Source

# -- the public -----------------------------------------------------------------------------


def public_claims():
    return Claim.objects.published()


def public_claim_pages():
    """Published claims, duplicates included: a duplicate's page redirects to the claim it repeats."""
    return Claim.objects.filter(status=Claim.Status.PUBLISHED)


def public_speakers():
    return Speaker.objects.filter(Exists(public_claims().filter(speaker=OuterRef("pk"))))


def public_statistics():
    return Statistic.objects.filter(Exists(public_claims().filter(statistic=OuterRef("pk"))))


def public_sources():
    """Sources a published claim first appeared in, was repeated in, or is backed or contradicted by."""
    published = public_claims()
    return Source.objects.filter(
        Q(Exists(published.filter(source=OuterRef("pk"))))
        | Q(Exists(Appearance.objects.filter(source=OuterRef("pk"), claim__in=published)))
        | Q(Exists(Evidence.objects.filter(source=OuterRef("pk"), claim__in=published)))
    )


def public_evidence():
    return Evidence.objects.filter(claim__in=public_claims())


def public_appearances():
    return Appearance.objects.filter(claim__in=public_claims())


def public_corrections():
    """Corrections and updates of published claims, newest first (the corrections feed)."""
    return Correction.objects.filter(claim__in=public_claims()).order_by("-changed_at", "-id")


def claim_corrections_all():
    """Corrections, newest first, for prefetching with claims the reader may see."""
    return Correction.objects.order_by("-changed_at", "-id")


def claim_corrections(*, claim_id: int):
    """A claim's corrections, newest first; the caller has checked that the reader may see the claim."""
    return claim_corrections_all().filter(claim_id=claim_id)


def publishers() -> list[str]:
    """Publishers of the sources published claims first appeared in."""
    return sorted(
        public_claims().exclude(source__publisher="").order_by().values_list("source__publisher", flat=True).distinct()
    )


FILTER_CHOICES_KEY = "claims:public-filter-choices"
FILTER_CHOICES_SECONDS = 300


def filter_choices() -> dict[str, list[tuple[str, str]]]:
    """The claim list's speaker, statistic and publisher choices, cached for five minutes
    or until the public content changes (factcheck.public_cache).

    Reading them scans every published claim; at millions of claims that cost more than
    the rest of the page, and the lists change rarely.
    """
    def read():
        return {
            "speaker": list(public_speakers().order_by("name").values_list("slug", "name")),
            "statistic": list(public_statistics().order_by("name").values_list("slug", "name")),
            "publisher": [(name, name) for name in publishers()],
        }

    return cache.get_or_set(f"{FILTER_CHOICES_KEY}:{content_version()}", read, FILTER_CHOICES_SECONDS)


# -- by user --------------------------------------------------------------------------------


def claims_visible_to(user):
    return Claim.objects.all() if is_reviewer(user) else public_claims()


def evidence_visible_to(user):
    return Evidence.objects.all() if is_reviewer(user) else public_evidence()


def sources_visible_to(user):
    return Source.objects.all() if is_reviewer(user) else public_sources()


def speakers_visible_to(user):
    return Speaker.objects.all() if is_reviewer(user) else public_speakers()


def statistics_visible_to(user):
    return Statistic.objects.all() if is_reviewer(user) else public_statistics()


def findings_visible_to(user, *, claim_id: int):
    """A claim's findings: reviewers see every one; the public, only those a reviewer accepted."""
    findings = Finding.objects.filter(claim_id=claim_id)
    return findings if is_reviewer(user) else findings.filter(status=Finding.Status.ACCEPTED)


# -- the review desk ------------------------------------------------------------------------


def review_queue(claims=None):
    """Suggested claims no one has handled (duplicates left out), oldest first, each with
    how many consistency findings wait on it (one subquery, no query per row). `claims` is
    the queryset to start from (the admin's proxy model), all claims by default."""
    proposed = (Finding.objects.filter(claim=OuterRef("pk"), status=Finding.Status.PROPOSED).order_by()
                .values("claim").annotate(n=Count("pk")).values("n"))
    claims = Claim.objects.all() if claims is None else claims
    return claims.awaiting_review().annotate(
        proposed_findings=Coalesce(Subquery(proposed, output_field=IntegerField()), Value(0)),
    ).order_by("created_at", "id")
