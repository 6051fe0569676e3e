"""The review desk: queue, claim page, transitions, merges and history (issue 5).

Every write with rules goes through claims.services; the admin only collects input and
shows results. Reviewers and editors differ in what they may do (claims.roles): the
buttons and actions a user may not use are not shown, and the services refuse them anyway.
"""
from django import forms
from django.contrib import admin, messages
from django.contrib.admin.helpers import ACTION_CHECKBOX_NAME
from django.contrib.admin.options import IncorrectLookupParameters
from django.contrib.admin.views.main import ChangeList
from django.contrib.admin.widgets import AutocompleteSelect
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import models, transaction
from django.db.models import F
from django.forms.models import BaseInlineFormSet
from django.http import Http404, HttpResponseNotAllowed, HttpResponseRedirect
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils.html import escape, format_html
from django.utils.safestring import mark_safe

from claims import desk, roles, selectors, services
from claims.consistency import FindingError, FindingForbidden, finding_accept, finding_reject
from claims.ingestion import ingestion_create
from claims.models import (
    Appearance,
    Claim,
    Evidence,
    Finding,
    IngestionJob,
    OfficialFigure,
    Speaker,
    Statistic,
    StatusChange,
    SuggestedClaim,
)
from claims.roles import is_editor, is_reviewer
from claims.search import matching_claims
from claims.services import (
    MergeError,
    TransitionError,
    TransitionForbidden,
    allowed_transitions,
    claim_transition,
    speaker_merge,
)
from factcheck.admin import EstimatedCountPaginator, HistoryAdmin, ReadOnlyAdminMixin, RoleAdminMixin, ServiceAdminMixin

S = Claim.Status
ADMIN_CSS = {"all": ["claims/admin.css"]}
CONTEXT_CHARS = 300


def claim_change_url(pk) -> str:
    return reverse("admin:claims_claim_change", args=[pk])


def may_decide(user, finding: Finding) -> bool:
    """Whether user gets accept/reject buttons for a finding (claims.consistency.review decides)."""
    return roles.can_decide_finding(user, finding.kind)


def quote_in_context(claim: Claim, around: int = CONTEXT_CHARS) -> str:
    """The source text around the quote, the quote emphasised and the figure in <mark>.
    Every piece of text is escaped; only the wrapping tags are markup."""
    text = claim.source.text if claim.source_id else ""
    qs, qe = claim.quote_start, claim.quote_end
    if not text or qs is None or qe is None or qe > len(text):
        return format_html('<p class="fc-context">{}</p><p class="help">{}</p>', claim.quote,
                           "The quote's position in the source text is not known.")
    start, end = max(0, qs - around), min(len(text), qe + around)
    fs, fe = claim.figure_start, claim.figure_end
    if fs is None or fe is None or fe > len(text):
        fs = fe = -1
    cuts = sorted({start, end, *(p for p in (qs, qe, fs, fe) if start < p < end)})
    parts = ["…" if start else ""]
    for a, b in zip(cuts, cuts[1:]):
        piece = escape(text[a:b])
        if fs <= a < fe:
            piece = format_html("<mark>{}</mark>", piece)
        if qs <= a < qe:
            piece = format_html('<span class="fc-quote">{}</span>', piece)
        parts.append(piece)
    parts.append("…" if end < len(text) else "")
    # Safe: each part above is escaped text or format_html output.
    return format_html('<div class="fc-context">{}</div>', mark_safe("".join(parts)))


def transition_selected(request, queryset, to_status: str, from_statuses) -> None:
    """Move each selected claim through claims.services.claim_transition; report the rest."""
    selected = list(queryset)
    moved = 0
    for claim in selected:
        if claim.status not in from_statuses:
            continue
        try:
            claim_transition(claim=claim, to_status=to_status, user=request.user)
            moved += 1
        except (TransitionError, TransitionForbidden):
            pass
    skipped = len(selected) - moved
    label = S(to_status).label.lower()
    if moved:
        messages.success(request, f"{moved} claim{'s' if moved != 1 else ''} moved to {label}.")
    if skipped:
        messages.warning(request, f"{skipped} claim{'s' if skipped != 1 else ''} could not move to {label} from "
                                  "their status and were left as they were.")


