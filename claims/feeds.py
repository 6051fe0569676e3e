"""Atom feeds: newly published claims, and corrections to published claims."""
from django.conf import settings
from django.contrib.syndication.views import Feed
from django.urls import reverse
from django.utils.feedgenerator import Atom1Feed

from claims.selectors import public_claims, public_corrections

FEED_SIZE = 50


class LatestClaimsFeed(Feed):
    feed_type = Atom1Feed

    def title(self):
        return f"{settings.SITE_NAME}: newly published claims"

    def subtitle(self):
        return "Quantitative claims from the news, checked against their sources."

    def link(self):
        return reverse("claim-list")

    def items(self):
        return public_claims().select_related("speaker", "source").order_by("-published_at", "-id")[:FEED_SIZE]

    def item_title(self, claim):
        who = claim.speaker.name if claim.speaker else claim.source.publisher or "Unattributed"
        return f"{who}: {claim.figure}"

    def item_description(self, claim):
        verdict = f" Verdict: {claim.get_verdict_display()}." if claim.verdict else ""
        return f"“{claim.quote}”{verdict}"

    def item_pubdate(self, claim):
        return claim.published_at

    def item_updateddate(self, claim):
        return claim.reviewed_at or claim.published_at

    def item_author_name(self, claim):
        return claim.speaker.name if claim.speaker else None


class CorrectionsFeed(Feed):
    """The site's corrections and updates: each change to a published claim's figure,
    period, verdict or explanation, newest first."""

    feed_type = Atom1Feed

    def title(self):
        return f"{settings.SITE_NAME}: corrections and updates"

    def subtitle(self):
        return "Changes to published fact-checks: what changed, from what to what, and why."

    def link(self):
        return reverse("claim-list")

    def items(self):
        return public_corrections().select_related("claim__speaker", "claim__source")[:FEED_SIZE]

    def item_title(self, correction):
        claim = correction.claim
        who = claim.speaker.name if claim.speaker else claim.source.publisher or "Unattributed"
        return f"{correction.get_field_display()} corrected: {who}, {claim.figure}"

    def item_description(self, correction):
        return f"Changed from “{correction.old}” to “{correction.new}”. Why: {correction.reason}"

    def item_link(self, correction):
        return f"{correction.claim.get_absolute_url()}#correction-{correction.pk}"

    def item_pubdate(self, correction):
        return correction.changed_at

    def item_updateddate(self, correction):
        return correction.changed_at
