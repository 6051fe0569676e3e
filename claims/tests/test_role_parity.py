"""The same permission answers in the API and the admin, for every role (claims.roles and
the services that enforce it). Each case tries one write through a channel and reports
whether it took effect in the database, so a refusal that still wrote, or an allowance
that wrote nothing, fails as surely as a wrong status code."""
import itertools

import pytest
from django.test import Client
from django.urls import reverse
from rest_framework.test import APIClient

from claims.models import Claim, Evidence, Speaker, Statistic
from claims.services import evidence_create
from claims.tests.admin_forms import change_form_data
from sources.models import Source

ROLES = ["anonymous", "outsider", "reviewer", "editor"]
# What each role may do: the one table both channels must agree with.
ALLOWED = {
    "add_claim": {"reviewer", "editor"},
    "change_claim": {"reviewer", "editor"},
    "publish_claim": {"editor"},
    "set_verdict": {"editor"},
    "delete_unpublished_claim": {"reviewer", "editor"},
    "delete_published_claim": {"editor"},
    "add_statistic": {"editor"},
    "change_statistic": {"editor"},
    "delete_statistic": {"editor"},
    "delete_speaker": {"editor"},
    "add_source": {"reviewer", "editor"},
    "remove_evidence_of_a_published_claim": {"editor"},
}


class Setup:
    """Rows to act on, and a signed-in editor's admin client to read forms with (the
    form a browser would post back: roles without access cannot even load it)."""

    def __init__(self, make_claim, make_source, make_speaker, editor):
        self.make_claim, self.make_source, self.make_speaker = make_claim, make_source, make_speaker
        self.reader = Client()
        self.reader.force_login(editor)

    def form(self, url: str) -> dict:
        return change_form_data(self.reader.get(url))


def _api(user) -> APIClient:
    client = APIClient()
    if user is not None:
        client.force_authenticate(user)
    return client


def _admin(user) -> Client:
    client = Client()
    if user is not None:
        client.force_login(user)
    return client


_statistics = itertools.count(1)


def _statistic() -> Statistic:
    n = next(_statistics)
    return Statistic.objects.create(name=f"Count {n}", slug=f"count-{n}", unit="people")


# -- the API --------------------------------------------------------------------------------

def _api_patch(client, claim, data):
    """PATCH with the claim's current ETag (read as an editor, so every role sends a fresh one)."""
    return client.patch(f"/api/v1/claims/{claim.pk}/", data, format="json", HTTP_IF_MATCH=claim.etag)


def api_case(name: str, client, s: Setup) -> bool:
    if name == "add_claim":
        source = s.make_source()
        client.post("/api/v1/claims/", {"quote": "q", "source": source.pk, "value": "5", "unit": "people"},
                    format="json")
        return Claim.objects.filter(source=source).exists()
    if name == "change_claim":
        claim = s.make_claim("1000", status=Claim.Status.IN_REVIEW)
        _api_patch(client, claim, {"value": "2000"})
        return Claim.objects.get(pk=claim.pk).value == 2000
    if name == "publish_claim":
        claim = s.make_claim(status=Claim.Status.IN_REVIEW)
        _api_patch(client, claim, {"status": "published"})
        return Claim.objects.get(pk=claim.pk).status == Claim.Status.PUBLISHED
    if name == "set_verdict":
        claim = s.make_claim(status=Claim.Status.IN_REVIEW)
        _api_patch(client, claim, {"verdict": "false"})
        return Claim.objects.get(pk=claim.pk).verdict == "false"
    if name in ("delete_unpublished_claim", "delete_published_claim"):
        published = name == "delete_published_claim"
        claim = s.make_claim(status=Claim.Status.PUBLISHED if published else Claim.Status.IN_REVIEW)
        client.delete(f"/api/v1/claims/{claim.pk}/", HTTP_IF_MATCH=claim.etag)
        return not Claim.objects.filter(pk=claim.pk).exists()
    if name == "add_statistic":
        client.post("/api/v1/statistics/", {"name": "Jobs", "slug": "jobs", "unit": "jobs"}, format="json")
        return Statistic.objects.filter(slug="jobs").exists()
    if name == "change_statistic":
        statistic = _statistic()
        client.patch(f"/api/v1/statistics/{statistic.pk}/", {"name": "Renamed"}, format="json")
        return Statistic.objects.get(pk=statistic.pk).name == "Renamed"
    if name == "delete_statistic":
        statistic = _statistic()
        client.delete(f"/api/v1/statistics/{statistic.pk}/")
        return not Statistic.objects.filter(pk=statistic.pk).exists()
    if name == "delete_speaker":
        speaker = s.make_speaker()
        client.delete(f"/api/v1/speakers/{speaker.pk}/")
        return not Speaker.objects.filter(pk=speaker.pk).exists()
    if name == "add_source":
        client.post("/api/v1/sources/", {"title": "A report", "url": "https://example.org/report"}, format="json")
        return Source.objects.filter(title="A report").exists()
    if name == "remove_evidence_of_a_published_claim":
        evidence = evidence_create(user=None, data=dict(claim=s.make_claim(status=Claim.Status.PUBLISHED),
                                                        source=s.make_source(), stance="context"))
        client.delete(f"/api/v1/evidence/{evidence.pk}/")
        return not Evidence.objects.filter(pk=evidence.pk).exists()
    raise AssertionError(name)


