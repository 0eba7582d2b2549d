"""Colour of the document: the share of its area that is printed in colour.

A greyscale or black-and-white copy has no colour anywhere on the document; a genuine
card or licence has it somewhere (a tinted guilloche, a red seal, a coloured logo). The
measure counts *where* colour is, as a share of the document's area, rather than taking
a global mean and variance of the colour signal as Hasler & Süsstrunk's colourfulness M
does (2003, "Measuring colourfulness in natural images", Proc. SPIE 5007): M grows with
the square of a few strong outliers, so a thumb or a sliver of desk inside the measured
region lifts a grey copy to "colourful", while an area share grows only by the
intruder's own area. Steps:

1. Patch means: each channel is averaged over squares about PATCH_MM (1 mm) wide on the
   document, sized from its pixels per mm, and never narrower than NOISE_PX pixels. A
   printed stroke or colour field is about that wide and keeps its colour in the mean.
   The colour noise of a phone picture lives in pixels, not on the document: blotches a
   few pixels wide (demosaicing, noise reduction) and JPEG's colour blocks (8 × 8
   samples of colour kept at half resolution, 16 × 16 pixels: ITU-T T.81 and the
   4:2:0 sampling of JFIF/Exif). It averages away over a patch of many blotches, the more
   the more finely the document is resolved, where a block of a fixed few pixels would
   keep it.
2. White patch (von Kries scaling, Land & McCann's retinex "white patch"), taken on the
   brightest pixels (Joze, Drew, Finlayson & Rey, 2012, "The role of bright pixels in
   illumination estimation"): each channel is scaled so that the mean colour of the
   brightest 5 % of the samples, the paper, comes out white; a light cast then measures
   as grey, and a large pale tint (a card's background) is not mistaken for the light.
   Patches clipped to white in all three channels are left out: over-exposure wipes
   out colour and print alike, and exposure reports that; the unclipped halo around a
   glare's blown-out core is brighter than the paper, so where patches are clipped the
   paper is also taken below the halo (`coloured_share`). A channel clipped alone is
   cut back first, as raw converters clip highlights after white balance (dcraw's
   highlight mode 0, D. Coffin): every channel is capped where the paper's tint puts it
   when the light's strongest channel clips. Ink only takes light away, so no print is
   brighter than its paper in any channel; what a cap cuts is a pixel pushed past white,
   such as the halo a phone's sharpening draws beside every stroke. Left as it is, such
   a halo keeps only the weaker channels' tint: under a warm lamp the halos of a
   black-and-white copy lose red, and their patches come out blue once scaled (chroma
   14–20 on held-out scenes, as strong as a card's pale tints). The paper's tint for
   the caps is taken from a first, sparser set of patches.
3. Hasler & Süsstrunk's opponent axes rg = R − G, yb = (R + G)/2 − B. A patch is coloured
   when its chroma |(rg, yb)| is at least CHROMA, and its hue lies off the skin locus:
   skin of every complexion and most wood lie along one narrow band of orange hues
   (the "skin locus" of Störring, Andersen & Granum, 1999, "Skin colour detection under
   changing lighting conditions", and Soriano et al., 2000, ICPR), here 30°–75° in the
   (rg, yb) plane; colour there is taken for a hand or a desk, not for the document.

The value is the share of the document's unclipped patches that are coloured, in %.
rg and yb are computed for all samples at once in one-byte lanes (from halved and
quartered channels, exact to ±1 level and exactly 0 for grey), counted per (rg, yb) pair,
and classified with integer comparisons, so CPython and Pyodide agree.
"""

from __future__ import annotations

from collections import Counter
from itertools import accumulate, compress

from ..pixels import block_means, top_level
from .region import inset_quad, quad_area, row_spans, scale_quad

