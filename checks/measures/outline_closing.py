"""The short sides of a steeply seen document, from where its long sides end.

Tilting a rectangle away from the camera foreshortens the two sides that run along the
tilt and leaves the two across it long and almost parallel (they converge only by the
small tilt about the other axis and the perspective across them). At the working size a
card seen 60°–80° off square has short sides of 15–40 pixels: too few edge pixels, with
gradients that waver near the corners and the print beside them, to make a peak in the
Hough accumulator, while its long sides are found. The long sides' edges end at the
card's corners, so the short sides are the segments that join the ends of the edge runs
of two near-parallel lines, where their edges stop. Such a segment is offered as a line
only when the edge map shows it (DRAWN of its length in edge pixels); the quad search
then weighs it like any other side (`outline_quads`).
"""

from __future__ import annotations

import math
import re

from .outline_lines import GAP, Line, walk
from .outline_quads import MIN_CORNER_ANGLE as MIN_CORNER, angle_between as _angle

# The two long sides of a steep view converge by the tilt about the other axis and the
# perspective across them: up to about 15° for the tilts a hand holds (±10°); 20° leaves
# room for a line fit's error.
PARALLEL = math.radians(20)
OVERLAP = 0.5  # the two runs, seen along their direction, overlap by this share of the shorter
BORDER = 2.0  # pixels: a run that ends this close to the picture's border is cut by it
# Share of a closing segment drawn in edges: less than half, as a short side is often
# broken by print or a shadow beside it (a steep card's on the bench, seed 893056, is
# 0.44 drawn); the quad search weighs the segment with the other three sides afterwards.
DRAWN = 0.4
STEP = 2.0  # pixels: how far a lagging run's end is moved outward per try
MAX_STEPS = 12  # tries per end
MARKS = 16  # points a quick look at a segment reads
SAME_ANGLE, SAME_OFFSET = math.radians(2), 2.5  # a line this close to another is that line
MAX_CLOSING = 8  # closing lines offered, best drawn first: each one costs the quad search
_HALVES = [k + 0.5 for k in range(MARKS)]  # the points `_marked` reads, in steps from p
_RUN = re.compile(rb"\x01(?:\x00{0,%d}\x01)*" % GAP)  # a stretch of edge, short gaps bridged


def closing_lines(lines: list[Line], edges, min_side: float) -> list[Line]:
    """Lines through the ends of the edge runs of pairs of near-parallel `lines` that the
    edge map draws (`edges`, the map the lines were found in) and that no line of `lines`
    already is; at most MAX_CLOSING, the best drawn first. `min_side` is the shortest side
    a document can have, pixels."""
    width, height = edges.width, edges.height
    runs = {}  # index -> `edge_run` of the line, read when first needed
    found = []  # (drawn share, line)
    for i, a in enumerate(lines):
        for j in range(i + 1, len(lines)):
            b = lines[j]
            if _angle(a, b) > PARALLEL:
                continue
            for k in (i, j):
                if k not in runs:
                    runs[k] = edge_run(lines[k])
            if runs[i] is None or runs[j] is None:
                continue
            # A steep view foreshortens the joining sides below the long ones, and a side
            # meets them at MIN_CORNER or more: the lines lie from half a side to a long
            # side apart.
            longer = max(runs[i][1] - runs[i][0], runs[j][1] - runs[j][0])
            apart = abs(_offset_at(a, sum(runs[i]) / 2, b))
            if not min_side / 2 <= apart <= longer:
                continue
            for p, q in _joins(a, runs[i], b, runs[j], edges):
                if not min_side <= math.dist(p, q) <= longer:
                    continue
                line = _through(p, q, width + height)
                if _angle(line, a) < MIN_CORNER or _angle(line, b) < MIN_CORNER:
                    continue
                if any(same_line(line, k) for _, k in found) or any(same_line(line, k) for k in lines):
                    continue
                line = walk(line, edges)
                if line.bright is None:
                    continue
                t0, t1 = sorted((line.position(*p), line.position(*q)))
                bright, dark = line.support(t0, t1)
                drawn = (max(bright, dark) + 0.5 * min(bright, dark)) / (t1 - t0)
                if drawn >= DRAWN:
                    found.append((drawn, line))
    found.sort(key=lambda pair: pair[0], reverse=True)
    return [line for _, line in found[:MAX_CLOSING]]


