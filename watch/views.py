"""/api/v1/subscriptions/: a reviewer's or editor's own webhook subscriptions. Thin: the
queryset is the user's own (anyone else's is a 404), input is checked by
watch.serializers, writes go through watch.services."""
from django.db import transaction
from django.http import Http404
from drf_spectacular.utils import OpenApiResponse, extend_schema, extend_schema_view
from rest_framework import status, viewsets
from rest_framework.decorators import action
from rest_framework.exceptions import ValidationError
from rest_framework.response import Response

from claims.api.base import valid_input
from claims.api.permissions import IsReviewer
from watch import serializers, services
from watch.models import Delivery, Subscription

RECENT_DELIVERIES = 100
TAG = "subscriptions"


@extend_schema_view(
    list=extend_schema(tags=[TAG], responses=serializers.SubscriptionOut(many=True),
                       description="Your subscriptions, newest first (nobody else's)."),
    retrieve=extend_schema(tags=[TAG], responses=serializers.SubscriptionOut),
    create=extend_schema(
        tags=[TAG], request=serializers.SubscriptionIn, responses={201: serializers.SubscriptionCreatedOut},
        description="Subscribe a receiver to events. The response carries the `secret` that signs each delivery "
        "(X-Factcheck-Signature: sha256=<hex HMAC-SHA256 of the raw body>); it is never shown again.",
    ),
    partial_update=extend_schema(tags=[TAG], request=serializers.SubscriptionIn, responses=serializers.SubscriptionOut),
    destroy=extend_schema(tags=[TAG], responses={204: OpenApiResponse(description="Deleted.")}),
)
class SubscriptionViewSet(viewsets.GenericViewSet):
    permission_classes = [IsReviewer]
    error_statuses = {"GET": ["403"]}  # a signed-in user without a role reads nothing here either
    serializer_class = serializers.SubscriptionOut
    lookup_value_regex = r"[0-9]{1,18}"
    http_method_names = ["get", "post", "patch", "delete", "head", "options"]
    ordering_fields = {"created_at": "created_at"}
    default_ordering = "-id"

    def get_queryset(self):
        if getattr(self, "swagger_fake_view", False):  # the schema generator has no user
            return Subscription.objects.none()
        return Subscription.objects.filter(owner=self.request.user).select_related("statistic", "speaker")

    def get_serializer_class(self):
        return serializers.SubscriptionIn if self.action in ("create", "partial_update") else self.serializer_class

    def own(self, pk, *, lock: bool = False) -> Subscription:
        queryset = self.get_queryset()
        if lock:
            queryset = queryset.select_for_update(of=("self",))
        found = queryset.filter(pk=pk).first()
        if found is None:
            raise Http404
        return found

    def validated(self, *, partial: bool) -> dict:
        if not isinstance(self.request.data, dict):
            raise ValidationError({"non_field_errors": ["Send a JSON object."]})
        return valid_input(serializers.SubscriptionIn(data=self.request.data, partial=partial))

    def list(self, request):
        page = self.paginate_queryset(self.get_queryset())
        return self.get_paginated_response([serializers.subscription_data(s, request) for s in page])

    def retrieve(self, request, pk=None):
        return Response(serializers.subscription_data(self.own(pk), request))

    def create(self, request):
        data = self.validated(partial=False)
        with transaction.atomic():
            subscription = services.subscription_create(user=request.user, data=data)
        return Response(serializers.subscription_data(subscription, request, with_secret=True),
                        status=status.HTTP_201_CREATED)

    def partial_update(self, request, pk=None):
        with transaction.atomic():
            subscription = self.own(pk, lock=True)
            data = self.validated(partial=True)
            subscription = services.subscription_update(subscription=subscription, user=request.user, data=data)
        return Response(serializers.subscription_data(self.own(subscription.pk), request))

    def destroy(self, request, pk=None):
        with transaction.atomic():
            services.subscription_delete(subscription=self.own(pk, lock=True), user=request.user)
        return Response(status=status.HTTP_204_NO_CONTENT)

    @extend_schema(tags=[TAG], responses=serializers.DeliveryList, filters=False,
                   description=f"The subscription's {RECENT_DELIVERIES} most recent deliveries, newest first: "
                   "event, status, the last attempt's HTTP status, error and round trip, and how many attempts.")
    @action(detail=True, methods=["get"], url_path="deliveries", pagination_class=None, filter_backends=[])
    def deliveries(self, request, pk=None):
        subscription = self.own(pk)
        rows = (Delivery.objects.filter(subscription=subscription).order_by("-created_at")
                .values(*serializers.DELIVERY_COLUMNS)[:RECENT_DELIVERIES])
        return Response({"results": [serializers.delivery_data(row) for row in rows]})

    @extend_schema(tags=[TAG], request=None, responses={202: serializers.DeliveryOut}, filters=False,
                   description="Send a `ping` event to this subscription's target, paused or not. Without a "
                   "broker it has been sent when the answer comes; with one it is queued (status pending).")
    @action(detail=True, methods=["post"], url_path="test", pagination_class=None, filter_backends=[])
    def test(self, request, pk=None):
        with transaction.atomic():
            delivery = services.subscription_ping(subscription=self.own(pk), user=request.user)
        row = Delivery.objects.filter(pk=delivery.pk).values(*serializers.DELIVERY_COLUMNS).get()
        return Response(serializers.delivery_data(row), status=status.HTTP_202_ACCEPTED)
