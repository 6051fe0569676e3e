"""Claim search, shared by the API, the public pages and the admin (one search everywhere).

On PostgreSQL: full-text search over the quote (weight A), the speaker's name (B) and the
source's title (C). The vector lives in claims_claim.search_vector, a column that
migration 0004_search_vector adds on PostgreSQL only, with a GIN index and triggers that
keep it current when a claim's quote, speaker or source changes and when a speaker is
renamed or a source retitled. Django's model does not declare the column: nothing but
those triggers writes it, and SQLite never has it.

Ranking is bounded. A common word matches a quarter of a million claims, and ranking every
match before taking the best 50 took half a second. A ranked search (`ranked=True`, for a
caller that orders by `search_rank`) ranks the RANKED_CANDIDATES most recent matches: every
match of a rarer term, so its order is exact; for a common term, the best of the latest.
Those are read newest first through the primary key, so the query stops after about as
many rows as it keeps. Ordered by anything else (newest published, date stated), a search
keeps every match and the rank is computed only for the rows shown.

On SQLite (the embedded default): a case-insensitive substring match over the same three
texts, every match ranked alike.
"""
from django.db import connection
from django.db.models import BooleanField, Expression, FloatField, Q, Value

RANK = "search_rank"
RANKED_CANDIDATES = 500
_TSQUERY = "websearch_to_tsquery('english', %s)"


class _OnVector(Expression):
    """SQL over the claim table's search_vector column, whatever alias the table has in the
    query (a subquery renames it), since the model does not declare the column."""

    def __init__(self, template: str, query: str, output_field):
        super().__init__(output_field=output_field)
        self.template, self.query = template, query

    def as_sql(self, compiler, connection):
        vector = f"{compiler.quote_name_unless_alias(compiler.query.get_initial_alias())}.search_vector"
        return self.template.format(vector=vector, tsquery=_TSQUERY), [self.query]


def _matches(query: str) -> _OnVector:
    return _OnVector("{vector} @@ {tsquery}", query, BooleanField())


def _rank(query: str) -> _OnVector:
    # A float8, so that it survives a round trip through a page cursor exactly.
    return _OnVector("ts_rank({vector}, {tsquery})::float8", query, FloatField())


def matching_claims(queryset, query: str):
    """Claims in queryset that match query, unranked (the admin orders its own way); the
    same match as search_claims."""
    query = (query or "").strip()
    if not query:
        return queryset
    if connection.vendor == "postgresql":
        return queryset.filter(_matches(query))
    return queryset.filter(_substring(query))


def _substring(query: str) -> Q:
    return Q(quote__icontains=query) | Q(speaker__name__icontains=query) | Q(source__title__icontains=query)


def search_claims(queryset, query: str, *, ranked: bool = False):
    """Claims in queryset that match query, annotated with their rank as `search_rank`.

    ranked: the caller orders by `-search_rank` (best first); the matches are then the
    RANKED_CANDIDATES most recent ones (see the module's note). Apply it after the other
    filters, so that the candidates are chosen among the claims those filters keep.
    """
    query = (query or "").strip()
    if not query:
        return queryset
    if connection.vendor == "postgresql":
        condition, rank = _matches(query), _rank(query)
    else:
        condition = _substring(query)
        rank = Value(1.0, output_field=FloatField())
    matches = queryset.filter(condition)
    if ranked:
        latest = matches.order_by("-pk").values("pk")[:RANKED_CANDIDATES]
        matches = queryset.filter(pk__in=latest)
    return matches.annotate(**{RANK: rank})
