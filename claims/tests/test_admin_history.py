"""History in the admin: who changed which field of a claim, source or evidence link,
from what to what, and when."""
import re

import pytest
from django.urls import reverse

from claims.models import Claim, Evidence
from claims.tests.admin_forms import change_form_data

pytestmark = pytest.mark.django_db


def history_rows(client, model, pk) -> list[str]:
    url = reverse(f"admin:{model._meta.app_label}_{model._meta.model_name}_history", args=[pk])
    response = client.get(url)
    assert response.status_code == 200
    html = response.content.decode()
    rows = re.findall(r"<tr>(.*?)</tr>", html, flags=re.S)
    return [" ".join(re.sub(r"<[^>]+>", " ", row).replace("&nbsp;", " ").replace("&rarr;", "->").split()).lower()
            for row in rows]


def edit(client, url, **changes):
    data = change_form_data(client.get(url))
    response = client.post(url, {**data, **changes})
    assert response.status_code == 302, response.context["adminform"].form.errors if response.context else response


def test_a_claim_shows_who_changed_which_field_from_what_to_what(client, reviewer, editor, make_claim):
    claim = make_claim(status="in_review", place="Texas")
    client.force_login(reviewer)
    edit(client, reverse("admin:claims_claim_change", args=[claim.pk]), place="Arizona")
    client.force_login(editor)
    edit(client, reverse("admin:claims_claim_change", args=[claim.pk]), verdict="false")
    rows = history_rows(client, Claim, claim.pk)
    assert any("eddie-editor" in r and "verdict: -> false" in r for r in rows), rows
    assert any("rita-reviewer" in r and "place: texas -> arizona" in r for r in rows), rows
    record = claim.history.filter(history_user=reviewer).get()
    assert (record.place, record.prev_record.place) == ("Arizona", "Texas")
    assert record.history_date is not None


def test_a_transition_is_in_the_history_with_its_reason_and_user(client, editor, make_claim):
    claim = make_claim(status="in_review")
    client.force_login(editor)
    url = reverse("admin:claims_claim_change", args=[claim.pk])
    data = change_form_data(client.get(url))
    client.post(url, {**data, "_transition": "published"})
    rows = history_rows(client, Claim, claim.pk)
    assert any("eddie-editor" in r and "status: published" in r and "status: in_review -> published" in r
               for r in rows), rows
    # The unchanged form saved with the button adds no empty entry of its own.
    assert claim.history.count() == 2


def test_a_source_shows_its_history(client, reviewer, make_source):
    source = make_source(title="Old title")
    client.force_login(reviewer)
    edit(client, reverse("admin:sources_source_change", args=[source.pk]), title="New title")
    rows = history_rows(client, source.__class__, source.pk)
    assert any("rita-reviewer" in r and "title: old title -> new title" in r for r in rows), rows


def test_evidence_edited_inline_shows_its_history(client, reviewer, make_claim, make_source):
    claim = make_claim()
    evidence = Evidence.objects.create(claim=claim, source=make_source(), stance="conflicts", note="first")
    client.force_login(reviewer)
    url = reverse("admin:claims_claim_change", args=[claim.pk])
    edit(client, url, **{"evidence-0-note": "second"})
    rows = history_rows(client, Evidence, evidence.pk)
    assert any("rita-reviewer" in r and "note: first -> second" in r for r in rows), rows


@pytest.mark.parametrize("model_name", ["claim", "evidence", "source"])
def test_a_past_version_can_be_viewed_but_not_restored(client, editor, make_claim, make_source, model_name):
    claim = make_claim(status="in_review", place="Texas")
    evidence = Evidence.objects.create(claim=claim, source=make_source(), stance="conflicts", note="first")
    obj = {"claim": claim, "evidence": evidence, "source": claim.source}[model_name]
    first = obj.history.earliest()
    client.force_login(editor)
    app = "sources" if model_name == "source" else "claims"
    url = reverse(f"admin:{app}_{model_name}_simple_history", args=[obj.pk, first.history_id])
    page = client.get(url)
    assert page.status_code == 200
    assert "Revert" not in page.content.decode()
    Claim.objects.filter(pk=claim.pk).update(place="Ohio")
    Evidence.objects.filter(pk=evidence.pk).update(stance="corroborates")
    response = client.post(url, {**change_form_data(client.get(reverse(f"admin:{app}_{model_name}_change",
                                                                       args=[obj.pk]))), "_change_history": "1"})
    assert response.status_code == 403
    assert Claim.objects.get(pk=claim.pk).place == "Ohio"
    assert Evidence.objects.get(pk=evidence.pk).stance == "corroborates"
