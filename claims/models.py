from django.conf import settings
from django.db import connections, models
from django.db.models import F, Q
from django.urls import reverse
from django.utils.text import slugify
from simple_history.models import HistoricalRecords

from claims import figures
from factcheck.versioning import Versioned, VersionedQuerySet
from sources.models import Source

# Values in base units: up to 10^24 with six decimal places covers national debts in
# cents and percentages alike.
VALUE_FIELD = dict(max_digits=30, decimal_places=6)


def claim_slug(quote: str) -> str:
    """The slug in a claim's page URL: its quote, shortened."""
    return slugify(quote)[:80].strip("-") or "claim"


class Qualifier(models.TextChoices):
    OVER = "over", "over"
    UNDER = "under", "under"
    ABOUT = "about", "about"
    NEARLY = "nearly", "nearly"
    AT_LEAST = "at_least", "at least"
    AT_MOST = "at_most", "up to"


class Speaker(Versioned):
    class Kind(models.TextChoices):
        PERSON = "person", "Person"
        ORGANISATION = "organisation", "Organisation"

    kind = models.CharField(max_length=16, choices=Kind.choices, default=Kind.PERSON)
    name = models.CharField(max_length=200)
    slug = models.SlugField(max_length=220, unique=True)
    role = models.CharField("role or affiliation", max_length=300, blank=True)
    aliases = models.JSONField(default=list, blank=True, help_text="Other names this speaker goes by.")
    same_as = models.URLField("same as", max_length=500, blank=True, help_text="e.g. a Wikidata URL.")
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    history = HistoricalRecords(excluded_fields=["version"])
    objects = VersionedQuerySet.as_manager()

    class Meta:
        ordering = ["name"]

    def __str__(self):
        return self.name

    def get_absolute_url(self) -> str:
        return reverse("speaker-detail", kwargs={"slug": self.slug})


class Statistic(Versioned):
    class Measure(models.TextChoices):
        COUNT = "count", "Count over a period"
        LEVEL = "level", "Level at a point in time"
        RATE = "rate", "Rate or percentage"

    name = models.CharField(max_length=300)
    slug = models.SlugField(max_length=220, unique=True)
    definition = models.TextField(blank=True)
    unit = models.CharField(max_length=100, help_text="What is counted, or USD, or percent.")
    place = models.CharField(max_length=200, blank=True)
    measure = models.CharField(max_length=8, choices=Measure.choices, default=Measure.COUNT)
    keywords = models.JSONField(
        default=list, blank=True, help_text="Unit words and phrases that claims about this statistic use."
    )
    # As the publisher defines it: claims.consistency.measures compares a claim's words with measure_term.
    publisher_name = models.CharField(
        max_length=300, blank=True, help_text="The publisher's own name for the statistic."
    )
    measure_term = models.CharField(
        max_length=40, blank=True,
        help_text='What the publisher counts, in one word: "encounters", "apprehensions", "gotaways", "jobs".',
    )
    includes = models.TextField(blank=True, help_text="What the publisher's count includes.")
    excludes = models.TextField(blank=True, help_text="What it leaves out.")
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    history = HistoricalRecords(excluded_fields=["version"])
    objects = VersionedQuerySet.as_manager()

    class Meta:
        ordering = ["name"]

    def __str__(self):
        return self.name

    def get_absolute_url(self) -> str:
        return reverse("statistic-detail", kwargs={"slug": self.slug})


class ClaimQuerySet(VersionedQuerySet):
    def published(self):
        return self.filter(status=Claim.Status.PUBLISHED, duplicate_of__isnull=True)

    def awaiting_review(self):
        return self.filter(status=Claim.Status.SUGGESTED, duplicate_of__isnull=True)

    def review_counts(self, *, published_since) -> dict[str, int]:
        """The admin dashboard's tallies (duplicates left out), in one query of one count per
        tally, each read from its partial index (claim_review_idx, claim_conflicting_idx,
        claim_status_published_idx) rather than a scan of every claim."""
        live = self.filter(duplicate_of__isnull=True).order_by()
        tallies = {
            "waiting": live.filter(status=Claim.Status.SUGGESTED),
            "in_review": live.filter(status=Claim.Status.IN_REVIEW),
            "published_recently": live.filter(status=Claim.Status.PUBLISHED, published_at__gte=published_since),
            "conflicting": live.filter(conflicting_count__gt=0).exclude(status=Claim.Status.REJECTED),
        }
        connection = connections[self.db]
        parts, params = [], []
        for name, queryset in tallies.items():
            sql, part_params = queryset.values("pk").query.get_compiler(connection=connection).as_sql()
            parts.append(f"(SELECT COUNT(*) FROM ({sql}) AS {name}_rows) AS {name}")
            params.extend(part_params)
        with connection.cursor() as cursor:
            cursor.execute(f"SELECT {', '.join(parts)}", params)
            return dict(zip(tallies, cursor.fetchone()))


