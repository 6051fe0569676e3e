"""The reviewer's desk (issue 16): hand in an article, follow its job, review its claims
next to its text, and go through the queue article by article.

Admin views, routed by claims.admin.SuggestedClaimAdmin behind the admin site's role
check. Every write goes through a service: ingestion_create (as the API), claim_update
(with the version the page showed, so a stale edit is refused as on the change form),
claim_move, finding_accept and finding_reject. Each form posts and redirects back to the
claim's row, so the desk works without JavaScript; claims/static/claims/desk.js adds the
keys (j/k, e, a, p, r, s) and the name suggestions.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from django import forms
from django.conf import settings
from django.contrib import messages
from django.core.exceptions import ValidationError
from django.core.paginator import Paginator
from django.db import transaction
from django.db.models import Q
from django.http import Http404, HttpResponseNotAllowed, HttpResponseRedirect, JsonResponse
from django.shortcuts import get_object_or_404
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils.html import format_html

from claims import roles, selectors
from claims.consistency import FindingError, FindingForbidden, finding_accept, finding_reject
from claims.extraction.periods import fiscal_year, fiscal_year_of, month_period
from claims.highlight import highlighted_text
from claims.ingestion import ingestion_create
from claims.models import Claim, Finding, IngestionJob, Qualifier, Speaker, Statistic
from claims.services import (
    Forbidden,
    TransitionError,
    can_transition,
    claim_move,
    claim_update,
    transition_path,
)
from claims.speakers import match_speaker
from sources.canonical import InvalidURL, canonical_url
from sources.errors import SourceError
from sources.models import Source

S = Claim.Status
DONE = (IngestionJob.Status.DONE, IngestionJob.Status.FAILED)


def url(name: str, *args) -> str:
    return reverse(f"admin:claims_desk_{name}", args=args)


# -- hand in ----------------------------------------------------------------------------------

HTML_TAG = re.compile(r"<(?:html|head|body|article|main|p|div|h[1-6]|span|br)\b", re.IGNORECASE)


class HandInForm(forms.Form):
    url = forms.URLField(label="URL", max_length=2000, required=False, assume_scheme="https",
                         help_text="Fetched, unless you paste the article below (then it only names the page).")
    content = forms.CharField(label="Or paste the article", required=False, strip=False,
                              widget=forms.Textarea(attrs={"rows": 12, "cols": 80}),
                              help_text="HTML or plain text, as published.")
    title = forms.CharField(max_length=500, required=False)
    publisher = forms.CharField(max_length=200, required=False)
    published = forms.DateField(label="Published on", required=False,
                                widget=forms.DateInput(attrs={"type": "date"}))

    def clean_url(self):
        given = self.cleaned_data["url"].strip()
        if given:
            try:
                canonical_url(given)
            except InvalidURL:
                raise ValidationError("Enter an http or https URL.") from None
        return given

    def clean(self):
        data = super().clean()
        content = data.get("content", "")
        if not content.strip():
            data["content"] = ""
            if not data.get("url") and "url" not in self.errors:
                raise ValidationError("Give the article's URL or paste the article.")
            data["kind"] = IngestionJob.Kind.URL
            return data
        cap = settings.INGEST_MAX_BYTES
        if len(content.encode("utf-8")) > cap:
            self.add_error("content", f"The article is over the size cap of {cap} bytes.")
        data["kind"] = IngestionJob.Kind.HTML if HTML_TAG.search(content) else IngestionJob.Kind.TEXT
        return data


def hand_in(request, site):
    form = HandInForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        given = {name: form.cleaned_data[name] for name in ("kind", "url", "content", "title", "publisher",
                                                              "published")}
        try:
            with transaction.atomic():  # without a broker the job runs as this commits (eager)
                job = ingestion_create(**given, user=request.user)
        except SourceError as exc:
            form.add_error(None, str(exc))
        else:
            return HttpResponseRedirect(url("job", job.pk))
    return TemplateResponse(request, "admin/claims/desk/hand_in.html", {
        **site.each_context(request), "title": "Hand in an article", "form": form,
    })


def job_state(job: IngestionJob) -> dict:
    return {
        "status": job.status, "label": job.get_status_display(), "finished": job.status in DONE,
        "claims_created": job.claims_created, "claims_existing": job.claims_existing, "error": job.error,
        "article": url("article", job.source_id) if job.source_id else None,
    }


def job(request, site, job_id: int):
    """The job's progress; static/claims/job.js asks job_status until it is finished."""
    found = get_object_or_404(IngestionJob.objects.defer("content"), pk=job_id)
    return TemplateResponse(request, "admin/claims/desk/job.html", {
        **site.each_context(request), "title": f"Ingestion job {found.pk}", "job": found, "state": job_state(found),
        "status_url": url("job_status", found.pk),
    })


