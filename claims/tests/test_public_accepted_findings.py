"""Issue 7 on the public site: a conflict a reviewer accepts shows on the claim page and
marks the claim on its statistic's page; a proposed one shows nowhere public."""
import pytest

from claims.consistency import finding_accept
from claims.models import Claim, Finding

pytestmark = pytest.mark.django_db

OFFICIAL = "U.S. Bureau of Labor Statistics gives 297,000 jobs for September 2023"


@pytest.fixture
def crossings(load_demo):
    """The demo's jobs claim: the BLS's revised September 2023 figure conflicts with it."""
    load_demo()
    return Claim.objects.get(value=336000)


def _conflict(claim) -> Finding:
    return Finding.objects.get(claim=claim, kind="conflicts")


def test_a_proposed_conflict_is_not_shown_publicly(client, crossings):
    assert _conflict(crossings).status == "proposed"
    page = client.get(crossings.get_absolute_url()).content.decode()
    assert OFFICIAL not in page


def test_an_accepted_conflict_shows_under_contradicted_by(client, crossings, editor):
    finding_accept(finding_id=_conflict(crossings).pk, user=editor)
    crossings.refresh_from_db()
    # The official series becomes the source that contradicts it, with the finding's figure and explanation.
    assert crossings.conflicting_count == 1
    page = client.get(crossings.get_absolute_url()).content.decode()
    contradicted = page[page.index("Contradicted by"):page.index("Context")]
    assert OFFICIAL in contradicted
    assert "297,000" in contradicted


def test_the_statistic_page_marks_the_claim_with_an_accepted_conflict(client, crossings, editor):
    finding_accept(finding_id=_conflict(crossings).pk, user=editor)
    page = client.get(crossings.statistic.get_absolute_url()).content.decode()
    assert "336,000" in page
    assert "contradicted" in page.lower()
