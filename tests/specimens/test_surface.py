"""The desk's surface lies in the document's plane (surface.py): it maps through the same
homography as the document, is averaged where it is far, ends at a wall, and a level
view draws the head-on texture unchanged."""

import math
import random

import pytest
from PIL import Image, ImageChops, ImageDraw, ImageStat

from . import backgrounds, desk, geometry, surface

W_MM, H_MM = 85.6, 54.0
SIZE = (480, 360)


def _view(pitch, yaw, roll, width=200.0, size=SIZE):
    focal = float(max(size))
    quad = geometry.project_rectangle(W_MM, H_MM, width_px=width, pitch=pitch, yaw=yaw, roll=roll, focal_px=focal)
    quad = [(x + size[0] / 2, y + size[1] / 2) for x, y in quad]
    plane = desk.under(quad, W_MM, H_MM, roll, width, size)
    return surface.view(plane, focal, W_MM, random.Random(3))


def _coordinates(rng, size, frame=None, scale=1.0):
    """A texture whose red and green levels are its own x and y, modulo 256."""
    red = Image.new("L", size)
    red.putdata([x % 256 for _ in range(size[1]) for x in range(size[0])])
    green = Image.new("L", size)
    green.putdata([y % 256 for y in range(size[1]) for _ in range(size[0])])
    return Image.merge("RGB", [red, green, Image.new("L", size, 0)])


def _grating(rng, size, frame=None, scale=1.0):
    """Black and white stripes 2 desk pixels wide, both ways (a checkerboard of period 4)."""
    tile = Image.new("L", (4, 4), 0)
    ImageDraw.Draw(tile).rectangle((0, 0, 1, 1), fill=255)
    ImageDraw.Draw(tile).rectangle((2, 2, 3, 3), fill=255)
    image = Image.new("L", size)
    for y in range(0, size[1], 4):
        for x in range(0, size[0], 4):
            image.paste(tile, (x, y))
    return image.convert("RGB")


def _red(rng, size, frame=None, scale=1.0):
    return Image.new("RGB", size, (220, 20, 20))


def test_a_level_view_draws_the_head_on_texture_unchanged():
    view = _view(0.0, 0.0, 7.0)
    rng, twin = random.Random(11), random.Random(11)
    drawn = view.texture(backgrounds.wood, rng)
    head_on = backgrounds.wood(twin, SIZE)
    assert ImageChops.difference(drawn, head_on).getextrema() <= ((0, 1),) * 3
    assert rng.random() == twin.random()   # the same draws: the rest of the scene is unchanged
    assert view.defocus(drawn) is drawn      # all of a level desk is at the document's depth


@pytest.mark.parametrize(("pitch", "yaw", "roll"), [(40.0, 10.0, 5.0), (-35.0, -20.0, -8.0)])
def test_the_texture_maps_through_the_documents_homography(pitch, yaw, roll):
    # a picture point shows the texture at the desk point the document's own plane puts
    # there: straight lines on the desk run to the document's vanishing points
    monkey = pytest.MonkeyPatch()
    monkey.setattr(surface, "NEAR_BUDGET", 100.0)   # one full-resolution rendering
    try:
        view = _view(pitch, yaw, roll)
        drawn = view.texture(_coordinates, random.Random(1))
    finally:
        monkey.undo()
    centre = view.plane.centre
    ref = drawn.getpixel((round(centre[0]), round(centre[1])))
    checked = 0
    for dx in range(-90, 91, 15):
        for dy in range(-60, 61, 15):
            p = (round(centre[0]) + dx + 0.5, round(centre[1]) + dy + 0.5)
            if surface._footprint(view.to_desk, p) > 1.4:
                continue   # keep to the unaveraged level
            q = geometry.apply(view.to_desk, p)
            q0 = geometry.apply(view.to_desk, (round(centre[0]) + 0.5, round(centre[1]) + 0.5))
            expected = [(r + q[k] - q0[k]) % 256 for k, r in enumerate(ref[:2])]
            if not all(6 < e < 249 for e in expected):
                continue   # beside the modulo's wrap, interpolation mixes 255 and 0
            got = drawn.getpixel((int(p[0]), int(p[1])))
            assert all(abs(g - e) <= 2 for g, e in zip(got, expected)), (p, got, expected)
            checked += 1
    assert checked >= 20


