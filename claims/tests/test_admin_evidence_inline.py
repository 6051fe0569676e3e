"""Evidence edited inline on the claim page: source by autocomplete, stance, figure, note."""
import pytest
from django.urls import reverse

from claims.models import Claim, Evidence
from claims.services import refresh_evidence_counts
from claims.tests.admin_forms import change_form_data

pytestmark = pytest.mark.django_db


def change_url(claim):
    return reverse("admin:claims_claim_change", args=[claim.pk])


def with_new_evidence(data, index, **fields):
    data = dict(data)
    data["evidence-TOTAL_FORMS"] = str(int(data["evidence-TOTAL_FORMS"]) + 1)
    data.update({f"evidence-{index}-{k}": v for k, v in fields.items()})
    data[f"evidence-{index}-claim"] = data.get("evidence-0-claim", "")
    return data


def test_the_inline_offers_source_autocomplete_stance_figure_and_note(client, reviewer, make_claim, make_source):
    claim = make_claim()
    Evidence.objects.create(claim=claim, source=make_source(), stance="conflicts")
    client.force_login(reviewer)
    formset = client.get(change_url(claim)).context["inline_admin_formsets"][0].formset
    form = formset.forms[0]
    assert formset.model is Evidence
    assert {"source", "stance", "value", "unit", "note"} <= set(form.fields)
    assert "admin-autocomplete" in str(form["source"])


def test_a_reviewer_adds_evidence_and_the_claim_tallies_follow(client, reviewer, make_claim, make_source):
    claim = make_claim()
    other = make_source()
    client.force_login(reviewer)
    data = change_form_data(client.get(change_url(claim)))
    data = with_new_evidence(data, 0, source=other.pk, stance="conflicts", value="950000", unit="apprehensions",
                             note="CBP's own count")
    assert client.post(change_url(claim), data).status_code == 302
    evidence = Evidence.objects.get(claim=claim)
    assert (evidence.source, evidence.stance, evidence.value, evidence.unit, evidence.note, evidence.added_by) == (
        other, "conflicts", 950000, "apprehensions", "CBP's own count", reviewer)
    claim.refresh_from_db()
    assert (claim.conflicting_count, claim.corroborating_count) == (1, 0)


def two_conflicting(claim, make_source):
    keep = Evidence.objects.create(claim=claim, source=make_source(), stance="conflicts")
    drop = Evidence.objects.create(claim=claim, source=make_source(), stance="conflicts")
    refresh_evidence_counts([claim.pk])
    return keep, drop


def test_an_editor_changes_and_deletes_inline_evidence_and_the_tallies_follow(client, editor, make_claim, make_source):
    claim = make_claim()
    keep, drop = two_conflicting(claim, make_source)
    client.force_login(editor)
    data = change_form_data(client.get(change_url(claim)))
    forms = {data[f"evidence-{i}-id"]: i for i in range(2)}
    data[f"evidence-{forms[str(keep.pk)]}-stance"] = "corroborates"
    data[f"evidence-{forms[str(drop.pk)]}-DELETE"] = "on"
    assert client.post(change_url(claim), data).status_code == 302
    assert list(Evidence.objects.filter(claim=claim).values_list("pk", "stance")) == [(keep.pk, "corroborates")]
    claim.refresh_from_db()
    assert (claim.corroborating_count, claim.conflicting_count) == (1, 0)


def test_the_same_source_twice_is_an_error_on_the_form_not_a_crash(client, reviewer, make_claim, make_source):
    claim = make_claim()
    source = make_source()
    client.force_login(reviewer)
    data = change_form_data(client.get(change_url(claim)))
    data = with_new_evidence(data, 0, source=source.pk, stance="conflicts")
    data = with_new_evidence(data, 1, source=source.pk, stance="corroborates")
    response = client.post(change_url(claim), data)
    assert response.status_code == 200
    assert "Please correct the duplicate data for source" in response.content.decode()
    assert not Evidence.objects.exists()
    assert Claim.objects.get(pk=claim.pk).conflicting_count == 0


def test_a_bad_figure_names_the_field(client, reviewer, make_claim, make_source):
    claim = make_claim()
    client.force_login(reviewer)
    data = with_new_evidence(change_form_data(client.get(change_url(claim))), 0, source=make_source().pk,
                             stance="conflicts", value="lots")
    response = client.post(change_url(claim), data)
    assert response.status_code == 200
    assert "value" in response.context["inline_admin_formsets"][0].formset.forms[0].errors
    assert not Evidence.objects.exists()


def test_a_reviewer_may_not_delete_evidence_even_with_a_crafted_post(client, reviewer, make_claim, make_source):
    claim = make_claim()
    keep, drop = two_conflicting(claim, make_source)
    client.force_login(reviewer)
    response = client.get(change_url(claim))
    assert "DELETE" not in response.context["inline_admin_formsets"][0].formset.forms[0].fields
    data = change_form_data(response)
    data.update({"evidence-0-DELETE": "on", "evidence-1-DELETE": "on"})
    client.post(change_url(claim), data)
    assert Evidence.objects.filter(claim=claim).count() == 2
    assert Claim.objects.get(pk=claim.pk).conflicting_count == 2
