"""Read the committed PNG fixtures with the standard library only (runs in Pyodide too).

Handles what the fixtures use: 8-bit greyscale, RGB and RGBA, non-interlaced.
Returns RGBA bytes, as the browser's getImageData hands them to `checks`.
"""

from __future__ import annotations

import struct
import zlib
from pathlib import Path

CHANNELS = {0: 1, 2: 3, 6: 4}  # PNG colour type -> samples per pixel


def _paeth(a: int, b: int, c: int) -> int:
    p = a + b - c
    pa, pb, pc = abs(p - a), abs(p - b), abs(p - c)
    if pa <= pb and pa <= pc:
        return a
    return b if pb <= pc else c


def _unfilter(data: bytes, width: int, height: int, bpp: int) -> bytearray:
    stride = width * bpp
    out = bytearray(stride * height)
    previous = bytearray(stride)
    pos = 0
    for y in range(height):
        kind = data[pos]
        row = bytearray(data[pos + 1 : pos + 1 + stride])
        pos += 1 + stride
        if kind == 1:
            for i in range(bpp, stride):
                row[i] = (row[i] + row[i - bpp]) & 255
        elif kind == 2:
            row = bytearray((r + p) & 255 for r, p in zip(row, previous))
        elif kind == 3:
            for i in range(stride):
                left = row[i - bpp] if i >= bpp else 0
                row[i] = (row[i] + ((left + previous[i]) >> 1)) & 255
        elif kind == 4:
            for i in range(stride):
                left = row[i - bpp] if i >= bpp else 0
                up_left = previous[i - bpp] if i >= bpp else 0
                row[i] = (row[i] + _paeth(left, previous[i], up_left)) & 255
        out[y * stride : (y + 1) * stride] = row
        previous = row
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
