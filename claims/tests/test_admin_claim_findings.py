"""The claim page in the admin: the consistency engine's proposed findings, decided with a button;
and saving a changed figure queues a new check."""
import datetime
from decimal import Decimal as D

import pytest
from django.test import Client
from django.urls import reverse

from claims.consistency import check_claim
from claims.models import Claim, Evidence, Finding, OfficialFigure
from claims.tests.admin_forms import change_form_data

pytestmark = pytest.mark.django_db
FY = dict(period_start=datetime.date(2023, 10, 1), period_end=datetime.date(2024, 9, 30))


def change_url(claim):
    return reverse("admin:claims_claim_change", args=[claim.pk])


def decide_url(finding, verb):
    return reverse("admin:claims_claim_finding", args=[finding.claim_id, finding.pk, verb])


@pytest.fixture
def stat(make_statistic):
    return make_statistic("Apprehensions", unit="apprehensions", measure="count", keywords=["apprehensions"])


@pytest.fixture
def pair(make_claim, make_source, stat):
    first = make_claim("890000", "over", statistic=stat, unit="apprehensions", source=make_source(publisher="Fox"),
                       **FY)
    second = make_claim("1100000", statistic=stat, unit="apprehensions", source=make_source(publisher="B"), **FY)
    check_claim(claim_id=second.pk)
    return first, second


@pytest.fixture
def with_verdict(make_claim, stat):
    OfficialFigure.objects.create(statistic=stat, value=D("2000000"), publisher="Statistics Office",
                                  url="https://stats.example.gov/a", **FY)
    claim = make_claim("890000", "over", statistic=stat, unit="apprehensions", **FY)
    check_claim(claim_id=claim.pk)
    return claim


def test_the_page_lists_proposed_findings_with_kind_explanation_and_buttons(client, reviewer, pair):
    first, _ = pair
    finding = Finding.objects.get(claim=first)
    client.force_login(reviewer)
    html = client.get(change_url(first)).content.decode()
    assert "Proposed findings" in html and "Conflicts" in html
    assert finding.explanation.replace("'", "&#x27;") in html
    assert f'action="{decide_url(finding, "accept")}"' in html
    assert f'action="{decide_url(finding, "reject")}"' in html
    assert html.count("csrfmiddlewaretoken") >= 3  # the claim form and each decision form


def test_decided_findings_are_not_listed(client, reviewer, pair):
    first, _ = pair
    Finding.objects.filter(claim=first).update(status="rejected")
    client.force_login(reviewer)
    assert "Proposed findings" not in client.get(change_url(first)).content.decode()


def test_a_statistic_proposal_shows_its_score(client, reviewer, make_claim, stat):
    claim = make_claim("890000", "over", unit="apprehensions", **FY)
    check_claim(claim_id=claim.pk)
    score = Finding.objects.get(claim=claim).score
    client.force_login(reviewer)
    assert f"<td>{score:.2f}</td>" in client.get(change_url(claim)).content.decode()


def test_accepting_links_the_evidence_and_returns_to_the_claim(client, reviewer, pair):
    first, second = pair
    finding = Finding.objects.get(claim=first)
    client.force_login(reviewer)
    response = client.post(decide_url(finding, "accept"))
    assert response.status_code == 302 and response["Location"] == change_url(first)
    link = Evidence.objects.get(claim=first)
    assert (link.source, link.stance, link.added_by) == (second.source, "conflicts", reviewer)
    assert Finding.objects.get(pk=finding.pk).status == "accepted"
    assert "Conflicts finding accepted." in client.get(response["Location"]).content.decode()


def test_rejecting_links_nothing(client, reviewer, pair):
    finding = Finding.objects.get(claim=pair[0])
    client.force_login(reviewer)
    assert client.post(decide_url(finding, "reject")).status_code == 302
    assert Finding.objects.get(pk=finding.pk).status == "rejected"
    assert not Evidence.objects.exists()


def test_a_decided_finding_is_refused_with_a_message_and_nothing_changes(client, reviewer, pair):
    finding = Finding.objects.get(claim=pair[0])
    client.force_login(reviewer)
    client.post(decide_url(finding, "reject"))
    response = client.post(decide_url(finding, "accept"), follow=True)
    assert "This finding was already rejected. Nothing was changed." in response.content.decode()
    assert Finding.objects.get(pk=finding.pk).status == "rejected" and not Evidence.objects.exists()


