"""Atom feeds: newly published claims (the site's, a statistic's and a speaker's), and
corrections to published claims."""
from django.conf import settings
from django.contrib.syndication.views import Feed
from django.http import Http404
from django.urls import reverse
from django.utils.feedgenerator import Atom1Feed

from claims.selectors import public_claims, public_corrections, public_speakers, public_statistics

FEED_SIZE = 50


class LatestClaimsFeed(Feed):
    feed_type = Atom1Feed

    def title(self):
        return f"{settings.SITE_NAME}: newly published claims"

    def subtitle(self):
        return "Quantitative claims from the news, checked against their sources."

    def link(self):
        return reverse("claim-list")

    def items(self, obj=None):
        return self.published(obj).select_related("speaker", "source").order_by("-published_at", "-id")[:FEED_SIZE]

    def published(self, obj):
        """The claims this feed lists, before ordering: all published claims here."""
        return public_claims()

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


class StatisticClaimsFeed(LatestClaimsFeed):
    """Claims published about one statistic (a 404 for a statistic no published claim uses)."""

    def get_object(self, request, slug):
        found = public_statistics().filter(slug=slug).first()
        if found is None:
            raise Http404("No published claim about this statistic.")
        return found

    def title(self, statistic):
        return f"{settings.SITE_NAME}: claims about {statistic.name}"

    def subtitle(self, statistic):
        return f"Newly published claims about {statistic.name}, checked against their sources."

    def link(self, statistic):
        return statistic.get_absolute_url()

    def published(self, statistic):
        return public_claims().filter(statistic=statistic)


class SpeakerClaimsFeed(LatestClaimsFeed):
    """Claims published by one speaker (a 404 for a speaker with no published claim)."""

    def get_object(self, request, slug):
        found = public_speakers().filter(slug=slug).first()
        if found is None:
            raise Http404("No published claim by this speaker.")
        return found

    def title(self, speaker):
        return f"{settings.SITE_NAME}: claims by {speaker.name}"

    def subtitle(self, speaker):
        return f"Newly published claims by {speaker.name}, checked against their sources."

    def link(self, speaker):
        return speaker.get_absolute_url()

    def published(self, speaker):
        return public_claims().filter(speaker=speaker)


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
