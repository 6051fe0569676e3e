"""No query string is a server error (issue 12, item 5): hypothesis sends each list's
parameters with any text, numbers written every way, and dates every way; the answer is
a 200 or a 4xx, never a 500."""
import pytest
from django.test import Client
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

pytestmark = pytest.mark.django_db

NUMBERISH = st.sampled_from([
    "1", "0", "-1", "1.5", "1e3", "-1e-200000", "1e200000", "NaN", "Infinity", "1_000", "١٢٣", "１", " 5", "5 ",
    "99999999999999999999999999", "0x10", "2023-1-1", "2023-02-30", "9999-12-31", "0000-01-01", "\x00", "",
    "2023.5", "+1", "--1", "1,000", "None", "true", "2100", "1899", "2e3",
])
VALUES = st.one_of(NUMBERISH, st.text(max_size=30))

LISTS = {
    "/api/v1/claims/": ["speaker", "source", "statistic", "status", "verdict", "unit", "qualifier", "value_min",
                        "value_max", "stated_after", "stated_before", "period_from", "period_to", "has_conflict",
                        "has_conflicting_figures", "search", "ordering", "cursor", "page_size", "format"],
    "/api/v1/sources/": ["publisher", "kind", "published_after", "published_before", "ordering", "cursor", "page_size"],
    "/api/v1/speakers/": ["kind", "name", "ordering", "cursor", "page_size"],
    "/api/v1/statistics/": ["unit", "place", "measure", "ordering", "cursor", "page_size"],
    "/api/v1/evidence/": ["claim", "source", "stance", "ordering", "cursor", "page_size"],
    "/claims/": ["q", "speaker", "statistic", "verdict", "publisher", "year", "page"],
}
PATHS = ["/api/v1/claims/{}/", "/api/v1/sources/{}/", "/api/v1/statistics/{}/figures/", "/claims/{}/",
         "/sources/{}/", "/speakers/{}/", "/statistics/{}/", "/api/v1/claims/{}/findings/"]


@pytest.fixture
def some_claims(make_claim):
    make_claim(value="890000", qualifier="over")
    make_claim(value="7.3")


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(path=st.sampled_from(sorted(LISTS)), data=st.data())
def test_no_query_string_is_a_server_error(some_claims, path, data):
    names = data.draw(st.lists(st.sampled_from(LISTS[path]), min_size=1, max_size=3, unique=True))
    params = {name: data.draw(VALUES) for name in names}
    response = Client(raise_request_exception=False).get(path, params)
    assert response.status_code < 500, (path, params)


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(path=st.sampled_from(PATHS), segment=st.one_of(NUMBERISH, st.text(alphabet=st.characters(
    blacklist_categories=["Cs"], blacklist_characters="/?#"), min_size=1, max_size=20)))
def test_no_path_segment_is_a_server_error(some_claims, path, segment):
    from urllib.parse import quote

    response = Client(raise_request_exception=False).get(path.format(quote(segment, safe="")))
    assert response.status_code < 500, (path, segment)
