"""Input that answered 500, or was accepted though it should not be (issue 12, item 5):
each is now a 400 naming the parameter or field."""
import base64
import json

import pytest

from claims.models import Claim

CLAIMS = "/api/v1/claims/"


def fields(response) -> dict:
    assert response.status_code == 400, response.content
    return response.json()["fields"]


def test_json_nested_1000_deep_is_a_400_not_a_recursion_error(reviewer_api):
    body = "[" * 100_000 + "]" * 100_000
    response = reviewer_api.generic("POST", CLAIMS, body, content_type="application/json")
    assert response.status_code == 400
    assert response.json() == {"message": "The JSON body is nested too deeply.", "code": "parse_error"}


def test_a_value_whose_implied_bound_overflows_the_column_is_a_400(reviewer_api, make_source):
    source = make_source()
    base = {"quote": "A huge number.", "source": source.pk, "unit": "USD"}
    for value in ("1000000000000000000000000", 10**24):
        assert list(fields(reviewer_api.post(CLAIMS, {**base, "value": value}, format="json"))) == ["value"]
    edge = {**base, "value": "999999999999999999999999", "qualifier": "over"}  # its interval ends at 10^24
    assert fields(reviewer_api.post(CLAIMS, edge, format="json"))["value"][0].startswith("Its interval reaches")
    assert not Claim.objects.exists()


def test_a_qualifier_on_a_value_too_precise_for_its_step_is_a_400(reviewer_api, make_source):
    data = {"quote": "About 0.000001.", "source": make_source().pk, "unit": "g", "value": "0.000001",
            "qualifier": "about"}
    assert "needs more than 6 decimal places" in fields(reviewer_api.post(CLAIMS, data, format="json"))["value"][0]
    explicit = {**data, "lower_bound": "0", "upper_bound": "0.000002"}
    assert reviewer_api.post(CLAIMS, explicit, format="json").status_code == 201


@pytest.mark.parametrize("value", ["-1e-200000", "1e5", "1_000", "١٢٣", "0.0000001", "NaN", " 5"])
def test_a_value_filter_must_be_a_plain_decimal_the_column_holds(anon_api, value):
    assert list(fields(anon_api.get(CLAIMS, {"value_min": value}))) == ["value_min"]


@pytest.mark.parametrize("token", [("1e200000", 5, "value"), (None, 10**30, "id"), (None, -1, "id"),
                                   (None, 1.5, "id"), ("NaN", 5, "value")])
def test_a_cursor_holding_a_number_out_of_range_is_a_400(anon_api, make_claim, token):
    make_claim()
    ordering = "value" if token[2] == "value" else "-id"
    raw = base64.urlsafe_b64encode(json.dumps(list(token)).replace('"1e200000"', "1e200000").encode()).decode()
    assert list(fields(anon_api.get(CLAIMS, {"cursor": raw, "ordering": ordering}))) == ["cursor"]


@pytest.mark.parametrize("value", ["1_000", "١٢٣", "1e3", 1.5, True])
def test_a_claim_value_is_a_plain_decimal_string_or_an_integer(reviewer_api, make_source, value):
    data = {"quote": "x", "source": make_source().pk, "unit": "people", "value": value}
    assert list(fields(reviewer_api.post(CLAIMS, data, format="json"))) == ["value"]


@pytest.mark.parametrize("name", ["stated_on", "period_start"])
@pytest.mark.parametrize("value", ["2023-1-1", "20230101", "2023-W01-1", "２０２３-01-01"])
def test_dates_are_yyyy_mm_dd(reviewer_api, make_source, name, value):
    data = {"quote": "x", "source": make_source().pk, "unit": "people", "value": "5", name: value}
    assert list(fields(reviewer_api.post(CLAIMS, data, format="json"))) == [name]


def test_a_date_filter_is_yyyy_mm_dd(anon_api):
    assert list(fields(anon_api.get(CLAIMS, {"stated_after": "2023-1-1"}))) == ["stated_after"]


@pytest.mark.parametrize("value", [1.5, "1", True, 0])
def test_a_statistic_id_is_a_whole_number_from_1(reviewer_api, make_source, make_statistic, value):
    make_statistic()
    data = {"quote": "x", "source": make_source().pk, "unit": "people", "value": "5", "statistic": value}
    assert list(fields(reviewer_api.post(CLAIMS, data, format="json"))) == ["statistic"]
    assert not Claim.objects.exists()


@pytest.mark.parametrize("params", [{"source": "١"}, {"source": "0"}, {"status": ""}, {"ordering": ""},
                                    {"page_size": "١٠"}])
def test_query_parameters_refuse_what_their_schema_does_not_allow(anon_api, params):
    assert list(fields(anon_api.get(CLAIMS, params))) == list(params)


def test_text_fields_refuse_numbers(reviewer_api, make_source):
    data = {"quote": 5, "source": make_source().pk, "unit": "people", "value": "5"}
    assert list(fields(reviewer_api.post(CLAIMS, data, format="json"))) == ["quote"]


def test_form_encoded_bodies_are_a_415(reviewer_api):
    response = reviewer_api.post(CLAIMS, "quote=x", content_type="application/x-www-form-urlencoded")
    assert response.status_code == 415
