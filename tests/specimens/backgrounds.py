"""Procedural backgrounds for photo scenes, deterministic from a random.Random.

Each surface is built with Pillow's C operations from seeded random bytes (never
Image.effect_noise, which uses an unseeded generator). The surfaces are the hard cases the
outline finder meets in real photos: wood grain, keyboard key grids, fabric weaves, a light
desk (white page, low contrast), a hand, other rectangles (a printed box, a sheet of paper),
and the white lid of a flatbed scanner.
"""

from __future__ import annotations

import math
import random

from PIL import Image, ImageChops, ImageDraw, ImageFilter, ImageOps

from .documents import font

SURFACES = ("wood", "keyboard", "fabric", "desk", "dark")


def smooth_noise(rng: random.Random, size, cell_x: float, cell_y: float | None = None) -> Image.Image:
    """Random field (L) with features about cell_x × cell_y pixels, stretched to full contrast."""
    cell_y = cell_y or cell_x
    w = max(2, math.ceil(size[0] / cell_x) + 2)
    h = max(2, math.ceil(size[1] / cell_y) + 2)
    small = Image.frombytes("L", (w, h), rng.randbytes(w * h))
    return ImageOps.autocontrast(small.resize(size, Image.BICUBIC))


def _tint(levels: Image.Image, dark, light) -> Image.Image:
    return ImageOps.colorize(levels, dark, light)


def _jitter(rng, colour, amount=12):
    return tuple(max(0, min(255, c + rng.randint(-amount, amount))) for c in colour)


def feature_frame(size, frame, scale: float) -> tuple[float, float]:
    """The picture size, in output pixels, that a surface's features are proportioned to:
    `frame` (head-on pixels) at `scale` output pixels per head-on pixel, or `size` itself.

    Every surface maker takes (rng, size, frame=None, scale=1.0): `size` is the output in
    pixels; a desk seen through its plane (surface.py) asks for a region larger than the
    picture (frame = the picture), or a coarse rendering of a far region (scale < 1), with
    features at the same size on the desk. A maker draws the look (colours, turn) before
    anything whose count depends on the size, so two renderings from the same rng state
    are the same kind of surface."""
    return (float(size[0]), float(size[1])) if frame is None else (frame[0] * scale, frame[1] * scale)


