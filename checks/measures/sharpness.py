"""Sharpness: the width over which the document's edges rise, in pixels.

Method: the edge-width idea of Marziliano, Dufaux, Winkler & Ebrahimi (2002, "A
no-reference perceptual blur metric", Proc. ICIP) — blur, from focus or motion, spreads
every edge over more pixels — measured through the steepest slopes rather than by
walking each edge: a step of height h blurred over w pixels rises at most h / w per pixel.
So w = h / s, with h the document's ink-to-paper contrast (2nd to 98th percentile of its
grey levels, at least INK_CONTRAST of the paper's level) and s the 90th percentile of the
slopes found on its edges, both taken relative to the paper's local level (see Light).
Unlike a walk between local extremes, this holds for thin strokes under motion blur too,
whose smeared profile has flat tops. Edge width 1 means a perfectly sharp step; a
Gaussian blur of standard deviation σ gives ≈ 2.5 σ, a motion blur of length L gives ≈ L.

Slopes are taken in eight directions and the widest direction counts, so motion blur in
any direction is seen in full. Slopes are exact integer differences counted in C, so
CPython and Pyodide agree.

The width is judged at the document's own scale: the caller picks a whole shrink factor
(`work_factor`) that leaves the document WORK_PPMM to 2·WORK_PPMM pixels per millimetre,
and turns the width into millimetres. Only the sampled pairs of rows are shrunk.

Noise: a phone's sensor noise, sharpened with the picture and kept by a high JPEG quality,
makes slopes of its own that are not edges; counted among the edges they pull the
percentile down and the width up, so a sharp but noisy photo would read as blurred. Its
level is estimated per direction from the median absolute difference (the robust MAD
estimate of Donoho & Johnstone 1994, "Ideal spatial adaptation by wavelet shrinkage",
Biometrika 81: most of a document is plain paper, so the median difference is the
noise's), and a slope counts as an edge only above NOISE_Z times it (≈ 2 σ of the noise's
differences) and beside another slope above it along the edge: about one noise slope in
twenty clears the bar, few of them beside another, while an edge runs on. Where that bar
would hide the edges of a blur at the limits — it exceeds the contrast over their width
in pixels — the measure moves to a coarser scale (the document averaged over 2 × 2, then
3 × 3 blocks), which averages the noise away faster than it widens edges: the "minimum
reliable scale" of Elder & Zucker (1998, "Local scale control for edge detection and blur
estimation", IEEE PAMI 20(7)), chosen once for the whole document. The m × m averaging
spreads a step over m pixels; that is taken out in quadrature, like the difference's own
length.

Light: a cast shadow, the shading of a curl or a fold and vignetting multiply the grey
levels by a factor that changes slowly across the document, while print changes them
abruptly — the assumption of Land & McCann's Retinex (1971, "Lightness and Retinex
theory", JOSA 61(1)). Measured globally, the contrast would span ink in the shadow to
paper in the light while the slopes of edges in the shadow shrink by its factor: a sharp
page read as blurred. So the document is cut into tiles, TILES_ACROSS across its shorter
side, and each tile's grey levels and slopes are scaled by the document's paper level
over the tile's (PAPER percentile of each). A slope is first compared with the noise's
bar in the picture's own levels: sensor noise adds as much in the shadow as in the light,
so scaled up with the shadow's edges it would count among them.
"""

from __future__ import annotations

from math import ceil
from typing import NamedTuple

