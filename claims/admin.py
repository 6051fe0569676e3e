from django import forms
from django.contrib import admin
from simple_history.admin import SimpleHistoryAdmin

from claims import figures
from claims.models import Appearance, Claim, Evidence, IngestionJob, Speaker, Statistic, StatusChange
from claims.services import refresh_evidence_counts
from factcheck.admin import RoleAdminMixin


class ClaimForm(forms.ModelForm):
    class Meta:
        model = Claim
        fields = "__all__"

    def clean(self):
        data = super().clean()
        value = data.get("value")
        if value is None:
            return data
        qualifier = data.get("qualifier") or None
        lower, upper = data.get("lower_bound"), data.get("upper_bound")
        if lower is None and upper is None:
            # Bounds left empty take what the qualifier implies (claims.figures).
            data["lower_bound"], data["upper_bound"] = figures.implied_bounds(value, qualifier)
            self.instance.lower_bound, self.instance.upper_bound = data["lower_bound"], data["upper_bound"]
        else:
            problem = figures.bounds_problem(value, qualifier, lower, upper)
            if problem:
                self.add_error(problem[0], problem[1])
        return data


class EvidenceInline(admin.TabularInline):
    model = Evidence
    extra = 0
    fields = ["source", "stance", "value", "unit", "note", "added_by", "created_at"]
    readonly_fields = ["added_by", "created_at"]
    autocomplete_fields = ["source"]


class AppearanceInline(admin.TabularInline):
    model = Appearance
    extra = 0
    fields = ["source", "quote", "quote_start", "quote_end", "stated_on"]
    autocomplete_fields = ["source"]


@admin.register(Claim)
class ClaimAdmin(RoleAdminMixin, SimpleHistoryAdmin):
    form = ClaimForm
    list_display = ["quote_short", "figure", "speaker", "source", "stated_on", "status", "verdict"]
    list_filter = ["status", "verdict", "qualifier", "unit", "statistic"]
    list_select_related = ["speaker", "source"]
    search_fields = ["quote", "unit", "speaker__name", "source__title"]
    autocomplete_fields = ["speaker", "source", "statistic", "duplicate_of"]
    readonly_fields = ["status_changed_at", "status_changed_by", "reviewed_at", "published_at", "created_by", "created_at", "updated_at"]
    inlines = [EvidenceInline, AppearanceInline]
    fieldsets = [
        (None, {"fields": ["quote", "source", "speaker", "stated_on"]}),
        ("Figure", {"fields": ["figure_text", "value", "unit", "rate", "qualifier", "lower_bound", "upper_bound",
                               "period_start", "period_end", "place", "statistic"]}),
        ("Position in the source text", {"classes": ["collapse"],
                                         "fields": ["quote_start", "quote_end", "figure_start", "figure_end"]}),
        ("Review", {"fields": ["status", "verdict", "verdict_explanation", "duplicate_of", "status_changed_at",
                               "status_changed_by", "reviewed_at", "published_at", "created_by", "created_at", "updated_at"]}),
    ]

    @admin.display(description="quote")
    def quote_short(self, obj):
        return obj.quote[:100]

    def save_model(self, request, obj, form, change):
        if not change:
            obj.created_by = request.user
        super().save_model(request, obj, form, change)

    def save_formset(self, request, form, formset, change):
        for instance in formset.save(commit=False):
            if isinstance(instance, Evidence) and instance.added_by_id is None:
                instance.added_by = request.user
            instance.save()
        for obj in formset.deleted_objects:
            obj.delete()
        formset.save_m2m()
        if formset.model is Evidence:
            refresh_evidence_counts([form.instance.pk])


@admin.register(Speaker)
class SpeakerAdmin(RoleAdminMixin, SimpleHistoryAdmin):
    list_display = ["name", "kind", "role", "same_as"]
    list_filter = ["kind"]
    search_fields = ["name", "slug", "role", "aliases"]
    prepopulated_fields = {"slug": ["name"]}


@admin.register(Statistic)
class StatisticAdmin(RoleAdminMixin, SimpleHistoryAdmin):
    list_display = ["name", "unit", "place", "measure"]
    list_filter = ["measure", "place"]
    search_fields = ["name", "slug", "unit", "place", "definition"]
    prepopulated_fields = {"slug": ["name"]}


@admin.register(Evidence)
class EvidenceAdmin(RoleAdminMixin, SimpleHistoryAdmin):
    list_display = ["claim", "source", "stance", "value", "added_by", "created_at"]
    list_filter = ["stance"]
    list_select_related = ["claim", "source", "added_by"]
    search_fields = ["claim__quote", "source__title", "note"]
    autocomplete_fields = ["claim", "source"]
    readonly_fields = ["added_by", "created_at", "updated_at"]

    def save_model(self, request, obj, form, change):
        if not change:
            obj.added_by = request.user
        super().save_model(request, obj, form, change)
        # The link may have moved from another claim: recount both.
        refresh_evidence_counts([obj.claim_id, form.initial.get("claim")])

    def delete_model(self, request, obj):
        super().delete_model(request, obj)
        refresh_evidence_counts([obj.claim_id])

    def delete_queryset(self, request, queryset):
        claim_ids = list(queryset.values_list("claim_id", flat=True))
        super().delete_queryset(request, queryset)
        refresh_evidence_counts(claim_ids)


@admin.register(Appearance)
class AppearanceAdmin(RoleAdminMixin, SimpleHistoryAdmin):
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
    list_display = ["id", "kind", "url", "status", "attempts", "created_at", "finished_at"]
    list_filter = ["status", "kind"]
    search_fields = ["url", "title", "error"]
    readonly_fields = ["status", "error", "attempts", "source", "created_by", "created_at", "started_at", "finished_at"]

    def has_change_permission(self, request, obj=None):
        return False


# The consistency engine's rows (claims.consistency). The review queue itself belongs to
# the review workflow; these give a plain list, search and accept/reject actions.
from django.contrib import messages  # noqa: E402

from claims.consistency import FindingError, FindingForbidden, finding_accept, finding_reject  # noqa: E402
from claims.models import Finding, OfficialFigure  # noqa: E402


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
