from django.contrib import admin

from factcheck.admin import HistoryAdmin, RoleAdminMixin, ServiceAdminMixin
from sources import services
from sources.forms import SourceForm
from sources.models import Source


@admin.register(Source)
class SourceAdmin(ServiceAdminMixin, RoleAdminMixin, HistoryAdmin):
    form = SourceForm
    service_functions = (services.source_create, services.source_update, services.source_delete)
    service_row = "source"
    list_display = ["__str__", "publisher", "kind", "published_on", "retrieved_at"]
    list_filter = ["kind", "published_on", "publisher"]
    search_fields = ["title", "url", "publisher"]
    date_hierarchy = "published_on"
    # retrieved_at is set by ingestion; as a form field it lost its microseconds on every save.
    readonly_fields = ["content_hash", "retrieved_at", "created_at", "updated_at"]
    fieldsets = [
        (None, {"fields": ["url", "title", "publisher", "authors", "published_on", "kind"]}),
        ("Text as ingested", {"fields": ["text", "content_hash", "retrieved_at"]}),
        ("Record", {"fields": ["created_at", "updated_at"]}),
    ]
