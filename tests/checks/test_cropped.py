"""Pictures cropped to the document, as a scanner app or a seller cropping by hand cuts them.

The document's edges then lie on the picture's borders, where no edge can be seen, and
the outline finder's best quad is something printed on it (its photo's box, a band of
text). In a picture of the document's own shape (an A4 page's for a document of any
shape), such print makes the whole picture the document (`outline._cropped_to_it`).
The rule is tested on scenes drawn here with the standard library, and on specimen
scans generated with tests/specimens (Pillow: CPython only)."""

import random

import pytest

import checks
from checks.measures.outline import find_outline
from tests.checks.test_outline import ID1, W, card_corners, corner_error, document, fill, inside, noisy, plain


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


def _statement(seed):
    """A printed A4 page (320 × 452 pixels, square to the picture) on a grey surface, with
    a dark band across its head and two blocks of text below, as on a bank statement;
    the picture and the page's bounding box."""
    rng = random.Random(seed)
    page = [(160, 14), (480, 14), (480, 466), (160, 466)]
    img = plain(120)
    fill(img, page, 225)
    fill(img, [inside(page, u, v) for u, v in ((0, 0), (1, 0), (1, 0.12), (0, 0.12))], 70)
    for top, bottom in ((0.16, 0.55), (0.58, 0.97)):
        block = [inside(page, u, v) for u, v in ((0.06, top), (0.94, top), (0.94, bottom), (0.06, bottom))]
        document(img, block, 225, 40, rng)
    return noisy(img, rng), (160, 14, 480, 466)


@pytest.mark.parametrize("inset", [0, 2])
def test_a_page_of_any_document_cropped_to_its_edges_is_the_whole_picture(inset):
    # a statement has no shape of its own (aspect None); cropped, its picture has A4's,
    # and without this the band across its head was taken for the page
    gray, (x0, y0, x1, y1) = _statement(4)
    part, w, h = _cut(gray, (x0 + inset, y0 + inset, x1 - inset, y1 - inset))
    outline = find_outline(part, w, h, aspect=None)
    assert outline is not None
    assert outline.corners == ((0, 0), (w, 0), (w, h), (0, h))


def test_a_page_with_a_margin_around_it_is_found_not_the_picture():
    gray, (x0, y0, x1, y1) = _statement(4)
    part, w, h = _cut(gray, (x0 - 10, y0 - 14, x1 + 10, y1 + 14))
    outline = find_outline(part, w, h, aspect=None)
    assert outline is not None
    assert corner_error(outline.corners, [(10, 14), (w - 10, 14), (w - 10, h - 14), (10, h - 14)]) <= 3


@pytest.mark.parametrize(
    ("seed", "variant", "pad", "quality"),
    [(7, "front", 0.0, 90), (7, "front", -0.006, 90), (7, "back", 0.0, 90), (2673010, "back", -0.007, 81)],
)
def test_a_scan_cropped_to_the_card_is_measured_as_the_whole_card(seed, variant, pad, quality):
    """Before this rule the photo's box (front) or a quad of the stamp and the text
    across the back was the outline: resolution failed a card 1000 pixels across,
    framing passed, and on the back perspective failed at 58 degrees. On the last back
    the best quad, of the stamp, was too weak to be an outline (MIN_SCORE), so there
    was none: framing was skipped until the rule was asked before that cut."""
    pytest.importorskip("PIL.Image")  # Pyodide has no Pillow here
    from tests.specimens import Scene, accepts, cropped, make

    scene = Scene(seed=seed, document="id-card", variant=variant, capture="scan", jpeg_quality=quality)
    specimen = cropped(make(scene), pad)
    width, height = specimen.image.size
    report = checks.check_image(specimen.rgba(), width, height, specimen.document, side=specimen.side)
    status = {c["id"]: c["status"] for c in report["checks"]}
    picture = ((0, 0), (width, 0), (width, height), (0, height))
    assert all(abs(x - a) <= 2 and abs(y - b) <= 2 for (x, y), (a, b) in zip(report["quad"], picture))
    assert status["framing"] == "fail"
    assert accepts(specimen.expected["resolution"], status["resolution"])
    assert status["perspective"] != "fail"
