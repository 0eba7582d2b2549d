"""The held-out scene style: what real seller photos have and the default scenes lack.

`Scene(style="heldout")` (or `random_scene(seed, defect, style="heldout")`) renders the
same documents and defects as the default style, on surfaces the checks were never tuned
on (heldout_surfaces.py), through a rougher phone camera and capture:

- camera: vignetting, mild barrel distortion (straight edges bow outward), white balance
  off (warm indoor or cool window light), luminance noise plus blotchy chroma noise,
  strong in the 30 % shot by lamp light at night, a sharpening halo, JPEG quality 70–95
  (sampling.py);
- capture: the shadow of the phone or a hand across part of the picture, fingers over
  the card's top or bottom edge, a card in a transparent sleeve, a page that is curled
  and folded, a phone or a second card beside the document;
- scans: half of them with the lid open (a dark surround).

Every effect is drawn from the seed by `draw` into a `Look`, with its own random stream,
so the default style's scenes stay byte-identical. The truth is still computed by
truth.py's rules from the construction: lighting effects act before scene.py measures
brightness and clipping; geometric ones move the true corners (`distort_points`) and the
outline the framing truth measures (`outline`), and count their resampling as blur.
"""

from __future__ import annotations

import math
import random
from dataclasses import dataclass

from PIL import Image, ImageChops, ImageDraw, ImageFilter

from . import geometry
from .heldout_surfaces import phone, plain_card

WARP_SIGMA = 0.35   # px of blur one bilinear/bicubic resampling adds (as scene.WARP_SIGMA)
MESH_CELL = 48      # px per cell of a mesh warp; the maps here bend far less than a pixel across a cell


@dataclass(frozen=True)
class Look:
    """The held-out effects of one scene (0 / None / False: effect absent)."""

    vignette: float = 0.0               # light lost in the picture's corners, share
    barrel: float = 0.0                 # k of u = d (1 + k r²) / (1 + k), r = 1 at the corners
    white_balance: tuple[float, float, float] = (1.0, 1.0, 1.0)   # gain per channel
    cast_shadow: float = 0.0            # light left under the phone's or hand's shadow is 1 − this
    luma_noise: float = 0.0             # σ of noise shared by the three channels, levels
    chroma_noise: float = 0.0           # σ of blotchy per-channel noise, levels
    sharpen: tuple[float, int] | None = None   # unsharp mask (radius px, percent)
    sleeve: bool = False                # a card in a transparent plastic sleeve
    fingers: bool = False               # fingertips over the card's top or bottom edge
    curl: float = 0.0                   # bow of a page's top and bottom edges, share of its width
    fold: bool = False                  # a crease across the page, one half a little darker
    phone: bool = False                 # a phone beside the document
    second_card: bool = False           # a plain card of the same size beside it


def draw(scene, seed: int) -> Look:
    """The held-out effects for a settled scene, from the seed (own stream)."""
    rng = random.Random(seed * 104729 + 11)
    if scene.capture == "scan":
        return Look(luma_noise=rng.uniform(0.5, 2.0))
    card = scene.document == "id-card"
    night = rng.random() < 0.3   # indoor lamp light: a warm cast and a noisier sensor
    roll = rng.random()
    white_balance = ((1.0, rng.uniform(0.86, 0.95), rng.uniform(0.66, 0.84)) if night or roll < 0.25
                     else (rng.uniform(0.86, 0.95), rng.uniform(0.95, 1.0), 1.0) if roll < 0.4
                     else (1.0, 1.0, 1.0))
    return Look(
        vignette=rng.uniform(0.1, 0.35) if rng.random() < 0.7 else 0.0,
        barrel=rng.uniform(0.01, 0.04) if rng.random() < 0.5 else 0.0,
        white_balance=white_balance,
        cast_shadow=rng.uniform(0.2, 0.45) if rng.random() < 0.3 else 0.0,
        luma_noise=rng.uniform(3.5, 7.0) if night else rng.uniform(1.0, 3.0),
        chroma_noise=rng.uniform(1.5, 3.5) if night else rng.uniform(0.3, 1.5),
        sharpen=(round(rng.uniform(1.0, 2.2), 2), rng.randint(50, 150)) if rng.random() < 0.6 else None,
        sleeve=card and rng.random() < 0.2,
        fingers=card and "hand" in scene.props and rng.random() < 0.7,
        curl=rng.uniform(0.005, 0.015) * rng.choice([-1, 1]) if not card and rng.random() < 0.6 else 0.0,
        fold=not card and rng.random() < 0.4,
        phone=rng.random() < 0.2,
        second_card=rng.random() < 0.15,
    )


