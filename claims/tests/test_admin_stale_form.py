"""No lost updates: a claim form opened before someone else's save cannot overwrite it."""
import pytest
from django.urls import reverse

from claims.models import Claim
from claims.tests.admin_forms import change_form_data

pytestmark = pytest.mark.django_db


def change_url(claim):
    return reverse("admin:claims_claim_change", args=[claim.pk])


def test_the_second_save_from_a_stale_form_is_refused_and_the_first_kept(client, reviewer, editor, make_claim):
    claim = make_claim(status="in_review", place="Texas", rate="")
    client.force_login(reviewer)
    rita_form = change_form_data(client.get(change_url(claim)))
    client.force_login(editor)
    eddie_form = change_form_data(client.get(change_url(claim)))
    assert client.post(change_url(claim), {**eddie_form, "place": "Arizona"}).status_code == 302

    client.force_login(reviewer)
    response = client.post(change_url(claim), {**rita_form, "rate": "a year"})
    assert response.status_code == 200
    errors = response.context["adminform"].form.errors["edit_version"]
    assert "Someone else saved this claim after you opened it" in errors[0]
    assert f'<a href="{change_url(claim)}">Reload the claim</a>' in response.content.decode()
    claim.refresh_from_db()
    assert (claim.place, claim.rate) == ("Arizona", "")


def test_after_reloading_the_save_goes_through(client, reviewer, make_claim):
    claim = make_claim(status="in_review")
    client.force_login(reviewer)
    stale = change_form_data(client.get(change_url(claim)))
    Claim.objects.get(pk=claim.pk).save()  # someone else's save
    assert client.post(change_url(claim), {**stale, "place": "Ohio"}).status_code == 200
    fresh = change_form_data(client.get(change_url(claim)))
    assert client.post(change_url(claim), {**fresh, "place": "Ohio"}).status_code == 302
    assert Claim.objects.get(pk=claim.pk).place == "Ohio"


def test_a_status_change_in_between_also_makes_the_form_stale(client, reviewer, editor, make_claim):
    from claims.services import claim_transition

    claim = make_claim(status="in_review")
    client.force_login(reviewer)
    stale = change_form_data(client.get(change_url(claim)))
    claim_transition(claim=claim, to_status="published", user=editor)
    assert client.post(change_url(claim), {**stale, "place": "Ohio"}).status_code == 200
    assert Claim.objects.get(pk=claim.pk).place == ""


def test_a_form_without_its_version_is_refused(client, reviewer, make_claim):
    claim = make_claim(status="in_review")
    client.force_login(reviewer)
    data = change_form_data(client.get(change_url(claim)))
    del data["edit_version"]
    response = client.post(change_url(claim), {**data, "place": "Ohio"})
    assert response.status_code == 200
    assert "did not say which version" in response.context["adminform"].form.errors["edit_version"][0]
    assert Claim.objects.get(pk=claim.pk).place == ""


def test_saving_twice_from_fresh_pages_works(client, reviewer, make_claim):
    claim = make_claim(status="in_review")
    client.force_login(reviewer)
    for place in ("Ohio", "Utah"):
        data = change_form_data(client.get(change_url(claim)))
        assert client.post(change_url(claim), {**data, "place": place}).status_code == 302
    assert Claim.objects.get(pk=claim.pk).place == "Utah"


def test_a_stale_form_cannot_send_old_evidence_back_over_a_newer_edit(client, reviewer, editor, make_claim,
                                                                        make_source):
    from claims.models import Evidence

    claim = make_claim(status="in_review")
    evidence = Evidence.objects.create(claim=claim, source=make_source(), stance="corroborates")
    client.force_login(reviewer)
    stale = change_form_data(client.get(change_url(claim)))
    client.force_login(editor)
    fresh = change_form_data(client.get(change_url(claim)))
    assert client.post(change_url(claim), {**fresh, "evidence-0-stance": "conflicts"}).status_code == 302

    client.force_login(reviewer)
    assert client.post(change_url(claim), {**stale, "place": "Ohio"}).status_code == 200
    assert Evidence.objects.get(pk=evidence.pk).stance == "conflicts"
    assert Claim.objects.get(pk=claim.pk).place == ""
