"""The subscription API's input (strict, claims.api.base) and output shapes.

Output rows are plain dicts built by subscription_data and delivery_data; the output
serializers below describe them for the schema.
"""
from django.urls import reverse
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import extend_schema_field
from rest_framework import serializers

from claims.api.base import ID_MAX, URL, StrictSerializer, Text
from claims.models import Speaker, Statistic
from watch.models import EVENT_NAMES, Delivery, Subscription

SLUG_PATTERN = r"^[-a-zA-Z0-9_]+$"


@extend_schema_field(OpenApiTypes.STR)  # replaced by openapi() below
class IdOrSlug(serializers.Field):
    """A row of model named by its id (a JSON integer) or its slug (a string)."""

    default_error_messages = {
        "does_not_exist": 'Invalid id or slug "{value}" - object does not exist.',
        "invalid": "Give the {name}'s id (an integer) or its slug (a string).",
    }

    def __init__(self, model, **kwargs):
        self.model = model
        super().__init__(**kwargs)

    def to_internal_value(self, data):
        name = self.model._meta.verbose_name
        if isinstance(data, bool) or not isinstance(data, (int, str)):
            self.fail("invalid", name=name)
        if isinstance(data, int):
            found = self.model.objects.filter(pk=data).first() if 1 <= data <= ID_MAX else None
        else:
            found = self.model.objects.filter(slug=data).first() if data else None
        if found is None:
            self.fail("does_not_exist", value=data)
        return found

    def to_representation(self, value):
        return value.pk

    def openapi(self, schema: dict) -> dict:
        kept = {key: schema[key] for key in ("description", "nullable") if key in schema}
        return {"oneOf": [{"type": "integer", "minimum": 1, "maximum": ID_MAX},
                          {"type": "string", "pattern": SLUG_PATTERN, "maxLength": 220}], **kept}


class Boolean(serializers.BooleanField):
    """true or false, nothing else ("yes", 1, "true" are refused)."""

    def to_internal_value(self, data):
        if not isinstance(data, bool):
            self.fail("invalid", input=data)
        return data


class SubscriptionIn(StrictSerializer):
    read_only_names = frozenset({"id", "api_url", "secret", "paused_reason", "failing_since", "created_at",
                                 "updated_at", "deliveries_url"})

    target_url = URL(max_length=2000, help_text="Where deliveries are POSTed: a public http(s) address.")
    events = serializers.ListField(child=serializers.ChoiceField(choices=EVENT_NAMES), min_length=1, max_length=20,
                                   help_text="The events to send.")
    statistic = IdOrSlug(Statistic, required=False, allow_null=True,
                         help_text="Only claims filed under this statistic (its id or slug).")
    speaker = IdOrSlug(Speaker, required=False, allow_null=True, help_text="Only claims by this speaker (id or slug).")
    search = Text(max_length=200, required=False, allow_blank=True, help_text="Only claims this search finds.")
    digest = serializers.ChoiceField(choices=Subscription.Digest.choices, required=False,
                                     help_text="A daily email of the events sent, to your account's address.")
    active = Boolean(required=False, help_text="false pauses deliveries; true resumes them (after a pause too).")


class RefOut(serializers.Serializer):
    id = serializers.IntegerField()
    name = serializers.CharField()
    slug = serializers.CharField()


class SubscriptionOut(serializers.Serializer):
    id = serializers.IntegerField()
    api_url = serializers.URLField()
    deliveries_url = serializers.URLField()
    target_url = serializers.URLField()
    events = serializers.ListField(child=serializers.ChoiceField(choices=EVENT_NAMES))
    statistic = RefOut(allow_null=True)
    speaker = RefOut(allow_null=True)
    search = serializers.CharField()
    digest = serializers.ChoiceField(choices=Subscription.Digest.choices)
    active = serializers.BooleanField()
    paused_reason = serializers.CharField(help_text="Why deliveries stopped, when they kept failing; else empty.")
    failing_since = serializers.DateTimeField(allow_null=True)
    created_at = serializers.DateTimeField()
    updated_at = serializers.DateTimeField()


class SubscriptionCreatedOut(SubscriptionOut):
    secret = serializers.CharField(help_text="Signs every delivery (X-Factcheck-Signature). Shown here only, once.")


class DeliveryOut(serializers.Serializer):
    id = serializers.UUIDField()
    event = serializers.CharField()
    claim = serializers.IntegerField(allow_null=True)
    status = serializers.ChoiceField(choices=Delivery.Status.choices)
    status_code = serializers.IntegerField(allow_null=True, help_text="The last attempt's HTTP status.")
    attempts = serializers.IntegerField()
    error = serializers.CharField(help_text="Why the last attempt failed; empty once delivered.")
    duration_ms = serializers.IntegerField(allow_null=True, help_text="The last attempt's round trip.")
    created_at = serializers.DateTimeField()
    last_attempt_at = serializers.DateTimeField(allow_null=True)
    delivered_at = serializers.DateTimeField(allow_null=True)


class DeliveryList(serializers.Serializer):
    results = DeliveryOut(many=True)


def _ref(row) -> dict | None:
    return None if row is None else {"id": row.pk, "name": row.name, "slug": row.slug}


def subscription_data(subscription: Subscription, request, *, with_secret: bool = False) -> dict:
    api_url = request.build_absolute_uri(reverse("api-subscription-detail", args=[subscription.pk]))
    data = {
        "id": subscription.pk,
        "api_url": api_url,
        "deliveries_url": api_url + "deliveries/",
        "target_url": subscription.target_url,
        "events": list(subscription.events),
        "statistic": _ref(subscription.statistic),
        "speaker": _ref(subscription.speaker),
        "search": subscription.search,
        "digest": subscription.digest,
        "active": subscription.active,
        "paused_reason": subscription.paused_reason,
        "failing_since": subscription.failing_since,
        "created_at": subscription.created_at,
        "updated_at": subscription.updated_at,
    }
    if with_secret:
        data["secret"] = subscription.secret
    return data


DELIVERY_COLUMNS = ["id", "event", "claim_id", "status", "status_code", "attempts", "error", "duration_ms",
                    "created_at", "last_attempt_at", "delivered_at"]


def delivery_data(row: dict) -> dict:
    data = {name: row[name] for name in DELIVERY_COLUMNS if name != "claim_id"}
    data["claim"] = row["claim_id"]
    return data
