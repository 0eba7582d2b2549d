"""Cut-off ID cards and what is printed on them.

When a card runs out of the picture, a feature printed on it (its photo's box, a band of
text) is a whole quad lying on the cut one that can explain the picture nearly as well
as the cut card. It is ink, though: darker inside than the card's face around it, where
a card lying on a board or a plank shows its light face (`ink_sides`). The measure is
tested on scenes drawn here with the standard library; the outline on specimen photos
generated with tests/specimens (Pillow: CPython only)."""

import random

import pytest

from checks.measures import outline
from checks.measures.outline_border_sides import ink_sides
from checks.measures.outline_lines import border_lines
from checks.measures.outline_quads import Quad
from tests.checks.scenes import checked, outline_overlap
from tests.specimens.geometry import iou
from tests.checks.test_outline import H, W, card_corners, document, inside, noisy, wood


def test_a_photo_box_printed_on_a_card_is_ink_and_the_card_on_wood_is_not():
    rng = random.Random(5)
    card = card_corners(320, 240, 400, 4)
    img = wood(rng)
    document(img, card, 215, 40, rng)
    gray = noisy(img, rng)
    # the photo's box of `document`, printed 70 levels darker than the card's face
    photo = [inside(card, u, v) for u, v in ((0.66, 0.14), (0.92, 0.14), (0.92, 0.66), (0.66, 0.66))]
    assert ink_sides(gray, W, H, photo) == 4
    assert ink_sides(gray, W, H, card) == 0


@pytest.mark.parametrize("seed", [2200051, 2240039, 2240073])
def test_a_feature_printed_on_a_cut_card_is_not_taken_for_the_card(seed):
    specimen, _, statuses = checked(seed, "cut")
    assert specimen.document == "id-card" and specimen.expected["framing"] == "fail"
    assert statuses["framing"] == "fail"


@pytest.mark.parametrize("seed", [
    2337003,  # a quad around the photo's box and half on the paper beside the card
    2335009,  # the card's top and left sides closed by its photo's box and a row of text
    2337043,  # a licence's left and top edges closed by its printed frame
])
def test_a_whole_quad_takes_a_cut_documents_place_only_as_a_document(seed):
    """`_whole_instead`'s second rule: a whole quad must lie on the cut quad, and share
    none of its drawn sides, or some only where the cut quad is drawn no further along
    them (not so on 2335009, whose card's top and left sides run on past the quad's
    corners; all three fail before)."""
    specimen, _, statuses = checked(seed, "cut")
    assert specimen.expected["framing"] == "fail"
    assert statuses["framing"] == "fail"


def test_a_whole_quad_sharing_three_sides_that_run_on_past_it_does_not_replace_a_cut_card(monkeypatch):
    """`_whole_instead` on a card cut off at the right, on a white desk: the part of it
    left of its photo's box shares three sides with the cut quad, which run on past its
    corners to the border, drawn (`_drawn_only_along`); the cut quad stays. Before, the
    part took its place (framing is judged after `faint_side`, which moves the card's
    side in whichever quad stays, so the quads are compared here)."""
    given = []
    real = outline._whole_instead

    def recorded(small, w, h, aspect, lines, cut, *rest):
        kept = real(small, w, h, aspect, lines, cut, *rest)
        given.append((cut, kept))
        return kept

    monkeypatch.setattr(outline, "_whole_instead", recorded)
    specimen, _, _ = checked(2750123, "cut", style="heldout")
    assert specimen.document == "id-card" and specimen.expected["framing"] == "fail"
    assert given and all(kept is cut for cut, kept in given)


@pytest.mark.parametrize("seed, style", [
    (2750150, "heldout"),  # the card's right and bottom sides and two lines of its print
    (2750159, "heldout"),  # its left and top sides, a line of print and its photo's box
    (2750658, None),
])
def test_a_part_of_a_cut_card_closed_by_its_print_gives_way_to_the_cut_card(seed, style):
    """`_cut_instead`: a card running out of the picture, whose print closes a whole quad
    with some of its sides, drawn all round; it outscored the card closed by the border,
    and framing passed (outline IoU 0.39-0.51). The sides it shares with the cut card
    run on past its corners, drawn."""
    specimen, report, statuses = checked(seed, "cut", style=style)
    assert specimen.document == "id-card" and specimen.expected["framing"] == "fail"
    assert statuses["framing"] == "fail"
    assert outline_overlap(specimen, report) >= 0.9


