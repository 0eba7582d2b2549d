"""The stdlib PNG reader used by the fixtures agrees with a known encoding."""

import struct
import zlib

from .images import read_png


def png(width, height, colour, rows):
    def chunk(kind, body):
        return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body))

    header = struct.pack(">IIBBBBB", width, height, 8, colour, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(rows)) + chunk(b"IEND", b"")


def test_rgb_rows_with_sub_and_up_filters(tmp_path):
    # two RGB pixels per row; row 0 uses Sub, row 1 uses Up
    rows = bytes([1, 10, 20, 30, 5, 5, 5, 2, 1, 1, 1, 0, 0, 0])
    path = tmp_path / "a.png"
    path.write_bytes(png(2, 2, 2, rows))
    rgba, width, height = read_png(path)
    assert (width, height) == (2, 2)
    assert list(rgba) == [10, 20, 30, 255, 15, 25, 35, 255, 11, 21, 31, 255, 15, 25, 35, 255]


def test_grey_is_spread_to_three_channels(tmp_path):
    path = tmp_path / "g.png"
    path.write_bytes(png(1, 1, 0, bytes([0, 77])))
    assert read_png(path)[0] == bytes([77, 77, 77, 255])