# The evidence tallies kept on a claim, by the stance they count (Evidence.Stance), and the
# same as the public sees them (claims.services.refresh_evidence_counts writes both).
TALLIES = {"corroborates": "corroborating_count", "conflicts": "conflicting_count", "context": "context_count"}
PUBLIC_TALLIES = tuple(f"public_{name}" for name in TALLIES.values())


class Claim(Versioned):
    class Status(models.TextChoices):
        SUGGESTED = "suggested", "Suggested"
        IN_REVIEW = "in_review", "In review"
        PUBLISHED = "published", "Published"
        REJECTED = "rejected", "Rejected"

    class Verdict(models.TextChoices):
        ACCURATE = "accurate", "Accurate"
        MOSTLY_ACCURATE = "mostly_accurate", "Mostly accurate"
        MISLEADING = "misleading", "Misleading"
        FALSE = "false", "False"
        UNSUPPORTED = "unsupported", "Unsupported"

    # ClaimReview ratings: 5 is best. "Unsupported" sits in the middle: not shown false.
    VERDICT_RATINGS = {"accurate": 5, "mostly_accurate": 4, "unsupported": 3, "misleading": 2, "false": 1}

    # Where it was said.
    quote = models.TextField(help_text="The sentence or passage, verbatim.")
    quote_start = models.PositiveIntegerField(null=True, blank=True,
                                              help_text="Offset of the quote in the source text.")
    quote_end = models.PositiveIntegerField(null=True, blank=True)
    figure_start = models.PositiveIntegerField(null=True, blank=True,
                                               help_text="Offset of the figure in the source text.")
    figure_end = models.PositiveIntegerField(null=True, blank=True)
    source = models.ForeignKey(Source, on_delete=models.PROTECT, related_name="claims",
                               help_text="Where it first appeared.")
    speaker = models.ForeignKey(
        Speaker, null=True, blank=True, on_delete=models.PROTECT, related_name="claims",
        help_text="Empty when the source states the figure itself.",
    )
    stated_on = models.DateField("date stated", null=True, blank=True, db_index=True)

    # The figure as data.
    figure_text = models.CharField(max_length=100, blank=True, help_text='As written, e.g. "$13 billion-a-year".')
    value = models.DecimalField(**VALUE_FIELD, help_text="In base units: 7.3 million is 7300000.")
    unit = models.CharField(max_length=100, db_index=True, help_text="What is counted, or USD, or percent.")
    rate = models.CharField(max_length=40, blank=True, help_text='e.g. "a year".')
    qualifier = models.CharField(max_length=10, choices=Qualifier.choices, blank=True, default="")
    lower_bound = models.DecimalField(**VALUE_FIELD, null=True, blank=True)
    upper_bound = models.DecimalField(**VALUE_FIELD, null=True, blank=True)
    period_start = models.DateField(null=True, blank=True)
    period_end = models.DateField(null=True, blank=True)
    place = models.CharField(max_length=200, blank=True)
    statistic = models.ForeignKey(Statistic, null=True, blank=True, on_delete=models.SET_NULL, related_name="claims")
    # The extractor's guesses: names of fields it inferred rather than read (a speaker from a pronoun,
    # a period from the article's main one). A reviewer's change to such a field takes it off.
    guessed = models.JSONField(default=list, blank=True, help_text="Fields the extractor guessed.")

    # Review.
    status = models.CharField(max_length=16, choices=Status.choices, default=Status.SUGGESTED, db_index=True)
    verdict = models.CharField(max_length=20, choices=Verdict.choices, blank=True, default="", db_index=True)
    verdict_explanation = models.TextField(blank=True)
    duplicate_of = models.ForeignKey(
        "self", null=True, blank=True, on_delete=models.SET_NULL, related_name="duplicates",
        help_text="Set when this claim repeats another: it stops showing publicly.",
    )
    status_changed_at = models.DateTimeField(null=True, blank=True)
    status_changed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    reviewed_at = models.DateTimeField("last reviewed", null=True, blank=True)
    published_at = models.DateTimeField(null=True, blank=True, db_index=True)

    # Evidence tallies kept as columns: counting evidence per row on a list of millions of
    # claims took seconds a page. Only claims.services.refresh_evidence_counts writes them.
    corroborating_count = models.PositiveIntegerField(default=0, editable=False)
    conflicting_count = models.PositiveIntegerField(default=0, editable=False)
    context_count = models.PositiveIntegerField(default=0, editable=False)
    # The same tallies as the public sees them, for the public pages and the API's anonymous
    # reads: less the evidence hidden with a claim the public cannot see (claims.selectors.
    # hidden_evidence). Reviewers and the admin read the tallies above.
    public_corroborating_count = models.PositiveIntegerField(default=0, editable=False)
    public_conflicting_count = models.PositiveIntegerField(default=0, editable=False)
    public_context_count = models.PositiveIntegerField(default=0, editable=False)
    ingestion = models.ForeignKey(
        "IngestionJob", null=True, blank=True, on_delete=models.SET_NULL, related_name="claims",
        help_text="The ingestion job that suggested it.",
    )
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True, db_index=True)
    updated_at = models.DateTimeField(auto_now=True)

    # The public tallies follow from the evidence and who sees what: not history, not exported
    # (claims.dataset.format), recounted on import.
    history = HistoricalRecords(excluded_fields=["updated_at", "version", *PUBLIC_TALLIES])
    objects = ClaimQuerySet.as_manager()

    class Meta:
        ordering = ["-stated_on", "-id"]
        permissions = [
            ("publish_claim", "Can publish and unpublish claims"),
            ("set_verdict", "Can set verdicts"),
        ]
        constraints = [
            models.CheckConstraint(
                condition=Q(lower_bound__isnull=True) | Q(lower_bound__lte=F("value")),
                name="claim_lower_bound_not_above_value",
                violation_error_message="The lower bound must not be above the value.",
            ),
            models.CheckConstraint(
                condition=Q(upper_bound__isnull=True) | Q(upper_bound__gte=F("value")),
                name="claim_upper_bound_not_below_value",
                violation_error_message="The upper bound must not be below the value.",
            ),
            models.CheckConstraint(
                condition=Q(period_start__isnull=True) | Q(period_end__isnull=True)
                | Q(period_start__lte=F("period_end")),
                name="claim_period_start_not_after_end",
                violation_error_message="The period must not start after it ends.",
            ),
            models.CheckConstraint(
                condition=Q(quote_start__isnull=True) | Q(quote_end__isnull=True) | Q(quote_start__lte=F("quote_end")),
                name="claim_quote_offsets_ordered",
                violation_error_message="The quote must not end before it starts.",
            ),
            models.CheckConstraint(
                condition=Q(figure_start__isnull=True) | Q(figure_end__isnull=True)
                | Q(figure_start__lte=F("figure_end")),
                name="claim_figure_offsets_ordered",
                violation_error_message="The figure must not end before it starts.",
            ),
            models.CheckConstraint(
                condition=Q(status__in=["suggested", "in_review", "published", "rejected"]),
                name="claim_status_valid",
            ),
            models.CheckConstraint(
                condition=Q(qualifier__in=["", *figures.QUALIFIERS]), name="claim_qualifier_valid"
            ),
            models.CheckConstraint(
                condition=Q(verdict__in=["", "accurate", "mostly_accurate", "misleading", "false", "unsupported"]),
                name="claim_verdict_valid",
            ),
            models.CheckConstraint(condition=~Q(duplicate_of=F("id")), name="claim_not_duplicate_of_itself",
                violation_error_message="A claim cannot be a duplicate of itself."),
            # Ingesting an article twice suggests each figure once (claims.ingestion).
            models.UniqueConstraint(
                fields=["source", "figure_start", "figure_end"], condition=Q(figure_start__isnull=False),
                name="claim_one_per_source_figure",
                violation_error_message="The source already has a claim for this figure.",
            ),
        ]
        indexes = [
            models.Index(fields=["status", "-published_at", "-id"], name="claim_status_published_idx"),
            models.Index(fields=["statistic", "period_start", "period_end"], name="claim_statistic_period_idx"),
            models.Index(fields=["source", "figure_start"], name="claim_source_figure_idx"),
            # Which speakers and sources have a published claim (claims.public): an index-only
            # probe each, where the plain foreign-key index read every claim's row.
            models.Index(fields=["speaker"], condition=Q(status="published", duplicate_of__isnull=True),
                         name="claim_public_speaker_idx"),
            models.Index(fields=["source"], condition=Q(status="published", duplicate_of__isnull=True),
                         name="claim_public_source_idx"),
            # The admin at a million claims: its unit filter's choices (claims.selectors.claim_units)
            # and the dashboard's tallies (ClaimQuerySet.review_counts), each from an index.
            models.Index(fields=["unit"], name="claim_unit_idx"),
            models.Index(fields=["status"],
                         condition=Q(status__in=["suggested", "in_review"], duplicate_of__isnull=True),
                         name="claim_review_idx"),
            models.Index(fields=["status"], condition=Q(conflicting_count__gt=0, duplicate_of__isnull=True),
                         name="claim_conflicting_idx"),
            models.Index(fields=["status"], condition=Q(public_conflicting_count__gt=0, duplicate_of__isnull=True),
                         name="claim_public_conflicting_idx"),
        ]

    def __str__(self):
        return f"{self.figure} — {self.quote[:80]}"

    def get_absolute_url(self) -> str:
        return reverse("claim-detail", kwargs={"pk": self.pk, "slug": self.slug})

    @property
    def slug(self) -> str:
        return claim_slug(self.quote)

    @property
    def has_conflict(self) -> bool:
        return self.conflicting_count > 0

    @property
    def has_public_conflict(self) -> bool:
        return self.public_conflicting_count > 0

    @property
    def figure(self) -> str:
        return figures.format_figure(self.value, self.unit, self.qualifier or None)

    @property
    def interval(self) -> figures.Interval:
        return figures.Interval(self.lower_bound, self.upper_bound)

    @property
    def is_public(self) -> bool:
        return self.status == self.Status.PUBLISHED and self.duplicate_of_id is None

    @property
    def verdict_rating(self) -> int | None:
        return self.VERDICT_RATINGS.get(self.verdict)

    def set_figure(self, value, qualifier: str | None, lower=None, upper=None) -> None:
        """Set the value and qualifier with their bounds (claims.figures.claim_bounds)."""
        self.value = figures.to_decimal(value)
        self.qualifier = qualifier or ""
        self.lower_bound, self.upper_bound = figures.claim_bounds(self.value, qualifier or None, lower, upper)


