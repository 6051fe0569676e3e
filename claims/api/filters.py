"""Query filters. A bad value is a 400 naming the parameter (django-filter's form errors).

Each parameter accepts what the schema says it does: ids are ASCII digits from 1, numbers
are decimals the value column can hold (claims.api.base.DECIMAL_PATTERN), dates are
YYYY-MM-DD, and a parameter given empty is refused unless it is free text.
"""
import re

import django_filters as filters
from django import forms
from django.db.models import Exists, OuterRef
from django.db.models.functions import Coalesce
from drf_spectacular.utils import extend_schema_field

from claims import figures, selectors
from claims.api.base import DATE_PATTERN, DECIMAL_PATTERN, ID_MAX, parse_decimal
from claims.models import Claim, Evidence, Finding, Speaker, Statistic
from claims.roles import is_reviewer
from claims.search import search_claims
from sources.models import Source

BOOLEAN_CHOICES = [("true", "true"), ("false", "false")]


class StrictIdField(forms.Field):
    def to_python(self, value):
        if value in self.empty_values:
            return None
        if not re.fullmatch(r"[0-9]{1,19}", value) or not 1 <= int(value) <= ID_MAX:
            raise forms.ValidationError(f"Give an id: a whole number from 1 to {ID_MAX}.")
        return int(value)


class StrictDecimalField(forms.Field):
    def to_python(self, value):
        if value in self.empty_values:
            return None
        try:
            return parse_decimal(value)
        except ValueError as exc:
            raise forms.ValidationError(str(exc)) from None


class StrictDateField(forms.DateField):
    def to_python(self, value):
        if value not in self.empty_values and not re.fullmatch(r"[0-9]{4}-[0-9]{2}-[0-9]{2}", value):
            raise forms.ValidationError("Give a date as YYYY-MM-DD.")
        return super().to_python(value)


@extend_schema_field({"type": "string", "format": "date", "pattern": DATE_PATTERN})
class DateFilter(filters.DateFilter):
    field_class = StrictDateField


@extend_schema_field({"type": "string", "pattern": DECIMAL_PATTERN})
class DecimalFilter(filters.Filter):
    """A number the value column can hold, as a string: "-5", "890000", "7.3"."""

    field_class = StrictDecimalField


class StrictFilterSet(filters.FilterSet):
    """Refuses a parameter given empty (`?status=`) unless it is free text: an empty id,
    choice, number or date is a mistake, not "any"."""

    def is_valid(self):
        valid = super().is_valid()
        for name, value in self.data.items():
            declared = self.filters.get(name)
            if value == "" and declared is not None and type(declared) is not filters.CharFilter:
                self.form.add_error(name, "Give a value, or leave the parameter out.")
                valid = False
        return valid


@extend_schema_field({"type": "string", "minLength": 1, "description": "An id or a slug."})
class IdOrSlugFilter(filters.CharFilter):
    """`speaker=12` or `speaker=jane-doe`: an id or a slug of the related row."""

    def filter(self, qs, value):
        if not value:
            return qs
        if re.fullmatch(r"[0-9]+", value):
            pk = int(value)
            return qs.filter(**{f"{self.field_name}_id": pk}) if pk <= ID_MAX else qs.none()
        return qs.filter(**{f"{self.field_name}__slug": value})


@extend_schema_field({"type": "integer", "minimum": 1, "maximum": ID_MAX})
class IdFilter(filters.Filter):
    field_class = StrictIdField


