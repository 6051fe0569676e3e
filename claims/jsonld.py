"""schema.org ClaimReview for a published claim, as fact-check aggregators read it."""
import json

from django.core.serializers.json import DjangoJSONEncoder
from django.utils.safestring import SafeString, mark_safe

from claims.models import Claim, Speaker

# What must never appear raw inside a <script> element: "</script>" would end it and
# "<!--" would change how it is parsed. JSON allows the \u escapes everywhere.
_SCRIPT_ESCAPES = {ord("<"): "\\u003C", ord(">"): "\\u003E", ord("&"): "\\u0026"}


def script_json(data: dict) -> SafeString:
    """JSON that is safe to place between <script> tags."""
    return mark_safe(json.dumps(data, cls=DjangoJSONEncoder, ensure_ascii=False).translate(_SCRIPT_ESCAPES))


def _drop_empty(data: dict) -> dict:
    return {key: value for key, value in data.items() if value not in (None, "", [])}


def _creative_work(source, stated_on, site_url: str) -> dict:
    return _drop_empty({
        "@type": "CreativeWork",
        # Text ingested without a URL is still readable on the source's public page.
        "url": source.url or site_url + source.get_absolute_url(),
        "headline": source.title,
        "datePublished": stated_on or source.published_on,
        "publisher": _drop_empty({"@type": "Organization", "name": source.publisher}) if source.publisher else None,
    })


def _claim_author(claim: Claim) -> dict | None:
    speaker = claim.speaker
    if speaker is None:
        # No speaker: the source states the figure itself.
        return (_drop_empty({"@type": "Organization", "name": claim.source.publisher})
                if claim.source.publisher else None)
    kind = "Person" if speaker.kind == Speaker.Kind.PERSON else "Organization"
    return _drop_empty({"@type": kind, "name": speaker.name, "jobTitle": speaker.role if kind == "Person" else None,
                        "sameAs": speaker.same_as})


def correction_comment(correction, claim_url: str) -> dict:
    """A correction as schema.org's CorrectionComment."""
    return {
        "@type": "CorrectionComment",
        "url": f"{claim_url}#correction-{correction.pk}",
        "datePublished": correction.changed_at,
        "text": f"{correction.get_field_display()} changed from \u201c{correction.old}\u201d to "
                f"\u201c{correction.new}\u201d: {correction.reason}",
    }


def claim_review(claim: Claim, *, appearances, corrections=(), site_name: str, site_url: str) -> dict:
    """The ClaimReview of a claim with its speaker and source loaded, its Appearance rows and
    its corrections (newest first); dateModified is its latest correction or review."""
    rating = None
    if claim.verdict:
        rating = _drop_empty({
            "@type": "Rating",
            "ratingValue": claim.verdict_rating,
            "bestRating": 5,
            "worstRating": 1,
            "alternateName": claim.get_verdict_display(),
            "ratingExplanation": claim.verdict_explanation,
        })
    published = claim.published_at or claim.reviewed_at
    url = site_url + claim.get_absolute_url()
    modified = max((d for d in (claim.reviewed_at, *(c.changed_at for c in corrections)) if d), default=None)
    return _drop_empty({
        "@context": "https://schema.org",
        "@type": "ClaimReview",
        "url": url,
        "claimReviewed": claim.quote,
        "datePublished": published.date() if published else None,
        "dateModified": modified,
        "correction": [correction_comment(c, url) for c in corrections],
        "author": {"@type": "Organization", "name": site_name, "url": site_url},
        "reviewRating": rating,
        "itemReviewed": _drop_empty({
            "@type": "Claim",
            "author": _claim_author(claim),
            "datePublished": claim.stated_on,
            "firstAppearance": _creative_work(claim.source, claim.stated_on, site_url),
            "appearance": [_creative_work(a.source, a.stated_on, site_url) for a in appearances],
        }),
    })
