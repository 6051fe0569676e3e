"""Every admin page renders for a staff user, and for reviewers by role."""
import pytest
from django.urls import reverse

from claims.models import Appearance, Claim, Evidence, IngestionJob, Speaker, Statistic, StatusChange
from sources.models import Source

pytestmark = pytest.mark.django_db

MODELS = [Source, Speaker, Statistic, Claim, Evidence, Appearance, StatusChange, IngestionJob]


@pytest.fixture
def demo(load_demo, db):
    load_demo()
    claim = Claim.objects.get(value=336000)
    other = Source.objects.exclude(pk=claim.source_id).first()
    Evidence.objects.create(claim=claim, source=other, stance="context", note="A test link.")
    Appearance.objects.create(claim=claim, source=Source.objects.exclude(pk=claim.source_id).first(), quote="q")
    StatusChange.objects.create(claim=claim, from_status="in_review", to_status="published")
    IngestionJob.objects.create(kind="text", content="Some text", status="done")


def _url(model, action, *args):
    return reverse(f"admin:{model._meta.app_label}_{model._meta.model_name}_{action}", args=args)


@pytest.mark.parametrize("model", MODELS, ids=lambda m: m.__name__)
def test_list_add_and_change_pages_render_for_staff(client, superuser, demo, model):
    client.force_login(superuser)
    assert client.get(_url(model, "changelist")).status_code == 200
    assert client.get(_url(model, "changelist"), {"q": "border"}).status_code == 200
    obj = model.objects.first()
    assert client.get(_url(model, "change", obj.pk)).status_code == 200
    add = client.get(_url(model, "add"))
    assert add.status_code == (403 if model in (StatusChange,) else 200)


@pytest.mark.parametrize("model", [Source, Claim, Evidence], ids=lambda m: m.__name__)
def test_history_pages_render(client, superuser, demo, model):
    client.force_login(superuser)
    obj = model.objects.first()
    response = client.get(_url(model, "history", obj.pk))
    assert response.status_code == 200


def test_a_reviewer_without_staff_flag_gets_in(client, reviewer, demo):
    client.force_login(reviewer)
    assert client.get(reverse("admin:index")).status_code == 200
    assert client.get(_url(Claim, "changelist")).status_code == 200
    claim = Claim.objects.first()
    assert client.get(_url(Claim, "delete", claim.pk)).status_code == 403


def test_a_user_without_a_role_is_sent_to_login(client, outsider):
    client.force_login(outsider)
    response = client.get(reverse("admin:index"))
    assert response.status_code == 302 and "login" in response["Location"]


def test_the_claim_form_fills_bounds_from_the_qualifier_and_refuses_bad_ones(client, superuser, make_claim):
    client.force_login(superuser)
    claim = make_claim(value="100")
    data = {
        "quote": claim.quote, "source": claim.source_id, "value": "890000", "unit": "apprehensions",
        "qualifier": "over", "status": "published", "verdict": "", "lower_bound": "", "upper_bound": "",
        "evidence-TOTAL_FORMS": 0, "evidence-INITIAL_FORMS": 0, "appearances-TOTAL_FORMS": 0,
        "appearances-INITIAL_FORMS": 0, "edit_version": str(claim.version),
        "change_reason": "The figure was misread.",  # the claim is published: a correction
    }
    response = client.post(_url(Claim, "change", claim.pk), data)
    assert response.status_code == 302, response.context["adminform"].form.errors if response.context else response
    claim.refresh_from_db()
    assert (claim.lower_bound, claim.upper_bound) == (890000, 900000)
    data["edit_version"] = str(claim.version)
    bad = client.post(_url(Claim, "change", claim.pk), {**data, "lower_bound": "900001", "period_start": "2024-02-01",
                                                        "period_end": "2024-01-01"})
    assert bad.status_code == 200
    form = bad.context["adminform"].form
    assert "lower_bound" in form.errors
    claim.refresh_from_db()
    assert claim.lower_bound == 890000
