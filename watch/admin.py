"""Subscriptions and their deliveries in the admin: each user sees and changes only their
own (superusers see all), through watch.services; the secret is never shown here."""
from django import forms
from django.contrib import admin
from django.core.exceptions import ValidationError

from factcheck.admin import ReadOnlyAdminMixin, RoleAdminMixin, ServiceAdminMixin
from watch import services
from watch.models import EVENTS, Delivery, Subscription


class OwnRowsMixin:
    owner_field = "owner"

    def get_queryset(self, request):
        queryset = super().get_queryset(request)
        return queryset if request.user.is_superuser else queryset.filter(**{self.owner_field: request.user})


class SubscriptionForm(forms.ModelForm):
    events = forms.MultipleChoiceField(choices=EVENTS, widget=forms.CheckboxSelectMultiple)

    def clean(self):
        data = super().clean()
        given = {name: data[name] for name in ("events", "target_url") if name in data}
        try:
            services.subscription_validate(given)
        except ValidationError as exc:
            self.add_error(None, exc)
        return data


@admin.register(Subscription)
class SubscriptionAdmin(OwnRowsMixin, ServiceAdminMixin, RoleAdminMixin, admin.ModelAdmin):
    service_functions = (services.subscription_create, services.subscription_update, services.subscription_delete)
    service_row = "subscription"
    form = SubscriptionForm
    list_display = ["target_url", "events", "active", "digest", "paused_reason", "created_at"]
    list_filter = ["active", "digest"]
    fields = ["target_url", "events", "statistic", "speaker", "search", "digest", "active"]
    readonly_fields = ["owner", "paused_reason", "failing_since", "created_at", "updated_at"]
    autocomplete_fields = ["statistic", "speaker"]

    def get_fields(self, request, obj=None):
        return self.fields + (self.readonly_fields if obj is not None else [])

    def has_delete_permission(self, request, obj=None):
        return super().has_view_permission(request, obj)  # one's own (the queryset holds no other)


@admin.register(Delivery)
class DeliveryAdmin(OwnRowsMixin, ReadOnlyAdminMixin, RoleAdminMixin, admin.ModelAdmin):
    owner_field = "subscription__owner"
    list_display = ["event", "subscription", "status", "status_code", "attempts", "created_at", "error"]
    list_filter = ["status", "event"]
    list_select_related = ["subscription"]
    readonly_fields = ["subscription", "event", "claim", "payload", "status", "status_code", "attempts", "error",
                       "duration_ms", "created_at", "last_attempt_at", "delivered_at"]
    fields = readonly_fields
