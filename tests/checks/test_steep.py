"""A card seen steeply: the tilt recovered from its outline, and its outline where the
view squashes its seen shape far from a card's."""

from __future__ import annotations

import math
import random

import pytest

from checks.measures.outline import find_outline
from checks.measures.outline_shape import view_tilt
from tests.checks.test_outline import ID1, H, W, document, fill, noisy, plain, seen_from
from tests.specimens.geometry import iou


@pytest.mark.parametrize(("pitch", "yaw", "roll"), [(0, 0, 10), (60, 0, 0), (0, -70, 5), (40, 40, 0), (-75, 3, -8)])
def test_tilt_of_a_card_seen_through_a_pinhole(pitch, yaw, roll):
    # pitch turns the card's normal about the x axis, then yaw about the y axis
    tilt = math.degrees(math.acos(math.cos(math.radians(pitch)) * math.cos(math.radians(yaw))))
    assert view_tilt(seen_from(pitch, yaw, roll, 300, 640), W, H) == pytest.approx(tilt, abs=0.5)


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_pale_card_seen_steeply_below_a_wall_is_the_card(seed):
    # Seen 74° off square, a card as light as the white desk is drawn only in its tint,
    # and squashed to a seen ratio of about 4: a card's shape only once its tilt is
    # counted. The wall above the desk is a quad closed by three borders.
    rng = random.Random(seed)
    truth = seen_from(3, 74, rng.uniform(-10, 10), 220, 640, shift=(-100, 60))
    img = plain(236)
    fill(img, [(0, 0), (W, 0), (W, 110), (0, 110)], 190)
    document(img, truth, 234, 40, rng)
    hue = plain(127)
    fill(hue, truth, 135)
    gray, tint = noisy(img, rng), noisy(hue, rng)
    outline = find_outline(gray, W, H, aspect=ID1, tint=lambda: tint)
    assert outline is not None
    assert iou(outline.corners, truth) >= 0.8
