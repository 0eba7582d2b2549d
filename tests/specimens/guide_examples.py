"""The good and bad example pictures of the guide's photos page (docs/images/photos/).

Each pair comes from the specimen generator: the same scene once clean and once with the
one defect its check is about. The generator's truth (truth.py) must agree that the bad
picture fails or warns on that check and the good one passes all of the picture checks,
so the guide never shows an example the self-check would judge otherwise by design.

Run from the repository root:  .venv/bin/python -m tests.specimens.guide_examples
"""

from __future__ import annotations

import io
from dataclasses import replace
from pathlib import Path

from PIL import Image, ImageDraw

from . import documents, scene, truth

OUT = Path(__file__).resolve().parents[2] / "docs" / "images" / "photos"
LONG_SIDE = 720          # shown at most ~360 CSS px wide, so sharp on 2× phone screens
JPEG_QUALITY = 80
MAX_BYTES = 200_000
PICTURE_CHECKS = ("resolution", "color", "exposure", "glare", "sharpness", "framing", "perspective")

LANDSCAPE = (1600, 1200)
PORTRAIT = (3000, 4000)   # an A4 licence needs ~2500 px across for 300 DPI
ID_CARD = scene.Scene(seed=11, document="id-card", variant="front", size=LANDSCAPE,
                      doc_width_px=1150, pitch=0.0, yaw=0.0, roll=-3.0, centre=(0.5, 0.5),
                      props=(), light_falloff=0.08, noise=1.5)
LICENCE = scene.Scene(seed=23, document="business-license", variant="portrait", size=PORTRAIT,
                      doc_width_px=2560, pitch=0.0, yaw=0.0, roll=2.0, centre=(0.5, 0.5),
                      props=(), surface="dark", light_falloff=0.08, noise=1.5)

# check id -> (clean scene, the change that makes it bad)
EXAMPLES = {
    "resolution": (replace(ID_CARD, surface="wood"), {"doc_width_px": 240}),
    "color": (LICENCE, {"colour_mode": "bw-copy"}),
    "exposure": (replace(ID_CARD, surface="desk"), {"exposure_ev": -4.5}),
    "glare": (replace(ID_CARD, surface="dark"), {"glare": (0.06, 0.62, 0.55)}),
    "sharpness": (replace(ID_CARD, surface="fabric"), {"focus_sigma": 9.0}),
    "framing": (replace(LICENCE, surface="wood"), {"cut": ("bottom-right", 0.10)}),
    "perspective": (replace(ID_CARD, surface="keyboard"), {"pitch": 38.0, "yaw": 22.0, "doc_width_px": 900}),
}


def tag(image: Image.Image) -> Image.Image:
    """A 样本 SPECIMEN label in the corner, so the example reads as one even when cropped."""
    image = image.copy()
    draw = ImageDraw.Draw(image)
    size = max(14, image.width // 28)
    box = draw.textbbox((0, 0), "样本 SPECIMEN", font=documents.font(size))
    pad = size // 3
    x, y = 2 * pad, 2 * pad   # top left: the bad framing example cuts off the bottom right
    draw.rectangle((x - pad, y - pad, x + box[2] + pad, y + box[3] + pad), fill=(200, 30, 40))
    draw.text((x, y), "样本 SPECIMEN", font=documents.font(size), fill=(255, 255, 255))
    return image


def web_jpeg(image: Image.Image) -> bytes:
    scale = LONG_SIDE / max(image.size)
    small = image.resize((round(image.width * scale), round(image.height * scale)), Image.LANCZOS)
    buffer = io.BytesIO()
    tag(small).save(buffer, "JPEG", quality=JPEG_QUALITY, optimize=True, progressive=True)
    return buffer.getvalue()


def expect(specimen: scene.Specimen, check: str, statuses: set[str], name: str) -> None:
    expected = specimen.expected[check]
    if not truth.ACCEPTS[expected] <= statuses:
        raise SystemExit(f"{name}: the generator expects {check} = {expected}, not {sorted(statuses)}")


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    for check, (clean, defect) in EXAMPLES.items():
        good = scene.make(clean)
        bad = scene.make(replace(clean, **defect))
        for other in PICTURE_CHECKS:
            expect(good, other, {"pass"}, f"{check}-good")
        expect(bad, check, {"warn", "fail"}, f"{check}-bad")
        for kind, specimen in (("good", good), ("bad", bad)):
            data = web_jpeg(specimen.image)
            if len(data) > MAX_BYTES:
                raise SystemExit(f"{check}-{kind}.jpg is {len(data)} bytes, over {MAX_BYTES}")
            (OUT / f"{check}-{kind}.jpg").write_bytes(data)
            print(f"{check}-{kind}.jpg  {len(data) // 1000:>3} KB  "
                  f"{check}: {specimen.expected[check]}")


if __name__ == "__main__":
    main()
