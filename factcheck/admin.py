"""The admin site, opened to reviewers and editors by role rather than by staff flag."""
from datetime import datetime, time, timedelta

from django.contrib import admin
from django.contrib.admin.forms import AdminAuthenticationForm
from django.core.exceptions import PermissionDenied, ValidationError
from django.utils import timezone
from simple_history.admin import SimpleHistoryAdmin

from claims.cache import public_changed
from claims.models import Claim, IngestionJob
from claims.roles import is_editor, is_reviewer


class RoleAuthenticationForm(AdminAuthenticationForm):
    def confirm_login_allowed(self, user):
        if not user.is_active or not is_reviewer(user):
            raise ValidationError(
                self.error_messages["invalid_login"], code="invalid_login", params={"username": self.username_field.verbose_name}
            )


class FactcheckAdminSite(admin.AdminSite):
    site_header = "factcheck review"
    site_title = "factcheck"
    index_title = "Review and curation"
    login_form = RoleAuthenticationForm
    index_template = "admin/factcheck_index.html"
    dashboard_jobs = 10

    def has_permission(self, request):
        return is_reviewer(request.user)

    def index(self, request, extra_context=None):
        return super().index(request, {"dashboard": self.dashboard(), **(extra_context or {})})

    def dashboard(self) -> dict:
        """The review desk's tallies and the latest ingestion jobs: two queries."""
        today = timezone.localdate()
        week_start = timezone.make_aware(datetime.combine(today - timedelta(days=today.weekday()), time.min))
        return {
            "counts": Claim.objects.review_counts(published_since=week_start),
            "jobs": list(IngestionJob.objects.defer("content").order_by("-created_at", "-id")[: self.dashboard_jobs]),
            "week_start": week_start,
        }


class RoleAdminMixin:
    """Permissions by role for a ModelAdmin: reviewers view, add and change; editors
    also delete. Mixed in before ModelAdmin or SimpleHistoryAdmin."""

    def has_module_permission(self, request):
        return is_reviewer(request.user)

    def has_view_permission(self, request, obj=None):
        return is_reviewer(request.user)

    def has_add_permission(self, request):
        return is_reviewer(request.user)

    def has_change_permission(self, request, obj=None):
        return is_reviewer(request.user)

    def has_delete_permission(self, request, obj=None):
        return is_editor(request.user)

    # Every save through the admin (add, change, inline rows, list_editable) ends in
    # save_related, and every delete in one of these two: each may change a public page.
    def save_related(self, request, form, formsets, change):
        super().save_related(request, form, formsets, change)
        public_changed()

    def delete_model(self, request, obj):
        super().delete_model(request, obj)
        public_changed()

    def delete_queryset(self, request, queryset):
        super().delete_queryset(request, queryset)
        public_changed()


class HistoryAdmin(SimpleHistoryAdmin):
    """django-simple-history's history pages, read-only: who changed which field from what
    to what, and when. Reverting is refused (its POST too, which simple-history would
    otherwise accept with the button hidden): a revert would skip the rules the change
    page keeps (stale-form check, status transitions, evidence tallies)."""

    def revert_disabled(self, request, obj=None):
        return True

    def history_form_view(self, request, object_id, version_id, extra_context=None):
        if request.method != "GET":
            raise PermissionDenied("Past versions can be viewed, not restored.")
        return super().history_form_view(request, object_id, version_id, extra_context)
