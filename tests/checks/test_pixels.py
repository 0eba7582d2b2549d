"""Whole-buffer pixel operations agree with a plain per-pixel computation."""

import random
import statistics

import pytest

from checks.pixels import (
    abs_difference_lanes, absolute_lanes, at_least_lanes, block_average, count_at_least, greater_equal_lanes,
    grouped_median, luminance, luminance_rows, quantile, repeated, shrink_factor, shrunk_luminance, tint, top_level,
)


def random_bytes(count, seed):
    rng = random.Random(seed)
    return bytes(rng.randrange(256) for _ in range(count))


def test_luminance_is_within_one_and_a_half_levels_of_bt601():
    width, height = 37, 23
    rgba = random_bytes(width * height * 4, 1)
    gray = luminance(rgba, width, height)
    assert len(gray) == width * height
    for i, level in enumerate(gray):
        r, g, b = rgba[4 * i : 4 * i + 3]
        assert abs(level - (0.299 * r + 0.587 * g + 0.114 * b)) <= 1.5


def test_luminance_keeps_black_white_and_grey():
    rgba = bytes([0, 0, 0, 255, 255, 255, 255, 0, 128, 128, 128, 255])
    assert luminance(memoryview(rgba), 3, 1) == bytes([0, 255, 128])


def test_luminance_rejects_a_short_buffer():
    with pytest.raises(ValueError):
        luminance(bytes(11), 3, 1)


@pytest.mark.parametrize("longest", [64, 20, 13, 5, 1])
def test_shrunk_luminance_is_the_grey_image_shrunk(longest):
    width, height = 37, 23
    rgba = random_bytes(width * height * 4, 7)
    factor = shrink_factor(width, height, longest)
    assert shrunk_luminance(rgba, width, height, longest) == block_average(luminance(rgba, width, height), width, height, factor, factor)


@pytest.mark.parametrize("tops", [[0, 5, 11], [3, 4, 6, 7], [20]])
def test_luminance_rows_are_the_grey_images_rows(tops):
    width, height = 37, 23
    rgba = random_bytes(width * height * 4, 8)
    gray = luminance(rgba, width, height)
    assert luminance_rows(rgba, width, tops, 3) == b"".join(gray[top * width : (top + 3) * width] for top in tops)


def test_tint_is_within_a_level_of_half_blue_minus_red():
    width, height = 37, 23
    rgba = random_bytes(width * height * 4, 3)
    hue = tint(rgba, width, height, 1)
    assert len(hue) == width * height
    for i, level in enumerate(hue):
        r, _, b = rgba[4 * i : 4 * i + 3]
        assert abs(level - (b - r + 255) / 2) <= 1


def test_tint_of_grey_is_the_middle_and_of_red_and_blue_the_ends():
    rgba = bytes([0, 0, 0, 255, 200, 200, 200, 255, 255, 0, 0, 255, 0, 0, 255, 255])
    assert tint(rgba, 4, 1, 1) == bytes([127, 127, 0, 254])