def test_a_far_fine_texture_is_averaged_not_aliased():
    monkey = pytest.MonkeyPatch()
    monkey.setattr(surface, "NEAR_BUDGET", 100.0)
    try:
        view = _view(62.0, 0.0, 0.0, width=160.0)
        drawn = view.texture(_grating, random.Random(1)).convert("L")
    finally:
        monkey.undo()
    far, near = Image.new("L", SIZE, 0), Image.new("L", SIZE, 0)
    gw, _ = view.grid
    for i, (u, foot) in enumerate(zip(view.u_at, view.footprint)):
        x, y = (i % gw) * surface.STEP, (i // gw) * surface.STEP
        box = (x - 6, y - 6, x + 6, y + 6)
        if u > view.u_wall + 0.05 and foot >= 6:
            ImageDraw.Draw(far).rectangle(box, fill=255)
        elif 0 < foot <= 1.0:
            ImageDraw.Draw(near).rectangle(box, fill=255)
    assert far.getbbox() and near.getbbox()
    # near, the stripes are there; far, a pixel spans several and shows their mean
    assert ImageStat.Stat(drawn, near).stddev[0] > 60
    assert ImageStat.Stat(drawn, far).stddev[0] < 20
    assert abs(ImageStat.Stat(drawn, far).mean[0] - 127.5) < 20


def test_beyond_the_desk_is_the_wall_never_the_desk():
    view = _view(74.0, 5.0, 0.0, width=160.0)
    a, b, c = view.u_coef
    assert min(a * x + b * y + c for x in (0, SIZE[0]) for y in (0, SIZE[1])) < 0   # the horizon is in the picture
    drawn = view.texture(_red, random.Random(1))
    beyond, desk_side = Image.new("L", SIZE, 0), Image.new("L", SIZE, 0)
    slope = math.hypot(a, b)
    for y in range(SIZE[1]):
        for x in range(SIZE[0]):
            u = a * (x + 0.5) + b * (y + 0.5) + c
            if u < view.u_wall - 2 * slope:
                beyond.putpixel((x, y), 255)
            elif u > view.u_wall + 2 * slope:
                desk_side.putpixel((x, y), 255)
    assert beyond.getbbox() and desk_side.getbbox()
    red_excess = ImageChops.subtract(*drawn.split()[:2])   # red − green
    assert ImageStat.Stat(red_excess, beyond).extrema[0][1] < 30     # no desk past its end or its horizon
    assert ImageStat.Stat(red_excess, desk_side).extrema[0][0] > 150  # and all desk before it


def test_the_desk_is_defocused_away_from_the_documents_depth():
    size = (1200, 900)   # a phone's focal length in pixels: the far desk is blurred by pixels
    view = _view(70.0, 0.0, 0.0, width=600.0, size=size)
    noise = Image.frombytes("L", size, random.Random(2).randbytes(size[0] * size[1])).convert("RGB")
    soft = view.defocus(noise)
    in_focus, far = Image.new("L", size, 0), Image.new("L", size, 0)
    gw, _ = view.grid
    cell = 1.5 * surface.STEP * math.hypot(*view.u_coef[:2])   # u across a grid cell and a half
    for i, u in enumerate(view.u_at):
        x, y = (i % gw) * surface.STEP, (i // gw) * surface.STEP
        box = (x - 6, y - 6, x + 6, y + 6)
        if all(view.blur_px(u + d) == 0 for d in (-cell, 0, cell)):
            ImageDraw.Draw(in_focus).rectangle(box, fill=255)
        elif view.blur_px(u) >= 2:
            ImageDraw.Draw(far).rectangle(box, fill=255)
    assert in_focus.getbbox() and far.getbbox()
    difference = ImageChops.difference(soft, noise).convert("L")
    assert ImageStat.Stat(difference, in_focus).extrema[0][1] == 0
    assert ImageStat.Stat(soft.convert("L"), far).stddev[0] < ImageStat.Stat(noise.convert("L"), far).stddev[0] / 2