class TransitionActionsMixin:
    """Bulk transitions as admin actions; editor-only ones are hidden from reviewers."""

    EDITOR_ACTIONS = ("publish_claims", "unpublish_claims")

    def get_actions(self, request):
        actions = super().get_actions(request)
        if not is_editor(request.user):
            for name in self.EDITOR_ACTIONS:
                actions.pop(name, None)
        return actions

    @admin.action(description="Accept: move selected claims to in review")
    def accept_claims(self, request, queryset):
        transition_selected(request, queryset, S.IN_REVIEW, [S.SUGGESTED, S.REJECTED])

    @admin.action(description="Reject selected claims")
    def reject_claims(self, request, queryset):
        transition_selected(request, queryset, S.REJECTED, [S.SUGGESTED, S.IN_REVIEW])

    @admin.action(description="Publish selected claims")
    def publish_claims(self, request, queryset):
        transition_selected(request, queryset, S.PUBLISHED, [S.IN_REVIEW])

    @admin.action(description="Unpublish selected claims (back to in review)")
    def unpublish_claims(self, request, queryset):
        transition_selected(request, queryset, S.IN_REVIEW, [S.PUBLISHED])


class PreloadedAutocompleteSelect(AutocompleteSelect):
    """An autocomplete that renders its selected option from the object loaded with the
    inline's rows (select_related), instead of one query per row."""

    preloaded = None

    def optgroups(self, name, value, attr=None):
        obj = self.preloaded
        selected = [str(v) for v in value if str(v) not in self.choices.field.empty_values]
        if obj is None or selected != [str(obj.pk)]:
            return super().optgroups(name, value, attr)
        options = [] if self.is_required else [self.create_option(name, "", "", False, 0)]
        options.append(self.create_option(name, obj.pk, self.choices.field.label_from_instance(obj), True,
                                          len(options)))
        return [(None, options, 0)]


class PreloadedSourceFormSet(BaseInlineFormSet):
    def _construct_form(self, i, **kwargs):
        form = super()._construct_form(i, **kwargs)
        field = form.fields.get("source")
        if field is not None and form.instance.pk and form.instance._meta.get_field("source").is_cached(form.instance):
            widget = getattr(field.widget, "widget", field.widget)
            if isinstance(widget, PreloadedAutocompleteSelect):
                widget.preloaded = form.instance.source
        return form


class SourceAutocompleteInline(admin.TabularInline):
    """A tabular inline whose source autocomplete costs no query per row. Permissions by
    role, as on the pages (factcheck.admin.RoleAdminMixin): reviewers add and change,
    editors also delete."""

    formset = PreloadedSourceFormSet
    extra = 0
    autocomplete_fields = ["source"]
    formfield_overrides = {models.TextField: {"widget": forms.Textarea(attrs={"rows": 2, "cols": 40})}}

    def get_queryset(self, request):
        return super().get_queryset(request).select_related("source")

    def has_view_permission(self, request, obj=None):
        return is_reviewer(request.user)

    def has_add_permission(self, request, obj=None):
        return is_reviewer(request.user)

    def has_change_permission(self, request, obj=None):
        return is_reviewer(request.user)

    def has_delete_permission(self, request, obj=None):
        # obj is the claim the rows belong to (claims.roles.can_delete: a published claim's are the editors').
        return is_editor(request.user) if obj is not None and obj.status == S.PUBLISHED else is_reviewer(request.user)

    def formfield_for_foreignkey(self, db_field, request, **kwargs):
        if db_field.name == "source":
            kwargs["widget"] = PreloadedAutocompleteSelect(db_field, self.admin_site, using=kwargs.get("using"))
        return super().formfield_for_foreignkey(db_field, request, **kwargs)


class EvidenceInline(SourceAutocompleteInline):
    model = Evidence
    fields = ["source", "stance", "value", "unit", "note", "added_by", "created_at"]
    readonly_fields = ["added_by", "created_at"]

    def get_queryset(self, request):
        return super().get_queryset(request).select_related("added_by")


class AppearanceInline(SourceAutocompleteInline):
    model = Appearance
    fields = ["source", "quote", "quote_start", "quote_end", "stated_on"]


class UnitFilter(admin.SimpleListFilter):
    """Claims by unit, the choices read through the unit index (claims.selectors.claim_units),
    not by a DISTINCT over the whole table."""

    title = "unit"
    parameter_name = "unit__exact"

    def lookups(self, request, model_admin):
        units = selectors.claim_units()
        if self.value() is not None and self.value() not in units:
            units = [*units, self.value()]
        return [(unit, unit or "(none)") for unit in units]

    def queryset(self, request, queryset):
        return queryset if self.value() is None else queryset.filter(unit=self.value())


