"""Subscriptions to what happens to claims, and each webhook delivery made for one.

A Subscription belongs to one reviewer or editor (its owner, the only one who sees it):
a target URL, the events it wants, optional filters (a statistic, a speaker, a search)
and a secret that signs every delivery. A Delivery is one event sent to one
subscription: its payload, every attempt's outcome, and whether it arrived.
"""
import secrets
import uuid

from django.conf import settings
from django.db import models

EVENTS = (
    ("claim.published", "A claim is published"),
    ("claim.verdict_changed", "A published claim's verdict changes"),
    ("claim.corrected", "A published claim's figure, period, verdict or explanation changes"),
    ("statistic.new_claim", "A claim is published on a statistic"),
    ("claim.repeated", "A claim repeats a figure already rated false, misleading or unsupported"),
    ("official.revised", "A new official release revises a figure behind a published verdict"),
)
EVENT_NAMES = tuple(name for name, _ in EVENTS)
PING = "ping"  # POST .../test/: sent to one subscription, whatever its events


def new_secret() -> str:
    return secrets.token_hex(32)


class Subscription(models.Model):
    class Digest(models.TextChoices):
        NONE = "none", "No email"
        DAILY = "daily", "A daily email"

    owner = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="subscriptions")
    target_url = models.URLField("target URL", max_length=2000)
    events = models.JSONField(default=list, help_text="The events to send: " + ", ".join(EVENT_NAMES) + ".")
    statistic = models.ForeignKey("claims.Statistic", null=True, blank=True, on_delete=models.CASCADE,
                                  related_name="+", help_text="Only claims filed under this statistic.")
    speaker = models.ForeignKey("claims.Speaker", null=True, blank=True, on_delete=models.CASCADE,
                                related_name="+", help_text="Only claims by this speaker.")
    search = models.CharField(max_length=200, blank=True, help_text="Only claims this search finds.")
    digest = models.CharField(max_length=8, choices=Digest.choices, default=Digest.NONE)
    secret = models.CharField(max_length=64, default=new_secret, editable=False)
    active = models.BooleanField(default=True)
    paused_reason = models.TextField(blank=True, help_text="Why deliveries stopped (set when they kept failing).")
    failing_since = models.DateTimeField(null=True, blank=True, help_text="The first failed delivery since the last "
                                         "one that arrived.")
    digest_sent_at = models.DateTimeField(null=True, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["-id"]
        indexes = [models.Index(fields=["active", "statistic"], name="watch_sub_active_stat_idx")]

    def __str__(self):
        return f"{self.target_url} ({', '.join(self.events)})"


class Delivery(models.Model):
    class Status(models.TextChoices):
        PENDING = "pending", "Pending"
        DELIVERED = "delivered", "Delivered"
        FAILED = "failed", "Failed"

    id = models.UUIDField(primary_key=True, default=uuid.uuid4, editable=False)
    subscription = models.ForeignKey(Subscription, on_delete=models.CASCADE, related_name="deliveries")
    event = models.CharField(max_length=40)
    claim = models.ForeignKey("claims.Claim", null=True, blank=True, on_delete=models.SET_NULL, related_name="+")
    payload = models.JSONField(default=dict, help_text="The body's fields besides event, id and created_at.")
    status = models.CharField(max_length=10, choices=Status.choices, default=Status.PENDING, db_index=True)
    attempts = models.PositiveSmallIntegerField(default=0)
    status_code = models.PositiveSmallIntegerField(null=True, blank=True, help_text="The last attempt's HTTP status.")
    error = models.TextField(blank=True, help_text="Why the last attempt failed.")
    duration_ms = models.PositiveIntegerField(null=True, blank=True, help_text="The last attempt's round trip.")
    created_at = models.DateTimeField(auto_now_add=True, db_index=True)
    last_attempt_at = models.DateTimeField(null=True, blank=True)
    delivered_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-created_at"]
        verbose_name_plural = "deliveries"
        indexes = [models.Index(fields=["subscription", "-created_at"], name="watch_delivery_sub_idx")]

    def __str__(self):
        return f"{self.event} to {self.subscription_id}: {self.status}"
