"""Sharpness: mean edge width, after Marziliano, Dufaux, Winkler & Ebrahimi (2002),
"A no-reference perceptual blur metric", Proc. ICIP.

At each strong edge the grey profile is followed across the edge, from the local
minimum to the local maximum around it; the distance between them is the edge's width,
and blur (focus or motion) widens it. Edges are measured across columns and, on the
transposed image, across rows; the larger of the two mean widths is kept, so motion blur
in one direction counts in full.

Judged at the document's own scale: the caller shrinks the picture by a whole factor so
that the document spans WORK_SPAN to 2·WORK_SPAN pixels, and divides the width (in
original pixels) by the document's long side. A small sharp card and a large sharp card
then measure alike.
"""

from __future__ import annotations

import re

from ..pixels import transpose
from .region import inset_quad, row_spans, transpose_quad

# The document's long side at the working scale, at least (see module docstring).
WORK_SPAN = 800
# Edges on the document's own border (against the background) are left out.
INSET = 0.04
# |g(x+1) − g(x−1)| of at least this many grey levels marks an edge candidate.
MIN_STEP = 12
# Edges kept: those at least this share as steep as the 90th-percentile edge.
PROMINENCE = 0.5
MAX_EDGES = 3000
MAX_WALK = 60

_HALF = bytes(v // 2 for v in range(256))
_ABS = bytes(abs(v - 128) for v in range(256))
_STRONG = bytes(1 if abs(v - 128) * 2 >= MIN_STEP else 0 for v in range(256))
_RUN = re.compile(rb"\x01+")


def work_factor(document_long_side: float) -> int:
    """Whole shrink factor that keeps the document WORK_SPAN–2·WORK_SPAN pixels long."""
    return max(1, int(document_long_side // WORK_SPAN))


def _steps(gray: bytes) -> bytes:
    """Byte i: 128 + (g[i+2] − g[i]) / 2 (halved channels, in one-byte lanes)."""
    n = len(gray) - 2
    halves = gray.translate(_HALF)
    ahead = int.from_bytes(halves[2:], "little")
    behind = int.from_bytes(halves[: n], "little")
    return (ahead + int.from_bytes(b"\x80" * n, "little") - behind).to_bytes(n, "little")


def _edge_peaks(gray: bytes, width: int, spans) -> list[tuple[int, int]]:
    """(steepness, pixel index) of the steepest pixel of each run of steep pixels in a row."""
    steps = _steps(gray)
    strong = steps.translate(_STRONG)
    peaks = []
    for y, x0, x1 in spans:
        lo, hi = max(x0, 1), min(x1, width - 1)
        if hi <= lo:
            continue
        base = y * width - 1  # steps[base + x] is centred on pixel (x, y)
        row = strong[base + lo : base + hi]
        for match in _RUN.finditer(row):
            segment = steps[base + lo + match.start() : base + lo + match.end()].translate(_ABS)
            best = max(segment)
            x = lo + match.start() + segment.index(best)
            peaks.append((best, y * width + x))
    return peaks


def _width_at(gray: bytes, index: int, row_start: int, row_end: int) -> int:
    """Distance between the local extremes on both sides of the edge at `index`."""
    rising = gray[index + 1] > gray[index - 1]
    right = index
    limit = min(row_end - 1, index + MAX_WALK)
    while right < limit and (gray[right + 1] > gray[right] if rising else gray[right + 1] < gray[right]):
        right += 1
    left = index
    limit = max(row_start, index - MAX_WALK)
    while left > limit and (gray[left - 1] < gray[left] if rising else gray[left - 1] > gray[left]):
        left -= 1
    return right - left


def _mean_width(gray: bytes, width: int, height: int, quad) -> tuple[float, int] | None:
    spans = row_spans(None if quad is None else inset_quad(quad, INSET), width, height)
    peaks = _edge_peaks(gray, width, spans)
    if not peaks:
        return None
    steepness = sorted(p for p, _ in peaks)
    floor = max(MIN_STEP // 2, steepness[int(0.9 * (len(steepness) - 1))] * PROMINENCE)
    chosen = [index for s, index in peaks if s >= floor]
    stride = max(1, len(chosen) // MAX_EDGES)
    widths = [_width_at(gray, i, i - i % width, i - i % width + width) for i in chosen[::stride]]
    return sum(widths) / len(widths), len(widths)


def edge_width(gray: bytes, width: int, height: int, quad=None) -> float | None:
    """Mean edge width in pixels of this image (the larger of the two directions), rounded
    to 0.01; None when the document shows no edge at all."""
    across_columns = _mean_width(gray, width, height, quad)
    across_rows = _mean_width(transpose(gray, width, height), height, width, transpose_quad(quad))
    measured = [mean for mean, _ in filter(None, (across_columns, across_rows))]
    return round(max(measured), 2) if measured else None
