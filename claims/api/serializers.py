"""Serializers: output shapes (for the schema) and separate input serializers (for writes).

Output is built by claims.api.representations from `.values()` rows; the *Out classes
here describe it to drf-spectacular. Input serializers validate what a client sends:
unknown and read-only fields are refused by name (StrictSerializer), numbers must be
finite, and a figure's bounds, qualifier and period must agree (claims.figures).
"""
from rest_framework import serializers

from claims.api.base import (
    INT_MAX,
    URL,
    Date,
    DecimalValue,
    Integer,
    RelatedId,
    Slug,
    StrictSerializer,
    Text,
)
from claims.models import Claim, Correction, Evidence, Finding, IngestionJob, Qualifier, Speaker, Statistic
from sources.models import Source

# -- output shapes (schema only) -----------------------------------------------------------


class DecimalString(serializers.CharField):
    """A decimal number as a string, exact: '890000', '7.3'."""


class LinksMixin(serializers.Serializer):
    api_url = serializers.URLField()
    page_url = serializers.URLField()


class SourceRefOut(LinksMixin):
    id = serializers.IntegerField()
    title = serializers.CharField()
    publisher = serializers.CharField()
    url = serializers.CharField(help_text="The canonical URL; empty for text ingested without one.")


class NamedRefOut(LinksMixin):
    id = serializers.IntegerField()
    name = serializers.CharField()
    slug = serializers.CharField()


class FigureOut(serializers.Serializer):
    text = serializers.CharField(help_text='As written, e.g. "$13 billion-a-year".')
    display = serializers.CharField(help_text='As a reader would write it: "over 890,000 apprehensions".')
    value = DecimalString(help_text="In base units: 7.3 million is 7300000.")
    unit = serializers.CharField()
    rate = serializers.CharField()
    qualifier = serializers.ChoiceField(choices=Qualifier.choices, allow_null=True)
    lower_bound = DecimalString(allow_null=True, help_text="The interval the figure stands for; null is unbounded.")
    upper_bound = DecimalString(allow_null=True)
    period_start = serializers.DateField(allow_null=True)
    period_end = serializers.DateField(allow_null=True)
    place = serializers.CharField()


class EvidenceCountsOut(serializers.Serializer):
    corroborates = serializers.IntegerField()
    conflicts = serializers.IntegerField()
    context = serializers.IntegerField()


class ClaimRefOut(serializers.Serializer):
    id = serializers.IntegerField()
    api_url = serializers.URLField()


class EvidenceOut(serializers.Serializer):
    id = serializers.IntegerField()
    api_url = serializers.URLField()
    claim = ClaimRefOut()
    source = SourceRefOut()
    stance = serializers.ChoiceField(choices=Evidence.Stance.choices)
    value = DecimalString(allow_null=True, help_text="The figure this source gives.")
    unit = serializers.CharField()
    note = serializers.CharField()
    created_at = serializers.DateTimeField()
    updated_at = serializers.DateTimeField()


class ClaimOut(LinksMixin):
    """A claim, the same in every response that holds one (claims.api.representations.claim_row)."""

    id = serializers.IntegerField()
    quote = serializers.CharField()
    quote_start = serializers.IntegerField(allow_null=True, help_text="Offset of the quote in the source's text.")
    quote_end = serializers.IntegerField(allow_null=True)
    figure_start = serializers.IntegerField(allow_null=True, help_text="Offset of the figure in the source's text.")
    figure_end = serializers.IntegerField(allow_null=True)
    figure = FigureOut()
    speaker = NamedRefOut(allow_null=True)
    source = SourceRefOut()
    statistic = NamedRefOut(allow_null=True)
    stated_on = serializers.DateField(allow_null=True)
    status = serializers.ChoiceField(choices=Claim.Status.choices)
    verdict = serializers.ChoiceField(choices=Claim.Verdict.choices, allow_null=True)
    verdict_explanation = serializers.CharField()
    evidence_counts = EvidenceCountsOut()
    has_conflict = serializers.BooleanField()
    published_at = serializers.DateTimeField(allow_null=True)
    created_at = serializers.DateTimeField()
    updated_at = serializers.DateTimeField()


