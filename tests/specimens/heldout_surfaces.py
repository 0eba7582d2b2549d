"""Surfaces and things on them for the held-out scene style (see heldout.py).

None of these is used by the default style, so the checks are never tuned on them: stone
with veins, a tiled floor, a printed tablecloth, a newspaper page, a white desk that
barely differs from a card, and a bedsheet with folds; beside the document, a phone or a
second, plain card of the same ID-1 size. Deterministic from a random.Random, built with
Pillow's C operations like backgrounds.py.
"""

from __future__ import annotations

import math
import random

from PIL import Image, ImageChops, ImageDraw, ImageFilter, ImageOps

from .backgrounds import _jitter, _tint, feature_frame, plain_desk, smooth_noise
from .documents import font

SURFACES = ("marble", "tiles", "tablecloth", "newspaper", "white-desk", "bedsheet")


def _rotated_crop(image: Image.Image, angle: float, size) -> Image.Image:
    """Rotate a canvas larger than `size` and cut `size` from its middle (no empty corners)."""
    image = image.rotate(angle, resample=Image.BICUBIC)
    left, top = (image.width - size[0]) // 2, (image.height - size[1]) // 2
    return image.crop((left, top, left + size[0], top + size[1]))


def _oversized(size) -> tuple[int, int]:
    side = int(math.hypot(*size)) + 4
    return side, side


