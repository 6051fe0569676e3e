"""Small builders shared by the public page tests."""
import datetime

from django.utils import timezone

from claims.models import Evidence
from claims.services import refresh_evidence_counts


def add_evidence(claim, source, stance, value=None, unit="", note=""):
    evidence = Evidence.objects.create(claim=claim, source=source, stance=stance, value=value, unit=unit, note=note)
    refresh_evidence_counts([claim.pk])
    claim.refresh_from_db()
    return evidence


def published_now(days_ago=0):
    return timezone.now() - datetime.timedelta(days=days_ago)