class EvidenceByStanceOut(serializers.Serializer):
    corroborates = EvidenceOut(many=True)
    conflicts = EvidenceOut(many=True)
    context = EvidenceOut(many=True)


class ClaimDetailOut(ClaimOut):
    evidence = EvidenceByStanceOut()


class OfficialFigureRefOut(serializers.Serializer):
    id = serializers.IntegerField()
    value = DecimalString(help_text="The official value for the period, in base units.")
    period_start = serializers.DateField()
    period_end = serializers.DateField()
    publisher = serializers.CharField(max_length=200)
    url = serializers.URLField(max_length=2000)


class OfficialReleaseOut(serializers.Serializer):
    id = serializers.IntegerField()
    publisher = serializers.CharField(max_length=200)
    title = serializers.CharField(max_length=500, allow_blank=True, help_text="The publisher's title; may be empty.")
    url = serializers.URLField(max_length=2000, help_text="The publication: the release page or data file.")
    released_on = serializers.DateField(help_text="The day the publisher released it.")
    retrieved_at = serializers.DateTimeField(help_text="When factcheck read it.")


class OfficialReleaseCountOut(OfficialReleaseOut):
    figures_count = serializers.IntegerField(help_text="How many of the statistic's figures it gave (new or changed).")


class OfficialFigureOut(serializers.Serializer):
    id = serializers.IntegerField()
    period_start = serializers.DateField()
    period_end = serializers.DateField()
    value = DecimalString(help_text="In base units.")
    unit = serializers.CharField(max_length=100)
    publisher = serializers.CharField(max_length=200)
    url = serializers.URLField(max_length=2000)
    release = OfficialReleaseOut(allow_null=True, help_text="The release that gave it; null for a row imported "
                                                            "before releases were recorded.")


class CorrectionOut(serializers.Serializer):
    id = serializers.IntegerField()
    claim = ClaimRefOut()
    changed_at = serializers.DateTimeField()
    field = serializers.ChoiceField(choices=Correction.Field.choices, help_text="What changed.")
    old = serializers.CharField(help_text="What the claim said before, as a reader reads it.")
    new = serializers.CharField(help_text="What it says since.")
    reason = serializers.CharField(help_text="Why it changed.")


class FindingOut(serializers.Serializer):
    id = serializers.IntegerField()
    claim = ClaimRefOut()
    kind = serializers.ChoiceField(choices=Finding.Kind.choices)
    status = serializers.ChoiceField(choices=Finding.Status.choices)
    score = serializers.FloatField(allow_null=True, help_text="How likely a proposed statistic is, 0 to 1.")
    explanation = serializers.CharField(help_text="One sentence a reader understands.")
    value = DecimalString(allow_null=True, help_text="The figure compared against, in base units.")
    verdict = serializers.ChoiceField(choices=Claim.Verdict.choices, allow_null=True,
                                      help_text="The verdict proposed (kind verdict).")
    statistic = NamedRefOut(allow_null=True, help_text="The statistic proposed (kind statistic).")
    other_claim = ClaimOut(
        allow_null=True,
        help_text="The claim that agrees, conflicts or is repeated; null when there is none or you cannot see it.",
    )
    official_figure = OfficialFigureRefOut(allow_null=True, help_text="The official row compared against.")
    official_figures = OfficialFigureOut(many=True, help_text="Every official row the finding used (months summed "
                                         "into a period; for a verdict, as published then and now), each with its "
                                         "release. Empty when it compares against no official figure.")
    releases = OfficialReleaseOut(many=True, help_text="The releases of those rows, once each, oldest first: "
                                  "the publications to check the figures against.")
    decided_at = serializers.DateTimeField(allow_null=True)
    created_at = serializers.DateTimeField()


