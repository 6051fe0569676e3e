"""A reviewer accepts or rejects a finding (claims.consistency.finding_accept / finding_reject)."""
import datetime
from decimal import Decimal as D

import pytest

from claims.consistency import FindingError, FindingForbidden, check_claim, finding_accept, finding_reject
from claims.models import Appearance, Claim, Evidence, Finding, OfficialFigure
from claims.services import refresh_evidence_counts

pytestmark = pytest.mark.django_db

FY = dict(period_start=datetime.date(2023, 10, 1), period_end=datetime.date(2024, 9, 30))


@pytest.fixture
def stat(make_statistic):
    return make_statistic("Apprehensions", unit="apprehensions", measure="count", keywords=["apprehensions"])


@pytest.fixture
def pair(make_claim, make_source, stat):
    first = make_claim("890000", "over", statistic=stat, unit="apprehensions", stated_on=datetime.date(2024, 2, 26),
                       source=make_source(publisher="Fox News"), **FY)
    second = make_claim("1100000", statistic=stat, unit="apprehensions", stated_on=datetime.date(2024, 3, 1),
                        source=make_source(publisher="Source B"), **FY)
    check_claim(claim_id=second.pk)
    return first, second


def test_accepting_a_conflict_links_the_evidence_with_stance_and_figure(pair, reviewer):
    first, second = pair
    finding = Finding.objects.get(claim=first)
    finding_accept(finding_id=finding.pk, user=reviewer)
    link = Evidence.objects.get(claim=first)
    assert (link.source, link.stance, link.value, link.unit, link.added_by) == (
        second.source, "conflicts", D(1100000), "apprehensions", reviewer)
    assert link.note == finding.explanation
    first.refresh_from_db()
    assert first.conflicting_count == 1 and first.has_conflict
    finding.refresh_from_db()
    assert (finding.status, finding.decided_by) == ("accepted", reviewer) and finding.decided_at


def test_rejecting_keeps_it_from_being_proposed_again(pair, reviewer):
    first, second = pair
    finding = Finding.objects.get(claim=first)
    finding_reject(finding_id=finding.pk, user=reviewer)
    check_claim(claim_id=first.pk)
    check_claim(claim_id=second.pk)
    assert Finding.objects.get(claim=first).status == "rejected"
    assert not Evidence.objects.exists()


def test_a_decided_finding_cannot_be_decided_again(pair, reviewer):
    finding = Finding.objects.get(claim=pair[0])
    finding_reject(finding_id=finding.pk, user=reviewer)
    with pytest.raises(FindingError, match="already rejected"):
        finding_accept(finding_id=finding.pk, user=reviewer)


def test_outsiders_cannot_decide_findings(pair, outsider):
    finding = Finding.objects.get(claim=pair[0])
    with pytest.raises(FindingForbidden):
        finding_accept(finding_id=finding.pk, user=outsider)
    with pytest.raises(FindingForbidden):
        finding_reject(finding_id=finding.pk, user=outsider)
    assert Finding.objects.get(pk=finding.pk).status == "proposed"


def test_accepting_a_repeat_records_the_appearance_and_folds_the_claim(make_claim, make_source, stat, reviewer):
    first = make_claim("890000", "over", statistic=stat, stated_on=datetime.date(2024, 2, 26), **FY)
    copy = make_claim("890000", "over", statistic=stat, stated_on=datetime.date(2024, 2, 27),
                      source=make_source(publisher="Wire"), quote="Wire: over 890,000 apprehended.",
                      status=Claim.Status.SUGGESTED, **FY)
    check_claim(claim_id=copy.pk)
    finding = Finding.objects.get(claim=copy, kind="repeat")
    finding_accept(finding_id=finding.pk, user=reviewer)
    appearance = Appearance.objects.get(claim=first)
    assert (appearance.source, appearance.quote, appearance.stated_on) == (
        copy.source, "Wire: over 890,000 apprehended.", datetime.date(2024, 2, 27))
    copy.refresh_from_db()
    assert copy.duplicate_of == first and not copy.is_public
    assert not Evidence.objects.exists()  # a repeat is not corroboration