def test_reviewers_get_no_buttons_for_verdicts_and_a_crafted_post_is_refused(client, reviewer, with_verdict):
    verdict = Finding.objects.get(claim=with_verdict, kind="verdict")
    client.force_login(reviewer)
    html = client.get(change_url(with_verdict)).content.decode()
    assert "Editors decide verdicts." in html and decide_url(verdict, "accept") not in html
    response = client.post(decide_url(verdict, "accept"), follow=True)
    assert "Only editors can set verdicts. Nothing was changed." in response.content.decode()
    with_verdict.refresh_from_db()
    assert with_verdict.verdict == "" and Finding.objects.get(pk=verdict.pk).status == "proposed"


def test_editors_accept_a_verdict(client, editor, with_verdict):
    verdict = Finding.objects.get(claim=with_verdict, kind="verdict")
    client.force_login(editor)
    assert decide_url(verdict, "accept") in client.get(change_url(with_verdict)).content.decode()
    client.post(decide_url(verdict, "accept"))
    with_verdict.refresh_from_db()
    assert with_verdict.verdict == "false"


def test_decisions_need_post_a_csrf_token_and_a_role(reviewer, outsider, pair):
    finding = Finding.objects.get(claim=pair[0])
    browser = Client(enforce_csrf_checks=True)
    browser.force_login(reviewer)
    assert browser.get(decide_url(finding, "accept")).status_code == 405
    assert browser.post(decide_url(finding, "accept")).status_code == 403  # no CSRF token
    stranger = Client()
    stranger.force_login(outsider)
    assert stranger.post(decide_url(finding, "accept")).status_code == 302  # to the admin login
    assert Finding.objects.get(pk=finding.pk).status == "proposed"


def test_another_claims_finding_or_an_unknown_verb_is_a_404(client, reviewer, pair):
    first, second = pair
    finding = Finding.objects.get(claim=first)
    client.force_login(reviewer)
    assert client.post(reverse("admin:claims_claim_finding", args=[second.pk, finding.pk, "accept"])).status_code == 404
    assert client.post(decide_url(finding, "approve")).status_code == 404
    assert Finding.objects.get(pk=finding.pk).status == "proposed"


def test_the_page_costs_the_same_queries_for_one_finding_or_ten(client, reviewer, make_claim, make_source, stat,
                                                                  django_assert_num_queries):
    few = make_claim("890000", "over", statistic=stat, unit="apprehensions", **FY)
    make_claim("1100000", statistic=stat, unit="apprehensions", source=make_source(), **FY)
    check_claim(claim_id=few.pk)
    client.force_login(reviewer)
    client.get(change_url(few))
    with django_assert_num_queries(11) as one:
        client.get(change_url(few))
    for n in range(9):
        make_claim(str(2000000 + n * 100000), statistic=stat, unit="apprehensions", source=make_source(), **FY)
    check_claim(claim_id=few.pk)
    assert Finding.objects.filter(claim=few, status="proposed").count() == 10
    with django_assert_num_queries(len(one.captured_queries)):
        assert client.get(change_url(few)).content.decode().count('class="fc-finding ') == 10


# -- saving queues a check -------------------------------------------------------------------

def checks(callbacks) -> list:
    """The on-commit callbacks other than the public cache's version bump (factcheck.public_cache)."""
    return [c for c in callbacks if getattr(c, "__module__", "") != "factcheck.public_cache"]


def save(client, claim, **changes):
    data = change_form_data(client.get(change_url(claim)))
    data.update(changes)
    return client.post(change_url(claim), data)


def test_changing_the_figure_queues_a_check(client, reviewer, pair, celery_eager, django_capture_on_commit_callbacks):
    first, second = pair
    Finding.objects.all().delete()
    client.force_login(reviewer)
    with django_capture_on_commit_callbacks(execute=True) as callbacks:
        assert save(client, first, value="1100000", qualifier="", lower_bound="1100000", upper_bound="1100000",
                    change_reason="The figure was misread.").status_code == 302
    assert checks(callbacks)
    # Now the same figure: one of the two is a repeat of the other.
    assert set(Finding.objects.values_list("kind", flat=True)) == {"repeat"}
    assert {first.pk, second.pk} == set(Finding.objects.values_list("claim_id", "other_claim_id").get())


def test_changing_only_the_quote_queues_no_check(client, reviewer, pair, django_capture_on_commit_callbacks):
    first, _ = pair
    client.force_login(reviewer)
    with django_capture_on_commit_callbacks() as callbacks:
        assert save(client, first, quote="Over 890,000 apprehensions, officials said.").status_code == 302
    assert Claim.objects.get(pk=first.pk).quote.startswith("Over 890,000")
    assert checks(callbacks) == []
