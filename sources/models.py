import hashlib

from django.db import models
from django.db.models import Q
from django.urls import reverse
from django.utils import timezone
from simple_history.models import HistoricalRecords

from factcheck.versioning import Versioned, VersionedQuerySet
from sources.canonical import canonical_url


def content_hash(text: str) -> str:
    """SHA-256 of the text with whitespace runs collapsed, so re-wrapped copies match."""
    return hashlib.sha256(" ".join(text.split()).encode("utf-8")).hexdigest()


class SourceQuerySet(VersionedQuerySet):
    def for_url(self, url: str):
        return self.filter(url=canonical_url(url))


class Source(Versioned):
    class Kind(models.TextChoices):
        NEWS_ARTICLE = "news_article", "News article"
        PRESS_RELEASE = "press_release", "Press release"
        OFFICIAL_STATISTICS = "official_statistics", "Official statistics"
        SOCIAL_MEDIA_POST = "social_media_post", "Social media post"
        REPORT = "report", "Report"
        OTHER = "other", "Other"

    # Canonical (see sources.canonical); blank for text ingested without a URL.
    url = models.URLField("canonical URL", max_length=2000, blank=True)
    title = models.CharField(max_length=500, blank=True)
    publisher = models.CharField(max_length=200, blank=True, db_index=True)
    authors = models.JSONField(default=list, blank=True, help_text="A list of author names.")
    published_on = models.DateField("publication date", null=True, blank=True, db_index=True)
    kind = models.CharField(max_length=32, choices=Kind.choices, default=Kind.NEWS_ARTICLE, db_index=True)
    retrieved_at = models.DateTimeField(default=timezone.now)
    text = models.TextField(blank=True, help_text="The text as ingested; claim offsets point into it.")
    content_hash = models.CharField(max_length=64, blank=True, db_index=True)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    history = HistoricalRecords(excluded_fields=["version"])
    objects = SourceQuerySet.as_manager()

    class Meta:
        ordering = ["-published_on", "-id"]
        constraints = [
            models.UniqueConstraint(fields=["url"], condition=~Q(url=""), name="source_url_unique"),
            # One source per text (whitespace ignored): the same article handed in twice at
            # once must not become two sources (sources.services.source_get_or_create).
            models.UniqueConstraint(fields=["content_hash"], condition=~Q(content_hash=""),
                                    name="source_content_hash_unique"),
        ]

    def __str__(self):
        label = self.title or self.url or f"Source {self.pk}"
        return f"{label} ({self.publisher})" if self.publisher else label

    def get_absolute_url(self) -> str:
        # The public source page lives with the claims it shows (claims/urls.py).
        return reverse("source-detail", kwargs={"pk": self.pk})

    def set_text(self, text: str) -> None:
        self.text = text
        self.content_hash = content_hash(text) if text else ""

    def set_url(self, url: str) -> None:
        self.url = canonical_url(url) if url else ""
