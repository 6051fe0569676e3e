"""The review queue: suggested claims no one has handled, oldest first, with bulk actions."""
import datetime

import pytest
from django.urls import reverse

from claims.models import Claim, StatusChange

pytestmark = pytest.mark.django_db
QUEUE = reverse("admin:claims_suggestedclaim_changelist")
S = Claim.Status


@pytest.fixture
def suggested(make_claim):
    def make(**fields):
        fields.setdefault("status", S.SUGGESTED)
        return make_claim(**fields)

    return make


def listed(response) -> list[int]:
    return [c.pk for c in response.context["cl"].result_list]


def test_it_lists_only_unhandled_suggestions_oldest_first(client, reviewer, suggested, make_claim):
    first, second = suggested(), suggested()
    Claim.objects.filter(pk=first.pk).update(created_at=second.created_at + datetime.timedelta(hours=1))
    make_claim(status=S.IN_REVIEW)
    make_claim(status=S.REJECTED)
    suggested(duplicate_of=second)
    client.force_login(reviewer)
    response = client.get(QUEUE)
    assert response.status_code == 200
    assert listed(response) == [second.pk, first.pk]


def test_each_row_shows_the_quote_the_parsed_figure_and_the_speaker(client, reviewer, suggested, make_speaker):
    speaker = make_speaker("Mark Morgan")
    suggested(value="890000", qualifier="over", unit="apprehensions", speaker=speaker,
              quote="Over 890,000 apprehensions <so far>", period_start=datetime.date(2021, 10, 1),
              period_end=datetime.date(2022, 9, 30))
    client.force_login(reviewer)
    html = client.get(QUEUE).content.decode()
    assert "Over 890,000 apprehensions &lt;so far&gt;" in html
    assert "890,000" in html and ">over<" in html and "apprehensions" in html
    assert "2021-10-01 to 2022-09-30" in html
    assert "Mark Morgan" in html


@pytest.mark.parametrize("filter_by", ["source", "speaker", "statistic", "unit"])
def test_it_filters_by_source_speaker_statistic_and_unit(client, reviewer, suggested, make_speaker, make_statistic,
                                                          filter_by):
    wanted = suggested(speaker=make_speaker(), statistic=make_statistic(), unit="gotaways")
    suggested(speaker=make_speaker(), statistic=make_statistic(), unit="apprehensions")
    params = {
        "source": {"source__id__exact": wanted.source_id},
        "speaker": {"speaker__id__exact": wanted.speaker_id},
        "statistic": {"statistic__id__exact": wanted.statistic_id},
        "unit": {"unit": "gotaways"},
    }[filter_by]
    client.force_login(reviewer)
    response = client.get(QUEUE, params)
    assert response.status_code == 200
    assert listed(response) == [wanted.pk]


def test_bulk_accept_moves_the_selected_claims_to_in_review_and_records_who(client, reviewer, suggested):
    a, b, untouched = suggested(), suggested(), suggested()
    client.force_login(reviewer)
    response = client.post(QUEUE, {"action": "accept_claims", "_selected_action": [a.pk, b.pk]}, follow=True)
    assert response.status_code == 200
    assert "2 claims moved to in review" in response.content.decode()
    assert set(Claim.objects.filter(status=S.IN_REVIEW).values_list("pk", flat=True)) == {a.pk, b.pk}
    assert Claim.objects.get(pk=untouched.pk).status == S.SUGGESTED
    changes = StatusChange.objects.filter(claim__in=[a, b])
    assert {(c.from_status, c.to_status, c.by_id) for c in changes} == {("suggested", "in_review", reviewer.pk)}
    assert changes.count() == 2
    assert listed(client.get(QUEUE)) == [untouched.pk]


def test_bulk_reject_rejects_the_selected_claims(client, reviewer, suggested):
    a, b = suggested(), suggested()
    client.force_login(reviewer)
    client.post(QUEUE, {"action": "reject_claims", "_selected_action": [a.pk]})
    assert Claim.objects.get(pk=a.pk).status == S.REJECTED
    assert Claim.objects.get(pk=b.pk).status == S.SUGGESTED
    assert StatusChange.objects.get(claim=a).by == reviewer


def test_the_queue_offers_only_accept_and_reject(client, reviewer, editor, suggested):
    suggested()
    for user in (reviewer, editor):
        client.force_login(user)
        actions = [name for name, _ in client.get(QUEUE).context["action_form"].fields["action"].choices if name]
        assert actions == ["accept_claims", "reject_claims"]


def test_a_crafted_publish_action_on_the_queue_changes_nothing(client, editor, suggested):
    claim = suggested()
    client.force_login(editor)
    client.post(QUEUE, {"action": "publish_claims", "_selected_action": [claim.pk]})
    assert Claim.objects.get(pk=claim.pk).status == S.SUGGESTED
    assert not StatusChange.objects.exists()


def test_the_queue_has_no_add_or_delete(client, reviewer, editor, suggested):
    claim = suggested()
    client.force_login(editor)
    assert client.get(reverse("admin:claims_suggestedclaim_add")).status_code == 403
    assert client.post(reverse("admin:claims_suggestedclaim_delete", args=[claim.pk]),
                       {"post": "yes"}).status_code == 403
    assert Claim.objects.filter(pk=claim.pk).exists()


def test_someone_without_a_role_cannot_see_the_queue(client, outsider, suggested):
    suggested()
    client.force_login(outsider)
    response = client.get(QUEUE)
    assert response.status_code == 302 and "login" in response["Location"]


def test_the_queue_costs_the_same_queries_for_three_rows_or_thirty(client, reviewer, suggested, make_speaker,
                                                                    make_statistic, django_assert_num_queries):
    client.force_login(reviewer)

    def add(n):
        for _ in range(n):
            suggested(speaker=make_speaker(), statistic=make_statistic())

    add(3)
    client.get(QUEUE)  # warm the session and content types
    with django_assert_num_queries(QUEUE_QUERIES):
        assert len(listed(client.get(QUEUE))) == 3
    add(27)
    with django_assert_num_queries(QUEUE_QUERIES):
        assert len(listed(client.get(QUEUE))) == 30


# Session, user, groups, the user's permissions (two), two counts, the page of rows
# (speaker and source joined), and one query each for the source, speaker, statistic and
# unit filters' choices.
QUEUE_QUERIES = 12


def test_each_row_shows_how_many_findings_wait_for_a_decision_at_no_extra_query(
        client, reviewer, suggested, django_assert_num_queries):
    from claims.models import Finding

    busy, calm = suggested(), suggested()
    for n in range(3):
        Finding.objects.create(claim=busy, kind="conflicts", key=f"claim:{n}", explanation="Another source differs.")
    Finding.objects.create(claim=busy, kind="corroborates", key="done", explanation="x", status="rejected")
    client.force_login(reviewer)
    client.get(QUEUE)
    with django_assert_num_queries(QUEUE_QUERIES):
        response = client.get(QUEUE)
    rows = {c.pk: c.proposed_findings for c in response.context["cl"].result_list}
    assert rows == {busy.pk: 3, calm.pk: 0}
    html = response.content.decode()
    assert '<td class="field-findings_proposed">3</td>' in html
    assert '<td class="field-findings_proposed">—</td>' in html
