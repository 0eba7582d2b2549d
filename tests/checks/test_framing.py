"""Margins and cut-off sides from an outline's corners."""

import pytest

from checks.measures.framing import margins, outside_share, sides_within, smallest_margin

W, H = 400, 300


def test_margins_are_shares_of_the_pictures_shorter_side():
    corners = [(30, 30), (370, 30), (370, 270), (30, 270)]  # 30 px all round
    assert margins(corners, W, H) == pytest.approx({"top": 0.1, "right": 0.1, "bottom": 0.1, "left": 0.1})
    corners = [(40, 30), (360, 30), (360, 270), (40, 270)]  # 40 px across the longer side
    assert margins(corners, W, H)["left"] == pytest.approx(40 / H)
    assert smallest_margin(corners, W, H) == pytest.approx(0.1)
    assert sides_within(corners, W, H, 0.02) == []
    assert outside_share(corners, W, H) == 0


def test_a_corner_outside_gives_a_negative_margin_on_that_side():
    corners = [(100, 50), (420, 80), (390, 250), (90, 240)]  # top-right corner 20 px out
    gaps = margins(corners, W, H)
    assert gaps["right"] == pytest.approx(-20 / H)
    assert smallest_margin(corners, W, H) < 0
    assert sides_within(corners, W, H, 0.0) == ["right"]
    assert 0 < outside_share(corners, W, H) < 0.05


def test_touching_sides_are_within_a_small_limit_but_not_cut():
    corners = [(4, 100), (200, 100), (200, 296), (4, 296)]
    assert sides_within(corners, W, H, 0.0) == []
    assert sides_within(corners, W, H, 0.02) == ["bottom", "left"]


def test_an_outline_closed_along_the_border_counts_as_cut_there():
    corners = [(100.0, 0.0), (300.0, 0.0), (300.0, 200.0), (100.0, 200.0)]
    assert sides_within(corners, W, H, 0.0) == ["top"]


def test_outside_share_of_a_half_cut_rectangle():
    corners = [(300, 100), (500, 100), (500, 200), (300, 200)]
    assert outside_share(corners, W, H) == pytest.approx(0.5)
