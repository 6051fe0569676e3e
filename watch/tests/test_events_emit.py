"""Events from the services where things happen, to a real receiver on 127.0.0.1, each signed.

claims.services (publish, verdict change, correction, a statistic's new claim), the
consistency engine (a repeat of a figure rated false) and official releases (a revision
behind a published verdict) call watch.services.emit; the delivery goes out when the
transaction commits.
"""
import datetime
from decimal import Decimal as D

import pytest
from django.db import transaction

from claims import services
from claims.consistency import check_claim, finding_accept
from claims.consistency.releases import release_import
from claims.models import Claim, Finding
from watch.models import Delivery
from watch.services import emit, events_emit

pytestmark = pytest.mark.django_db
S = Claim.Status

# The BLS's September 2023 payroll change: 336,000 on 6 October 2023, revised to 297,000 on
# 3 November 2023 (data/series/README.md).
SEP = (datetime.date(2023, 9, 1), datetime.date(2023, 9, 30))
OCT6, NOV3 = datetime.date(2023, 10, 6), datetime.date(2023, 11, 3)
BLS = "U.S. Bureau of Labor Statistics"


def _release(stat, value, released_on):
    url = f"https://www.bls.gov/news.release/archives/empsit_{released_on:%m%d%Y}.htm"
    return release_import(publisher=BLS, url=url, released_on=released_on, content=f"{SEP}:{value}",
                          rows=[dict(statistic=stat, period_start=SEP[0], period_end=SEP[1], value=D(value))])


@pytest.fixture
def payrolls(make_statistic):
    return make_statistic("Payroll change", slug="payrolls", unit="jobs", measure="count", measure_term="jobs")


@pytest.fixture
def commit(django_capture_on_commit_callbacks):
    """Run the callbacks a block's writes queue for commit, as a real commit would (nested ones too)."""
    return lambda: django_capture_on_commit_callbacks(execute=True)


def _signed(receiver, subscription, event):
    (request,) = [r for r in receiver.requests if r.json["event"] == event]
    assert request.valid_signature(subscription.secret)
    assert request.headers["X-Factcheck-Event"] == event
    assert request.headers["X-Factcheck-Delivery"] == request.json["id"]
    assert request.headers["Content-Type"] == "application/json"
    return request.json


def test_publishing_a_claim_sends_claim_published_with_the_claim_as_the_api_shows_it(
        receiver, subscribe, make_claim, editor, editor_api, commit, settings):
    settings.SITE_URL = "http://testserver"  # the API's links are on the request's host
    subscription = subscribe(events=["claim.published"])
    claim = make_claim(status=S.IN_REVIEW)
    with commit():
        services.claim_transition(claim=claim, to_status=S.PUBLISHED, user=editor)
    body = _signed(receiver, subscription, "claim.published")
    assert list(body) == ["event", "id", "created_at", "claim"]
    assert body["claim"] == editor_api.get(f"/api/v1/claims/{claim.pk}/").json()
    delivery = Delivery.objects.get()
    assert body["id"] == str(delivery.pk) and body["created_at"].startswith(f"{delivery.created_at:%Y-%m-%dT%H:%M}")
    assert (delivery.status, delivery.status_code, delivery.attempts) == ("delivered", 204, 1)


def test_a_verdict_change_on_a_published_claim_sends_claim_verdict_changed_and_claim_corrected(
        receiver, subscribe, make_claim, editor, commit):
    subscription = subscribe(events=["claim.verdict_changed", "claim.corrected"])
    claim = make_claim(verdict="accurate")
    with commit():
        services.claim_update(claim=claim, user=editor, data={"verdict": "misleading"},
                              change_reason="The official series was revised.")
    assert sorted(receiver.events()) == ["claim.corrected", "claim.verdict_changed"]
    changed = _signed(receiver, subscription, "claim.verdict_changed")
    assert changed["changes"] == {"verdict": {"from": "accurate", "to": "misleading"}}
    assert changed["claim"]["verdict"] == "misleading"
    corrected = _signed(receiver, subscription, "claim.corrected")
    assert corrected["changes"] == {"verdict": {"from": "accurate", "to": "misleading"}}
    assert corrected["reason"] == "The official series was revised."


