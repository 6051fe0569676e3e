"""Throttles (issue 12, item 6): counters in the shared cache, the client's address read
through NUM_PROXIES only, and a limit on failed token authentications."""
import pytest
from rest_framework.authtoken.models import Token
from rest_framework.settings import api_settings
from rest_framework.test import APIClient
from rest_framework.throttling import AnonRateThrottle

from claims.api import throttles
from factcheck.clientip import client_ip

LIST = "/api/v1/claims/"


@pytest.fixture
def anon_rate_3(monkeypatch):
    monkeypatch.setattr(AnonRateThrottle, "THROTTLE_RATES", {**api_settings.DEFAULT_THROTTLE_RATES, "anon": "3/minute"})


def statuses(client, n, **headers) -> list[int]:
    return [client.get(LIST, **headers).status_code for _ in range(n)]


def test_the_api_counts_with_the_shared_counting_throttles():
    assert [cls.__module__ for cls in api_settings.DEFAULT_THROTTLE_CLASSES] == ["claims.api.throttles"] * 2


def test_a_fresh_x_forwarded_for_per_request_does_not_escape_the_limit(anon_api, anon_rate_3, settings):
    settings.NUM_PROXIES = 0
    codes = [anon_api.get(LIST, HTTP_X_FORWARDED_FOR=f"198.51.100.{i}").status_code for i in range(5)]
    assert codes == [200, 200, 200, 429, 429]


def test_behind_one_proxy_the_address_it_saw_is_the_client(anon_api, anon_rate_3, settings):
    settings.NUM_PROXIES = 1
    # The client writes whatever it likes at the left; our proxy appends what it saw.
    spoofed = [anon_api.get(LIST, HTTP_X_FORWARDED_FOR=f"10.0.0.{i}, 203.0.113.7").status_code for i in range(4)]
    assert spoofed == [200, 200, 200, 429]
    assert anon_api.get(LIST, HTTP_X_FORWARDED_FOR="203.0.113.8").status_code == 200  # another client


@pytest.mark.parametrize("proxies, forwarded, expected", [
    (0, "1.1.1.1", "127.0.0.1"), (1, "1.1.1.1, 2.2.2.2", "2.2.2.2"), (2, "1.1.1.1, 2.2.2.2", "1.1.1.1"),
    (3, "2.2.2.2", "2.2.2.2"), (1, None, "127.0.0.1"), (1, " , ", "127.0.0.1"),
])
def test_client_ip_reads_as_many_forwarded_addresses_as_there_are_proxies(rf, settings, proxies, forwarded, expected):
    settings.NUM_PROXIES = proxies
    extra = {"HTTP_X_FORWARDED_FOR": forwarded} if forwarded is not None else {}
    assert client_ip(rf.get("/", REMOTE_ADDR="127.0.0.1", **extra)) == expected


def test_the_count_is_the_caches_so_every_process_sharing_it_shares_the_count():
    from django.core.cache import cache

    key = "throttle-test-key"
    assert [throttles.count_in_window(cache, key, 60) for _ in range(3)] == [1, 2, 3]
    assert cache.get(key) == 3  # one integer in the cache, incremented in place (Redis INCR with CACHE_URL)


def test_the_429_says_when_to_come_back(anon_api, anon_rate_3):
    statuses(anon_api, 3)
    response = anon_api.get(LIST)
    assert response.status_code == 429
    # Past this minute's end, until a third of it has slid out of the last sixty seconds (1 + 3 * 2/3).
    assert 1 <= int(response["Retry-After"]) <= 80


def test_failed_token_authentications_meet_a_limit(db, reviewer, settings):
    settings.API_AUTH_FAILURE_RATE = "3/minute"
    good = Token.objects.create(user=reviewer).key
    client = APIClient()
    bad = [client.get(LIST, HTTP_AUTHORIZATION=f"Token wrong{i:036d}").status_code for i in range(3)]
    assert bad == [401, 401, 401]
    response = client.get(LIST, HTTP_AUTHORIZATION="Token wrong-again")
    assert response.status_code == 429
    assert response.json()["code"] == "throttled" and int(response["Retry-After"]) >= 1
    # Guessing stops for this address, even with a right token; reading anonymously goes on.
    assert client.get(LIST, HTTP_AUTHORIZATION=f"Token {good}").status_code == 429
    assert client.get(LIST).status_code == 200
    # Another address is not held back.
    assert client.get(LIST, HTTP_AUTHORIZATION=f"Token {good}", REMOTE_ADDR="192.0.2.9").status_code == 200