class Appearance(models.Model):
    """A further source repeating a claim, so that wire copies count as one origin."""

    claim = models.ForeignKey(Claim, on_delete=models.CASCADE, related_name="appearances")
    source = models.ForeignKey(Source, on_delete=models.PROTECT, related_name="appearances")
    quote = models.TextField(blank=True)
    quote_start = models.PositiveIntegerField(null=True, blank=True)
    quote_end = models.PositiveIntegerField(null=True, blank=True)
    stated_on = models.DateField(null=True, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    history = HistoricalRecords()

    class Meta:
        ordering = ["stated_on", "id"]
        constraints = [
            models.UniqueConstraint(fields=["claim", "source"], name="appearance_one_per_claim_and_source"),
            models.CheckConstraint(
                condition=Q(quote_start__isnull=True) | Q(quote_end__isnull=True) | Q(quote_start__lte=F("quote_end")),
                name="appearance_quote_offsets_ordered",
                violation_error_message="The quote must not end before it starts.",
            ),
        ]

    def __str__(self):
        return f"{self.source} repeats claim {self.claim_id}"


class Evidence(Versioned):
    class Stance(models.TextChoices):
        CORROBORATES = "corroborates", "Corroborates"
        CONFLICTS = "conflicts", "Conflicts"
        CONTEXT = "context", "Context"

    claim = models.ForeignKey(Claim, on_delete=models.CASCADE, related_name="evidence")
    source = models.ForeignKey(Source, on_delete=models.PROTECT, related_name="evidence")
    stance = models.CharField(max_length=16, choices=Stance.choices, db_index=True)
    value = models.DecimalField(**VALUE_FIELD, null=True, blank=True, help_text="The figure this source gives.")
    unit = models.CharField(max_length=100, blank=True)
    note = models.TextField(blank=True)
    added_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    history = HistoricalRecords(excluded_fields=["updated_at", "version"])
    objects = VersionedQuerySet.as_manager()

    class Meta:
        verbose_name_plural = "evidence"
        ordering = ["stance", "id"]
        constraints = [
            models.UniqueConstraint(fields=["claim", "source"], name="evidence_one_per_claim_and_source"),
            models.CheckConstraint(
                condition=Q(stance__in=["corroborates", "conflicts", "context"]), name="evidence_stance_valid"
            ),
        ]

    def __str__(self):
        return f"{self.source} {self.get_stance_display().lower()} claim {self.claim_id}"



class StatusChange(models.Model):
    """Who moved a claim from one review status to another, and when."""

    claim = models.ForeignKey(Claim, on_delete=models.CASCADE, related_name="status_changes")
    from_status = models.CharField(max_length=16, choices=Claim.Status.choices)
    to_status = models.CharField(max_length=16, choices=Claim.Status.choices)
    by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+")
    at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-at", "-id"]

    def __str__(self):
        return f"{self.from_status} → {self.to_status}"


class Correction(models.Model):
    """A change to a published claim's figure, period, verdict or explanation: what it was,
    what it became, why, when and by whom. The public log of corrections and updates.

    Only claims.services.claim_update writes them, in the transaction of the change.
    """

    class Field(models.TextChoices):
        FIGURE = "figure", "Figure"
        PERIOD = "period", "Period"
        VERDICT = "verdict", "Verdict"
        EXPLANATION = "explanation", "Explanation"

    claim = models.ForeignKey(Claim, on_delete=models.CASCADE, related_name="corrections")
    changed_at = models.DateTimeField(db_index=True)
    field = models.CharField(max_length=12, choices=Field.choices)
    old = models.TextField(blank=True, help_text="What it said before, as a reader reads it.")
    new = models.TextField(blank=True, help_text="What it says now.")
    reason = models.TextField(help_text="Why it changed, for readers.")
    user = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL,
                             related_name="+")

    class Meta:
        ordering = ["-changed_at", "-id"]
        indexes = [models.Index(fields=["claim", "changed_at"], name="correction_claim_idx")]
        constraints = [
            models.CheckConstraint(condition=Q(field__in=["figure", "period", "verdict", "explanation"]),
                                   name="correction_field_valid"),
        ]

    def __str__(self):
        return f"{self.get_field_display()} of claim {self.claim_id} corrected {self.changed_at:%Y-%m-%d}"


