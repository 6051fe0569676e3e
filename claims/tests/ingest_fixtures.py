"""A real HTTP server on 127.0.0.1, started by a test, serving pages it describes.

    def test_it_fetches(page_server):
        url = page_server.add("/a", body=b"<html>...", content_type="text/html")
"""
import threading
import time
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import urlsplit

import pytest


@dataclass
class Page:
    body: bytes = b""
    content_type: str = "text/html; charset=utf-8"
    status: int = 200
    location: str = ""
    delay: float = 0.0  # seconds before answering
    drip: float = 0.0  # seconds between chunks (of 1 KB unless chunk says otherwise)
    chunk: int = 1024
    drip_head: float = 0.0  # seconds between the bytes of the status line and headers
    send_length: bool = True
    hold: threading.Event | None = None  # answer only once set
    fail_first: int = 0  # answer this many requests with a 503 first


class PageServer:
    def __init__(self):
        self.pages: dict[str, Page] = {}
        self.hits: dict[str, int] = {}
        self.hosts: list[str] = []  # the Host header of each request
        self.arrived = threading.Event()
        server = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args):
                pass

            def do_GET(self):
                path = urlsplit(self.path).path
                server.hits[path] = server.hits.get(path, 0) + 1
                server.hosts.append(self.headers.get("Host", ""))
                server.arrived.set()
                page = server.pages.get(path)
                if page is None:
                    self.send_error(404)
                    return
                if server.hits[path] <= page.fail_first:
                    self.send_error(503)
                    return
                if page.hold is not None:
                    page.hold.wait(60)
                time.sleep(page.delay)
                if page.drip_head:
                    self._drip_head(page)
                    return
                self.send_response(page.status)
                if page.content_type:
                    self.send_header("Content-Type", page.content_type)
                if page.location:
                    self.send_header("Location", page.location)
                if page.send_length:
                    self.send_header("Content-Length", str(len(page.body)))
                self.end_headers()
                try:
                    for i in range(0, len(page.body), page.chunk):
                        self.wfile.write(page.body[i:i + page.chunk])
                        self.wfile.flush()
                        time.sleep(page.drip)
                except (BrokenPipeError, ConnectionResetError):
                    pass

            def _drip_head(self, page):
                head = f"HTTP/1.1 {page.status} OK\r\nContent-Type: {page.content_type}\r\n\r\n".encode()
                try:
                    for i in range(len(head)):
                        self.wfile.write(head[i:i + 1])
                        self.wfile.flush()
                        time.sleep(page.drip_head)
                    self.wfile.write(page.body)
                except (BrokenPipeError, ConnectionResetError):
                    pass
                self.close_connection = True

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.httpd.daemon_threads = True
        self.base = f"http://127.0.0.1:{self.httpd.server_address[1]}"
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)
        self.thread.start()

    def add(self, path: str, **fields) -> str:
        self.pages[path] = Page(**fields)
        return self.base + path

    def close(self):
        for page in self.pages.values():
            if page.hold is not None:
                page.hold.set()
        self.httpd.shutdown()
        self.httpd.server_close()


@pytest.fixture
def page_server(db, settings):
    settings.INGEST_ALLOW_PRIVATE_URLS = True
    server = PageServer()
    yield server
    server.close()

