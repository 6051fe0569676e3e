"""The admin for official series: releases (read only) and registered series with a "Fetch now" action.

Loaded from claims/admin.py. Editors register series; fetching goes through the connectors'
service (series_source_fetch), the same as `manage.py fetch_series` and Celery beat.
"""
from django.contrib import admin, messages

from claims.consistency.connectors import ConnectorError, series_source_fetch
from claims.models import Release, SeriesSource
from factcheck.admin import RoleAdminMixin


@admin.register(Release)
class ReleaseAdmin(RoleAdminMixin, admin.ModelAdmin):
    list_display = ["released_on", "publisher", "title", "connector", "retrieved_at"]
    list_filter = ["publisher", "connector"]
    search_fields = ["publisher", "title", "url"]
    date_hierarchy = "released_on"
    readonly_fields = ["publisher", "title", "url", "released_on", "retrieved_at", "content_hash", "connector"]

    def has_add_permission(self, request):
        return False  # releases come from imports and fetches only

    def has_change_permission(self, request, obj=None):
        return False


@admin.register(SeriesSource)
class SeriesSourceAdmin(RoleAdminMixin, admin.ModelAdmin):
    list_display = ["name", "connector", "publisher", "refresh_hours", "active", "last_fetched_at", "last_error"]
    list_filter = ["connector", "active"]
    search_fields = ["name", "publisher", "url"]
    readonly_fields = ["last_fetched_at", "last_error", "last_release"]
    actions = ["fetch_now"]

    @admin.action(description="Fetch the selected series now")
    def fetch_now(self, request, queryset):
        for source in queryset:
            try:
                result = series_source_fetch(source_id=source.pk)
            except ConnectorError as exc:
                self.message_user(request, f"{source.name}: nothing imported. {exc}", messages.ERROR)
                continue
            if result["created"] or result["revised"]:
                self.message_user(request, f"{source.name}: {result['created']} new figures, {result['revised']} "
                                           f"revised, {result['revisions']} revision findings.")
            else:
                self.message_user(request, f"{source.name}: nothing new.")