def test_a_figure_change_on_a_published_claim_sends_claim_corrected_with_what_changed(
        receiver, subscribe, make_claim, editor, commit):
    subscription = subscribe(events=["claim.corrected", "claim.verdict_changed"])
    claim = make_claim("1000", period_start=SEP[0], period_end=SEP[1])
    with commit():
        services.claim_update(claim=claim, user=editor,
                              data={"value": D(1200), "period_end": datetime.date(2023, 10, 31)},
                              change_reason="The article was corrected.")
    body = _signed(receiver, subscription, "claim.corrected")
    assert body["changes"] == {
        "value": {"from": "1000", "to": "1200"},
        "lower_bound": {"from": "500", "to": "1150"},  # the bounds a round figure stands for (claims.figures)
        "upper_bound": {"from": "1500", "to": "1250"},
        "period_end": {"from": "2023-09-30", "to": "2023-10-31"},
    }
    assert receiver.events() == ["claim.corrected"]  # the verdict did not change


def test_changes_to_a_claim_not_yet_published_send_nothing(receiver, subscribe, make_claim, editor, commit):
    subscribe(events=["claim.corrected", "claim.verdict_changed", "claim.published"])
    claim = make_claim(status=S.IN_REVIEW)
    with commit():
        services.claim_update(claim=claim, user=editor, data={"verdict": "false", "value": D(5)})
    assert receiver.requests == [] and not Delivery.objects.exists()


def test_a_claim_published_on_a_watched_statistic_sends_statistic_new_claim_to_its_watchers_only(
        receiver, subscribe, make_claim, make_statistic, editor, payrolls, commit):
    watching = subscribe(events=["statistic.new_claim"], statistic=payrolls)
    subscribe(events=["statistic.new_claim"], statistic=make_statistic("Another"))
    claim = make_claim(status=S.IN_REVIEW, statistic=payrolls)
    with commit():
        services.claim_transition(claim=claim, to_status=S.PUBLISHED, user=editor)
    body = _signed(receiver, watching, "statistic.new_claim")
    assert body["claim"]["statistic"]["slug"] == "payrolls"
    assert Delivery.objects.get().subscription == watching


def test_speaker_and_search_filters_choose_the_claims_sent(
        receiver, subscribe, make_claim, make_speaker, editor, commit):
    mayor = make_speaker("Mayor Smith")
    by_speaker = subscribe(speaker=mayor)
    by_search = subscribe(search="ferries")
    first = make_claim(status=S.IN_REVIEW, speaker=mayor, quote="The city counted 1000 riders on its buses.")
    second = make_claim(status=S.IN_REVIEW, quote="The city counted 1000 riders on its ferries.")
    with commit():
        services.claim_transition(claim=first, to_status=S.PUBLISHED, user=editor)
        services.claim_transition(claim=second, to_status=S.PUBLISHED, user=editor)
    sent = {(d.subscription_id, d.claim_id) for d in Delivery.objects.all()}
    assert sent == {(by_speaker.pk, first.pk), (by_search.pk, second.pk)}


def test_a_claim_repeating_a_figure_rated_false_sends_claim_repeated(
        receiver, subscribe, make_claim, make_source, payrolls, commit):
    subscription = subscribe(events=["claim.repeated"])
    period = dict(statistic=payrolls, unit="jobs", period_start=SEP[0], period_end=SEP[1])
    rated = make_claim("500000", verdict="false", stated_on=OCT6, **period)
    repeat = make_claim("500000", status=S.SUGGESTED, stated_on=NOV3, **period)
    with commit():
        check_claim(claim_id=repeat.pk)
    body = _signed(receiver, subscription, "claim.repeated")
    assert body["claim"]["id"] == repeat.pk and body["claim"]["status"] == "suggested"
    assert body["repeats"]["id"] == rated.pk and body["repeats"]["verdict"] == "false"
    assert body["explanation"] == Finding.objects.get(claim=repeat, kind="repeat").explanation
    with commit():
        check_claim(claim_id=repeat.pk)  # found again: not news
    assert len(receiver.requests) == 1