@pytest.mark.parametrize("seed, style", [
    (2010329, "heldout"),  # a quad 0.45 on the card, the rest on the desk below it
    (2694725, None),  # a quad around the card, 0.59 on it
])
def test_a_nested_quad_half_off_a_cut_card_does_not_take_its_place(seed, style):
    """`_whole_instead`'s first rule: a quad with NESTED_EVIDENCE of a cut card's must lie
    on it (ON_SHEET) to be taken for the card; one lying partly beside it is not (both
    passed framing before)."""
    specimen, _, statuses = checked(seed, "cut", style=style)
    assert specimen.document == "id-card" and specimen.expected["framing"] == "fail"
    assert statuses["framing"] == "fail"


def test_a_whole_card_on_a_white_sheet_beside_the_border_is_not_taken_for_print():
    """`print_side`: the card's left side, 5 % in from the border, has the white sheet it
    lies on beyond it, lighter than its face, where its other sides have darker things
    beyond them; the step goes the other way, but all along the side (fails before)."""
    specimen, _, statuses = checked(2431015)
    assert specimen.document == "id-card" and specimen.expected["framing"] == "pass"
    assert statuses["framing"] == "pass"


@pytest.mark.parametrize("seed, style", [
    (2648725, None),  # a white sheet beyond its side, a few levels lighter than the face
    (2648657, None),
    (2648934, "heldout"),
    (2648905, "heldout"),
])
def test_a_whole_card_filling_the_picture_keeps_its_side_beside_the_border(seed, style):
    """`print_side`: a card filling 85-97 % of the picture, a side 2-6 % in from the
    border with something beyond it unlike what lies beyond its other sides, and a step
    across it that is faint or broken (a sheet nearly as light as its face, a finger).
    The card's other sides end at its corners: past them to the border they show no
    step, as a cut card's sides past a line of its print do; so the side is the card's
    (all four fail before)."""
    specimen, _, statuses = checked(seed, style=style, fill=(0.85, 0.97))
    assert specimen.document == "id-card" and specimen.expected["framing"] == "pass"
    assert statuses["framing"] == "pass"


@pytest.mark.parametrize("seed", [
    2550024,  # a hand's cast shadow across the sheet around the card
    2550143,  # the sheet's edge found twice beside its side, on tiles
])
def test_a_whole_card_on_a_cut_sheet_wins_over_the_sheet_when_plainer_around_than_its_face(seed):
    """`_whole_instead`'s blank-sheet rule: a card drawn as one on a sheet that runs out
    of the picture, with more edge pixels around it than BLANK_RING allows but fewer than
    half its printed face's, is the outline; before, the cut sheet was (framing fails)."""
    specimen, _, statuses = checked(seed, style="heldout")
    assert specimen.document == "id-card" and specimen.expected["framing"] == "pass"
    assert statuses["framing"] == "pass"


def test_a_whole_card_on_a_sheet_in_a_noisy_photo_wins_over_the_sheet():
    """The blank-sheet rule on a sharpened night photo: noise fills the blank sheet
    around the card with edge pixels as dense as its print, unless only those beyond the
    noise (`EdgeMap.beyond_noise`) are counted; before, the sheet was taken for the card
    (framing warned, outline IoU 0.32)."""
    specimen, report, statuses = checked(2010103, style="heldout")
    assert specimen.document == "id-card" and specimen.expected["framing"] == "pass"
    assert statuses["framing"] == "pass"
    assert iou(report["quad"], specimen.corners) >= 0.9


@pytest.mark.parametrize("seed", [2715453, 2715671])
def test_a_whole_card_on_newsprint_wins_over_a_quad_of_print_closed_by_two_of_its_sides(seed):
    """`_whole_instead` on a quad closed by two of the card's sides, a line of print and a
    border: the card shares those two sides with it, and the cut quad runs on past the
    card's corners undrawn (`_drawn_only_along`), so the card is the outline; before, the
    cut quad was (framing failed, outline IoU 0.75 and 0.69)."""
    specimen, report, statuses = checked(seed, style="heldout")
    assert specimen.document == "id-card" and specimen.expected["framing"] == "pass"
    assert statuses["framing"] == "pass"
    assert iou(report["quad"], specimen.corners) >= 0.9


