"""Celery tasks: thin. Each takes ids, loads rows and calls a service.

Queued with transaction.on_commit so a task never sees an uncommitted row.
"""
