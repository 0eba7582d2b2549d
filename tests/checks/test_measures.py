"""Each measure on synthetic pixels of known strength."""

import random

import pytest

from checks.measures.color import NOISE_PX, coloured_share, is_coloured, patch_side
from checks.measures.exposure import brightness_blown_ink
from checks.measures.glare import glare
from checks.measures.region import inset_quad, quad_area, row_spans, scale_quad, side_lengths
from checks.measures.resolution import document_pixels
from checks.measures.sharpness import edge_width, work_factor
from checks.pixels import luminance, luminance_rows

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
    assert side_lengths(quad) == (100, 50)
    assert scale_quad(quad, 2)[2] == (200, 100)
    assert inset_quad(quad, 0.1)[0] == pytest.approx((10, 5))


def test_resolution_is_the_documents_long_side():
    tilted = [(100, 100), (1100, 140), (1080, 760), (90, 700)]
    assert 995 <= document_pixels(tilted, 4000, 3000) <= 1000
    assert document_pixels(None, 4000, 3000) == 4000


def test_a_cut_off_card_is_as_long_as_its_shape_says():
    # an ID-1 card 540 px high running out of the right border: 700 of its 856 px show
    cut = [(3300, 1000), (4000, 1000), (4000, 1540), (3300, 1540)]
    assert document_pixels(cut, 4000, 3000) == 700
    assert document_pixels(cut, 4000, 3000, aspect=85.6 / 54) == 856
    # a whole card keeps its measured sides whatever the shape
    whole = [(3000, 1000), (3700, 1000), (3700, 1540), (3000, 1540)]
    assert document_pixels(whole, 4000, 3000, aspect=85.6 / 54) == 700


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


@pytest.mark.parametrize("factor", [1, 2])
def test_edge_width_reads_the_same_bands_from_rows_converted_on_demand(sharp_page, factor):
    # the report hands sharpness its rows of grey as they are asked for, not a whole image
    big, big_w, big_h = scale_up(sharp_page, W, H, 2)
    rgba = rgba_from_gray(bytes(box_blur(big, big_w, big_h, 1)))
    width = edge_width(luminance(rgba, big_w, big_h), big_w, big_h, factor=factor)
    assert width is not None
    assert edge_width(lambda tops, count: luminance_rows(rgba, big_w, tops, count), big_w, big_h, factor=factor) == width


def test_edge_width_does_not_depend_on_the_pictures_scale(sharp_page):
    small = edge_width(bytes(box_blur(bytearray(sharp_page), W, H, 1)), W, H)
    big, big_w, big_h = scale_up(sharp_page, W, H, 3)
    large = edge_width(bytes(box_blur(big, big_w, big_h, 3)), big_w, big_h)
    assert abs(large / 3 - small) < 0.35 * small


@pytest.fixture(scope="module")
def big_page():
    return scale_up(bytes(page(W, H)), W, H, 3)


def with_noise(gray: bytes, sigma: float, seed: int) -> bytes:
    rng = random.Random(seed)
    return bytes(max(0, min(255, v + round(rng.gauss(0, sigma)))) for v in gray)


@pytest.mark.parametrize("seed", [1, 2])
def test_sensor_noise_neither_blurs_a_sharp_page_nor_hides_blur(big_page, seed):
    big, big_w, big_h = big_page
    soft = bytes(box_blur(bytearray(big), big_w, big_h, 3))  # a 7 × 7 box: width ≈ 7.5 unnoised
    # night-time noise (σ 10 levels) after the optics, as in a camera
    assert edge_width(with_noise(bytes(big), 10, seed), big_w, big_h) <= 2.5
    assert edge_width(with_noise(soft, 10, seed), big_w, big_h) >= 6


@pytest.mark.parametrize("seed", [1, 2])
def test_noise_on_a_document_with_few_pixels_per_mm_is_judged_at_its_own_scale(sharp_page, seed):
    # At 4 px/mm the limits (0.3–0.4 mm) are 1.2–1.6 px: averaging 3 × 3 blocks against
    # the noise would blur a sharp page past them; edges that narrow clear the noise here.
    soft = bytes(box_blur(bytearray(sharp_page), W, H, 1))  # a 3 × 3 box: 0.75 mm
    assert edge_width(with_noise(sharp_page, 10, seed), W, H, pixels_per_mm=4) <= 1.4
    assert edge_width(with_noise(soft, 10, seed), W, H, pixels_per_mm=4) >= 2.2