class StatisticFilter(admin.SimpleListFilter):
    """Claims by statistic: the statistics' ids and names only (the related-field filter
    built a model instance of every statistic, each with its definition, for its links)."""

    title = "statistic"
    parameter_name = "statistic__id__exact"

    def lookups(self, request, model_admin):
        return [(str(pk), name) for pk, name in Statistic.objects.order_by("name", "id").values_list("id", "name")]

    def queryset(self, request, queryset):
        value = self.value()
        if value is None:
            return queryset
        if not value.isdigit():
            raise IncorrectLookupParameters(f"statistic {value!r} is not an id")
        return queryset.filter(statistic_id=int(value))


class ClaimChangeList(ChangeList):
    """The claim list joins only what it shows: the speaker and the source, without the
    source's text (an article a row) or the users the claim page shows."""

    def get_queryset(self, request, exclude_parameters=None):
        # ModelAdmin.get_queryset joins what the claim page shows, and a queryset that joins
        # anything already is given no list_select_related: the speakers came one query a row.
        queryset = super().get_queryset(request, exclude_parameters)
        return queryset.select_related(None).select_related(*self.list_select_related).defer("source__text")


class ClaimSearchMixin:
    """The admin searches claims as the API and the public pages do (claims.search): the
    full-text index on PostgreSQL, not ILIKE across three joined tables."""

    def get_search_results(self, request, queryset, search_term):
        return matching_claims(queryset, search_term), False


class ClaimForm(forms.ModelForm):
    # The claim's version (claims.models: it counts saves) when the form was opened: a save from a form opened before
    # someone else's save is refused (see clean_edit_version), so no update is lost.
    edit_version = forms.CharField(widget=forms.HiddenInput, required=False)
    change_reason = forms.CharField(
        label="Reason for the change", required=False, widget=forms.Textarea(attrs={"rows": 2}),
        help_text="Required when a published claim's figure, period, verdict or explanation changes: readers see "
                  "it in the claim's corrections and updates.",
    )

    class Meta:
        model = Claim
        fields = "__all__"

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if self.instance.pk and self.instance.version:  # a past version (history) has none
            self.fields["edit_version"].initial = str(self.instance.version)

    def clean_edit_version(self):
        version = self.cleaned_data.get("edit_version", "")
        if not self.instance.pk:
            return version
        # Locked until the admin's transaction commits: nobody can save in between.
        current = Claim.objects.select_for_update().filter(pk=self.instance.pk).values_list("version", flat=True).get()
        if not version:
            raise ValidationError("The form did not say which version of the claim it edits: reload the claim and "
                                  "make your changes again.", code="required")
        if version != str(current):
            raise ValidationError(
                format_html(
                    "Someone else saved this claim after you opened it, so your changes were not saved "
                    'and theirs were kept. <a href="{}">Reload the claim</a> to see their changes, then '
                    "make yours again.",
                    claim_change_url(self.instance.pk),
                ),
                code="stale",
            )
        return version

    def clean(self):
        """The figure's bounds by the services' one rule (claims.services.claim_figure), shown
        as form errors before anything is saved. Bounds left as they were follow a new value
        or qualifier."""
        data = super().clean()
        if self.instance.pk and not (data.get("change_reason") or "").strip() and services.corrected_kinds(
                claim=self.instance, changed=self.changed_data):
            self.add_error("change_reason", ValidationError(services.REASON_REQUIRED, code="required"))
        names = services.FIGURE_FIELDS
        sent = [n for n in names if n in data and (n in self.changed_data or not self.instance.pk)]
        if "value" not in data or not sent:
            return data
        try:
            resolved = services.claim_figure(claim=self.instance if self.instance.pk else None,
                                             data={n: data[n] for n in sent})
        except ValidationError as exc:
            self.add_error(None, exc)
            return data
        # The instance this form builds must hold them too (the model's constraints are checked on it).
        data["lower_bound"], data["upper_bound"] = resolved["lower_bound"], resolved["upper_bound"]
        return data

    def clean_duplicate_of(self):
        original = self.cleaned_data.get("duplicate_of")
        if original is None or original.pk == self.initial.get("duplicate_of"):
            return original
        problem = services.claim_duplicate_problem(claim=self.instance if self.instance.pk else None,
                                                   original=original)
        if problem:
            raise ValidationError(problem)
        return original


