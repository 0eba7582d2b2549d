"""The built site, served on 127.0.0.1, and Debian's Chromium driven by Playwright."""

from __future__ import annotations

import functools
import os
import subprocess
import sys
import threading
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from playwright.sync_api import sync_playwright

ROOT = Path(__file__).resolve().parents[2]
CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
]
LOCAL_HOSTS = {"127.0.0.1"}


@pytest.fixture(scope="session")
def site_dir(tmp_path_factory) -> Path:
    """The site built with `mkdocs build --strict`, once per test session."""
    out = tmp_path_factory.mktemp("site")
    build = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "--site-dir", str(out)],
        cwd=ROOT, capture_output=True, text=True,
    )
    assert build.returncode == 0, build.stderr[-4000:]
    return out


class QuietHandler(SimpleHTTPRequestHandler):
    def log_message(self, format, *args):
        pass

    def copyfile(self, source, outputfile):
        super().copyfile(source, outputfile)
        self.server.bytes_sent += os.fstat(source.fileno()).st_size


class SiteServer:
    """A static server for the built site that a test can stop (to go offline)."""

    def __init__(self, directory: Path):
        handler = functools.partial(QuietHandler, directory=str(directory))
        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), handler)
        self.httpd.bytes_sent = 0  # response bodies, as sent (this server does not compress)
        self.url = f"http://127.0.0.1:{self.httpd.server_port}/"
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)
        self.thread.start()

    def stop(self):
        if self.thread.is_alive():
            self.httpd.shutdown()
            self.httpd.server_close()


@pytest.fixture
def server(site_dir):
    served = SiteServer(site_dir)
    yield served
    served.stop()


@pytest.fixture(scope="session")
def browser():
    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()


class TrafficGuard:
    """Sees every request the context makes; stops and records any that leave 127.0.0.1."""

    def __init__(self):
        self.requests: list[str] = []
        self.foreign: list[str] = []
        self.with_body: list[str] = []

    def route(self, route):
        request = route.request
        self.requests.append(request.url)
        if request.post_data_buffer:
            self.with_body.append(request.url)
        scheme, host = urlsplit(request.url).scheme, urlsplit(request.url).hostname
        if scheme in {"http", "https", "ws", "wss"} and host not in LOCAL_HOSTS:
            self.foreign.append(request.url)
            route.abort()
        else:
            route.continue_()

    def assert_private(self):
        assert self.foreign == [], f"requests left 127.0.0.1: {self.foreign}"
        assert self.with_body == [], f"requests carried a body: {self.with_body}"


@pytest.fixture
def traffic():
    return TrafficGuard()


@pytest.fixture
def context(browser, traffic):
    ctx = browser.new_context()
    ctx.route("**/*", traffic.route)
    yield ctx
    ctx.close()
    traffic.assert_private()


@pytest.fixture
def page(context):
    return context.new_page()
