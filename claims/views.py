"""The public site: server-rendered pages for readers, search engines and fact-check aggregators.

Only published claims, and the speakers, statistics and sources that have one, are shown
(claims.selectors). Each page runs a fixed number of queries, however many rows it shows.
"""
import datetime
import re
from dataclasses import dataclass

import django_filters
from django import forms
from django.conf import settings
from django.db.models import Count, DateField, F, Max, Min, Q
from django.db.models.functions import Coalesce, Trunc
from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.template.loader import render_to_string
from django.views.decorators.http import require_safe

from claims import figures, selectors
from claims.charts import CHART_MARKS, Bin, bin_period, merge_bins, period_end, statistic_chart
from claims.consistency.public import claim_official, statistic_official
from claims.highlight import highlighted_text
from claims.jsonld import claim_review, script_json
from claims.models import Claim, Evidence, Speaker, Statistic
from claims.search import search_claims
from factcheck.public_cache import cached_public_page
from sources.models import Source

PAGE_SIZE = 20


class YearField(forms.IntegerField):
    """A year in four ASCII digits: not "2_023", "2023.5", "2.023e3" or other scripts' digits."""

    def to_python(self, value):
        if value not in self.empty_values and not re.fullmatch(r"[0-9]{4}", str(value)):
            raise forms.ValidationError("Give a year as four digits, e.g. 2024.", code="invalid")
        return super().to_python(value)


class YearFilter(django_filters.NumberFilter):
    field_class = YearField


class ClaimFilter(django_filters.FilterSet):
    q = django_filters.CharFilter(label="Search", method="search", max_length=200)
    speaker = django_filters.ChoiceFilter(
        field_name="speaker__slug", label="Speaker", choices=[], empty_label="Any speaker"
    )
    statistic = django_filters.ChoiceFilter(
        field_name="statistic__slug", label="Statistic", choices=[], empty_label="Any statistic"
    )
    verdict = django_filters.ChoiceFilter(choices=Claim.Verdict.choices, empty_label="Any verdict")
    publisher = django_filters.ChoiceFilter(
        field_name="source__publisher", label="Publisher", choices=[], empty_label="Any publisher"
    )
    year = YearFilter(
        field_name="stated_on", lookup_expr="year", label="Year stated", min_value=1900, max_value=2100,
        widget=forms.NumberInput(attrs={"inputmode": "numeric"}),
    )

    class Meta:
        model = Claim
        fields = []

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        # Read once per request (and cached): the form both validates against and renders these.
        # They are the most claimed; any other speaker, statistic or publisher the public may
        # see is a choice too when asked for (a link from its page).
        for name, choices in selectors.filter_choices().items():
            chosen = self.data.get(name) if self.data else None
            if chosen and chosen not in dict(choices):
                choices = [*choices, *selectors.filter_choice(name, chosen)]
            self.filters[name].extra["choices"] = choices

    def search(self, queryset, name, value):
        return search_claims(queryset, value)


def _with_evidence_figure(evidence: Evidence, claim: Claim) -> Evidence:
    unit = evidence.unit or claim.unit
    evidence.figure = figures.format_figure(evidence.value, unit) if evidence.value is not None else ""
    return evidence


@require_safe
def home(request):
    return redirect("claim-list")


@dataclass
class ListPage:
    """One page of a list, read without counting the whole list: a COUNT over millions of
    claims cost more than the rest of the page. One row past the page says whether there is a next."""

    number: int
    object_list: list
    has_next: bool

    @property
    def has_previous(self) -> bool:
        return self.number > 1

    @property
    def has_other_pages(self) -> bool:
        return self.has_previous or self.has_next

    def previous_page_number(self) -> int:
        return self.number - 1

    def next_page_number(self) -> int:
        return self.number + 1


class BadPage(ValueError):
    """A page number that is not a whole number from 1 to MAX_PAGE (a 400)."""


