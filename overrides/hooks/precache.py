"""Write the service worker's precache list, with a version, into the built ``sw.js``.

``overrides/sw.js`` is copied to the site's root (so its scope covers ``/``, ``/zh-Hant/``
and ``/en/``). After every language is built, this hook lists what a visitor needs to
use the site offline — the pages, their assets, the Pyodide runtime and the ``checks``
wheel — and writes that list into ``sw.js`` with a version derived from the files'
contents. A changed file changes the version, so browsers install the new service
worker, which fills a new cache and deletes the old one.
"""

from __future__ import annotations

import hashlib
import json
import re
from pathlib import Path

from mkdocs.plugins import event_priority

SERVICE_WORKER = "sw.js"
MANIFEST_LINE = re.compile(r"^const MANIFEST = .*$", re.M)
# Not needed offline: maps for debuggers, sitemaps, the snippet sources (docs/includes/).
SKIP = re.compile(r"(\.map|sitemap\.xml(\.gz)?)$|(^|/)includes/")


def precache_url(relative: str) -> str:
    """The URL a browser asks for: pages by their directory, relative to the site root."""
    if relative == "index.html":
        return "./"
    if relative.endswith("/index.html"):
        return relative[: -len("index.html")]
    return relative


def precache_files(site_dir: Path) -> dict[str, str]:
    """URL -> sha256 of the file, for everything the offline site needs."""
    files = {}
    for path in sorted(site_dir.rglob("*")):
        relative = path.relative_to(site_dir).as_posix()
        if not path.is_file() or relative == SERVICE_WORKER or SKIP.search(relative):
            continue
        files[precache_url(relative)] = hashlib.sha256(path.read_bytes()).hexdigest()
    return files


def manifest(site_dir: Path) -> dict:
    files = precache_files(site_dir)
    version = hashlib.sha256(json.dumps(files, sort_keys=True).encode()).hexdigest()[:16]
    return {"version": version, "files": sorted(files)}


# After mkdocs-static-i18n (-100) has built the other languages and the Pyodide hook
# has copied the runtime: the list must see the finished site.
@event_priority(-200)
def on_post_build(config):
    i18n = config.plugins.get("i18n")
    if i18n is not None and getattr(i18n, "building", False):
        return
    write_service_worker(Path(config.site_dir))


def write_service_worker(site_dir: Path) -> str:
    """Fill the site's sw.js with the current precache list; return its version."""
    worker = site_dir / SERVICE_WORKER
    current = manifest(site_dir)
    line = f"const MANIFEST = {json.dumps(current)};"
    worker.write_text(MANIFEST_LINE.sub(lambda _: line, worker.read_text(encoding="utf-8"), count=1),
                      encoding="utf-8")
    return current["version"]