@admin.register(Claim)
class ClaimAdmin(ClaimSearchMixin, TransitionActionsMixin, ServiceAdminMixin, RoleAdminMixin, HistoryAdmin):
    form = ClaimForm
    service_functions = (services.claim_create, services.claim_update, services.claim_delete)
    service_row = "claim"
    change_form_template = "admin/claims/claim/change_form.html"
    list_display = ["quote_short", "figure", "speaker", "source", "stated_on", "status", "verdict", "conflicting_count"]
    list_filter = ["status", "verdict", "qualifier", UnitFilter, StatisticFilter]
    list_select_related = ["speaker", "source"]
    search_fields = ["quote", "unit", "speaker__name", "source__title"]
    # At a million claims: the latest stated first through their index (nulls last, as on the
    # public list), never an exact count of the whole table (EstimatedCountPaginator).
    ordering = [F("stated_on").desc(nulls_last=True), "-id"]
    show_full_result_count = False
    paginator = EstimatedCountPaginator
    list_per_page = 50  # each cell of the admin's list costs ~0.15 ms of templating
    autocomplete_fields = ["speaker", "source", "statistic", "duplicate_of"]
    readonly_fields = ["quote_context", "status", "status_changed_at", "status_changed_by", "reviewed_at",
                       "published_at", "created_by", "created_at", "updated_at"]
    inlines = [EvidenceInline, AppearanceInline]
    actions = ["accept_claims", "reject_claims", "publish_claims", "unpublish_claims"]
    EDITOR_FIELDS = ["verdict", "verdict_explanation"]
    fieldsets = [
        (None, {"fields": ["quote_context", "quote", "source", "speaker", "stated_on", "edit_version"]}),
        ("Figure", {"fields": ["figure_text", "value", "unit", "rate", "qualifier", "lower_bound", "upper_bound",
                               "period_start", "period_end", "place", "statistic"]}),
        ("Position in the source text", {"classes": ["collapse"],
                                         "fields": ["quote_start", "quote_end", "figure_start", "figure_end"]}),
        ("Review", {"fields": ["status", "verdict", "verdict_explanation", "change_reason", "duplicate_of",
                               "status_changed_at",
                               "status_changed_by", "reviewed_at", "published_at", "created_by", "created_at",
                               "updated_at"]}),
    ]

    class Media:
        css = ADMIN_CSS

    def get_queryset(self, request):
        return super().get_queryset(request).select_related("source", "status_changed_by", "created_by")

    def get_changelist(self, request, **kwargs):
        return ClaimChangeList

    def get_readonly_fields(self, request, obj=None):
        fields = list(super().get_readonly_fields(request, obj))
        if is_editor(request.user):
            return fields
        fields += self.EDITOR_FIELDS
        if obj is not None and obj.status == S.PUBLISHED:
            fields.append("duplicate_of")  # marking it would take it off the public pages
        return fields

    @admin.display(description="quote")
    def quote_short(self, obj):
        return obj.quote[:100]

    @admin.display(description="in context")
    def quote_context(self, obj):
        if not obj.pk:
            return "Shown once the claim is saved."
        link = format_html('<p><a href="{}">Source in the admin</a>', reverse("admin:sources_source_change",
                                                                            args=[obj.source_id]))
        if obj.source.url:
            link = format_html('{} · <a href="{}" rel="noopener noreferrer">{}</a>', link, obj.source.url,
                               obj.source.url)
        return format_html("{}</p>{}", link, quote_in_context(obj))

    def render_change_form(self, request, context, add=False, change=False, form_url="", obj=None):
        if obj is not None and obj.pk:
            context["transitions"] = [(to, desk.transition_label(obj.status, to))
                                      for to in allowed_transitions(request.user, obj)]
            context["findings"] = [(finding, may_decide(request.user, finding))
                                   for finding in obj.findings.filter(status=Finding.Status.PROPOSED)]
        return super().render_change_form(request, context, add, change, form_url, obj)

    def get_urls(self):
        decide = path("<int:claim_id>/findings/<int:finding_id>/<str:verb>/",
                      self.admin_site.admin_view(self.decide_finding), name="claims_claim_finding")
        return [decide, *super().get_urls()]

    def decide_finding(self, request, claim_id, finding_id, verb):
        """Accept or reject one of the claim's proposed findings (the buttons under its form)."""
        if request.method != "POST":
            return HttpResponseNotAllowed(["POST"])
        decide = {"accept": finding_accept, "reject": finding_reject}.get(verb)
        if decide is None or not Finding.objects.filter(pk=finding_id, claim_id=claim_id).exists():
            raise Http404
        try:
            finding = decide(finding_id=finding_id, user=request.user)
        except (FindingError, FindingForbidden) as exc:
            self.message_user(request, f"{exc} Nothing was changed.", messages.ERROR)
        else:
            self.message_user(request, f"{finding.get_kind_display()} finding {finding.status}.", messages.SUCCESS)
        return HttpResponseRedirect(claim_change_url(claim_id))

    def service_options(self, form) -> dict:
        return {"change_reason": form.cleaned_data.get("change_reason", "")}

    def service_data(self, form, *, change):
        # Marking a duplicate moves the claim's evidence: done in save_related, once the
        # inline rows sent with this form are saved.
        data = super().service_data(form, change=change)
        data.pop("duplicate_of", None)
        return data

    def save_related(self, request, form, formsets, change):
        super().save_related(request, form, formsets, change)
        claim = form.instance
        if change and any(fs.new_objects or fs.changed_objects or fs.deleted_objects for fs in formsets):
            # The inline rows belong to the claim's version too: a form opened before this
            # save would otherwise send their old values back over these.
            services.claim_touch(claim_id=claim.pk)
        if "duplicate_of" in form.changed_data:
            services.claim_update(claim=claim, user=request.user,
                                  data={"duplicate_of": form.cleaned_data["duplicate_of"]})
        claim.refresh_from_db()

    # Inline rows, each through its service (tallies recounted, history kept, role rules).
    INLINE_SERVICES = {
        Evidence: ("evidence", services.evidence_create, services.evidence_update, services.evidence_delete,
                   services.EVIDENCE_FIELDS),
        Appearance: ("appearance", services.appearance_create, services.appearance_update,
                     services.appearance_delete, services.APPEARANCE_FIELDS),
    }

    def save_formset(self, request, form, formset, change):
        row, create, update, delete, fields = self.INLINE_SERVICES[formset.model]
        formset.save(commit=False)  # sorts the rows into new, changed and deleted
        user = request.user
        for obj in formset.deleted_objects:
            delete(**{row: obj}, user=user)
        for obj, changed in formset.changed_objects:
            current = formset.model.objects.get(pk=obj.pk)
            update(**{row: current}, user=user, data={n: getattr(obj, n) for n in changed if n in fields})
        for obj in formset.new_objects:
            names = [n for n in formset.form.base_fields if n in fields]
            create(user=user, data={"claim": form.instance, **{n: getattr(obj, n) for n in names}})

    def response_change(self, request, obj):
        to_status = request.POST.get("_transition")
        if not to_status:
            return super().response_change(request, obj)
        if to_status not in S.values:
            raise PermissionDenied
        try:
            claim_transition(claim=obj, to_status=to_status, user=request.user)
        except TransitionForbidden:
            raise PermissionDenied from None  # rolls the whole save back
        except TransitionError as exc:
            transaction.set_rollback(True)
            self.message_user(request, f"{exc} Nothing was saved.", messages.ERROR)
            return HttpResponseRedirect(request.path)
        self.message_user(request, f"Saved and moved to {S(to_status).label.lower()}.", messages.SUCCESS)
        return HttpResponseRedirect(request.path)


