"""One write path: the same figure written through every channel (API create and update,
admin add and change, ingestion, the demo import) gets the same bounds, the same
consistency check queued and the same history entry."""
from decimal import Decimal

import pytest
from django.urls import reverse
from rest_framework.test import APIClient

from claims.models import Claim
from claims.tests.admin_forms import change_form_data

# "over 890,000": precise to the ten thousand, so 890,000 to 900,000 (claims.figures).
BOUNDS = (Decimal(890000), Decimal(900000))
CHECK = "claims.tasks.check_claim_consistency"
QUOTE = "Border Patrol has apprehended over 890,000 immigrants so far this fiscal year, officials said."


@pytest.fixture
def committed(django_capture_on_commit_callbacks, queued_tasks):
    """Run a write and what it queues on commit (eagerly); return the tasks that ran."""
    def run(write):
        with django_capture_on_commit_callbacks(execute=True):
            result = write()
        return result
    return run


def api(user) -> APIClient:
    client = APIClient()
    client.force_authenticate(user)
    return client


def assert_written(claim: Claim, queued_tasks, *, user, reason: str, history_type: str):
    claim.refresh_from_db()
    assert (claim.value, claim.qualifier) == (Decimal(890000), "over")
    assert (claim.lower_bound, claim.upper_bound) == BOUNDS
    assert (CHECK, (claim.pk,)) in queued_tasks
    entry = claim.history.order_by("-history_id").first()
    assert (entry.history_type, entry.history_user, entry.history_change_reason) == (history_type, user, reason)
    assert (entry.value, entry.lower_bound, entry.upper_bound) == (Decimal(890000), *BOUNDS)


def test_api_create(committed, queued_tasks, reviewer, make_source):
    source = make_source(text=QUOTE)
    response = committed(lambda: api(reviewer).post("/api/v1/claims/", {
        "quote": QUOTE, "source": source.pk, "value": "890000", "qualifier": "over", "unit": "apprehensions",
    }, format="json"))
    assert response.status_code == 201, response.content
    assert_written(Claim.objects.get(pk=response.json()["id"]), queued_tasks, user=reviewer, reason="created",
                   history_type="+")


def test_api_update(committed, queued_tasks, reviewer, make_claim):
    claim = make_claim("1000", status=Claim.Status.SUGGESTED)
    client = api(reviewer)
    etag = client.get(f"/api/v1/claims/{claim.pk}/")["ETag"]
    response = committed(lambda: client.patch(f"/api/v1/claims/{claim.pk}/", {"value": "890000", "qualifier": "over"},
                                              format="json", HTTP_IF_MATCH=etag))
    assert response.status_code == 200, response.content
    assert_written(claim, queued_tasks, user=reviewer, reason="edited", history_type="~")


def test_admin_add(committed, queued_tasks, client, reviewer, make_source):
    source = make_source(text=QUOTE)
    client.force_login(reviewer)
    data = change_form_data(client.get(reverse("admin:claims_claim_add")))
    data.update(quote=QUOTE, source=source.pk, value="890000", qualifier="over", unit="apprehensions")
    response = committed(lambda: client.post(reverse("admin:claims_claim_add"), data))
    assert response.status_code == 302, response.context["adminform"].form.errors
    assert_written(Claim.objects.get(), queued_tasks, user=reviewer, reason="created", history_type="+")


def test_admin_change(committed, queued_tasks, client, reviewer, make_claim):
    claim = make_claim("1000", status=Claim.Status.SUGGESTED)
    client.force_login(reviewer)
    url = reverse("admin:claims_claim_change", args=[claim.pk])
    data = change_form_data(client.get(url))
    data.update(value="890000", qualifier="over")  # the bounds shown are the old figure's: they follow it
    response = committed(lambda: client.post(url, data))
    assert response.status_code == 302, response.context["adminform"].form.errors
    assert_written(claim, queued_tasks, user=reviewer, reason="edited", history_type="~")


def test_ingestion(committed, queued_tasks, reviewer):
    response = committed(lambda: api(reviewer).post("/api/v1/ingestions/", {"text": QUOTE}, format="json"))
    assert response.status_code == 202, response.content
    claim = Claim.objects.get(figure_text="890,000")
    assert_written(claim, queued_tasks, user=reviewer, reason="created", history_type="+")


def test_the_demo_import(load_demo, queued_tasks):
    load_demo()
    claim = Claim.objects.get(value=890000)
    claim.refresh_from_db()
    assert (claim.lower_bound, claim.upper_bound) == BOUNDS
    assert (CHECK, (claim.pk,)) in queued_tasks
    created = claim.history.get(history_type="+")
    assert (created.history_user, created.history_change_reason) == (None, "created")
    assert (created.lower_bound, created.upper_bound) == BOUNDS
