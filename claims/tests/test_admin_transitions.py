"""Review-status transitions from the claim page's buttons and the claim list's actions."""
import pytest
from django.urls import reverse

from claims.models import Claim, StatusChange
from claims.tests.admin_forms import change_form_data

pytestmark = pytest.mark.django_db
S = Claim.Status
CHANGELIST = reverse("admin:claims_claim_changelist")


def change_url(claim):
    return reverse("admin:claims_claim_change", args=[claim.pk])


def buttons(client, claim) -> list[str]:
    return [to for to, _ in client.get(change_url(claim)).context.get("transitions", [])]


def press(client, claim, to_status, **changes):
    data = change_form_data(client.get(change_url(claim)))
    data.update(changes, _transition=to_status)
    return client.post(change_url(claim), data)


@pytest.mark.parametrize(("status", "reviewer_sees", "editor_sees"), [
    (S.SUGGESTED, ["in_review", "rejected"], ["in_review", "rejected"]),
    (S.IN_REVIEW, ["rejected"], ["published", "rejected"]),
    (S.PUBLISHED, [], ["in_review"]),
    (S.REJECTED, ["in_review"], ["in_review"]),
])
def test_each_user_sees_only_the_buttons_they_may_use(client, reviewer, editor, make_claim, status, reviewer_sees,
                                                      editor_sees):
    claim = make_claim(status=status)
    client.force_login(reviewer)
    assert buttons(client, claim) == reviewer_sees
    client.force_login(editor)
    assert buttons(client, claim) == editor_sees


def test_the_buttons_say_what_they_do(client, editor, make_claim):
    client.force_login(editor)
    html = client.get(change_url(make_claim(status=S.PUBLISHED))).content.decode()
    assert 'name="_transition" value="in_review"' in html and "Save and unpublish" in html


@pytest.mark.parametrize(("role", "start", "to"), [
    ("reviewer", S.SUGGESTED, S.IN_REVIEW),
    ("reviewer", S.SUGGESTED, S.REJECTED),
    ("reviewer", S.IN_REVIEW, S.REJECTED),
    ("reviewer", S.REJECTED, S.IN_REVIEW),
    ("editor", S.IN_REVIEW, S.PUBLISHED),
    ("editor", S.PUBLISHED, S.IN_REVIEW),
])
def test_an_allowed_transition_saves_the_form_and_records_who_and_when(client, request, make_claim, role, start, to):
    user = request.getfixturevalue(role)
    claim = make_claim(status=start)
    client.force_login(user)
    response = press(client, claim, to, place="Arizona")
    assert response.status_code == 302
    claim.refresh_from_db()
    assert (claim.status, claim.place, claim.status_changed_by) == (to, "Arizona", user)
    change = StatusChange.objects.get(claim=claim)
    assert (change.from_status, change.to_status, change.by) == (start, to, user)
    assert claim.status_changed_at == change.at or abs((claim.status_changed_at - change.at).total_seconds()) < 5
    assert (claim.published_at is not None) == (to == S.PUBLISHED)


@pytest.mark.parametrize(("start", "to"), [(S.IN_REVIEW, S.PUBLISHED), (S.PUBLISHED, S.IN_REVIEW)])
def test_a_reviewer_cannot_publish_or_unpublish_even_with_a_crafted_post(client, reviewer, make_claim, start, to):
    claim = make_claim(status=start, place="Texas")
    client.force_login(reviewer)
    response = press(client, claim, to, place="Arizona")
    assert response.status_code == 403
    claim.refresh_from_db()
    assert (claim.status, claim.place) == (start, "Texas")
    assert not StatusChange.objects.exists()


def test_a_transition_the_workflow_does_not_allow_is_refused_and_nothing_saved(client, editor, make_claim):
    claim = make_claim(status=S.SUGGESTED, place="Texas")
    client.force_login(editor)
    response = press(client, claim, S.PUBLISHED, place="Arizona")
    assert response.status_code == 302
    claim.refresh_from_db()
    assert (claim.status, claim.place) == (S.SUGGESTED, "Texas")
    assert "cannot go from suggested to published" in client.get(response["Location"]).content.decode()
    assert not StatusChange.objects.exists()


