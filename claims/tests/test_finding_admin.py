"""The admin list of findings and official figures, and its accept/reject actions."""
import pytest
from django.urls import reverse

from claims.models import Evidence, Finding, OfficialFigure

pytestmark = pytest.mark.django_db


@pytest.fixture
def demo(load_demo, db):
    load_demo()


@pytest.mark.parametrize("model", [Finding, OfficialFigure], ids=lambda m: m.__name__)
def test_the_list_search_and_change_pages_render_for_reviewers(client, reviewer, demo, model):
    client.force_login(reviewer)
    base = f"admin:claims_{model._meta.model_name}"
    assert client.get(reverse(f"{base}_changelist")).status_code == 200
    assert client.get(reverse(f"{base}_changelist"), {"q": "demo"}).status_code == 200
    assert client.get(reverse(f"{base}_change", args=[model.objects.first().pk])).status_code == 200


def test_the_findings_list_does_not_grow_queries_with_rows(client, reviewer, demo, django_assert_max_num_queries):
    client.force_login(reviewer)
    with django_assert_max_num_queries(12):
        assert client.get(reverse("admin:claims_finding_changelist")).status_code == 200


def test_a_reviewer_accepts_a_finding_with_the_admin_action(client, reviewer, demo):
    client.force_login(reviewer)
    finding = Finding.objects.get(claim__value=336000, kind="conflicts")
    response = client.post(reverse("admin:claims_finding_changelist"),
                           {"action": "accept_selected", "_selected_action": [finding.pk]})
    assert response.status_code == 302
    finding.refresh_from_db()
    assert finding.status == "accepted"
    link = Evidence.objects.get(claim=finding.claim, source__url=finding.official_figure.url)
    assert (link.stance, link.value) == ("conflicts", finding.value)


def test_a_reviewer_cannot_accept_a_verdict_but_an_editor_can(client, reviewer, editor, demo):
    finding = Finding.objects.get(claim__value=336000, kind="verdict")
    client.force_login(reviewer)
    client.post(reverse("admin:claims_finding_changelist"),
                {"action": "accept_selected", "_selected_action": [finding.pk]})
    assert Finding.objects.get(pk=finding.pk).status == "proposed"
    client.force_login(editor)
    client.post(reverse("admin:claims_finding_changelist"),
                {"action": "reject_selected", "_selected_action": [finding.pk]})
    assert Finding.objects.get(pk=finding.pk).status == "rejected"


def test_outsiders_see_no_findings(client, outsider, demo):
    client.force_login(outsider)
    assert client.get(reverse("admin:claims_finding_changelist")).status_code == 302