def sparse_page(width: int, height: int, seed: int) -> bytearray:
    """Paper with a few short strokes of print, most of it blank (a licence's back, a
    statement's margins): there the noise's slopes far outnumber the edges'."""
    rng = random.Random(seed)
    gray = bytearray([200]) * (width * height)
    for _ in range(60):
        x, y = rng.randrange(20, width - 40), rng.randrange(20, height - 30)
        w, h = (rng.randrange(8, 30), 2) if rng.random() < 0.5 else (2, rng.randrange(8, 30))
        for row in range(y, y + h):
            gray[row * width + x : row * width + x + w] = bytes([40]) * w
    return gray


def test_the_noise_bar_does_not_leap_with_the_noises_level_on_a_sparse_page():
    # The bar is a multiple of the median slope of the noise, a few levels: taken in whole
    # levels it rose by NOISE_Z levels at once, and on a page this blank the edge width
    # leapt from 4.3 to 11 pixels as σ went from 2 to 2.5 and back as it went to 3.
    width, height = 720, 480
    soft = bytes(box_blur(sparse_page(width, height, 3), width, height, 1))  # 3.0 px noise-free
    quad = [(10, 10), (width - 10, 10), (width - 10, height - 10), (10, height - 10)]
    widths = [edge_width(with_noise(soft, sigma, 1), width, height, quad) for sigma in (2, 2.5, 3, 3.5, 4)]
    assert max(widths) < 1.25 * min(widths)


def test_the_noise_does_not_widen_the_edges_of_a_sparse_page():
    # One noise slope in twenty clears the noise's bar; on a page this blank they
    # outnumbered the edges and widened it from 3.0 pixels to 4.1–4.5 (σ 2–4), unless
    # a slope is counted only beside another (an edge runs on).
    width, height = 720, 480
    soft = bytes(box_blur(sparse_page(width, height, 3), width, height, 1))
    quad = [(10, 10), (width - 10, 10), (width - 10, height - 10), (10, height - 10)]
    clean = edge_width(soft, width, height, quad)
    for sigma in (2, 3, 4):
        assert abs(edge_width(with_noise(soft, sigma, 2), width, height, quad) - clean) < 0.15 * clean


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

