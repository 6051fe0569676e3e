"""Helpers for the response-contract tests (test_contract_*.py): whole expected documents."""
from django.conf import settings

API = "http://testserver/api/v1"


def ts(value) -> str | None:
    """A timestamp as the API writes it."""
    return None if value is None else value.isoformat().replace("+00:00", "Z")


def page(path: str) -> str:
    return settings.SITE_URL + path


def source_ref(source) -> dict:
    return {"id": source.pk, "title": source.title, "publisher": source.publisher, "url": source.url,
            "api_url": f"{API}/sources/{source.pk}/", "page_url": page(f"/sources/{source.pk}/")}


def source_doc(source) -> dict:
    return {
        "id": source.pk, "api_url": f"{API}/sources/{source.pk}/", "page_url": page(f"/sources/{source.pk}/"),
        "url": source.url, "title": source.title, "publisher": source.publisher, "authors": source.authors,
        "published_on": None if source.published_on is None else source.published_on.isoformat(),
        "kind": source.kind, "retrieved_at": ts(source.retrieved_at), "content_hash": source.content_hash,
        "created_at": ts(source.created_at), "updated_at": ts(source.updated_at),
    }