def rng_for(seed: int) -> random.Random:
    """The stream the held-out effects draw their details from while rendering."""
    return random.Random(seed * 104729 + 29)


# geometry ------------------------------------------------------------------------------

def _mesh(size, source_of, box=None):
    """Pillow MESH data: for each output cell, the source positions of its corners."""
    x0, y0, x1, y1 = box or (0, 0, *size)
    xs = list(range(x0, x1, MESH_CELL)) + [x1]
    ys = list(range(y0, y1, MESH_CELL)) + [y1]
    mesh = []
    for ya, yb in zip(ys, ys[1:]):
        for xa, xb in zip(xs, xs[1:]):
            corners = [source_of((xa, ya)), source_of((xa, yb)), source_of((xb, yb)), source_of((xb, ya))]
            mesh.append(((xa, ya, xb, yb), [v for p in corners for v in p]))
    return mesh


def _barrel_source(look: Look, centre, radius: float):
    """Output position -> where the undistorted picture is sampled (corners stay put)."""
    cx, cy = centre

    def source_of(p):
        dx, dy = p[0] - cx, p[1] - cy
        f = (1 + look.barrel * (dx * dx + dy * dy) / radius ** 2) / (1 + look.barrel)
        return (cx + dx * f, cy + dy * f)
    return source_of


def distort(image: Image.Image, look: Look, frame) -> Image.Image:
    """Barrel distortion about the centre of `frame` (x0, y0, x1, y1 inside the canvas)."""
    centre = ((frame[0] + frame[2]) / 2, (frame[1] + frame[3]) / 2)
    radius = math.hypot(frame[2] - frame[0], frame[3] - frame[1]) / 2
    return image.transform(image.size, Image.MESH, _mesh(image.size, _barrel_source(look, centre, radius)), Image.BICUBIC)


def distort_points(points, look: Look, size):
    """Where points of the undistorted picture (size W × H) land after `distort`."""
    if not look.barrel:
        return list(points)
    cx, cy = size[0] / 2, size[1] / 2
    radius = math.hypot(*size) / 2
    out = []
    for x, y in points:
        ru = math.hypot(x - cx, y - cy) / radius
        rd = ru
        for _ in range(20):   # Newton on ru = rd (1 + k rd²) / (1 + k)
            f = rd * (1 + look.barrel * rd * rd) / (1 + look.barrel) - ru
            rd -= f / ((1 + 3 * look.barrel * rd * rd) / (1 + look.barrel))
        scale = rd / ru if ru else 1.0
        out.append((cx + (x - cx) * scale, cy + (y - cy) * scale))
    return out


def _curl_shift(look: Look, quad):
    """Displacement of a page point: along the page's down direction, sin-shaped across its width."""
    to_unit = geometry.homography(quad, [(0, 0), (1, 0), (1, 1), (0, 1)])
    top = ((quad[0][0] + quad[1][0]) / 2, (quad[0][1] + quad[1][1]) / 2)
    bottom = ((quad[3][0] + quad[2][0]) / 2, (quad[3][1] + quad[2][1]) / 2)
    length = math.dist(top, bottom)
    down = ((bottom[0] - top[0]) / length, (bottom[1] - top[1]) / length)
    amplitude = look.curl * (math.dist(quad[0], quad[1]) + math.dist(quad[3], quad[2])) / 2

    def shift(p):
        u = min(1.0, max(0.0, geometry.apply(to_unit, p)[0]))
        s = amplitude * math.sin(math.pi * u)
        return (s * down[0], s * down[1])
    return shift


def curl(layers, look: Look, quad):
    """Bend the warped page (and its masks) so its top and bottom edges bow; corners stay."""
    shift = _curl_shift(look, quad)

    def source_of(p):
        q = p
        for _ in range(3):   # solve q + shift(q) = p
            d = shift(q)
            q = (p[0] - d[0], p[1] - d[1])
        return q
    reach = abs(look.curl) * math.dist(quad[0], quad[1]) + 4
    xs, ys = [p[0] for p in quad], [p[1] for p in quad]
    size = layers[0].size
    box = (max(0, int(min(xs) - reach)), max(0, int(min(ys) - reach)),
           min(size[0], int(max(xs) + reach) + 1), min(size[1], int(max(ys) + reach) + 1))
    mesh = _mesh(size, source_of, box)
    return [layer.transform(size, Image.MESH, mesh, Image.BICUBIC if layer.mode == "RGB" else Image.BILINEAR)
            for layer in layers]


