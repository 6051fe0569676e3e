"""Merges from the admin: two speakers into one, a claim as a duplicate of another."""
import pytest
from django.urls import reverse

from claims.models import Claim, Evidence, Speaker
from claims.tests.admin_forms import change_form_data

pytestmark = pytest.mark.django_db
SPEAKERS = reverse("admin:claims_speaker_changelist")


def test_merging_speakers_asks_which_to_keep_first(client, reviewer, make_speaker):
    a, b = make_speaker("Joe Biden"), make_speaker("Joseph <R.> Biden")
    client.force_login(reviewer)
    response = client.post(SPEAKERS, {"action": "merge_speakers", "_selected_action": [a.pk, b.pk]})
    assert response.status_code == 200
    page = response.content.decode()
    assert 'name="survivor"' in page and "Joseph &lt;R.&gt; Biden" in page
    assert Speaker.objects.count() == 2


def test_merging_speakers_moves_claims_and_aliases_to_the_one_kept(client, reviewer, make_speaker, make_claim):
    keep, other = make_speaker("Joe Biden"), make_speaker("Joseph R. Biden", aliases=["Biden"])
    claim = make_claim(speaker=other)
    client.force_login(reviewer)
    response = client.post(SPEAKERS, {"action": "merge_speakers", "_selected_action": [keep.pk, other.pk],
                                      "survivor": keep.pk}, follow=True)
    assert "Merged 1 speaker(s) into Joe Biden" in response.content.decode()
    assert list(Speaker.objects.values_list("pk", "aliases")) == [(keep.pk, ["Joseph R. Biden", "Biden"])]
    assert Claim.objects.get(pk=claim.pk).speaker == keep


def test_a_survivor_outside_the_selection_merges_nothing(client, reviewer, make_speaker, make_claim):
    a, b, outside = make_speaker(), make_speaker(), make_speaker()
    client.force_login(reviewer)
    client.post(SPEAKERS, {"action": "merge_speakers", "_selected_action": [a.pk, b.pk], "survivor": outside.pk})
    assert Speaker.objects.count() == 3


def test_merging_one_speaker_asks_for_two(client, reviewer, make_speaker):
    a = make_speaker()
    client.force_login(reviewer)
    response = client.post(SPEAKERS, {"action": "merge_speakers", "_selected_action": [a.pk]}, follow=True)
    assert "Select at least two speakers" in response.content.decode()


def change_url(claim):
    return reverse("admin:claims_claim_change", args=[claim.pk])


def test_marking_a_duplicate_on_the_claim_page_moves_its_evidence(client, reviewer, make_claim, make_source):
    original, duplicate = make_claim(), make_claim(status="in_review")
    evidence = Evidence.objects.create(claim=duplicate, source=make_source(), stance="conflicts")
    client.force_login(reviewer)
    data = change_form_data(client.get(change_url(duplicate)))
    # The inline's rows go with the claim's evidence: the browser sends them back untouched.
    assert client.post(change_url(duplicate), {**data, "duplicate_of": original.pk}).status_code == 302
    duplicate.refresh_from_db()
    original.refresh_from_db()
    assert duplicate.duplicate_of == original
    assert Evidence.objects.get(pk=evidence.pk).claim == original
    assert (original.conflicting_count, duplicate.conflicting_count) == (1, 0)
    assert list(Claim.objects.published()) == [original]


def test_a_reviewer_cannot_mark_a_published_claim_as_a_duplicate(client, reviewer, editor, make_claim):
    original, published = make_claim(), make_claim(status="published")
    client.force_login(reviewer)
    response = client.get(change_url(published))
    assert "duplicate_of" not in response.context["adminform"].form.fields
    client.post(change_url(published), {**change_form_data(response), "duplicate_of": original.pk})
    assert Claim.objects.get(pk=published.pk).duplicate_of is None
    client.force_login(editor)
    data = change_form_data(client.get(change_url(published)))
    assert client.post(change_url(published), {**data, "duplicate_of": original.pk}).status_code == 302
    assert Claim.objects.get(pk=published.pk).duplicate_of == original


def test_a_duplicate_cannot_be_the_original(client, reviewer, make_claim):
    first = make_claim()
    second = make_claim(duplicate_of=first)
    claim = make_claim(status="in_review")
    client.force_login(reviewer)
    data = change_form_data(client.get(change_url(claim)))
    response = client.post(change_url(claim), {**data, "duplicate_of": second.pk})
    assert response.status_code == 200
    assert f"duplicate of claim {first.pk}" in response.context["adminform"].form.errors["duplicate_of"][0]
    assert Claim.objects.get(pk=claim.pk).duplicate_of is None


def test_a_claim_cannot_be_its_own_duplicate(client, reviewer, make_claim):
    claim = make_claim(status="in_review")
    client.force_login(reviewer)
    data = change_form_data(client.get(change_url(claim)))
    response = client.post(change_url(claim), {**data, "duplicate_of": claim.pk})
    assert response.status_code == 200
    assert "duplicate of itself" in response.context["adminform"].form.errors["duplicate_of"][0]


def test_evidence_edited_in_the_same_save_as_the_marking_moves_too(client, reviewer, make_claim, make_source):
    original, duplicate = make_claim(), make_claim(status="suggested")
    evidence = Evidence.objects.create(claim=duplicate, source=make_source(), stance="conflicts")
    client.force_login(reviewer)
    data = change_form_data(client.get(change_url(duplicate)))
    data.update({"duplicate_of": original.pk, "evidence-0-note": "edited"})
    assert client.post(change_url(duplicate), data).status_code == 302
    evidence.refresh_from_db()
    assert (evidence.claim, evidence.note) == (original, "edited")
    assert Claim.objects.get(pk=original.pk).conflicting_count == 1