class IngestionJob(models.Model):
    class Status(models.TextChoices):
        QUEUED = "queued", "Queued"
        RUNNING = "running", "Running"
        DONE = "done", "Done"
        FAILED = "failed", "Failed"

    class Kind(models.TextChoices):
        URL = "url", "URL"
        HTML = "html", "HTML"
        TEXT = "text", "Text"

    status = models.CharField(max_length=8, choices=Status.choices, default=Status.QUEUED, db_index=True)
    kind = models.CharField(max_length=4, choices=Kind.choices)
    url = models.URLField(max_length=2000, blank=True)
    content = models.TextField(blank=True, help_text="The HTML or text given, kept until the job is done.")
    published = models.DateField(null=True, blank=True)
    publisher = models.CharField(max_length=200, blank=True)
    title = models.CharField(max_length=500, blank=True)
    error = models.TextField(blank=True)
    attempts = models.PositiveSmallIntegerField(default=0)
    source = models.ForeignKey(Source, null=True, blank=True, on_delete=models.SET_NULL, related_name="+")
    source_created = models.BooleanField(default=False, help_text="Whether this job recorded the source first.")
    claims_created = models.PositiveIntegerField(default=0, help_text="Claims this job suggested.")
    claims_existing = models.PositiveIntegerField(
        default=0, help_text="Figures the source already had a claim for (ingested before)."
    )
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True, db_index=True)
    started_at = models.DateTimeField(null=True, blank=True)
    finished_at = models.DateTimeField(null=True, blank=True)
    deadline = models.DateTimeField(
        null=True, blank=True,
        help_text="When the running attempt must have ended (its hard time limit); past it the sweeper "
                  "queues the job again or fails it.",
    )

    class Meta:
        ordering = ["-created_at", "-id"]
        indexes = [
            models.Index(fields=["deadline"], condition=models.Q(status="running"), name="ingestion_running_deadline"),
        ]

    def __str__(self):
        return f"Ingestion {self.pk} ({self.status})"


