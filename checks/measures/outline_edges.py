"""Thin gradient edges of a grey image, computed over whole buffers.

The edge map follows Canny (1986, "A computational approach to edge detection", IEEE
PAMI 8(6)): smooth, take the gradient (here the Sobel operator on a 1-2-1 binomial
blur, so about sigma 1.2), keep only pixels whose gradient magnitude is a local maximum
across the edge (non-maximum suppression) and above a threshold — here a low fixed
floor plus a threshold relative to the surrounding texture; a second floor, a multiple
of the picture's noise (`noise`), marks those that noise could not have made. Every
step runs as integer arithmetic over packed 16-bit lanes (see `checks.pixels`), so no
Python loop touches every pixel; only the surviving edge pixels are listed.

Beside its own gradient, each edge pixel is given the sum of the signed gradients of
the edge pixels around it: a robust local orientation in the spirit of the structure
tensor (Förstner & Gülch 1987; Bigün & Granlund 1987; Kass & Witkin 1987), but summing
the gradients themselves rather than their outer products, which keeps the sign. Along
a document's side every edge pixel has the same polarity (the paper is brighter, or
darker, than what it lies on), so their gradients add up to the side's normal even
where each one wavers by ±15° beside texture or under noise; around texture the
polarities alternate and largely cancel. Only thinned edge pixels that survived surround
suppression are summed, not the raw gradient field, in which the texture beside a faint
side would outweigh it.
"""

from __future__ import annotations

from ..pixels import LANE_BIAS, absolute_lanes, greater_equal_lanes, lanes, repeated
from .noise import noise_sigma

# Gradients are stored with this bias so that every 16-bit lane stays non-negative.
BIAS = LANE_BIAS

# A step of c grey levels gives a smoothed Sobel magnitude of about 64 * c (see `_gradients`).
GRADIENT_PER_LEVEL = 64

# Weakest edge kept, in grey levels of contrast: low enough for a white card on a light desk.
MIN_CONTRAST = 3.0
# On a noisy or sharpened photo (a phone at night) a blank sheet under a card fills with
# edge pixels of noise as dense as the card's print (held-out seed 2010103: 0.067 edge
# pixels per pixel around the card on its sheet, 0.084 on its face), and the sheet is
# taken for the card. So the density of print (`outline_sheet`) counts only the edge
# pixels reaching NOISE_FLOOR times the noise's deviation (`noise.noise_sigma`, read over
# the flattest NOISE_SHARE of blocks of NOISE_BLOCK pixels, so that print and texture do
# not count as noise): 2010103's sigma is 2.3 levels, and at 5 levels its ring holds
# 0.0045, its face 0.054. Raising the floor of the whole edge map so instead lost faint
# sides (a card's beside a sheet nearly as light, seed 2648905, sigma 2.1), and a floor
# of 5 levels for every picture lost white cards on light desks (clean held-out scenes,
# seed 2703200 n 80: mean IoU 0.898 -> 0.880; default, 2703400: 0.967 -> 0.925). Counted
# so, 400 fresh scenes (seeds 2708000-2708599: clean, small, cut, both styles) moved
# none; the held-out finals (n 400, seed 2010000) three: 2010103 found (framing false
# alarms 6.4 -> 5.7 %), another card's colour right, a third's resolution warned.
NOISE_FLOOR = 2.0
NOISE_BLOCK = 16
NOISE_SHARE = 0.1

# Surround suppression (see _stands_out): an edge pixel is kept when SURROUND_WEIGHT
# times its gradient reaches the sum over its 9 × 9 neighbourhood (81 / 40: twice the
# mean), or THIN_WEIGHT times it reaches the sum over the neighbourhood's thinned edges
# (a lone edge crosses the square in about 9 pixels; two as strong make 18).
SURROUND_WEIGHT = 40
THIN_WEIGHT = 14

# Gradients are summed over the edge pixels of a 7 × 7 window, radius 3: voting in the
# summed bins alone, held-out scenes (seeds 850000–850159) found 113, 120 and 118 of 160
# whole documents at radius 2, 3 and 4; voting as `outline_lines` does, radius 4 found
# 225 of 320 (seeds 850000–850319) against 228. They are divided by 2**SUM_SHIFT first
# (rounded) so that 49 of them with their bias fit a 16-bit lane: 49 * (2 * BIAS >> 5)
# < 2**16.
SUM_SHIFT = 5
SUMMED_BIAS = 49 * (BIAS >> SUM_SHIFT)  # what the bias of a 7 × 7 window's lanes adds up to


