"""Who sees what: every read with a rule, in one place.

The public (anonymous readers and signed-in users without a role) sees published claims
that are not duplicates, and the speakers, statistics and sources that such a claim
uses; reviewers and editors see everything.

What rests on a claim the public cannot see stays hidden with it: a finding comparing a
published claim with an unpublished one (its sentence names the other's publisher), and
the evidence that accepting such a finding links (the unpublished claim's source, which
no published claim otherwise uses). Publishing the other claim shows both.

The API, the admin, the public pages, the feed and the sitemap all read through these
functions.
"""
from django.core.cache import cache
from django.db import connection
from django.db.models import Count, Exists, F, Func, IntegerField, Max, OuterRef, Prefetch, Q, Subquery, Sum, Value
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


def _said_in_public(source_ref: str) -> Q:
    """The source (source_ref: an OuterRef's field) is where a published claim was said or repeated."""
    published = public_claims()
    return (Q(Exists(published.filter(source=OuterRef(source_ref))))
            | Q(Exists(Appearance.objects.filter(source=OuterRef(source_ref), claim__in=published))))


def public_sources():
    """Sources a published claim first appeared in, was repeated in, or is backed or contradicted by."""
    return Source.objects.filter(_said_in_public("pk") | Q(Exists(public_evidence().filter(source=OuterRef("pk")))))


def _hidden_comparisons():
    """Accepted findings that compare their claim with a claim the public cannot see."""
    return (Finding.objects.filter(status=Finding.Status.ACCEPTED, other_claim__isnull=False)
            .exclude(other_claim__in=public_claims()))


def hidden_evidence() -> Q:
    """Evidence (the Q's rows) that accepting a finding linked from a claim the public cannot
    see, unless a published claim was said in that source anyway: hidden from the public
    with that claim, on the page and in the claim's public tallies (claims.services)."""
    from_hidden = Exists(_hidden_comparisons().filter(
        claim=OuterRef("claim_id"), kind__in=[Finding.Kind.CORROBORATES, Finding.Kind.CONFLICTS],
        other_claim__source=OuterRef("source_id"),
    ))
    return from_hidden & ~_said_in_public("source_id")


def public_evidence():
    """Evidence of published claims, less the hidden (hidden_evidence)."""
    return Evidence.objects.filter(claim__in=public_claims()).exclude(hidden_evidence())


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


FILTER_CHOICES_KEY = "claims:public-filter-choices"
FILTER_CHOICES_SECONDS = 300


FILTER_CHOICES_MOST = 100


def _most_claimed(value: str, label: str) -> list[tuple[str, str]]:
    """The speakers, statistics or publishers (value and label: the claim's fields naming them)
    with the most published claims, FILTER_CHOICES_MOST of them, as (value, label) by label: a
    select of twenty thousand speakers made the claim list a page of megabytes and no use to a
    reader, who finds the others by name in the search or follows a link from their page."""
    rows = (public_claims().exclude(**{value: ""}).filter(**{f"{value}__isnull": False}).order_by()
            .values(value, label).annotate(n=Count("id")).order_by("-n", label)[:FILTER_CHOICES_MOST])
    return sorted(((r[value], r[label]) for r in rows), key=lambda choice: choice[1])


def filter_choice(name: str, asked: str) -> list[tuple[str, str]]:
    """[(value, label)] for a speaker's or statistic's slug or a publisher outside the most
    claimed, when the public may see it; [] otherwise."""
    if "\x00" in asked or len(asked) > 220:  # no column holds it (PostgreSQL refuses a NUL outright)
        return []
    if name == "publisher":
        return [(asked, asked)] if public_claims().filter(source__publisher=asked).exists() else []
    public = {"speaker": public_speakers, "statistic": public_statistics}[name]()
    return list(public.filter(slug=asked).values_list("slug", "name")[:1])


