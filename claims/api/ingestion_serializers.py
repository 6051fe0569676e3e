"""The ingestion request (the job it answers with is claims.api.serializers.IngestionJobOut)."""
from django.conf import settings
from rest_framework import serializers

from claims.api.base import StrictSerializer
from sources.canonical import InvalidURL, canonical_url

KINDS = ("url", "html", "text")


class IngestionCreateSerializer(StrictSerializer):
    """Exactly one of url, html or text. With html or text, url names the page without
    fetching it. The content is kept as given (whitespace included): claim offsets
    point into it."""

    url = serializers.CharField(required=False, max_length=2000)
    html = serializers.CharField(required=False, trim_whitespace=False, allow_blank=True)
    text = serializers.CharField(required=False, trim_whitespace=False, allow_blank=True)
    published = serializers.DateField(required=False)
    publisher = serializers.CharField(required=False, allow_blank=True, max_length=200)
    title = serializers.CharField(required=False, allow_blank=True, max_length=500)

    def validate_url(self, value):
        try:
            canonical_url(value)
        except InvalidURL:
            raise serializers.ValidationError("Enter an http or https URL.") from None
        return value.strip()

    def _content(self, value):
        if not value.strip():
            raise serializers.ValidationError("The article is empty.")
        cap = settings.INGEST_MAX_BYTES
        if len(value.encode("utf-8")) > cap:
            raise serializers.ValidationError(f"The article is over the size cap of {cap} bytes.")
        return value

    validate_html = _content
    validate_text = _content

    def validate(self, data):
        given = [k for k in ("html", "text") if k in data]
        if len(given) > 1:
            raise serializers.ValidationError({k: ["Give only one of html or text."] for k in given})
        if not given and "url" not in data:
            raise serializers.ValidationError({k: ["Give exactly one of url, html or text."] for k in KINDS})
        data["kind"] = given[0] if given else "url"
        data["content"] = data.pop(given[0]) if given else ""
        return data