class ConflictFilter(admin.SimpleListFilter):
    title = "evidence"
    parameter_name = "conflicting"

    def lookups(self, request, model_admin):
        return [("yes", "with conflicting evidence")]

    def queryset(self, request, queryset):
        return queryset.filter(conflicting_count__gt=0) if self.value() == "yes" else queryset


ClaimAdmin.list_filter = [*ClaimAdmin.list_filter, ConflictFilter]


@admin.register(SuggestedClaim)
class SuggestedClaimAdmin(ClaimSearchMixin, TransitionActionsMixin, ReadOnlyAdminMixin, RoleAdminMixin,
                          admin.ModelAdmin):
    """The review queue: suggested claims no one has handled, oldest first."""

    list_display = ["quote_link", "number", "qualifier", "unit", "period", "speaker", "article", "findings_proposed",
                    "created_at"]
    list_display_links = None
    list_filter = [("source", admin.RelatedOnlyFieldListFilter), ("speaker", admin.RelatedOnlyFieldListFilter),
                   ("statistic", admin.RelatedOnlyFieldListFilter), "unit"]
    list_select_related = ["speaker", "source"]
    search_fields = ["quote", "unit", "speaker__name", "source__title"]
    actions = ["accept_claims", "reject_claims"]
    list_per_page = 50

    class Media:
        css = ADMIN_CSS

    def get_queryset(self, request):
        return selectors.review_queue(SuggestedClaim.objects.all())

    def get_urls(self):
        return [*desk.urls(self.admin_site), *super().get_urls()]

    @admin.display(description="quote")
    def quote_link(self, obj):
        before, figure, after = desk.quote_parts(obj, obj.source.text)
        return format_html('<a href="{}">{}<mark>{}</mark>{}</a>', claim_change_url(obj.pk), before[-120:], figure,
                           after[:120])

    @admin.display(description="article", ordering="source")
    def article(self, obj):
        return desk.article_link(obj.source_id, str(obj.source)[:80])

    @admin.display(description="value", ordering="value")
    def number(self, obj):
        return f"{obj.value.normalize():,f}"

    @admin.display(description="findings", ordering="proposed_findings")
    def findings_proposed(self, obj):
        """How many consistency findings wait for a decision (on the claim's page)."""
        return obj.proposed_findings or "—"

    @admin.display(description="period")
    def period(self, obj):
        if obj.period_start is None and obj.period_end is None:
            return "—"
        return f"{obj.period_start or '…'} to {obj.period_end or '…'}"


