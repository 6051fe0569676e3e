"""The admin site, opened to reviewers and editors by role rather than by staff flag."""
import json
from datetime import datetime, time, timedelta

from django.contrib import admin
from django.contrib.admin.forms import AdminAuthenticationForm
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.paginator import Paginator
from django.db import connections, transaction
from django.utils import timezone
from django.utils.functional import cached_property
from simple_history.admin import SimpleHistoryAdmin

from claims import roles
from claims.models import Claim, IngestionJob
from claims.roles import is_reviewer
from claims.services import Forbidden


class RoleAuthenticationForm(AdminAuthenticationForm):
    def confirm_login_allowed(self, user):
        if not user.is_active or not is_reviewer(user):
            raise ValidationError(
                self.error_messages["invalid_login"], code="invalid_login",
                params={"username": self.username_field.verbose_name},
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
    """Permissions by role for a ModelAdmin (claims.roles, the rules the services enforce):
    reviewers view, add and change; deleting follows roles.can_delete. Mixed in before
    ModelAdmin or SimpleHistoryAdmin."""

    def has_module_permission(self, request):
        return is_reviewer(request.user)

    def has_view_permission(self, request, obj=None):
        return is_reviewer(request.user)

    def has_add_permission(self, request):
        return is_reviewer(request.user)

    def has_change_permission(self, request, obj=None):
        return is_reviewer(request.user)

    def has_delete_permission(self, request, obj=None):
        if obj is None:
            return roles.can_delete_some(request.user, self.model)
        return roles.can_delete(request.user, obj)


class ReadOnlyAdminMixin:
    """A page to look at, not to edit: no add, change or delete (views stay by role)."""

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False


class ServiceAdminMixin:
    """Saves and deletes through the model's services, so the admin keeps the rules every
    other channel keeps. A subclass names its services and their row argument:

        service_functions = (claim_create, claim_update, claim_delete)  # create(user=, data=),
        service_row = "claim"                                   # update(claim=, user=, data=), delete(claim=, user=)

    Only the fields the form changed are sent, so an unchanged save writes nothing. The
    form's instance is refreshed from what the service saved (inlines hang on it).
    """

    service_functions: tuple = ()
    service_row = ""

    def _service(self, verb: str, row=None, **kwargs):
        create, update, delete = self.service_functions
        function = {"create": create, "update": update, "delete": delete}[verb]
        return function(**kwargs) if row is None else function(**{self.service_row: row}, **kwargs)

    def service_data(self, form, *, change: bool) -> dict:
        """The model fields the form sets: on a change only those it changed."""
        names = {f.name for f in form._meta.model._meta.concrete_fields}
        sent = form.changed_data if change else form.cleaned_data
        return {name: form.cleaned_data[name] for name in sent if name in names and name in form.cleaned_data}

    def service_options(self, form) -> dict:
        """Further keyword arguments for the update service (a claim's change_reason)."""
        return {}

    def save_model(self, request, obj, form, change):
        data = self.service_data(form, change=change)
        if change:
            if data:
                current = type(obj)._default_manager.get(pk=obj.pk)
                self._service("update", current, user=request.user, data=data, **self.service_options(form))
        else:
            saved = self._service("create", user=request.user, data=data)
            obj.pk = saved.pk
            obj._state.adding = False
        obj.refresh_from_db()

    def delete_model(self, request, obj):
        self._service("delete", obj, user=request.user)

    def delete_queryset(self, request, queryset):
        # One transaction: a row the user may not delete refuses the whole action (a 403).
        with transaction.atomic():
            for obj in queryset:
                try:
                    self._service("delete", obj, user=request.user)
                except Forbidden as exc:
                    raise PermissionDenied(str(exc)) from None


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


class EstimatedCountPaginator(Paginator):
    """A paginator for tables of millions of rows (the admin's claim list).

    It counts exactly up to `exact_up_to` rows (a bounded query: at most that many are
    read) and beyond that takes PostgreSQL's estimate: the table's row count from
    pg_class.reltuples when nothing is filtered, the planner's estimate of the filtered
    query otherwise (one EXPLAIN). The list shows that estimate as its count; with
    show_full_result_count = False the admin never counts the whole table either. Pages
    stop at `max_pages`: a page is an OFFSET, and the millionth row costs reading all
    before it; older rows are reached by filtering or searching. On other databases the
    count is exact.
    """

    exact_up_to = 1_000
    max_pages = 200

    @cached_property
    def count(self) -> int:
        queryset = self.object_list
        exact = queryset.order_by()[: self.exact_up_to + 1].count()
        if exact <= self.exact_up_to:
            return exact
        if connections[queryset.db].vendor != "postgresql":
            return queryset.count()
        return max(exact, self._estimate(queryset))

    @cached_property
    def num_pages(self) -> int:
        return min(super().num_pages, self.max_pages)

    @staticmethod
    def _estimate(queryset) -> int:
        connection = connections[queryset.db]
        with connection.cursor() as cursor:
            if not queryset.query.where:
                cursor.execute("SELECT reltuples::bigint FROM pg_class WHERE oid = %s::regclass",
                               [queryset.model._meta.db_table])
                row = cursor.fetchone()
                return int(row[0]) if row else 0
            sql, params = queryset.order_by().values("pk").query.get_compiler(connection=connection).as_sql()
            cursor.execute(f"EXPLAIN (FORMAT JSON) {sql}", params)
            plan = cursor.fetchone()[0]
        plan = plan if isinstance(plan, list) else json.loads(plan)
        return int(plan[0]["Plan"]["Plan Rows"])
