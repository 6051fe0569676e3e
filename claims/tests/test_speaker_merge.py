"""claims.services.speaker_merge: one speaker folded into another."""
import pytest

from claims.models import Claim, Speaker
from claims.services import MergeError, speaker_merge

pytestmark = pytest.mark.django_db


def test_claims_and_names_move_to_the_survivor_and_the_other_is_deleted(reviewer, make_speaker, make_claim):
    survivor = make_speaker("Joe Biden", aliases=["President Biden"])
    other = make_speaker("Joseph R. Biden", aliases=["Biden", "President Biden"])
    moved = [make_claim(speaker=other), make_claim(speaker=other)]
    kept = make_claim(speaker=survivor)
    speaker_merge(survivor=survivor, other=other, user=reviewer)
    survivor.refresh_from_db()
    assert survivor.aliases == ["President Biden", "Joseph R. Biden", "Biden"]
    assert not Speaker.objects.filter(pk=other.pk).exists()
    assert set(Claim.objects.filter(speaker=survivor).values_list("pk", flat=True)) == {kept.pk, *(c.pk for c in moved)}


def test_each_move_is_in_the_history_with_who_did_it(reviewer, make_speaker, make_claim):
    survivor, other = make_speaker(), make_speaker()
    claim = make_claim(speaker=other)
    speaker_merge(survivor=survivor, other=other, user=reviewer)
    record = claim.history.latest()
    assert (record.speaker_id, record.history_user, record.history_type) == (survivor.pk, reviewer, "~")
    assert record.prev_record.speaker_id == other.pk
    assert survivor.history.latest().history_user == reviewer
    assert Speaker.history.filter(id=other.pk, history_type="-").get().history_user == reviewer


def test_a_speaker_cannot_be_merged_into_itself(reviewer, make_speaker, make_claim):
    speaker = make_speaker()
    make_claim(speaker=speaker)
    with pytest.raises(MergeError):
        speaker_merge(survivor=speaker, other=speaker, user=reviewer)
    assert Speaker.objects.filter(pk=speaker.pk).exists()


def test_forms_opened_on_the_moved_claims_become_stale(reviewer, make_speaker, make_claim):
    survivor, other = make_speaker(), make_speaker()
    claim = make_claim(speaker=other)
    speaker_merge(survivor=survivor, other=other, user=reviewer)
    assert Claim.objects.get(pk=claim.pk).updated_at > claim.updated_at
