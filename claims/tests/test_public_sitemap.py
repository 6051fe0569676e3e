"""The sitemap: an index of files of at most SITEMAP_PAGE_SIZE URLs that a crawler follows to
every public page and nothing else."""
import xml.etree.ElementTree as ET

import pytest

from claims.models import Appearance, Claim
from claims.services import claim_transition
from claims.tests.public_helpers import add_evidence, published_now

pytestmark = pytest.mark.django_db
SM = "{http://www.sitemaps.org/schemas/sitemap/0.9}"


def _read(client, url: str) -> ET.Element:
    response = client.get(url.removeprefix("http://testserver"))
    assert response.status_code == 200, url
    assert response["Content-Type"] == "application/xml"
    return ET.fromstring(response.content)


def crawl(client) -> dict[str, list[tuple[str, str]]]:
    """Each sitemap file the index lists, with its (path, lastmod) entries."""
    index = _read(client, "/sitemap.xml")
    assert index.tag == f"{SM}sitemapindex"
    files = {}
    for entry in index.iter(f"{SM}sitemap"):
        url = entry.find(f"{SM}loc").text
        urlset = _read(client, url)
        files[url] = [(u.find(f"{SM}loc").text.removeprefix("http://testserver"), u.find(f"{SM}lastmod").text)
                      for u in urlset.iter(f"{SM}url")]
    return files


def test_a_crawler_reaches_every_public_page_and_nothing_else(client, settings, make_claim, make_speaker,
                                                              make_statistic, make_source):
    settings.SITEMAP_PAGE_SIZE = 2
    speaker, statistic = make_speaker("Public Speaker"), make_statistic()
    claims = [make_claim(speaker=speaker, statistic=statistic, published_at=published_now()) for _ in range(5)]
    repeat_source, evidence_source = make_source(), make_source()
    Appearance.objects.create(claim=claims[0], source=repeat_source)
    add_evidence(claims[0], evidence_source, "corroborates")
    hidden = make_claim(speaker=make_speaker("Hidden Speaker"), statistic=make_statistic(),
                        status=Claim.Status.SUGGESTED)
    duplicate = make_claim(duplicate_of=claims[0])
    claims += [make_claim(published_at=published_now()) for _ in range(2)]

    files = crawl(client)

    assert all(len(entries) <= 2 for entries in files.values())
    found = [path for entries in files.values() for path, _lastmod in entries]
    assert len(found) == len(set(found))
    assert set(found) == {
        *(c.get_absolute_url() for c in claims), speaker.get_absolute_url(), statistic.get_absolute_url(),
        *(c.source.get_absolute_url() for c in claims), repeat_source.get_absolute_url(),
        evidence_source.get_absolute_url(),
    }
    assert hidden.get_absolute_url() not in found and duplicate.get_absolute_url() not in found
    lastmod = {path: day for entries in files.values() for path, day in entries}
    assert lastmod[claims[0].get_absolute_url()] == claims[0].updated_at.date().isoformat()
    assert "http://testserver/sitemap-claims.xml?p=2" in files


@pytest.mark.parametrize("size", [1, 10])
def test_the_query_count_does_not_grow_with_rows(client, django_assert_num_queries, make_claim, make_speaker,
                                                 make_statistic, size):
    for _ in range(size):
        make_claim(speaker=make_speaker(), statistic=make_statistic(), published_at=published_now())
    # the highest public id and the latest change, for each of the four sections
    with django_assert_num_queries(8):
        client.get("/sitemap.xml")
    # the highest public id (the number of pages) and the page's rows
    with django_assert_num_queries(2):
        response = client.get("/sitemap-claims.xml")
    assert response.content.count(b"<url>") == size
    with django_assert_num_queries(0):  # cached
        assert client.get("/sitemap-claims.xml").content == response.content


@pytest.mark.parametrize("url", ["/sitemap-claims.xml?p=2", "/sitemap-claims.xml?p=0", "/sitemap-claims.xml?p=x",
                                 "/sitemap-nothing.xml"])
def test_a_page_past_the_end_or_an_unknown_section_is_not_found(client, make_claim, url):
    make_claim(published_at=published_now())
    assert client.get(url).status_code == 404


def test_a_claim_published_after_a_crawl_is_in_the_next_one(client, editor, make_claim):
    claim = make_claim(status=Claim.Status.IN_REVIEW)
    make_claim(published_at=published_now())
    before = [path for entries in crawl(client).values() for path, _ in entries]

    claim_transition(claim=claim, to_status=Claim.Status.PUBLISHED, user=editor)

    after = [path for entries in crawl(client).values() for path, _ in entries]
    assert claim.get_absolute_url() not in before and claim.get_absolute_url() in after
