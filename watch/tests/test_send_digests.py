"""Daily email digests (watch.digests, `manage.py send_digests`, the beat task): through
Django's email backend, one a day per subscription that asked for one and had events."""
import datetime
from io import StringIO

import pytest
from django.core import mail
from django.core.management import call_command
from django.utils import timezone

from watch.digests import digests_send
from watch.models import Delivery

pytestmark = pytest.mark.django_db


@pytest.fixture
def owner_with_email(editor):
    editor.email = "eddie@example.org"
    editor.save()
    return editor


def _delivered(subscription, claim, event="claim.published", **fields):
    from watch.payloads import claim_data

    return Delivery.objects.create(subscription=subscription, event=event, claim=claim,
                                   payload={"claim": claim_data(claim.pk)}, status="delivered", **fields)


def test_a_daily_digest_lists_the_days_events_once(subscribe, owner_with_email, make_claim, settings):
    settings.SITE_NAME = "Checkers"
    subscription = subscribe(user=owner_with_email, digest="daily", events=["claim.published", "claim.corrected"])
    claim = make_claim("890000", "over", unit="apprehensions")
    _delivered(subscription, claim)
    _delivered(subscription, claim, event="claim.corrected")
    Delivery.objects.create(subscription=subscription, event="ping")  # tests of the receiver are not news

    assert digests_send() == 1

    (message,) = mail.outbox
    assert message.to == ["eddie@example.org"] and message.subject == "[Checkers] 2 event(s) you follow"
    lines = message.body.splitlines()
    assert lines[0] == ("2 event(s) for your subscription to claim.published, claim.corrected "
                        f"({subscription.target_url}):")
    assert [line.split(" ", 3)[3] for line in lines[2:]] == [
        f"claim.published: over 890,000 apprehensions {settings.SITE_URL}{claim.get_absolute_url()}",
        f"claim.corrected: over 890,000 apprehensions {settings.SITE_URL}{claim.get_absolute_url()}",
    ]
    assert digests_send() == 0  # not again the same day
    assert len(mail.outbox) == 1


def test_a_day_later_only_the_new_events_are_sent(subscribe, owner_with_email, make_claim):
    subscription = subscribe(user=owner_with_email, digest="daily")
    _delivered(subscription, make_claim())
    digests_send()
    _delivered(subscription, make_claim(quote="The next day's claim"))
    assert digests_send(now=timezone.now() + datetime.timedelta(days=1, minutes=1)) == 1
    assert len(mail.outbox) == 2 and mail.outbox[1].subject.endswith(" 1 event(s) you follow")


def test_no_digest_without_asking_without_events_or_without_an_address(subscribe, owner_with_email, reviewer,
                                                                       make_claim):
    _delivered(subscribe(user=owner_with_email), make_claim())  # digest: none
    subscribe(user=owner_with_email, digest="daily")  # no events
    _delivered(subscribe(user=reviewer, digest="daily"), make_claim())  # the reviewer has no email address
    assert digests_send() == 0 and mail.outbox == []


def test_the_command_sends_them_and_says_how_many(subscribe, owner_with_email, make_claim):
    _delivered(subscribe(user=owner_with_email, digest="daily"), make_claim())
    out = StringIO()
    call_command("send_digests", stdout=out)
    assert out.getvalue() == "1 digest(s) sent.\n" and len(mail.outbox) == 1
