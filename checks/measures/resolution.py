"""Resolution: pixels along the document's long side.

What a reader of the picture gets is pixels across the document, not pixels of the whole
photo (Smile ID counts "px across the card", src-smile-id). The long side is taken from
the outline (the mean of two opposite sides, so perspective is averaged out).

A document that runs out of the picture shows only part of its long side. When its shape
is known (an ID-1 card, an A-series page), the long side is then at least the aspect
ratio times the short side, which a cut across the long sides leaves whole: otherwise a
cut-off card would also be reported as too small, which it need not be.
"""

from __future__ import annotations

from .region import side_lengths


def document_pixels(quad, width: int, height: int, aspect: float | None = None, tolerance: float = 1.0) -> int:
    """Pixels along the document's long side; the picture's long side without an outline.
    `aspect` (long / short side) is used only when a corner lies beyond the border or
    within `tolerance` pixels of it."""
    if quad is None:
        return max(width, height)
    long, short = side_lengths(quad)
    if aspect and any(min(x, y, width - x, height - y) <= tolerance for x, y in quad):
        long = max(long, aspect * short)
    return round(long)