def edge_run(line: Line):
    """(t0, t1), t0 < t1: where the longest stretch of edge pixels along a line lies;
    None without one."""
    if line.bright is None or len(line.bright) < 2:
        return None
    longest = max(_RUN.finditer(line.drawn), key=lambda m: m.end() - m.start(), default=None)
    if longest is None:
        return None
    offset = line.start - line.origin  # index i of the profile is step t = i + offset
    return longest.start() + offset, longest.end() + offset


def point_at(line: Line, t: float):
    """The point at position t along the line."""
    return line.rho * line.cos - t * line.sin, line.rho * line.sin + t * line.cos


def _joins(a: Line, run_a, b: Line, run_b, edges):
    """Segments that could be the sides joining the runs of two near-parallel lines at
    either end, each the best drawn of a few: the end of the run that reaches further
    joined to the other run's end, moved outward along its line in STEP pixels up to
    level with the first (an edge broken near the corner ends its run short of it).
    No segment at an end where a run reaches the picture's border (no corner there), or
    drawn less than DRAWN; none at all when the runs, seen along a's direction, overlap
    by less than OVERLAP of the shorter."""
    width, height = edges.width, edges.height
    ux, uy = -a.sin, a.cos
    sign_a = 1 if -a.sin * ux + a.cos * uy > 0 else -1  # t grows along u on a: +1
    sign_b = 1 if -b.sin * ux + b.cos * uy > 0 else -1

    def along(line, t):
        x, y = point_at(line, t)
        return x * ux + y * uy

    lo_a, hi_a = (run_a if sign_a > 0 else run_a[::-1])
    lo_b, hi_b = (run_b if sign_b > 0 else run_b[::-1])
    overlap = min(along(a, hi_a), along(b, hi_b)) - max(along(a, lo_a), along(b, lo_b))
    if overlap < OVERLAP * min(run_a[1] - run_a[0], run_b[1] - run_b[0]):
        return []
    joins = []
    for ta, tb, outward in ((lo_a, lo_b, -1), (hi_a, hi_b, 1)):
        # outward: -1 at the low end along u, +1 at the high end
        ahead = outward * (along(a, ta) - along(b, tb))  # > 0: a's run reaches further
        if ahead >= 0:
            fixed, moving, t_moving, sign = point_at(a, ta), b, tb, sign_b
        else:
            fixed, moving, t_moving, sign = point_at(b, tb), a, ta, sign_a
        if not inside_picture(fixed, width, height) or not inside_picture(point_at(moving, t_moving), width, height):
            continue
        best = None
        for k in range(min(MAX_STEPS, int(abs(ahead) / STEP)) + 1):
            q = point_at(moving, t_moving + outward * sign * k * STEP)
            if not inside_picture(q, width, height):
                break
            share = _marked(fixed, q, edges)
            if best is None or share > best[0]:
                best = share, q
        if best is not None and best[0] >= DRAWN:
            joins.append((fixed, best[1]))
    return joins


def _marked(p, q, edges) -> float:
    """The share of up to MARKS points evenly spaced from p to q that have an edge pixel
    on or beside them (a quick look, before a line is walked)."""
    count = max(1, min(MARKS, int(math.dist(p, q))))
    dx, dy = (q[0] - p[0]) / count, (q[1] - p[1]) / count
    codes = edges.beside_x if abs(dy) >= abs(dx) else edges.beside_y  # look across the segment
    width = edges.width
    x, y = p
    # a list, not a generator, and the points' steps from p (k + 0.5) made once: this runs
    # thousands of times per picture, and each costs in Pyodide
    marked = [1 for h in _HALVES[:count] if codes[int(y + h * dy) * width + int(x + h * dx)]]
    return len(marked) / count


def inside_picture(point, width, height) -> bool:
    """Whether the point lies inside the picture, BORDER pixels or more from its borders."""
    x, y = point
    return BORDER <= x <= width - BORDER and BORDER <= y <= height - BORDER


def _through(p, q, origin) -> Line:
    dx, dy = q[0] - p[0], q[1] - p[1]
    theta = math.atan2(-dx, dy)  # the line's direction is (-sin, cos)
    return Line(theta, p[0] * math.cos(theta) + p[1] * math.sin(theta), origin)


def _offset_at(a: Line, t: float, b: Line) -> float:
    """Signed distance from the point at t on a to line b."""
    x, y = point_at(a, t)
    return x * b.cos + y * b.sin - b.rho


def same_line(a: Line, b: Line) -> bool:
    """Whether two lines are one found twice (SAME_ANGLE and SAME_OFFSET apart at most)."""
    return _angle(a, b) < SAME_ANGLE and abs(_offset_at(a, 0.0, b)) < SAME_OFFSET
