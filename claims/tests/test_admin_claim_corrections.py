"""The admin's claim form: a published claim's figure, period, verdict or explanation changes
only with a reason, which the corrections log keeps."""
import pytest
from django.urls import reverse

from claims.models import Claim, Correction
from claims.tests.admin_forms import change_form_data

pytestmark = pytest.mark.django_db


@pytest.fixture
def published(make_claim):
    return make_claim("890000", "over", unit="apprehensions", verdict="accurate", verdict_explanation="Checked.")


def _post(client, claim, **changes):
    url = reverse("admin:claims_claim_change", args=[claim.pk])
    data = change_form_data(client.get(url))
    data.update(changes)
    return client.post(url, data)


def test_a_verdict_change_without_a_reason_is_refused_naming_the_field(client, editor, published):
    client.force_login(editor)
    response = _post(client, published, verdict="false")
    assert response.status_code == 200
    assert "change_reason" in response.context["adminform"].form.errors
    assert Claim.objects.get(pk=published.pk).verdict == "accurate" and not Correction.objects.exists()


def test_with_a_reason_it_is_saved_and_logged(client, editor, published):
    client.force_login(editor)
    response = _post(client, published, value="990000", change_reason="The figure was misread.")
    assert response.status_code == 302
    correction = Correction.objects.get()
    assert (correction.field, correction.new, correction.reason, correction.user) == (
        "figure", "over 990,000 apprehensions", "The figure was misread.", editor)


def test_other_fields_need_no_reason(client, reviewer, published):
    client.force_login(reviewer)
    assert _post(client, published, place="Texas").status_code == 302
    assert Claim.objects.get(pk=published.pk).place == "Texas" and not Correction.objects.exists()


def test_an_unpublished_claim_needs_no_reason(client, editor, make_claim):
    claim = make_claim(status=Claim.Status.IN_REVIEW)
    client.force_login(editor)
    assert _post(client, claim, verdict="false").status_code == 302
    assert not Correction.objects.exists()