from ..pixels import (
    abs_difference_lanes, at_least_lanes, block_average, count_at_least, grouped_median, quantile, repeated,
    top_level,
)
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
# Noise: a slope counts only above NOISE_Z times the median slope of its direction (the
# median absolute difference is 0.6745 σ of Gaussian noise's differences: 3 × ≈ 2 σ).
NOISE_Z = 3
# The median is taken over every NOISE_STEP-th slope: as good an estimate, and cheaper.
NOISE_STEP = 4
# The measure coarsens while that bar is above the slopes of an edge NOISE_SPAN working
# pixels wide (0.33–0.67 mm, where the profiles' limits lie): such an edge must still
# clear it. A photo with fewer than WORK_PPMM pixels per mm of document is measured at
# its own scale, where an edge as wide in mm spans fewer pixels: the span shrinks with it.
# At an m times coarser scale the span is m times narrower.
NOISE_SPAN = 8
# Coarsest scale tried: the document averaged over COARSEST × COARSEST working pixels.
COARSEST = 3
# Print is at least this much darker than its paper (black ink reflects a tenth of what
# paper does; a photo's flare lifts it to a third at worst). Heavy blur smears all ink to
# grey and lowers the measured contrast; this floor keeps the width from shrinking with it.
INK_CONTRAST = 0.6
# Tiles across the document's shorter side: about 9 mm on an ID card, 35 mm on A4, finer
# than the penumbra of a hand's or a phone's shadow (it spreads over centimetres), and each
# holds about 1/50 of the samples, enough for its paper level. On a document under a
# hundred working pixels across, tiles stay MIN_TILE pixels wide, so that each still holds
# a few hundred of them.
TILES_ACROSS = 6
MIN_TILE = 16
# A tile's paper level: the level only the brightest 2 % of its pixels exceed (as for the
# whole document's contrast, above).
PAPER = 0.98
# A tile's gain is at most this (and at least its inverse): the darkest shadow of a hand
# with vignetting leaves about 0.4 of the light; a darker tile is print, not paper.
MAX_GAIN = 2.5

# (row offset, column offset, length of one step in pixels): eight directions 22.5° apart
# (the odd ones by knight's moves), so that a motion blur in any direction lies within
# about 11° of one of them.
DIRECTIONS = (
    (0, 1, 1.0), (1, 2, 5 ** 0.5), (1, 1, 2 ** 0.5), (2, 1, 5 ** 0.5),
    (1, 0, 1.0), (2, -1, 5 ** 0.5), (1, -1, 2 ** 0.5), (1, -2, 5 ** 0.5),
)
BAND_ROWS = 1 + max(dy for dy, _, _ in DIRECTIONS)
# Columns read beside a span: the farthest neighbour of a slope (a knight's move, two
# columns) and the pixel beside that one along the edge (`_partners`).
MARGIN = 3