class Release(models.Model):
    """One publication of official figures: a release page, a data file, an API answer.

    Every import or fetch is a release (claims.consistency.releases.release_import).
    Figures are kept per release, so the series as published on any day can be rebuilt;
    the same content from the same URL is one release (a fetch that finds nothing new).
    """

    publisher = models.CharField(max_length=200)
    title = models.CharField(max_length=500, blank=True)
    url = models.URLField("URL", max_length=2000)
    released_on = models.DateField(help_text="The day the publisher released it.")
    retrieved_at = models.DateTimeField(help_text="When factcheck read it.")
    content_hash = models.CharField(max_length=64, help_text="SHA-256 of what was read.")
    connector = models.CharField(max_length=12, default="csv", help_text="How it came in: csv, bls, sdmx.")
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-released_on", "-id"]
        constraints = [
            models.UniqueConstraint(fields=["url", "content_hash"], name="release_one_per_content"),
        ]

    def __str__(self):
        return f"{self.publisher}, {self.title or self.url} ({self.released_on})"


class SeriesSource(models.Model):
    """A series factcheck fetches from its publisher on a schedule (claims.consistency.connectors)."""

    class Connector(models.TextChoices):
        BLS = "bls", "BLS public data API v2 (JSON)"
        CSV = "csv", "CSV with a column mapping"
        SDMX = "sdmx", "SDMX-JSON (Eurostat, OECD, ECB)"

    name = models.CharField(max_length=200, unique=True)
    connector = models.CharField(max_length=8, choices=Connector.choices)
    url = models.URLField("URL", max_length=2000)
    publisher = models.CharField(max_length=200)
    options = models.JSONField(default=dict, blank=True, help_text="The connector's mapping (see the README).")
    refresh_hours = models.PositiveIntegerField(default=24, help_text="Fetch again after this many hours.")
    active = models.BooleanField(default=True)
    last_fetched_at = models.DateTimeField(null=True, blank=True)
    last_error = models.TextField(blank=True)
    last_release = models.ForeignKey(Release, null=True, blank=True, on_delete=models.SET_NULL, related_name="+")

    class Meta:
        ordering = ["name"]

    def __str__(self):
        return self.name


