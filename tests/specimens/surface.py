"""The desk's surface seen through the desk plane, as the camera sees the document.

The surface texture (backgrounds.py, heldout_surfaces.py) is drawn head-on, with its
features at the size they have at the document's depth, and carried into the picture by
the desk plane's homography (desk.py): it is foreshortened like the document and its
lines run to the same vanishing points. Four things a real photo has follow from that:

- Far away the texture is small. Each picture pixel samples the texture from a level of
  a small pyramid (box-averaged halvings) matched to the pixel's footprint on the desk
  (the larger singular value of the picture → desk map), blended between levels, so
  fine texture averages out instead of aliasing into moiré and false edges.
- The desk up to some depth is drawn from one rendering at full resolution, as deep as
  NEAR_BUDGET times the picture's pixels allows; the desk beyond, when there is any,
  from a second, coarse rendering of the same kind of surface (scale < 1, features the
  same size on the desk, the same colours and turn), faded in over a band of depth
  where both are already averaged down.
- The desk ends at a wall 3–6 times as far as the document; on a steep view the wall
  fills the picture above that line (up to and past the desk's horizon): a plain,
  out-of-focus wall with a soft gradient, never desk mirrored beyond the horizon.
- The lens focuses on the document: the desk nearer or farther than any part of the
  document is defocused by the thin lens's blur circle c = f D |1/Z − 1/Z_doc| (f focal
  length in pixels, D aperture diameter, Z depth), D = focal length / f-number, 1.5–3 mm
  for a phone camera (4–6 mm at f/1.8–2.4). The props lying on the desk are defocused
  with it (`defocus` runs after they are drawn).

Depths are handled as u = Z_doc centre / Z (1 at the document's centre, 0 at the horizon),
which is affine in picture coordinates. A level view (u = 1 everywhere) gives exactly the
maker's head-on texture, at the picture's size.
"""

from __future__ import annotations

import itertools
import math
import random
from dataclasses import dataclass

from PIL import Image, ImageChops, ImageDraw, ImageFilter, ImageStat

from . import geometry
from .backgrounds import _jitter, smooth_noise

STEP = 24                # px between the points where depth and footprint are evaluated
NEAR_BUDGET = 2.0        # the full-resolution rendering has at most this many pictures' pixels
FAR_BUDGET = 1.0         # and the coarse one of the far desk at most this many
FADE = 0.15              # the far rendering fades in over this share of u above the near region's edge
WALL_DEPTH = (3.0, 6.0)  # the wall behind the desk, in multiples of the document's depth
APERTURE_MM = (1.5, 3.0)  # a phone camera's aperture diameter
WALLS = ((236, 232, 222), (226, 226, 224), (214, 220, 226), (232, 224, 210), (208, 214, 204))


def _inverse_depth(to_desk, point, centre_denominator) -> float:
    """u at a picture point: the picture → desk map's denominator, 1 at the document's centre."""
    return (to_desk[6] * point[0] + to_desk[7] * point[1] + 1) / centre_denominator


def _footprint(to_desk, point) -> float:
    """Desk pixels one picture pixel spans at `point`: the larger singular value of the
    picture → desk map's Jacobian (J = (A − q ∇w) / w for q = (A p + c) / w)."""
    a, b, c, d, e, f, g, h = to_desk
    x, y = point
    w = g * x + h * y + 1
    qx, qy = (a * x + b * y + c) / w, (d * x + e * y + f) / w
    j = ((a - qx * g) / w, (b - qx * h) / w, (d - qy * g) / w, (e - qy * h) / w)
    # largest singular value of [[j0, j1], [j2, j3]]
    s = j[0] ** 2 + j[1] ** 2 + j[2] ** 2 + j[3] ** 2
    det = j[0] * j[3] - j[1] * j[2]
    return math.sqrt((s + math.sqrt(max(0.0, s * s - 4 * det * det))) / 2)


def _through(to_desk, origin, scale: float, box) -> list[float]:
    """Pillow PERSPECTIVE data for picture box `box` (x0, y0, ...) sampling a texture whose
    pixel (0, 0) lies at desk point `origin` and that has `scale` pixels per desk pixel."""
    a, b, c, d, e, f, g, h = to_desk
    x0, y0 = box[0], box[1]
    ox, oy = origin
    # picture p = p' + (x0, y0); texture t = (q − origin) · scale
    w0 = g * x0 + h * y0 + 1
    rows = []
    for (p, q, r), o in (((a, b, c), ox), ((d, e, f), oy)):
        r0 = p * x0 + q * y0 + r
        rows += [(p - o * g) * scale / w0, (q - o * h) * scale / w0, (r0 - o * w0) * scale / w0]
    return rows + [g / w0, h / w0]


