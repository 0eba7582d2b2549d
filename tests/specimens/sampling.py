"""Random scenes for the benchmark: ordinary clean captures, or one defect well past its limit.

Clean scenes follow what sellers send: phone photos on varied surfaces (60 % ID cards,
both sides; 20 % business licences; 20 % statements), 20 % flatbed scans, JPEG quality
80–93, mild tilt, uneven light, sensor noise. Defect strengths are drawn from ranges
beyond the limits in truth.py, so most defect scenes are expected to fail; the truth is
still computed from the finished scene, never assumed.

The held-out style (`style="heldout"`, heldout.py) frames documents as sellers really do
— a card filling 30–90 % of the picture, upright or not, pages at 2400–3000 px — with
JPEG quality 70–95 and 15 % scans; its surfaces and camera effects are its own.
"""

from __future__ import annotations

import math
import random
from dataclasses import replace

from . import documents, geometry, truth
from .scene import CUT_SIDES, VARIANTS, Scene

# defect -> the check that must catch it
DEFECTS = {
    "focus": "sharpness", "motion": "sharpness", "cut": "framing", "glare": "glare",
    "dark": "exposure", "bright": "exposure", "grey": "color", "bw": "color",
    "small": "resolution", "steep": "perspective",
    "file-name": "file-name", "file-size": "file-size", "file-type": "file-type",
}
WRONG_TYPES = (("image/webp", ".webp"), ("image/gif", ".gif"), ("image/bmp", ".bmp"), ("image/heic", ".heic"))


def _base(rng: random.Random, seed: int, allow_scan: bool) -> Scene:
    roll = rng.random()
    document = "id-card" if roll < 0.6 else "business-license" if roll < 0.8 else "document"
    variant = rng.choice(VARIANTS[document])
    capture = "scan" if rng.random() < 0.2 and allow_scan else "photo"
    w_mm, h_mm = documents.SIZES_MM[(document, variant)]
    if capture == "scan":
        return Scene(seed=seed, document=document, variant=variant, capture="scan",
                     jpeg_quality=rng.randint(80, 93))
    if document == "id-card":
        long_side = rng.choice([1600, 1800, 2000])
        fill = rng.uniform(0.5, 0.8)
    else:   # an A4 page needs ≥ 150 DPI (truth.py): a larger picture, filled more
        long_side = 2400
        fill = rng.uniform(0.78, 0.9)
    # cards are often shot with the phone upright; a page is framed the way it lies
    portrait = h_mm > w_mm or (document == "id-card" and rng.random() < 0.25)
    size = (round(long_side * 0.75), long_side) if portrait else (long_side, round(long_side * 0.75))
    doc_w = min(size[0] * fill, size[1] * fill * w_mm / h_mm)
    return Scene(seed=seed, document=document, variant=variant, size=size, doc_width_px=doc_w,
                 jpeg_quality=rng.randint(80, 93))


def _heldout_base(rng: random.Random, seed: int, allow_scan: bool) -> Scene:
    roll = rng.random()
    document = "id-card" if roll < 0.6 else "business-license" if roll < 0.8 else "document"
    variant = rng.choice(VARIANTS[document])
    quality = rng.randint(70, 95)
    if rng.random() < 0.15 and allow_scan:
        return Scene(seed=seed, document=document, variant=variant, capture="scan", jpeg_quality=quality, style="heldout")
    w_mm, h_mm = documents.SIZES_MM[(document, variant)]
    if document == "id-card":
        long_side = rng.choice([1280, 1600, 2000, 2400])
        fill = rng.uniform(0.3, 0.9)
        portrait = rng.random() < 0.35
    else:
        long_side = rng.choice([2400, 3000])
        fill = rng.uniform(0.6, 0.95)
        portrait = (h_mm > w_mm) == (rng.random() < 0.85)   # mostly framed the way the page lies
    size = (round(long_side * 0.75), long_side) if portrait else (long_side, round(long_side * 0.75))
    doc_w = min(size[0] * fill, size[1] * fill * w_mm / h_mm)
    return Scene(seed=seed, document=document, variant=variant, size=size, doc_width_px=doc_w,
                 jpeg_quality=quality, style="heldout")


