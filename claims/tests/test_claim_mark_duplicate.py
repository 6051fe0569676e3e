"""claims.services.claim_mark_duplicate: a repeat claim folded into the original."""
import pytest

from claims.models import Claim, Evidence
from claims.services import MergeError, TransitionForbidden, claim_mark_duplicate, refresh_evidence_counts

pytestmark = pytest.mark.django_db


def counts(claim):
    claim.refresh_from_db()
    return claim.corroborating_count, claim.conflicting_count, claim.context_count


def test_evidence_moves_to_the_original_and_the_duplicate_stops_showing(editor, make_claim, make_source):
    original, duplicate = make_claim(), make_claim()
    a, b = make_source(), make_source()
    moved = Evidence.objects.create(claim=duplicate, source=a, stance="conflicts")
    Evidence.objects.create(claim=duplicate, source=b, stance="corroborates")
    refresh_evidence_counts([duplicate.pk])
    assert set(Claim.objects.published()) == {original, duplicate}

    claim_mark_duplicate(claim=duplicate, original=original, user=editor)
    duplicate.refresh_from_db()
    assert duplicate.duplicate_of == original
    assert list(Claim.objects.published()) == [original]
    assert Evidence.objects.get(pk=moved.pk).claim == original
    assert Evidence.objects.filter(claim=original).count() == 2
    assert counts(original) == (1, 1, 0) and counts(duplicate) == (0, 0, 0)


def test_where_the_original_has_the_same_source_its_link_is_kept(reviewer, make_claim, make_source):
    original, duplicate = make_claim(), make_claim(status="in_review")
    source = make_source()
    kept = Evidence.objects.create(claim=original, source=source, stance="corroborates", note="original's")
    dropped = Evidence.objects.create(claim=duplicate, source=source, stance="conflicts", note="duplicate's")
    claim_mark_duplicate(claim=duplicate, original=original, user=reviewer)
    assert list(Evidence.objects.filter(source=source).values_list("pk", "claim_id", "note")) == [
        (kept.pk, original.pk, "original's")]
    assert Evidence.history.filter(id=dropped.pk, history_type="-").get().history_user == reviewer
    assert counts(original) == (1, 0, 0)


def test_the_change_is_in_the_history_with_who_did_it(reviewer, make_claim, make_source):
    original, duplicate = make_claim(), make_claim(status="in_review")
    evidence = Evidence.objects.create(claim=duplicate, source=make_source(), stance="context")
    claim_mark_duplicate(claim=duplicate, original=original, user=reviewer)
    record = duplicate.history.latest()
    assert (record.duplicate_of_id, record.history_user) == (original.pk, reviewer)
    moved = evidence.history.latest()
    assert (moved.claim_id, moved.history_user, moved.prev_record.claim_id) == (original.pk, reviewer, duplicate.pk)


def test_duplicates_of_the_duplicate_now_point_at_the_original(reviewer, make_claim):
    original, duplicate = make_claim(), make_claim(status="in_review")
    earlier = make_claim(duplicate_of=duplicate)
    claim_mark_duplicate(claim=duplicate, original=original, user=reviewer)
    assert Claim.objects.get(pk=earlier.pk).duplicate_of == original


@pytest.mark.parametrize("case", ["itself", "a duplicate"])
def test_it_refuses_a_claim_itself_or_a_duplicate_as_the_original(reviewer, make_claim, case):
    claim, other = make_claim(status="in_review"), make_claim()
    original = claim if case == "itself" else make_claim(duplicate_of=other)
    with pytest.raises(MergeError):
        claim_mark_duplicate(claim=claim, original=original, user=reviewer)
    assert Claim.objects.get(pk=claim.pk).duplicate_of is None


def test_only_an_editor_may_mark_a_published_claim_as_a_duplicate(reviewer, editor, make_claim, make_source):
    original, published = make_claim(), make_claim(status="published")
    evidence = Evidence.objects.create(claim=published, source=make_source(), stance="conflicts")
    with pytest.raises(TransitionForbidden):
        claim_mark_duplicate(claim=published, original=original, user=reviewer)
    assert Claim.objects.get(pk=published.pk).duplicate_of is None
    assert Evidence.objects.get(pk=evidence.pk).claim_id == published.pk
    claim_mark_duplicate(claim=published, original=original, user=editor)
    assert Claim.objects.get(pk=published.pk).duplicate_of == original