@admin.register(Speaker)
class SpeakerAdmin(ServiceAdminMixin, RoleAdminMixin, HistoryAdmin):
    service_functions = (services.speaker_create, services.speaker_update, services.speaker_delete)
    service_row = "speaker"
    list_display = ["name", "kind", "role", "same_as"]
    list_filter = ["kind"]
    search_fields = ["name", "slug", "role", "aliases"]
    prepopulated_fields = {"slug": ["name"]}
    actions = ["merge_speakers"]

    @admin.action(description="Merge selected speakers into one")
    def merge_speakers(self, request, queryset):
        speakers = list(queryset.order_by("name", "pk"))
        if len(speakers) < 2:
            self.message_user(request, "Select at least two speakers to merge.", messages.WARNING)
            return None
        survivor_id = request.POST.get("survivor")
        if survivor_id is not None:
            survivor = next((s for s in speakers if str(s.pk) == survivor_id), None)
            if survivor is None:
                self.message_user(request, "Choose which of the selected speakers to keep.", messages.ERROR)
                return None
            try:
                with transaction.atomic():
                    for other in speakers:
                        if other.pk != survivor.pk:
                            survivor = speaker_merge(survivor=survivor, other=other, user=request.user)
            except MergeError as exc:
                self.message_user(request, str(exc), messages.ERROR)
                return None
            self.message_user(request, f"Merged {len(speakers) - 1} speaker(s) into {survivor.name}.", messages.SUCCESS)
            return None
        return TemplateResponse(request, "admin/claims/speaker/merge.html", {
            **self.admin_site.each_context(request),
            "title": "Merge speakers",
            "opts": self.model._meta,
            "speakers": speakers,
            "action_checkbox_name": ACTION_CHECKBOX_NAME,
        })


@admin.register(Statistic)
class StatisticAdmin(ServiceAdminMixin, RoleAdminMixin, HistoryAdmin):
    service_functions = (services.statistic_create, services.statistic_update, services.statistic_delete)
    service_row = "statistic"
    list_display = ["name", "unit", "place", "measure"]
    list_filter = ["measure", "place"]
    search_fields = ["name", "slug", "unit", "place", "definition"]
    prepopulated_fields = {"slug": ["name"]}

    # Statistics are the editors' to define (claims.roles), here as in the API.
    def has_add_permission(self, request):
        return roles.can_define_statistics(request.user)

    def has_change_permission(self, request, obj=None):
        return roles.can_define_statistics(request.user)