def random_scene(seed: int, defect: str | None = None, style: str | None = None,
                 fill: tuple[float, float] | None = None, uncropped: bool = False) -> Scene:
    """A clean scene (defect None) or one with `defect` (a key of DEFECTS), in the default
    style (None) or the held-out one ("heldout"). With `fill` (low, high), an ID card
    photographed fills that share of the picture instead of the style's (drawn from its
    own generator, so the scene is otherwise the same): sellers often fill the frame.
    With `uncropped`, a photo's document is seen as a phone sees it off the middle of
    its picture (`Scene.uncropped`), the scene otherwise the same."""
    rng = random.Random(seed * 7919 + 17)
    # cut-off, small and steep documents are photo faults: a scanner bed holds the page flat
    base = _heldout_base if style == "heldout" else _base
    s = base(rng, seed, allow_scan=defect not in ("cut", "small", "steep"))
    if fill and s.document == "id-card" and s.capture == "photo":
        share = random.Random(seed + 1).uniform(*fill)
        w_mm, h_mm = documents.SIZES_MM[(s.document, s.variant)]
        s = replace(s, doc_width_px=min(s.size[0] * share, s.size[1] * share * w_mm / h_mm))
    if uncropped:
        s = replace(s, uncropped=True)
    if defect is None:
        return s
    w_mm, _ = documents.SIZES_MM[(s.document, s.variant)]
    doc_w = s.doc_width_px or w_mm * 300 / 25.4
    ppmm = doc_w / w_mm
    if defect == "focus":
        target = rng.uniform(1.4, 3.0) * truth.BLUR_FAIL_MM
        return replace(s, focus_sigma=round(math.sqrt(max(0.0, (target * ppmm) ** 2 - 0.61 ** 2)), 2))
    if defect == "motion":
        target = rng.uniform(1.4, 3.0) * truth.BLUR_FAIL_MM
        return replace(s, motion=(round(target * ppmm * math.sqrt(12), 1), round(rng.uniform(0, 180), 1)))
    if defect == "cut":
        return replace(s, cut=(rng.choice(CUT_SIDES), round(rng.uniform(0.03, 0.3), 3)))
    if defect == "glare":
        return replace(s, glare=(round(rng.uniform(0.03, 0.15), 3), rng.uniform(0.2, 0.8), rng.uniform(0.2, 0.8)))
    if defect == "dark":
        return replace(s, exposure_ev=round(rng.uniform(-6.0, -4.5), 2))
    if defect == "bright":
        return replace(s, exposure_ev=round(rng.uniform(3.5, 5.0), 2))
    if defect == "grey":
        return replace(s, colour_mode=rng.choice(["grey-image", "grey-copy"]))
    if defect == "bw":
        return replace(s, colour_mode=rng.choice(["bw-image", "bw-copy"]))
    if defect == "small":
        return replace(s, doc_width_px=round(rng.uniform(60, 110) / 25.4 * w_mm, 1))
    if defect == "steep":
        # tilt until the corners are 28–40° off square (limit 20°, grey zone to 25°);
        # a steep view needs room, the near side grows: a smaller document
        target, doc_w = rng.uniform(28, 40), doc_w * 0.7
        w_mm, h_mm = documents.SIZES_MM[(s.document, s.variant)]
        axis, other = ("pitch", "yaw") if rng.random() < 0.5 else ("yaw", "pitch")
        sign, small = rng.choice([-1, 1]), rng.uniform(-5, 5)
        for degrees in range(40, 80):
            tilt = {axis: sign * degrees, other: small}
            quad = geometry.project_rectangle(w_mm, h_mm, width_px=doc_w, roll=0.0,
                                              focal_px=max(s.size), **tilt)
            if max(abs(a - 90) for a in geometry.corner_angles(quad)) >= target:
                break
        return replace(s, doc_width_px=doc_w, **tilt)
    if defect == "file-name":
        return replace(s, file_name=f"样本身份证{rng.choice('$&#')}正面.jpg")
    if defect == "file-size":
        return replace(s, file_size=rng.randint(10_500_000, 30_000_000))
    if defect == "file-type":
        mime, ext = rng.choice(WRONG_TYPES)
        return replace(s, mime_type=mime, file_name=f"specimen-{seed}{ext}")
    raise ValueError(f"unknown defect {defect!r}; one of {sorted(DEFECTS)}")

