"""The self-check page boots Pyodide from the site's own files and imports `checks`."""

import json

import pytest

from checks import __version__ as CHECKS_VERSION

PAGES = ["self-check/", "zh-Hant/self-check/", "en/self-check/"]


@pytest.mark.parametrize("path", PAGES)
def test_worker_boots_pyodide_and_imports_checks(page, server, traffic, site_dir, path):
    manifest = json.loads((site_dir / "assets" / "pyodide" / "manifest.json").read_text())
    page.goto(server.url + path)
    runtime = page.locator(".selfcheck-runtime")
    runtime.and_(page.locator("[data-state=ready]")).wait_for(timeout=60_000)

    assert runtime.get_attribute("data-checks") == CHECKS_VERSION
    assert runtime.get_attribute("data-pyodide") == manifest["pyodide"]
    # the runtime came from this site: the wasm file was requested from the local server
    assert server.url + "assets/pyodide/pyodide.asm.wasm" in traffic.requests
    traffic.assert_private()