def _clip_half_plane(polygon, coef, at: float):
    """The part of a convex polygon where coef·(x, y, 1) ≥ at."""
    out = []
    for i in range(len(polygon)):
        p, q = polygon[i - 1], polygon[i]
        vp = coef[0] * p[0] + coef[1] * p[1] + coef[2] - at
        vq = coef[0] * q[0] + coef[1] * q[1] + coef[2] - at
        if (vp >= 0) != (vq >= 0):
            t = vp / (vp - vq)
            out.append((p[0] + t * (q[0] - p[0]), p[1] + t * (q[1] - p[1])))
        if vq >= 0:
            out.append(q)
    return out


@dataclass
class View:
    """The desk plane of one photo scene, as the camera sees it."""

    plane: object            # desk.Desk
    size: tuple[int, int]    # the canvas
    to_desk: list[float]     # picture → desk (head-on pixels relative to the document's centre)
    u_coef: tuple[float, float, float]   # u = a x + b y + c
    u_wall: float            # u where the desk meets the wall
    u_doc: tuple[float, float]   # the range of u the document spans (it is in focus)
    blur_per_u: float        # blur circle diameter, px, per unit of u out of focus
    grid: tuple[int, int]    # evaluation points across and down
    u_at: list[float]        # u at each grid point, row by row
    footprint: list[float]   # desk pixels per picture pixel at each grid point
    rng: random.Random       # draws the wall

    def _map(self, values, box) -> Image.Image:
        """A grid quantity interpolated over picture box `box` (mode F)."""
        gw, gh = self.grid
        small = Image.new("F", (gw, gh))
        small.putdata(values)
        x0, y0, x1, y1 = box
        return small.resize((x1 - x0, y1 - y0), Image.BILINEAR,
                            box=(0.5 + x0 / STEP, 0.5 + y0 / STEP, 0.5 + x1 / STEP, 0.5 + y1 / STEP))

    def _box_where(self, values) -> tuple[int, int, int, int] | None:
        """Picture box of the grid cells with a value > 0 at any corner, or None."""
        gw, _ = self.grid
        kept = [i for i, v in enumerate(values) if v > 0]
        if not kept:
            return None
        cols, rows = [i % gw for i in kept], [i // gw for i in kept]
        x0, x1 = max(0, (min(cols) - 1) * STEP), min(self.size[0], (max(cols) + 1) * STEP)
        y0, y1 = max(0, (min(rows) - 1) * STEP), min(self.size[1], (max(rows) + 1) * STEP)
        return (x0, y0, x1, y1) if x1 > x0 and y1 > y0 else None

    def region(self, u_from: float, u_to: float = math.inf) -> list[geometry.Point]:
        """The picture polygon where u_from ≤ u ≤ u_to (the desk at most 1/u_from times as
        far as the document's centre), within the canvas."""
        W, H = self.size
        polygon = _clip_half_plane([(0, 0), (W, 0), (W, H), (0, H)], self.u_coef, u_from)
        if u_to < math.inf and polygon:
            polygon = _clip_half_plane(polygon, tuple(-c for c in self.u_coef), -u_to)
        return polygon

    def desk_box(self, u_from: float, u_to: float = math.inf):
        """The desk's head-on bounding box (relative to the document's centre) of `region`."""
        points = [geometry.apply(self.to_desk, p) for p in self.region(u_from, u_to)]
        if len(points) < 3:
            return None
        xs, ys = [p[0] for p in points], [p[1] for p in points]
        return min(xs), min(ys), max(xs), max(ys)

    def _sample(self, texture: Image.Image, origin, scale: float, out: Image.Image, weight=None):
        """Draw `texture` (desk point `origin` at its pixel (0, 0), `scale` pixels per desk
        pixel) into `out` through the plane, each pixel from the pyramid level its footprint
        needs; `weight(i)` (grid point → 0..1) limits and fades where it is drawn."""
        n = len(self.footprint)
        margin = 1.5 * STEP * math.hypot(self.u_coef[0], self.u_coef[1])   # a cell and a half, in u
        on_desk = [1.0 if u >= self.u_wall - margin else 0.0 for u in self.u_at]
        weights = [on_desk[i] * (1.0 if weight is None else weight(i)) for i in range(n)]
        level_of = [max(0.0, math.log2(max(1e-9, self.footprint[i] * scale))) if weights[i] > 0 else 0.0 for i in range(n)]
        level = texture
        for k in range(math.ceil(max(level_of) + 0.5) + 1):
            # level k is used fully from level_of ≥ k, faded in over the half octave below;
            # from level_of ≥ k + 1 on, level k + 1 covers it
            shares = [w if k == 0 else w * min(1.0, max(0.0, 2 * (lv - k) + 1)) for w, lv in zip(weights, level_of)]
            box = self._box_where([v if lv < k + 1 else 0.0 for v, lv in zip(shares, level_of)])
            if k:
                level = level.reduce(2)
            if box is None:
                continue
            data = _through(self.to_desk, origin, scale * level.width / texture.width, box)
            # beyond the rendering's edge (a coarse level's pixels overhang it) its mean colour
            mean = tuple(round(v) for v in ImageStat.Stat(level).mean)
            drawn = level.transform((box[2] - box[0], box[3] - box[1]), Image.PERSPECTIVE, data,
                                    Image.BICUBIC if k == 0 else Image.BILINEAR, fillcolor=mean)
            alpha = self._map([v * 255 for v in shares], box).convert("L")
            if k == 0 and min(weights) == 1:
                out.paste(drawn, box[:2])
            else:
                out.paste(drawn, box[:2], alpha)

    def texture(self, maker, rng: random.Random) -> Image.Image:
        """The canvas with the surface `maker` (a surface maker, see backgrounds.feature_frame)
        lying on the desk, and the wall beyond it. `rng` draws the full-resolution rendering
        (a level view draws exactly what `maker(rng, size)` draws); the coarse one starts
        from the same state, so it has the same colours and turn."""
        W, H = self.size
        twin = random.Random()
        twin.setstate(rng.getstate())
        out = Image.new("RGB", self.size)
        whole = self.desk_box(self.u_wall)
        if whole is None:   # the camera sees only the wall
            return self._wall(out, full=True)
        # the near rendering: the largest region u ≥ u_near that fits the budget (or the
        # document's own depth and nearer)
        candidates = [(u, self.desk_box(u)) for u in [self.u_wall] + [x / 10 for x in range(2, 11) if x / 10 > self.u_wall]]
        candidates = [(u, box) for u, box in candidates if box]
        u_near, box = next(((u, box) for u, box in candidates
                            if (box[2] - box[0]) * (box[3] - box[1]) <= NEAR_BUDGET * W * H), candidates[-1])
        near_size = (max(1, math.ceil(box[2] - box[0] - 1e-6)), max(1, math.ceil(box[3] - box[1] - 1e-6)))
        near = maker(rng, near_size, self.size, 1.0)
        complete = u_near <= self.u_wall
        if not complete:   # the far desk: a coarse rendering of the desk beyond the near one
            edge = u_near * (1 + FADE)
            band = self.desk_box(self.u_wall, edge)
            area = (band[2] - band[0]) * (band[3] - band[1])
            scale = min(0.5, math.sqrt(FAR_BUDGET * W * H / area))
            far_size = (max(1, math.ceil((band[2] - band[0]) * scale)), max(1, math.ceil((band[3] - band[1]) * scale)))
            far = maker(twin, far_size, self.size, scale)
            margin = 1.5 * STEP * math.hypot(self.u_coef[0], self.u_coef[1])
            self._sample(far, band[:2], scale, out, lambda i: 1.0 if self.u_at[i] <= edge + margin else 0.0)
            self._sample(near, box[:2], 1.0, out,
                         lambda i: min(1.0, max(0.0, (self.u_at[i] - u_near) / (edge - u_near))))
        else:
            self._sample(near, box[:2], 1.0, out)
        return self._wall(out)

    def _wall(self, out: Image.Image, full: bool = False) -> Image.Image:
        """A plain wall where u < u_wall: a soft gradient away from the desk's far edge and
        faint blotches (it is out of focus)."""
        rng = self.rng
        colour = _jitter(rng, rng.choice(WALLS), 8)
        shown = self.region(-1e18) if full else _clip_half_plane(
            [(0, 0), (self.size[0], 0), (self.size[0], self.size[1]), (0, self.size[1])],
            tuple(-c for c in self.u_coef), -self.u_wall)
        if len(shown) < 3:
            return out
        mask = Image.new("L", self.size, 0)
        ImageDraw.Draw(mask).polygon(shown, fill=255)
        # brightness changes by `fall` over a picture height away from the desk's edge
        a, b, c = self.u_coef
        slope = math.hypot(a, b) or 1.0
        fall = rng.uniform(-0.12, 0.12)
        gw, gh = self.grid
        gain = []
        for j in range(gh):
            for i in range(gw):
                away = (self.u_wall - (a * i * STEP + b * j * STEP + c)) / slope / self.size[1]
                gain.append(255 * (1 + fall * max(0.0, away)))
        shade = self._map(gain, (0, 0, *self.size)).convert("L")
        blotches = smooth_noise(rng, self.size, max(self.size) / 3).point(lambda v: 247 + v // 32)
        wall = Image.new("RGB", self.size, colour)
        wall = ImageChops.multiply(wall, Image.merge("RGB", [shade] * 3).point(lambda v: min(255, v)))
        wall = ImageChops.multiply(wall, Image.merge("RGB", [blotches] * 3))
        return Image.composite(wall, out, mask)

    def blur_px(self, u: float) -> float:
        """Gaussian σ of the defocus at inverse depth u (the wall's beyond the desk's end)."""
        u = max(u, self.u_wall)
        lo, hi = self.u_doc
        out_of_focus = lo - u if u < lo else u - hi if u > hi else 0.0
        return self.blur_per_u * out_of_focus / 4   # a disc of diameter c has σ = c / 4

    def defocus(self, image: Image.Image) -> Image.Image:
        """Blur the desk (and what lies on it) by its distance from the focused document:
        blurred copies at σ = 1, 2, 4, ... blended by each pixel's σ (from σ = 4 on, blurred
        at a reduced size, which a blur that wide does not tell apart)."""
        sigma = [self.blur_px(u) for u in self.u_at]
        level_of = [0.0 if s < 0.5 else 2 * s - 1 if s < 1 else 1 + math.log2(s) for s in sigma]
        if max(level_of) <= 0:
            return image
        out = image.copy()
        lo, hi = self.u_doc
        for k, nearer in itertools.product(range(1, math.ceil(max(level_of)) + 1), (False, True)):
            # the desk nearer and farther than the document: two bands, blurred apart
            shares = [min(1.0, max(0.0, lv - (k - 1))) if (u > hi) == nearer else 0.0
                      for lv, u in zip(level_of, self.u_at)]
            box = self._box_where(shares)
            if box is None:
                continue
            radius = 2 ** (k - 1)
            shrink = max(1, radius // 2)
            reach = 3 * radius + shrink
            outer = (max(0, box[0] - reach), max(0, box[1] - reach),
                     min(self.size[0], box[2] + reach), min(self.size[1], box[3] + reach))
            part = image.crop(outer)
            if shrink > 1:
                small = part.reduce(shrink).filter(ImageFilter.GaussianBlur(radius / shrink))
                blurred = small.resize(part.size, Image.BILINEAR, box=(0, 0, part.width / shrink, part.height / shrink))
            else:
                blurred = part.filter(ImageFilter.GaussianBlur(radius))
            blurred = blurred.crop((box[0] - outer[0], box[1] - outer[1], box[2] - outer[0], box[3] - outer[1]))
            alpha = self._map([v * 255 for v in shares], box).convert("L")
            out.paste(blurred, box[:2], alpha)
        return out


def view(plane, focal_px: float, w_mm: float, rng: random.Random) -> View:
    """The View of a photo scene's desk `plane` (desk.under) taken with focal length
    `focal_px`, the document `w_mm` wide; `rng` draws the wall and the aperture."""
    to_desk = geometry.homography(plane.quad, plane.head_on)
    x0, y0, x1, y1 = plane.frame
    size = (round(x1 - x0), round(y1 - y0))
    g, h = to_desk[6], to_desk[7]
    at_centre = g * plane.centre[0] + h * plane.centre[1] + 1
    u_coef = (g / at_centre, h / at_centre, 1 / at_centre)
    u_doc = [1 / geometry.depth_share(plane.to_picture, p) for p in plane.head_on]
    gw, gh = math.ceil(size[0] / STEP) + 1, math.ceil(size[1] / STEP) + 1
    points = [(i * STEP, j * STEP) for j in range(gh) for i in range(gw)]
    u_at = [_inverse_depth(to_desk, p, at_centre) for p in points]
    footprint = [_footprint(to_desk, p) if u > 0 else 0.0 for p, u in zip(points, u_at)]
    depth_mm = focal_px * w_mm / plane.width   # the document's centre, as geometry.project_rectangle places it
    aperture = rng.uniform(*APERTURE_MM)
    return View(plane=plane, size=size, to_desk=to_desk, u_coef=u_coef,
                u_wall=1 / rng.uniform(*WALL_DEPTH), u_doc=(min(u_doc), max(u_doc)),
                blur_per_u=focal_px * aperture / depth_mm, grid=(gw, gh), u_at=u_at,
                footprint=footprint, rng=rng)
