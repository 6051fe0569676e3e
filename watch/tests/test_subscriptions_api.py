"""/api/v1/subscriptions/: reviewers and editors, each with their own subscriptions only;
the secret once, at creation; deliveries and a test ping."""
import pytest
from django.contrib.auth.models import User

from claims.api.tests.conftest import _client_for
from watch.models import Delivery, Subscription

pytestmark = pytest.mark.django_db
URL = "/api/v1/subscriptions/"


def _create(client, receiver, **data):
    data.setdefault("target_url", receiver.url)
    data.setdefault("events", ["claim.published"])
    return client.post(URL, data, format="json")


def test_an_editor_subscribes_and_sees_the_secret_once(editor_api, receiver, editor, make_statistic):
    stat = make_statistic("Border encounters", slug="border-encounters")
    response = _create(editor_api, receiver, events=["claim.published", "statistic.new_claim", "claim.published"],
                       statistic="border-encounters", search="border")
    assert response.status_code == 201
    body = response.json()
    subscription = Subscription.objects.get()
    assert subscription.owner == editor and body["secret"] == subscription.secret and len(body["secret"]) == 64
    assert body["events"] == ["claim.published", "statistic.new_claim"]
    assert body["statistic"] == {"id": stat.pk, "name": "Border encounters", "slug": "border-encounters"}
    assert body["api_url"] == f"http://testserver{URL}{subscription.pk}/"
    assert (body["search"], body["digest"], body["active"], body["paused_reason"]) == ("border", "none", True, "")
    detail = editor_api.get(f"{URL}{subscription.pk}/").json()
    assert "secret" not in detail
    assert {k: v for k, v in body.items() if k != "secret"} == detail
    listed = editor_api.get(URL).json()
    assert listed == {"next": None, "results": [detail]}


def test_a_subscription_is_this_document(editor_api, receiver, subscribe, make_speaker):
    mayor = make_speaker("Mayor Smith", slug="mayor-smith")
    subscription = subscribe(events=["claim.corrected"], speaker=mayor, digest="daily")
    url = f"http://testserver{URL}{subscription.pk}/"
    assert editor_api.get(url).json() == {
        "id": subscription.pk,
        "api_url": url,
        "deliveries_url": url + "deliveries/",
        "target_url": receiver.url,
        "events": ["claim.corrected"],
        "statistic": None,
        "speaker": {"id": mayor.pk, "name": "Mayor Smith", "slug": "mayor-smith"},
        "search": "",
        "digest": "daily",
        "active": True,
        "paused_reason": "",
        "failing_since": None,
        "created_at": subscription.created_at.isoformat().replace("+00:00", "Z"),
        "updated_at": subscription.updated_at.isoformat().replace("+00:00", "Z"),
    }


def test_a_reviewer_may_subscribe_naming_a_speaker_by_id(reviewer_api, receiver, make_speaker):
    mayor = make_speaker("Mayor Smith")
    response = _create(reviewer_api, receiver, speaker=mayor.pk)
    assert response.status_code == 201 and response.json()["speaker"]["slug"] == mayor.slug


@pytest.mark.parametrize("who", [None, "outsider"])
def test_the_public_and_users_without_a_role_cannot_subscribe_or_list(who, request, receiver):
    client = _client_for(request.getfixturevalue(who) if who else None)
    assert _create(client, receiver).status_code == (401 if who is None else 403)
    assert client.get(URL).status_code == (401 if who is None else 403)
    assert not Subscription.objects.exists()


def test_nobody_sees_or_changes_another_users_subscriptions(editor_api, reviewer_api, receiver, subscribe, editor):
    mine = subscribe(user=editor)
    theirs = f"{URL}{mine.pk}/"
    assert reviewer_api.get(URL).json()["results"] == []
    for response in (reviewer_api.get(theirs), reviewer_api.patch(theirs, {"active": False}, format="json"),
                     reviewer_api.delete(theirs), reviewer_api.get(theirs + "deliveries/"),
                     reviewer_api.post(theirs + "test/")):
        assert response.status_code == 404
        assert mine.secret not in response.content.decode()
    superuser = User.objects.create_superuser("sam", "sam@example.org", "pw-for-tests-only")
    assert _client_for(superuser).get(theirs).status_code == 404  # not even a superuser, through the API
    mine.refresh_from_db()
    assert mine.active and Delivery.objects.count() == 0


