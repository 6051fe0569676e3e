"""The consistency check of one claim (claims.consistency.check_claim)."""
import datetime
from decimal import Decimal as D

import pytest

from claims.consistency import check_claim
from claims.models import Claim, Finding, OfficialFigure

pytestmark = pytest.mark.django_db

FY = dict(period_start=datetime.date(2023, 10, 1), period_end=datetime.date(2024, 9, 30))


@pytest.fixture
def stat(make_statistic):
    return make_statistic("Apprehensions", unit="apprehensions", measure="count", place="U.S. southwest border",
                          keywords=["apprehensions", "apprehended"])


@pytest.fixture
def claim_about(make_claim, make_source, stat):
    def make(value, qualifier=None, publisher="Example News", **fields):
        fields = {**FY, "statistic": stat, **fields}
        return make_claim(value, qualifier, unit="apprehensions",
                          source=make_source(publisher=publisher), **fields)
    return make


def findings(claim, **filters):
    return list(Finding.objects.filter(claim=claim, **filters))


def test_a_conflict_is_proposed_on_both_claims_with_a_sentence_each(claim_about):
    first = claim_about("890000", "over", publisher="Fox News")
    second = claim_about("1100000", publisher="Source B")
    assert check_claim(claim_id=second.pk) == dict(created=2, updated=0, withdrawn=0)
    (mine,) = findings(second)
    (theirs,) = findings(first)
    assert (mine.kind, mine.other_claim, mine.value) == ("conflicts", first, D(890000))
    assert theirs.explanation == ("Source B gives 1.1 million apprehensions for the same period, "
                                  "24% more than the over 890,000 apprehensions claimed.")
    assert mine.explanation == ("Fox News gives over 890,000 apprehensions for the same period, "
                                "19% less than the 1.1 million apprehensions claimed.")
    assert mine.status == "proposed"


def test_overlapping_figures_are_proposed_as_corroboration(claim_about):
    first = claim_about("890000", "over")
    second = claim_about("894123", publisher="Source B")
    check_claim(claim_id=second.pk)
    (finding,) = findings(first)
    assert finding.kind == "corroborates"
    assert finding.explanation == ("Source B gives 894,123 apprehensions for the same period, "
                                   "consistent with the over 890,000 apprehensions claimed.")


def test_claims_about_another_period_are_not_compared(claim_about):
    claim_about("890000", "over")
    month = claim_about("50000", period_end=datetime.date(2023, 10, 31))
    check_claim(claim_id=month.pk)
    assert not Finding.objects.exists()


def test_a_running_total_that_falls_later_is_proposed_as_a_conflict(claim_about):
    earlier = claim_about("890000", "over", period_end=None, stated_on=datetime.date(2024, 2, 26), publisher="Fox News")
    later = claim_about("700000", "about", period_end=None, stated_on=datetime.date(2024, 3, 20), publisher="Source B")
    check_claim(claim_id=later.pk)
    (finding,) = findings(later)
    assert finding.kind == "conflicts"
    assert finding.explanation == (
        "Fox News gave over 890,000 apprehensions for the same running total earlier, on 26 February 2024, "
        "27% more than the about 700,000 apprehensions claimed on 20 March 2024; a running total cannot fall."
    )
    assert findings(earlier, kind="conflicts")


def test_a_repeat_is_proposed_as_an_appearance_of_the_earliest_claim(claim_about):
    first = claim_about("890000", "over", stated_on=datetime.date(2024, 2, 26), publisher="Fox News")
    wire = claim_about("890000", "over", stated_on=datetime.date(2024, 2, 27), publisher="Wire copy")
    late = claim_about("890000", "over", stated_on=datetime.date(2024, 2, 28), publisher="Late copy")
    check_claim(claim_id=late.pk)
    check_claim(claim_id=wire.pk)
    assert {(f.claim, f.kind, f.other_claim) for f in Finding.objects.all()} == {
        (late, "repeat", first), (wire, "repeat", first),
    }
    finding = Finding.objects.get(claim=late)
    assert finding.explanation == (
        "Fox News gave the same figure, over 890,000 apprehensions, for the same period earlier, on "
        "26 February 2024: this is a further appearance of that claim, not independent corroboration."
    )


def test_running_it_twice_creates_no_duplicates(claim_about):
    claim_about("890000", "over")
    second = claim_about("1100000")
    check_claim(claim_id=second.pk)
    assert check_claim(claim_id=second.pk) == dict(created=0, updated=0, withdrawn=0)
    assert Finding.objects.count() == 2


def test_a_rejected_finding_is_not_proposed_again(claim_about):
    claim_about("890000", "over")
    second = claim_about("1100000")
    check_claim(claim_id=second.pk)
    Finding.objects.filter(claim=second).update(status="rejected")
    check_claim(claim_id=second.pk)
    assert list(Finding.objects.filter(claim=second).values_list("status", flat=True)) == ["rejected"]


def test_a_proposal_that_no_longer_holds_is_withdrawn(claim_about):
    first = claim_about("890000", "over")
    second = claim_about("1100000")
    check_claim(claim_id=second.pk)
    second.set_figure(D("895000"), None)
    second.save()
    assert check_claim(claim_id=second.pk) == dict(created=2, updated=0, withdrawn=2)
    assert {f.kind for f in Finding.objects.filter(claim__in=[first, second])} == {"corroborates"}