def job_status(request, site, job_id: int):
    found = get_object_or_404(IngestionJob.objects.defer("content"), pk=job_id)
    return JsonResponse(job_state(found))


# -- the article's review page ----------------------------------------------------------------

@dataclass(frozen=True)
class Pick:
    name: str
    label: str
    start: date
    end: date


def period_picks(on: date | None) -> list[Pick]:
    """Quick picks for a claim's period from the article's date: its month, its US federal
    fiscal year, and that fiscal year so far."""
    if on is None:
        return []
    month, fy = month_period(on.year, on.month), fiscal_year(fiscal_year_of(on))
    return [
        Pick("month", on.strftime("%B %Y"), month.start, month.end),
        Pick("fy", f"FY {fiscal_year_of(on)}", fy.start, fy.end),
        Pick("fytd", f"FY {fiscal_year_of(on)} so far", fy.start, on),
    ]


def article_date(source: Source) -> date | None:
    return source.published_on or (source.created_at.date() if source.created_at else None)


class ClaimRowForm(forms.Form):
    """One claim's fields as the desk edits them. Speaker and statistic are names: the
    speaker is matched (or added) by claims.speakers.match_speaker, as ingestion does; a
    statistic must exist (editors define them)."""

    # The inputs themselves are written out in admin/claims/desk/article.html.
    version = forms.IntegerField()
    speaker = forms.CharField(max_length=200, required=False)
    unit = forms.CharField(max_length=100)
    qualifier = forms.ChoiceField(choices=[("", "exactly"), *Qualifier.choices], required=False)
    place = forms.CharField(max_length=200, required=False)
    statistic = forms.CharField(max_length=200, required=False)
    period_start = forms.DateField(label="From", required=False)
    period_end = forms.DateField(label="To", required=False)

    def clean_statistic(self):
        name = " ".join(self.cleaned_data["statistic"].split())
        if not name:
            return None
        found = Statistic.objects.filter(Q(name__iexact=name) | Q(slug=name)).first()
        if found is None:
            raise ValidationError(f"No statistic is called “{name}”: choose one of the suggestions "
                                  "(editors define new statistics).")
        return found

    def changes(self, claim: Claim, *, pick: Pick | None, user) -> dict:
        """The claim fields to send to claim_update (it writes only those that differ)."""
        data = {name: self.cleaned_data[name] for name in ("unit", "place", "statistic", "period_start",
                                                           "period_end")}
        if self.cleaned_data["qualifier"] != claim.qualifier:
            # Sent only when changed: a qualifier sent makes the bounds follow it (a range's own would go).
            data["qualifier"] = self.cleaned_data["qualifier"]
        if pick is not None:
            data["period_start"], data["period_end"] = pick.start, pick.end
        name = " ".join(self.cleaned_data["speaker"].split())
        if not name:
            data["speaker"] = None
        elif claim.speaker is None or claim.speaker.name != name:
            data["speaker"] = match_speaker(name, user=user)
        return data


@dataclass
class Row:
    claim: Claim
    quote: tuple[str, str, str]
    moves: list[tuple[str, str, str]]  # (status, label, key)
    findings: list[tuple[Finding, bool]]


MOVES = [(S.IN_REVIEW, "Accept", "a"), (S.PUBLISHED, "Publish", "p"), (S.REJECTED, "Reject", "r")]


