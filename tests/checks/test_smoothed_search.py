"""The outline finder's second search of the whole picture, with the lines of the image
smoothed (outline.SMOOTH_LINES): a card beside fine texture (a newspaper's text, a
cloth's dots) whose sides surround suppression removed from the grey edge map.

The scenes are specimen photos generated here (tests/specimens, which draws with
Pillow: those tests run in CPython only); `smoothed` itself runs everywhere."""

import pytest

from checks.measures import outline
from checks.measures.outline_edges import SMOOTH_PASSES, edge_map, smoothed
from tests.checks.scenes import checked
from tests.specimens.geometry import iou


def test_smoothing_keeps_a_flat_grey_and_its_borders():
    width, height = 23, 17
    assert smoothed(bytes([200]) * (width * height), width, height) == bytes([200]) * (width * height)
    # a step at the left border stays at the border: the border pixels are repeated
    # outward, not blurred with black
    half = bytes([40] * 5 + [220] * 18)
    result = smoothed(half * height, width, height)
    assert all(result[y * width] == 40 for y in range(height))
    assert all(result[y * width + width - 1] == 220 for y in range(height))


def test_smoothing_turns_fine_dots_to_an_even_grey_and_keeps_a_step():
    # one-pixel dots every other pixel on the left, a plain white card on the right
    width, height = 40, 30
    rows = []
    for y in range(height):
        dots = [60 if (x + y) % 2 == 0 else 200 for x in range(20)]
        rows.append(bytes(dots + [250] * 20))
    image = b"".join(rows)
    soft = smoothed(image, width, height)
    inner = [soft[y * width + x] for y in range(SMOOTH_PASSES, height - SMOOTH_PASSES) for x in range(SMOOTH_PASSES, 20 - SMOOTH_PASSES)]
    assert max(inner) - min(inner) <= 2  # the dots' 140 levels of contrast are gone
    # the step between dots and card is now the strongest edge: found all along it
    edges = edge_map(soft, width, height)
    at_step = {i % width for i in edges.indices if SMOOTH_PASSES <= i // width < height - SMOOTH_PASSES}
    assert at_step and all(17 <= x <= 22 for x in at_step)


def _searches(seed, defect, monkeypatch, style="heldout"):
    """`checked` on a specimen photo and whether the smoothed search ran."""
    softened = []
    real = outline._search

    def search(*args, **kwargs):
        if kwargs.get("ranked") is not None:
            softened.append(args)
        return real(*args, **kwargs)

    monkeypatch.setattr(outline, "_search", search)
    specimen, report, statuses = checked(seed, defect, style=style)
    return specimen, report, statuses, bool(softened)


# held-out photos whose document the grey search alone misses (IoU 0 with the truth)
TEXTURED = [
    (2750287, None, 0.95),  # a white card on newsprint: none of its sides in the grey edge map
    (2750000, "steep", 0.8),  # a licence seen steeply on marble: its far side lost to the veins
]


@pytest.mark.parametrize("seed, defect, overlap", TEXTURED)
def test_a_document_beside_fine_texture_is_found_by_the_smoothed_search(seed, defect, overlap, monkeypatch):
    specimen, report, _, softened = _searches(seed, defect, monkeypatch)
    assert softened
    assert iou(report["quad"], specimen.corners) >= overlap


@pytest.mark.parametrize("seed, defect, _", TEXTURED)
def test_without_the_smoothed_lines_the_document_is_missed(seed, defect, _, monkeypatch):
    # what the test above needs the second search for
    monkeypatch.setattr(outline, "SMOOTH_LINES", 0)
    specimen, report, _, _ = _searches(seed, defect, monkeypatch)
    assert report["quad"] is None or iou(report["quad"], specimen.corners) < 0.5


@pytest.mark.parametrize("seed", [2313006, 2313023])
def test_a_card_found_plainly_is_not_searched_for_again(seed, monkeypatch):
    specimen, report, _, softened = _searches(seed, None, monkeypatch)
    assert iou(report["quad"], specimen.corners) >= 0.9
    assert not softened