def test_an_unknown_status_is_refused(client, editor, make_claim):
    claim = make_claim(status=S.IN_REVIEW)
    client.force_login(editor)
    assert press(client, claim, "approved").status_code == 403
    assert Claim.objects.get(pk=claim.pk).status == S.IN_REVIEW


def test_status_is_not_a_form_field_so_posting_it_changes_nothing(client, reviewer, make_claim):
    claim = make_claim(status=S.IN_REVIEW)
    client.force_login(reviewer)
    data = change_form_data(client.get(change_url(claim)))
    assert client.post(change_url(claim), {**data, "status": "published"}).status_code == 302
    assert Claim.objects.get(pk=claim.pk).status == S.IN_REVIEW


def test_a_reviewer_cannot_set_a_verdict_even_with_a_crafted_post(client, reviewer, make_claim):
    claim = make_claim(status=S.IN_REVIEW)
    client.force_login(reviewer)
    data = change_form_data(client.get(change_url(claim)))
    client.post(change_url(claim), {**data, "verdict": "false", "verdict_explanation": "No."})
    claim.refresh_from_db()
    assert (claim.verdict, claim.verdict_explanation) == ("", "")


def test_an_editor_sets_a_verdict_and_its_explanation(client, editor, make_claim):
    claim = make_claim(status=S.IN_REVIEW)
    client.force_login(editor)
    data = change_form_data(client.get(change_url(claim)))
    assert client.post(change_url(claim), {**data, "verdict": "false", "verdict_explanation": "No."}).status_code == 302
    claim.refresh_from_db()
    assert (claim.verdict, claim.verdict_explanation) == ("false", "No.")


def action_names(client) -> list[str]:
    return [name for name, _ in client.get(CHANGELIST).context["action_form"].fields["action"].choices if name]


def test_the_claim_list_offers_publishing_actions_to_editors_only(client, reviewer, editor, make_claim):
    make_claim()
    client.force_login(reviewer)
    # Reviewers delete claims that are not published (claims.roles.can_delete), as in the API.
    assert action_names(client) == ["delete_selected", "accept_claims", "reject_claims"]
    client.force_login(editor)
    assert action_names(client) == ["delete_selected", "accept_claims", "reject_claims", "publish_claims",
                                    "unpublish_claims"]


def test_an_editor_publishes_and_unpublishes_in_bulk(client, editor, make_claim):
    a, b = make_claim(status=S.IN_REVIEW), make_claim(status=S.IN_REVIEW)
    suggested = make_claim(status=S.SUGGESTED)
    client.force_login(editor)
    response = client.post(CHANGELIST, {"action": "publish_claims", "_selected_action": [a.pk, b.pk, suggested.pk]},
                           follow=True)
    page = response.content.decode()
    assert "2 claims moved to published" in page and "1 claim could not move to published" in page
    assert set(Claim.objects.filter(status=S.PUBLISHED).values_list("pk", flat=True)) == {a.pk, b.pk}
    client.post(CHANGELIST, {"action": "unpublish_claims", "_selected_action": [a.pk]})
    assert Claim.objects.get(pk=a.pk).status == S.IN_REVIEW
    assert StatusChange.objects.filter(by=editor).count() == 3


def test_a_crafted_publish_action_from_a_reviewer_changes_nothing(client, reviewer, make_claim):
    claim = make_claim(status=S.IN_REVIEW)
    client.force_login(reviewer)
    client.post(CHANGELIST, {"action": "publish_claims", "_selected_action": [claim.pk]})
    assert Claim.objects.get(pk=claim.pk).status == S.IN_REVIEW
    assert not StatusChange.objects.exists()