def transition_label(from_status: str, to_status: str) -> str:
    if to_status == S.IN_REVIEW:
        return {S.SUGGESTED: "Accept", S.PUBLISHED: "Unpublish", S.REJECTED: "Reopen"}[from_status]
    return {S.PUBLISHED: "Publish", S.REJECTED: "Reject"}[to_status]


def moves_for(user, claim: Claim) -> list[tuple[str, str, str]]:
    """The one-click moves (status, label, key) this user can make on the claim, each step
    of the way allowed. A published claim is only unpublished (claim_move goes no further),
    and that has no key."""
    found = []
    for to, _, key in MOVES:
        steps = transition_path(claim.status, to) if claim.status != to else []
        if claim.status == S.PUBLISHED:
            steps, key = steps[:1] if to == S.IN_REVIEW else [], ""
        if steps and all(can_transition(user, a, b) for a, b in zip([claim.status, *steps], steps)):
            found.append((to, transition_label(claim.status, to), key))
    return found


def quote_parts(claim: Claim, text: str) -> tuple[str, str, str]:
    """The quote cut around the figure (before, figure, after), or the whole quote."""
    qs, qe, fs, fe = claim.quote_start, claim.quote_end, claim.figure_start, claim.figure_end
    if None in (qs, qe, fs, fe) or not (qs <= fs <= fe <= qe <= len(text)):
        return claim.quote, "", ""
    return text[qs:fs], text[fs:fe], text[fe:qe]


REMAINING = {S.IN_REVIEW: [S.SUGGESTED], S.PUBLISHED: [S.SUGGESTED, S.IN_REVIEW], S.REJECTED: [S.SUGGESTED]}


def article(request, site, source_id: int):
    source = get_object_or_404(Source, pk=source_id)
    claims = list(selectors.article_claims(source.pk))
    user = request.user
    rows = [Row(claim=c, quote=quote_parts(c, source.text),
                moves=moves_for(user, c),
                findings=[(f, roles.can_decide_finding(user, f.kind)) for f in c.desk_findings])
            for c in claims]
    counts = {status: sum(1 for c in claims if c.status == status) for status in S.values}
    bulk = [(to, label) for to, label, _ in MOVES
            if (to != S.PUBLISHED or roles.can_publish(user))
            and any(c.status in REMAINING[to] and c.duplicate_of_id is None for c in claims)]
    return TemplateResponse(request, "admin/claims/desk/article.html", {
        **site.each_context(request), "is_nav_sidebar_enabled": False,  # the text and the rows need the width
        "title": f"Review: {source.title or source.url or f'source {source.pk}'}",
        "source": source, "pieces": highlighted_text(source.text, claims), "rows": rows, "counts": counts,
        "picks": period_picks(article_date(source)), "bulk": bulk, "is_editor": roles.is_editor(user),
        "qualifiers": ClaimRowForm.base_fields["qualifier"].choices,
    })


def _back(source_id: int, claim_id: int | None = None) -> HttpResponseRedirect:
    return HttpResponseRedirect(url("article", source_id) + (f"#c{claim_id}" if claim_id else ""))


def _errors(exc: ValidationError) -> str:
    if hasattr(exc, "error_dict"):
        return " ".join(f"{name.replace('_', ' ')}: {' '.join(errs)}" if name != "__all__" else " ".join(errs)
                        for name, errs in exc.message_dict.items())
    return " ".join(exc.messages)


def _claim_of(source_id: int, claim_id: int) -> Claim:
    claim = Claim.objects.select_related("speaker", "statistic", "source").filter(pk=claim_id,
                                                                                    source_id=source_id).first()
    if claim is None:
        raise Http404
    return claim


