"""Claim search, shared by the API and the public pages (one search everywhere)."""
from django.db.models import Q


def search_claims(queryset, query: str):
    """Claims matching query in the quote, the speaker's name or the source title.

    Plain fallback; the REST API issue replaces it with ranked PostgreSQL full-text search.
    """
    query = (query or "").strip()
    if not query:
        return queryset
    return queryset.filter(Q(quote__icontains=query) | Q(speaker__name__icontains=query) | Q(source__title__icontains=query))