# Side of the patches judged, mm on the document: a printed stroke or the smallest colour
# field is about this wide.
PATCH_MM = 1.0
# Side of the patches in pixels at least, whatever the document's scale: the colour noise
# of a camera does not change from pixel to pixel but in blotches (demosaicing and noise
# reduction spread it), and JPEG keeps colour at half resolution in blocks of 8 × 8
# samples, 16 × 16 pixels, whose coarse errors vary across a block. A mean over 12 pixels
# averages several blotches and most of a block's width, and keeps the pale tints of a
# card photographed small: 4 of 40 small documents on the bench (seeds 664000–664039,
# most with a wrong outline) measure under 2 % with 12 pixels, 6 with 16.
NOISE_PX = 12
# A patch 2·GRID pixels wide or more is averaged over a grid of GRID to 2·GRID pixels a
# side: noise a few pixels wide still averages out, at the cost of a small patch.
GRID = 8
# Patches sampled, about: a share of 1 % is then known to ±0.1 %, and on a huge picture
# only one band of patches in a few is read.
SAMPLES = 20_000
# Patches sampled for the paper's tint that sets the highlight caps: its brightest 5 %
# are 25 patches of paper.
PAPER_SAMPLES = 500
# Patches averaged in one call: a call per band of patches costs more in Pyodide than the
# averaging itself, and a bound keeps the memory small on a huge picture (a call holds the
# rows of pixels its samples lie on, 4 · side · per_side bytes a patch: 3 MB for patches
# of 14 pixels, 12 MB for a card filling a 48-megapixel picture).
PATCHES_AT_ONCE = 4096
# Edges of the measured region are left out: a found outline a few pixels too large
# takes in a strip of background, and patch means across the document's edge mix colours.
INSET = 0.03
# Channels this bright are clipped: an over-exposed white carries no colour information.
CLIPPED = 250
WHITE_SHARE = 0.05
_THIRD = bytes(v // 3 for v in range(256))
_HALF = bytes(v // 2 for v in range(256))
# R/4 and G/4, rounded in opposite directions so that R/4 + G/4 == B/2 exactly for grey.
_QUARTER_DOWN = bytes(v // 4 for v in range(256))
_QUARTER_UP = bytes(v // 2 - v // 4 for v in range(256))
_OFFSET = 128
# Chroma (in levels of rg, yb) from which a patch counts as coloured: the pale tint of an
# ID card's guilloche measures 15–25 in blocks a third of a millimetre wide; the patch
# means of grey copies stay under 5 on 99.9 % of the patches (bench, seeds 662000–662059).
CHROMA = 12
# The skin locus as tangents of its hue angles (30° and 75°), scaled by 1000 for integers.
_SKIN_TAN_LOW, _SKIN_TAN_HIGH = 577, 3732


def _lanes(data: bytes) -> int:
    return int.from_bytes(data, "little")


def patch_side(pixels_per_mm: float | None) -> int:
    """Side in pixels of a PATCH_MM square on the document, at least NOISE_PX; NOISE_PX
    when the document's scale is not known."""
    if pixels_per_mm is None:
        return NOISE_PX
    return max(NOISE_PX, round(PATCH_MM * pixels_per_mm))


def _samples(rgba, width: int, height: int, quad, patch: int, samples: int = SAMPLES,
             caps: tuple[int, int, int] = (255, 255, 255)) -> tuple[bytes, bytes, bytes]:
    """R, G and B means of patch × patch squares at a grid of about `samples` points inside
    the (inset) quad, each channel capped at its level of `caps` first. A large patch is
    averaged over a grid of GRID to 2·GRID pixels a side, `stride` apart, and its side
    rounded down to a whole number of strides. Only the sampled bands of rows are read,
    about PATCHES_AT_ONCE patches at a time, so the memory stays bounded."""
    stride = max(1, patch // GRID)
    per_side = max(1, patch // stride)
    side = per_side * stride
    work_w, work_h = width // side, height // side
    inner = None if quad is None else inset_quad(scale_quad(quad, 1 / side), INSET)
    area = quad_area(inner) if inner is not None else work_w * work_h
    step = max(1, int((area / samples) ** 0.5))
    capped = [bytes(min(v, cap) for v in range(256)) if cap < 255 else None for cap in caps]
    data = memoryview(rgba).cast("B")
    channels = ([], [], [])
    bands, held = [], 0
    for band in row_spans(inner, work_w, work_h, step):
        bands.append(band)
        held += band[2] - band[1]
        if held >= PATCHES_AT_ONCE:
            for samples, means in zip(channels, _band_means(data, width, bands, stride, per_side, step, capped)):
                samples.extend(means)
            bands, held = [], 0
    for samples, means in zip(channels, _band_means(data, width, bands, stride, per_side, step, capped)):
        samples.extend(means)
    return tuple(b"".join(samples) for samples in channels)


def _band_means(data, width: int, bands, stride: int, per_side: int, step: int, capped):
    """For each channel, every step-th patch mean of each band (y, x0, x1) of patches,
    per_side × per_side samples `stride` pixels apart a patch, each channel looked up in
    its table of `capped` (None: as it is). The bands' rows of pixels are laid side by
    side, one string per row of samples; each sample of a patch, taken from all patches
    at once by one strided slice, is one plane of `block_means`."""
    if not bands:
        return [], [], []
    side = per_side * stride
    rows = [b"".join(data[4 * ((y * side + row) * width + x0 * side) : 4 * ((y * side + row) * width + x1 * side)]
                     for y, x0, x1 in bands)
            for row in range(0, side, stride)]
    counts = [x1 - x0 for _, x0, x1 in bands]
    starts = list(accumulate(counts, initial=0))
    found = []
    for channel, table in enumerate(capped):
        planes = (int.from_bytes(row[4 * column + channel :: 4 * side].translate(table) if table
                                 else row[4 * column + channel :: 4 * side], "little")
                  for row in rows for column in range(0, side, stride))
        means = block_means(planes, starts[-1], per_side * per_side)
        found.append([means[start : start + count : step] for start, count in zip(starts, counts)])
    return found


def _unclipped(red: bytes, green: bytes, blue: bytes, caps=(255, 255, 255)) -> tuple[bytes, bytes, bytes]:
    """The samples with at least one channel below clipping (clipped white has no colour):
    CLIPPED, or as far below its cap (`_highlight_caps`) as CLIPPED is below 255."""
    below = 0
    for channel, cap in zip((red, green, blue), caps):
        below += _lanes(channel.translate(bytes(1 if 255 * v < CLIPPED * cap else 0 for v in range(256))))
    keep = below.to_bytes(len(red), "little")
    return tuple(bytes(compress(channel, keep)) for channel in (red, green, blue))


def _paper(red: bytes, green: bytes, blue: bytes, leave: float = 0.0) -> list[int]:
    """The mean colour of the brightest WHITE_SHARE of the samples (by R + G + B): the
    paper, taken for the light's colour. With `leave`, the brightest `leave` share of the
    samples is set aside first (see `coloured_share`)."""
    grey = (_lanes(red.translate(_THIRD)) + _lanes(green.translate(_THIRD))
            + _lanes(blue.translate(_THIRD))).to_bytes(len(red), "little")
    if leave > 0:
        cut = top_level(grey, leave)
        below = grey.translate(bytes(1 if v < cut else 0 for v in range(256)))
        if below.count(1):
            red, green, blue, grey = (bytes(compress(values, below)) for values in (red, green, blue, grey))
    paper = top_level(grey, WHITE_SHARE)
    brightest = grey.translate(bytes(1 if v >= paper else 0 for v in range(256)))
    count = brightest.count(1)
    return [max(1, sum(compress(channel, brightest)) // count) for channel in (red, green, blue)]


def _highlight_caps(paper: list[int]) -> tuple[int, ...]:
    """Each channel's level when the paper's strongest channel reaches 255, at its tint."""
    strongest = max(paper)
    return tuple(min(255, round(255 * level / strongest)) for level in paper)


def _white_balanced(red: bytes, green: bytes, blue: bytes, leave: float = 0.0) -> list[bytes]:
    """Scale each channel so that the paper (`_paper`, with `leave`) comes out white (255)."""
    return [channel.translate(bytes(min(255, (v * 255 + white // 2) // white) for v in range(256)))
            for channel, white in zip((red, green, blue), _paper(red, green, blue, leave))]


def _opponents(red: bytes, green: bytes, blue: bytes) -> Counter:
    """Count of each (rg/2 + 128, yb/2 + 128) pair, packed as yb_byte · 256 + rg_byte."""
    n = len(red)
    offset = _lanes(bytes([_OFFSET]) * n)
    # rg/2 + 128 = R/2 − G/2 + 128 in 1..255; yb/2 + 128 = R/4 + G/4 − B/2 + 128 in 1..254.
    rg = _lanes(red.translate(_HALF)) + offset - _lanes(green.translate(_HALF))
    yb = (_lanes(red.translate(_QUARTER_DOWN)) + _lanes(green.translate(_QUARTER_UP)) + offset
          - _lanes(blue.translate(_HALF)))
    pairs = bytearray(2 * n)
    pairs[0::2] = rg.to_bytes(n, "little")
    pairs[1::2] = yb.to_bytes(n, "little")
    return Counter(memoryview(pairs).cast("H"))


def is_coloured(rg: int, yb: int) -> bool:
    """Chroma at least CHROMA, and a hue off the skin locus (30°–75°)."""
    if rg * rg + yb * yb < CHROMA * CHROMA:
        return False
    on_skin_locus = rg > 0 and _SKIN_TAN_LOW * rg <= 1000 * yb <= _SKIN_TAN_HIGH * rg
    return not on_skin_locus


def coloured_share(rgba, width: int, height: int, quad=None, pixels_per_mm: float | None = None) -> float | None:
    """% of the document (inside the quad, or the whole picture) printed in colour,
    rounded to 0.01; None when every sample is clipped to white. `quad` is in the given
    picture's pixels; `pixels_per_mm` is the document's scale (None: not known).

    A glare's blown-out core is left out as clipped, but the halo around it is not: brighter
    than the paper and whiter the nearer the core, whatever the light's colour, it would
    be taken for the paper, and under a warm lamp the print would keep the lamp's cast,
    which the skin locus then discounts. When samples are clipped, the paper is taken
    again with as large a share of the brightest samples set aside (a halo about as large
    as its core), and the larger share of the two counts: set aside where there is no
    halo, the brightest samples left may be a card's pale background, whose tint the
    white balance would then remove.
    """
    patch = patch_side(pixels_per_mm)
    sparse = _samples(rgba, width, height, quad, patch, PAPER_SAMPLES)
    unclipped = _unclipped(*sparse)
    if not unclipped[0]:
        return None
    share = _coloured(rgba, width, height, quad, patch, unclipped)
    blown = 1 - len(unclipped[0]) / len(sparse[0])
    if blown > 0 and share is not None:
        beside_halo = _coloured(rgba, width, height, quad, patch, unclipped, blown)
        share = max(share, beside_halo or 0.0)
    return share


def _coloured(rgba, width: int, height: int, quad, patch: int, sparse, leave: float = 0.0) -> float | None:
    """% of the samples in colour, white-balanced on the paper (`_paper`, with `leave`) of
    the samples and of the `sparse` ones that set the highlight caps; None when every
    sample is clipped."""
    caps = _highlight_caps(_paper(*sparse, leave))
    red, green, blue = _unclipped(*_samples(rgba, width, height, quad, patch, SAMPLES, caps), caps)
    if not red:
        return None
    pairs = _opponents(*_white_balanced(red, green, blue, leave))
    coloured = sum(count for key, count in pairs.items()
                   if is_coloured(2 * ((key & 255) - _OFFSET), 2 * ((key >> 8) - _OFFSET)))
    return round(100 * coloured / len(red), 2)