def test_rejected_claims_and_claims_without_a_period_are_left_alone(claim_about):
    claim_about("890000", "over", status=Claim.Status.REJECTED)
    other = claim_about("1100000")
    undated = claim_about("5", period_start=None, period_end=None)
    check_claim(claim_id=other.pk)
    check_claim(claim_id=undated.pk)
    assert not Finding.objects.exists()


def test_a_deleted_claim_is_no_error():
    assert check_claim(claim_id=987654) == dict(created=0, updated=0, withdrawn=0)


def test_a_statistic_is_proposed_with_a_score_and_never_set(make_claim, make_speaker, stat, make_statistic):
    make_statistic("Gotaways", unit="known gotaways", keywords=["gotaways"])
    speaker = make_speaker("Jason Owens")
    make_claim("100", statistic=stat, speaker=speaker, unit="apprehensions")
    claim = make_claim("890000", "over", unit="apprehensions", place="U.S. southwest border", speaker=speaker)
    check_claim(claim_id=claim.pk)
    (finding,) = findings(claim)
    assert (finding.kind, finding.statistic, finding.score) == ("statistic", stat, 1.0)
    assert finding.explanation == (
        "Probably about “Apprehensions” (100% match): the unit is “apprehensions”, the unit says “apprehensions”, "
        "the place is U.S. southwest border, 1 of Jason Owens’s 1 filed claims are about it."
    )
    claim.refresh_from_db()
    assert claim.statistic is None


def test_a_weak_statistic_match_is_not_proposed(make_claim, stat):
    # One unit word, in another place: 0.3 - 0.15, below the 0.5 needed.
    claim = make_claim("21000", "over", unit="Chinese citizens apprehended", place="San Diego Sector")
    check_claim(claim_id=claim.pk)
    assert not Finding.objects.exists()


def _months(stat, values, publisher="Statistics Office"):
    start = datetime.date(2023, 10, 1)
    for value in values:
        end = (start.replace(day=28) + datetime.timedelta(days=4)).replace(day=1) - datetime.timedelta(days=1)
        OfficialFigure.objects.create(statistic=stat, period_start=start, period_end=end, value=D(value),
                                      publisher=publisher, url="https://stats.example.gov/series")
        start = end + datetime.timedelta(days=1)


def test_official_months_are_summed_and_a_verdict_proposed(claim_about, stat):
    _months(stat, ["188000", "191000", "249000", "124000", "142000"])
    claim = claim_about("1000000", "over", period_end=datetime.date(2024, 2, 29))
    check_claim(claim_id=claim.pk)
    stance = Finding.objects.get(claim=claim, kind="conflicts")
    verdict = Finding.objects.get(claim=claim, kind="verdict")
    assert stance.value == D(894000) and stance.official_figure.period_start == datetime.date(2023, 10, 1)
    assert stance.explanation == ("Statistics Office gives 894,000 apprehensions for October 2023 to February 2024, "
                                  "11% less than the over 1 million apprehensions claimed.")
    assert verdict.verdict == "misleading"
    assert verdict.explanation == "Proposed verdict misleading: " + stance.explanation


def test_a_running_total_is_checked_against_the_months_to_its_date(claim_about, stat):
    _months(stat, ["188000", "191000", "249000", "124000", "142000"])
    claim = claim_about("890000", "over", period_end=None, stated_on=datetime.date(2024, 2, 26))
    check_claim(claim_id=claim.pk)
    verdict = Finding.objects.get(claim=claim, kind="verdict")
    assert verdict.verdict == "accurate"
    assert verdict.explanation == (
        "Proposed verdict accurate: Statistics Office gives 752,000 apprehensions for October 2023 to January 2024 "
        "and 894,000 apprehensions with the period under way on 26 February 2024, consistent with the over 890,000 "
        "apprehensions claimed."
    )
    assert Finding.objects.filter(claim=claim, kind="corroborates").exists()


def test_an_official_figure_for_another_period_gives_no_verdict(claim_about, stat):
    _months(stat, ["188000"])
    claim = claim_about("890000", "over")
    check_claim(claim_id=claim.pk)
    assert not Finding.objects.filter(claim=claim).exists()


@pytest.mark.parametrize("others", [2, 12])
def test_the_queries_of_a_check_do_not_grow_with_the_claims(claim_about, stat, make_statistic,
                                                            django_assert_num_queries, others):
    _months(stat, ["188000", "191000"])
    elsewhere = make_statistic("Other", unit="apprehensions", measure="count")
    for n in range(others):
        claim_about(str(800000 + n * 100000), publisher=f"Outlet {n}")
        claim_about(str(800000 + n), statistic=elsewhere)
    claim = claim_about("890000", "over", period_end=None, stated_on=datetime.date(2023, 11, 15))
    claim_about(str(1234567), period_end=None, stated_on=datetime.date(2023, 11, 10))
    # claim, candidates, official rows (with their releases), existing findings, insert, the savepoint pair,
    # and recording the official rows used: the findings, their links, the new links
    with django_assert_num_queries(10):
        check_claim(claim_id=claim.pk)
    with django_assert_num_queries(8):  # nothing new to insert, no new links: two queries fewer
        check_claim(claim_id=claim.pk)
