"""Claim search, shared by the API and the public pages (one search everywhere).

On PostgreSQL: ranked full-text search over the quote (weight A), the speaker's name (B)
and the source's title (C). The vector lives in claims_claim.search_vector, a column
that migration 0004_search_vector adds on PostgreSQL only, with a GIN index and triggers
that keep it current when a claim's quote, speaker or source changes and when a speaker
is renamed or a source retitled. Django's model does not declare the column: nothing but
those triggers writes it, and SQLite never has it.

On SQLite (the embedded default): a case-insensitive substring match over the same three
texts, every match ranked alike.
"""
from django.db import connection
from django.db.models import BooleanField, FloatField, Q, Value
from django.db.models.expressions import RawSQL

RANK = "search_rank"
_TSQUERY = "websearch_to_tsquery('english', %s)"


def search_claims(queryset, query: str):
    """Claims in queryset that match query, annotated with their rank as `search_rank`.

    The caller orders by `-search_rank` for best matches first (the rank is a float8,
    so that it survives a round trip through a page cursor exactly).
    """
    query = (query or "").strip()
    if not query:
        return queryset
    if connection.vendor == "postgresql":
        table = queryset.model._meta.db_table
        matches = RawSQL(f"{table}.search_vector @@ {_TSQUERY}", (query,), output_field=BooleanField())
        rank = RawSQL(f"ts_rank({table}.search_vector, {_TSQUERY})::float8", (query,), output_field=FloatField())
        return queryset.filter(matches).annotate(**{RANK: rank})
    return queryset.filter(
        Q(quote__icontains=query) | Q(speaker__name__icontains=query) | Q(source__title__icontains=query)
    ).annotate(**{RANK: Value(1.0, output_field=FloatField())})