def work_factor(pixels_per_mm: float) -> int:
    """Whole shrink factor leaving WORK_PPMM to 2·WORK_PPMM pixels per mm of document."""
    return max(1, int(pixels_per_mm // WORK_PPMM))


def _bands(gray, width: int, height: int, factor: int, rows) -> list[bytes]:
    """For each working row y, rows y to y + BAND_ROWS − 1 of the picture shrunk by `factor`.

    Only these bands are averaged, not the whole picture: the measure samples rows. They
    are averaged in one call, stacked: each band's rows are whole blocks of `factor`.
    `gray` is as `edge_width` takes it.
    """
    out_w = width // factor
    rows_per_band = BAND_ROWS * factor
    tops = []
    for y in rows:
        if y * factor + rows_per_band > height:
            break
        tops.append(y * factor)
    if not out_w or not tops:
        return []
    if callable(gray):
        stacked = gray(tops, rows_per_band)
    else:
        stacked = b"".join(gray[top * width : (top + rows_per_band) * width] for top in tops)
    if factor > 1:
        stacked = block_average(stacked, width, rows_per_band * len(tops), factor, factor)[0]
    size = out_w * BAND_ROWS
    return [stacked[i * size : (i + 1) * size] for i in range(len(tops))]


def _reach(x0: int, x1: int, width: int, dx: int) -> tuple[int, int]:
    """The pixels p of a span [x0, x1) whose neighbour p + (·, dx) and whose partners a
    column either side (`_partners`) lie in the picture, [lo, hi): no lane of them reads
    the zeros past its borders."""
    return max(x0, 1, 1 - dx), min(x1, width - 1, width - 1 - dx)


class _Lanes(NamedTuple):
    """The bands' rows as integers of 1-byte lanes (`pixels`), each span widened by MARGIN
    columns either side (0 past the picture's borders) and laid after the last: row k of
    every band in `rows[k]`. `starts` holds where each span's widened segment starts,
    `size` the lanes in all; `full` has every lane's bits set, `high` 0x80 in every lane."""

    rows: list
    starts: list
    size: int
    full: int
    high: int


def _lanes(bands, spans, width: int) -> _Lanes:
    """The bands' rows as lanes (`_Lanes`): read from bytes once, so that the slopes of every
    direction, and of the pixels beside, are shifts and sums in C."""
    rows = [[] for _ in range(BAND_ROWS)]
    starts, size = [], 0
    for band, (_, x0, x1) in zip(bands, spans):
        a, b = max(0, x0 - MARGIN), min(width, x1 + MARGIN)
        before, after = bytes(a - (x0 - MARGIN)), bytes(x1 + MARGIN - b)
        for k, parts in enumerate(rows):
            parts += (before, band[k * width + a : k * width + b], after)
        starts.append(size)
        size += x1 - x0 + 2 * MARGIN
    full = (1 << 8 * size) - 1
    return _Lanes([int.from_bytes(b"".join(parts), "little") for parts in rows], starts, size, full,
                  repeated(0x80, size, 1))


def _slope_lanes(lanes: _Lanes, dy: int, dx: int, oy: int = 0, ox: int = 0) -> int:
    """Lane i: |I(p + (oy, ox) + (dy, dx)) − I(p + (oy, ox))| for p the pixel of lane i of
    the first row. Valid for the pixels p of each span's reach (`_reach`)."""
    here, there = _shifted(lanes.rows[oy], ox, lanes.full), _shifted(lanes.rows[oy + dy], ox + dx, lanes.full)
    return abs_difference_lanes(here, there, lanes.high)


def _shifted(value: int, by: int, full: int) -> int:
    """Lane i holding what lane i + by held."""
    return value >> 8 * by if by >= 0 else (value << -8 * by) & full


def _reached(lanes: _Lanes, value: int, spans, width: int, dx: int) -> bytes:
    """The lanes of the pixels p of each span's reach (`_reach`), as bytes, span after span."""
    data = value.to_bytes(lanes.size, "little")
    parts = []
    for (_, x0, x1), start in zip(spans, lanes.starts):
        lo, hi = _reach(x0, x1, width, dx)
        if hi > lo:
            parts.append(data[start + MARGIN + lo - x0 : start + MARGIN + hi - x0])
    return b"".join(parts)


def _partners(dy: int, dx: int) -> list[tuple[int, int]]:
    """The pixels beside p along an edge whose slope runs in direction (dy, dx): offsets o
    within one pixel, in the band's rows, nearer the edge's tangent than its normal."""
    return [(oy, ox) for oy in range(min(2, BAND_ROWS - dy)) for ox in (-1, 0, 1)
            if (oy, ox) != (0, 0) and abs(oy * dy + ox * dx) < abs(oy * dx - ox * dy)]


def _runs(bands, spans, tile: int, top: int, left: int) -> list[list]:
    """For each band, its span cut into runs (x0, x1, gain table) of one gain: each tile's
    paper brought to the document's. Neighbouring tiles of the same gain make one run."""
    cuts, tiles = [], {}
    for band, (y, x0, x1) in zip(bands, spans):
        row, pieces = (y - top) // tile, []
        for column in range((x0 - left) // tile, (x1 - 1 - left) // tile + 1):
            a, b = max(x0, left + column * tile), min(x1, left + (column + 1) * tile)
            pieces.append((a, b, (row, column)))
            tiles.setdefault((row, column), []).append(band[a:b])
        cuts.append(pieces)
    paper = quantile(b"".join(band[x0:x1] for band, (_, x0, x1) in zip(bands, spans)), PAPER)
    tables = {}
    gains = {key: _gain_table(paper / max(1, quantile(b"".join(parts), PAPER)), tables)
             for key, parts in tiles.items()}
    runs = []
    for pieces in cuts:
        merged = []
        for a, b, key in pieces:
            if merged and merged[-1][2] is gains[key]:
                merged[-1] = (merged[-1][0], b, gains[key])
            else:
                merged.append((a, b, gains[key]))
        runs.append(merged)
    return runs


def _gain_table(gain: float, tables: dict) -> bytes:
    """Levels times `gain` (in 64ths), rounded, at most 255; one table per gain."""
    step = round(min(MAX_GAIN, max(1 / MAX_GAIN, gain)) * 64)
    if step not in tables:
        tables[step] = bytes(min(255, (v * step + 32) >> 6) for v in range(256))
    return tables[step]


def edge_width(
    gray, width: int, height: int, quad=None, factor: int = 1, pixels_per_mm: float | None = None
) -> float | None:
    """Edge width in pixels of the picture shrunk by `factor` (area averaging), rounded to
    0.01; None without any edge. `quad` is in the coordinates of the given picture, and
    `pixels_per_mm` the document's scale in it, if known. `gray` is the picture's grey
    levels, row-major, or a function (tops, count) giving those of `count` rows from each
    of `tops`, stacked (`pixels.luminance_rows`): the measure reads only bands of rows.

    Measured at the finest scale (factor, 2·factor, … COARSEST·factor) where the noise
    leaves the edges of a blur at the limits visible."""
    span = NOISE_SPAN if pixels_per_mm is None else NOISE_SPAN * min(1.0, pixels_per_mm / factor / WORK_PPMM)
    sample, m = _sample(gray, width, height, quad, factor), 1
    while sample is not None and m < COARSEST and _noisy(sample, span / m):
        # fewer samples as the scale coarsens: each one averages more of the picture
        coarser = _sample(gray, width, height, quad, factor * (m + 1), SAMPLES // (m + 1))
        if coarser is None:
            break
        sample, m = coarser, m + 1
    spread = None if sample is None else _spread(sample)
    if spread is None:
        return None
    # averaging m × m pixels spreads a perfect step over m of the finer pixels
    return round(max(1.0, (spread * m) ** 2 - m * m + 1) ** 0.5, 2)


class _Sample(NamedTuple):
    """Bands of rows of the document sampled at one scale (`_sample`)."""

    spans: list  # (y, x0, x1) of each band's first row, in working pixels
    width: int  # of the working picture
    runs: list  # of each band: its span cut into runs of one gain (`_runs`)
    contrast: float  # ink to paper
    across: bytes  # slopes one pixel across, which the noise's test and the spread read
    lanes: _Lanes  # the bands' rows


def _sample(gray, width: int, height: int, quad, factor: int, samples: int = SAMPLES) -> _Sample | None:
    """The document in the picture shrunk by `factor`, about `samples` pixels of it, in
    bands of rows (`_Sample`), or None if none is left."""
    work_w, work_h = width // factor, height // factor
    inner = None if quad is None else inset_quad(scale_quad(quad, 1 / factor), INSET)
    all_rows = row_spans(inner, work_w, work_h - BAND_ROWS + 1)
    inside = sum(x1 - x0 for _, x0, x1 in all_rows)
    if inside == 0:
        return None
    spans = all_rows[:: max(1, inside // samples)]
    bands = _bands(gray, width, height, factor, [y for y, _, _ in spans])
    if not bands:
        return None
    spans = spans[: len(bands)]
    top, left = all_rows[0][0], min(x0 for _, x0, _ in all_rows)
    shorter = min(all_rows[-1][0] + 1 - top, max(x1 for _, _, x1 in all_rows) - left)
    runs = _runs(bands, spans, max(MIN_TILE, shorter // TILES_ACROSS), top, left)
    levels = b"".join(band[a:b].translate(table)
                      for band, band_runs in zip(bands, runs) for a, b, table in band_runs)
    paper = quantile(levels, PAPER)
    contrast = max(paper - quantile(levels, 1 - PAPER), INK_CONTRAST * paper)
    lanes = _lanes(bands, spans, work_w)
    across = _reached(lanes, _slope_lanes(lanes, 0, 1), spans, work_w, 1)
    return _Sample(spans, work_w, runs, contrast, across, lanes)


def _noise_floor(slopes: bytes) -> float:
    """The noise's bar: NOISE_Z times the median slope, the median of grouped data
    (`grouped_median`). The noise's slopes are a few levels, and a plain median in whole
    levels moves the bar by NOISE_Z levels when a few slopes change: on a held-out photo
    of a sharp licence (seed 2687001), an outline a pixel off moved the vertical
    direction's median from 4 to 3, the bar from 12 to 9, and the width from 1.6 to 3.0
    pixels, from a pass to a fail."""
    sample = slopes[::NOISE_STEP]
    return NOISE_Z * grouped_median(sample) if sample else 0.0  # no slopes: none of noise


def _noisy(sample: _Sample, span: float) -> bool:
    """Whether the noise's slopes, in the finest direction (one pixel across), rise above
    those of an edge `span` pixels of the sample wide."""
    return _noise_floor(sample.across) > sample.contrast / span


def _spread(sample: _Sample) -> float | None:
    """Edge width in working pixels, the widest direction's; None without any edge."""
    contrast = sample.contrast
    threshold = max(1, ceil(contrast / EDGE_SPAN))
    widths = []
    for dy, dx, length in DIRECTIONS:
        slopes = _scaled_slopes(sample, dy, dx)
        if count_at_least(slopes, threshold):
            spread = contrast / top_level(slopes, 1 - SHARE, threshold) * length
            # a difference over `length` pixels spreads even a perfect step over that
            # length; take it out in quadrature, leaving the one pixel of the grid
            widths.append(max(1.0, spread * spread - length * length + 1) ** 0.5)
    return max(widths) if widths else None


def _scaled_slopes(sample: _Sample, dy: int, dx: int) -> bytes:
    """Slopes in direction (dy, dx): 0 below the noise's bar (in the picture's levels),
    the others scaled by the gain of their pixel p's tile. Only their counts matter, so
    they come grouped by gain, each group looked up in one call (through the bar's table
    and its gain's, composed)."""
    spans, work_w, runs, _, across, lanes = sample
    wide = _slope_lanes(lanes, dy, dx)
    slopes = across if (dy, dx) == (0, 1) else _reached(lanes, wide, spans, work_w, dx)
    # the first whole level at or above the noise's bar, at most the top level
    floor = min(255, max(MIN_SLOPE, ceil(_noise_floor(slopes))))
    bar = bytes(floor) + bytes(range(floor, 256))
    slopes = _reached(lanes, _along_an_edge(wide, lanes, dy, dx, floor), spans, work_w, dx)
    groups, at = {}, 0
    for (_, x0, x1), band_runs in zip(spans, runs):
        lo, hi = _reach(x0, x1, work_w, dx)
        if hi <= lo:
            continue
        for a, b, table in band_runs:
            a, b = max(a, lo), min(b, hi)
            if b > a:
                groups.setdefault(table, []).append(slopes[at + a - lo : at + b - lo])
        at += hi - lo
    return b"".join(b"".join(parts).translate(bar.translate(table)) for table, parts in groups.items())


def _along_an_edge(slopes: int, lanes: _Lanes, dy: int, dx: int, floor: int) -> int:
    """The slopes (lanes, as `_slope_lanes` gives them), 0 where no partner of p
    (`_partners`) also rises at least `floor`. Edge pixels come in chains (the
    connectivity Canny's hysteresis keeps, 1986, "A computational approach to edge
    detection", IEEE PAMI 8(6)); a noise slope above the bar (about one in twenty) seldom
    has another beside it. On a mostly blank page (a licence) the lone ones outnumbered
    the edges and widened a sharp page by half."""
    beside = 0
    for oy, ox in _partners(dy, dx):
        beside |= at_least_lanes(_slope_lanes(lanes, dy, dx, oy, ox), floor, lanes.high)
    # 0x80 where a partner rises, as 255: 1 times 255 in a lane carries into no neighbour
    return slopes & (beside >> 7) * 255
