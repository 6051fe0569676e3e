"""Celery tasks: thin. Each takes ids, loads rows and calls a service.

Queued with transaction.on_commit so a task never sees an uncommitted row.
"""
from celery import shared_task
from django.db import OperationalError

from claims.consistency.engine import check_claim


@shared_task(autoretry_for=(OperationalError,), retry_backoff=True, max_retries=5)
def check_claim_consistency(claim_id: int) -> dict:
    """Propose consistency findings for one claim (idempotent: safe to run twice)."""
    return check_claim(claim_id=claim_id)