class SourceOut(LinksMixin):
    id = serializers.IntegerField()
    url = serializers.CharField()
    title = serializers.CharField()
    publisher = serializers.CharField()
    authors = serializers.ListField(child=serializers.CharField())
    published_on = serializers.DateField(allow_null=True)
    kind = serializers.ChoiceField(choices=Source.Kind.choices)
    retrieved_at = serializers.DateTimeField()
    content_hash = serializers.CharField()
    created_at = serializers.DateTimeField()
    updated_at = serializers.DateTimeField()


class SourceDetailOut(SourceOut):
    text = serializers.CharField()


class IngestionJobOut(serializers.Serializer):
    id = serializers.IntegerField()
    status = serializers.ChoiceField(choices=IngestionJob.Status.choices)
    kind = serializers.ChoiceField(choices=IngestionJob.Kind.choices)
    url = serializers.CharField(help_text="The page fetched (kind url) or named; empty when none was given.")
    published = serializers.DateField(allow_null=True)
    publisher = serializers.CharField()
    title = serializers.CharField()
    error = serializers.CharField(help_text="Why the job failed; empty unless it did.")
    attempts = serializers.IntegerField()
    created_at = serializers.DateTimeField()
    started_at = serializers.DateTimeField(allow_null=True)
    finished_at = serializers.DateTimeField(allow_null=True)
    source = SourceOut(allow_null=True, help_text="The source the job made or found; null until it is done, "
                       "and for a failed job.")
    claims = ClaimOut(many=True, help_text="The source's claims in text order; empty without a source.")


class SpeakerOut(LinksMixin):
    id = serializers.IntegerField()
    kind = serializers.ChoiceField(choices=Speaker.Kind.choices)
    name = serializers.CharField()
    slug = serializers.CharField()
    role = serializers.CharField()
    aliases = serializers.ListField(child=serializers.CharField())
    same_as = serializers.CharField()
    created_at = serializers.DateTimeField()
    updated_at = serializers.DateTimeField()


class StatisticOut(LinksMixin):
    id = serializers.IntegerField()
    name = serializers.CharField()
    slug = serializers.CharField()
    definition = serializers.CharField()
    unit = serializers.CharField()
    place = serializers.CharField()
    measure = serializers.ChoiceField(choices=Statistic.Measure.choices)
    keywords = serializers.ListField(child=serializers.CharField())
    created_at = serializers.DateTimeField()
    updated_at = serializers.DateTimeField()



# -- input ---------------------------------------------------------------------------------




