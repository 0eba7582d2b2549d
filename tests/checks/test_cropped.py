"""Pictures cropped to the document, as a scanner app or a seller cropping by hand cuts them.

The document's edges then lie on the picture's borders, where no edge can be seen, and
the outline finder's best quad is something printed on it (its photo's box, a band of
text). In a picture of the document's own shape, such print makes the whole picture the
document (`outline._cropped_to_it`). The rule is tested on scenes drawn here with the
standard library, and on specimen scans generated with tests/specimens (Pillow: CPython
only)."""

import random

import pytest

import checks
from checks.measures.outline import find_outline
from tests.checks.test_outline import ID1, W, card_corners, document, noisy, plain


def _cut(gray, box):
    """The part x0 <= x < x1, y0 <= y < y1 of a W-wide grey picture, and its size."""
    x0, y0, x1, y1 = box
    return b"".join(gray[y * W + x0 : y * W + x1] for y in range(y0, y1)), x1 - x0, y1 - y0


def _card_on(level, width, seed):
    """A printed card `width` wide, square to the picture, on a surface of grey `level`;
    the picture and the card's bounding box."""
    rng = random.Random(seed)
    card = card_corners(320, 240, width, 0)
    img = plain(level)
    document(img, card, 215, 40, rng)
    xs, ys = [x for x, _ in card], [y for _, y in card]
    return noisy(img, rng), (round(min(xs)), round(min(ys)), round(max(xs)), round(max(ys)))


@pytest.mark.parametrize("inset", [0, 3])  # cropped along its edges, or a sliver cut off
def test_a_card_cropped_to_its_edges_is_the_whole_picture(inset):
    gray, (x0, y0, x1, y1) = _card_on(120, 560, 1)
    part, w, h = _cut(gray, (x0 + inset, y0 + inset, x1 - inset, y1 - inset))
    outline = find_outline(part, w, h, aspect=ID1)
    assert outline is not None
    assert outline.corners == ((0, 0), (w, 0), (w, h), (0, h))


def test_a_card_with_a_margin_around_it_is_found_not_the_picture():
    # a scanner's white lid a few per cent beyond the card on every side: the picture
    # still has a card's shape, and the card is darker than what lies around it
    gray, (x0, y0, x1, y1) = _card_on(240, 480, 2)
    margin = 12
    part, w, h = _cut(gray, (x0 - margin, y0 - margin, x1 + margin, y1 + margin))
    outline = find_outline(part, w, h, aspect=ID1)
    assert outline is not None
    xs = sorted(x for x, _ in outline.corners)
    assert abs(xs[0] - margin) <= 3 and abs(xs[-1] - (w - margin)) <= 3


def test_a_small_card_on_a_blank_lid_in_a_card_shaped_picture_is_found_not_the_picture():
    # darker inside than around, and less than half the picture, but nothing printed around it
    gray, (x0, y0, x1, y1) = _card_on(240, 300, 3)
    cx, cy, half_w = (x0 + x1) // 2, (y0 + y1) // 2, 270
    half_h = round(half_w / ID1)
    part, w, h = _cut(gray, (cx - half_w, cy - half_h, cx + half_w, cy + half_h))
    outline = find_outline(part, w, h, aspect=ID1)
    assert outline is not None
    width = max(x for x, _ in outline.corners) - min(x for x, _ in outline.corners)
    assert abs(width - 300) <= 6


@pytest.mark.parametrize(("variant", "pad"), [("front", 0.0), ("front", -0.006), ("back", 0.0)])
def test_a_scan_cropped_to_the_card_is_measured_as_the_whole_card(variant, pad):
    """Before this rule the photo's box (front) or a quad of the stamp and the text
    across the back was the outline: resolution failed a card 1000 pixels across,
    framing passed, and on the back perspective failed at 58 degrees."""
    pytest.importorskip("PIL.Image")  # Pyodide has no Pillow here
    from tests.specimens import Scene, accepts, cropped, make

    specimen = cropped(make(Scene(seed=7, document="id-card", variant=variant, capture="scan")), pad)
    width, height = specimen.image.size
    report = checks.check_image(specimen.rgba(), width, height, specimen.document, side=specimen.side)
    status = {c["id"]: c["status"] for c in report["checks"]}
    picture = ((0, 0), (width, 0), (width, height), (0, height))
    assert all(abs(x - a) <= 2 and abs(y - b) <= 2 for (x, y), (a, b) in zip(report["quad"], picture))
    assert status["framing"] == "fail"
    assert accepts(specimen.expected["resolution"], status["resolution"])
    assert status["perspective"] != "fail"
