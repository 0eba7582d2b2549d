"""Place a specimen document in a photo scene or a scan, apply defects, and record the truth.

`Scene` says what to make (every field left as None is drawn from the seed);
`make(scene)` renders it and returns a `Specimen`: the decoded picture, the encoded file,
the true corners, the measures of every defect (by construction) and the expected status
of every check (truth.py). The same Scene always gives the same bytes.

Pipeline, in the order light and a camera impose: surface and props (in a photo both lie on
the desk, seen through the document's own plane, desk.py and surface.py: foreshortened,
averaged where far, a wall beyond the desk's end, the desk defocused away from the
document's depth) → shadow → document (projective warp of a flat rendering) → thumb →
lighting gradient and colour cast →
glare (on the document only) → exposure (in linear light) → optical blur (lens + focus)
→ motion blur → sensor noise → colour mode (greyscale/thresholded scans) → JPEG.
The held-out style (Scene.style, heldout.py) adds its effects at their places in this
order: distractors on the surface, a curled or folded page, fingers and a sleeve over the
card, white balance, vignetting and a cast shadow with the lighting, barrel distortion
with the optics, its own sensor noise and sharpening.
"""

from __future__ import annotations

import io
import math
import random
import statistics
from dataclasses import asdict, dataclass, field, replace

from PIL import Image, ImageChops, ImageDraw, ImageFilter, ImageStat

from . import backgrounds, desk, documents, geometry, heldout, heldout_surfaces, surface, truth

VARIANTS = {
    "id-card": ("front", "back"),
    "business-license": ("portrait", "landscape"),
    "document": ("statement",),
}
CUT_SIDES = ("top", "right", "bottom", "left", "top-left", "top-right", "bottom-right", "bottom-left")
COLOUR_MODES = ("colour", "grey-image", "bw-image", "grey-copy", "bw-copy")
LENS_SIGMA = 0.5        # px of Gaussian blur every photo gets (lens, demosaicing)
WARP_SIGMA = 0.35       # px the bicubic warp of the flat rendering adds, counted in the truth
BW_THRESHOLD = 140      # a scanner's black-and-white mode


@dataclass(frozen=True)
class Scene:
    """What to render. None means: choose from the seed (see `_settle`)."""

    seed: int = 0
    document: str = "id-card"            # id-card | business-license | document
    variant: str | None = None           # front/back | portrait/landscape | statement
    capture: str = "photo"               # photo | scan
    surface: str | None = None           # wood keyboard fabric desk dark (photos); scans use the lid
    props: tuple[str, ...] | None = None  # any of "hand", "paper", "box"
    size: tuple[int, int] | None = None  # picture (width, height)
    doc_width_px: float | None = None    # document width head-on, px
    pitch: float | None = None           # tilt about the document's horizontal axis, degrees
    yaw: float | None = None             # tilt about its vertical axis
    roll: float | None = None            # in-plane rotation
    centre: tuple[float, float] | None = None  # document centre, as shares of the picture
    cut: tuple[str, float] | None = None  # (side from CUT_SIDES, share of doc width beyond the border; 0 = touching)
    focus_sigma: float = 0.0             # extra Gaussian blur, px
    motion: tuple[float, float] | None = None  # (length px, angle degrees)
    glare: tuple[float, float, float] | None = None  # (target share of the document, u, v in 0–1 document coords)
    exposure_ev: float = 0.0             # stops; negative darkens
    colour_mode: str = "colour"          # see COLOUR_MODES
    light_falloff: float | None = None   # lighting gradient: darkest gain is 1 − falloff
    noise: float | None = None           # sensor noise, standard deviation in levels
    jpeg_quality: int | None = 90        # None: lossless PNG
    file_name: str | None = None
    mime_type: str | None = None
    file_size: int | None = None         # declared size (e.g. ≥ 10 MB without writing one)
    style: str | None = None             # None: the default scenes; "heldout": heldout.py
    # A photo's document moved in space, seen off the picture's centre as a phone sees it
    # (True); or its head-on view moved across the picture, as a photo cropped around the
    # document shows it (False), which puts the principal point at the document's centre.
    uncropped: bool = False


