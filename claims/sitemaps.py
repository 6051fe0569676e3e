"""The sitemap: an index of files of at most SITEMAP_PAGE_SIZE URLs (50,000, the protocol's
limit) over every public claim, speaker, statistic and source page.

The index is Django's sitemap index view. A section is paged by id: page p holds the items
whose ids fall in ((p - 1) * size, p * size], so a page is one range read of an index, with
no COUNT and no OFFSET, and never holds more than `size` URLs (fewer where ids are not
public). A file is written straight from rows: Django's template took 12 s for 62,000 URLs.
Both views are cached under the public content version (claims.cache).
"""
import math
from types import SimpleNamespace
from xml.sax.saxutils import escape

from django.conf import settings
from django.contrib.sitemaps import Sitemap
from django.contrib.sitemaps import views as django_views
from django.db.models import Max
from django.http import Http404, HttpResponse
from django.urls import reverse
from django.utils.text import slugify
from django.views.decorators.http import require_safe

from claims import public
from claims.cache import cached_public_page


class PagedSitemap(Sitemap):
    """A section of public pages, paged by id; subclasses give items() and url(row)."""

    fields = ("pk",)
    changefreq = None

    @property
    def size(self) -> int:
        return settings.SITEMAP_PAGE_SIZE

    @property
    def paginator(self):
        """What Django's index reads: the number of pages (from the highest public id)."""
        top = self.items().aggregate(top=Max("pk"))["top"] or 0
        return SimpleNamespace(num_pages=max(1, math.ceil(top / self.size)))

    def get_latest_lastmod(self):
        return self.items().aggregate(latest=Max("updated_at"))["latest"]

    def rows(self, page: int):
        """(path, lastmod) of the items on page, in id order."""
        start = (page - 1) * self.size
        values = (self.items().filter(pk__gt=start, pk__lte=start + self.size).order_by("pk")
                  .values_list(*self.fields, "updated_at"))
        return ((self.path(*row[:-1]), row[-1]) for row in values)


class ClaimSitemap(PagedSitemap):
    changefreq = "weekly"
    fields = ("pk", "quote")

    def items(self):
        return public.public_claims()

    @staticmethod
    def path(pk, quote) -> str:
        # Claim.get_absolute_url for a row: reversed once a page, not once a claim.
        return reverse("claim-detail", kwargs={"pk": pk, "slug": slugify(quote)[:80].strip("-") or "claim"})


class SpeakerSitemap(PagedSitemap):
    fields = ("slug",)

    def items(self):
        return public.public_speakers()

    @staticmethod
    def path(slug) -> str:
        return reverse("speaker-detail", kwargs={"slug": slug})


class StatisticSitemap(PagedSitemap):
    fields = ("slug",)

    def items(self):
        return public.public_statistics()

    @staticmethod
    def path(slug) -> str:
        return reverse("statistic-detail", kwargs={"slug": slug})


class SourceSitemap(PagedSitemap):
    def items(self):
        return public.public_sources()

    @staticmethod
    def path(pk) -> str:
        return reverse("source-detail", kwargs={"pk": pk})


SITEMAPS = {"claims": ClaimSitemap, "speakers": SpeakerSitemap, "statistics": StatisticSitemap,
            "sources": SourceSitemap}


@require_safe
@cached_public_page
def sitemap_index(request):
    return django_views.index(request, {name: cls() for name, cls in SITEMAPS.items()},
                              sitemap_url_name="sitemap-section").render()


@require_safe
@cached_public_page
def sitemap_section(request, section: str):
    if section not in SITEMAPS:
        raise Http404("No such sitemap.")
    try:
        page = int(request.GET.get("p", 1))
    except ValueError:
        raise Http404("No such page.") from None
    site = SITEMAPS[section]()
    if not 1 <= page <= site.paginator.num_pages:
        raise Http404("No such page.")
    base = f"{request.scheme}://{request.get_host()}"
    changefreq = f"<changefreq>{site.changefreq}</changefreq>" if site.changefreq else ""
    lines = ['<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">']
    lines.extend(
        f"<url><loc>{escape(base + path)}</loc><lastmod>{lastmod:%Y-%m-%d}</lastmod>{changefreq}</url>"
        for path, lastmod in site.rows(page)
    )
    lines.append("</urlset>\n")
    response = HttpResponse("\n".join(lines), content_type="application/xml")
    response["X-Robots-Tag"] = "noindex, noodp, noarchive"
    return response
