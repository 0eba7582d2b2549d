"""The committed fixtures: a small set covering each defect once, and clean captures.

    python -m tests.specimens.fixtures [--check]

writes tests/fixtures/<name>.png (the decoded pixels as 8-bit RGB PNG, readable by
tests/checks/images.py inside Pyodide), <name>.jpg for the few the command line reads as
files, and tests/fixtures/expected.json (document, side, true corners, file facts,
defects, measures and the expected status per check). Regenerating gives the same bytes;
`--check` only verifies that.

File-level defects reuse the pixels of a clean picture with other file facts, so no
10 MB file is committed.
"""

from __future__ import annotations

import io
import json
import sys
from dataclasses import replace
from pathlib import Path

from .scene import Scene, make

ROOT = Path(__file__).resolve().parents[2]
FIXTURES = ROOT / "tests" / "fixtures"
PHOTO = (1000, 750)
PHOTO_TALL = (750, 1000)

# name -> Scene. ID-card photos are 1000 × 750 with the card ~620 px wide (≈ 185 DPI):
# within the vendors' range, so resolution and sharpness are "pass-or-warn" on clean ones.
# Photos get light noise (σ 1.2, as after a phone's denoiser) and JPEG quality 85, which
# keeps the committed PNGs small (noise is what lossless compression cannot shrink).
SCENES = {
    # clean captures
    "id-front-wood": Scene(seed=101, variant="front", surface="wood", size=PHOTO, doc_width_px=640, props=()),
    "id-back-keyboard": Scene(seed=102, variant="back", surface="keyboard", size=PHOTO, doc_width_px=620, props=()),
    "id-front-hand-fabric": Scene(seed=103, variant="front", surface="fabric", size=PHOTO_TALL, doc_width_px=600, props=("hand",)),
    "id-front-desk-paper": Scene(seed=104, variant="front", surface="desk", size=PHOTO, doc_width_px=620, props=("paper",)),
    "id-back-dark-box": Scene(seed=105, variant="back", surface="dark", size=PHOTO, doc_width_px=560, props=("box",)),
    "id-front-scan": Scene(seed=107, variant="front", capture="scan", noise=0.8),
    "license-landscape-scan": Scene(seed=108, document="business-license", variant="landscape", capture="scan", noise=0.8),
    "statement-scan": Scene(seed=109, document="document", capture="scan", noise=0.8, jpeg_quality=88),
    # one defect each
    "focus-blur": Scene(seed=201, variant="front", surface="wood", size=PHOTO, doc_width_px=620, props=(), focus_sigma=3.0),
    "motion-blur": Scene(seed=202, variant="front", surface="fabric", size=PHOTO, doc_width_px=620, props=(), motion=(14.0, 20.0)),
    "cut-corner": Scene(seed=203, variant="front", surface="keyboard", size=PHOTO, doc_width_px=660, props=(), cut=("top-right", 0.08)),
    "cut-edge": Scene(seed=204, variant="back", surface="wood", size=PHOTO, doc_width_px=680, props=(), cut=("bottom", 0.15)),
    "touching-edge": Scene(seed=205, variant="front", surface="desk", size=PHOTO, doc_width_px=640, props=(), cut=("left", 0.0)),
    "glare": Scene(seed=206, variant="front", surface="dark", size=PHOTO, doc_width_px=640, props=(), glare=(0.06, 0.35, 0.45)),
    "underexposed": Scene(seed=207, variant="back", surface="wood", size=PHOTO, doc_width_px=620, props=(), exposure_ev=-5.0),
    "overexposed": Scene(seed=208, variant="front", surface="dark", size=PHOTO, doc_width_px=620, props=(), exposure_ev=4.0),
    "greyscale-photo": Scene(seed=209, variant="front", surface="wood", size=PHOTO, doc_width_px=620, props=(), colour_mode="grey-image"),
    "greyscale-copy": Scene(seed=210, variant="front", surface="fabric", size=PHOTO, doc_width_px=620, props=(), colour_mode="grey-copy"),
    "black-white-scan": Scene(seed=211, variant="front", capture="scan", noise=0.8, colour_mode="bw-image"),
    "small-card": Scene(seed=212, variant="front", surface="keyboard", size=PHOTO, doc_width_px=300, props=()),
    "steep-angle": Scene(seed=213, variant="front", surface="wood", size=PHOTO, doc_width_px=600, props=(), pitch=58.0, yaw=8.0, roll=3.0, centre=(0.5, 0.5)),
    "license-small-photo": Scene(seed=214, document="business-license", variant="portrait", surface="wood", size=PHOTO_TALL, doc_width_px=560, props=()),
}

# file-level defects: pixels of a clean picture, other file facts
FILE_CASES = {
    "file-name-symbols": ("id-front-wood", {"file_name": "样本身份证$&#正面.jpg"}),
    "file-size-12mb": ("id-front-wood", {"file_size": 12_582_912}),
    "file-type-webp": ("id-front-wood", {"file_name": "样本身份证.webp", "mime_type": "image/webp"}),
}

# the command line reads these as files (JPEG as a phone writes them)
KEEP_JPEG = ("id-front-wood", "focus-blur", "cut-corner")


def png(image) -> bytes:
    buffer = io.BytesIO()
    image.save(buffer, "PNG", compress_level=9)
    return buffer.getvalue()


def build() -> dict[str, bytes]:
    """Every fixture file's name and bytes, and expected.json."""
    from .truth import expected as expected_statuses

    files, entries = {}, {}
    for name, scene in SCENES.items():
        if scene.capture == "photo":
            scene = replace(scene, noise=1.2, jpeg_quality=85)
        specimen = make(scene)
        files[f"{name}.png"] = png(specimen.image)
        if name in KEEP_JPEG:
            files[f"{name}.jpg"] = specimen.data
        entry = specimen.metadata()
        entry["image"] = f"{name}.png"
        entries[name] = entry
    for name, (source, facts) in FILE_CASES.items():
        entry = json.loads(json.dumps(entries[source]))
        entry.update(facts)
        entry["defects"] = {"file": facts}
        entry["expected"] = expected_statuses(entry["measures"], file_name_=entry["file_name"],
                                              file_size_=entry["file_size"], mime_type=entry["mime_type"])
        entries[name] = entry
    files["expected.json"] = (json.dumps(entries, ensure_ascii=False, indent=1) + "\n").encode()
    return files


def main(argv: list[str]) -> int:
    files = build()
    if "--check" in argv:
        stale = [n for n, b in files.items() if not (FIXTURES / n).exists() or (FIXTURES / n).read_bytes() != b]
        print("fixtures up to date" if not stale else f"differ: {', '.join(stale)}")
        return 1 if stale else 0
    FIXTURES.mkdir(parents=True, exist_ok=True)
    for name, blob in files.items():
        (FIXTURES / name).write_bytes(blob)
    total = sum(len(b) for b in files.values())
    print(f"wrote {len(files)} files, {total / 1e6:.1f} MB, to {FIXTURES}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
