"""Where the document is: row spans inside its outline, its size, scaling of corners.

Not a measure itself; the measures use it to look only at the document. A quad is four
(x, y) corners, clockwise from top-left, in the coordinates of the image it is used on.
"""

from __future__ import annotations

from math import hypot


def scale_quad(quad, factor: float):
    """The quad in an image `factor` times larger."""
    return [(x * factor, y * factor) for x, y in quad]


def centre(quad) -> tuple[float, float]:
    """The mean of the corners (summed from lists: a generator costs twice as much in
    Pyodide, and this runs for every quad whose contrast is read)."""
    return sum([x for x, _ in quad]) / 4, sum([y for _, y in quad]) / 4


def inward_normal(p, q, middle) -> tuple[float, float] | None:
    """The unit normal of the segment p-q that points to the side where the point `middle`
    lies (a quad's centre, for one of its sides), or None for a segment of no length."""
    length = hypot(q[0] - p[0], q[1] - p[1])
    if length <= 0:
        return None
    nx, ny = (q[1] - p[1]) / length, (p[0] - q[0]) / length
    if nx * (middle[0] - p[0]) + ny * (middle[1] - p[1]) < 0:
        nx, ny = -nx, -ny
    return nx, ny


def inset_quad(quad, share: float):
    """The quad shrunk towards its centre by `share` of its size on every side."""
    cx, cy = centre(quad)
    keep = 1 - 2 * share
    return [(cx + (x - cx) * keep, cy + (y - cy) * keep) for x, y in quad]


def quad_area(quad) -> float:
    """Area by the shoelace formula."""
    total = 0.0
    for i in range(4):
        x0, y0 = quad[i]
        x1, y1 = quad[(i + 1) % 4]
        total += x0 * y1 - x1 * y0
    return abs(total) / 2


def side_lengths(quad) -> tuple[float, float]:
    """The document's (long, short) side: the means of the two pairs of opposite sides."""
    sides = [hypot(quad[(i + 1) % 4][0] - quad[i][0], quad[(i + 1) % 4][1] - quad[i][1]) for i in range(4)]
    pair_a, pair_b = (sides[0] + sides[2]) / 2, (sides[1] + sides[3]) / 2
    return max(pair_a, pair_b), min(pair_a, pair_b)


def row_spans(quad, width: int, height: int, step: int = 1) -> list[tuple[int, int, int]]:
    """(y, x0, x1) for rows y = 0, step, 2·step…: pixels x0 <= x < x1 of row y lie inside the quad.

    The quad must be convex (any corner order). None means the whole image.
    Rows that miss the quad are left out; spans are clipped to the image.
    """
    if quad is None:
        return [(y, 0, width) for y in range(0, height, step)]
    edges = [(quad[i], quad[(i + 1) % 4]) for i in range(4)]
    top = max(0, int(min(y for _, y in quad)))
    bottom = min(height, int(max(y for _, y in quad)) + 1)
    spans = []
    for y in range(top - top % step, bottom, step):
        centre = y + 0.5
        xs = []
        for (xa, ya), (xb, yb) in edges:
            if (ya <= centre < yb) or (yb <= centre < ya):
                xs.append(xa + (centre - ya) * (xb - xa) / (yb - ya))
        if len(xs) >= 2:
            x0 = max(0, int(min(xs) + 0.5))
            x1 = min(width, int(max(xs) + 0.5))
            if x1 > x0:
                spans.append((y, x0, x1))
    return spans


def gather(gray: bytes, width: int, spans) -> bytes:
    """The pixels of `gray` inside the spans, row after row."""
    return b"".join(gray[y * width + x0 : y * width + x1] for y, x0, x1 in spans)
