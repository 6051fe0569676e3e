"""/bench/bare/, the benchmark's baseline view, exists only when settings.BENCH is on."""
import importlib

from django.test import override_settings
from django.urls import Resolver404, clear_url_caches, resolve

import factcheck.urls


def test_it_is_not_routed_by_default(client):
    assert client.get("/bench/bare/").status_code == 404


def test_with_bench_on_it_answers_a_small_json_body(client):
    try:
        with override_settings(BENCH=True):
            clear_url_caches()
            importlib.reload(factcheck.urls)
            response = client.get("/bench/bare/")
            assert response.status_code == 200
            assert response.json()["quote"] == "Officials said 1,000 people were counted."
            assert client.post("/bench/bare/").status_code == 405
    finally:
        clear_url_caches()
        importlib.reload(factcheck.urls)
    try:
        resolve("/bench/bare/")
        raise AssertionError("still routed with BENCH off")
    except Resolver404:
        pass
