"""Subscriptions and deliveries in the admin: each user's own only, saved through watch.services, no secret shown."""
import pytest

from watch.models import Delivery, Subscription

pytestmark = pytest.mark.django_db
LIST = "/admin/watch/subscription/"


def test_a_reviewer_sees_their_own_subscriptions_and_deliveries_only(client, reviewer, editor, subscribe):
    mine = subscribe(user=reviewer, search="mine")
    theirs = subscribe(user=editor, search="theirs")
    Delivery.objects.create(subscription=mine, event="claim.published")
    Delivery.objects.create(subscription=theirs, event="claim.corrected")
    client.force_login(reviewer)
    listed = client.get(LIST)
    assert listed.status_code == 200
    assert listed.context["cl"].result_count == 1 and list(listed.context["cl"].result_list) == [mine]
    page = client.get(f"{LIST}{mine.pk}/change/")
    assert page.status_code == 200 and mine.secret not in page.content.decode()
    assert client.get(f"{LIST}{theirs.pk}/change/").status_code == 302  # "does not exist": back to the index
    deliveries = client.get("/admin/watch/delivery/")
    assert [d.event for d in deliveries.context["cl"].result_list] == ["claim.published"]


def test_adding_one_goes_through_the_service_and_its_checks(client, reviewer, receiver, settings):
    client.force_login(reviewer)
    response = client.post(f"{LIST}add/", {"target_url": receiver.url, "events": ["claim.published", "claim.corrected"],
                                           "search": "", "digest": "none", "active": "on"})
    assert response.status_code == 302, response.context["adminform"].form.errors
    subscription = Subscription.objects.get()
    assert subscription.owner == reviewer and subscription.events == ["claim.published", "claim.corrected"]
    settings.WEBHOOK_ALLOW_PRIVATE_URLS = False
    refused = client.post(f"{LIST}add/", {"target_url": receiver.url, "events": ["claim.published"],
                                          "search": "", "digest": "none", "active": "on"})
    assert refused.status_code == 200 and Subscription.objects.count() == 1
    assert refused.context["adminform"].form.errors == {"target_url": ["127.0.0.1 is not a public address."]}