@pytest.mark.parametrize("factor", [2, 3, 5])
def test_tint_shrunk_is_the_mean_of_each_blocks_middle_row_at_the_grey_images_size(factor):
    width, height = 37, 23
    rgba = random_bytes(width * height * 4, 4)
    hue = tint(rgba, width, height, factor)
    longest = -(-max(width, height) // factor)
    assert shrink_factor(width, height, longest) == factor
    _, out_w, out_h = shrunk_luminance(rgba, width, height, longest)
    assert len(hue) == out_w * out_h == (width // factor) * (height // factor)
    for y in range(out_h):
        row = y * factor + factor // 2
        for x in range(out_w):
            block = [rgba[4 * (row * width + x * factor + k) : 4 * (row * width + x * factor + k) + 3] for k in range(factor)]
            exact = sum((b - r + 255) / 2 for r, _, b in block) / factor
            assert abs(hue[y * out_w + x] - exact) <= 1.5  # a level per pixel, half of one rounding the mean


@pytest.mark.parametrize("fx, fy", [(2, 2), (3, 3), (5, 2), (3, 1), (7, 7), (17, 17), (40, 40)])
def test_block_average_is_the_rounded_mean_of_each_block(fx, fy):
    width, height = 37, 23
    gray = random_bytes(width * height, 2)
    out, out_w, out_h = block_average(gray, width, height, fx, fy)
    fx, fy = min(fx, width), min(fy, height)
    assert (out_w, out_h) == (width // fx, height // fy)
    for y in range(out_h):
        for x in range(out_w):
            block = [gray[(y * fy + j) * width + x * fx + i] for j in range(fy) for i in range(fx)]
            assert out[y * out_w + x] == (2 * sum(block) + len(block)) // (2 * len(block))


def test_shrunk_luminance_fits_the_longest_side_and_keeps_small_images():
    rgba = random_bytes(50 * 30 * 4, 3)
    assert shrunk_luminance(rgba, 50, 30, 64) == (luminance(rgba, 50, 30), 50, 30)
    out, w, h = shrunk_luminance(rgba, 50, 30, 20)
    assert max(w, h) <= 20 and (w, h) == (16, 10)
    assert shrink_factor(50, 30, 20) == 3


def test_shrunk_luminance_of_a_long_thin_image_keeps_one_row():
    rgba = bytes(v for level in range(200) for v in (level, level, level, 255)) * 5
    out, w, h = shrunk_luminance(rgba, 1000, 1, 100)
    assert (w, h) == (100, 1)
    first = luminance(rgba, 10, 1)
    assert out[0] == (2 * sum(first) + 10) // 20  # the mean of the first ten, rounded half up


def lanes_of(data: bytes) -> int:
    return int.from_bytes(data, "little")


def test_abs_difference_lanes_is_exact():
    every = bytes(range(256)) * 256  # every pair of levels, side by side: no borrow crosses
    other = bytes(v for v in range(256) for _ in range(256))
    for a, b in ((random_bytes(3000, 4), random_bytes(3000, 5)), (bytes([0, 255]), bytes([255, 0])), (every, other)):
        high = repeated(0x80, len(a), 1)
        found = abs_difference_lanes(lanes_of(a), lanes_of(b), high).to_bytes(len(a), "little")
        assert list(found) == [abs(y - x) for x, y in zip(a, b)]


@pytest.mark.parametrize("level", [1, 6, 127, 128, 129, 200, 255])
def test_at_least_lanes_marks_the_bytes_at_or_above_the_level(level):
    data = bytes(range(256)) * 3 + random_bytes(1000, 9)
    found = at_least_lanes(lanes_of(data), level, repeated(0x80, len(data), 1)).to_bytes(len(data), "little")
    assert list(found) == [0x80 if v >= level else 0 for v in data]


@pytest.mark.parametrize("fx, fy", [(2, 2), (3, 3), (16, 16), (17, 17)])
def test_block_average_of_white_stays_white(fx, fy):
    # the largest sums: in 2-byte lanes up to 16 × 16 blocks, in 4-byte lanes beyond
    assert block_average(bytes([255]) * (37 * 23), 37, 23, fx, fy)[0] == bytes([255]) * ((37 // fx) * (23 // fy))


def test_count_at_least_and_top_level():
    data = bytes(range(100))  # 0..99 once each
    assert count_at_least(data, 90) == 10 and count_at_least(data, 0) == 100 and count_at_least(data, 300) == 0
    # among values >= 50 (50 of them), the top 10 % start at 95
    assert top_level(data, 0.1, 50) == 95
    assert top_level(data, 1.0, 50) == 50


def test_grouped_median_is_the_statistics_modules():
    rng = random.Random(8)
    for count in (1, 2, 7, 1000):
        for low_levels in (True, False):  # slopes of noise are a few levels; any byte too
            data = bytes(rng.randrange(8 if low_levels else 256) for _ in range(count))
            assert grouped_median(data) == pytest.approx(statistics.median_grouped(list(data)), abs=1e-12)


def test_grouped_median_moves_as_little_as_the_values_do():
    # half the values at or below 3: the plain median sits on the step between 3 and 4
    data = bytes([1, 2, 3] * 300 + [4, 5, 6] * 300)
    nudged = bytes([1, 2, 3] * 300 + [3] * 3 + [4, 5, 6] * 299)  # three 4s become 3s
    assert top_level(data, 0.5) != top_level(nudged, 0.5)
    assert abs(grouped_median(data) - grouped_median(nudged)) < 0.02


@pytest.mark.parametrize("share", [0.02, 0.5, 0.98, 1.0])
def test_quantile_is_the_smallest_level_with_that_share_at_or_below_it(share):
    for data in (random_bytes(997, 6), bytes([7]) * 50, bytes([0, 255]) * 9 + bytes([128])):
        ranked = sorted(data)
        expected = next(v for v in range(256) if sum(1 for x in ranked if x <= v) >= share * len(data))
        assert quantile(data, share) == expected


def test_sixteen_bit_lane_comparisons_and_absolute_values_are_exact():
    rng = random.Random(4)
    a = [rng.randrange(1 << 15) for _ in range(300)] + [0, 1 << 14, (1 << 15) - 1]
    b = [rng.randrange(1 << 15) for _ in range(300)] + [0, 1 << 14, 0]
    pack = lambda values: int.from_bytes(b"".join(v.to_bytes(2, "little") for v in values), "little")
    unpack = lambda value: list(memoryview(value.to_bytes(2 * len(a), "little")).cast("H"))
    ones = repeated(1, len(a), 2)
    assert unpack(greater_equal_lanes(pack(a), pack(b), 0x8000 * ones, ones)) == [int(x >= y) for x, y in zip(a, b)]
    assert unpack(absolute_lanes(pack(a), ones, 0x3FFF * ones)) == [abs(x - (1 << 14)) for x in a]