def test_accepting_a_statistic_files_the_claim_and_checks_it(make_claim, stat, reviewer, celery_eager,
                                                             django_capture_on_commit_callbacks):
    make_claim("1100000", statistic=stat, unit="apprehensions", **FY)
    claim = make_claim("890000", "over", unit="apprehensions", **FY)
    check_claim(claim_id=claim.pk)
    finding = Finding.objects.get(claim=claim, kind="statistic")
    with django_capture_on_commit_callbacks(execute=True):
        finding_accept(finding_id=finding.pk, user=reviewer)
    claim.refresh_from_db()
    assert claim.statistic == stat
    # The check queued on commit compared it with the other claim and withdrew nothing accepted.
    assert set(Finding.objects.filter(claim=claim).values_list("kind", "status")) == {
        ("statistic", "accepted"), ("conflicts", "proposed"),
    }


@pytest.fixture
def wire_copy(make_claim, make_source, stat):
    first = make_claim("890000", "over", statistic=stat, stated_on=datetime.date(2024, 2, 26), **FY)
    copy = make_claim("890000", "over", statistic=stat, stated_on=datetime.date(2024, 2, 27),
                      source=make_source(publisher="Wire"), **FY)
    check_claim(claim_id=copy.pk)
    return first, copy, Finding.objects.get(claim=copy, kind="repeat")


def test_accepting_a_repeat_moves_its_evidence_to_the_first_and_recounts_both(wire_copy, make_source, editor):
    first, copy, finding = wire_copy
    Evidence.objects.create(claim=copy, source=make_source(publisher="Tally"), stance="conflicts")
    refresh_evidence_counts([copy.pk])
    finding_accept(finding_id=finding.pk, user=editor)
    assert list(Evidence.objects.values_list("claim_id", flat=True)) == [first.pk]
    first.refresh_from_db()
    copy.refresh_from_db()
    assert (first.conflicting_count, copy.conflicting_count, copy.duplicate_of) == (1, 0, first)
    assert copy.history.first().history_change_reason == f"duplicate of claim {first.pk}"


def test_a_reviewer_cannot_fold_a_published_repeat_and_nothing_changes(wire_copy, reviewer):
    first, copy, finding = wire_copy
    with pytest.raises(FindingForbidden, match="Only editors"):
        finding_accept(finding_id=finding.pk, user=reviewer)
    copy.refresh_from_db()
    assert copy.duplicate_of is None and copy.is_public
    assert not Appearance.objects.exists()
    assert Finding.objects.get(pk=finding.pk).status == "proposed"


def _official(stat, value):
    OfficialFigure.objects.create(statistic=stat, value=D(value), publisher="Statistics Office",
                                  url="https://stats.example.gov/apprehensions?utm_source=x", **FY)


def test_accepting_an_official_figure_links_the_series_as_a_source(make_claim, stat, reviewer):
    _official(stat, "2000000")
    claim = make_claim("890000", "over", statistic=stat, unit="apprehensions", **FY)
    check_claim(claim_id=claim.pk)
    finding_accept(finding_id=Finding.objects.get(claim=claim, kind="conflicts").pk, user=reviewer)
    link = Evidence.objects.select_related("source").get(claim=claim)
    assert (link.stance, link.value, link.source.url, link.source.kind, link.source.publisher) == (
        "conflicts", D(2000000), "https://stats.example.gov/apprehensions", "official_statistics", "Statistics Office")


def test_only_editors_accept_a_verdict(make_claim, stat, reviewer, editor):
    _official(stat, "2000000")
    claim = make_claim("890000", "over", statistic=stat, unit="apprehensions", **FY)
    check_claim(claim_id=claim.pk)
    finding = Finding.objects.get(claim=claim, kind="verdict")
    with pytest.raises(FindingForbidden, match="editors"):
        finding_accept(finding_id=finding.pk, user=reviewer)
    finding_accept(finding_id=finding.pk, user=editor)
    claim = Claim.objects.get(pk=claim.pk)
    assert (claim.verdict, claim.verdict_explanation) == ("false", finding.explanation)
    assert claim.history.first().history_user == editor
