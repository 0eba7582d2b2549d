"""The held-out scene style: deterministic, its geometry consistent with its truth, and
absent from the default scenes."""

import math
from dataclasses import replace

from . import Scene, make, random_scene
from .heldout import Look, _barrel_source, distort_points, outline


def test_distorted_points_land_where_the_warp_samples_them():
    look = Look(barrel=0.04)
    size = (1600, 1200)
    source_of = _barrel_source(look, (800, 600), math.hypot(*size) / 2)
    points = [(0, 0), (1600, 1200), (800, 0), (20, 600), (1234.5, 321.0)]
    for moved, original in zip(distort_points(points, look, size), points):
        back = source_of(moved)
        assert math.dist(back, original) < 1e-6


def test_barrel_distortion_keeps_corners_and_pushes_mid_edges_out():
    size = (1600, 1200)
    corner, mid_edge = distort_points([(0, 0), (800, 2)], Look(barrel=0.03), size)
    assert math.dist(corner, (0, 0)) < 1e-6
    assert mid_edge[1] < 2   # the centre is magnified: a point near the top edge moves towards it


def test_a_curled_page_keeps_its_corners_and_bows_its_edges():
    quad = [(100, 100), (900, 120), (880, 1200), (90, 1180)]
    points = outline(quad, Look(curl=0.01), (1000, 1300), per_side=8)
    assert all(math.dist(points[i * 8], quad[i]) < 1e-9 for i in range(4))
    middle_of_top = points[4]
    straight = ((quad[0][0] + quad[1][0]) / 2, (quad[0][1] + quad[1][1]) / 2)
    assert math.dist(middle_of_top, straight) > 0.009 * 800


def test_held_out_scene_is_deterministic_and_records_its_look():
    scene = replace(random_scene(400007, "cut", style="heldout"), size=(640, 480), doc_width_px=400)
    first, second = make(scene), make(scene)
    assert first.data == second.data
    assert first.look == second.look
    assert first.metadata()["look"]["barrel"] == first.look.barrel
    assert first.expected["framing"] in ("fail", "warn-or-fail")


def test_default_scenes_carry_no_style():
    specimen = make(Scene(seed=5, size=(640, 480), doc_width_px=400))
    assert specimen.look is None
    assert "look" not in specimen.metadata() and "style" not in specimen.metadata()["scene"]
