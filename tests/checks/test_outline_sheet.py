"""What lies around a card on a sheet of paper (`outline_sheet`), on pictures drawn here."""

import random

from checks.measures.outline import BLANK_RING, PLAINER_AROUND
from checks.measures.outline_edges import edge_map
from checks.measures.outline_quads import light_level
from checks.measures.outline_sheet import face_edges, pale_sides, ring_edges, share_inside, sheet_beyond, white_tint
from tests.checks.synthetic import gaussian_noise

W, H = 200, 150
SHEET = [(20, 10), (180, 10), (180, 140), (20, 140)]
CARD = [(60, 45), (140, 45), (140, 95), (60, 95)]


def picture(level, boxes):
    """A grey picture of one level with boxes (x0, y0, x1, y1, level) painted on it."""
    img = bytearray([level]) * (W * H)
    for x0, y0, x1, y1, value in boxes:
        for y in range(y0, y1):
            img[y * W + x0 : y * W + x1] = bytes([value]) * (x1 - x0)
    return bytes(img)


def test_share_inside_is_the_part_of_a_quad_within_another():
    assert share_inside(CARD, SHEET, W, H) == 1.0
    half_out = [(160, 45), (200, 45), (200, 95), (160, 95)]  # half of it past the sheet's right side
    assert abs(share_inside(half_out, SHEET, W, H) - 0.5) < 0.05
    assert share_inside(CARD, [(0, 0), (10, 0), (10, 10), (0, 10)], W, H) == 0.0


def test_a_blank_sheet_has_no_edges_around_the_card_and_print_has_many():
    sheet = [(20, 10, 180, 140, 230), (60, 45, 140, 95, 200)]
    blank = picture(60, sheet)
    rng = random.Random(3)
    marks = [(x, y, x + 3, y + 6, 40) for x, y in ((rng.randrange(25, 172), rng.randrange(15, 130)) for _ in range(120))]
    printed = picture(60, sheet + [m for m in marks if not (55 <= m[0] <= 142 and 40 <= m[1] <= 97)])
    quiet = ring_edges(edge_map(blank, W, H), SHEET, CARD, W, H)
    busy = ring_edges(edge_map(printed, W, H), SHEET, CARD, W, H)
    assert quiet < 0.005  # the sheet's and the card's own edges lie outside the ring
    assert busy > 0.02


def test_a_line_across_a_sheet_leaves_it_plainer_than_a_printed_card_s_face():
    # a shadow's edges across the sheet around a printed card: the ring holds more edge
    # pixels than BLANK_RING allows, but fewer than half the card's face does; the ring
    # around a feature printed on a card holds about as many as the feature's face
    rng = random.Random(4)
    marks = [(x, y, x + 3, y + 6, 120) for x, y in ((rng.randrange(25, 172), rng.randrange(15, 130)) for _ in range(150))]
    on_card = [m for m in marks if 64 <= m[0] <= 133 and 49 <= m[1] <= 86]
    shadow = [(20, 115, 180, 140, 170), (155, 10, 180, 140, 170)]  # along the bottom and the right
    shaded = picture(60, [(20, 10, 180, 140, 230)] + shadow + [(60, 45, 140, 95, 200)] + on_card)
    edges = edge_map(shaded, W, H)
    ring, face = ring_edges(edges, SHEET, CARD, W, H), face_edges(edges, CARD, W, H)
    assert BLANK_RING < ring < PLAINER_AROUND * face
    printed = picture(60, [(20, 10, 180, 140, 200)] + marks)
    edges = edge_map(printed, W, H)
    assert ring_edges(edges, SHEET, CARD, W, H) > PLAINER_AROUND * face_edges(edges, CARD, W, H)


def test_a_tinted_side_must_have_the_sheet_beyond_it():
    # tint: the sheet 127 (grey), the card 150 (bluish); a side whose outside is the sheet
    # passes, one whose outside is more card (a line of a cut card's print) does not
    tint = picture(127, [(60, 45, 140, 95, 150)])
    assert sheet_beyond(CARD, [True] * 4, tint, SHEET, W, H)
    inner_line = [(60, 45), (120, 45), (120, 95), (60, 95)]  # its right side (side 2) runs across the card
    assert not sheet_beyond(inner_line, [False, False, True, False], tint, SHEET, W, H)
    assert sheet_beyond(inner_line, [False, False, False, False], tint, SHEET, W, H)


def test_a_tinted_side_must_be_a_pale_card_s():
    # a bluish card 8 levels off white's tint (127 here), as a pale card's face is, and a
    # yellow box 60 levels off: only the sides judged (drawn only in the tint) count
    pale = picture(127, [(60, 45, 140, 95, 135)])
    yellow = picture(127, [(60, 45, 140, 95, 67)])
    assert pale_sides(CARD, [True] * 4, pale, W, H, 127)
    assert not pale_sides(CARD, [False, True, False, False], yellow, W, H, 127)
    assert pale_sides(CARD, [False] * 4, yellow, W, H, 127)


def test_a_pale_card_on_wood_is_pale_and_a_blue_box_on_it_is_not():
    # orange wood (tint 90) steps 41 levels to a white card (131) and 80 to a blue box
    # (170): the card's face is white's tint, whatever lies beyond it
    card = picture(90, [(60, 45, 140, 95, 131)])
    box = picture(90, [(60, 45, 140, 95, 170)])
    assert pale_sides(CARD, [True] * 4, card, W, H, 131)
    assert not pale_sides(CARD, [True] * 4, box, W, H, 131)


def test_white_is_read_from_the_lightest_pixels_under_a_colour_cast():
    # a white card (grey 220) on wood (grey 120), both tinted 25 levels yellower than
    # daylight shows them by a camera's white balance: white's tint is the card's
    gray = picture(120, [(60, 45, 140, 95, 220)])
    tint = picture(65, [(60, 45, 140, 95, 106)])
    assert white_tint(gray, tint, light_level(gray)) == 106
    assert pale_sides(CARD, [True] * 4, tint, W, H, white_tint(gray, tint, light_level(gray)))


def test_noise_on_a_blank_sheet_does_not_count_as_print():
    # a night photo: noise of deviation 3 levels makes edge pixels all over the blank
    # sheet, as many per pixel as the card's print (0.078 against 0.065 counting them
    # all); those below the noise's floor (`EdgeMap.beyond_noise`) are not counted
    rng = random.Random(5)
    marks = [(x, y, x + 3, y + 6, 120) for x, y in ((rng.randrange(64, 134), rng.randrange(49, 87)) for _ in range(40))]
    clean = picture(60, [(20, 10, 180, 140, 230), (60, 45, 140, 95, 200)] + marks)
    quiet, edges = edge_map(clean, W, H), edge_map(gaussian_noise(clean, 3), W, H)
    assert len(edges.indices) > 2 * len(quiet.indices)  # the noise made edges
    assert ring_edges(edges, SHEET, CARD, W, H) < BLANK_RING
    assert ring_edges(edges, SHEET, CARD, W, H) < PLAINER_AROUND * face_edges(edges, CARD, W, H)
    assert quiet.beyond_noise() == quiet.indices  # on a quiet picture every edge pixel counts