class EdgeMap:
    """Edge pixels of one image: flat indices; per pixel, read at the edge pixels, the
    signed gradients plus BIAS and those summed over the edge pixels around them plus
    SUMMED_BIAS (see the module's docstring), as sequences of 16-bit lanes (they are
    read where they are needed: building a list per edge pixel costs in Pyodide); and
    per pixel (`beside_x`) bit 1 set when the pixel or one beside it in x is an edge
    pixel whose x gradient is positive, bit 2 when one is negative; `beside_y` the same
    in y; and `beyond_noise()`, the edge pixels whose contrast reaches NOISE_FLOOR times
    the picture's noise (all of them on a quiet picture), which is what the density of
    print is read from: found when first asked for, as most edge maps (a window's, a
    tint's) are never read so."""

    __slots__ = (
        "width", "height", "indices", "gx", "gy", "summed_x", "summed_y", "beside_x", "beside_y",
        "_find_beyond", "_beyond",
    )

    def __init__(
        self, width, height, indices, gx, gy, summed_x, summed_y, beside_x=b"", beside_y=b"", find_beyond=None,
    ):
        self.width = width
        self.height = height
        self.indices = indices  # flat indices y * width + x of the edge pixels
        self.gx = gx  # per pixel, x gradient + BIAS
        self.gy = gy
        self.summed_x = summed_x  # per pixel, x gradient summed over the edge pixels around it + SUMMED_BIAS
        self.summed_y = summed_y
        self.beside_x = beside_x
        self.beside_y = beside_y
        self._find_beyond = find_beyond  # a call that lists them, or None: all of them
        self._beyond = None

    def beyond_noise(self) -> list[int]:
        """The flat indices of the edge pixels whose contrast reaches the noise's floor."""
        if self._beyond is None:
            self._beyond = self._find_beyond() if self._find_beyond else self.indices
        return self._beyond


# Tables reading the codes of `edge_map`: 1 at an edge pixel; 1 where its gradient along
# x (or y) is positive, 2 where it is negative, as `EdgeMap.beside_x` wants them.
_EDGE = bytes(code & 1 for code in range(256))
_SIGN_X = bytes(0 if not code & 1 else 2 if code & 2 else 1 for code in range(256))
_SIGN_Y = bytes(0 if not code & 1 else 2 if code & 4 else 1 for code in range(256))

# Passes of the 1-2-1 blur across and down in `smoothed`: three make a 7-tap binomial
# (sigma about 1.2 pixels), which averages a newspaper's columns of text at the working
# size into an even grey, and the dots of a cloth into its mean.
SMOOTH_PASSES = 3

# Weights of a lane and its two neighbours, as one multiplier (see `_across`).
_ONE_TWO_ONE = 1 | 2 << 16 | 1 << 32
_ONE_ONE_ONE = 1 | 1 << 16 | 1 << 32


def _across(value: int, weights: int, mask: int) -> int:
    """Lane-wise weighted sums of each lane and its neighbours either side (0 beyond the
    ends), the weights packed in 16-bit lanes of `weights`: one multiplication, which
    costs about two passes over the lanes where shifts, masks and adds cost five."""
    return ((value * weights) >> 16) & mask


def _blurred(value: int, mask: int, row: int) -> int:
    """16 times the 1-2-1 blur across and down of 8-bit values in 16-bit lanes (at most
    4080), rows `row` bits long: 0 beyond the ends, and a row's ends wrap round."""
    across = _across(value, _ONE_TWO_ONE, mask)
    return ((across << row) & mask) + (across << 1) + (across >> row)


def smoothed(gray: bytes, width: int, height: int) -> bytes:
    """The 8-bit image blurred by SMOOTH_PASSES 1-2-1 passes across and down, its
    border pixels repeated outward first so that the borders keep their grey (a darker
    rim would make an edge along every border)."""
    pad = SMOOTH_PASSES
    w, h = width + 2 * pad, height + 2 * pad
    rows = [gray[y * width : (y + 1) * width] for y in range(height)]
    rows = [row[:1] * pad + row + row[-1:] * pad for row in rows]
    n = w * h
    mask = (1 << (16 * n)) - 1
    ones = repeated(1, n, 2)
    a = lanes(b"".join([rows[0]] * pad + rows + [rows[-1]] * pad), 2)
    for _ in range(SMOOTH_PASSES):  # what wraps round a row's ends stays in the padding
        a = ((_blurred(a, mask, 16 * w) + 8 * ones) >> 4) & (0xFF * ones)
    blurred = a.to_bytes(2 * n, "little")[0::2]
    return b"".join(blurred[(y + pad) * w + pad : (y + pad) * w + pad + width] for y in range(height))