def test_patch_changes_fields_and_resuming_a_paused_subscription_clears_its_reason(
        editor_api, receiver, subscribe):
    subscription = subscribe()
    Subscription.objects.filter(pk=subscription.pk).update(active=False, paused_reason="Paused on ...")
    response = editor_api.patch(f"{URL}{subscription.pk}/", {"active": True, "events": ["claim.corrected"],
                                                              "digest": "daily"}, format="json")
    assert response.status_code == 200
    body = response.json()
    assert (body["active"], body["paused_reason"], body["events"], body["digest"]) == (
        True, "", ["claim.corrected"], "daily")
    assert "secret" not in body


def test_delete_removes_the_subscription_and_its_deliveries(editor_api, receiver, subscribe, editor):
    subscription = subscribe()
    Delivery.objects.create(subscription=subscription, event="claim.published")
    assert editor_api.delete(f"{URL}{subscription.pk}/").status_code == 204
    assert not Subscription.objects.exists() and not Delivery.objects.exists()
    assert editor_api.get(f"{URL}{subscription.pk}/").status_code == 404


@pytest.mark.parametrize("data, field, message", [
    ({"events": []}, "events", "Ensure this field has at least 1 elements."),
    ({"events": ["claim.exploded"]}, "events.0", '"claim.exploded" is not a valid choice.'),
    ({"target_url": "ftp://example.org/hook"}, "target_url", "Enter an http or https URL"),
    ({"statistic": "no-such-statistic"}, "statistic",
     'Invalid id or slug "no-such-statistic" - object does not exist.'),
    ({"speaker": True}, "speaker", "Give the speaker's id (an integer) or its slug (a string)."),
    ({"active": "yes"}, "active", "Must be a valid boolean."),
    ({"secret": "mine"}, "secret", "This field is read-only."),
    ({"owner": 1}, "owner", "Unknown field."),
])
def test_bad_input_is_a_400_naming_the_field(editor_api, receiver, data, field, message):
    response = _create(editor_api, receiver, **data)
    assert response.status_code == 400
    assert any(m.startswith(message) for m in response.json()["fields"][field]), response.json()


def test_a_private_target_is_refused_unless_allowed(editor_api, receiver, settings):
    settings.WEBHOOK_ALLOW_PRIVATE_URLS = False
    response = _create(editor_api, receiver)
    assert response.status_code == 400
    assert response.json()["fields"] == {"target_url": ["127.0.0.1 is not a public address."]}
    response = _create(editor_api, receiver, target_url="http://localhost:9/hook")
    assert response.status_code == 400 and "not a public address" in response.json()["fields"]["target_url"][0]


def test_test_sends_a_signed_ping_and_deliveries_lists_it(
        editor_api, receiver, subscribe, django_capture_on_commit_callbacks):
    subscription = subscribe()
    with django_capture_on_commit_callbacks(execute=True):
        response = editor_api.post(f"{URL}{subscription.pk}/test/")
    assert response.status_code == 202
    (request,) = receiver.requests
    assert request.valid_signature(subscription.secret)
    assert request.json["event"] == "ping" and request.json["id"] == response.json()["id"]
    assert request.json["subscription"] == subscription.pk
    listed = editor_api.get(f"{URL}{subscription.pk}/deliveries/").json()["results"]
    assert [(d["event"], d["status"], d["status_code"], d["attempts"], d["error"]) for d in listed] == [
        ("ping", "delivered", 204, 1, "")]
    assert set(listed[0]) == {"id", "event", "claim", "status", "status_code", "attempts", "error", "duration_ms",
                              "created_at", "last_attempt_at", "delivered_at"}


def test_reading_a_list_costs_a_fixed_number_of_queries(editor_api, receiver, subscribe, make_statistic,
                                                        django_assert_num_queries):
    for n in range(3):
        subscribe(statistic=make_statistic(f"Stat {n}"))
    with django_assert_num_queries(3):  # the token's user, the user's groups, the page (statistics joined)
        assert len(editor_api.get(URL).json()["results"]) == 3


def test_put_is_not_offered(editor_api, receiver, subscribe):
    subscription = subscribe()
    assert editor_api.put(f"{URL}{subscription.pk}/", {}, format="json").status_code == 405