@dataclass
class Specimen:
    """A rendered scene: picture, file and truth."""

    scene: Scene
    image: Image.Image                    # decoded picture, RGB (what a browser would decode)
    data: bytes                           # the encoded file
    corners: list[tuple[float, float]]    # true outline, clockwise from the top-left, image px
    measures: dict
    expected: dict                        # check id -> status or grey zone (truth.ACCEPTS)
    file_name: str
    file_size: int
    mime_type: str
    defects: dict = field(default_factory=dict)
    look: heldout.Look | None = None      # the held-out style's effects

    @property
    def document(self) -> str:
        return self.scene.document

    @property
    def side(self) -> str | None:
        return self.scene.variant if self.scene.document == "id-card" else None

    def rgba(self) -> bytes:
        return self.image.convert("RGBA").tobytes()

    def encoded(self, fmt: str | None = None, *, min_size: int = 0) -> bytes:
        """The file as bytes: `data`, or the picture re-encoded as `fmt` (a Pillow format
        such as "WEBP", "GIF", "BMP", "TIFF" for file-type cases). `min_size` pads a JPEG
        with comment segments up to that many bytes (a ≥ 10 MB file that still decodes)."""
        if fmt:
            buffer = io.BytesIO()
            self.image.save(buffer, fmt)
            blob = buffer.getvalue()
        else:
            blob = self.data
        if len(blob) < min_size:
            if blob[:2] != b"\xff\xd8":
                raise ValueError("only a JPEG can be padded")
            missing, segments = min_size - len(blob), []
            while missing > 0:
                n = max(1, min(65533, missing - 4))
                body = (b"SPECIMEN " * (n // 9 + 1))[:n]
                segments.append(b"\xff\xfe" + (n + 2).to_bytes(2, "big") + body)
                missing -= n + 4
            blob = blob[:2] + b"".join(segments) + blob[2:]
        return blob

    def metadata(self) -> dict:
        """JSON-ready description (what tests/fixtures/expected.json stores per picture)."""
        scene = {k: v for k, v in asdict(self.scene).items() if v is not None}
        return {
            "document": self.document, "side": self.side, "size": list(self.image.size),
            "corners": [[round(x, 2), round(y, 2)] for x, y in self.corners],
            "file_name": self.file_name, "file_size": self.file_size, "mime_type": self.mime_type,
            "defects": self.defects,
            "measures": {k: (round(v, 4) if isinstance(v, float) else v) for k, v in self.measures.items()},
            "expected": self.expected, "scene": scene,
            **({"look": asdict(self.look)} if self.look else {}),
        }


def _props(document: str, rng: random.Random) -> tuple[str, ...]:
    """Things in an ordinary photo: a hand holding a card (30 %), a sheet of paper or a
    printed box nearby (20 % each)."""
    chosen = []
    for prop, chance in (("hand", 0.3), ("paper", 0.2), ("box", 0.2)):
        if rng.random() < chance and (prop != "hand" or document == "id-card"):
            chosen.append(prop)
    return tuple(chosen)


def _settle(scene: Scene, rng: random.Random) -> Scene:
    """Fill every None with a value drawn from the seed: an ordinary, clean capture."""
    s = scene
    variant = s.variant or rng.choice(VARIANTS[s.document])
    scan = s.capture == "scan"
    w_mm, h_mm = documents.SIZES_MM[(s.document, variant)]
    if s.size:
        size = s.size
    elif scan:   # the scanned area: the document plus a 15 mm margin, 300 DPI for cards, 160 for A4
        ppmm = 300 / 25.4 if s.document == "id-card" else 160 / 25.4
        size = (round((w_mm + 30) * ppmm), round((h_mm + 30) * ppmm))
    else:
        long_side = rng.choice([1600, 1800, 2000]) if s.document == "id-card" else 2000
        portrait = h_mm > w_mm or rng.random() < 0.25
        size = (round(long_side * 0.75), long_side) if portrait else (long_side, round(long_side * 0.75))
    if s.doc_width_px:
        doc_w = s.doc_width_px
    elif scan:
        doc_w = w_mm * (size[0] / (w_mm + 30))
    else:   # fill 55–80 % of the picture along the limiting direction (idnorm/Veridas: 40–90 %)
        fill = rng.uniform(0.55, 0.8)
        doc_w = min(size[0] * fill, size[1] * fill * w_mm / h_mm)
    if s.surface:
        surface = s.surface
    elif s.style == "heldout":
        surface = rng.choice(("scan", "scan-open") if scan else heldout_surfaces.SURFACES)
    else:
        surface = "scan" if scan else rng.choice(backgrounds.SURFACES)
    return replace(
        s, variant=variant, size=size, doc_width_px=doc_w, surface=surface,
        props=s.props if s.props is not None else (() if scan else _props(s.document, rng)),
        pitch=s.pitch if s.pitch is not None else (0.0 if scan else rng.uniform(-10, 10)),
        yaw=s.yaw if s.yaw is not None else (0.0 if scan else rng.uniform(-10, 10)),
        roll=s.roll if s.roll is not None else rng.uniform(-2, 2) if scan else rng.uniform(-12, 12),
        light_falloff=s.light_falloff if s.light_falloff is not None else (0.02 if scan else rng.uniform(0.05, 0.25)),
        noise=s.noise if s.noise is not None else (1.0 if scan else rng.uniform(1.5, 3.5)),
    )


def _place(scene: Scene, rng: random.Random, w_mm: float, h_mm: float):
    """True corners in picture coordinates (document top-left first, clockwise) and the
    document's width head-on at the scale of the picture (doc_width_px, less any step back)."""
    W, H = scene.size
    focal = 1.0 * max(W, H) if scene.capture == "photo" else 1e6
    quad = geometry.project_rectangle(w_mm, h_mm, width_px=scene.doc_width_px, pitch=scene.pitch,
                                      yaw=scene.yaw, roll=scene.roll, focal_px=focal)
    xs, ys = [p[0] for p in quad], [p[1] for p in quad]
    width = scene.doc_width_px
    if scene.cut:
        side, amount = scene.cut
        beyond = amount * scene.doc_width_px
        dx = W + beyond - max(xs) if "right" in side else -beyond - min(xs) if "left" in side else None
        dy = H + beyond - max(ys) if "bottom" in side else -beyond - min(ys) if "top" in side else None
        if dx is None:
            dx = (W - max(xs) - min(xs)) / 2
        if dy is None:
            dy = (H - max(ys) - min(ys)) / 2
    elif scene.centre:
        dx, dy = scene.centre[0] * W, scene.centre[1] * H
    else:   # anywhere that keeps a margin of 4 % of the shorter side
        m = 0.04 * min(W, H)
        fit = min(1.0, (W - 2 * m) / (max(xs) - min(xs)), (H - 2 * m) / (max(ys) - min(ys)))
        if fit < 1:   # tilt made it larger than the picture: step back (scale the view)
            quad = [(x * fit, y * fit) for x, y in quad]
            width *= fit
            xs, ys = [p[0] for p in quad], [p[1] for p in quad]
        lo_x, hi_x = m - min(xs), W - m - max(xs)
        lo_y, hi_y = m - min(ys), H - m - max(ys)
        dx = rng.uniform(lo_x, hi_x) if hi_x > lo_x else (lo_x + hi_x) / 2
        dy = rng.uniform(lo_y, hi_y) if hi_y > lo_y else (lo_y + hi_y) / 2
    if scene.uncropped and scene.capture == "photo":
        seen = geometry.project_rectangle(w_mm, h_mm, width_px=width, pitch=scene.pitch, yaw=scene.yaw,
                                          roll=scene.roll, focal_px=focal, at=(dx - W / 2, dy - H / 2))
        return [(x + W / 2, y + H / 2) for x, y in seen], width
    return [(x + dx, y + dy) for x, y in quad], width


def _gauss_lut(sigma: float) -> list[int]:
    """Map a uniform byte to 128 + a Gaussian deviate (inverse normal CDF)."""
    nd = statistics.NormalDist(128, max(sigma, 1e-6))
    return [max(0, min(255, round(nd.inv_cdf((u + 0.5) / 256)))) for u in range(256)]


def _noise(image: Image.Image, rng: random.Random, sigma: float) -> Image.Image:
    if sigma <= 0:
        return image
    lut = _gauss_lut(sigma)
    n = image.width * image.height
    bands = [Image.frombytes("L", image.size, rng.randbytes(n)).point(lut) for _ in range(3)]
    return ImageChops.add(image, Image.merge("RGB", bands), scale=1.0, offset=-128)


def _count(mask: Image.Image) -> int:
    """Pixels at 255 in a binary L mask."""
    return mask.histogram()[255]


def _binary(mask: Image.Image, at: int = 128) -> Image.Image:
    return mask.point(lambda v: 255 if v >= at else 0)


def _lighting(image: Image.Image, rng: random.Random, falloff: float) -> Image.Image:
    ramp = Image.linear_gradient("L").rotate(rng.uniform(0, 360), resample=Image.BILINEAR)
    ramp = ramp.crop((48, 48, 208, 208)).resize(image.size, Image.BILINEAR)
    gain = ramp.point(lambda v: round(255 * (1 - falloff * (1 - v / 255))))
    cast = [rng.uniform(0.96, 1.0) for _ in range(3)] if falloff > 0.03 else [1.0, 1.0, 1.0]
    bands = [ImageChops.multiply(b, gain).point(lambda v, k=k: round(v * k)) for b, k in zip(image.split(), cast)]
    return Image.merge("RGB", bands)


def _exposure(image: Image.Image, ev: float) -> Image.Image:
    if ev == 0:
        return image
    gain = 2.0 ** ev

    def srgb_to_linear(v):
        c = v / 255
        return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4

    def linear_to_srgb(c):
        c = min(1.0, c)
        return 12.92 * c if c <= 0.0031308 else 1.055 * c ** (1 / 2.4) - 0.055

    lut = [round(255 * linear_to_srgb(srgb_to_linear(v) * gain)) for v in range(256)]
    return image.point(lut * 3)


def _motion(image: Image.Image, length: float, angle: float) -> Image.Image:
    """Average of shifted copies along a line: a box blur of `length` px at `angle`."""
    if length <= 0:
        return image
    # a power of two of copies, at most a pixel apart: pairwise means then give every
    # copy the same weight (a box) and keep 8-bit rounding unbiased
    steps = 2 ** math.ceil(math.log2(max(2, math.ceil(length) + 1)))
    ca, sa = math.cos(math.radians(angle)), math.sin(math.radians(angle))
    copies = []
    for k in range(steps):
        t = -length / 2 + length * k / (steps - 1)
        copies.append(image.transform(image.size, Image.AFFINE, (1, 0, t * ca, 0, 1, t * sa), Image.BILINEAR))
    while len(copies) > 1:
        copies = [Image.blend(copies[i], copies[i + 1], 0.5) for i in range(0, len(copies), 2)]
    return copies[0]


def _glare(image, rng, doc_mask, to_scene, doc_area, target, u, v):
    """A specular highlight: saturated white core with a soft halo, on the document only."""
    cx, cy = geometry.apply(to_scene, (u, v))
    aspect = rng.uniform(1.0, 2.0)
    b = math.sqrt(target * doc_area / (math.pi * aspect))
    a = b * aspect
    blob = Image.new("L", image.size, 0)
    ImageDraw.Draw(blob).ellipse((cx - a, cy - b, cx + a, cy + b), fill=255)
    blob = blob.rotate(rng.uniform(0, 180), center=(cx, cy), resample=Image.BILINEAR)
    blob = blob.filter(ImageFilter.GaussianBlur(b * 0.4)).point(lambda p: min(255, 2 * p))
    alpha = ImageChops.multiply(blob, doc_mask)
    tint = Image.new("RGB", image.size, (255, 255, 253))
    return Image.composite(tint, image, alpha), alpha


def make(scene: Scene) -> Specimen:
    rng = random.Random(scene.seed)
    scene = _settle(scene, rng)
    look = heldout.draw(scene, scene.seed) if scene.style == "heldout" else None
    look_rng = heldout.rng_for(scene.seed)
    variant = scene.variant
    w_mm, h_mm = documents.SIZES_MM[(scene.document, variant)]
    quad, head_on_width = _place(scene, rng, w_mm, h_mm)
    W, H = scene.size
    margin = math.ceil(scene.motion[0]) + 4 if scene.motion else 0
    canvas = (W + 2 * margin, H + 2 * margin)
    on_canvas = [(x + margin, y + margin) for x, y in quad]
    doc_width = (math.dist(quad[0], quad[1]) + math.dist(quad[3], quad[2])) / 2

    # surface and props under the document: in a photo, lying on the desk, they share the
    # document's plane (placed head-on, then projected); a scanner's lid is flat
    maker = heldout_surfaces.SURFACE_MAKERS.get(scene.surface) or backgrounds.MAKERS[scene.surface]
    plane = desk.under(on_canvas, w_mm, h_mm, scene.roll, head_on_width, canvas)
    seen = None
    if scene.capture == "photo":
        seen = surface.view(plane, max(W, H), w_mm, random.Random(scene.seed * 7933 + 5))
        image = seen.texture(maker, rng)
    else:
        image = maker(rng, canvas)
    centre, width = plane.centre, plane.width
    if look:
        heldout.distractors(image, look, look_rng, plane)
    skin = backgrounds.skin_colour(rng)
    if "paper" in scene.props:
        backgrounds.paper_sheet(image, rng, plane, (centre[0] + rng.uniform(-0.2, 0.2) * width,
                                                   centre[1] + rng.uniform(-0.2, 0.2) * width), width * 1.6)
    if "box" in scene.props:
        far = (canvas[0] - centre[0], canvas[1] - centre[1])
        backgrounds.printed_box(image, rng, plane, (far[0] * 0.9 + rng.uniform(-60, 60), far[1] * 0.9), width * 0.6)
    if seen:
        image = seen.defocus(image)
    if "hand" in scene.props:
        backgrounds.hand_under(image, rng, skin, on_canvas, doc_width)

    # the document: a flat rendering warped onto the scene
    ppmm = max(3.0, 1.25 * scene.doc_width_px / w_mm)
    flat = documents.render(scene.document, variant, ppmm, scene.seed)
    if scene.colour_mode == "grey-copy":
        flat = flat.convert("L").convert("RGB")
    elif scene.colour_mode == "bw-copy":
        flat = flat.convert("L").point(lambda p: 255 if p >= BW_THRESHOLD else 0).convert("RGB")
    if look and look.fold:
        flat = heldout.fold(flat, look_rng)
    fw, fh = flat.size
    flat_corners = [(0, 0), (fw, 0), (fw, fh), (0, fh)]
    to_flat = geometry.homography(on_canvas, flat_corners)
    to_scene = geometry.homography([(0, 0), (1, 0), (1, 1), (0, 1)], on_canvas)
    warped = flat.transform(canvas, Image.PERSPECTIVE, to_flat, Image.BICUBIC)
    mask = documents.card_mask(flat.size, ppmm, scene.document).transform(canvas, Image.PERSPECTIVE, to_flat, Image.BILINEAR)
    print_flat = flat.convert("L").point(lambda p: 255 if p < 200 else 0)
    print_mask = _binary(print_flat.transform(canvas, Image.PERSPECTIVE, to_flat, Image.NEAREST))
    if look and look.curl:
        warped, mask, print_mask = heldout.curl([warped, mask, print_mask], look, on_canvas)
        print_mask = _binary(print_mask)
    if scene.capture == "photo":   # a soft shadow cast on the surface
        shift, soft, depth = doc_width * 0.012, doc_width * 0.01, 60   # per cent of the light left
    else:   # a scanner's lamp leaves a thin, faint line along the paper's edge
        shift = soft = 0.3 * doc_width / w_mm
        depth = rng.randint(75, 92)
    shadow = mask.transform(canvas, Image.AFFINE, (1, 0, -shift, 0, 1, -shift), Image.BILINEAR)
    shadow = shadow.filter(ImageFilter.GaussianBlur(soft)).point(lambda p: p // 2)
    image = Image.composite(image.point(lambda p: p * depth // 100), image, shadow)
    image = Image.composite(warped, image, mask)
    if "hand" in scene.props:
        backgrounds.thumb_over(image, rng, skin, on_canvas, doc_width)
        # the thumb hides part of the document: the truth measures only what shows
        hidden = ImageChops.difference(image, Image.composite(warped, image, mask)).convert("L")
        mask = ImageChops.subtract(mask, _binary(hidden, 1))
    if look and look.fingers:
        before = image.copy()
        heldout.fingers_over(image, look_rng, skin, on_canvas, doc_width, backgrounds._shaded_ellipse)
        mask = ImageChops.subtract(mask, _binary(ImageChops.difference(image, before).convert("L"), 1))
    if look and look.sleeve:
        image = heldout.sleeve(image, look_rng, to_scene, w_mm, h_mm)
    image = _lighting(image, rng, scene.light_falloff)
    frame_box = (margin, margin, margin + W, margin + H)
    if look:
        image = heldout.light(image, look, look_rng, frame_box)

    doc_bin = _binary(mask)
    doc_area = geometry.area(on_canvas)
    glare_alpha = Image.new("L", canvas, 0)
    if scene.glare:
        image, glare_alpha = _glare(image, rng, mask, to_scene, doc_area, *scene.glare)
    image = _exposure(image, scene.exposure_ev)

    # measures taken on the exposed, not yet blurred picture, inside the visible frame
    frame = Image.new("L", canvas, 0)
    ImageDraw.Draw(frame).rectangle((margin, margin, margin + W - 1, margin + H - 1), fill=255)
    visible = ImageChops.multiply(doc_bin, frame)
    n_doc = max(1, _count(visible))
    glare_core = ImageChops.multiply(_binary(glare_alpha, 250), visible)
    no_glare = ImageChops.multiply(visible, ImageChops.invert(_binary(glare_alpha, 1)))
    luma = image.convert("L")
    brightness = ImageStat.Stat(luma, visible).mean[0] / 255 if _count(visible) else 0.0
    clipped = _binary(luma, 250)
    print_here = ImageChops.multiply(print_mask, no_glare)
    print_lost = _count(ImageChops.multiply(print_here, clipped)) / max(1, _count(print_here))

    # optics, motion, sensor
    if look and look.barrel:
        image = heldout.distort(image, look, frame_box)
    sigma = math.hypot(LENS_SIGMA, scene.focus_sigma)
    image = image.filter(ImageFilter.GaussianBlur(sigma))
    if scene.motion:
        image = _motion(image, *scene.motion)
    image = image.crop((margin, margin, margin + W, margin + H))
    image = heldout.sensor(image, look, look_rng, _gauss_lut) if look else _noise(image, rng, scene.noise)
    if scene.colour_mode == "grey-image":
        image = image.convert("L").convert("RGB")
    elif scene.colour_mode == "bw-image":
        image = image.convert("L").point(lambda p: 255 if p >= BW_THRESHOLD else 0).convert("RGB")

    buffer = io.BytesIO()
    if scene.jpeg_quality:
        image.save(buffer, "JPEG", quality=scene.jpeg_quality)
        data = buffer.getvalue()
        image = Image.open(io.BytesIO(data)).convert("RGB")
        ext, mime = ".jpg", "image/jpeg"
    else:
        image.save(buffer, "PNG")
        data = buffer.getvalue()
        ext, mime = ".png", "image/png"
    file_name = scene.file_name or f"specimen-{scene.seed}{ext}"
    mime_type = scene.mime_type or mime
    file_size = scene.file_size if scene.file_size is not None else len(data)

    border_px = geometry.border_distance(quad, W, H)
    if look:   # curl and lens distortion bow the edges: measure the whole outline
        border_px = geometry.border_distance(heldout.outline(quad, look, (W, H)), W, H)
        quad = heldout.distort_points(quad, look, (W, H))
        doc_width = (math.dist(quad[0], quad[1]) + math.dist(quad[3], quad[2])) / 2
    sides = geometry.side_lengths(quad)
    ppmm_across = (sides[0] + sides[2]) / 2 / w_mm
    ppmm_down = (sides[1] + sides[3]) / 2 / h_mm
    ppmm_mean = (ppmm_across + ppmm_down) / 2
    motion_sigma = scene.motion[0] / math.sqrt(12) if scene.motion else 0.0
    blur_px = math.sqrt(sigma ** 2 + WARP_SIGMA ** 2 + motion_sigma ** 2 + (heldout.extra_blur_sigma(look) ** 2 if look else 0))
    measures = {
        "ppmm": ppmm_across,          # as vendors count DPI: across the rectified document
        "dpi": ppmm_across * 25.4,
        "blur_px": blur_px,
        "blur_mm": blur_px / ppmm_mean,
        "angle_dev": max(abs(a - 90) for a in geometry.corner_angles(quad)),
        "border_px": border_px,
        "short_side": min(W, H),
        "doc_width_px": doc_width,
        "glare_share": _count(glare_core) / n_doc,
        "brightness": brightness,
        "print_lost": print_lost,
        "colour_mode": scene.colour_mode,
        "visible_share": min(1.0, _count(visible) / doc_area),
    }
    expected = truth.expected(measures, file_name_=file_name, file_size_=file_size, mime_type=mime_type)
    defects = {}
    if scene.focus_sigma:
        defects["focus"] = {"sigma_px": scene.focus_sigma}
    if scene.motion:
        defects["motion"] = {"length_px": scene.motion[0], "angle": scene.motion[1]}
    if scene.cut:
        defects["cut"] = {"side": scene.cut[0], "beyond_share": scene.cut[1]}
    if scene.glare:
        defects["glare"] = {"share": round(measures["glare_share"], 4)}
    if scene.exposure_ev:
        defects["exposure"] = {"ev": scene.exposure_ev}
    if scene.colour_mode != "colour":
        defects["colour"] = {"mode": scene.colour_mode}
    return Specimen(scene=scene, image=image, data=data, corners=geometry.order_clockwise(quad),
                    measures=measures, expected=expected, file_name=file_name, file_size=file_size,
                    mime_type=mime_type, defects=defects, look=look)


def cropped(specimen: Specimen, pad: float) -> Specimen:
    """The specimen cut to its document, as a scanner app or a seller cropping by hand
    cuts it: the picture becomes the document's bounding box grown by `pad` times the
    document's width on every side (negative: cut into it), saved as PNG (the decoded
    picture as it was, not compressed again). The truth follows: the framing and the
    file change with the picture; everything measured on the document stays. The new
    border distance is the corners' (a held-out curl or lens bows an edge out by a
    pixel or two past them, which `make` measures and this does not)."""
    xs = [x for x, _ in specimen.corners]
    ys = [y for _, y in specimen.corners]
    grow = pad * specimen.measures["doc_width_px"]
    W, H = specimen.image.size
    box = (max(0, round(min(xs) - grow)), max(0, round(min(ys) - grow)),
           min(W, round(max(xs) + grow)), min(H, round(max(ys) + grow)))
    image = specimen.image.crop(box)
    corners = [(x - box[0], y - box[1]) for x, y in specimen.corners]
    buffer = io.BytesIO()
    image.save(buffer, "PNG")
    data = buffer.getvalue()
    measures = dict(specimen.measures, border_px=geometry.border_distance(corners, *image.size),
                    short_side=min(image.size))
    file_name = f"specimen-{specimen.scene.seed}-cropped.png"
    expected = truth.expected(measures, file_name_=file_name, file_size_=len(data), mime_type="image/png")
    return replace(specimen, image=image, data=data, corners=corners, measures=measures, expected=expected,
                   file_name=file_name, file_size=len(data), mime_type="image/png")