def marble(rng: random.Random, size, frame=None, scale: float = 1.0) -> Image.Image:
    """Pale stone: thin grey veins along level lines of a smooth random field, faint clouds."""
    w, h = feature_frame(size, frame, scale)
    levels, width = [rng.randint(60, 196) for _ in range(3)], rng.uniform(1.0, 2.2)
    light = _jitter(rng, rng.choice([(232, 230, 226), (222, 224, 226), (236, 228, 218), (214, 210, 204)]), 6)
    vein_colour = tuple(c - rng.randint(70, 110) for c in light)
    field = ImageChops.add(smooth_noise(rng, size, max(w, h) / 1.5, max(w, h) / 5), smooth_noise(rng, size, max(w, h) / 10), scale=2)
    veins = field.point(lambda v: round(255 * max(math.exp(-((v - c) / width) ** 2) * s for c, s in zip(levels, (1.0, 0.6, 0.35)))))
    veins = veins.filter(ImageFilter.GaussianBlur(1.0 * scale))
    cloud = smooth_noise(rng, size, max(w, h) / 5).point(lambda v: 255 - v // 12)
    base = ImageChops.multiply(Image.new("RGB", size, light), Image.merge("RGB", [cloud] * 3))
    return Image.composite(Image.new("RGB", size, vein_colour), base, veins)


def tiles(rng: random.Random, size, frame=None, scale: float = 1.0) -> Image.Image:
    """Square floor or counter tiles with grout lines: a grid of long straight edges."""
    big = _oversized(size)
    pitch = rng.uniform(0.12, 0.3) * max(feature_frame(size, frame, scale))
    grout = max(2, round(pitch / scale * rng.uniform(0.015, 0.04))) * scale
    tone = _jitter(rng, rng.choice([(214, 210, 200), (180, 184, 188), (120, 140, 150), (236, 236, 232)]), 10)
    darker = rng.randint(40, 90)
    grout_colour = tuple(max(0, c - darker) for c in tone)
    turn = rng.uniform(-20, 20)
    image = Image.new("RGB", big, grout_colour)
    draw = ImageDraw.Draw(image)
    y = 0.0
    while y < big[1]:
        x = 0.0
        while x < big[0]:
            draw.rectangle((x + grout / 2, y + grout / 2, x + pitch - grout / 2, y + pitch - grout / 2), fill=_jitter(rng, tone, 5))
            x += pitch
        y += pitch
    speckle = smooth_noise(rng, big, max(1.0, 3 * scale)).point(lambda v: 255 - v // 14)
    image = ImageChops.multiply(image, Image.merge("RGB", [speckle] * 3))
    return _rotated_crop(image, turn, size)


def tablecloth(rng: random.Random, size, frame=None, scale: float = 1.0) -> Image.Image:
    """A printed cloth: gingham checks or rows of dots on a coloured ground."""
    big = _oversized(size)
    unit = max(feature_frame(size, frame, scale))
    ink = _jitter(rng, rng.choice([(190, 40, 50), (40, 80, 160), (40, 120, 70), (200, 140, 40)]), 15)
    pitch = rng.uniform(0.025, 0.07) * unit
    layer = Image.new("L", big, 0)
    draw = ImageDraw.Draw(layer)
    if rng.random() < 0.5:   # gingham: translucent bands both ways, darker where they cross
        for k in range(int(big[0] / pitch) + 1):
            draw.rectangle((k * pitch, 0, k * pitch + pitch / 2, big[1]), fill=110)
        across = Image.new("L", big, 0)
        d2 = ImageDraw.Draw(across)
        for k in range(int(big[1] / pitch) + 1):
            d2.rectangle((0, k * pitch, big[0], k * pitch + pitch / 2), fill=110)
        layer = ImageChops.add(layer, across)
        ground = (246, 244, 238)
    else:   # dots in staggered rows
        r = pitch * rng.uniform(0.15, 0.3)
        for row in range(int(big[1] / pitch) + 1):
            for col in range(int(big[0] / pitch) + 1):
                cx, cy = (col + 0.5 * (row % 2)) * pitch, row * pitch
                draw.ellipse((cx - r, cy - r, cx + r, cy + r), fill=255)
        ground = _jitter(rng, (236, 228, 210), 10)
    image = Image.composite(Image.new("RGB", big, ink), Image.new("RGB", big, ground), layer)
    image = _rotated_crop(image, rng.uniform(-30, 30), size)
    folds = smooth_noise(rng, size, unit / 3).point(lambda v: 225 + v // 8)
    return ImageChops.multiply(image, Image.merge("RGB", [folds] * 3))


_WORDS = ("样本", "示例", "新闻", "本报讯", "记者", "SPECIMEN", "SAMPLE", "市场", "天气", "城市", "00-00", "公告", "报道")


def newspaper(rng: random.Random, size, frame=None, scale: float = 1.0) -> Image.Image:
    """A newsprint or magazine page under the document: columns of small text and headlines.
    Text too small to draw (a far page, scale < 1) is drawn as the grey bar it averages to."""
    big = _oversized(size)
    paper = _jitter(rng, rng.choice([(228, 224, 212), (240, 238, 232)]), 5)
    image = Image.new("RGB", big, paper)
    draw = ImageDraw.Draw(image)
    line = rng.uniform(0.006, 0.012) * max(feature_frame(size, frame, scale))
    legible = line >= 4   # below, even the smallest font (7 px) overlaps the next line
    grey = tuple((3 * p + 40) // 4 for p in paper)
    body = font(max(7, round(line * 0.8)))
    head = font(max(10, round(line * 2.2)))
    columns = rng.randint(3, 6)
    turn = rng.uniform(-15, 15)
    col_w = _oversized(feature_frame(size, frame, scale))[0] / columns
    for c in range(max(columns, math.ceil(big[0] / col_w - 0.01))):
        y = rng.uniform(0, line * 4)
        x0 = c * col_w + line
        while y < big[1]:
            if rng.random() < 0.04:   # a headline, or a grey picture box
                if rng.random() < 0.5:
                    draw.text((x0, y), "".join(rng.choice(_WORDS) for _ in range(3)), font=head, fill=(20, 20, 20))
                    y += line * 3
                else:
                    height = line * rng.randint(6, 14)
                    draw.rectangle((x0, y, x0 + col_w - 2 * line, y + height), fill=_jitter(rng, (130, 130, 126), 30))
                    y += height + line
                continue
            text = " ".join(rng.choice(_WORDS) for _ in range(int(col_w / line / 2.5)))
            if legible:
                draw.text((x0, y), text, font=body, fill=(40, 40, 44))
            else:
                draw.rectangle((x0, y + line * 0.1, x0 + col_w - 2 * line, y + line * 0.8), fill=grey)
            y += line * 1.35
    return _rotated_crop(image, turn, size)


def white_desk(rng: random.Random, size, frame=None, scale: float = 1.0) -> Image.Image:
    """A white or light-grey desk, lighter than the default desk: almost the card's tone."""
    return plain_desk(rng, size, (228, 246), 4, 2, [(1.0, 1.0, 1.0), (0.99, 0.99, 1.0), (1.0, 0.99, 0.97)], frame, scale)


def bedsheet(rng: random.Random, size, frame=None, scale: float = 1.0) -> Image.Image:
    """A light sheet with long soft folds: shading from an elongated random field."""
    big = _oversized(size)
    unit = max(feature_frame(size, frame, scale))
    colour = _jitter(rng, rng.choice([(240, 240, 236), (220, 230, 240), (240, 226, 226), (226, 236, 222)]), 6)
    turn = rng.uniform(0, 180)
    folds = smooth_noise(rng, big, unit / 3, unit / 18)
    relief = ImageChops.subtract(folds, folds.transform(big, Image.AFFINE, (1, 0, 0, 0, 1, 6 * scale), Image.BILINEAR), scale=0.5, offset=128)
    shade = ImageOps.autocontrast(relief.filter(ImageFilter.GaussianBlur(4 * scale)), cutoff=1).point(lambda v: 170 + v * 85 // 255)
    image = ImageChops.multiply(Image.new("RGB", big, colour), Image.merge("RGB", [shade] * 3))
    return _rotated_crop(image, turn, size)


def scanner_open(rng: random.Random, size, frame=None, scale: float = 1.0) -> Image.Image:
    """A scan made with the lid open: the room beyond the glass is dark, lighter towards one side."""
    tone = rng.randint(8, 40)
    levels = smooth_noise(rng, size, max(size) / 2).point(lambda v: tone + v * 24 // 255)
    return Image.merge("RGB", [levels] * 3)


SURFACE_MAKERS = {"marble": marble, "tiles": tiles, "tablecloth": tablecloth, "newspaper": newspaper,
                  "white-desk": white_desk, "bedsheet": bedsheet, "scan-open": scanner_open}


def phone(image: Image.Image, rng: random.Random, desk, centre, long_side: float):
    """A phone lying face up on the desk (desk.py; `centre`, `long_side` head-on picture
    pixels): a dark rounded slab with a lighter screen and a reflection."""
    w, h = long_side * 0.48, long_side
    slab = Image.new("RGB", (int(w), int(h)), _jitter(rng, rng.choice([(24, 24, 28), (200, 200, 204), (60, 70, 90)]), 8))
    draw = ImageDraw.Draw(slab)
    screen = (w * 0.05, h * 0.04, w * 0.95, h * 0.96)
    draw.rounded_rectangle(screen, radius=w * 0.08, fill=_jitter(rng, (36, 40, 48), 10))
    sheen = Image.new("L", slab.size, 0)
    ImageDraw.Draw(sheen).polygon([(w * 0.05, h * 0.5), (w * 0.95, h * 0.2), (w * 0.95, h * 0.35), (w * 0.05, h * 0.65)], fill=60)
    slab = Image.composite(Image.new("RGB", slab.size, (230, 232, 236)), slab, sheen.filter(ImageFilter.GaussianBlur(w * 0.05)))
    mask = Image.new("L", slab.size, 0)
    ImageDraw.Draw(mask).rounded_rectangle((0, 0, w - 1, h - 1), radius=w * 0.14, fill=255)
    desk.lay(image, slab, mask, centre, rng.uniform(-40, 40))


def plain_card(image: Image.Image, rng: random.Random, desk, centre, width: float):
    """A second card of the same ID-1 size (a membership or bank card, invented) lying on the
    desk (desk.py; `centre`, `width` head-on picture pixels)."""
    w, h = width, width / 1.586
    card = Image.new("RGB", (int(w), int(h)), _jitter(rng, rng.choice([(30, 70, 140), (180, 40, 50), (220, 220, 215), (40, 40, 44)]), 15))
    draw = ImageDraw.Draw(card)
    light = sum(card.getpixel((0, 0))) > 450
    ink = (40, 40, 44) if light else (235, 235, 235)
    draw.text((w * 0.07, h * 0.1), "SAMPLE CARD 样本", font=font(max(8, int(h * 0.1))), fill=ink)
    draw.text((w * 0.07, h * 0.62), "0000 0000 0000 0000", font=font(max(8, int(h * 0.09))), fill=ink)
    draw.rounded_rectangle((w * 0.07, h * 0.32, w * 0.22, h * 0.5), radius=h * 0.02, fill=(200, 170, 90))
    mask = Image.new("L", card.size, 0)
    ImageDraw.Draw(mask).rounded_rectangle((0, 0, w - 1, h - 1), radius=h * 0.06, fill=255)
    desk.lay(image, card, mask, centre, rng.uniform(-35, 35))
