"""Ingestion API serializers: one for the request, one for the job it answers with."""
from django.conf import settings
from drf_spectacular.utils import extend_schema_field
from rest_framework import serializers

from claims.api.base import StrictSerializer
from claims.models import Claim, IngestionJob, Speaker
from sources.canonical import InvalidURL, canonical_url
from sources.models import Source

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


class SpeakerRefSerializer(serializers.ModelSerializer):
    class Meta:
        model = Speaker
        fields = ["id", "name", "slug"]


class SuggestedClaimSerializer(serializers.ModelSerializer):
    speaker = SpeakerRefSerializer(read_only=True)

    class Meta:
        model = Claim
        fields = [
            "id", "status", "quote", "quote_start", "quote_end", "figure_text", "figure_start", "figure_end",
            "value", "lower_bound", "upper_bound", "qualifier", "unit", "rate", "period_start", "period_end",
            "place", "stated_on", "speaker", "ingestion",
        ]


class SourceRefSerializer(serializers.ModelSerializer):
    class Meta:
        model = Source
        fields = ["id", "url", "title", "publisher", "authors", "published_on", "content_hash"]


class IngestionJobSerializer(serializers.ModelSerializer):
    source = SourceRefSerializer(read_only=True)
    claims = serializers.SerializerMethodField()

    class Meta:
        model = IngestionJob
        fields = [
            "id", "status", "kind", "url", "published", "publisher", "title", "error", "attempts",
            "created_at", "started_at", "finished_at", "source", "claims",
        ]

    @extend_schema_field(SuggestedClaimSerializer(many=True))
    def get_claims(self, job) -> list[dict]:
        """The source's claims (ingesting it again suggests none twice), in text order."""
        if job.source is None:
            return []
        return SuggestedClaimSerializer(job.source.ingested_claims, many=True).data