@admin.register(Evidence)
class EvidenceAdmin(ServiceAdminMixin, RoleAdminMixin, HistoryAdmin):
    service_functions = (services.evidence_create, services.evidence_update, services.evidence_delete)
    service_row = "evidence"
    list_display = ["claim", "source", "stance", "value", "added_by", "created_at"]
    list_filter = ["stance"]
    list_select_related = ["claim", "source", "added_by"]
    search_fields = ["claim__quote", "source__title", "note"]
    autocomplete_fields = ["claim", "source"]
    readonly_fields = ["added_by", "created_at", "updated_at"]


@admin.register(Appearance)
class AppearanceAdmin(ServiceAdminMixin, RoleAdminMixin, HistoryAdmin):
    service_functions = (services.appearance_create, services.appearance_update, services.appearance_delete)
    service_row = "appearance"
    list_display = ["claim", "source", "stated_on"]
    list_select_related = ["claim", "source"]
    search_fields = ["claim__quote", "source__title", "quote"]
    autocomplete_fields = ["claim", "source"]


@admin.register(StatusChange)
class StatusChangeAdmin(RoleAdminMixin, admin.ModelAdmin):
    list_display = ["claim", "from_status", "to_status", "by", "at"]
    list_filter = ["to_status"]
    list_select_related = ["claim", "by"]
    search_fields = ["claim__quote"]

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False


@admin.register(IngestionJob)
class IngestionJobAdmin(RoleAdminMixin, admin.ModelAdmin):
    list_display = ["id", "kind", "url", "status", "attempts", "claims_created", "created_at", "finished_at"]
    list_filter = ["status", "kind"]
    search_fields = ["url", "title", "error"]
    fields = ["kind", "url", "content", "published", "publisher", "title"]
    readonly_fields = ["status", "error", "attempts", "source", "source_created", "claims_created", "claims_existing",
                       "created_by", "created_at", "started_at", "finished_at"]

    def get_fields(self, request, obj=None):
        return self.fields + (self.readonly_fields if obj is not None else [])

    def has_change_permission(self, request, obj=None):
        return False

    def save_model(self, request, obj, form, change):
        # The same service as the API and `manage.py ingest`: the job is queued when this commits.
        job = ingestion_create(user=request.user, **{name: form.cleaned_data[name] for name in self.fields})
        obj.pk = job.pk
        obj.refresh_from_db()

    def response_add(self, request, obj, post_url_continue=None):
        return HttpResponseRedirect(desk.url("job", obj.pk))  # the job's progress, until its claims are ready


# The consistency engine's rows (claims.consistency). The review queue itself belongs to
# the review workflow; these give a plain list, search and accept/reject actions.


@admin.register(Finding)
class FindingAdmin(RoleAdminMixin, admin.ModelAdmin):
    list_display = ["claim", "kind", "status", "score", "verdict", "explanation", "created_at"]
    list_filter = ["status", "kind", "verdict"]
    list_select_related = ["claim"]
    search_fields = ["explanation", "claim__quote"]
    readonly_fields = [f.name for f in Finding._meta.fields]
    actions = ["accept_selected", "reject_selected"]

    def has_add_permission(self, request):
        return False  # only the engine proposes findings

    def has_change_permission(self, request, obj=None):
        return False  # decided through the actions, which do what the finding proposes

    def _decide(self, request, queryset, decide, verb):
        done = 0
        for pk in queryset.filter(status=Finding.Status.PROPOSED).values_list("pk", flat=True):
            try:
                decide(finding_id=pk, user=request.user)
                done += 1
            except (FindingError, FindingForbidden) as e:
                self.message_user(request, f"Finding {pk}: {e}", messages.WARNING)
        self.message_user(request, f"{verb} {done} finding{'s' if done != 1 else ''}.")

    @admin.action(description="Accept the selected findings")
    def accept_selected(self, request, queryset):
        self._decide(request, queryset, finding_accept, "Accepted")

    @admin.action(description="Reject the selected findings")
    def reject_selected(self, request, queryset):
        self._decide(request, queryset, finding_reject, "Rejected")


@admin.register(OfficialFigure)
class OfficialFigureAdmin(RoleAdminMixin, admin.ModelAdmin):
    list_display = ["statistic", "period_start", "period_end", "value", "publisher"]
    list_filter = ["publisher", "statistic"]
    list_select_related = ["statistic"]
    search_fields = ["statistic__name", "publisher", "url"]
    autocomplete_fields = ["statistic"]
    date_hierarchy = "period_start"

from claims.consistency import admin as _official_series_admin  # noqa: E402,F401  (releases, registered series)
