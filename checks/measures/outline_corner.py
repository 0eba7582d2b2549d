"""The two faint sides of a card lit from one side, from the corner where its drawn sides meet.

A card lying on a desk casts a thin shadow along the sides facing away from the light,
which are drawn plainly; the two sides facing it show only the step from the card's face
to the surface, a few grey levels on a white desk or sheet: too little for an edge along
much of their length, let alone a Hough peak. On held-out clean scenes (seeds
2685000-2685099, bench/outline_sides.py) 22 whole documents had a true side that never
became a line; 13 of them had lost their left side and 7 their top, against 4 their
right side and 3 their bottom.

Two drawn sides meeting at a corner (an L junction) whose edge runs end at the card's
two far corners fix the whole card, as perceptual grouping completes a shape from the
ends and the parallels of its lines (Lowe 1987, "Three-dimensional object recognition
from single two-dimensional images", Artificial Intelligence 31(3)): its other two sides
are the lines through the runs' far ends parallel to the other arm (a parallelogram; a
card at a phone's usual tilt is close to one). The arms must show a card's aspect,
give or take perspective, and the two lines are offered to the quad search, which
weighs them like any other side (`outline_quads`).
"""

from __future__ import annotations

import math

from .outline_closing import edge_run, inside_picture, point_at, same_line
from .outline_lines import GAP, Line, walk
from .outline_quads import angle_between, intersection

# A card's corner seen from the tilts a hand holds a phone at is 60°-120°.
MIN_CORNER = math.radians(60)
# An edge run ends short of the crossing by a gap it does not bridge (GAP) and the
# corner's blur (3 pixels at the working size: NEAR), or by a card's rounded corner:
# ID-1's radius, 3.18 mm, is 3.7 % of its long side and 5.9 % of its short one (ROUNDED
# of the run's length leaves room). The far corner is taken as far beyond the run's far
# end, where the same rounding ends it.
NEAR = GAP + 3
ROUNDED = 0.08
# The arms' ratio may differ from the card's aspect by this much (log): a tilt of 25°
# foreshortens a side by 10 % (log 0.1), and a run's ends err by a few pixels.
ASPECT_REACH = 0.2
# A side with a line this close to it (pixels, degrees) is drawn, not missing: a faint
# side found as a line is placed better than a parallelogram's side through run ends
# (a run ends a few pixels off the corner, and perspective bends the shape).
MISSING = 8.0
MISSING_ANGLE = math.radians(5)
MAX_CORNERS = 4  # completed corners offered, the longest arms first: each adds two lines


def corner_lines(lines: list[Line], edges, min_side: float, aspect: float) -> list[Line]:
    """The far sides of the cards completed from pairs of `lines` (of the edge map
    `edges`) that meet at a corner inside the picture where both their longest edge
    runs start, each run at least `min_side` pixels long, ending inside the picture, and
    the two in a card's `aspect`; sides that a line of `lines` already draws are left
    out (`_near`)."""
    width, height = edges.width, edges.height
    origin = width + height
    runs = {}  # index -> `edge_run` of the line, read when first needed
    found = []  # (length of the two arms, the far sides no line draws)
    for i, a in enumerate(lines):
        for j in range(i + 1, len(lines)):
            b = lines[j]
            if angle_between(a, b) < MIN_CORNER:
                continue
            crossing = intersection(a, b)  # not None: the lines meet at MIN_CORNER or more
            if not inside_picture(crossing, width, height):
                continue
            for k in (i, j):
                if k not in runs:
                    runs[k] = edge_run(lines[k])
            arms = [_arm(line, runs[k], crossing, width, height) for line, k in ((a, i), (b, j))]
            if None in arms:
                continue
            (end_a, long_a), (end_b, long_b) = arms
            if min(long_a, long_b) < min_side:
                continue
            if abs(math.log(max(long_a, long_b) / min(long_a, long_b) / aspect)) > ASPECT_REACH:
                continue
            sides = [
                side
                for side, end in ((_parallel_through(b, end_a, origin), end_a), (_parallel_through(a, end_b, origin), end_b))
                if not any(_near(side, end, line) for line in lines)
            ]
            if sides:
                found.append((long_a + long_b, sides))
    found.sort(key=lambda pair: pair[0], reverse=True)
    offered = []
    for _, sides in found[:MAX_CORNERS]:  # walked only when offered: most pairs are not
        for side in sides:
            side = walk(side, edges)
            if side.bright is not None and not any(same_line(side, k) for k in offered):
                offered.append(side)
    return offered


def _arm(line: Line, run, crossing, width, height):
    """(far corner, length) of the side along `line` from `crossing`, when its edge run
    `run` starts there (within NEAR pixels, or ROUNDED of its length) and its far end
    lies inside the picture; else None. The far corner lies as far beyond the run's far
    end as the run starts short of the crossing."""
    if run is None:
        return None
    t = line.position(*crossing)
    near, far = run if abs(run[0] - t) < abs(run[1] - t) else run[::-1]
    short = abs(near - t)
    if short > max(NEAR, ROUNDED * abs(far - near)):
        return None
    far += short if far > near else -short
    end = point_at(line, far)
    if not inside_picture(end, width, height):
        return None
    return end, abs(far - t)


def _near(side: Line, corner, line: Line) -> bool:
    """Whether `line` runs within MISSING_ANGLE of the completed `side` and MISSING
    pixels of its far `corner`: the side is then drawn already, and better placed than
    completed."""
    return angle_between(side, line) <= MISSING_ANGLE and abs(corner[0] * line.cos + corner[1] * line.sin - line.rho) <= MISSING


def _parallel_through(line: Line, point, origin) -> Line:
    return Line(line.theta, point[0] * line.cos + point[1] * line.sin, origin)