class ClaimIn(StrictSerializer):
    read_only_names = StrictSerializer.read_only_names | {
        "api_url", "page_url", "figure", "evidence", "evidence_counts", "has_conflict", "published_at",
        "created_by", "corroborating_count", "conflicting_count", "context_count", "status_changed_at",
        "status_changed_by", "reviewed_at",
    }

    quote = Text()
    source = RelatedId(queryset=Source.objects.only("id"))
    speaker = RelatedId(queryset=Speaker.objects.only("id"), allow_null=True, required=False)
    statistic = RelatedId(queryset=Statistic.objects.only("id"), allow_null=True, required=False)
    stated_on = Date(allow_null=True, required=False)
    figure_text = Text(max_length=100, allow_blank=True, required=False)
    value = DecimalValue(help_text="In base units: 7.3 million is 7300000.")
    unit = Text(max_length=100)
    rate = Text(max_length=40, allow_blank=True, required=False)
    qualifier = serializers.ChoiceField(choices=Qualifier.choices, allow_null=True, required=False)
    lower_bound = DecimalValue(
        allow_null=True, required=False, help_text="Left out (with upper_bound): what the qualifier implies."
    )
    upper_bound = DecimalValue(allow_null=True, required=False)
    period_start = Date(allow_null=True, required=False)
    period_end = Date(allow_null=True, required=False)
    place = Text(max_length=200, allow_blank=True, required=False)
    quote_start = Integer(min_value=0, max_value=INT_MAX, allow_null=True, required=False)
    quote_end = Integer(min_value=0, max_value=INT_MAX, allow_null=True, required=False)
    figure_start = Integer(min_value=0, max_value=INT_MAX, allow_null=True, required=False)
    figure_end = Integer(min_value=0, max_value=INT_MAX, allow_null=True, required=False)
    status = serializers.ChoiceField(
        choices=Claim.Status.choices, required=False,
        help_text="Changes go through the review workflow: reviewers may move a claim up to in review; "
        "only editors publish or unpublish. A move the workflow does not allow is a 409.",
    )
    verdict = serializers.ChoiceField(
        choices=Claim.Verdict.choices, allow_null=True, required=False, help_text="Editors only."
    )
    verdict_explanation = Text(allow_blank=True, required=False, help_text="Editors only.")
    change_reason = Text(
        allow_blank=True, required=False, write_only=True,
        help_text="Why a published claim's figure (value, qualifier, bounds, unit), period, verdict or explanation "
        "changes: required then (a 400 naming it otherwise), and shown to readers in the claim's corrections "
        "(GET .../changes/).",
    )

    def validate_qualifier(self, value):
        return value or ""

    def validate_verdict(self, value):
        return value or ""

    # Bounds, ordering, verdict rights and the workflow are the service's rules
    # (claims.services.claim_create and claim_update), checked once for every channel.


class EvidenceIn(StrictSerializer):
    read_only_names = StrictSerializer.read_only_names | {"api_url", "added_by"}

    claim = RelatedId(queryset=Claim.objects.only("id"))
    source = RelatedId(queryset=Source.objects.only("id"))
    stance = serializers.ChoiceField(choices=Evidence.Stance.choices)
    value = DecimalValue(allow_null=True, required=False, help_text="The figure this source gives.")
    unit = Text(max_length=100, allow_blank=True, required=False)
    note = Text(allow_blank=True, required=False)


class SourceIn(StrictSerializer):
    read_only_names = StrictSerializer.read_only_names | {"api_url", "page_url", "content_hash", "retrieved_at"}

    url = URL(max_length=2000, allow_blank=True, required=False)
    title = Text(max_length=500, allow_blank=True, required=False)
    publisher = Text(max_length=200, allow_blank=True, required=False)
    authors = serializers.ListField(child=Text(max_length=200), required=False, max_length=100)
    published_on = Date(allow_null=True, required=False)
    kind = serializers.ChoiceField(choices=Source.Kind.choices, required=False)
    text = Text(allow_blank=True, required=False, trim_whitespace=False)



class SpeakerIn(StrictSerializer):
    read_only_names = StrictSerializer.read_only_names | {"api_url", "page_url"}

    name = Text(max_length=200)
    slug = Slug(max_length=220, required=False, help_text="Made from the name when left out.")
    kind = serializers.ChoiceField(choices=Speaker.Kind.choices, required=False)
    role = Text(max_length=300, allow_blank=True, required=False)
    aliases = serializers.ListField(child=Text(max_length=200), required=False, max_length=100)
    same_as = URL(max_length=500, allow_blank=True, required=False)


class StatisticIn(StrictSerializer):
    read_only_names = StrictSerializer.read_only_names | {"api_url", "page_url"}

    name = Text(max_length=300)
    slug = Slug(max_length=220)
    definition = Text(allow_blank=True, required=False)
    unit = Text(max_length=100)
    place = Text(max_length=200, allow_blank=True, required=False)
    measure = serializers.ChoiceField(choices=Statistic.Measure.choices, required=False)
    keywords = serializers.ListField(child=Text(max_length=200), required=False, max_length=100)
