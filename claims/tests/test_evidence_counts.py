import pytest

from claims.models import Evidence
from claims.services import refresh_evidence_counts

pytestmark = pytest.mark.django_db


def test_it_counts_evidence_by_stance(make_claim, make_source):
    claim, other = make_claim(), make_claim()
    for stance in ["corroborates", "corroborates", "conflicts"]:
        Evidence.objects.create(claim=claim, source=make_source(), stance=stance)
    Evidence.objects.create(claim=other, source=make_source(), stance="context")
    refresh_evidence_counts([claim.pk, other.pk])
    claim.refresh_from_db()
    other.refresh_from_db()
    assert (claim.corroborating_count, claim.conflicting_count, claim.context_count) == (2, 1, 0)
    assert (other.corroborating_count, other.conflicting_count, other.context_count) == (0, 0, 1)
    assert claim.has_conflict and not other.has_conflict


def test_it_goes_back_to_zero_when_evidence_is_deleted(make_claim, make_source):
    claim = make_claim()
    link = Evidence.objects.create(claim=claim, source=make_source(), stance="conflicts")
    refresh_evidence_counts([claim.pk])
    link.delete()
    refresh_evidence_counts([claim.pk])
    claim.refresh_from_db()
    assert claim.conflicting_count == 0


def test_it_leaves_updated_at_alone(make_claim, make_source):
    claim = make_claim()
    before = claim.updated_at
    Evidence.objects.create(claim=claim, source=make_source(), stance="corroborates")
    refresh_evidence_counts([claim.pk])
    claim.refresh_from_db()
    assert claim.updated_at == before and claim.corroborating_count == 1


def test_demo_claims_carry_their_evidence_counts_once_findings_are_accepted(load_demo, reviewer):
    from claims.consistency import finding_accept
    from claims.models import Claim, Finding

    load_demo()
    for value in (336000, 890000):
        finding_accept(finding_id=Finding.objects.get(claim__value=value, kind__in=["conflicts", "corroborates"]).pk,
                       user=reviewer)
    jobs = Claim.objects.get(value=336000)
    assert jobs.conflicting_count == 1 and jobs.has_conflict
    apprehensions = Claim.objects.get(value=890000)
    assert apprehensions.corroborating_count == 1 and not apprehensions.has_conflict
