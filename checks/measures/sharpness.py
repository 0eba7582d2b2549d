"""Sharpness: the width over which the document's edges rise, in pixels.

Method: the edge-width idea of Marziliano, Dufaux, Winkler & Ebrahimi (2002, "A
no-reference perceptual blur metric", Proc. ICIP) — blur, from focus or motion, spreads
every edge over more pixels — measured through the steepest slopes rather than by
walking each edge: a step of height h blurred over w pixels rises at most h / w per pixel.
So w = h / s, with h the document's ink-to-paper contrast (2nd to 98th percentile of its
grey levels, at least INK_CONTRAST of the paper's level) and s the 90th percentile of the slopes found on its edges. Unlike a walk
between local extremes, this holds for thin strokes under motion blur too, whose smeared
profile has flat tops. Edge width 1 means a perfectly sharp step; a Gaussian blur of
standard deviation σ gives ≈ 2.5 σ, a motion blur of length L gives ≈ L.

Slopes are taken in eight directions and the widest direction counts, so motion blur in
any direction is seen in full. Slopes are exact integer differences counted in C, so
CPython and Pyodide agree.

The width is judged at the document's own scale: the caller picks a whole shrink factor
(`work_factor`) that leaves the document WORK_PPMM to 2·WORK_PPMM pixels per millimetre,
and turns the width into millimetres. Only the sampled pairs of rows are shrunk.
"""

from __future__ import annotations

from math import ceil

from ..pixels import abs_difference, block_average, count_at_least, histogram, percentile, top_level
from .region import inset_quad, row_spans, scale_quad

# Pixels per millimetre of the document kept for this measure (at least this many, at most
# twice as many, unless the photo has fewer): 12 px/mm resolves 0.1 mm.
WORK_PPMM = 12.0
# Edges on the document's own border (against the background) are left out.
INSET = 0.04
# Grey levels sampled per direction, spread over the document's rows.
SAMPLES = 60_000
# A slope counts as an edge if it rises at least contrast / EDGE_SPAN per pixel and at
# least MIN_SLOPE levels (above sensor and JPEG noise).
EDGE_SPAN = 24
MIN_SLOPE = 6
SHARE = 0.9
# Print is at least this much darker than its paper (black ink reflects a tenth of what
# paper does; a photo's flare lifts it to a third at worst). Heavy blur smears all ink to
# grey and lowers the measured contrast; this floor keeps the width from shrinking with it.
INK_CONTRAST = 0.6

# (row offset, column offset, length of one step in pixels): eight directions 22.5° apart
# (the odd ones by knight's moves), so that a motion blur in any direction lies within
# about 11° of one of them.
DIRECTIONS = (
    (0, 1, 1.0), (1, 2, 5 ** 0.5), (1, 1, 2 ** 0.5), (2, 1, 5 ** 0.5),
    (1, 0, 1.0), (2, -1, 5 ** 0.5), (1, -1, 2 ** 0.5), (1, -2, 5 ** 0.5),
)
BAND_ROWS = 1 + max(dy for dy, _, _ in DIRECTIONS)


def work_factor(pixels_per_mm: float) -> int:
    """Whole shrink factor leaving WORK_PPMM to 2·WORK_PPMM pixels per mm of document."""
    return max(1, int(pixels_per_mm // WORK_PPMM))


def _bands(gray: bytes, width: int, height: int, factor: int, rows) -> list[bytes]:
    """For each working row y, rows y to y + BAND_ROWS − 1 of the picture shrunk by `factor`.

    Only these bands are averaged, not the whole picture: the measure samples rows.
    """
    out_w = width // factor
    bands = []
    for y in rows:
        top = y * factor
        bottom = min(height, top + BAND_ROWS * factor)
        if bottom - top < BAND_ROWS * factor:
            break
        band = gray[top * width : bottom * width]
        bands.append(band if factor == 1 else block_average(band, width, BAND_ROWS * factor, factor, factor)[0])
    return bands if out_w else []


def _pairs(bands, spans, width: int, dy: int, dx: int) -> tuple[bytes, bytes]:
    """Pixels p and their neighbours p + (dy, dx), inside each band's span."""
    here, there = [], []
    for band, (_, x0, x1) in zip(bands, spans):
        lo, hi = max(x0, -dx), min(x1, width - dx)
        if hi > lo:
            here.append(band[lo:hi])
            there.append(band[dy * width + lo + dx : dy * width + hi + dx])
    return b"".join(here), b"".join(there)


def edge_width(gray: bytes, width: int, height: int, quad=None, factor: int = 1) -> float | None:
    """Edge width in pixels of the picture shrunk by `factor` (area averaging), rounded to
    0.01; None without any edge. `quad` is in the coordinates of the given picture."""
    work_w, work_h = width // factor, height // factor
    inner = None if quad is None else inset_quad(scale_quad(quad, 1 / factor), INSET)
    all_rows = row_spans(inner, work_w, work_h - BAND_ROWS + 1)
    inside = sum(x1 - x0 for _, x0, x1 in all_rows)
    if inside == 0:
        return None
    spans = all_rows[:: max(1, inside // SAMPLES)]
    bands = _bands(gray, width, height, factor, [y for y, _, _ in spans])
    spans = spans[: len(bands)]
    levels = histogram(b"".join(band[x0:x1] for band, (_, x0, x1) in zip(bands, spans)))
    paper = percentile(levels, 0.98)
    contrast = max(paper - percentile(levels, 0.02), INK_CONTRAST * paper)
    threshold = max(MIN_SLOPE, ceil(contrast / EDGE_SPAN))
    widths = []
    for dy, dx, length in DIRECTIONS:
        slopes = abs_difference(*_pairs(bands, spans, work_w, dy, dx))
        if count_at_least(slopes, threshold):
            spread = contrast / top_level(slopes, 1 - SHARE, threshold) * length
            # a difference over `length` pixels spreads even a perfect step over that
            # length; take it out in quadrature, leaving the one pixel of the grid
            widths.append(max(1.0, spread * spread - length * length + 1) ** 0.5)
    return round(max(widths), 2) if widths else None
