"""The ingestion request (the job it answers with is claims.api.serializers.IngestionJobOut).

Exactly one of url, html or text: the schema says so with `oneOf` over three request
shapes, each refusing fields it does not name, so a client generated from it cannot send
two contents or none.
"""
from django.conf import settings
from drf_spectacular.utils import PolymorphicProxySerializer
from rest_framework import serializers

from claims.api.base import URL, Date, StrictSerializer, Text
from sources.canonical import InvalidURL, canonical_url

KINDS = ("url", "html", "text")


def _url(**kwargs):
    return URL(max_length=2000, **kwargs)


def _content(name):
    return Text(trim_whitespace=False, help_text=f"The article as {name}, at most INGEST_MAX_BYTES bytes in UTF-8.")


class _Described(StrictSerializer):
    published = Date(required=False, help_text="When the article was published (YYYY-MM-DD).")
    publisher = Text(required=False, allow_blank=True, max_length=200)
    title = Text(required=False, allow_blank=True, max_length=500)


class UrlIngestionIn(_Described):
    url = _url(help_text="The page to fetch.")


class HtmlIngestionIn(_Described):
    html = _content("HTML")
    url = _url(required=False, help_text="Names the page; it is not fetched.")


class TextIngestionIn(_Described):
    text = _content("plain text")
    url = _url(required=False, help_text="Names the page; it is not fetched.")


INGESTION_REQUEST = PolymorphicProxySerializer(
    component_name="IngestionCreate",
    serializers=[UrlIngestionIn, HtmlIngestionIn, TextIngestionIn],
    resource_type_field_name=None,
)


class IngestionCreateSerializer(StrictSerializer):
    """Exactly one of url, html or text. With html or text, url names the page without
    fetching it. The content is kept as given (whitespace included): claim offsets
    point into it."""

    url = _url(required=False)
    html = Text(required=False, trim_whitespace=False, allow_blank=True)
    text = Text(required=False, trim_whitespace=False, allow_blank=True)
    published = Date(required=False)
    publisher = Text(required=False, allow_blank=True, max_length=200)
    title = Text(required=False, allow_blank=True, max_length=500)

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