# -- the admin ------------------------------------------------------------------------------

def _admin_change(client, s: Setup, claim, **changes):
    url = reverse("admin:claims_claim_change", args=[claim.pk])
    data = s.form(url)
    data.update(changes)
    client.post(url, data)


def admin_case(name: str, client, s: Setup) -> bool:
    if name == "add_claim":
        source = s.make_source()
        url = reverse("admin:claims_claim_add")
        data = s.form(url)
        data.update(quote="q", source=source.pk, value="5", unit="people")
        client.post(url, data)
        return Claim.objects.filter(source=source).exists()
    if name == "change_claim":
        claim = s.make_claim("1000", status=Claim.Status.IN_REVIEW)
        _admin_change(client, s, claim, value="2000")
        return Claim.objects.get(pk=claim.pk).value == 2000
    if name == "publish_claim":
        claim = s.make_claim(status=Claim.Status.IN_REVIEW)
        _admin_change(client, s, claim, _transition="published")
        return Claim.objects.get(pk=claim.pk).status == Claim.Status.PUBLISHED
    if name == "set_verdict":
        claim = s.make_claim(status=Claim.Status.IN_REVIEW)
        _admin_change(client, s, claim, verdict="false", verdict_explanation="No.")
        return Claim.objects.get(pk=claim.pk).verdict == "false"
    if name in ("delete_unpublished_claim", "delete_published_claim"):
        published = name == "delete_published_claim"
        claim = s.make_claim(status=Claim.Status.PUBLISHED if published else Claim.Status.IN_REVIEW)
        client.post(reverse("admin:claims_claim_delete", args=[claim.pk]), {"post": "yes"})
        return not Claim.objects.filter(pk=claim.pk).exists()
    if name == "add_statistic":
        url = reverse("admin:claims_statistic_add")
        data = s.form(url)
        data.update(name="Jobs", slug="jobs", unit="jobs", measure="count", keywords="[]")
        client.post(url, data)
        return Statistic.objects.filter(slug="jobs").exists()
    if name == "change_statistic":
        statistic = _statistic()
        url = reverse("admin:claims_statistic_change", args=[statistic.pk])
        data = s.form(url)
        data.update(name="Renamed")
        client.post(url, data)
        return Statistic.objects.get(pk=statistic.pk).name == "Renamed"
    if name == "delete_statistic":
        statistic = _statistic()
        client.post(reverse("admin:claims_statistic_delete", args=[statistic.pk]), {"post": "yes"})
        return not Statistic.objects.filter(pk=statistic.pk).exists()
    if name == "delete_speaker":
        speaker = s.make_speaker()
        client.post(reverse("admin:claims_speaker_delete", args=[speaker.pk]), {"post": "yes"})
        return not Speaker.objects.filter(pk=speaker.pk).exists()
    if name == "add_source":
        url = reverse("admin:sources_source_add")
        data = s.form(url)
        data.update(title="A report", url="https://example.org/report", kind="report", authors="[]")
        client.post(url, data)
        return Source.objects.filter(title="A report").exists()
    if name == "remove_evidence_of_a_published_claim":
        evidence = evidence_create(user=None, data=dict(claim=s.make_claim(status=Claim.Status.PUBLISHED),
                                                        source=s.make_source(), stance="context"))
        client.post(reverse("admin:claims_evidence_delete", args=[evidence.pk]), {"post": "yes"})
        return not Evidence.objects.filter(pk=evidence.pk).exists()
    raise AssertionError(name)


@pytest.mark.parametrize("role", ROLES)
@pytest.mark.parametrize("case", list(ALLOWED))
def test_the_api_and_the_admin_give_the_same_answer(request, case, role, make_claim, make_source, make_speaker,
                                                    editor):
    setup = Setup(make_claim, make_source, make_speaker, editor)
    user = None if role == "anonymous" else editor if role == "editor" else request.getfixturevalue(role)
    expected = role in ALLOWED[case]
    assert api_case(case, _api(user), setup) is expected, f"API: {role} {case}"
    # The same write again, through the admin (fresh rows; a slug taken by the API's write is freed first).
    Statistic.objects.filter(slug="jobs").delete()
    Source.objects.filter(title="A report").delete()
    assert admin_case(case, _admin(user), setup) is expected, f"admin: {role} {case}"
