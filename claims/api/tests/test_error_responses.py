"""Every error status the API returns, over HTTP, in the one shape: 401 403 404 405 409 412 428 429."""
import pytest
from rest_framework.settings import api_settings
from rest_framework.throttling import AnonRateThrottle

from claims.models import Claim


def assert_shape(response, status: int, code: str) -> dict:
    assert response.status_code == status, response.content
    assert response["Content-Type"] == "application/json"
    data = response.json()
    assert set(data) <= {"message", "code", "fields"}
    assert data["code"] == code and data["message"]
    return data


def test_401_for_a_bad_token(make_claim):
    from rest_framework.test import APIClient

    client = APIClient()
    client.credentials(HTTP_AUTHORIZATION="Token not-a-real-token")
    assert_shape(client.get("/api/v1/claims/"), 401, "authentication_failed")


def test_403_404_405_409_412_428_share_the_shape(reviewer_api, editor_api, anon_api, make_claim):
    published, suggested = make_claim(), make_claim(status=Claim.Status.SUGGESTED)
    assert_shape(reviewer_api.patch(f"/api/v1/claims/{published.pk}/", {"status": "in_review"}, format="json",
                                    HTTP_IF_MATCH=published.etag), 403, "permission_denied")
    assert_shape(anon_api.get(f"/api/v1/claims/{suggested.pk}/"), 404, "not_found")
    assert_shape(reviewer_api.post(f"/api/v1/claims/{published.pk}/evidence/"), 405, "method_not_allowed")
    assert_shape(editor_api.patch(f"/api/v1/claims/{suggested.pk}/", {"status": "published"}, format="json",
                                  HTTP_IF_MATCH=suggested.etag), 409, "conflict")
    assert_shape(editor_api.patch(f"/api/v1/claims/{published.pk}/", {}, format="json", HTTP_IF_MATCH='"old"'),
                 412, "precondition_failed")
    assert_shape(editor_api.patch(f"/api/v1/claims/{published.pk}/", {}, format="json"),
                 428, "precondition_required")


def test_400_names_the_field(reviewer_api):
    data = assert_shape(reviewer_api.post("/api/v1/speakers/", {}, format="json"), 400, "invalid")
    assert data["fields"] == {"name": ["This field is required."]}


@pytest.fixture
def low_anon_rate(monkeypatch):
    rates = {**api_settings.DEFAULT_THROTTLE_RATES, "anon": "3/minute"}
    monkeypatch.setattr(AnonRateThrottle, "THROTTLE_RATES", rates)


def test_429_with_retry_after_once_an_anonymous_client_is_over_its_rate(anon_api, low_anon_rate):
    for _ in range(3):
        assert anon_api.get("/api/v1/claims/").status_code == 200
    response = anon_api.get("/api/v1/claims/")
    data = assert_shape(response, 429, "throttled")
    assert 0 < int(response["Retry-After"]) <= 80  # the sliding window: up to a third of a minute past its end
    assert "throttled" in data["message"].lower()
