"""claims.services.claim_update on a published claim: a reason for each change to its figure,
period, verdict or explanation, and a Correction row for each, in the same transaction."""
import datetime
from decimal import Decimal

import pytest
from django.core.exceptions import ValidationError

from claims import services
from claims.models import Claim, Correction

pytestmark = pytest.mark.django_db


@pytest.fixture
def published(make_claim):
    return make_claim("890000", "over", unit="apprehensions", verdict="accurate",
                      verdict_explanation="The series gives 894,000.",
                      period_start=datetime.date(2023, 10, 1), period_end=datetime.date(2024, 2, 29))


def _only_correction(claim) -> Correction:
    corrections = list(Correction.objects.filter(claim=claim))
    assert len(corrections) == 1
    return corrections[0]


def test_a_figure_change_is_logged_from_what_to_what_and_why(published, editor):
    services.claim_update(claim=published, user=editor, data={"value": Decimal(990000)},
                          change_reason="The figure was misread from the transcript.")

    c = _only_correction(published)
    assert (c.field, c.old, c.new) == ("figure", "over 890,000 apprehensions", "over 990,000 apprehensions")
    assert c.reason == "The figure was misread from the transcript." and c.user == editor
    published.refresh_from_db()
    assert (published.lower_bound, published.upper_bound) == (990000, 1000000)


def test_a_change_of_unit_or_bounds_alone_is_a_figure_correction(published, editor):
    services.claim_update(claim=published, user=editor, data={"lower_bound": Decimal(890000),
                                                                "upper_bound": Decimal(895000)},
                          change_reason="The source gives a range.")
    c = _only_correction(published)
    assert c.field == "figure"
    assert c.old == "over 890,000 apprehensions (from 890,000 to 900,000)"
    assert c.new == "over 890,000 apprehensions (from 890,000 to 895,000)"


def test_a_period_change_is_logged(published, editor):
    services.claim_update(claim=published, user=editor, data={"period_end": datetime.date(2024, 3, 31)},
                          change_reason="The fiscal year to date ran to March.")
    c = _only_correction(published)
    assert (c.field, c.old, c.new) == ("period", "2023-10-01 to 2024-02-29", "2023-10-01 to 2024-03-31")


def test_a_verdict_and_its_explanation_changed_together_are_two_corrections_with_one_reason(published, editor):
    services.claim_update(claim=published, user=editor,
                          data={"verdict": "misleading", "verdict_explanation": "It counts encounters, not people."},
                          change_reason="A reader pointed out the measure.")

    rows = {c.field: c for c in Correction.objects.filter(claim=published)}
    assert set(rows) == {"verdict", "explanation"}
    assert (rows["verdict"].old, rows["verdict"].new) == ("Accurate", "Misleading")
    assert (rows["explanation"].old, rows["explanation"].new) == ("The series gives 894,000.",
                                                                 "It counts encounters, not people.")
    assert rows["verdict"].changed_at == rows["explanation"].changed_at
    assert {c.reason for c in rows.values()} == {"A reader pointed out the measure."}


def test_an_explanation_change_alone_is_logged(published, editor):
    services.claim_update(claim=published, user=editor, data={"verdict_explanation": "The series gives 894,117."},
                          change_reason="The exact figure.")
    c = _only_correction(published)
    assert (c.field, c.old, c.new) == ("explanation", "The series gives 894,000.", "The series gives 894,117.")


@pytest.mark.parametrize("data", [
    {"value": Decimal(1)}, {"unit": "people"}, {"qualifier": "about"}, {"period_start": None},
    {"verdict": "false"}, {"verdict_explanation": "Other words."},
])
@pytest.mark.parametrize("reason", ["", "   "])
def test_without_a_reason_it_is_refused_naming_change_reason_and_nothing_is_written(published, editor, data, reason):
    version = published.version
    with pytest.raises(ValidationError) as refused:
        services.claim_update(claim=published, user=editor, data=data, change_reason=reason)
    assert list(refused.value.message_dict) == ["change_reason"]
    published.refresh_from_db()
    assert published.version == version and not Correction.objects.exists()


def test_other_fields_of_a_published_claim_change_without_a_reason(published, reviewer):
    services.claim_update(claim=published, user=reviewer, data={"quote": "Other words.", "place": "Texas"})
    published.refresh_from_db()
    assert published.quote == "Other words." and not Correction.objects.exists()


def test_an_unpublished_claim_changes_freely_and_logs_nothing(make_claim, editor):
    claim = make_claim(status=Claim.Status.IN_REVIEW)
    services.claim_update(claim=claim, user=editor, data={"value": Decimal(5), "verdict": "false"})
    claim.refresh_from_db()
    assert claim.value == 5 and claim.verdict == "false" and not Correction.objects.exists()


def test_the_history_entry_carries_the_reason(published, editor):
    services.claim_update(claim=published, user=editor, data={"verdict": "false"}, change_reason="Wrong series.")
    assert published.history.latest().history_change_reason == "corrected: Wrong series."


def test_a_long_reason_is_kept_whole_and_the_history_entry_holds_its_start(published, editor):
    reason = "The series was revised. " * 20
    services.claim_update(claim=published, user=editor, data={"verdict": "false"}, change_reason=reason)
    assert _only_correction(published).reason == reason.strip()
    assert published.history.latest().history_change_reason == f"corrected: {reason.strip()}"[:100]


def test_a_correction_rolled_back_with_its_change_leaves_nothing(published, editor):
    from django.db import transaction

    with pytest.raises(RuntimeError), transaction.atomic():
        services.claim_update(claim=published, user=editor, data={"verdict": "false"}, change_reason="Oops.")
        raise RuntimeError
    published.refresh_from_db()
    assert published.verdict == "accurate" and not Correction.objects.exists()
