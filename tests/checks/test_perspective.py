"""Corner angles and in-plane rotation from an outline's corners."""

import math

import pytest

from checks.measures.perspective import angle_deviation, corner_angles, real_corners, rotation


def turned(corners, degrees):
    a = math.radians(degrees)
    return [(x * math.cos(a) - y * math.sin(a), x * math.sin(a) + y * math.cos(a)) for x, y in corners]


RECT = [(0, 0), (160, 0), (160, 100), (0, 100)]


def test_a_rectangle_has_four_right_angles_in_any_rotation():
    for degrees in (0, 7, -30, 90):
        corners = turned(RECT, degrees)
        assert corner_angles(corners) == pytest.approx([90] * 4)
        assert angle_deviation(corners) == pytest.approx(0, abs=1e-9)


def test_rotation_is_folded_to_the_nearest_quarter_turn():
    assert rotation(turned(RECT, 8)) == pytest.approx(8)
    assert rotation(turned(RECT, -12)) == pytest.approx(-12)
    assert rotation(turned(RECT, 90 + 5)) == pytest.approx(5)
    assert rotation(turned(RECT, 180)) == pytest.approx(0, abs=1e-9)


def test_a_keystoned_card_has_corners_off_square():
    # the top side is 40 % shorter: the camera looked down on the card at an angle
    corners = [(32, 0), (128, 0), (160, 100), (0, 100)]
    angles = corner_angles(corners)
    assert sum(angles) == pytest.approx(360)
    assert angles[0] == pytest.approx(90 + math.degrees(math.atan(32 / 100)))
    assert angle_deviation(corners) == pytest.approx(math.degrees(math.atan(32 / 100)))


def test_corners_on_the_border_are_not_judged():
    # a card cut off on the right: the border closes it at x = 400
    corners = [(100, 50), (400, 40), (400, 260), (100, 250)]
    assert real_corners(corners, 400, 300, tolerance=1) == [0, 3]
    # the closing side makes odd angles at the border; the real corners are square
    assert angle_deviation(corners) > 1
    assert angle_deviation(corners, [0, 3]) == pytest.approx(
        max(abs(a - 90) for a in (corner_angles(corners)[0], corner_angles(corners)[3])))


def test_corners_beyond_the_border_are_real():
    corners = [(-40, 50), (300, 50), (300, 250), (-40, 250)]
    assert real_corners(corners, 400, 300, tolerance=1) == [0, 1, 2, 3]