class ClaimFilter(StrictFilterSet):
    speaker = IdOrSlugFilter(field_name="speaker", help_text="A speaker's id or slug.")
    source = IdFilter(field_name="source_id", help_text="A source's id.")
    statistic = IdOrSlugFilter(field_name="statistic", help_text="A statistic's id or slug.")
    status = filters.ChoiceFilter(choices=Claim.Status.choices)
    verdict = filters.ChoiceFilter(choices=Claim.Verdict.choices)
    unit = filters.CharFilter(field_name="unit")
    qualifier = filters.ChoiceFilter(
        choices=[*((q, q) for q in figures.QUALIFIERS), ("none", "none")], method="filter_qualifier",
        help_text="A qualifier, or none for exact figures.",
    )
    value_min = DecimalFilter(field_name="value", lookup_expr="gte", help_text="Value at least this.")
    value_max = DecimalFilter(field_name="value", lookup_expr="lte", help_text="Value at most this.")
    stated_after = DateFilter(field_name="stated_on", lookup_expr="gte", help_text="Stated on or after.")
    stated_before = DateFilter(field_name="stated_on", lookup_expr="lte", help_text="Stated on or before.")
    period_from = DateFilter(method="filter_period_from", help_text="The period covered ends on or after.")
    period_to = DateFilter(method="filter_period_to", help_text="The period covered starts on or before.")
    has_conflict = filters.ChoiceFilter(
        choices=BOOLEAN_CHOICES, method="filter_has_conflict", help_text="Whether conflicting evidence is linked."
    )
    has_conflicting_figures = filters.ChoiceFilter(
        choices=BOOLEAN_CHOICES, method="filter_has_conflicting_figures",
        help_text="Whether the consistency engine found a source or official figure that conflicts "
        "(accepted findings; for reviewers, proposed ones too).",
    )
    search = filters.CharFilter(
        method="filter_search", help_text="Full-text search over the quote, speaker and source title, best first."
    )

    class Meta:
        model = Claim
        fields = []

    def filter_qualifier(self, qs, name, value):
        return qs.filter(qualifier="" if value == "none" else value)

    def filter_period_from(self, qs, name, value):
        return qs.alias(period_last=Coalesce("period_end", "period_start")).filter(period_last__gte=value)

    def filter_period_to(self, qs, name, value):
        return qs.alias(period_first=Coalesce("period_start", "period_end")).filter(period_first__lte=value)

    def filter_has_conflict(self, qs, name, value):
        # The tally this reader sees (claims.selectors.hidden_evidence): evidence hidden with a
        # claim the public cannot see does not make a conflict the public can find.
        field = "conflicting_count" if is_reviewer(getattr(self.request, "user", None)) else "public_conflicting_count"
        return qs.filter(**{f"{field}__gt": 0}) if value == "true" else qs.filter(**{field: 0})

    def filter_has_conflicting_figures(self, qs, name, value):
        # Readers see the findings they may read (claims.selectors.public_findings); reviewers
        # accepted and proposed ones.
        if is_reviewer(getattr(self.request, "user", None)):
            findings = Finding.objects.filter(status__in=[Finding.Status.ACCEPTED, Finding.Status.PROPOSED])
        else:
            findings = selectors.public_findings()
        conflicts = findings.filter(claim=OuterRef("pk"), kind=Finding.Kind.CONFLICTS)
        return qs.filter(Exists(conflicts) if value == "true" else ~Exists(conflicts))

    def filter_search(self, qs, name, value):
        # Ordered by rank (the default when searching), the ranking is bounded (claims.search).
        ordering = self.request.query_params.get("ordering", "-rank") if self.request else "-rank"
        return search_claims(qs, value, ranked=ordering.lstrip("-") == "rank")


class SourceFilter(StrictFilterSet):
    publisher = filters.CharFilter(field_name="publisher")
    kind = filters.ChoiceFilter(choices=Source.Kind.choices)
    published_after = DateFilter(field_name="published_on", lookup_expr="gte", help_text="Published on or after.")
    published_before = DateFilter(
        field_name="published_on", lookup_expr="lte", help_text="Published on or before."
    )

    class Meta:
        model = Source
        fields = []


class SpeakerFilter(StrictFilterSet):
    kind = filters.ChoiceFilter(choices=Speaker.Kind.choices)
    name = filters.CharFilter(field_name="name", lookup_expr="icontains", help_text="Part of the name.")

    class Meta:
        model = Speaker
        fields = []


class StatisticFilter(StrictFilterSet):
    unit = filters.CharFilter(field_name="unit")
    place = filters.CharFilter(field_name="place")
    measure = filters.ChoiceFilter(choices=Statistic.Measure.choices)

    class Meta:
        model = Statistic
        fields = []


class EvidenceFilter(StrictFilterSet):
    claim = IdFilter(field_name="claim_id")
    source = IdFilter(field_name="source_id")
    stance = filters.ChoiceFilter(choices=Evidence.Stance.choices)

    class Meta:
        model = Evidence
        fields = []

