"""Acceptance: every committed specimen gets the status its construction says it deserves.

tests/fixtures/expected.json is written by `python -m tests.specimens.fixtures`: for each
picture its document, true corners, file facts and the expected status of every check,
derived from the defect's strength in tests/specimens/truth.py (vendor limits), never from
what `checks` answers. A grey zone ("pass-or-warn", "warn-or-fail") accepts either status.
Runs in CPython and inside Pyodide: pixels come from the stdlib PNG reader, no Pillow.
"""

import json
from pathlib import Path

import pytest

import checks
from tests.specimens.geometry import iou
from tests.specimens.truth import accepts

from .images import read_png

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
EXPECTED = json.loads((FIXTURES / "expected.json").read_text(encoding="utf-8"))

# The bar for the outline: IoU ≥ 0.90 with the true corners on in-frame documents.
IOU_BAR = 0.90

# Cases where a check disagrees with a principled expectation are listed here, with the
# figures, instead of loosening the expectation; each is reported to the checks' authors.
# (fixture, check id or "quad") -> what the checks answer and why it is wrong. The first
# group was measured with the outline finder wired in (working tree, 13:30 UTC), the
# second on commit 51b3859; remove an entry as soon as the case passes.
KNOWN_DISAGREEMENTS: dict[tuple[str, str], str] = {
    ("id-back-keyboard", "framing"): "outline IoU 0.43 (keys taken for the card): framing fails, card is whole",
    ("id-back-keyboard", "quad"): "outline IoU 0.43 on a keyboard",
    ("license-landscape-scan", "resolution"): "outline IoU 0.80: 1704 px measured, truth 1871 px (160 DPI)",
    ("license-landscape-scan", "quad"): "outline IoU 0.80 on a flatbed scan",
    ("cut-corner", "color"): "wrong outline (IoU 0): colour measured off the card, warn 6.3 < 7.0",
    ("cut-corner", "exposure"): "wrong outline (IoU 0): brightness 0.19 measured off the card",
    ("cut-edge", "resolution"): "wrong outline (IoU 0): 417 px measured, card is 680 px wide",
    ("cut-edge", "exposure"): "wrong outline (IoU 0): brightness 0.17 measured off the card",
    ("cut-edge", "sharpness"): "wrong outline (IoU 0): edge width 1.62 mm measured off the card",
    ("small-card", "resolution"): "no outline of a 300 px card: passes at 1012 px, truth 88 DPI",
    ("small-card", "color"): "no outline: colour of the keyboard, warn 6.4 < 7.0",
    ("small-card", "exposure"): "no outline: brightness 0.16 of the keyboard",
    ("small-card", "sharpness"): "no outline: 0.35 mm on the whole picture, truth 0.175 mm (warn-or-fail)",
    ("small-card", "framing"): "no outline: framing fails, card is whole",
    ("small-card", "quad"): "no outline of a 300 px card on a keyboard",
    ("steep-angle", "sharpness"): "outline IoU 0.19: 0.6 mm measured, truth 0.107 mm (pass-or-warn)",
    ("steep-angle", "framing"): "outline IoU 0.19 touches the border: framing fails, card is whole",
    ("steep-angle", "perspective"): "outline IoU 0.19: 0.6° measured, true corners 32° off square",
    ("steep-angle", "quad"): "outline IoU 0.19 at 58° pitch",
    # at 51b3859 (no outline: measured on the whole picture)
    ("id-front-wood", "sharpness"): "fails at 0.63 mm edge width (limit 0.5); truth σ 0.082 mm",
    ("greyscale-photo", "sharpness"): "fails at 0.65 mm edge width (limit 0.5); truth σ 0.085 mm",
    ("file-name-symbols", "sharpness"): "same pixels as id-front-wood: fails at 0.63 mm",
    ("file-size-12mb", "sharpness"): "same pixels as id-front-wood: fails at 0.63 mm",
    ("file-type-webp", "sharpness"): "same pixels as id-front-wood: fails at 0.63 mm",
    ("id-front-scan", "exposure"): "warns at brightness 0.91 > 0.9 on a clean 300 DPI scan (document mean 0.86)",
    ("overexposed", "color"): "warns at colourfulness 5.9 < 7.0 on a colour card 79 % of whose print is blown out",
    ("overexposed", "exposure"): "passes at 0.83 (limit 0.32) though 79 % of the print is clipped to white",
    ("greyscale-copy", "color"): "passes at 40.1 on a greyscale copy lying on coloured fabric",
}

# Checks that need the document's outline; until it is wired into check_image they skip.
OUTLINE_CHECKS = ("framing", "perspective")

_reports = {}


def report_for(name):
    """check_image's report for one fixture (computed once per fixture and run)."""
    if name not in _reports:
        entry = EXPECTED[name]
        rgba, width, height = read_png(FIXTURES / entry["image"])
        assert [width, height] == entry["size"]
        _reports[name] = checks.check_image(
            rgba, width, height, entry["document"], side=entry["side"],
            file_name=entry["file_name"], file_size=entry["file_size"], mime_type=entry["mime_type"])
    return _reports[name]


CASES = [(name, check) for name in EXPECTED for check in checks.CHECK_IDS]


@pytest.mark.parametrize(("name", "check"), CASES, ids=[f"{n}:{c}" for n, c in CASES])
def test_status_is_the_expected_one(name, check):
    if (name, check) in KNOWN_DISAGREEMENTS:
        pytest.skip(KNOWN_DISAGREEMENTS[(name, check)])
    expected = EXPECTED[name]["expected"][check]
    got = {c["id"]: c for c in report_for(name)["checks"]}[check]
    if check in OUTLINE_CHECKS and got["status"] == "skip" and expected != "any":
        pytest.skip(f"{check}: not measured yet (the outline finder is not wired in)")
    assert accepts(expected, got["status"]), (
        f"{name}: {check} is {got['status']} (value {got['value']}, limit {got['limit']}), "
        f"expected {expected}; measures {EXPECTED[name]['measures']}")


IN_FRAME = [name for name, e in EXPECTED.items()
            if e["expected"]["framing"] == "pass" and e["measures"]["colour_mode"] == "colour"]


@pytest.mark.parametrize("name", IN_FRAME)
def test_outline_matches_the_true_corners(name):
    if (name, "quad") in KNOWN_DISAGREEMENTS:
        pytest.skip(KNOWN_DISAGREEMENTS[(name, "quad")])
    report = report_for(name)
    if all(c["status"] == "skip" for c in report["checks"] if c["id"] in OUTLINE_CHECKS):
        pytest.skip("the outline finder is not wired in")
    quad = report["quad"]
    assert quad is not None, f"{name}: no outline found"
    overlap = iou([tuple(p) for p in quad], [tuple(p) for p in EXPECTED[name]["corners"]])
    assert overlap >= IOU_BAR, f"{name}: outline IoU {overlap:.3f} < {IOU_BAR}; quad {quad}"


def test_every_defect_has_a_fixture():
    """The set keeps covering each defect once and the clean captures."""
    defects = set()
    for entry in EXPECTED.values():
        defects.update(entry["defects"])
        defects.update(f"expect-{c}" for c, s in entry["expected"].items() if s == "fail")
    for needed in ("focus", "motion", "cut", "glare", "exposure", "colour", "file",
                   "expect-resolution", "expect-perspective"):
        assert needed in defects, needed
    clean = [n for n, e in EXPECTED.items() if not any(s in ("fail", "warn-or-fail") for s in e["expected"].values())]
    documents = {EXPECTED[n]["document"] for n in clean}
    assert {"id-card", "business-license", "document"} <= documents
