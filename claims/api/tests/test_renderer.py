"""The orjson renderer writes what DRF's JSONRenderer writes."""
import datetime
import json
from decimal import Decimal

import pytest
from django.utils.translation import gettext_lazy
from rest_framework.exceptions import ErrorDetail
from rest_framework.renderers import JSONRenderer as DRFJSONRenderer

from claims.api.renderers import JSONRenderer

UTC = datetime.UTC
SAMPLES = [
    {"id": 1, "quote": "Officials said 1,000 people — “a record”.", "value": "1000", "none": None, "ok": True},
    {"when": datetime.datetime(2026, 1, 2, 3, 4, 5, tzinfo=UTC), "exact": datetime.datetime(2026, 1, 2, 3, 4, 5, 600,
     tzinfo=UTC), "day": datetime.date(2020, 2, 29), "naive": datetime.datetime(2026, 1, 1, 12)},
    {"decimal": Decimal("890000.000000"), "lazy": gettext_lazy("Not found."), "detail": ErrorDetail("bad", "invalid")},
    {"separators": "line\u2028paragraph\u2029end", 7: "a number as a key", "list": [1, [2, {"x": ()}]]},
    {"big": 2**70},
]


@pytest.mark.parametrize("data", SAMPLES)
def test_it_writes_the_bytes_drf_writes(data):
    assert JSONRenderer().render(data) == DRFJSONRenderer().render(data)


def test_floats_are_the_same_numbers():
    data = {"score": 0.00001, "rank": 0.1 + 0.2, "whole": 3.0}
    assert json.loads(JSONRenderer().render(data)) == json.loads(DRFJSONRenderer().render(data))


def test_an_indented_response_is_drfs():
    data = {"a": [1, 2]}
    indented = JSONRenderer().render(data, "application/json; indent=4")
    assert indented == DRFJSONRenderer().render(data, "application/json; indent=4") and b"\n    " in indented


def test_nothing_is_an_empty_body():
    assert JSONRenderer().render(None) == b""
