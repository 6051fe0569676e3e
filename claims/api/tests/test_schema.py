"""The OpenAPI schema and the interactive docs."""
import pytest


@pytest.mark.django_db
def test_the_schema_is_openapi_3_json_when_asked_for_json(client):
    response = client.get("/api/schema/", HTTP_ACCEPT="application/json")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/json")
    schema = response.json()
    assert schema["openapi"].startswith("3.")
    assert schema["info"]["title"] == "factcheck API"


@pytest.mark.django_db
def test_the_docs_page_loads_its_assets_from_this_site_and_no_inline_script(client):
    response = client.get("/api/docs/")
    assert response.status_code == 200
    html = response.content.decode()
    assert '<script src="/static/drf_spectacular_sidecar/swagger-ui-dist/swagger-ui-bundle.' in html
    assert "cdn" not in html.lower()
    assert "<script>" not in html.replace(" ", "")
    script = client.get("/api/docs/?script=")
    assert script.status_code == 200
    assert "SwaggerUIBundle" in script.content.decode()


def _directives(policy: str) -> dict[str, list[str]]:
    return {name: values for name, *values in (part.split() for part in policy.split(";") if part.strip())}


@pytest.mark.django_db
def test_only_the_docs_page_allows_inline_styles_and_nothing_allows_inline_scripts(client):
    # django-csp builds the header from a set, so the directives' order changes from one
    # process to the next: compare them by name.
    docs = _directives(client.get("/api/docs/")["Content-Security-Policy"])
    assert docs["style-src"] == ["'self'", "'unsafe-inline'"]
    assert docs["script-src"] == ["'self'"]
    api = client.get("/api/v1/claims/", HTTP_ACCEPT="text/html")["Content-Security-Policy"]
    assert "unsafe-inline" not in api


@pytest.mark.django_db
def test_the_schema_says_claim_writes_need_if_match_and_answer_428_without_it(client):
    # Issue 12, item 7: the 428 itself is tested in test_claims_api.py; here, that clients are told.
    paths = client.get("/api/schema/", HTTP_ACCEPT="application/json").json()["paths"]
    for method in ("put", "patch", "delete"):
        operation = paths["/api/v1/claims/{id}/"][method]
        [if_match] = [p for p in operation["parameters"] if p["name"] == "If-Match"]
        assert (if_match["in"], if_match["required"]) == ("header", True)
        assert "428" in if_match["description"]
        assert "ETag" in operation["responses"]["428"]["description"]
        # Other resources take If-Match optionally: a stale one is a 412, none is no 428.
        speaker = paths["/api/v1/speakers/{id}/"][method]
        assert [p.get("required", False) for p in speaker["parameters"] if p["name"] == "If-Match"] == [False]
        assert "428" not in speaker["responses"] and "412" in speaker["responses"]
    assert "428" not in paths["/api/v1/claims/"]["post"]["responses"]
