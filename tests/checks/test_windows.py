"""When the outline finder searches its windows, in specimen photos generated here
(tests/specimens, which draws with Pillow: these run in CPython only).

The windows look again, at twice the resolution, for a small or steeply seen document
that the whole picture's search missed; they are the finder's slowest path. A held-out
style photo draws a card less plainly than a default one, so its right outline can have a
middling quality, which no window would beat by enough to win."""

import pytest

from checks.measures import outline
from tests.checks.scenes import checked, outline_overlap
from tests.specimens.geometry import iou


def _searched(seed, defect, monkeypatch, style="heldout"):
    """`checked` on a specimen photo (held-out by default), and whether the finder
    searched its windows."""
    searched = []
    real = outline._in_windows
    monkeypatch.setattr(outline, "_in_windows", lambda *args, **kwargs: searched.append(args) or real(*args, **kwargs))
    return *checked(seed, defect, style=style), bool(searched)


def _outlined(seed, defect, monkeypatch, style="heldout"):
    """The outline's overlap with the true corners in a specimen photo (held-out by
    default), and whether the finder searched its windows."""
    specimen, report, _, searched = _searched(seed, defect, monkeypatch, style)
    return iou(report["quad"], specimen.corners), searched


@pytest.mark.parametrize("seed", [2313006, 2313023, 2480829, 2480880])
def test_a_card_found_plainly_enough_is_not_searched_for_again(seed, monkeypatch):
    # the last two are held-out photos whose card is drawn weakly (first quality
    # 0.39-0.41), above WINDOW_REACH / FINER_GAIN all the same
    overlap, searched = _outlined(seed, None, monkeypatch)
    assert overlap >= 0.9
    assert not searched


@pytest.mark.parametrize("seed", [2480873, 2480906])
def test_a_whole_card_whose_sides_end_at_its_corners_is_not_searched_for_again(seed, monkeypatch):
    # held-out photos whose card is drawn more weakly still (first quality 0.32-0.34,
    # under WINDOW_REACH / FINER_GAIN) but whole, its sides ending at its corners: a
    # window would only find it again
    overlap, searched = _outlined(seed, None, monkeypatch)
    assert overlap >= 0.75
    assert not searched


@pytest.mark.parametrize("seed", [2739612, 2739616])
def test_a_cut_card_outlined_well_enough_is_not_searched_for_in_windows(seed, monkeypatch):
    # held-out photos of a card cut off by the border, closed by it and so drawn weakly
    # (first quality 0.42-0.44): its four windows, searched in vain at a reach of 0.9,
    # took 250-300 ms in CPython
    _, _, statuses, searched = _searched(seed, "cut", monkeypatch)
    assert statuses["framing"] == "fail"
    assert not searched


def test_a_small_card_among_keys_whose_lines_run_on_is_still_found_in_a_window(monkeypatch):
    # the whole picture's best quad is a whole block of keys (its lines run on past its
    # corners), and the small card lies elsewhere
    overlap, searched = _outlined(2480103, "small", monkeypatch)
    assert searched
    assert overlap >= 0.9


def test_a_small_card_is_searched_for_past_a_row_of_keys_that_ends_at_its_corners(monkeypatch):
    # the whole picture's best quad is a whole row of keys, drawn all round and ending at
    # its corners, but a dozen times longer than high: not a weakly drawn card
    overlap, searched = _outlined(2709434, "small", monkeypatch, style=None)
    assert searched
    assert overlap >= 0.9


@pytest.mark.parametrize("seed", [2734342, 2734354])
def test_a_small_page_found_in_a_window_by_its_printed_frame_wins_with_the_frame_quality(seed, monkeypatch):
    # held-out photos of a small licence: a window finds the frame printed on it (quality
    # 0.67 and 0.61, above the 0.61 and 0.54 it must beat), but the paper's edge around
    # the frame is drawn less plainly (0.53 and 0.51), and the paper lost to the whole
    # picture's quad (IoU 0.09 and 0.22)
    overlap, searched = _outlined(seed, "small", monkeypatch)
    assert searched
    assert overlap >= 0.8


@pytest.mark.parametrize("seed", [2736011, 2736027, 2736072])
def test_a_small_pale_card_on_a_pale_desk_is_found_in_a_window_by_its_tint(seed, monkeypatch):
    # held-out photos of a white card a tenth of the picture across on a white desk: a
    # side or two has next to no grey contrast and is drawn only in the card's tint, and
    # the card, so found, reaches less than the 0.5 a window's quad once had to
    overlap, searched = _outlined(seed, "small", monkeypatch)
    assert searched
    assert overlap >= 0.9


def test_a_small_page_drawn_less_plainly_is_taken_from_a_window(monkeypatch):
    # a held-out photo of a statement a fifth of the picture across on marble, at night:
    # a window finds it at a quality under 0.5, the whole picture's quad is wrong
    overlap, searched = _outlined(2736079, "small", monkeypatch)
    assert searched
    assert overlap >= 0.9


@pytest.mark.parametrize("seed, overlap", [(2751211, 0.9), (2751236, 0.8)])
def test_a_document_beside_a_strip_closed_by_the_borders_is_searched_for_in_windows(seed, overlap, monkeypatch):
    # held-out photos of a card on a bedsheet and of a statement on a white desk, seen
    # steeply: the whole picture's quad is the strip of wall past the sheet's or desk's
    # far edge, closed by three borders and showing no corner (`_cornerless`), of
    # a quality no window's would beat by FINER_GAIN
    found, searched = _outlined(seed, "steep", monkeypatch)
    assert searched
    assert found >= overlap
    monkeypatch.setattr(outline, "_cornerless", lambda *args: False)
    assert _outlined(seed, "steep", monkeypatch)[0] < 0.5


@pytest.mark.parametrize("seed, style", [
    (2750140, "heldout"),  # a licence cut off at its top left, on a bedsheet
    (2750655, None),  # a card cut off at the bottom, held over a keyboard
])
def test_after_a_quad_with_no_corner_a_windows_quad_whose_lines_run_on_does_not_win(seed, style, monkeypatch):
    # the whole picture's quad shows no corner (`_cornerless`), so a window's quad needs
    # only WINDOW_FLOOR; the best ones found are a stretch of the licence's printed frame
    # and two key caps, whose lines run on past their corners: not documents. Both took
    # the place of the cut document (its framing then passed)
    specimen, report, statuses, searched = _searched(seed, "cut", monkeypatch, style=style)
    assert specimen.expected["framing"] == "fail"
    assert searched
    assert statuses["framing"] != "pass"
    # the outline lies on the document again (shown IoU 0.42 and 0.26; 0.04 and 0 before)
    assert outline_overlap(specimen, report) > 0.2
