"""Synthetic pictures of known strength, built in pure Python (runs in Pyodide too).

A "page" is light paper with dark, text-like strokes; defects are applied with known
strength: box blur of a given radius, a tint, levels squeezed, a blown-out disc.
"""

from __future__ import annotations

import random


def page(width: int, height: int, *, seed: int = 7, paper: int = 215, ink: int = 35,
         margin: int = 0, background: int | None = None) -> bytearray:
    """Grey page with strokes 1–4 px wide and 3–12 px long; optional background border."""
    rng = random.Random(seed)
    gray = bytearray([background if background is not None else paper]) * (width * height)
    for y in range(margin, height - margin):
        gray[y * width + margin : (y + 1) * width - margin] = bytes([paper]) * (width - 2 * margin)
    inner = (margin + 4, margin + 4, width - margin - 16, height - margin - 16)
    for _ in range((inner[2] - inner[0]) * (inner[3] - inner[1]) // 60):
        x, y = rng.randrange(inner[0], inner[2]), rng.randrange(inner[1], inner[3])
        sw, sh = rng.choice([(1, 8), (2, 10), (3, 3), (8, 2), (12, 1), (2, 2)])
        for yy in range(y, y + sh):
            gray[yy * width + x : yy * width + x + sw] = bytes([ink]) * sw
    return gray


def box_blur(gray: bytearray, width: int, height: int, radius: int, *, vertical: bool = True,
             horizontal: bool = True) -> bytearray:
    """Mean over a (2·radius+1) window along rows and/or columns (motion blur if only one)."""
    out = bytearray(gray)
    if radius <= 0:
        return out
    if horizontal:
        for y in range(height):
            row = out[y * width : (y + 1) * width]
            sums = [0]
            for value in row:
                sums.append(sums[-1] + value)
            out[y * width : (y + 1) * width] = bytes(
                (sums[min(width, x + radius + 1)] - sums[max(0, x - radius)]) // (min(width, x + radius + 1) - max(0, x - radius))
                for x in range(width))
    if vertical:
        for x in range(width):
            column = out[x::width]
            sums = [0]
            for value in column:
                sums.append(sums[-1] + value)
            out[x::width] = bytes(
                (sums[min(height, y + radius + 1)] - sums[max(0, y - radius)]) // (min(height, y + radius + 1) - max(0, y - radius))
                for y in range(height))
    return out


def scale_up(gray: bytes, width: int, height: int, factor: int) -> tuple[bytearray, int, int]:
    """Nearest-neighbour enlargement by a whole factor."""
    out = bytearray()
    for y in range(height):
        row = bytes(v for v in gray[y * width : (y + 1) * width] for _ in range(factor))
        out += row * factor
    return out, width * factor, height * factor


def rgba_from_gray(gray: bytes, tint=(1.0, 1.0, 1.0)) -> bytes:
    """RGBA with each channel the grey level times its tint."""
    out = bytearray(len(gray) * 4)
    for channel, gain in enumerate(tint):
        out[channel::4] = bytes(min(255, int(v * gain + 0.5)) for v in gray)
    out[3::4] = b"\xff" * len(gray)
    return bytes(out)


def disc(gray: bytearray, width: int, cx: int, cy: int, radius: int, level: int = 255) -> None:
    """Paint a filled disc (a blown-out reflection) in place."""
    for y in range(cy - radius, cy + radius + 1):
        half = int((radius * radius - (y - cy) ** 2) ** 0.5)
        gray[y * width + cx - half : y * width + cx + half + 1] = bytes([level]) * (2 * half + 1)


def gaussian_noise(gray, sigma: float, *, seed: int = 1) -> bytes:
    """Grey levels with Gaussian noise of deviation `sigma` added, clipped to 0..255."""
    rng = random.Random(seed)
    return bytes(min(255, max(0, round(value + rng.gauss(0, sigma)))) for value in gray)
