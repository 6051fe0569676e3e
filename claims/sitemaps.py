"""The sitemap: an index of files of at most SITEMAP_PAGE_SIZE URLs (10,000; the
protocol allows 50,000) over every public claim, speaker, statistic and source page.

The index is Django's sitemap index view. A section is paged by id: page p holds the items
whose ids fall in ((p - 1) * size, p * size], so a page is one range read of an index, with
no COUNT and no OFFSET, and never holds more than `size` URLs (fewer where ids are not
public). A file is written straight from rows: Django's template took 12 s for 62,000 URLs.
Both views are cached under the public content version (factcheck.public_cache).
"""
import math
from types import SimpleNamespace
from xml.sax.saxutils import escape

from django.conf import settings
from django.contrib.sitemaps import Sitemap
from django.contrib.sitemaps import views as django_views
from django.db.models import Max
from django.db.models.functions import TruncDate
from django.http import Http404, HttpResponse
from django.urls import reverse
from django.utils.text import slugify
from django.views.decorators.http import require_safe

from claims import selectors
from factcheck.public_cache import cached_public_page


def _path_format(url_name: str, **samples) -> str:
    """url_name's path as a format string over its keyword arguments, reversed once: reverse()
    for each of 50,000 rows took most of a file's time. Each sample stands for its argument."""
    path = reverse(url_name, kwargs=samples)
    for name, sample in samples.items():
        path = path.replace(str(sample), "{" + name + "}")
    return path


class PagedSitemap(Sitemap):
    """A section of public pages, paged by id; subclasses give items(), the page's URL
    name and the columns its path is made of."""

    url_name = ""
    samples: dict = {}  # a stand-in value for each URL argument, found once in the reversed path
    columns: tuple = ()  # what the arguments are made from
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

    def arguments(self, row: dict) -> dict:
        return row  # the columns are the arguments

    def rows(self, page: int):
        """(path, lastmod as YYYY-MM-DD) of the items on page, in id order."""
        start = (page - 1) * self.size
        path = _path_format(self.url_name, **self.samples)
        values = (self.items().filter(pk__gt=start, pk__lte=start + self.size).order_by("pk")
                  .values(*self.columns, day=TruncDate("updated_at")))
        return ((path.format(**self.arguments(row)), row["day"].isoformat()) for row in values)


class ClaimSitemap(PagedSitemap):
    changefreq = "weekly"
    url_name = "claim-detail"
    samples = {"pk": 987654321, "slug": "zz-slug-zz"}
    columns = ("pk", "quote")

    def items(self):
        return selectors.public_claims()

    def arguments(self, row: dict) -> dict:
        return {"pk": row["pk"], "slug": slugify(row["quote"])[:80].strip("-") or "claim"}  # Claim.slug


class SpeakerSitemap(PagedSitemap):
    url_name = "speaker-detail"
    samples = {"slug": "zz-slug-zz"}
    columns = ("slug",)

    def items(self):
        return selectors.public_speakers()


class StatisticSitemap(PagedSitemap):
    url_name = "statistic-detail"
    samples = {"slug": "zz-slug-zz"}
    columns = ("slug",)

    def items(self):
        return selectors.public_statistics()


class SourceSitemap(PagedSitemap):
    url_name = "source-detail"
    samples = {"pk": 987654321}
    columns = ("pk",)

    def items(self):
        return selectors.public_sources()


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
    # Paths are made of ids and slugs (letters, digits, - and _): only the host needs escaping.
    base = escape(f"{request.scheme}://{request.get_host()}")
    changefreq = f"<changefreq>{site.changefreq}</changefreq>" if site.changefreq else ""
    lines = ['<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">']
    lines.extend(
        f"<url><loc>{base}{path}</loc><lastmod>{day}</lastmod>{changefreq}</url>" for path, day in site.rows(page)
    )
    lines.append("</urlset>\n")
    response = HttpResponse("\n".join(lines), content_type="application/xml")
    response["X-Robots-Tag"] = "noindex, noodp, noarchive"
    return response
