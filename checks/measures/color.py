"""Colourfulness of the document: Hasler & Süsstrunk (2003), "Measuring colourfulness in
natural images", Proc. SPIE 5007.

M = sqrt(σ_rg² + σ_yb²) + 0.3 · sqrt(μ_rg² + μ_yb²), with rg = R − G and
yb = (R + G)/2 − B over the pixels. A greyscale or black-and-white copy gives M ≈ 0.
A grey copy photographed under tinted light would still score through its cast, so the
samples are first white-balanced by the white-patch rule (von Kries scaling of each
channel so that the bright paper, each channel's 95th percentile, comes out white; Land &
McCann's retinex "white patch"); a tinted grey copy then measures ≈ 0 while a coloured
document keeps its colours, and an under-exposed picture is judged at the brightness of
a well-exposed one (exposure reports the darkness itself).

Samples clipped to white in all three channels are left out: over-exposure wipes out
colour and print alike, and exposure reports that. Pixels are sampled on a grid (about
20 000 of them inside the document); rg and yb are
computed for all samples at once in one-byte lanes (from halved and quartered channels,
so they are exact to ±1 level, and exactly 0 for grey), counted in histograms, and the
statistics are computed from integer sums, so CPython and Pyodide agree.
"""

from __future__ import annotations

from itertools import compress
from math import isqrt, sqrt

from ..pixels import histogram, top_level
from .region import quad_area, row_spans

SAMPLES = 20_000
# Channels this bright are clipped: an over-exposed white carries no colour information.
CLIPPED = 250
_BELOW_CLIPPED = bytes(1 if v < CLIPPED else 0 for v in range(256))
WHITE_SHARE = 0.95
_HALF = bytes(v // 2 for v in range(256))
# R/4 and G/4, rounded in opposite directions so that R/4 + G/4 == B/2 exactly for grey.
_QUARTER_DOWN = bytes(v // 4 for v in range(256))
_QUARTER_UP = bytes(v // 2 - v // 4 for v in range(256))
_OFFSET = 128


def sample_step(pixels_inside: float) -> int:
    """Grid step giving about SAMPLES samples over an area."""
    return max(1, isqrt(int(pixels_inside // SAMPLES)))


def _channels(rgba, width: int, spans, step: int) -> tuple[bytes, bytes, bytes]:
    data = memoryview(rgba).cast("B")
    reds, greens, blues = [], [], []
    for y, x0, x1 in spans:
        row = bytes(data[(y * width + x0) * 4 : (y * width + x1) * 4])
        stride = 4 * step
        reds.append(row[0::stride])
        greens.append(row[1::stride])
        blues.append(row[2::stride])
    return b"".join(reds), b"".join(greens), b"".join(blues)


def _lanes(data: bytes) -> int:
    return int.from_bytes(data, "little")


def _mean_and_variance(counts: list[int], scale: int) -> tuple[float, float]:
    """Mean and variance of (value − 128) · scale over a histogram."""
    n = sum(counts)
    s1 = sum(c * (v - _OFFSET) for v, c in enumerate(counts))
    s2 = sum(c * (v - _OFFSET) ** 2 for v, c in enumerate(counts))
    mean = s1 / n
    variance = (s2 * n - s1 * s1) / (n * n)
    return mean * scale, variance * scale * scale


def _unclipped(red: bytes, green: bytes, blue: bytes) -> tuple[bytes, bytes, bytes]:
    """The samples with at least one channel below CLIPPED (clipped white has no colour)."""
    below = (_lanes(red.translate(_BELOW_CLIPPED)) + _lanes(green.translate(_BELOW_CLIPPED))
             + _lanes(blue.translate(_BELOW_CLIPPED)))
    keep = below.to_bytes(len(red), "little")
    return tuple(bytes(compress(channel, keep)) for channel in (red, green, blue))


def _white_balanced(*channels: bytes) -> list[bytes]:
    """Scale each channel so that its 95th percentile becomes white (255)."""
    whites = [max(1, top_level(c, 1 - WHITE_SHARE)) for c in channels]
    target = 255
    return [
        c.translate(bytes(min(255, (v * target + white // 2) // white) for v in range(256)))
        for c, white in zip(channels, whites)
    ]


def colourfulness(rgba, width: int, height: int, quad=None) -> float | None:
    """M of Hasler & Süsstrunk inside the quad (or the whole picture), rounded to 0.1."""
    area = quad_area(quad) if quad is not None else width * height
    step = sample_step(area)
    spans = row_spans(quad, width, height, step)
    red, green, blue = _unclipped(*_channels(rgba, width, spans, step))
    n = len(red)
    if n == 0:
        return None
    red, green, blue = _white_balanced(red, green, blue)
    offset = _lanes(bytes([_OFFSET]) * n)
    # rg/2 + 128 = R/2 − G/2 + 128 in 1..255; yb/2 + 128 = R/4 + G/4 − B/2 + 128 in 1..254.
    rg = _lanes(red.translate(_HALF)) + offset - _lanes(green.translate(_HALF))
    yb = (_lanes(red.translate(_QUARTER_DOWN)) + _lanes(green.translate(_QUARTER_UP)) + offset
          - _lanes(blue.translate(_HALF)))
    mean_rg, var_rg = _mean_and_variance(histogram(rg.to_bytes(n, "little")), 2)
    mean_yb, var_yb = _mean_and_variance(histogram(yb.to_bytes(n, "little")), 2)
    spread = sqrt(max(0.0, var_rg) + max(0.0, var_yb))
    cast = sqrt(mean_rg * mean_rg + mean_yb * mean_yb)
    return round(spread + 0.3 * cast, 1)