def test_failed_authentications_slide_too_so_the_limit_cannot_be_spent_twice_across_an_edge(db, reviewer, settings,
                                                                                            monkeypatch):
    from claims.api.authentication import FailureLimit

    settings.API_AUTH_FAILURE_RATE = "3/minute"
    clock = [60 * 3000 + 55.0]  # 55 s into a minute
    monkeypatch.setattr(FailureLimit, "timer", lambda self: clock[0])
    good = Token.objects.create(user=reviewer).key
    client = APIClient()
    assert [client.get(LIST, HTTP_AUTHORIZATION=f"Token bad{i}").status_code for i in range(3)] == [401] * 3
    clock[0] = 60 * 3001 + 6.0  # 6 s into the next minute: a fixed window would allow three more guesses
    response = client.get(LIST, HTTP_AUTHORIZATION="Token bad-again")
    # One more and 54/60 of the last minute's three: 3.7, over 3. It fits once a third of the
    # last minute has slid out (20 s in): 14 s from now.
    assert response.status_code == 429 and int(response["Retry-After"]) in (14, 15)
    assert client.get(LIST, HTTP_AUTHORIZATION=f"Token {good}").status_code == 429  # even the right token
    clock[0] = 60 * 3001 + 21.0
    assert client.get(LIST, HTTP_AUTHORIZATION=f"Token {good}").status_code == 200  # 1 + 3 * 39/60 = 2.95
    assert client.get(LIST, HTTP_AUTHORIZATION="Token bad-once-more").status_code == 401  # counted: now 1 here
    assert client.get(LIST, HTTP_AUTHORIZATION=f"Token {good}").status_code == 429  # 2 + 1.95 would be over


def test_good_tokens_do_not_count_as_failures(db, reviewer, settings):
    settings.API_AUTH_FAILURE_RATE = "2/minute"
    good = Token.objects.create(user=reviewer).key
    client = APIClient()
    assert [client.get(LIST, HTTP_AUTHORIZATION=f"Token {good}").status_code for _ in range(4)] == [200] * 4


def test_the_count_slides_so_the_rate_cannot_be_sent_twice_across_a_window_edge(anon_api, anon_rate_3, monkeypatch):
    clock = [60 * 1000 + 50.0]  # 50 s into a minute
    monkeypatch.setattr(throttles.AnonRateThrottle, "timer", lambda self: clock[0])
    assert statuses(anon_api, 3) == [200, 200, 200]
    clock[0] = 60 * 1001 + 5.0  # 5 s into the next minute: a fixed window would start again at zero
    response = anon_api.get(LIST)
    # This one and 55/60 of the last minute's three: 3.75 in the last sixty seconds, over 3.
    assert response.status_code == 429
    # One fits once a third of the last minute has slid out (1 + 3 * 2/3): 20 s in, 15 s from now.
    assert int(response["Retry-After"]) in (15, 16)
    clock[0] = 60 * 1001 + 18.0
    assert anon_api.get(LIST).status_code == 429  # 1 + 3 * 42/60 = 3.1: the refused ones were not counted
    clock[0] = 60 * 1001 + 21.0
    assert anon_api.get(LIST).status_code == 200  # 1 + 3 * 39/60 = 2.95
    assert statuses(anon_api, 2) == [429, 429]  # 2 + 1.95


def test_a_client_under_the_rate_is_never_refused(anon_api, anon_rate_3, monkeypatch):
    clock = [60 * 2000.0]
    monkeypatch.setattr(throttles.AnonRateThrottle, "timer", lambda self: clock[0])
    codes = []
    for _ in range(12):  # one request every 30 s for six minutes: two a minute, against three
        codes.append(anon_api.get(LIST).status_code)
        clock[0] += 30
    assert codes == [200] * 12
