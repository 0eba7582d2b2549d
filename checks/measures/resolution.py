"""Resolution: pixels along the document's long side.

What a reader of the picture gets is pixels across the document, not pixels of the whole
photo (Smile ID counts "px across the card", src-smile-id). The long side is taken from
the outline (the mean of two opposite sides, so perspective is averaged out).
"""

from __future__ import annotations

from .region import long_side


def document_pixels(quad, width: int, height: int) -> int:
    """Pixels along the document's long side; the picture's long side without an outline."""
    if quad is None:
        return max(width, height)
    return round(long_side(quad))