def edge_map(gray: bytes, width: int, height: int) -> EdgeMap:
    """Find thin edge pixels of an 8-bit grey image of width × height."""
    n = width * height
    if width < 8 or height < 8:
        return EdgeMap(width, height, [], [], [], [], [])
    mask = (1 << (16 * n)) - 1
    ones = repeated(1, n, 2)  # other constants in every lane are multiples of it: faster
    row = 16 * width

    a = lanes(gray[:n], 2)
    s = _blurred(a, mask, row)
    # Sobel: a 1-2-1 sum along the edge, a central difference across it (at most ±16320).
    down = ((s << row) & mask) + (s << 1) + (s >> row)
    across = _across(s, _ONE_TWO_ONE, mask)
    bias = BIAS * ones
    gx = (down >> 16) + bias - ((down << 16) & mask)
    gy = (across >> row) + bias - ((across << row) & mask)

    low = 0x3FFF * ones
    half = 0x8000 * ones
    ax = absolute_lanes(gx, ones, low)
    ay = absolute_lanes(gy, ones, low)
    mag = ax + ay  # L1 magnitude, at most 32640

    # The comparisons below leave their answer in bit 15 of each lane (a + 2**15 - b has
    # it set where a >= b, all lanes below 2**15), and are combined there: one shift.
    raised = mag + half
    across_x = (ax + half - ay) & half
    peak_x = (raised - ((mag << 16) & mask)) & (raised - (mag >> 16) - ones)
    peak_y = (raised - ((mag << row) & mask)) & (raised - (mag >> row) - ones)
    floor = int(MIN_CONTRAST * GRADIENT_PER_LEVEL)
    keep = (((across_x & peak_x) | ((half ^ across_x) & peak_y)) & (raised - floor * ones)) >> 15
    keep &= _stands_out(mag, keep, n, row, mask, half, ones)

    # One unpacking for three maps: per edge pixel 1, plus 2 where its x gradient is
    # negative and 4 where its y gradient is (bit 14 of a biased gradient: not negative).
    codes = _unpack(keep * 7 - ((keep & (gx >> 14)) << 1) - ((keep & (gy >> 14)) << 2), n, width, height)
    flags = codes.translate(_EDGE)
    indices = _positions(flags)
    sign_x, sign_y = codes.translate(_SIGN_X), codes.translate(_SIGN_Y)

    def beyond_noise():
        noise_floor = int(NOISE_FLOOR * noise_sigma(gray, width, height, NOISE_BLOCK, NOISE_SHARE) * GRADIENT_PER_LEVEL)
        if noise_floor <= floor:
            return indices
        return _positions(_unpack(keep & greater_equal_lanes(mag, noise_floor * ones, half, ones), n, width, height))

    return EdgeMap(
        width,
        height,
        indices,
        memoryview(gx.to_bytes(2 * n, "little")).cast("H"),
        memoryview(gy.to_bytes(2 * n, "little")).cast("H"),
        *_summed_around(gx, gy, flags, n, width, ones),
        _beside(sign_x, 1),
        _beside(sign_y, width),
        beyond_noise,
    )


def _positions(flags: bytes) -> list[int]:
    """Where the bytes of 1 lie. One search in C per edge pixel: a few in a hundred pixels
    are edges, and running over all of them (`itertools.compress`) costs twice as much in
    Pyodide, which makes an integer of every position it passes."""
    found = []
    at = flags.find(1)
    while at >= 0:
        found.append(at)
        at = flags.find(1, at + 1)
    return found


