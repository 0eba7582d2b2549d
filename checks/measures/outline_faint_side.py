"""A document's side that the edge map lost, found where a border stands in for it.

When a card lies near the picture's border on a busy surface (newspaper, a check cloth,
tiles), surround suppression takes its side there for part of the texture, and the quad
search closes the card with the border instead: a whole card then reads as cut off. Its
side is still a step in brightness all along its length (the card's face on one side,
the surface on the other), even where no single pixel stands out from the texture.

The side is looked for between the border and the opposite side, as a segment joining
the two sides that meet the border, with the difference-of-averages edge operator
(Rosenfeld & Thurston 1971, "Edge and curve detection for visual scene analysis", IEEE
Trans. Computers C-20(5)): at places along the segment, the mean grey of a band just
inside it against one just outside. A real side differs in the same direction at nearly
every place (a sign test); print on a card that is really cut off (a photo's frame, a
column of text) does so along only part of the card. The whole quad must also have the
document's shape (`outline_shape`), so a card that is really cut off by more than a
sliver (which would come out too short) stays cut off.
"""

from __future__ import annotations

import math

from .outline_shape import rectangle_shape

# The side is looked for within this share of the cut quad's extent from the border: the
# lost sides seen lay 4-10 % in (held-out seeds 908000-908119), and the search's cost grows
# with the square of its reach.
REACH = 0.3
STEP = 2  # working pixels between the ends of candidate sides (then refined to 1)
# A candidate side turns at most this much from the opposite side: perspective makes the
# two converge by a few degrees at the tilts a phone photo has (bench: pitch and yaw ±10°).
TURN = math.radians(8)
PLACES = 16  # places along a candidate side where the bands are compared
DEPTHS = (2.0, 4.0)  # pixels from the side where the inner and outer bands are read
# A step counts where the bands differ by at least this many grey levels, the same way as
# at most places (a clear boundary is 12 levels: outline_quads.FULL_CONTRAST).
MIN_STEP = 6.0
AGREEMENT = 0.85  # share of places that must show the step
# The whole quad's recovered aspect ratio lies within this log-ratio of the document's
# (outline_quads.ASPECT_SPREAD: the aspect prior's width).
ASPECT_SLACK = 0.15


def faint_side(gray, width: int, height: int, corners, virtual, aspect: float):
    """The corners of the whole quad when the one side of `corners` (in order around it,
    side k running from corner k − 1 to corner k) that `virtual` marks as a border is
    really a faint side of the document lying inside the picture; else None."""
    if sum(virtual) != 1 or not all(-1 <= x <= width + 1 and -1 <= y <= height + 1 for x, y in corners):
        return None
    v = virtual.index(True)
    # The border side runs from p0 to q0; the sides meeting it run on to p1 and q1.
    p0, q0 = corners[v - 1], corners[v]
    p1, q1 = corners[v - 2], corners[(v + 1) % 4]
    opposite = math.atan2(q1[1] - p1[1], q1[0] - p1[0])
    centre = (sum(x for x, _ in corners) / 4, sum(y for _, y in corners) / 4)
    span_p, span_q = math.dist(p0, p1), math.dist(q0, q1)
    if min(span_p, span_q) < 4 * STEP:
        return None

    def end(a, b, span, n, step):
        return a[0] + (b[0] - a[0]) * n * step / span, a[1] + (b[1] - a[1]) * n * step / span

    def strongest(pool, step):
        """The strongest agreeing candidate (strength, (i, j), p, q) of the pool, or None."""
        best = None
        for i, j in pool:
            p, q = end(p0, p1, span_p, i, step), end(q0, q1, span_q, j, step)
            turn = abs((math.atan2(q[1] - p[1], q[0] - p[0]) - opposite + math.pi / 2) % math.pi - math.pi / 2)
            if turn > TURN:
                continue
            agreement, strength = _step_along(gray, width, height, p, q, centre)
            if agreement >= AGREEMENT and (best is None or strength > best[0]):
                best = strength, (i, j), p, q
        return best

    # every STEP pixels along both sides, then every pixel around the strongest
    reach_p, reach_q = int(REACH * span_p / STEP), int(REACH * span_q / STEP)
    best = strongest([(i, j) for i in range(1, reach_p + 1) for j in range(1, reach_q + 1)], STEP)
    if best is None:
        return None
    k = int(STEP)
    i0, j0 = best[1][0] * k, best[1][1] * k
    best = strongest([(i, j) for i in range(i0 - k + 1, i0 + k) for j in range(j0 - k + 1, j0 + k)], 1.0) or best
    _, _, p, q = best
    whole = list(corners)
    whole[v - 1], whole[v] = p, q
    ratio, _ = rectangle_shape(whole, width, height)
    if abs(math.log(ratio / aspect)) > ASPECT_SLACK:
        return None
    return tuple(whole)


def _step_along(gray, width, height, p, q, centre):
    """(share of PLACES where the inner band differs from the outer by MIN_STEP in the
    majority's direction, those differences summed over all PLACES) along the segment
    p-q; (0, 0) as soon as neither direction can reach AGREEMENT."""
    length = math.dist(p, q)
    if length <= 0:
        return 0.0, 0.0
    nx, ny = (q[1] - p[1]) / length, -(q[0] - p[0]) / length
    if nx * (centre[0] - p[0]) + ny * (centre[1] - p[1]) < 0:  # point the normal inwards
        nx, ny = -nx, -ny
    offsets = [(depth * nx, depth * ny) for depth in DEPTHS]
    allowed = PLACES - math.ceil(AGREEMENT * PLACES)  # places that may lack the step
    lighter, darker = [], []
    for m in range(PLACES):
        u = (m + 0.5) / PLACES
        px, py = p[0] + (q[0] - p[0]) * u, p[1] + (q[1] - p[1]) * u
        step = 0
        for dx, dy in offsets:
            xi, yi, xo, yo = int(px + dx), int(py + dy), int(px - dx), int(py - dy)
            if not (0 <= xi < width and 0 <= yi < height and 0 <= xo < width and 0 <= yo < height):
                return 0.0, 0.0
            step += gray[yi * width + xi] - gray[yo * width + xo]
        step /= len(DEPTHS)
        if step >= MIN_STEP:
            lighter.append(step)
        elif step <= -MIN_STEP:
            darker.append(-step)
        if m + 1 - len(lighter) > allowed and m + 1 - len(darker) > allowed:
            return 0.0, 0.0
    agreeing = max(lighter, darker, key=len)
    return len(agreeing) / PLACES, sum(agreeing) / PLACES