def test_brightness_blown_share_and_ink(sharp_page):
    brightness, blown, ink = brightness_blown_ink(sharp_page, W, H)
    assert 0.7 < brightness < 0.85 and blown == 0 and ink == 35
    dark = bytes(v // 4 for v in sharp_page)
    assert brightness_blown_ink(dark, W, H)[0] < 0.22
    # three times the light: the paper clips, the ink turns a light grey
    over = bytes(min(255, 3 * v) for v in sharp_page)
    brightness, blown, ink = brightness_blown_ink(over, W, H)
    assert blown > 70 and ink == 105


def test_a_hand_over_a_blown_out_page_takes_only_its_own_area():
    gray = page(W, H, paper=255, ink=200)
    blown = brightness_blown_ink(bytes(gray), W, H)[1]
    for y in range(H // 2, H):  # a hand over the lower right quarter
        gray[y * W + W // 2 : (y + 1) * W] = bytes([120]) * (W // 2)
    assert 0.7 * blown < brightness_blown_ink(bytes(gray), W, H)[1] < 0.8 * blown


# --- colour -------------------------------------------------------------------------

def paint(rgba: bytearray, box, colour, width: int = W) -> None:
    """Fill the box (x0, y0, x1, y1) of an RGBA picture `width` pixels wide with an RGB colour."""
    x0, y0, x1, y1 = box
    for y in range(y0, y1):
        rgba[(y * width + x0) * 4 : (y * width + x1) * 4] = bytes([*colour, 255]) * (x1 - x0)


def blotchy_colour_noise(rgba: bytes, width: int, height: int, blotch: int, sigma: float, seed: int) -> bytes:
    """Each channel plus its own noise, constant over blotch × blotch squares (a phone's
    colour noise after demosaicing, or JPEG's coarse colour)."""
    rng = random.Random(seed)
    out = bytearray(rgba)
    for channel in range(3):
        cells = [[round(rng.gauss(0, sigma)) for _ in range(width // blotch)] for _ in range(height // blotch)]
        offsets = [cells[y // blotch][x // blotch] for y in range(height) for x in range(width)]
        out[channel::4] = bytes(max(0, min(255, v + d)) for v, d in zip(rgba[channel::4], offsets))
    return bytes(out)


def test_patches_are_a_millimetre_and_never_finer_than_the_noise():
    assert patch_side(None) == NOISE_PX
    assert patch_side(3.5) == NOISE_PX  # a page photographed whole: 1 mm is 3–4 px
    assert patch_side(31.6) == 32       # a card filling a 12 MP photo


def test_coloured_share_is_zero_for_grey_and_tinted_grey(sharp_page):
    assert coloured_share(rgba_from_gray(sharp_page), W, H) == 0
    assert coloured_share(rgba_from_gray(sharp_page, (1.1, 1.0, 0.8)), W, H) == 0
    assert coloured_share(rgba_from_gray(sharp_page, (0.85, 0.95, 1.0)), W, H) == 0


def test_coloured_share_is_the_area_in_colour(sharp_page):
    rgba = bytearray(rgba_from_gray(sharp_page))
    # a red seal and a blue band, as on a licence, their edges on the 12-px patch grid:
    # 9 + 80 of the 20 × 13 patches = 34.2 %
    paint(rgba, (24, 24, 60, 60), (200, 40, 40))
    paint(rgba, (0, 96, W, 144), (150, 180, 230))
    assert 33 <= coloured_share(bytes(rgba), W, H) <= 35
    # a warm cast keeps the colours
    warm = bytes(min(255, int(v * k)) for v, k in zip(rgba, [1.0, 0.93, 0.8, 1.0] * (W * H)))
    assert 33 <= coloured_share(warm, W, H) <= 35


def glared(rgba: bytes, cx: int, cy: int, core: int, halo: int) -> bytes:
    """A lamp's reflection: white within `core` pixels of (cx, cy), fading linearly into
    the picture out to `halo`."""
    out = bytearray(rgba)
    for y in range(max(0, cy - halo), min(H, cy + halo + 1)):
        for x in range(max(0, cx - halo), min(W, cx + halo + 1)):
            r = ((x - cx) ** 2 + (y - cy) ** 2) ** 0.5
            white = 1.0 if r <= core else max(0.0, (halo - r) / (halo - core))
            i = 4 * (y * W + x)
            for c in range(3):
                out[i + c] = round(out[i + c] + (255 - out[i + c]) * white)
    return bytes(out)


def test_a_glare_s_halo_is_not_taken_for_the_paper_under_a_warm_light(sharp_page):
    # pale pink and blue, which a lamp's cast left in turns orange, where the skin locus is
    warm = (1.0, 0.87, 0.75)
    rgba = bytearray(rgba_from_gray(sharp_page, warm))
    paint(rgba, (24, 24, 60, 60), tuple(round(v * k) for v, k in zip((235, 150, 150), warm)))
    paint(rgba, (0, 96, W, 144), tuple(round(v * k) for v, k in zip((190, 205, 235), warm)))
    assert 33 <= coloured_share(bytes(rgba), W, H) <= 35
    # its halo, whiter than the paper, is more than the brightest 5 % of the page
    assert coloured_share(glared(bytes(rgba), 150, 50, 18, 36), W, H) >= 30
    # and a grey copy under the same light and glare stays grey
    assert coloured_share(glared(rgba_from_gray(sharp_page, warm), 150, 50, 18, 36), W, H) == 0


def test_a_stroke_thinner_than_a_patch_still_colours_it(sharp_page):
    rgba = bytearray(rgba_from_gray(sharp_page))
    for x in range(30, 210, 24):  # red strokes 3 px wide, a quarter of a patch
        paint(rgba, (x, 0, x + 3, H), (200, 40, 40))
    assert coloured_share(bytes(rgba), W, H) >= 30


def test_a_hand_on_a_grey_copy_is_not_colour(sharp_page):
    rgba = bytearray(rgba_from_gray(sharp_page))
    # a thumb and a palm of two complexions over a fifth of the page, and a wooden edge
    paint(rgba, (0, 40, 50, 120), (224, 172, 140))
    paint(rgba, (180, 100, W, H), (170, 118, 88))
    paint(rgba, (60, 0, W, 12), (150, 104, 64))
    assert coloured_share(bytes(rgba), W, H) == 0


def test_a_coloured_intruder_counts_only_its_own_area(sharp_page):
    rgba = bytearray(rgba_from_gray(sharp_page))
    paint(rgba, (0, 0, 12, H), (40, 60, 110))  # a strip of blue cloth, 5 % of the picture
    whole = coloured_share(bytes(rgba), W, H)
    assert 2 <= whole <= 5
    # inside a found outline, the 3 % inset drops a strip as thin as its error
    quad = [(5, 0), (W, 0), (W, H), (5, H)]
    assert coloured_share(bytes(rgba), W, H, quad) == 0


def test_colour_noise_averages_out_over_a_millimetre_printed_colour_does_not():
    width, height = 480, 360  # a card's corner at 24 px/mm: 20 × 15 mm
    grey = rgba_from_gray(bytes(page(width, height, seed=11)))
    noisy = blotchy_colour_noise(grey, width, height, blotch=6, sigma=6, seed=5)
    # 12-px patches average only 2 × 2 blotches: the noise passes for colour
    assert coloured_share(noisy, width, height) > 2
    # 1 mm = 24 px averages 4 × 4 of them
    assert coloured_share(noisy, width, height, pixels_per_mm=24) < 0.5
    printed = bytearray(grey)
    paint(printed, (0, 144, width, 216), (180, 200, 235), width)  # a pale blue band 3 mm high: 20 %
    printed = blotchy_colour_noise(bytes(printed), width, height, blotch=6, sigma=6, seed=5)
    assert 18 <= coloured_share(printed, width, height, pixels_per_mm=24) <= 22


def sharpened_under_a_lamp(rgba: bytes, tint) -> bytes:
    """Each channel times the lamp's tint, sharpened as a phone does (unsharp mask, 100 %
    over a 3 × 3 box) and only then clipped: beside every stroke the paper is pushed past
    white, the lamp's strongest channel first."""
    out = bytearray(rgba)
    for channel, gain in enumerate(tint):
        plain = bytes(rgba[channel::4])
        soft = box_blur(bytearray(plain), W, H, 1)
        out[channel::4] = bytes(max(0, min(255, round(gain * (2 * v - s)))) for v, s in zip(plain, soft))
    return bytes(out)


def test_a_sharpened_grey_copy_under_a_coloured_lamp_stays_grey(sharp_page):
    grey = rgba_from_gray(sharp_page)
    for lamp in ((1.15, 1.0, 0.8), (1.1, 1.0, 0.7), (0.85, 0.95, 1.15)):
        # the halos clipped in one channel keep only the others' tint: 24-47 % "colour"
        # when they are scaled as they are
        assert coloured_share(sharpened_under_a_lamp(grey, lamp), W, H) < 1


def test_a_sharpened_colour_page_under_a_warm_lamp_keeps_its_colour(sharp_page):
    rgba = bytearray(rgba_from_gray(sharp_page))
    paint(rgba, (24, 24, 60, 60), (200, 40, 40))  # as in test_coloured_share_is_the_area_in_colour
    paint(rgba, (0, 96, W, 144), (150, 180, 230))
    assert 33 <= coloured_share(sharpened_under_a_lamp(bytes(rgba), (1.15, 1.0, 0.8)), W, H) <= 36


def test_only_colour_off_the_skin_locus_counts():
    assert is_coloured(100, 20) and is_coloured(-30, -40) and is_coloured(0, 60)  # red, blue, yellow
    assert not is_coloured(52, 58) and not is_coloured(34, 41)  # skin, dark wood
    assert not is_coloured(6, -8)  # a faint cast


def test_all_white_has_no_colour_to_judge():
    assert coloured_share(bytes([255]) * (4 * W * H), W, H) is None


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