MAX_PAGE = 10_000
BAD_PAGE = f"page: give a whole number from 1 to {MAX_PAGE}."


def read_page(queryset, raw_number: str | None) -> ListPage:
    """The page of queryset that raw_number names; BadPage or Http404 past the end."""
    if raw_number and not re.fullmatch(r"[0-9]{1,5}", raw_number):  # no "1_0", " 2" or "２"
        raise BadPage(BAD_PAGE)
    number = int(raw_number or 1)
    if not 1 <= number <= MAX_PAGE:
        raise BadPage(BAD_PAGE)
    start = (number - 1) * PAGE_SIZE
    rows = list(queryset[start:start + PAGE_SIZE + 1])
    if number > 1 and not rows:
        raise Http404(f"page: there is no page {number}.")
    return ListPage(number, rows[:PAGE_SIZE], len(rows) > PAGE_SIZE)


@require_safe
@cached_public_page
def claim_list(request):
    claims = selectors.public_claims().select_related("speaker", "source").order_by("-published_at", "-id")
    filterset = ClaimFilter(request.GET or None, queryset=claims)
    status, page_error, page = 200, "", ListPage(1, [], False)
    if filterset.is_bound and not filterset.is_valid():
        status = 400
    else:
        try:
            page = read_page(filterset.qs, request.GET.get("page"))
        except BadPage as e:
            status, page_error = 400, str(e)
    return render(request, "claims/claim_list.html", {
        "filter": filterset, "form": filterset.form, "page": page, "page_error": page_error,
        "query": request.GET.get("q", ""), "most_claimed": selectors.FILTER_CHOICES_MOST,
    }, status=status)


@require_safe
def claim_redirect(request, pk):
    claim = get_object_or_404(selectors.public_claim_pages(), pk=pk)
    return redirect(claim, permanent=True)


@require_safe
@cached_public_page
def claim_detail(request, pk, slug):
    claim = get_object_or_404(
        selectors.public_claim_pages().select_related("speaker", "source", "statistic",
                                                                           "duplicate_of"),
        pk=pk,
    )
    if claim.duplicate_of is not None:
        # A published duplicate sends its readers to the claim it repeats; that one
        # redirects on in turn if it is itself a duplicate.
        if claim.duplicate_of.status != Claim.Status.PUBLISHED:
            raise Http404("This claim is not public.")
        return redirect(claim.duplicate_of, permanent=True)
    if slug != claim.slug:
        return redirect(claim, permanent=True)
    evidence = [_with_evidence_figure(e, claim)
                for e in selectors.public_evidence().filter(claim=claim).select_related("source").order_by("id")]
    appearances = list(claim.appearances.select_related("source"))
    corrections = list(selectors.claim_corrections(claim_id=claim.pk))
    review = claim_review(claim, appearances=appearances, corrections=corrections, site_name=settings.SITE_NAME,
                          site_url=settings.SITE_URL)
    S = Evidence.Stance
    return render(request, "claims/claim_detail.html", {
        "claim": claim,
        "official": claim_official(claim),
        "appearances": appearances,
        "corrections": corrections,
        "evidence_sections": [
            ("corroborated", "Corroborated by", [e for e in evidence if e.stance == S.CORROBORATES]),
            ("contradicted", "Contradicted by", [e for e in evidence if e.stance == S.CONFLICTS]),
            ("context", "Context", [e for e in evidence if e.stance == S.CONTEXT]),
        ],
        "claim_review_json": script_json(review),
        "canonical_url": settings.SITE_URL + claim.get_absolute_url(),
    })


