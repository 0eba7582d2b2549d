"""Props on the desk share the document's plane: the desk projects them as the camera
projects the document, and draws only what lies in front of the camera."""

import math

from PIL import Image, ImageChops, ImageDraw

from . import desk, geometry

W_MM, H_MM = 85.6, 54.0
FOCAL, WIDTH = 1600.0, 500.0
SHIFT = (800.0, 600.0)


def _desk(pitch, yaw, roll, size=(1600, 1200)):
    quad = geometry.project_rectangle(W_MM, H_MM, width_px=WIDTH, pitch=pitch, yaw=yaw, roll=roll, focal_px=FOCAL)
    quad = [(x + SHIFT[0], y + SHIFT[1]) for x, y in quad]
    return desk.under(quad, W_MM, H_MM, roll, WIDTH, size), quad


def test_a_level_desk_draws_props_head_on():
    plane, _ = _desk(0.0, 0.0, 7.0)
    points = [(300.0, 200.0), (1100.0, 260.0), (1000.0, 900.0), (350.0, 800.0)]
    assert all(math.dist(a, b) < 1e-6 for a, b in zip(plane.outline(points), points))


def test_a_rectangle_around_the_document_lands_where_the_camera_sees_it():
    # a sheet twice the card's size, centred on it, projected by the camera directly
    pitch, yaw, roll = 55.0, -8.0, 12.0
    plane, _ = _desk(pitch, yaw, roll, size=(10 ** 6, 10 ** 6))
    sheet = geometry.project_rectangle(2 * W_MM, 2 * H_MM, width_px=2 * WIDTH, pitch=pitch, yaw=yaw, roll=roll, focal_px=FOCAL)
    sheet = [(x + SHIFT[0], y + SHIFT[1]) for x, y in sheet]
    head_on = [(plane.centre[0] + 2 * x, plane.centre[1] + 2 * y) for x, y in plane.head_on]
    for drawn, seen in zip(plane.outline(head_on), sheet):
        assert math.dist(drawn, seen) < 1e-6 * FOCAL


def test_a_prop_reaching_behind_the_camera_is_cut_and_leaves_no_ghost():
    # steep view: the desk some three card widths nearer than the card passes under the
    # camera, and the horizon of the desk crosses the picture, aslant, below the card
    size = (1600, 1600)
    plane, _ = _desk(75.0, 30.0, 0.0, size)
    corners = [(plane.centre[0] + x, plane.centre[1] + y) for x, y in
               ((-300, -12000), (300, -12000), (300, -100), (-300, -100))]
    depths = [geometry.depth_share(plane.to_picture, (x - plane.centre[0], y - plane.centre[1])) for x, y in corners]
    assert min(depths) < 0 < max(depths)
    shown = plane.outline(corners)
    assert len(shown) >= 3
    assert all(-1e-6 <= x <= size[0] + 1e-6 and -1e-6 <= y <= size[1] + 1e-6 for x, y in shown)

    before = Image.new("RGB", size, (0, 0, 0))
    after = before.copy()
    item = Image.new("RGB", (600, 11900), (255, 255, 255))
    plane.lay(after, item, Image.new("L", item.size, 255), (plane.centre[0], plane.centre[1] - 6050), 0.0)
    painted = ImageChops.difference(after, before).convert("L").point(lambda v: 255 if v else 0)
    allowed = Image.new("L", size, 0)
    ImageDraw.Draw(allowed).polygon(shown, fill=255, outline=255, width=3)
    assert painted.getbbox() is not None
    assert ImageChops.subtract(painted, allowed).getbbox() is None   # nothing outside what the camera sees