class OfficialFigure(models.Model):
    """One row of an official series: the value a publisher gives a statistic for a period.

    Imported from CSV or fetched (claims.consistency.releases), each under its release;
    the consistency engine checks claims against the figures as published on a day,
    summing rows that tile a longer period when the statistic is a count.
    """

    statistic = models.ForeignKey(Statistic, on_delete=models.CASCADE, related_name="official_figures")
    release = models.ForeignKey(Release, null=True, blank=True, on_delete=models.CASCADE, related_name="figures")
    period_start = models.DateField()
    period_end = models.DateField()
    value = models.DecimalField(**VALUE_FIELD, help_text="In base units.")
    publisher = models.CharField(max_length=200)
    url = models.URLField("URL", max_length=2000)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["statistic", "period_start", "period_end"]
        constraints = [
            models.UniqueConstraint(
                fields=["statistic", "period_start", "period_end", "release"], condition=Q(release__isnull=False),
                name="official_figure_one_per_release",
            ),
            # Rows entered without a release (by hand in the admin): one per publisher and period.
            models.UniqueConstraint(
                fields=["statistic", "period_start", "period_end", "publisher"], condition=Q(release__isnull=True),
                name="official_figure_one_per_period",
            ),
            models.CheckConstraint(
                condition=Q(period_start__lte=F("period_end")), name="official_figure_period_ordered",
                violation_error_message="The period must not start after it ends.",
            ),
        ]

        # The index the engine looks rows up by (statistic, then period).
        indexes = [models.Index(fields=["statistic", "period_start", "period_end"], name="official_figure_period_idx")]

    def __str__(self):
        return f"{self.statistic} {self.period_start}–{self.period_end}: {self.value} ({self.publisher})"

    @property
    def released_on(self):
        """The day its release came out; None for a row entered by hand."""
        return self.release.released_on if self.release_id else None


