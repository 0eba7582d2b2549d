"""Read the committed PNG fixtures with the standard library only (runs in Pyodide too).

Handles what the fixtures use: 8-bit greyscale, RGB and RGBA, non-interlaced.
Returns RGBA bytes, as the browser's getImageData hands them to `checks`.

Undoing the filters (PNG specification, §9) without a loop over bytes, which would take
seconds per picture inside Pyodide: every filter predicts a byte from its left (a), upper
(b) and upper-left (c) neighbours, so the pixels of one anti-diagonal (x + y = k) depend
only on the two diagonals before it. The decoder walks the width + height − 1 diagonals;
each is gathered with strided slices, and all its bytes are worked on at once as 16-bit
lanes of one big integer, where the Average and Paeth predictors become additions,
shifts and masks. Each row keeps its own filter type: a lane mask per type picks the
predictor.
"""

from __future__ import annotations

import struct
import zlib
from pathlib import Path

CHANNELS = {0: 1, 2: 3, 6: 4}  # PNG colour type -> samples per pixel
LANE = 16                      # bits per sample while unfiltering: room for signed sums


def _spread(row_bytes: bytes, bpp: int) -> int:
    """One byte per row -> that byte in both bytes of each of the row's `bpp` lanes."""
    buf = bytearray(2 * bpp * len(row_bytes))
    for j in range(2 * bpp):
        buf[j::2 * bpp] = row_bytes
    return int.from_bytes(buf, "little")


class _Lanes:
    """Constants with one value in each of n lanes."""

    def __init__(self, n_lanes: int):
        self.count = n_lanes
        self.ones = int.from_bytes(b"\x01\x00" * n_lanes, "little")
        self.all = (1 << (LANE * n_lanes)) - 1
        self.low8 = self.ones * 0xFF
        self.low9 = self.ones * 0x1FF
        self.bias8, self.bias9, self.bias10 = self.ones << 8, self.ones << 9, self.ones << 10


def _abs_biased(v: int, bias_bit: int, low: int, ones: int) -> int:
    """|v − 2^bias_bit| per lane, for lanes holding v in [1, 2^(bias_bit+1) − 1]."""
    below = ((v >> bias_bit) & ones) ^ ones          # 1 where v < bias
    return ((v & low) ^ (below * ((1 << bias_bit) - 1))) + below


def _paeth(a: int, b: int, c: int, k: _Lanes) -> int:
    """The Paeth predictor per lane: whichever of a, b, c is nearest a + b − c (ties: a, b, c)."""
    ones, bias10 = k.ones, k.bias10
    pa = _abs_biased(b + k.bias8 - c, 8, k.low8, ones)              # |b − c|
    pb = _abs_biased(a + k.bias8 - c, 8, k.low8, ones)              # |a − c|
    pc = _abs_biased(a + b + k.bias9 - (c << 1), 9, k.low9, ones)   # |a + b − 2c|
    # x ≤ y per lane: bit 10 of y + 1024 − x (both below 1024)
    take_a = ((pb + bias10 - pa) & (pc + bias10 - pa)) >> 10 & ones
    take_b = ((pc + bias10 - pb) >> 10 & ones) & ~take_a
    return c ^ ((a ^ c) & take_a * 0xFF) ^ ((b ^ c) & take_b * 0xFF)


def _aligned(diagonal: int, its_first_row: int, first_row: int, rows_up: int, group: int) -> int:
    """An earlier diagonal's pixels (`group` bits each) moved so that pixel i holds row
    first_row + i − rows_up."""
    shift = (rows_up - (first_row - its_first_row)) * group
    return diagonal << shift if shift >= 0 else diagonal >> -shift


def _unfilter(data: bytes, width: int, height: int, bpp: int) -> bytearray:
    row_len = 1 + width * bpp
    group = LANE * bpp                       # bits of one pixel's lanes
    kinds = bytes(data[0::row_len])
    if max(kinds, default=0) > 4:
        raise ValueError(f"unknown PNG filter type {max(kinds)}")
    by_kind = {kind: _spread(kinds.translate(bytes(255 if v == kind else 0 for v in range(256))), bpp)
               for kind in (1, 2, 3, 4)}
    out = bytearray(width * bpp * height)
    gather_step, scatter_step = row_len - bpp, max(1, width * bpp - bpp)
    before, before_first = 0, 0              # diagonal k − 2 and its first row
    last, last_first = 0, 0                  # diagonal k − 1
    lanes = None
    for k in range(width + height - 1):
        first, final = max(0, k - width + 1), min(k, height - 1)
        n = final - first + 1
        if lanes is None or lanes.count != bpp * n:
            lanes = _Lanes(bpp * n)
        buf = bytearray(2 * bpp * n)
        start = first * row_len + 1 + (k - first) * bpp
        for ch in range(bpp):
            buf[2 * ch::2 * bpp] = data[start + ch:start + ch + gather_step * (n - 1) + 1:gather_step]
        filtered = int.from_bytes(buf, "little")
        a = _aligned(last, last_first, first, 0, group) & lanes.all
        b = _aligned(last, last_first, first, 1, group) & lanes.all
        c = _aligned(before, before_first, first, 1, group) & lanes.all
        sub, up, average, paeth = ((by_kind[kind] >> (group * first)) & lanes.all for kind in (1, 2, 3, 4))
        predicted = (a & sub) | (b & up)
        if average:
            predicted |= ((a + b) >> 1) & lanes.low8 & average
        if paeth:
            predicted |= _paeth(a, b, c, lanes) & paeth
        value = (filtered + predicted) & lanes.low8
        raw = value.to_bytes(2 * bpp * n, "little")
        start = first * width * bpp + (k - first) * bpp
        for ch in range(bpp):
            out[start + ch:start + ch + scatter_step * (n - 1) + 1:scatter_step] = raw[2 * ch::2 * bpp]
        before, before_first, last, last_first = last, last_first, value, first
    return out


def read_png(path: str | Path) -> tuple[bytes, int, int]:
    """Return (rgba, width, height) of an 8-bit, non-interlaced PNG."""
    blob = Path(path).read_bytes()
    if blob[:8] != b"\x89PNG\r\n\x1a\n":
        raise ValueError(f"{path}: not a PNG file")
    pos, idat = 8, []
    while pos < len(blob):
        length, kind = struct.unpack(">I4s", blob[pos : pos + 8])
        body = blob[pos + 8 : pos + 8 + length]
        if kind == b"IHDR":
            width, height, depth, colour, _, _, interlace = struct.unpack(">IIBBBBB", body)
            if depth != 8 or colour not in CHANNELS or interlace:
                raise ValueError(f"{path}: unsupported PNG (depth {depth}, colour {colour})")
        elif kind == b"IDAT":
            idat.append(body)
        elif kind == b"IEND":
            break
        pos += 12 + length
    bpp = CHANNELS[colour]
    pixels = _unfilter(zlib.decompress(b"".join(idat)), width, height, bpp)
    if bpp == 4:
        return bytes(pixels), width, height
    rgba = bytearray(width * height * 4)
    rgba[3::4] = b"\xff" * (width * height)
    if bpp == 3:
        for channel in range(3):
            rgba[channel::4] = pixels[channel::3]
    else:
        for channel in range(3):
            rgba[channel::4] = pixels
    return bytes(rgba), width, height
