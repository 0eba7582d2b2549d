"""One search index per language edition.

mkdocs-static-i18n merges the pages of every edition into the root's
``search/search_index.json``, and Material loads that file relative to ``config.base``,
the site's root, from every page: a reader of the zh-Hant edition then also gets zh-Hans
and English pages, often first. This hook splits the merged index into one per edition
(``/search/``, ``/zh-Hant/search/``, ``/en/search/``, locations relative to the edition's
root) and points each edition's ``config.base`` at its own root, so that Material treats
each edition as a site of its own.
"""

from __future__ import annotations

import json
import posixpath
import re
from pathlib import Path

from mkdocs.plugins import event_priority

INDEX = Path("search") / "search_index.json"
# The "base" entry of Material's JSON config script in each page.
CONFIG_BASE = re.compile(r'(<script id="__config" type="application/json">.*?"base":\s*")([^"]*)(")', re.S)


def edition_roots(config) -> list[str]:
    """The folders of the editions other than the default one, e.g. ["zh-Hant", "en"]."""
    i18n = config.plugins.get("i18n")
    return [language.locale for language in i18n.config.languages if not language.default]


def split_index(index: dict, roots: list[str]) -> dict[str, dict]:
    """Edition folder ("" for the default edition) -> its index, locations made relative."""
    docs = {root: [] for root in ["", *roots]}
    for doc in index["docs"]:
        root = next((r for r in roots if doc["location"].startswith(r + "/")), "")
        location = doc["location"][len(root) + 1 :] if root else doc["location"]
        docs[root].append({**doc, "location": location})
    return {root: {**index, "docs": entries} for root, entries in docs.items()}


def on_post_page(output: str, page, config) -> str:
    root = next((r for r in edition_roots(config) if page.url.startswith(r + "/")), None)
    if root is None:
        return output
    folder = page.url if page.url.endswith("/") else posixpath.dirname(page.url)
    base = posixpath.relpath(root, folder)
    return CONFIG_BASE.sub(lambda m: m.group(1) + base + m.group(3), output, count=1)


# After mkdocs-static-i18n (-100) has written the merged index; before the service
# worker's precache list (-200) is made, so that it lists the editions' indexes.
@event_priority(-150)
def on_post_build(config):
    i18n = config.plugins.get("i18n")
    if i18n is None or getattr(i18n, "building", False):
        return
    site = Path(config.site_dir)
    merged = json.loads((site / INDEX).read_text(encoding="utf-8"))
    for root, index in split_index(merged, edition_roots(config)).items():
        path = site / root / INDEX
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(json.dumps(index, ensure_ascii=False, separators=(",", ":")), encoding="utf-8")
