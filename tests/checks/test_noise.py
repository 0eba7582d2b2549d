"""Immerkær's noise estimate reads the noise, not the picture's structure."""

import math

import pytest

from checks.measures.noise import CLIP, SIGMA_PER_RESPONSE, noise_sigma
from tests.checks.synthetic import gaussian_noise, page


def plain_estimate(gray, width, height, block, share):
    """The same estimate, computed pixel by pixel."""
    means = []
    for by in range(1, height - 1 - block + 1, block):
        for bx in range(1, width - 1 - block + 1, block):
            total = 0
            for y in range(by, by + block):
                a, b, c = (gray[(y + d) * width : (y + d + 1) * width] for d in (-1, 0, 1))
                for x in range(bx, bx + block):
                    across = [r[x - 1] - 2 * r[x] + r[x + 1] for r in (a, b, c)]
                    total += 2 * min(CLIP, abs(across[0] - 2 * across[1] + across[2]))
            means.append((total + block**2 // 2) // block**2)  # half levels, as the lanes hold them
    means.sort()
    at = max(0, math.ceil(share * len(means)) - 1)
    return means[at] / 2 * SIGMA_PER_RESPONSE


@pytest.mark.parametrize("sigma", [1.0, 2.0, 4.0])
def test_the_deviation_of_gaussian_noise_on_flat_grey_is_found(sigma):
    width, height = 130, 98
    gray = gaussian_noise(bytes([128]) * (width * height), sigma, seed=int(10 * sigma))
    # the flattest tenth of the blocks reads a little low: the median is the unbiased one
    assert noise_sigma(gray, width, height, 16, 0.5) == pytest.approx(sigma, rel=0.1)
    assert noise_sigma(gray, width, height, 16, 0.1) == pytest.approx(sigma, rel=0.2)


def test_a_ramp_and_print_on_paper_read_as_no_noise_in_their_flattest_blocks():
    width, height = 120, 100
    ramp = bytes(10 + x + y for y in range(height) for x in range(width))
    assert noise_sigma(ramp, width, height, 16, 0.1) == 0.0
    printed = bytes(page(width, height, margin=30, background=90))
    assert noise_sigma(printed, width, height, 16, 0.1) == 0.0
    assert noise_sigma(gaussian_noise(printed, 2.0, seed=3), width, height, 16, 0.1) == pytest.approx(2.0, rel=0.25)


@pytest.mark.parametrize("share", [0.1, 0.5, 1.0])
def test_lanes_agree_with_a_plain_computation(share):
    width, height = 67, 53
    gray = gaussian_noise(bytes(page(width, height, margin=8, background=60)), 1.5, seed=5)
    assert noise_sigma(gray, width, height, 8, share) == pytest.approx(plain_estimate(gray, width, height, 8, share))


def test_an_image_smaller_than_a_block_has_no_estimate():
    assert noise_sigma(bytes(17 * 17), 17, 17, 16, 0.1) == 0.0
