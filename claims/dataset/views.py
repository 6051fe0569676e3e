"""The public dataset: every published claim, streamed, for anyone to take.

- /data/claims.jsonl: one claim per line, in the shape the API gives a claim
  (claims.api.representations.claim_row: the figure as data, speaker, source, statistic).
- /data/claimreview.json: a schema.org DataFeed of ClaimReview, as the Data Commons
  fact-check feed publishes them: each DataFeedItem holds one ClaimReview, the same as the
  JSON-LD of the claim's page (corrections included).

Both read published claims only (claims.selectors), a chunk at a time, in a fixed number
of queries per chunk, so a million claims stream in constant memory.
"""
import json

from django.conf import settings
from django.core.serializers.json import DjangoJSONEncoder
from django.db.models import Prefetch
from django.http import StreamingHttpResponse
from django.views.decorators.http import require_safe
from rest_framework.utils.encoders import JSONEncoder

from claims import selectors
from claims.api.representations import PUBLIC_CLAIM_COLUMNS, Links, claim_row
from claims.jsonld import claim_review
from claims.models import Appearance

CHUNK = 2000


def _stream(lines, content_type: str, filename: str) -> StreamingHttpResponse:
    response = StreamingHttpResponse(lines, content_type=content_type)
    response["Content-Disposition"] = f'inline; filename="{filename}"'
    response["Access-Control-Allow-Origin"] = "*"
    return response


@require_safe
def claims_jsonl(request):
    rows = selectors.public_claims().order_by("id").values(*PUBLIC_CLAIM_COLUMNS).iterator(chunk_size=CHUNK)
    links = Links(request)
    encoder = JSONEncoder(ensure_ascii=False)  # the API's: the same bytes as its ndjson export
    lines = (encoder.encode(claim_row(row, links)) + "\n" for row in rows)
    return _stream(lines, "application/x-ndjson; charset=utf-8", "claims.jsonl")


def _feed_items():
    claims = (
        selectors.public_claims().select_related("speaker", "source").order_by("id")
        .prefetch_related(Prefetch("appearances", queryset=Appearance.objects.select_related("source")),
                          Prefetch("corrections", queryset=selectors.claim_corrections_all()))
        .iterator(chunk_size=CHUNK)
    )
    for claim in claims:
        review = claim_review(claim, appearances=claim.appearances.all(), corrections=claim.corrections.all(),
                              site_name=settings.SITE_NAME, site_url=settings.SITE_URL)
        review.pop("@context")
        yield {"@type": "DataFeedItem", "dateCreated": claim.published_at, "item": [review]}


def _feed_lines():
    encoder = DjangoJSONEncoder(ensure_ascii=False)
    head = {"@context": "https://schema.org", "@type": "DataFeed", "name": f"{settings.SITE_NAME}: ClaimReview feed",
            "url": settings.SITE_URL + "/data/claimreview.json"}
    yield json.dumps(head)[:-1] + ', "dataFeedElement": ['
    for n, item in enumerate(_feed_items()):
        yield ("," if n else "") + "\n" + encoder.encode(item)
    yield "\n]}\n"


@require_safe
def claimreview_feed(request):
    return _stream(_feed_lines(), "application/json; charset=utf-8", "claimreview.json")