def claim_edit(request, site, source_id: int, claim_id: int):
    """Save a claim's row through claim_update, with the version the page showed."""
    if request.method != "POST":
        return HttpResponseNotAllowed(["POST"])
    claim = _claim_of(source_id, claim_id)
    form = ClaimRowForm(request.POST)
    if not form.is_valid():
        messages.error(request, f"Claim {claim.pk} ({claim.figure}) was not saved: {_errors(form_error(form))}")
        return _back(source_id, claim.pk)
    picked = request.POST.get("pick", "")
    pick = next((p for p in period_picks(article_date(claim.source)) if p.name == picked), None)
    try:
        with transaction.atomic():  # a speaker added for this edit goes if the edit is refused
            data = form.changes(claim, pick=pick, user=request.user)
            claim_update(claim=claim, user=request.user, data=data, version=form.cleaned_data["version"])
    except ValidationError as exc:
        messages.error(request, f"Claim {claim.pk} ({claim.figure}) was not saved. {_errors(exc)}")
    except Forbidden as exc:
        messages.error(request, f"{exc} Nothing was changed.")
    else:
        messages.success(request, f"Claim {claim.pk} saved.")
    return _back(source_id, claim.pk)


def form_error(form: forms.Form) -> ValidationError:
    return ValidationError({name: [str(e) for e in errors] for name, errors in form.errors.items()})


def claim_move_view(request, site, source_id: int, claim_id: int):
    if request.method != "POST":
        return HttpResponseNotAllowed(["POST"])
    claim = _claim_of(source_id, claim_id)
    to = request.POST.get("to", "")
    if to not in S.values:
        raise Http404
    try:
        claim_move(claim=claim, to_status=to, user=request.user)
    except (TransitionError, Forbidden) as exc:
        messages.error(request, f"{exc} Nothing was changed.")
    else:
        messages.success(request, f"Claim {claim.pk} ({claim.figure}) moved to {S(to).label.lower()}.")
    return _back(source_id, claim.pk)


def article_move(request, site, source_id: int):
    """Move every remaining claim of the article on at once, each through claim_move."""
    if request.method != "POST":
        return HttpResponseNotAllowed(["POST"])
    source = get_object_or_404(Source, pk=source_id)
    to = request.POST.get("to", "")
    if to not in REMAINING:
        raise Http404
    remaining = Claim.objects.filter(source=source, status__in=REMAINING[to], duplicate_of__isnull=True)
    moved, refused = 0, []
    for claim in remaining.order_by("figure_start", "id"):
        try:
            claim_move(claim=claim, to_status=to, user=request.user)
            moved += 1
        except (TransitionError, Forbidden) as exc:
            refused.append(str(exc))
    label = S(to).label.lower()
    if moved:
        messages.success(request, f"{moved} claim{'s' if moved != 1 else ''} moved to {label}.")
    if refused:
        messages.error(request, f"{len(refused)} claim{'s' if len(refused) != 1 else ''} stayed as they were: "
                                f"{refused[0]}")
    if not moved and not refused:
        messages.info(request, "No claim was left to move.")
    return _back(source_id)


def finding_decide(request, site, source_id: int, finding_id: int, verb: str):
    if request.method != "POST":
        return HttpResponseNotAllowed(["POST"])
    decide = {"accept": finding_accept, "reject": finding_reject}.get(verb)
    claim_id = (Finding.objects.filter(pk=finding_id, claim__source_id=source_id)
                .values_list("claim_id", flat=True).first())
    if decide is None or claim_id is None:
        raise Http404
    try:
        finding = decide(finding_id=finding_id, user=request.user)
    except (FindingError, FindingForbidden) as exc:
        messages.error(request, f"{exc} Nothing was changed.")
    else:
        messages.success(request, f"{finding.get_kind_display()} finding on claim {claim_id} {finding.status}.")
    return _back(source_id, claim_id)


SUGGESTIONS = 10


def names(request, site, kind: str):
    """Names starting or containing what was typed, for the speaker and statistic inputs."""
    typed = " ".join(request.GET.get("q", "").split())[:100]
    model = {"speaker": Speaker, "statistic": Statistic}.get(kind)
    if model is None:
        raise Http404
    found = model.objects.all()
    if typed:
        found = found.filter(Q(name__icontains=typed) | Q(slug__icontains=typed))
    return JsonResponse({"results": list(found.order_by("name").values_list("name", flat=True)[:SUGGESTIONS])})


