"""The sitemap lists every public page and nothing else."""
import xml.etree.ElementTree as ET

import pytest

from claims.models import Appearance, Claim
from claims.tests.public_helpers import add_evidence, published_now

pytestmark = pytest.mark.django_db
SM = "{http://www.sitemaps.org/schemas/sitemap/0.9}"


def _locations(response) -> set[str]:
    return {loc.text.removeprefix("http://testserver") for loc in ET.fromstring(response.content).iter(f"{SM}loc")}


def test_it_lists_public_claims_speakers_statistics_and_sources_only(client, make_claim, make_speaker, make_statistic,
                                                                     make_source):
    speaker, statistic = make_speaker("Public Speaker"), make_statistic()
    claim = make_claim(speaker=speaker, statistic=statistic, published_at=published_now())
    repeat_source, evidence_source = make_source(), make_source()
    Appearance.objects.create(claim=claim, source=repeat_source)
    add_evidence(claim, evidence_source, "corroborates")
    hidden = make_claim(speaker=make_speaker("Hidden Speaker"), statistic=make_statistic(),
                        status=Claim.Status.SUGGESTED)
    duplicate = make_claim(duplicate_of=claim)

    response = client.get("/sitemap.xml")

    assert response.status_code == 200
    assert _locations(response) == {
        claim.get_absolute_url(), speaker.get_absolute_url(), statistic.get_absolute_url(),
        claim.source.get_absolute_url(), repeat_source.get_absolute_url(), evidence_source.get_absolute_url(),
    }
    assert hidden.get_absolute_url() not in _locations(response)
    assert duplicate.get_absolute_url() not in _locations(response)


@pytest.mark.parametrize("size", [1, 10])
def test_the_query_count_does_not_grow_with_rows(client, django_assert_num_queries, make_claim, make_speaker,
                                                 make_statistic, size):
    for _ in range(size):
        make_claim(speaker=make_speaker(), statistic=make_statistic(), published_at=published_now())
    # a count and a page for each section: claims, speakers, statistics, sources
    with django_assert_num_queries(8):
        response = client.get("/sitemap.xml")
    assert len(_locations(response)) == 4 * size
