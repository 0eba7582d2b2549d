"""Fill the self-check's Content-Security-Policy with the hashes of the page's inline scripts.

The policy (overrides/partials/self-check/csp.html) allows scripts only from the site's
own origin. Material writes a few small inline scripts into every page, and their text
depends on the page's depth and on Material's version, so instead of allowing all inline
scripts, this hook hashes the ones the built page actually contains (CSP level 2 hashes,
sha256) and puts exactly those in the policy's placeholder.
"""

from __future__ import annotations

import base64
import hashlib
import re

from mkdocs.plugins import event_priority

PLACEHOLDER = "'inline-script-hashes'"
# A <script> without src whose type (if any) is one the browser executes.
INLINE_SCRIPT = re.compile(r"<script(?![^>]*\bsrc=)([^>]*)>(.*?)</script>", re.S)
DATA_TYPE = re.compile(r'\btype="(?!text/javascript|module)[^"]+"')


def script_hashes(html: str) -> list[str]:
    hashes = []
    for attributes, body in INLINE_SCRIPT.findall(html):
        if DATA_TYPE.search(attributes):  # e.g. Material's application/json config
            continue
        digest = base64.b64encode(hashlib.sha256(body.encode("utf-8")).digest()).decode()
        hashes.append(f"'sha256-{digest}'")
    return sorted(set(hashes))


@event_priority(-100)  # last, after every plugin that rewrites the page
def on_post_page(output: str, page, config) -> str:
    if PLACEHOLDER not in output:
        return output
    hashes = "".join(" " + digest for digest in script_hashes(output))
    return output.replace(" " + PLACEHOLDER, hashes, 1)