def _summed_around(gx: int, gy: int, flags: bytes, n: int, width: int, ones: int):
    """Per pixel, the x and y sums of the gradients (in units of 2**SUM_SHIFT) of the edge
    pixels (`flags`: bytes of 1) in its 7 × 7 window, plus SUMMED_BIAS, as 16-bit lanes
    (right for pixels at least two rows and columns from the border: edge pixels).

    Each edge pixel's lane holds its biased gradient scaled down, every other lane the
    bias alone (no gradient), and three rows of the bias are added above and below the
    picture: every window then sums 49 lanes, which hold SUMMED_BIAS in all.
    """
    edge = lanes(flags, 2)
    keep = edge * 0xFFFF
    rounding = (1 << (SUM_SHIFT - 1)) * ones
    low = ((1 << (16 - SUM_SHIFT)) - 1) * ones
    bias = BIAS >> SUM_SHIFT
    margin = 3 * width  # lanes of the rows added on either side
    size = n + 2 * margin
    rows = bias * (ones & ((1 << (16 * margin)) - 1))
    biases = rows | ((bias * (ones - edge)) << (16 * margin)) | (rows << (16 * (n + margin)))
    mask = (1 << (16 * size)) - 1
    sums = []
    for g in (gx, gy):
        scaled = ((g + rounding) >> SUM_SHIFT) & low & keep
        total = _window7(biases + (scaled << (16 * margin)), 16 * width, mask).to_bytes(2 * size, "little")
        sums.append(memoryview(total).cast("H")[margin:])
    return sums


def _window7(value: int, row: int, mask: int) -> int:
    """Lane-wise sums over 7 × 7 neighbourhoods: 3-sums, then the 3-sums two lanes to
    either side and the lane itself, across and then down."""
    three = _across(value, _ONE_ONE_ONE, mask)
    value = ((three << 32) & mask) + value + (three >> 32)
    three = ((value << row) & mask) + value + (value >> row)
    return ((three << 2 * row) & mask) + value + (three >> 2 * row)


def _unpack(value: int, n: int, width: int, height: int) -> bytes:
    """Low bytes of n 16-bit lanes, with the outer two rows and columns cleared (the blur
    and the Sobel reach two pixels, so there the lanes wrapped around)."""
    out = bytearray(value.to_bytes(2 * n, "little")[0::2])
    zero_rows = bytes(2 * width)
    out[: 2 * width] = zero_rows
    out[n - 2 * width :] = zero_rows
    for column in (0, 1, width - 2, width - 1):
        out[column::width] = bytes(height)
    return bytes(out)


def _beside(codes: bytes, step: int) -> bytes:
    """Per pixel, the OR of the codes of the pixel and of those `step` bytes before and after it."""
    value = int.from_bytes(codes, "little")
    shift = 8 * step
    value |= (value << shift) | (value >> shift)
    return value.to_bytes(len(codes) + step, "little")[: len(codes)]


def _stands_out(mag: int, thin: int, n: int, row: int, mask: int, half: int, ones: int) -> int:
    """Lanes of 1 where an edge stands out of its 9 × 9 neighbourhood.

    Surround suppression (Grigorescu, Petkov & Westenberg 2003, IEEE Trans. Image
    Processing 12(7)): an edge inside texture (wood grain, fabric, keys) has as strong
    edges all around it and is dropped; an isolated edge is kept. Two tests, either of
    which keeps it: its gradient is at least 81 / SURROUND_WEIGHT times the neighbourhood's
    mean gradient (a sharp edge, even a faint one like a white card on white paper, or a
    card's edge beside its shadow); or THIN_WEIGHT times its gradient is at least the sum
    over the thinned edges (`thin`: lanes of 1) of the neighbourhood (a wide, blurred edge
    that is alone once thinned).
    """
    coarse = (mag >> 7) & (0xFF * ones)  # at most 255, so 81 of them fit a lane
    kept = greater_equal_lanes(coarse * SURROUND_WEIGHT, _box(coarse, row, mask), half, ones)
    thinned = coarse & (thin * 0xFF)
    return kept | greater_equal_lanes(coarse * THIN_WEIGHT, _box(thinned, row, mask), half, ones)


def _box(value: int, row: int, mask: int) -> int:
    """Lane-wise sums over 9 × 9 neighbourhoods (3 × 3 sums of 3 × 3 sums)."""
    across = _across(value, _ONE_ONE_ONE, mask)
    across = ((across << 48) & mask) + across + (across >> 48)
    box = ((across << row) & mask) + across + (across >> row)
    return ((box << 3 * row) & mask) + box + (box >> 3 * row)
