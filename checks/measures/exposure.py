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

Clipping also erases edges: where the paper and what lies beyond it are both clipped,
the page's edge is gone, and the outline finder can only close on what kept its contrast
— a printed band or box on the page, or an object beside a washed-out card. So when
the print inside the outline has been lifted past mid grey (`lifted`, the profile's
level), the clipped area joined to the outline counts as document too: as far as the
picture shows, the document may reach anywhere into it. The joined area is found by
morphological reconstruction (Vincent, "Morphological grayscale reconstruction in image
analysis", IEEE Trans. Image Processing 2(2), 1993): the outline grown through clipped
cells of a coarse grid. Print as dark as a well-exposed picture keeps shows that its
paper is not clipped, so clipped white around it is background — a scanner's lid, a
white desk — and is left out.
"""

from __future__ import annotations

from collections import deque

from ..pixels import block_average, count_at_least, quantile
from .region import gather, row_spans

# A block averaging this high is white all over (JPEG and sensor noise stay below 5 levels).
BLOWN = 250
# The clipped area around the outline is traced on a grid of about this many cells along
# the picture's longest side (cells of 8 pixels on a 720-pixel working copy): a few
# thousand cells to flood, yet finer than a page's blank margins (a 10 mm margin of an
# A4 page filling the picture is 3 cells wide), which join its clipped areas.
GRID_SIDE = 90
_CLIPPED = bytes(value >= BLOWN for value in range(256))


def brightness_blown_ink(
    gray: bytes, width: int, height: int, quad=None, *, lifted: int | None = None
) -> tuple[float, float, int] | None:
    """(brightness 0–1 rounded to 0.01, % of the document blown to white rounded to 0.1,
    the 2nd-percentile grey level) inside the quad; None if it holds no pixel. When that
    print is lighter than the grey level `lifted`, the blown share counts the clipped area
    joined to the quad as document too."""
    inside = gather(gray, width, row_spans(quad, width, height))
    n = len(inside)
    if n == 0:
        return None
    mean = sum(inside) / n
    blown = count_at_least(inside, BLOWN)
    ink = quantile(inside, 0.02)
    if quad is not None and lifted is not None and ink > lifted:
        joined = clipped_around(gray, width, height, quad)
        blown, n = blown + joined, n + joined
    return round(mean / 255, 2), round(100 * blown / n, 1), ink


def clipped_around(gray: bytes, width: int, height: int, quad) -> int:
    """Pixels of the clipped area joined to the quad, outside it: the quad grown through
    4-connected grid cells whose mean is at least BLOWN (a breadth-first flood fill)."""
    side = max(1, -(-max(width, height) // GRID_SIDE))
    cells, cols, rows = block_average(gray, width, height, side, side)
    clipped = cells.translate(_CLIPPED)
    seen = bytearray(cols * rows)
    for row, x0, x1 in row_spans([(x / side, y / side) for x, y in quad], cols, rows):
        seen[row * cols + x0 : row * cols + x1] = b"\x01" * (x1 - x0)
    todo = deque(i for i, inside in enumerate(seen) if inside)
    joined = 0
    while todo:
        i = todo.popleft()
        x = i % cols
        for j in (i - 1 if x > 0 else -1, i + 1 if x < cols - 1 else -1, i - cols, i + cols):
            if 0 <= j < len(seen) and clipped[j] and not seen[j]:
                seen[j] = 1
                joined += 1
                todo.append(j)
    return joined * side * side
