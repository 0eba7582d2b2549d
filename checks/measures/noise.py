"""The standard deviation of an image's noise, from its flattest blocks.

Immerkær (1996, "Fast noise variance estimation", Computer Vision and Image
Understanding 64(2)): the mask

     1 -2  1
    -2  4 -2
     1 -2  1

(the difference of two Laplacians) is zero on any plane and on a ramp, so on smooth
image structure it reads only the noise; for Gaussian noise of deviation sigma its
absolute response has the mean sigma * 6 * sqrt(2 / pi). Edges and texture add to it,
so the mean is taken per block and read from the flattest blocks, after the
block-based estimators surveyed by Lee & Hoppel (1989) and Shin, Park & Kang (2005).
Every step runs over packed 16-bit lanes (see `checks.pixels`).
"""

from __future__ import annotations

import math

from ..pixels import LANE_BIAS, absolute_lanes, block_average, greater_equal_lanes, lanes, quantile, repeated

# |response| is kept in half units up to this many grey levels: a block's mean then fits
# one byte, and the few strong responses (edges) weigh no more than a noisy pixel could.
CLIP = 127

# sigma per grey level of mean |response| (see the module's docstring).
SIGMA_PER_RESPONSE = math.sqrt(math.pi / 2) / 6


def noise_sigma(gray: bytes, width: int, height: int, block: int, share: float) -> float:
    """Immerkær's noise deviation, in grey levels, of the blocks of `block` × `block`
    pixels at the `share` quantile (0 < share <= 1) of their mean absolute response:
    share 0.1 reads the flattest tenth. 0.0 for an image smaller than one block."""
    n = width * height
    if width < block + 2 or height < block + 2:
        return 0.0
    mask = (1 << (16 * n)) - 1
    ones = repeated(1, n, 2)
    row = 16 * width
    a = lanes(gray[:n], 2)
    # 1 -2 1 across, biased by 2 * 255 so that no lane goes negative: at most 1020.
    across = ((a << 16) & mask) + (a >> 16) + 510 * ones - (a << 1)
    # 1 -2 1 down (the biases cancel), lifted by LANE_BIAS so that no lane goes negative.
    both = ((across << row) & mask) + (across >> row) + LANE_BIAS * ones - (across << 1)
    response = absolute_lanes(both, ones, 0x3FFF * ones)
    # In half levels, saturated at 2 * CLIP.
    over = greater_equal_lanes(response, CLIP * ones, 0x8000 * ones, ones)
    magnitude = ((response << 1) & ((ones - over) * 0xFFFF)) | (over * 2 * CLIP)
    responses = magnitude.to_bytes(2 * n, "little")[0::2]
    # The outer rows and columns wrapped around: drop them.
    inner = b"".join(responses[y * width + 1 : (y + 1) * width - 1] for y in range(1, height - 1))
    means, _, _ = block_average(inner, width - 2, height - 2, block, block)
    return quantile(means, share) / 2 * SIGMA_PER_RESPONSE
