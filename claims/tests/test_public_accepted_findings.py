"""Issue 7 on the public site: a conflict a reviewer accepts shows on the claim page and
marks the claim on its statistic's page; a proposed one shows nowhere public."""
import pytest

from claims.consistency import finding_accept
from claims.models import Claim, Finding

pytestmark = pytest.mark.django_db

OFFICIAL = "factcheck demo data gives at most 6.4 million migrants"


@pytest.fixture
def crossings(load_demo):
    load_demo()
    return Claim.objects.get(value=7300000)


def _conflict(claim) -> Finding:
    return Finding.objects.get(claim=claim, kind="conflicts")


def test_a_proposed_conflict_is_not_shown_publicly(client, crossings):
    assert _conflict(crossings).status == "proposed"
    page = client.get(crossings.get_absolute_url()).content.decode()
    assert OFFICIAL not in page


def test_an_accepted_conflict_shows_under_contradicted_by(client, crossings, editor):
    finding_accept(finding_id=_conflict(crossings).pk, user=editor)
    crossings.refresh_from_db()
    # The demo tally already contradicts it: the one link per claim and source takes the
    # finding's figure and explanation.
    assert crossings.conflicting_count == 1
    page = client.get(crossings.get_absolute_url()).content.decode()
    contradicted = page[page.index("Contradicted by"):page.index("Context")]
    assert OFFICIAL in contradicted
    assert "6.4 million" in contradicted


def test_the_statistic_page_marks_the_claim_with_an_accepted_conflict(client, crossings, editor):
    finding_accept(finding_id=_conflict(crossings).pk, user=editor)
    page = client.get(crossings.statistic.get_absolute_url()).content.decode()
    assert "7.3 million" in page
    assert "contradicted" in page.lower()
