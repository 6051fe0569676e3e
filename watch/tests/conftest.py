"""A real webhook receiver on 127.0.0.1 (http.server in a thread), API clients by role, and subscriptions.

    def test_it_delivers(receiver, subscribe):
        subscription = subscribe(events=["claim.published"])
        ...
        (request,) = receiver.requests
        assert request.valid_signature(subscription.secret)
"""
import hashlib
import hmac
import json
import threading
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest


@dataclass
class Received:
    path: str
    headers: dict
    body: bytes

    @property
    def json(self) -> dict:
        return json.loads(self.body)

    def valid_signature(self, secret: str) -> bool:
        """The receiver's side of the contract, written out here rather than imported from watch."""
        expected = "sha256=" + hmac.new(secret.encode(), self.body, hashlib.sha256).hexdigest()
        return hmac.compare_digest(expected, self.headers.get("X-Factcheck-Signature", ""))


@dataclass
class Receiver:
    """Answers every POST with `status` (or the next of `statuses` while any are left) and keeps what it got."""

    status: int = 204
    statuses: list = field(default_factory=list)
    requests: list = field(default_factory=list)

    def start(self):
        receiver = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args):
                pass

            def do_POST(self):
                body = self.rfile.read(int(self.headers.get("Content-Length", 0)))
                receiver.requests.append(Received(self.path, dict(self.headers), body))
                self.send_response(receiver.statuses.pop(0) if receiver.statuses else receiver.status)
                self.send_header("Content-Length", "0")
                self.end_headers()

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.httpd.daemon_threads = True
        self.url = f"http://127.0.0.1:{self.httpd.server_address[1]}/hook"
        threading.Thread(target=self.httpd.serve_forever, daemon=True).start()
        return self

    def close(self):
        self.httpd.shutdown()
        self.httpd.server_close()

    def events(self) -> list[str]:
        return [r.json["event"] for r in self.requests]


@pytest.fixture
def receiver(settings, celery_eager):
    settings.WEBHOOK_ALLOW_PRIVATE_URLS = True
    settings.WEBHOOK_RETRY_BACKOFF = 0
    server = Receiver().start()
    yield server
    server.close()


@pytest.fixture
def subscribe(db, editor, receiver):
    """A subscription of the editor's to the receiver, made through the service."""
    from watch.services import subscription_create

    def make(user=None, **data):
        data.setdefault("target_url", receiver.url)
        data.setdefault("events", ["claim.published"])
        return subscription_create(user=user or editor, data=data)

    return make