def test_a_whole_card_wins_over_a_quad_of_cloth_closed_by_one_of_its_sides():
    """`_whole_instead` on a quad of a check cloth, a hand and the card, closed by the
    card's right side and the bottom border: the card shares that one side with it, and
    the cut quad runs on past the card's corners barely drawn (`_drawn_only_along`), so
    the card is the outline; before, the cut quad was (framing failed, IoU 0.50)."""
    specimen, report, statuses = checked(2720213, style="heldout")
    assert specimen.document == "id-card" and specimen.expected["framing"] == "pass"
    assert statuses["framing"] == "pass"
    assert iou(report["quad"], specimen.corners) >= 0.9


def test_a_licence_cut_off_beside_another_border_stays_cut_off():
    """`print_side` on a page: a licence cut off at the top, closed inside the picture by
    the line of its frame; the quad's right side runs beside the right border, so the
    bands across its stretch up to the top border lie outside the picture. That side
    cannot tell whether the page runs on, and the other is faint: the quad is closed by
    the border, as before `_runs_on` (failed after it, warned at 0.7 %)."""
    specimen, _, statuses = checked(2651517, "cut", style="heldout")
    assert specimen.document == "business-license" and specimen.expected["framing"] == "fail"
    assert statuses["framing"] == "fail"


def test_a_statement_cut_off_across_its_header_band_is_cut_off():
    """`band_side`: a statement runs past the top border across its blue header band. The
    band's lower edge, inside the picture, closed a whole quad with the page's other
    edges, and framing passed; the page's sides run on across the band to the border."""
    specimen, report, statuses = checked(2714620, "cut", style="heldout")
    assert specimen.document == "document" and specimen.expected["framing"] == "fail"
    assert statuses["framing"] == "fail"
    assert iou(report["quad"], specimen.corners) >= 0.9


def test_a_cut_cards_photo_found_in_a_window_does_not_take_its_place():
    """`_printed_on`: a card cut off at a corner of a white desk is drawn weakly, so the
    windows are searched, and its photo's box, drawn plainly in one, took the card's
    place and framing passed. The box lies on the card found first and is ink."""
    specimen, report, statuses = checked(2730248, "cut", style="heldout")
    assert specimen.document == "id-card" and specimen.expected["framing"] == "fail"
    assert statuses["framing"] == "fail"
    assert outline_overlap(specimen, report) >= 0.8


@pytest.mark.parametrize("seed, style", [
    (2754345, None),  # a white card on wood, its sides drawn only in the tint
    (2754207, "heldout"),  # a card on a white desk, the picture tinted by the white balance
])
def test_a_cut_card_drawn_only_in_the_tint_is_taken_when_its_face_is_white(seed, style):
    """`outline_sheet.pale_sides`: a side drawn only in the tint must be a pale card's,
    its face as tinted as the picture's white (`white_tint`). On 2754345 every ranked
    quad had such sides, which stepped 35-41 levels from the wood to the card, and the
    first search was left with none (framing passed on a window's quad, IoU 0.26); read
    against grey (127.5) instead of the picture's white, 2754207's card, 24-28 levels off
    grey as everything white in its picture is, lost its place to a quad of the desk."""
    specimen, report, statuses = checked(seed, "cut", style=style)
    assert specimen.document == "id-card" and specimen.expected["framing"] == "fail"
    assert statuses["framing"] == "fail"
    assert outline_overlap(specimen, report) >= 0.8


def test_the_pictures_own_borders_do_not_end_at_corners():
    """The four borders make a candidate quad too, drawn along none of its own sides
    (`supported` and `visible` 0): `_cut_instead` asked whether it ends at its corners,
    and the division by its visible length raised ZeroDivisionError (default small
    seed 2754600)."""
    w, h = 400, 300
    borders = border_lines(w, h)
    picture = Quad(((0.0, 0.0), (w, 0.0), (w, h), (0.0, h)), (0, 1, 2, 3), 20.0, 0.0, 0.0, 0.04)
    assert not outline._ends_at_corners(picture, borders, w, h)


def test_a_small_card_whose_ranked_quads_hold_the_pictures_borders_is_checked():
    specimen, report, statuses = checked(2754600, "small")
    assert specimen.expected["resolution"] == "fail"
    assert statuses["resolution"] == "fail"
    assert outline_overlap(specimen, report) >= 0.9
