"""The dashboard on the admin index: review tallies and the latest ingestion jobs."""
import datetime

import pytest
from django.urls import reverse
from django.utils import timezone

from claims.models import Claim, Evidence, IngestionJob

pytestmark = pytest.mark.django_db
INDEX = reverse("admin:index")
S = Claim.Status


def monday_noon():
    today = timezone.localdate()
    monday = today - datetime.timedelta(days=today.weekday())
    return timezone.make_aware(datetime.datetime.combine(monday, datetime.time(12)))


@pytest.fixture
def desk(make_claim, make_source):
    for _ in range(3):
        make_claim(status=S.SUGGESTED)
    make_claim(status=S.SUGGESTED, duplicate_of=make_claim(status=S.REJECTED))
    for _ in range(2):
        make_claim(status=S.IN_REVIEW)
    make_claim(status=S.PUBLISHED, published_at=monday_noon())
    make_claim(status=S.PUBLISHED, published_at=monday_noon() - datetime.timedelta(days=1))  # last week
    conflicted = make_claim(status=S.PUBLISHED, published_at=timezone.now())
    Evidence.objects.create(claim=conflicted, source=make_source(), stance="conflicts")
    Claim.objects.filter(pk=conflicted.pk).update(conflicting_count=1)
    IngestionJob.objects.create(kind="url", url="https://news.example.org/failed", status="failed",
                                error="The page <could not> be fetched")
    for n in range(11):
        IngestionJob.objects.create(kind="text", title=f"Job {n}", status="done")


def test_the_index_shows_the_review_tallies(client, reviewer, desk):
    client.force_login(reviewer)
    response = client.get(INDEX)
    assert response.status_code == 200
    assert response.context["dashboard"]["counts"] == {
        "waiting": 3, "in_review": 2, "published_recently": 2, "conflicting": 1,
    }
    html = response.content.decode()
    assert '<strong class="fc-waiting">3</strong> waiting for review' in html
    assert '<strong class="fc-published">2</strong> published this week' in html
    assert reverse("admin:claims_claim_changelist") + "?conflicting=yes" in html


def test_the_conflicting_link_lists_those_claims(client, reviewer, desk):
    client.force_login(reviewer)
    response = client.get(reverse("admin:claims_claim_changelist"), {"conflicting": "yes"})
    assert [c.conflicting_count for c in response.context["cl"].result_list] == [1]


def test_the_index_lists_the_latest_ten_ingestion_jobs_with_their_status(client, editor, desk):
    client.force_login(editor)
    response = client.get(INDEX)
    jobs = response.context["dashboard"]["jobs"]
    assert [j.title for j in jobs] == [f"Job {n}" for n in range(10, 0, -1)]
    IngestionJob.objects.filter(title__in=["Job 10", "Job 9"]).delete()
    html = client.get(INDEX).content.decode()
    assert "The page &lt;could not&gt; be fetched" in html and "Failed" in html


def test_the_dashboard_costs_a_fixed_number_of_queries(client, reviewer, desk, make_claim, django_assert_num_queries):
    client.force_login(reviewer)
    client.get(INDEX)
    with django_assert_num_queries(DASHBOARD_QUERIES):
        client.get(INDEX)
    for _ in range(5):
        make_claim(status=S.SUGGESTED)
        IngestionJob.objects.create(kind="text", status="queued")
    with django_assert_num_queries(DASHBOARD_QUERIES):
        assert client.get(INDEX).context["dashboard"]["counts"]["waiting"] == 8


def test_an_empty_desk_says_so(client, reviewer):
    client.force_login(reviewer)
    html = client.get(INDEX).content.decode()
    assert "No ingestion jobs yet." in html


# Session, user, groups, the user's model permissions (two, for apps such as authtoken),
# the tallies (one aggregate), the jobs and the admin's own "recent actions".
DASHBOARD_QUERIES = 8
