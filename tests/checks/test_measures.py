"""Each measure on synthetic pixels of known strength."""

import pytest

from checks.measures.color import colourfulness
from checks.measures.exposure import brightness_and_contrast
from checks.measures.glare import glare
from checks.measures.region import inset_quad, long_side, quad_area, row_spans, scale_quad
from checks.measures.resolution import document_pixels
from checks.measures.sharpness import edge_width, work_factor

from .synthetic import box_blur, disc, page, rgba_from_gray, scale_up

W, H = 240, 160


@pytest.fixture(scope="module")
def sharp_page():
    return bytes(page(W, H))


# --- region -------------------------------------------------------------------------

def test_row_spans_of_a_rectangle_and_of_a_quad_partly_outside():
    square = [(10, 20), (50, 20), (50, 60), (10, 60)]
    spans = row_spans(square, 100, 100)
    assert spans[0] == (20, 10, 50) and spans[-1] == (59, 10, 50) and len(spans) == 40
    outside = [(-20, -20), (50, -20), (50, 30), (-20, 30)]
    spans = row_spans(outside, 100, 100, step=5)
    assert spans[0] == (0, 0, 50) and spans[-1][0] == 25
    assert row_spans(None, 4, 3) == [(0, 0, 4), (1, 0, 4), (2, 0, 4)]


def test_quad_geometry():
    quad = [(0, 0), (100, 0), (100, 50), (0, 50)]
    assert quad_area(quad) == 5000
    assert long_side(quad) == 100
    assert scale_quad(quad, 2)[2] == (200, 100)
    assert inset_quad(quad, 0.1)[0] == pytest.approx((10, 5))


def test_resolution_is_the_documents_long_side():
    tilted = [(100, 100), (1100, 140), (1080, 760), (90, 700)]
    assert 995 <= document_pixels(tilted, 4000, 3000) <= 1000
    assert document_pixels(None, 4000, 3000) == 4000


# --- sharpness ----------------------------------------------------------------------

def test_edge_width_grows_with_blur(sharp_page):
    widths = [edge_width(bytes(box_blur(bytearray(sharp_page), W, H, r)), W, H) for r in (0, 1, 2, 4)]
    assert widths[0] <= 1.5  # a sharp step rises within one pixel (√2 along a diagonal)
    assert widths[0] < widths[1] < widths[2] < widths[3]
    # a 9 × 9 box spreads an edge over 9 pixels across and 12.7 along its diagonal
    assert 8 <= widths[3] <= 12.7


@pytest.mark.parametrize("horizontal", [True, False])
def test_motion_blur_in_one_direction_counts_in_full(sharp_page, horizontal):
    moved = box_blur(bytearray(sharp_page), W, H, 4, vertical=not horizontal, horizontal=horizontal)
    assert 7 <= edge_width(bytes(moved), W, H) <= 10.5


def test_edge_width_does_not_depend_on_the_pictures_scale(sharp_page):
    small = edge_width(bytes(box_blur(bytearray(sharp_page), W, H, 1)), W, H)
    big, big_w, big_h = scale_up(sharp_page, W, H, 3)
    large = edge_width(bytes(box_blur(big, big_w, big_h, 3)), big_w, big_h)
    assert abs(large / 3 - small) < 0.35 * small


def test_blank_document_has_no_edges():
    assert edge_width(bytes([128]) * (W * H), W, H) is None


def test_edges_outside_the_quad_are_ignored(sharp_page):
    blurred = bytearray(box_blur(bytearray(sharp_page), W, H, 3))
    # the left half sharp, the right half blurred
    for y in range(H):
        blurred[y * W : y * W + W // 2] = sharp_page[y * W : y * W + W // 2]
    left = [(0, 0), (W // 2, 0), (W // 2, H), (0, H)]
    right = [(W // 2, 0), (W, 0), (W, H), (W // 2, H)]
    assert edge_width(bytes(blurred), W, H, left) < edge_width(bytes(blurred), W, H, right) / 3


def test_work_factor_keeps_12_to_24_pixels_per_mm():
    assert work_factor(5) == 1 and work_factor(23.9) == 1 and work_factor(24) == 2
    assert work_factor(47) == 3


# --- exposure -----------------------------------------------------------------------

def test_brightness_and_contrast(sharp_page):
    brightness, contrast, paper = brightness_and_contrast(sharp_page, W, H)
    assert 0.7 < brightness < 0.85 and contrast > 0.6 and paper == 215
    dark = bytes(v // 4 for v in sharp_page)
    assert brightness_and_contrast(dark, W, H)[0] < 0.22
    washed = bytes(205 + v // 5 for v in sharp_page)
    assert brightness_and_contrast(washed, W, H)[1:] == (0.14, 248)


# --- colour -------------------------------------------------------------------------

def test_colourfulness_is_zero_for_grey_and_tinted_grey(sharp_page):
    assert colourfulness(rgba_from_gray(sharp_page), W, H) == 0
    assert colourfulness(rgba_from_gray(sharp_page, (1.1, 1.0, 0.8)), W, H) <= 1


def test_colourfulness_of_a_coloured_page(sharp_page):
    rgba = bytearray(rgba_from_gray(sharp_page))
    # a red seal and a blue band, as on a licence
    for y in range(20, 60):
        for x in range(20, 60):
            rgba[(y * W + x) * 4 : (y * W + x) * 4 + 3] = bytes([200, 40, 40])
    for y in range(100, 140):
        for x in range(0, W):
            rgba[(y * W + x) * 4 : (y * W + x) * 4 + 3] = bytes([150, 180, 230])
    assert colourfulness(bytes(rgba), W, H) > 15


# --- glare --------------------------------------------------------------------------

def test_a_blown_out_disc_is_found_with_its_box():
    gray = page(W, H, paper=190)
    disc(gray, W, 120, 80, 12)
    share, boxes = glare(bytes(gray), W, H)
    assert 1.1 < share < 1.4  # π·12² / (240·160) ≈ 1.18 %, plus white strokes' neighbours
    assert len(boxes) == 1
    x0, y0, x1, y1 = boxes[0]
    assert (x0, y0, x1, y1) == (108, 68, 133, 93)


def test_white_background_outside_the_document_is_not_glare():
    gray = page(W, H, paper=190, margin=30, background=255)
    quad = [(30, 30), (W - 30, 30), (W - 30, H - 30), (30, H - 30)]
    assert glare(bytes(gray), W, H, quad) == (0.0, [])
    # without an outline, blobs touching the picture's border are background too
    assert glare(bytes(gray), W, H) == (0.0, [])


def test_blown_out_paper_is_not_glare():
    gray = page(W, H, paper=252)
    assert glare(bytes(gray), W, H)[0] == 0.0


def test_specks_are_ignored():
    gray = page(W, H, paper=190)
    disc(gray, W, 60, 60, 1)
    assert glare(bytes(gray), W, H)[0] == 0.0
