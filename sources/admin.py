from django.contrib import admin

from factcheck.admin import HistoryAdmin, RoleAdminMixin
from sources.forms import SourceForm
from sources.models import Source


@admin.register(Source)
class SourceAdmin(RoleAdminMixin, HistoryAdmin):
    form = SourceForm
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

    def save_model(self, request, obj, form, change):
        obj.set_text(obj.text)
        super().save_model(request, obj, form, change)
