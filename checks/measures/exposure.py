"""Exposure of the document: its brightness, the share of it blown out to white, and how
light its darkest print has become.

Brightness is the mean grey level / 255, the measure Innovatrics bounds from below at
0.25 (src-innovatrics): too dark to read.

Over-exposure is judged by what it destroys. Light beyond the sensor's range clips the
paper and every print lighter than the clipping point to the same white, and that print
is gone. `blown` is the share of the document whose grey level, averaged over the
working copy's blocks, is at least BLOWN: a block is blown only when all of it is white,
so a block with any print left in it does not count. An area share holds when a hand or
a strip of background lies inside the outline (they only take their own area from it).
`ink` is the 2nd-percentile grey level, the darkest print: black ink reflects about a
twentieth of what paper does, so in a well-exposed picture it stays dark; when it has
been lifted to a mid grey, the light was many times too strong for the paper, and all
but the darkest print is clipped with it.
"""

from __future__ import annotations

from ..pixels import histogram, percentile
from .region import gather, row_spans

# A block averaging this high is white all over (JPEG and sensor noise stay below 5 levels).
BLOWN = 250


def brightness_blown_ink(gray: bytes, width: int, height: int, quad=None) -> tuple[float, float, int] | None:
    """(brightness 0–1 rounded to 0.01, % of the document blown to white rounded to 0.1,
    the 2nd-percentile grey level) inside the quad; None if it holds no pixel."""
    counts = histogram(gather(gray, width, row_spans(quad, width, height)))
    n = sum(counts)
    if n == 0:
        return None
    mean = sum(value * count for value, count in enumerate(counts)) / n
    blown = sum(counts[BLOWN:]) / n
    return round(mean / 255, 2), round(100 * blown, 1), percentile(counts, 0.02)