def outline(quad, look: Look, size, per_side: int = 24):
    """Points along the document's true outline in the finished picture (quad in picture
    coordinates, before curl and distortion): what the framing truth measures when edges bow."""
    shift = _curl_shift(look, quad) if look.curl else (lambda p: (0.0, 0.0))
    points = []
    for i in range(4):
        a, b = quad[i], quad[(i + 1) % 4]
        for k in range(per_side):
            t = k / per_side
            p = (a[0] + (b[0] - a[0]) * t, a[1] + (b[1] - a[1]) * t)
            d = shift(p)
            points.append((p[0] + d[0], p[1] + d[1]))
    return distort_points(points, look, size)


def extra_blur_sigma(look: Look) -> float:
    """Blur the held-out resamplings add to the document (counted in the truth)."""
    return WARP_SIGMA * math.sqrt((1 if look.curl else 0) + (1 if look.barrel else 0))


# capture -------------------------------------------------------------------------------

def distractors(image: Image.Image, look: Look, rng: random.Random, desk):
    """A phone and/or a second card lying on the desk beside the document (drawn before it;
    placed head-on around the document, desk.py)."""
    centre, doc_width = desk.centre, desk.width
    for present, place in ((look.phone, lambda c: phone(image, rng, desk, c, doc_width * rng.uniform(0.9, 1.3))),
                           (look.second_card, lambda c: plain_card(image, rng, desk, c, doc_width * rng.uniform(0.5, 1.0)))):
        if present:
            angle = rng.uniform(0, 2 * math.pi)
            distance = doc_width * rng.uniform(0.9, 1.3)
            place((centre[0] + distance * math.cos(angle), centre[1] + distance * math.sin(angle)))


