"""Where a photo's document is placed: moved across the picture as a crop around it shows
it (the default), or moved in space and seen off the picture's centre as a phone sees it
(`Scene.uncropped`). A rectangle's true shape is recovered from its four corners about the
principal point, so each placement is checked by where that point must lie."""

import math
import random
from dataclasses import replace

import pytest

from checks.measures.outline_shape import rectangle_shape

from . import random_scene
from .scene import Scene, _place

W, H = 1600, 1200
ID1 = 85.6 / 54


def _crossing(quad):
    """Where the diagonals cross: the image of the rectangle's centre."""
    (x1, y1), (x2, y2), (x3, y3), (x4, y4) = quad
    d = (x1 - x3) * (y2 - y4) - (y1 - y3) * (x2 - x4)
    t = ((x1 - x2) * (y2 - y4) - (y1 - y2) * (x2 - x4)) / d
    return x1 + t * (x3 - x1), y1 + t * (y3 - y1)


def _ratio_about(quad, point):
    """The rectangle's ratio recovered with the principal point at `point`."""
    dx, dy = W / 2 - point[0], H / 2 - point[1]
    return rectangle_shape([(x + dx, y + dy) for x, y in quad], W, H)[0]


@pytest.mark.parametrize(("pitch", "yaw", "centre"), [(60, 5, (0.25, 0.3)), (-5, 65, (0.7, 0.75)), (50, 30, (0.3, 0.7))])
def test_an_uncropped_photo_shows_the_card_about_the_pictures_centre_and_a_cropped_one_about_its_own(pitch, yaw, centre):
    scene = Scene(size=(W, H), doc_width_px=400, pitch=pitch, yaw=yaw, roll=5, centre=centre)
    cropped, _ = _place(scene, random.Random(1), 85.6, 54.0)
    uncropped, _ = _place(replace(scene, uncropped=True), random.Random(1), 85.6, 54.0)
    assert _ratio_about(uncropped, (W / 2, H / 2)) == pytest.approx(ID1, rel=0.01)
    assert _ratio_about(cropped, _crossing(cropped)) == pytest.approx(ID1, rel=0.01)
    # seen steeply off the middle, the two views differ by more than a pixel or two
    assert max(math.dist(p, q) for p, q in zip(cropped, uncropped)) > 5


def test_uncropped_changes_nothing_else_in_a_scene():
    for seed in range(700200, 700220):
        plain = random_scene(seed, "steep")
        assert replace(random_scene(seed, "steep", uncropped=True), uncropped=False) == plain