def filter_choices() -> dict[str, list[tuple[str, str]]]:
    """The claim list's speaker, statistic and publisher choices, cached for five minutes
    or until the public content changes (factcheck.public_cache).

    Reading them scans every published claim; at millions of claims that cost more than
    the rest of the page, and the lists change rarely.
    """
    def read():
        return {
            "speaker": _most_claimed("speaker__slug", "speaker__name"),
            "statistic": _most_claimed("statistic__slug", "statistic__name"),
            "publisher": _most_claimed("source__publisher", "source__publisher"),
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


def public_findings():
    """Accepted findings of published claims, less those comparing with a claim the public cannot see."""
    return (Finding.objects.filter(status=Finding.Status.ACCEPTED, claim__in=public_claims())
            .exclude(pk__in=_hidden_comparisons().values("pk")))


def findings_visible_to(user, *, claim_id: int):
    """A claim's findings: reviewers see every one; the public, those a reviewer accepted that
    rest on nothing hidden from it (public_findings)."""
    findings = Finding.objects.all() if is_reviewer(user) else public_findings()
    return findings.filter(claim_id=claim_id)


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


UNIT_CHOICES = 200

# The distinct units, each found by one probe of the unit index (a "loose index scan"): as
# many probes as there are units, however many claims use them.
_UNITS_SQL = """
WITH RECURSIVE units(unit) AS (
    (SELECT unit FROM claims_claim ORDER BY unit LIMIT 1)
    UNION ALL
    SELECT (SELECT c.unit FROM claims_claim c WHERE c.unit > units.unit ORDER BY c.unit LIMIT 1)
    FROM units WHERE units.unit IS NOT NULL
)
SELECT unit FROM units WHERE unit IS NOT NULL LIMIT %s
"""


def claim_units(limit: int = UNIT_CHOICES) -> list[str]:
    """The units claims are counted in, alphabetically (the admin's unit filter), at most limit."""
    if connection.vendor != "postgresql":
        return list(Claim.objects.order_by("unit").values_list("unit", flat=True).distinct()[:limit])
    with connection.cursor() as cursor:
        cursor.execute(_UNITS_SQL, [limit])
        return [unit for (unit,) in cursor.fetchall()]


def article_claims(source_id: int):
    """A source's claims in text order (duplicates too: the desk shows every figure it
    marked), with speaker, statistic and findings: three queries whatever their number."""
    findings = Finding.objects.select_related("statistic", "official_figure").order_by("kind", "id")
    return (Claim.objects.filter(source_id=source_id)
            .select_related("speaker", "statistic")
            .prefetch_related(Prefetch("findings", queryset=findings, to_attr="desk_findings"))
            .order_by(F("figure_start").asc(nulls_last=True), "id"))


class GuessedCount(Func):
    """How many fields the extractor guessed (the length of Claim.guessed)."""

    function = "JSON_ARRAY_LENGTH"
    output_field = IntegerField()

    def as_postgresql(self, compiler, connection, **extra):
        return super().as_sql(compiler, connection, function="JSONB_ARRAY_LENGTH", **extra)


QUEUE_ORDERS = {"newest": ("-newest", "-source_id"), "guessed": ("-guessed", "-newest", "-source_id")}


def review_articles(*, publisher: str = "", statistic_proposed: bool = False, has_conflict: bool = False,
                    confidence: str = "", order: str = "newest"):
    """The review queue by article: one row per source with suggested claims (as filtered),
    with how many claims, how many of their fields the extractor guessed, and when the
    newest was suggested. Newest article first, or the least sure first (order="guessed")."""
    claims = review_queue().order_by()
    if publisher:
        claims = claims.filter(source__publisher=publisher)
    proposed = Finding.objects.filter(claim=OuterRef("pk"), status=Finding.Status.PROPOSED)
    if statistic_proposed:
        claims = claims.filter(Exists(proposed.filter(kind=Finding.Kind.STATISTIC)))
    if has_conflict:
        claims = claims.filter(Q(conflicting_count__gt=0) | Exists(proposed.filter(kind=Finding.Kind.CONFLICTS)))
    if confidence == "guessed":
        claims = claims.exclude(guessed=[])
    elif confidence == "sure":
        claims = claims.filter(guessed=[])
    return (claims.values("source_id")
            .annotate(claims=Count("pk"), guessed=Sum(GuessedCount("guessed")), newest=Max("created_at"))
            .order_by(*QUEUE_ORDERS.get(order, QUEUE_ORDERS["newest"])))


def open_findings_by_source(source_ids) -> dict[int, int]:
    """How many findings wait for a decision on each source's suggested claims (one query)."""
    rows = (Finding.objects.filter(status=Finding.Status.PROPOSED, claim__source_id__in=source_ids,
                                   claim__status=Claim.Status.SUGGESTED, claim__duplicate_of__isnull=True)
            .values("claim__source_id").annotate(n=Count("pk")).order_by())
    return {row["claim__source_id"]: row["n"] for row in rows}


def queue_publishers() -> list[str]:
    """Publishers of the sources whose claims wait for review (the queue's filter)."""
    return sorted(review_queue().exclude(source__publisher="").order_by()
                  .values_list("source__publisher", flat=True).distinct())


def reviewed_sources():
    """Sources whose every claim has been handled (none still suggested), at least one kept
    (in review or published): the articles reviewers finished, for the labelled corpus."""
    claims = Claim.objects.filter(source=OuterRef("pk"))
    return (Source.objects.filter(Exists(claims.filter(status__in=[Claim.Status.IN_REVIEW, Claim.Status.PUBLISHED])))
            .exclude(Exists(claims.filter(status=Claim.Status.SUGGESTED)))
            .order_by("pk"))


def source_claims_in_text_order(source_ids):
    """The sources' claims with their speakers, in text order (one query)."""
    return (Claim.objects.filter(source_id__in=source_ids).select_related("speaker")
            .order_by("source_id", F("figure_start").asc(nulls_last=True), "id"))