def wood(rng: random.Random, size, frame=None, scale: float = 1.0) -> Image.Image:
    vertical = rng.random() < 0.5
    fw, fh = feature_frame(size, frame, scale)
    w, h = (size[1], size[0]) if vertical else size
    fw, fh = (fh, fw) if vertical else (fw, fh)
    dark = _jitter(rng, rng.choice([(92, 58, 34), (120, 80, 48), (70, 45, 30)]))
    light = _jitter(rng, rng.choice([(182, 132, 86), (200, 160, 110), (150, 104, 64)]))
    # the finest grain is kept at ≥ 1 output pixel: a coarse rendering averages it later
    grain = ImageChops.add(smooth_noise(rng, (w, h), fw / 3, max(1.0, 5 * scale)),
                           smooth_noise(rng, (w, h), fw / 12, max(1.0, 1.6 * scale)), scale=2)
    rings = smooth_noise(rng, (w, h), fw / 2, fh / 3)
    levels = ImageChops.blend(grain, rings, 0.35)
    image = _tint(ImageOps.autocontrast(levels), dark, light)
    draw = ImageDraw.Draw(image)
    y = rng.uniform(0, fh / 3)
    seam = max(1, round(max(1, int(fh / scale) // 300) * scale))
    while y < h:  # plank seams along the grain
        draw.line((0, y, w, y + rng.uniform(-3, 3) * scale), fill=tuple(c // 2 for c in dark), width=seam)
        y += rng.uniform(fh / 4, fh / 1.5)
    return image.transpose(Image.ROTATE_90) if vertical else image


def keyboard(rng: random.Random, size, frame=None, scale: float = 1.0) -> Image.Image:
    w, h = size
    fw, fh = feature_frame(size, frame, scale)
    silver = rng.random() < 0.4
    base = _jitter(rng, (196, 198, 202) if silver else (34, 35, 38), 6)
    key = _jitter(rng, (232, 232, 234) if silver else (52, 53, 58), 6)
    letter = (60, 60, 64) if silver else (205, 205, 210)
    canvas = Image.new("RGB", (int(w * 1.5), int(h * 1.5)), base)
    draw = ImageDraw.Draw(canvas)
    pitch = rng.uniform(0.06, 0.11) * max(fw, fh)
    gap = pitch * rng.uniform(0.12, 0.22)
    turn = rng.uniform(-12, 12)
    glyphs = font(max(8, int(pitch * 0.3)))
    y, row = 0.0, 0
    while y < canvas.height:
        x = -pitch * (row % 3) * 0.25
        while x < canvas.width:
            span = pitch * (rng.choice([1, 1, 1, 1, 1.5, 2]))
            draw.rounded_rectangle((x + gap / 2, y + gap / 2, x + span - gap / 2, y + pitch - gap / 2),
                                   radius=pitch * 0.1, fill=key)
            draw.text((x + gap, y + gap), rng.choice("QWERTYUIOPASDFGHJKLZXCVBNM1234567890"), font=glyphs, fill=letter)
            x += span
        y += pitch
        row += 1
    canvas = canvas.rotate(turn, resample=Image.BICUBIC)
    left, top = (canvas.width - w) // 2, (canvas.height - h) // 2
    return canvas.crop((left, top, left + w, top + h))


def _weave(size, thread: int, angle: float) -> Image.Image:
    """A plain weave of threads `thread` px wide, turned by `angle`, cut to `size`."""
    w, h = size
    if thread < 2:   # threads finer than the output pixels: the weave averages to its mean
        return Image.new("L", size, 128)
    tile = Image.new("L", (thread * 2, thread * 2), 0)
    draw = ImageDraw.Draw(tile)
    draw.rectangle((0, 0, thread - 1, thread - 1), fill=255)
    draw.rectangle((thread, thread, 2 * thread - 1, 2 * thread - 1), fill=255)
    side = int(math.hypot(w, h)) + 4
    row = Image.new("L", (side, tile.height))
    for x in range(0, side, tile.width):
        row.paste(tile, (x, 0))
    weave = Image.new("L", (side, side))
    for y in range(0, side, tile.height):
        weave.paste(row, (0, y))
    weave = weave.rotate(angle, resample=Image.BILINEAR).filter(ImageFilter.GaussianBlur(thread / 4))
    left = (side - w) // 2
    return weave.crop((left, left, left + w, left + h))


def fabric(rng: random.Random, size, frame=None, scale: float = 1.0) -> Image.Image:
    fw, fh = feature_frame(size, frame, scale)
    thread = max(1, round(rng.choice([3, 4, 5, 6]) * scale))
    weave = _weave(size, thread, rng.uniform(0, 90))
    a = _jitter(rng, rng.choice([(40, 60, 110), (120, 30, 40), (60, 90, 60), (150, 140, 120), (90, 90, 95)]), 20)
    b = tuple(min(255, c + rng.randint(50, 90)) for c in a)
    folds = smooth_noise(rng, size, max(fw, fh) / 4)
    levels = ImageChops.blend(weave.point(lambda v: 90 + v // 3), folds, 0.45)
    return _tint(ImageOps.autocontrast(levels), a, b)


def plain_desk(rng: random.Random, size, tones, swing: int, cells: int, tints, frame=None, scale: float = 1.0) -> Image.Image:
    """A plain desk: a tone drawn from `tones`, varying ± `swing` in blotches about 1/`cells`
    of the picture across, under one of the `tints`."""
    tone = rng.randint(*tones)
    tint = rng.choice(tints)
    levels = smooth_noise(rng, size, max(feature_frame(size, frame, scale)) / cells).point(lambda v: tone - swing + v * 2 * swing // 255)
    return Image.merge("RGB", [levels.point(lambda v, k=k: int(v * k)) for k in tint])


def desk(rng: random.Random, size, frame=None, scale: float = 1.0) -> Image.Image:
    """A light desk, low contrast against white paper and pale cards."""
    return plain_desk(rng, size, (206, 226), 8, 3, [(1.0, 0.99, 0.96), (0.97, 0.98, 1.0), (1.0, 1.0, 1.0)], frame, scale)


def dark(rng: random.Random, size, frame=None, scale: float = 1.0) -> Image.Image:
    """A dark, plain surface (tablecloth, phone case, dark desk)."""
    base = _jitter(rng, rng.choice([(30, 32, 36), (50, 40, 36), (24, 40, 54)]), 10)
    levels = smooth_noise(rng, size, max(feature_frame(size, frame, scale)) / 5)
    return _tint(levels, base, tuple(c + 22 for c in base))


def scanner_lid(rng: random.Random, size, frame=None, scale: float = 1.0) -> Image.Image:
    tone = rng.randint(244, 250)
    return Image.new("RGB", size, (tone, tone, tone - rng.randint(0, 3)))


MAKERS = {"wood": wood, "keyboard": keyboard, "fabric": fabric, "desk": desk, "dark": dark, "scan": scanner_lid}


def surface(name: str, rng: random.Random, size, frame=None, scale: float = 1.0) -> Image.Image:
    """The surface `name` (see `feature_frame` for `frame` and `scale`)."""
    return MAKERS[name](rng, size, frame, scale)


# Things drawn on the surface before the document is placed.

def paper_sheet(image: Image.Image, rng: random.Random, desk, centre, long_side: float):
    """A sheet of white paper (A4 proportions) on the desk (desk.py), turned: a second light
    rectangle. `centre` and `long_side` are head-on picture pixels."""
    w, h = long_side / 1.414, long_side
    angle = math.radians(rng.uniform(-25, 25))
    pts = []
    for sx, sy in ((-1, -1), (1, -1), (1, 1), (-1, 1)):
        x, y = sx * w / 2, sy * h / 2
        pts.append((centre[0] + x * math.cos(angle) - y * math.sin(angle),
                    centre[1] + x * math.sin(angle) + y * math.cos(angle)))
    tone = rng.randint(236, 246)
    shown = desk.outline(pts)
    if shown:
        ImageDraw.Draw(image).polygon(shown, fill=(tone, tone, tone - 2))


def printed_box(image: Image.Image, rng: random.Random, desk, centre, long_side: float):
    """A printed product box lying on the desk (desk.py), its top face a coloured rectangle
    with print: a distractor. `centre` and `long_side` are head-on picture pixels."""
    w, h = long_side, long_side * rng.uniform(0.45, 0.8)
    box = Image.new("RGB", (int(w), int(h)), _jitter(rng, rng.choice([(210, 60, 50), (40, 110, 180), (240, 200, 60)]), 20))
    draw = ImageDraw.Draw(box)
    draw.rectangle((w * 0.08, h * 0.1, w * 0.92, h * 0.45), fill=(250, 250, 245))
    draw.text((w * 0.12, h * 0.15), "SAMPLE BOX 样本", font=font(max(8, int(h * 0.12))), fill=(30, 30, 30))
    draw.text((w * 0.12, h * 0.6), "0000 0000 SPECIMEN", font=font(max(8, int(h * 0.08))), fill=(255, 255, 255))
    desk.lay(image, box, Image.new("L", box.size, 255), centre, rng.uniform(-30, 30))


def skin_colour(rng: random.Random):
    return _jitter(rng, rng.choice([(224, 172, 140), (200, 146, 112), (236, 190, 160), (170, 118, 88)]), 10)


def _shaded_ellipse(image: Image.Image, box, colour, angle: float):
    """A soft, rounded skin-coloured shape: an ellipse darkened toward its rim."""
    x0, y0, x1, y1 = (int(v) for v in box)
    w, h = max(2, x1 - x0), max(2, y1 - y0)
    mask = Image.new("L", (w, h), 0)
    ImageDraw.Draw(mask).ellipse((0, 0, w - 1, h - 1), fill=255)
    shade = mask.filter(ImageFilter.GaussianBlur(min(w, h) / 5))
    blob = _tint(shade, tuple(int(c * 0.7) for c in colour), colour)
    blob, mask = blob.rotate(angle, expand=True, resample=Image.BICUBIC), mask.rotate(angle, expand=True, resample=Image.BILINEAR)
    image.paste(blob, (x0 + w // 2 - blob.width // 2, y0 + h // 2 - blob.height // 2), mask)


def hand_under(image: Image.Image, rng: random.Random, colour, quad, card_width: float):
    """Palm and fingers below the card (drawn before the card): the hand holding it."""
    (lx, ly), (rx, ry) = quad[3], quad[2]   # bottom edge of the card
    cx, cy = (lx + rx) / 2 + rng.uniform(-0.2, 0.2) * card_width, (ly + ry) / 2
    r = card_width * 0.45
    _shaded_ellipse(image, (cx - r, cy - r * 0.2, cx + r, cy + r * 1.6), colour, rng.uniform(-20, 20))
    for i in range(4):   # fingertips showing beyond the top edge
        fx = quad[0][0] + (quad[1][0] - quad[0][0]) * (0.25 + 0.17 * i)
        fy = quad[0][1] + (quad[1][1] - quad[0][1]) * (0.25 + 0.17 * i)
        fw = card_width * 0.09
        _shaded_ellipse(image, (fx - fw / 2, fy - fw * 1.2, fx + fw / 2, fy + fw * 1.4), colour, rng.uniform(-10, 10))


def thumb_over(image: Image.Image, rng: random.Random, colour, quad, card_width: float):
    """A thumb over the card's left or right edge (drawn after the card), away from corners."""
    side = rng.choice([(0, 3), (1, 2)])
    a, b = quad[side[0]], quad[side[1]]
    t = rng.uniform(0.4, 0.65)
    x, y = a[0] + (b[0] - a[0]) * t, a[1] + (b[1] - a[1]) * t
    inward = 1 if side == (0, 3) else -1
    w, h = card_width * 0.2, card_width * 0.12
    cx = x - inward * w * 0.2   # about a fifth of the thumb lies over the card's margin
    _shaded_ellipse(image, (cx - w / 2, y - h / 2, cx + w / 2, y + h / 2), colour, rng.uniform(-25, 25))
