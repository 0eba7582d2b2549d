"""Sharpness under light that varies across the document: a shadow is not a blur.

A hand's or a phone's shadow multiplies the grey levels of part of the page by a factor
(here 0.4–0.55, with a soft penumbra); the edges inside it are as sharp as in the light.
The measure must read the same width with and without the shadow, for a sharp page and
for a blurred one (so a shadow neither fails a sharp photo nor hides a blur).
"""

import random

import pytest

from checks.measures.sharpness import edge_width

from .synthetic import box_blur, page

W, H = 360, 240


def shadowed(gray: bytes, light: float, reach: float, penumbra: int) -> bytes:
    """The columns left of `reach` (share of the width) lit at `light`, rising to full
    light over `penumbra` pixels."""
    out = bytearray(gray)
    for x in range(W):
        t = min(1.0, max(0.0, (x - reach * W) / penumbra + 0.5))
        gain = light + (1 - light) * t
        out[x::W] = bytes(round(v * gain) for v in gray[x::W])
    return bytes(out)


def with_noise(gray: bytes, sigma: float, seed: int) -> bytes:
    """Sensor noise, added after the light (as in a camera)."""
    rng = random.Random(seed)
    return bytes(max(0, min(255, v + round(rng.gauss(0, sigma)))) for v in gray)


@pytest.fixture(scope="module")
def pages():
    sharp = page(W, H)
    return {radius: bytes(box_blur(bytearray(sharp), W, H, radius)) for radius in (0, 1, 2)}


@pytest.mark.parametrize("radius", [0, 1, 2])
@pytest.mark.parametrize("light, reach", [(0.55, 0.6), (0.55, 0.85), (0.4, 0.7)])
def test_a_shadow_across_the_page_leaves_its_edge_width(pages, radius, light, reach):
    lit = edge_width(with_noise(pages[radius], 2, 1), W, H)
    dark = edge_width(with_noise(shadowed(pages[radius], light, reach, 40), 2, 1), W, H)
    assert abs(dark - lit) <= 0.1 * lit + 0.1, (lit, dark)