# -- the queue by article ---------------------------------------------------------------------

class QueueFilters(forms.Form):
    publisher = forms.ChoiceField(required=False)
    statistic_proposed = forms.BooleanField(label="Statistic proposed", required=False)
    has_conflict = forms.BooleanField(label="Has a conflict", required=False)
    confidence = forms.ChoiceField(label="Extractor", required=False, choices=[
        ("", "any"), ("guessed", "guessed some fields"), ("sure", "guessed nothing")])
    order = forms.ChoiceField(label="Order", required=False, choices=[
        ("newest", "newest article first"), ("guessed", "most guessed fields first")])

    def __init__(self, *args, publishers: list[str], **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["publisher"].choices = [("", "any"), *((p, p) for p in publishers)]


ARTICLES_PER_PAGE = 20
CLAIMS_SHOWN = 12


def queue(request, site):
    """Suggested claims grouped by article: newest article first, with counts and each quote's figure marked."""
    filters = QueueFilters(request.GET or None, publishers=selectors.queue_publishers())
    given = filters.cleaned_data if filters.is_valid() else {}
    groups = selectors.review_articles(
        publisher=given.get("publisher", ""), statistic_proposed=given.get("statistic_proposed", False),
        has_conflict=given.get("has_conflict", False), confidence=given.get("confidence", ""),
        order=given.get("order") or "newest")
    page = Paginator(groups, ARTICLES_PER_PAGE).get_page(request.GET.get("page"))
    ids = [g["source_id"] for g in page]
    sources = Source.objects.in_bulk(ids) if ids else {}
    claims = (selectors.review_queue().filter(source_id__in=ids).select_related("speaker")
              .order_by("source_id", "figure_start", "id")) if ids else []
    shown: dict[int, list] = {}
    for claim in claims:
        listed = shown.setdefault(claim.source_id, [])
        if len(listed) < CLAIMS_SHOWN:
            listed.append((claim, quote_parts(claim, sources[claim.source_id].text)))
    open_findings = selectors.open_findings_by_source(ids) if ids else {}
    articles = [{**g, "source": sources[g["source_id"]], "open_findings": open_findings.get(g["source_id"], 0),
                 "shown": shown.get(g["source_id"], []), "url": url("article", g["source_id"])} for g in page]
    return TemplateResponse(request, "admin/claims/desk/queue.html", {
        **site.each_context(request), "title": "Review queue by article", "filters": filters, "page": page,
        "articles": articles, "query": query_without_page(request),
    })


def query_without_page(request) -> str:
    query = request.GET.copy()
    query.pop("page", None)
    return query.urlencode()


def urls(site) -> list:
    def view(function):
        return site.admin_view(lambda request, **kw: function(request, site, **kw))

    return [
        path("desk/", view(queue), name="claims_desk_queue"),
        path("desk/hand-in/", view(hand_in), name="claims_desk_hand_in"),
        path("desk/jobs/<int:job_id>/", view(job), name="claims_desk_job"),
        path("desk/jobs/<int:job_id>/status/", view(job_status), name="claims_desk_job_status"),
        path("desk/articles/<int:source_id>/", view(article), name="claims_desk_article"),
        path("desk/articles/<int:source_id>/move/", view(article_move), name="claims_desk_article_move"),
        path("desk/articles/<int:source_id>/claims/<int:claim_id>/", view(claim_edit), name="claims_desk_claim"),
        path("desk/articles/<int:source_id>/claims/<int:claim_id>/move/", view(claim_move_view),
             name="claims_desk_claim_move"),
        path("desk/articles/<int:source_id>/findings/<int:finding_id>/<str:verb>/", view(finding_decide),
             name="claims_desk_finding"),
        path("desk/names/<str:kind>/", view(names), name="claims_desk_names"),
    ]


def article_link(source_id: int, label: str = "Review the article"):
    return format_html('<a href="{}">{}</a>', url("article", source_id), label)
