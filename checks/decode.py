"""Decoding files for the command line, with Pillow (the browser decodes on its own).

Turns a file into what the browser hands to `checks`: RGBA bytes, row-major, upright
(EXIF orientation applied, as `createImageBitmap(..., {imageOrientation: "from-image"})`
does). Pictures above MAX_PIXELS are refused from their header, before any pixel is
decoded, so memory stays bounded.
"""

from __future__ import annotations

from pathlib import Path

from PIL import Image, ImageOps, UnidentifiedImageError

# 8000 × 8000 px: Stripe's upper bound for identity documents (src-stripe); a 64 MP RGBA
# picture takes 256 MB, which is as much as the command line should hold at once.
MAX_PIXELS = 64_000_000

# Pillow's own decompression-bomb guard would refuse at 179 MP without saying the size;
# `decode` applies the lower MAX_PIXELS itself, from the header, before loading any pixel.
Image.MAX_IMAGE_PIXELS = None


class ReadError(Exception):
    """A file that cannot be decoded; `key` names the sentence in checks.messages.WORDS."""

    def __init__(self, key: str, **values):
        super().__init__(key, values)
        self.key = key
        self.values = values


def sniff(head: bytes) -> str | None:
    """The MIME type of formats Pillow does not decode here, from the first bytes."""
    if head.startswith(b"%PDF"):
        return "application/pdf"
    if head[4:8] == b"ftyp" and head[8:12] in (b"heic", b"heix", b"heim", b"heis", b"hevc", b"mif1", b"msf1"):
        return "image/heic"
    return None


def _to_rgba(picture: Image.Image) -> Image.Image:
    """RGBA from any mode: 16-bit and float grey scaled down, palette and CMYK converted."""
    if picture.mode in ("I;16", "I;16L", "I;16B", "I;16N", "I"):
        high = 65535 if picture.mode.startswith("I;16") else max(1, picture.getextrema()[1])
        picture = picture.convert("I").point(lambda v: v * (255 / high) + 0.5).convert("L")
    elif picture.mode == "F":
        low, high = picture.getextrema()
        scale = 255 / (high - low) if high > low else 0
        picture = picture.point(lambda v: (v - low) * scale + 0.5).convert("L")
    if picture.mode == "P" and "transparency" in picture.info:
        picture = picture.convert("RGBA")
    return picture if picture.mode == "RGBA" else picture.convert("RGBA")


def decode(path: str | Path) -> tuple[bytes, int, int, str | None]:
    """(rgba, width, height, MIME type) of the first picture in the file; ReadError if not."""
    path = Path(path)
    try:
        with Image.open(path) as picture:
            width, height = picture.size
            if width * height > MAX_PIXELS:
                raise ReadError("too-many-pixels", megapixels=round(width * height / 1e6, 1),
                                limit=round(MAX_PIXELS / 1e6))
            mime = Image.MIME.get(picture.format or "")
            picture.load()
            upright = ImageOps.exif_transpose(picture)
            rgba = _to_rgba(upright)
            return rgba.tobytes(), rgba.width, rgba.height, mime
    except ReadError:
        raise
    except (UnidentifiedImageError, OSError, ValueError, SyntaxError, EOFError, MemoryError) as error:
        raise ReadError("unreadable") from error
