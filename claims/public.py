"""What the public may see: published claims, and the speakers, statistics and sources that have one.

The one home of these lookups, shared by the public pages, the sitemap and the feed.
"""
from django.core.cache import cache
from django.db.models import Exists, OuterRef, Q

from claims.cache import content_version
from claims.models import Appearance, Claim, Evidence, Speaker, Statistic
from sources.models import Source


def public_claims():
    return Claim.objects.published()


def public_speakers():
    return Speaker.objects.filter(Exists(public_claims().filter(speaker=OuterRef("pk"))))


def public_statistics():
    return Statistic.objects.filter(Exists(public_claims().filter(statistic=OuterRef("pk"))))


def public_sources():
    """Sources a published claim first appeared in, was repeated in, or is backed or contradicted by."""
    published = public_claims()
    return Source.objects.filter(
        Q(Exists(published.filter(source=OuterRef("pk"))))
        | Q(Exists(Appearance.objects.filter(source=OuterRef("pk"), claim__in=published)))
        | Q(Exists(Evidence.objects.filter(source=OuterRef("pk"), claim__in=published)))
    )


def publishers() -> list[str]:
    """Publishers of the sources published claims first appeared in."""
    return sorted(
        public_claims().exclude(source__publisher="").order_by().values_list("source__publisher", flat=True).distinct()
    )


FILTER_CHOICES_KEY = "claims:public-filter-choices"
FILTER_CHOICES_SECONDS = 300


def filter_choices() -> dict[str, list[tuple[str, str]]]:
    """The claim list's speaker, statistic and publisher choices, cached for five minutes
    or until the public content changes (claims.cache).

    Reading them scans every published claim; at millions of claims that cost more than
    the rest of the page, and the lists change rarely.
    """
    def read():
        return {
            "speaker": list(public_speakers().order_by("name").values_list("slug", "name")),
            "statistic": list(public_statistics().order_by("name").values_list("slug", "name")),
            "publisher": [(name, name) for name in publishers()],
        }

    return cache.get_or_set(f"{FILTER_CHOICES_KEY}:{content_version()}", read, FILTER_CHOICES_SECONDS)


def highlighted_text(text: str, claims) -> list[tuple[str, object]]:
    """The text cut into (piece, claim) pairs: claim is set on the pieces that are a claim's figure.

    Offsets that fall outside the text or overlap an earlier figure are left unmarked.
    """
    pieces, at = [], 0
    spans = sorted(
        ((c.figure_start, c.figure_end, c) for c in claims
         if c.figure_start is not None and c.figure_end is not None and c.figure_end <= len(text)),
        key=lambda span: (span[0], span[1], span[2].pk),
    )
    for start, end, claim in spans:
        if start < at or start == end:
            continue
        if start > at:
            pieces.append((text[at:start], None))
        pieces.append((text[start:end], claim))
        at = end
    if at < len(text):
        pieces.append((text[at:], None))
    return pieces
