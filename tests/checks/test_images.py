"""The stdlib PNG reader used by the fixtures returns exactly the encoded pixels.

Pictures are filtered here row by row with a chosen PNG filter type (spec §9), so every
predictor, every colour type and the picture's borders are exercised; the reader must give
back the original pixels, and in CPython it must agree with Pillow, also on committed fixtures.
"""

import random
import struct
import zlib
from pathlib import Path

import pytest

from .images import read_png

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
CHANNELS = {0: 1, 2: 3, 6: 4}


def _predict(kind, a, b, c):
    if kind == 0:
        return 0
    if kind == 1:
        return a
    if kind == 2:
        return b
    if kind == 3:
        return (a + b) // 2
    p = a + b - c
    pa, pb, pc = abs(p - a), abs(p - b), abs(p - c)
    return a if pa <= pb and pa <= pc else b if pb <= pc else c


def encode(width, height, colour, pixels, kinds):
    """A PNG of `pixels` (row-major samples) with row y filtered by kinds[y]."""
    bpp = CHANNELS[colour]
    stride = width * bpp
    rows, prior = [], bytes(stride)
    for y in range(height):
        raw = pixels[y * stride:(y + 1) * stride]
        out = bytearray([kinds[y]])
        for i in range(stride):
            a = raw[i - bpp] if i >= bpp else 0
            c = prior[i - bpp] if i >= bpp else 0
            out.append((raw[i] - _predict(kinds[y], a, prior[i], c)) & 255)
        rows.append(bytes(out))
        prior = raw
    return png(width, height, colour, b"".join(rows))


def png(width, height, colour, rows):
    """A PNG file around already filtered rows."""
    def chunk(kind, body):
        return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body))

    header = struct.pack(">IIBBBBB", width, height, 8, colour, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(rows)) + chunk(b"IEND", b"")


def as_rgba(pixels, colour):
    bpp = CHANNELS[colour]
    out = bytearray()
    for i in range(0, len(pixels), bpp):
        px = pixels[i:i + bpp]
        out += (px * 3 + b"\xff") if bpp == 1 else (px + b"\xff") if bpp == 3 else px
    return bytes(out)


def random_picture(rng, width, height, colour):
    # extremes and repeats make the predictors' ties and wrap-arounds likely
    values = [0, 1, 127, 128, 254, 255]
    n = width * height * CHANNELS[colour]
    return bytes(rng.choice(values) if rng.random() < 0.5 else rng.randrange(256) for _ in range(n))


CASES = [(colour, kind) for colour in CHANNELS for kind in ("none", "sub", "up", "average", "paeth", "mixed")]


@pytest.mark.parametrize(("colour", "kind"), CASES, ids=[f"colour{c}-{k}" for c, k in CASES])
def test_every_filter_gives_back_the_pixels(tmp_path, colour, kind):
    rng = random.Random(f"{colour}-{kind}")
    for width, height in ((1, 1), (1, 5), (5, 1), (7, 4), (4, 9), (23, 17)):
        kinds = [rng.randrange(5) if kind == "mixed" else ("none", "sub", "up", "average", "paeth").index(kind)
                 for _ in range(height)]
        pixels = random_picture(rng, width, height, colour)
        path = tmp_path / f"{width}x{height}.png"
        path.write_bytes(encode(width, height, colour, pixels, kinds))
        assert read_png(path) == (as_rgba(pixels, colour), width, height)


def test_rgb_rows_with_sub_and_up_filters(tmp_path):
    # two RGB pixels per row; row 0 uses Sub, row 1 uses Up (filtered bytes written by hand)
    rows = bytes([1, 10, 20, 30, 5, 5, 5, 2, 1, 1, 1, 0, 0, 0])
    path = tmp_path / "a.png"
    path.write_bytes(png(2, 2, 2, rows))
    rgba, width, height = read_png(path)
    assert (width, height) == (2, 2)
    assert list(rgba) == [10, 20, 30, 255, 15, 25, 35, 255, 11, 21, 31, 255, 15, 25, 35, 255]


def test_an_unknown_filter_type_is_refused(tmp_path):
    path = tmp_path / "bad.png"
    path.write_bytes(png(2, 2, 0, bytes([0, 0, 0, 7, 0, 0])))
    with pytest.raises(ValueError, match="filter type 7"):
        read_png(path)


@pytest.mark.parametrize("name", ["id-front-wood.png", "black-white-scan.png"])
def test_fixture_pixels_match_pillow(name):
    image = pytest.importorskip("PIL.Image")   # CPython only: Pyodide has no Pillow here
    with image.open(FIXTURES / name) as picture:
        expected = picture.convert("RGBA").tobytes(), picture.width, picture.height
    assert read_png(FIXTURES / name) == expected
