"""The sitemap: every public claim, speaker, statistic and source page."""
from django.contrib.sitemaps import Sitemap

from claims import selectors


class ClaimSitemap(Sitemap):
    changefreq = "weekly"

    def items(self):
        return selectors.public_claims().order_by("id")

    def lastmod(self, claim):
        return claim.updated_at


class SpeakerSitemap(Sitemap):
    def items(self):
        return selectors.public_speakers().order_by("slug")

    def lastmod(self, speaker):
        return speaker.updated_at


class StatisticSitemap(Sitemap):
    def items(self):
        return selectors.public_statistics().order_by("slug")

    def lastmod(self, statistic):
        return statistic.updated_at


class SourceSitemap(Sitemap):
    def items(self):
        return selectors.public_sources().order_by("id")

    def lastmod(self, source):
        return source.updated_at


SITEMAPS = {"claims": ClaimSitemap, "speakers": SpeakerSitemap, "statistics": StatisticSitemap,
            "sources": SourceSitemap}