class Finding(models.Model):
    """What the consistency engine proposes about a claim, for a reviewer to accept or reject.

    A rejected finding stays, so the engine never proposes it again (its key is unique per
    claim). Only claims.consistency writes findings.
    """

    class Kind(models.TextChoices):
        STATISTIC = "statistic", "Statistic"
        CORROBORATES = "corroborates", "Corroborates"
        CONFLICTS = "conflicts", "Conflicts"
        REPEAT = "repeat", "Repeat"
        VERDICT = "verdict", "Verdict"
        MEASURE = "measure", "Different measure"
        REVISION = "revision", "Revision"

    class Status(models.TextChoices):
        PROPOSED = "proposed", "Proposed"
        ACCEPTED = "accepted", "Accepted"
        REJECTED = "rejected", "Rejected"

    claim = models.ForeignKey(Claim, on_delete=models.CASCADE, related_name="findings")
    kind = models.CharField(max_length=12, choices=Kind.choices)
    status = models.CharField(max_length=8, choices=Status.choices, default=Status.PROPOSED, db_index=True)
    key = models.CharField(max_length=200, help_text="What the finding is about; unique per claim.")
    explanation = models.TextField()
    score = models.FloatField(null=True, blank=True, help_text="How likely the proposed statistic is, 0 to 1.")
    statistic = models.ForeignKey(Statistic, null=True, blank=True, on_delete=models.CASCADE, related_name="+")
    other_claim = models.ForeignKey(Claim, null=True, blank=True, on_delete=models.CASCADE, related_name="+")
    official_figure = models.ForeignKey(
        OfficialFigure, null=True, blank=True, on_delete=models.CASCADE, related_name="findings",
        help_text="The (first) official row compared against.",
    )
    figures = models.ManyToManyField(
        OfficialFigure, blank=True, related_name="used_by", help_text="Every official row used, with its release.",
    )
    value = models.DecimalField(**VALUE_FIELD, null=True, blank=True, help_text="The figure compared against.")
    verdict = models.CharField(max_length=20, choices=Claim.Verdict.choices, blank=True)
    decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    decided_at = models.DateTimeField(null=True, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["claim", "kind", "id"]
        constraints = [
            models.UniqueConstraint(fields=["claim", "key"], name="finding_one_per_claim_and_key"),
            models.CheckConstraint(
                condition=Q(kind__in=["statistic", "corroborates", "conflicts", "repeat", "verdict", "measure",
                                      "revision"]),
                name="finding_kind_valid",
            ),
            models.CheckConstraint(
                condition=Q(status__in=["proposed", "accepted", "rejected"]), name="finding_status_valid"
            ),
        ]
        indexes = [
            models.Index(fields=["other_claim", "status"], name="finding_other_claim_idx"),
            models.Index(fields=["status", "kind", "claim"], name="finding_queue_idx"),
        ]

    def __str__(self):
        return f"{self.get_kind_display()} finding on claim {self.claim_id} ({self.status})"


class SuggestedClaim(Claim):
    """The review queue: suggested claims that no one has handled yet (see claims.admin)."""

    class Meta:
        proxy = True
        verbose_name = "suggested claim (review queue)"
        verbose_name_plural = "review queue"