@require_safe
@cached_public_page
def speaker_detail(request, slug):
    speaker = get_object_or_404(Speaker, slug=slug)
    claims = selectors.public_claims().filter(speaker=speaker)
    # The tally counts in the database: a speaker may have thousands of claims, shown a page at a time.
    counts = dict(claims.order_by().values_list("verdict").annotate(n=Count("id")))
    if not counts:
        raise Http404("No published claim by this speaker.")
    try:
        page = read_page(claims.select_related("source").order_by("-stated_on", "-id"), request.GET.get("page"))
    except BadPage as e:
        return render(request, "400.html", {"message": str(e)}, status=400)
    tally = [(value, label, counts[value]) for value, label in Claim.Verdict.choices if counts.get(value)]
    if counts.get(""):
        tally.append(("", "Not rated", counts[""]))
    return render(request, "claims/speaker_detail.html", {
        "speaker": speaker, "page": page, "tally": tally, "total": sum(counts.values()),
    })


@require_safe
@cached_public_page
def statistic_detail(request, slug):
    statistic = get_object_or_404(Statistic, slug=slug)
    claims = selectors.public_claims().filter(statistic=statistic)
    # One pass over its claims, summed up by the month their figures start in (charts.claim_span),
    # gives the totals, the chart's bars and whether there are few enough to draw one by one.
    start = Coalesce("period_start", "period_end", "stated_on")
    months = list(
        claims.annotate(month=Trunc(start, "month", output_field=DateField())).order_by("month").values("month")
        .annotate(count=Count("id"), low=Min("value"), high=Max("value"),
                  conflicts=Count("id", filter=Q(public_conflicting_count__gt=0)))
    )
    total = sum(row["count"] for row in months)
    if not total:
        raise Http404("No published claim about this statistic.")
    try:
        page = read_page(claims.select_related("speaker", "source").order_by(F("stated_on").desc(nulls_last=True),
                                                                             "-id"),
                         request.GET.get("page"))
    except BadPage as e:
        return render(request, "400.html", {"message": str(e)}, status=400)
    # The official series as it stands, drawn under the claims; each claim in the table gets
    # its official figure beside it.
    official = statistic_official(statistic, page.object_list)
    dated = [Bin(start=row["month"], end=period_end(row["month"], "month"), count=row["count"], low=row["low"],
                 high=row["high"], conflicts=row["conflicts"]) for row in months if row["month"] is not None]
    if sum(b.count for b in dated) > CHART_MARKS:
        period = bin_period(dated[0].start, dated[-1].start)
        chart = statistic_chart([], unit=statistic.unit, bins=merge_bins(dated, period), period=period,
                                official=official)
    else:
        drawn = claims.exclude(period_start=None, period_end=None, stated_on=None).select_related("speaker")
        chart = statistic_chart(sorted(drawn, key=_chronological), unit=statistic.unit, official=official)
    chart.left_out = total - sum(b.count for b in dated)
    return render(request, "claims/statistic_detail.html", {
        "statistic": statistic, "page": page, "chart": chart, "total": total,
    })


def _chronological(claim: Claim):
    start = claim.period_start or claim.stated_on
    return (start is None, start or datetime.date.min, claim.pk)


@require_safe
@cached_public_page
def source_detail(request, pk):
    source = get_object_or_404(Source, pk=pk)
    claims = list(selectors.public_claims().filter(source=source).select_related("speaker", "statistic")
                  .order_by("figure_start", "id"))
    appearances = list(
        selectors.public_appearances().filter(source=source).select_related("claim__speaker", "claim__source")
    )
    evidence = [
        _with_evidence_figure(e, e.claim)
        for e in selectors.public_evidence().filter(source=source).select_related("claim__speaker")
    ]
    if not (claims or appearances or evidence):
        raise Http404("No published claim uses this source.")
    return render(request, "claims/source_detail.html", {
        "source": source, "claims": claims, "appearances": appearances, "evidence": evidence,
        "pieces": highlighted_text(source.text, claims),
    })


@require_safe
def robots_txt(request):
    text = render_to_string("robots.txt", {"site_url": settings.SITE_URL})
    return HttpResponse(text, content_type="text/plain; charset=utf-8")
