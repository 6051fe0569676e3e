"""The database itself refuses what must never hold, whatever path a row comes by."""
import datetime
from decimal import Decimal

import pytest
from django.db import IntegrityError, transaction

from claims.models import Claim, Evidence


def _refused(**fields):
    with pytest.raises(IntegrityError), transaction.atomic():
        Claim.objects.create(quote="q", unit="people", **fields)


@pytest.fixture
def source(make_source):
    return make_source()


def test_it_accepts_bounds_around_the_value(source):
    claim = Claim.objects.create(
        quote="q", unit="people", source=source, value=Decimal(100), lower_bound=Decimal(95), upper_bound=Decimal(105)
    )
    assert claim.pk


def test_it_refuses_a_lower_bound_above_the_value(source):
    _refused(source=source, value=Decimal(100), lower_bound=Decimal(101))


def test_it_refuses_an_upper_bound_below_the_value(source):
    _refused(source=source, value=Decimal(100), upper_bound=Decimal(99))


def test_it_refuses_a_period_that_starts_after_it_ends(source):
    _refused(source=source, value=Decimal(1), period_start=datetime.date(2024, 2, 1),
             period_end=datetime.date(2024, 1, 1))


def test_it_accepts_an_open_period(source):
    claim = Claim.objects.create(quote="q", unit="people", source=source, value=Decimal(1),
                                 period_start=datetime.date(2023, 10, 1))
    assert claim.period_end is None


def test_it_refuses_an_unknown_status_qualifier_or_verdict(source):
    _refused(source=source, value=Decimal(1), status="maybe")
    _refused(source=source, value=Decimal(1), qualifier="roughly")
    _refused(source=source, value=Decimal(1), verdict="pants_on_fire")


def test_it_refuses_offsets_that_end_before_they_start(source):
    _refused(source=source, value=Decimal(1), quote_start=10, quote_end=5)
    _refused(source=source, value=Decimal(1), figure_start=10, figure_end=5)


def test_an_update_cannot_break_the_bounds_either(make_claim):
    claim = make_claim(value="890000", qualifier="over")
    with pytest.raises(IntegrityError), transaction.atomic():
        Claim.objects.filter(pk=claim.pk).update(value=Decimal(2_000_000))


def test_a_claim_cannot_duplicate_itself(make_claim):
    claim = make_claim()
    with pytest.raises(IntegrityError), transaction.atomic():
        Claim.objects.filter(pk=claim.pk).update(duplicate_of=claim.pk)


def test_one_evidence_link_per_claim_and_source(make_claim, make_source):
    claim, other = make_claim(), make_source()
    Evidence.objects.create(claim=claim, source=other, stance="corroborates")
    with pytest.raises(IntegrityError), transaction.atomic():
        Evidence.objects.create(claim=claim, source=other, stance="conflicts")
    with pytest.raises(IntegrityError), transaction.atomic():
        Evidence.objects.create(claim=claim, source=make_source(), stance="agrees")


def test_set_figure_fills_the_bounds_the_qualifier_implies(make_claim):
    claim = make_claim(value="890000", qualifier="over")
    claim.refresh_from_db()
    assert (claim.lower_bound, claim.upper_bound) == (Decimal(890000), Decimal(900000))
    assert claim.figure == "over 890,000 people"


def test_changes_are_kept_in_history(make_claim):
    claim = make_claim(value="100")
    claim.set_figure(Decimal(120), None)
    claim.save()
    assert [h.value for h in claim.history.order_by("history_id")] == [Decimal(100), Decimal(120)]