def test_a_repeat_of_a_figure_rated_accurate_sends_nothing(receiver, subscribe, make_claim, payrolls, commit):
    subscribe(events=["claim.repeated"])
    period = dict(statistic=payrolls, unit="jobs", period_start=SEP[0], period_end=SEP[1])
    make_claim("336000", verdict="accurate", stated_on=OCT6, **period)
    repeat = make_claim("336000", status=S.SUGGESTED, stated_on=NOV3, **period)
    with commit():
        check_claim(claim_id=repeat.pk)
    assert Finding.objects.filter(claim=repeat, kind="repeat").exists()
    assert receiver.requests == []


def test_a_release_revising_a_figure_behind_a_published_verdict_sends_official_revised(
        receiver, subscribe, make_claim, editor, payrolls, commit):
    subscription = subscribe(events=["official.revised"])
    _release(payrolls, "336000", OCT6)
    claim = make_claim("336000", statistic=payrolls, unit="jobs", quote="Nonfarm payrolls increased by 336,000",
                       period_start=SEP[0], period_end=SEP[1], stated_on=OCT6)
    with commit():
        check_claim(claim_id=claim.pk)
        finding_accept(finding_id=Finding.objects.get(claim=claim, kind="verdict").pk, user=editor)
    with commit():
        _release(payrolls, "297000", NOV3)
    body = _signed(receiver, subscription, "official.revised")
    assert body["claim"]["id"] == claim.pk and body["claim"]["verdict"] == "accurate"
    assert body["official_figure"] == {"statistic": payrolls.pk, "period_start": "2023-09-01",
                                       "period_end": "2023-09-30", "from": "336000", "to": "297000"}
    assert body["release"]["publisher"] == BLS and body["release"]["released_on"] == "2023-11-03"
    assert body["explanation"] == Finding.objects.get(claim=claim, kind="revision").explanation


def test_a_rolled_back_change_sends_nothing(receiver, subscribe, make_claim, editor, commit):
    subscribe(events=["claim.published"])
    claim = make_claim(status=S.IN_REVIEW)
    with commit():
        try:
            with transaction.atomic():
                services.claim_transition(claim=claim, to_status=S.PUBLISHED, user=editor)
                raise RuntimeError("the rest of the request failed")
        except RuntimeError:
            pass
    assert receiver.requests == [] and not Delivery.objects.exists()
    claim.refresh_from_db()
    assert claim.status == S.IN_REVIEW


def test_a_paused_subscription_or_one_whose_owner_lost_their_role_gets_nothing(
        receiver, subscribe, make_claim, editor, reviewer, commit):
    paused = subscribe()
    paused.active = False
    paused.save()
    former = subscribe(user=reviewer)
    reviewer.groups.clear()
    with commit():
        emit("claim.published", claim=make_claim())
    assert receiver.requests == []
    assert not Delivery.objects.filter(subscription__in=[paused, former]).exists()


def test_an_unknown_event_is_a_programming_error():
    with pytest.raises(ValueError, match="unknown event"):
        emit("claim.exploded")


def test_events_emit_with_no_subscriber_costs_one_query_and_stores_nothing(make_claim, django_assert_num_queries):
    claim = make_claim()
    with django_assert_num_queries(1):  # the active subscriptions
        assert events_emit(event="claim.published", claim_id=claim.pk, extra={}) == []


def test_the_correction_hook_carries_the_reason_it_is_given(receiver, subscribe, make_claim, commit):
    from watch.services import claim_corrected

    subscription = subscribe(events=["claim.corrected"])
    claim = make_claim()
    with commit():
        claim_corrected(claim=claim, changes={"verdict": ("false", "misleading")},
                        reason="The agency's revised series was used.")
    body = _signed(receiver, subscription, "claim.corrected")
    assert body["changes"] == {"verdict": {"from": "false", "to": "misleading"}}
    assert body["reason"] == "The agency's revised series was used."
