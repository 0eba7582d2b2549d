"""How a document sits in the picture: margins to the borders, and which sides are cut off.

Pure geometry on the outline's four corners (from `outline.find_outline`), in the same
coordinates as the picture (which spans [0, width] × [0, height]). A margin is the gap
between the document and one border as a share of the picture's shorter side, so that
one limit is the same number of pixels at every border (a frame of even width all
round, as a seller sees it); it is negative when the document reaches past the border. Capture SDKs frame the same way: Microblink BlinkID
keeps a document 2 % away from every edge of the image; Regula checks the gap between
each corner and the image edge.
"""

from __future__ import annotations

from .outline_quads import area

SIDES = ("top", "right", "bottom", "left")


def margins(corners, width: float, height: float) -> dict[str, float]:
    """Gap between the document and each border, as a share of the picture's shorter side."""
    xs = [x for x, _ in corners]
    ys = [y for _, y in corners]
    side = min(width, height)
    return {
        "top": min(ys) / side,
        "right": (width - max(xs)) / side,
        "bottom": (height - max(ys)) / side,
        "left": min(xs) / side,
    }


def smallest_margin(corners, width: float, height: float) -> float:
    """The smallest of the four margins (negative when part of the document is outside)."""
    return min(margins(corners, width, height).values())


def sides_within(corners, width: float, height: float, limit: float) -> list[str]:
    """The picture's borders the document comes within `limit` of, in SIDES order.

    With limit 0 these are the borders the document reaches or passes (an outline closed
    along a border has a margin of exactly 0 there); with a small positive limit (such as
    0.02) also those it nearly touches.
    """
    gaps = margins(corners, width, height)
    return [side for side in SIDES if gaps[side] <= limit + 1e-9]


def outside_share(corners, width: float, height: float) -> float:
    """Share of the document's area that lies outside the picture (0 when all inside)."""
    whole = abs(area(corners))
    if whole <= 0:
        return 0.0
    inside = abs(area(_clip_to_box(list(corners), width, height)))
    return max(0.0, 1.0 - inside / whole)


def _clip_to_box(points, width, height):
    """Sutherland–Hodgman clipping (1974) of a polygon to the picture's rectangle."""
    for axis, bound, keep_below in ((0, 0.0, False), (0, width, True), (1, 0.0, False), (1, height, True)):
        if not points:
            break
        out = []
        for k in range(len(points)):
            p, q = points[k - 1], points[k]
            p_in = p[axis] <= bound if keep_below else p[axis] >= bound
            q_in = q[axis] <= bound if keep_below else q[axis] >= bound
            if q_in != p_in:
                t = (bound - p[axis]) / (q[axis] - p[axis])
                out.append((p[0] + t * (q[0] - p[0]), p[1] + t * (q[1] - p[1])))
            if q_in:
                out.append(q)
        points = out
    return points