def fold(flat: Image.Image, rng: random.Random) -> Image.Image:
    """A crease across the middle of the page: one half a little darker, a faint line."""
    w, h = flat.size
    across = rng.random() < 0.5
    half = Image.new("L", flat.size, 0)
    line = Image.new("L", flat.size, 0)
    if across:
        ImageDraw.Draw(half).rectangle((0, h // 2, w, h), fill=255)
        ImageDraw.Draw(line).line((0, h // 2, w, h // 2), fill=255, width=max(1, w // 400))
    else:
        ImageDraw.Draw(half).rectangle((w // 2, 0, w, h), fill=255)
        ImageDraw.Draw(line).line((w // 2, 0, w // 2, h), fill=255, width=max(1, w // 400))
    darker = flat.point(lambda v, k=rng.uniform(0.92, 0.97): round(v * k))
    flat = Image.composite(darker, flat, half)
    crease = flat.point(lambda v: round(v * 0.85))
    return Image.composite(crease, flat, line.filter(ImageFilter.GaussianBlur(1)))


def sleeve(image: Image.Image, rng: random.Random, to_scene, w_mm: float, h_mm: float) -> Image.Image:
    """A transparent sleeve 3–5 mm larger than the card: haze, a bright rim, a soft sheen.
    Never saturated: the glare truth counts only the generator's glare."""
    du, dv = rng.uniform(3, 5) / w_mm, rng.uniform(3, 5) / h_mm
    corners = [geometry.apply(to_scene, p) for p in ((-du, -dv), (1 + du, -dv), (1 + du, 1 + dv), (-du, 1 + dv))]
    haze = Image.new("L", image.size, 0)
    ImageDraw.Draw(haze).polygon(corners, fill=round(255 * rng.uniform(0.05, 0.12)))
    rim = Image.new("L", image.size, 0)
    ImageDraw.Draw(rim).polygon(corners, outline=90, width=max(2, round(image.width / 800)))
    sheen = Image.new("L", image.size, 0)
    (x0, y0), (x2, y2) = corners[0], corners[2]
    t = rng.uniform(0.2, 0.7)
    band = [(x0 + (x2 - x0) * t, y0), (x0 + (x2 - x0) * (t + 0.15), y0), (x0 + (x2 - x0) * (t - 0.05), y2), (x0 + (x2 - x0) * (t - 0.2), y2)]
    ImageDraw.Draw(sheen).polygon(band, fill=45)
    inside = Image.new("L", image.size, 0)
    ImageDraw.Draw(inside).polygon(corners, fill=255)
    sheen = ImageChops.multiply(sheen.filter(ImageFilter.GaussianBlur(abs(x2 - x0) * 0.04)), inside)
    alpha = ImageChops.add(ImageChops.add(haze, rim.filter(ImageFilter.GaussianBlur(1))), sheen)
    return Image.composite(Image.new("RGB", image.size, (246, 247, 250)), image, alpha)


def fingers_over(image: Image.Image, rng: random.Random, skin, quad, card_width: float, draw_fingertip):
    """One or two fingertips over the card's top or bottom edge, near but not on a corner."""
    a, b = (quad[0], quad[1]) if rng.random() < 0.5 else (quad[3], quad[2])
    inward = -1 if a is quad[0] else 1   # the finger reaches in from outside the card
    for t in rng.sample([0.18, 0.3, 0.7, 0.82], rng.randint(1, 2)):
        x, y = a[0] + (b[0] - a[0]) * t, a[1] + (b[1] - a[1]) * t
        w, h = card_width * 0.1, card_width * 0.16
        cy = y + inward * h * 0.25
        draw_fingertip(image, (x - w / 2, cy - h / 2, x + w / 2, cy + h / 2), skin, rng.uniform(-15, 15))


# light and sensor ----------------------------------------------------------------------

def light(image: Image.Image, look: Look, rng: random.Random, frame) -> Image.Image:
    """White balance, vignetting (about the frame's centre) and a cast shadow."""
    w, h = image.size
    gain = Image.new("L", (64, 48))
    cx, cy = (frame[0] + frame[2]) / 2 / w * 64, (frame[1] + frame[3]) / 2 / h * 48
    rx, ry = (frame[2] - frame[0]) / w * 32, (frame[3] - frame[1]) / h * 24
    gain.putdata([round(255 * (1 - look.vignette * min(2.0, ((x + 0.5 - cx) / rx) ** 2 + ((y + 0.5 - cy) / ry) ** 2) / 2))
                  for y in range(48) for x in range(64)])
    gain = gain.resize(image.size, Image.BICUBIC)
    if look.cast_shadow:
        shadow = Image.new("L", image.size, 0)
        edge = rng.choice(["top", "right", "bottom", "left"])
        reach = rng.uniform(0.25, 0.55)
        x0, y0, x1, y1 = frame
        fw, fh = x1 - x0, y1 - y0
        offset = rng.uniform(0.2, 0.8)
        arm = 0.18 * min(fw, fh)
        if edge in ("top", "bottom"):
            tip_y = y0 + fh * reach if edge == "top" else y1 - fh * reach
            base_y = y0 - arm if edge == "top" else y1 + arm
            x = x0 + fw * offset
            poly = [(x - arm, base_y), (x + arm, base_y), (x + arm * 1.3, tip_y), (x - arm * 1.3, tip_y)]
            blob = (x - arm * 1.6, tip_y - arm * 1.2, x + arm * 1.6, tip_y + arm * 1.2)
        else:
            tip_x = x0 + fw * reach if edge == "left" else x1 - fw * reach
            base_x = x0 - arm if edge == "left" else x1 + arm
            y = y0 + fh * offset
            poly = [(base_x, y - arm), (base_x, y + arm), (tip_x, y + arm * 1.3), (tip_x, y - arm * 1.3)]
            blob = (tip_x - arm * 1.2, y - arm * 1.6, tip_x + arm * 1.2, y + arm * 1.6)
        draw = ImageDraw.Draw(shadow)
        draw.polygon(poly, fill=255)
        draw.ellipse(blob, fill=255)
        shadow = shadow.filter(ImageFilter.GaussianBlur(0.04 * min(fw, fh)))
        darkening = shadow.point(lambda v: round(255 - look.cast_shadow * v))
        gain = ImageChops.multiply(gain, darkening)
    bands = [ImageChops.multiply(band, gain).point(lambda v, k=k: round(v * k))
             for band, k in zip(image.split(), look.white_balance)]
    return Image.merge("RGB", bands)


def _gauss_bytes(rng: random.Random, size, sigma: float, gauss_lut) -> Image.Image:
    return Image.frombytes("L", size, rng.randbytes(size[0] * size[1])).point(gauss_lut(sigma))


def sensor(image: Image.Image, look: Look, rng: random.Random, gauss_lut) -> Image.Image:
    """Luminance noise (the same in every channel), chroma noise in blotches ~3 px wide, then
    the phone's sharpening (which also sharpens the noise)."""
    if look.luma_noise > 0:
        luma = _gauss_bytes(rng, image.size, look.luma_noise, gauss_lut)
        image = ImageChops.add(image, Image.merge("RGB", [luma] * 3), scale=1.0, offset=-128)
    if look.chroma_noise > 0:
        small = (max(1, image.width // 3), max(1, image.height // 3))
        # bicubic upsampling keeps about half the deviation of the coarse field
        bands = [_gauss_bytes(rng, small, 2 * look.chroma_noise, gauss_lut).resize(image.size, Image.BICUBIC) for _ in range(3)]
        image = ImageChops.add(image, Image.merge("RGB", bands), scale=1.0, offset=-128)
    if look.sharpen:
        radius, percent = look.sharpen
        image = image.filter(ImageFilter.UnsharpMask(radius=radius, percent=percent, threshold=2))
    return image
