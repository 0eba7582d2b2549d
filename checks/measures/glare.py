"""Glare: blown-out blobs on the document, as a share of its area, with their boxes.

Method of the vendors' glare checks (Regula: glare on at most 1 % of the document after a
5 % margin, src-regula; Onfido reports a box, src-onfido): threshold near-saturated grey
levels inside the document, join them into 8-connected blobs (runs per row, linked with
the runs of the row above), keep blobs large enough to hide text, and sum their areas.
A near-white grey level already implies low colour saturation (all three channels are
high), so no separate saturation test is needed. A blob is glare only if it is brighter
than the document around it: on a page whose paper is itself blown out there is no
hotspot to find, and exposure judges that case instead.
"""

from __future__ import annotations

import re

from ..pixels import quantile
from .region import gather, quad_area, row_spans

# A grey level this high after area averaging means the whole block is blown out.
BLOWN = 248
# The document's median must be this far below BLOWN for a hotspot to stand out.
PAPER_GAP = 12
# Blobs smaller than this share of the document are specks (a highlight on a hologram).
MIN_BLOB_SHARE = 0.0005

_MASK = bytes(1 if value >= BLOWN else 0 for value in range(256))
_RUN = re.compile(rb"\x01+")


def _runs(gray: bytes, width: int, spans):
    """Per row, the runs (x0, x1) of blown-out pixels inside the spans."""
    for y, x0, x1 in spans:
        row = gray[y * width + x0 : y * width + x1].translate(_MASK)
        yield y, [(x0 + m.start(), x0 + m.end()) for m in _RUN.finditer(row)]


def _find(parent: list[int], i: int) -> int:
    while parent[i] != i:
        parent[i] = parent[parent[i]]
        i = parent[i]
    return i


def blobs(gray: bytes, width: int, spans) -> list[tuple[int, int, int, int, int]]:
    """8-connected blobs of blown-out pixels: (area, x0, y0, x1, y1), boxes end-exclusive."""
    runs, parent = [], []
    previous: list[tuple[int, int, int]] = []  # (x0, x1, run index) of the row above
    previous_y = None
    for y, row_runs in _runs(gray, width, spans):
        current = []
        above = previous if previous_y == y - 1 else []
        j = 0
        for x0, x1 in row_runs:
            index = len(runs)
            runs.append((y, x0, x1))
            parent.append(index)
            # link every run of the row above that overlaps [x0 - 1, x1 + 1)
            while j < len(above) and above[j][1] < x0:
                j += 1
            k = j
            while k < len(above) and above[k][0] <= x1:
                a, b = _find(parent, above[k][2]), _find(parent, index)
                if a != b:
                    parent[max(a, b)] = min(a, b)
                k += 1
            current.append((x0, x1, index))
        previous, previous_y = current, y
    found: dict[int, list[int]] = {}
    for index, (y, x0, x1) in enumerate(runs):
        root = _find(parent, index)
        box = found.setdefault(root, [0, x0, y, x1, y + 1])
        box[0] += x1 - x0
        box[1], box[2] = min(box[1], x0), min(box[2], y)
        box[3], box[4] = max(box[3], x1), max(box[4], y + 1)
    return sorted((tuple(b) for b in found.values()), reverse=True)


def glare(gray: bytes, width: int, height: int, quad=None) -> tuple[float, list[list[int]]]:
    """(% of the document covered by glare blobs rounded to 0.01, their boxes in this image).

    Without an outline, blobs touching the picture's border are taken for background.
    """
    spans = row_spans(quad, width, height)
    area = quad_area(quad) if quad is not None else width * height
    if not spans or area <= 0:
        return 0.0, []
    if quantile(gather(gray, width, spans), 0.5) > BLOWN - PAPER_GAP:
        return 0.0, []
    kept = []
    for blob_area, x0, y0, x1, y1 in blobs(gray, width, spans):
        if blob_area < MIN_BLOB_SHARE * area:
            break
        if quad is None and (x0 == 0 or y0 == 0 or x1 == width or y1 == height):
            continue
        kept.append((blob_area, [x0, y0, x1, y1]))
    share = sum(a for a, _ in kept) / area * 100
    return round(share, 2), [box for _, box in kept]
