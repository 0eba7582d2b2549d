"""Plane geometry for placing a flat document in a scene: projection, homographies,
corner angles and the overlap (IoU) of two quadrilaterals. Pure Python (no Pillow), so
the benchmark can use it on the checks' output too.

Coordinates are continuous image coordinates: (0, 0) is the top-left corner of the
top-left pixel, x to the right, y down.
"""

from __future__ import annotations

import math

Point = tuple[float, float]


def project_rectangle(width_mm: float, height_mm: float, *, width_px: float, pitch: float, yaw: float,
                      roll: float, focal_px: float, at: Point = (0.0, 0.0)) -> list[Point]:
    """Corners (document top-left first, clockwise) of a flat rectangle seen by a pinhole camera.

    The rectangle is rotated by pitch (about its horizontal axis), yaw (vertical axis) and
    roll (in-plane), in degrees, then placed at the distance where its width would span
    `width_px` pixels head-on, its centre on the camera's axis: the result is centred on
    (0, 0), the principal point. With `at`, its centre is moved sideways in space to
    where it is seen at `at`, as a phone sees a document off the middle of its picture.
    """
    distance = focal_px * width_mm / width_px
    shift_x, shift_y = at[0] * distance / focal_px, at[1] * distance / focal_px
    p, y, r = (math.radians(a) for a in (pitch, yaw, roll))
    corners = []
    for sx, sy in ((-0.5, -0.5), (0.5, -0.5), (0.5, 0.5), (-0.5, 0.5)):
        x0, y0 = sx * width_mm, sy * height_mm
        # roll in the document plane, then pitch (x axis), then yaw (y axis)
        x1, y1 = x0 * math.cos(r) - y0 * math.sin(r), x0 * math.sin(r) + y0 * math.cos(r)
        x2, y2, z2 = x1, y1 * math.cos(p), y1 * math.sin(p)
        x3, z3 = x2 * math.cos(y) + z2 * math.sin(y), -x2 * math.sin(y) + z2 * math.cos(y)
        depth = distance + z3
        corners.append((focal_px * (x3 + shift_x) / depth, focal_px * (y2 + shift_y) / depth))
    return corners


def _solve(matrix: list[list[float]], vector: list[float]) -> list[float]:
    """Gaussian elimination with partial pivoting (8 × 8 here)."""
    n = len(vector)
    a = [row[:] + [v] for row, v in zip(matrix, vector)]
    for col in range(n):
        pivot = max(range(col, n), key=lambda r: abs(a[r][col]))
        a[col], a[pivot] = a[pivot], a[col]
        for r in range(n):
            if r != col:
                f = a[r][col] / a[col][col]
                for c in range(col, n + 1):
                    a[r][c] -= f * a[col][c]
    return [a[i][n] / a[i][i] for i in range(n)]


def homography(src: list[Point], dst: list[Point]) -> list[float]:
    """Coefficients (a..h) of the projective map taking the four src points to dst:
    x' = (a x + b y + c) / (g x + h y + 1), y' = (d x + e y + f) / (g x + h y + 1).
    This is the form Pillow's Image.PERSPECTIVE expects (output → input)."""
    rows, rhs = [], []
    for (x, y), (u, v) in zip(src, dst):
        rows.append([x, y, 1, 0, 0, 0, -u * x, -u * y])
        rhs.append(u)
        rows.append([0, 0, 0, x, y, 1, -v * x, -v * y])
        rhs.append(v)
    return _solve(rows, rhs)


def apply(h: list[float], point: Point) -> Point:
    a, b, c, d, e, f, g, hh = h
    x, y = point
    w = g * x + hh * y + 1
    return ((a * x + b * y + c) / w, (d * x + e * y + f) / w)


def corner_angles(quad: list[Point]) -> list[float]:
    """Interior angle at each corner, degrees."""
    angles = []
    for i in range(4):
        (px, py), (x, y), (nx, ny) = quad[i - 1], quad[i], quad[(i + 1) % 4]
        a1 = math.atan2(py - y, px - x)
        a2 = math.atan2(ny - y, nx - x)
        d = abs(math.degrees(a1 - a2)) % 360
        angles.append(min(d, 360 - d))
    return angles


def side_lengths(quad: list[Point]) -> list[float]:
    """Lengths of top, right, bottom, left (for a quad given top-left first, clockwise)."""
    return [math.dist(quad[i], quad[(i + 1) % 4]) for i in range(4)]


def area(poly: list[Point]) -> float:
    s = 0.0
    for i in range(len(poly)):
        x0, y0 = poly[i]
        x1, y1 = poly[(i + 1) % len(poly)]
        s += x0 * y1 - x1 * y0
    return abs(s) / 2


def _clip(subject: list[Point], clip: list[Point]) -> list[Point]:
    """Sutherland–Hodgman: the part of polygon `subject` inside convex polygon `clip`."""
    orientation = 1 if sum((clip[i][0] * clip[(i + 1) % len(clip)][1] - clip[(i + 1) % len(clip)][0] * clip[i][1])
                           for i in range(len(clip))) > 0 else -1

    def inside(p, a, b):
        return orientation * ((b[0] - a[0]) * (p[1] - a[1]) - (b[1] - a[1]) * (p[0] - a[0])) >= 0

    def cross(p, q, a, b):
        x1, y1, x2, y2, x3, y3, x4, y4 = *p, *q, *a, *b
        den = (x1 - x2) * (y3 - y4) - (y1 - y2) * (x3 - x4)
        if den == 0:
            return q
        t = ((x1 - x3) * (y3 - y4) - (y1 - y3) * (x3 - x4)) / den
        return (x1 + t * (x2 - x1), y1 + t * (y2 - y1))

    out = list(subject)
    for i in range(len(clip)):
        a, b = clip[i], clip[(i + 1) % len(clip)]
        points, out = out, []
        for j in range(len(points)):
            p, q = points[j - 1], points[j]
            if inside(q, a, b):
                if not inside(p, a, b):
                    out.append(cross(p, q, a, b))
                out.append(q)
            elif inside(p, a, b):
                out.append(cross(p, q, a, b))
        if not out:
            return []
    return out


def depth_share(h: list[float], point: Point) -> float:
    """g x + h y + 1 of homography `h` at a plane point: its depth over the depth of the
    plane's origin (positive in front of the camera when `h` maps the origin to a point
    the camera sees)."""
    return h[6] * point[0] + h[7] * point[1] + 1


def project_polygon(h: list[float], polygon: list[Point], frame, nearest: float = 1e-3) -> list[Point]:
    """The picture polygon of what a camera sees of a convex polygon on a plane that `h`
    maps to the picture (origin in front of the camera, see `depth_share`).

    The part nearer than `nearest` × the origin's depth, or behind the camera, is cut away
    before the projective divide (it would divide by ≤ 0, or land far outside); the rest is
    clipped to `frame` (x0, y0, x1, y1). [] when nothing of it is in the frame."""
    kept = []
    for i in range(len(polygon)):   # Sutherland–Hodgman against depth_share ≥ nearest
        p, q = polygon[i - 1], polygon[i]
        dp, dq = depth_share(h, p) - nearest, depth_share(h, q) - nearest
        if (dp >= 0) != (dq >= 0):
            t = dp / (dp - dq)
            kept.append((p[0] + t * (q[0] - p[0]), p[1] + t * (q[1] - p[1])))
        if dq >= 0:
            kept.append(q)
    if len(kept) < 3:
        return []
    x0, y0, x1, y1 = frame
    shown = _clip([apply(h, p) for p in kept], [(x0, y0), (x1, y0), (x1, y1), (x0, y1)])
    return shown if len(shown) >= 3 else []


def is_convex(quad: list[Point]) -> bool:
    signs = set()
    for i in range(4):
        (x0, y0), (x1, y1), (x2, y2) = quad[i - 1], quad[i], quad[(i + 1) % 4]
        signs.add((x1 - x0) * (y2 - y1) - (y1 - y0) * (x2 - x1) > 0)
    return len(signs) == 1


def iou(a: list[Point], b: list[Point]) -> float:
    """Intersection over union of two convex quadrilaterals (0 when either is not convex)."""
    if not (is_convex(a) and is_convex(b)):
        return 0.0
    return _overlap(a, b)


def shown_iou(found: list[Point], truth: list[Point], width: float, height: float) -> float:
    """Intersection over union of the parts of two convex quadrilaterals inside a
    width × height picture: how well an outline covers what the picture shows of a
    document, whether all of it or only the part a border has not cut off."""
    frame = [(0, 0), (width, 0), (width, height), (0, height)]
    shown, seen = _clip(truth, frame), _clip(found, frame)
    if len(shown) < 3 or len(seen) < 3:
        return 0.0
    return _overlap(seen, shown)


def _overlap(a: list[Point], b: list[Point]) -> float:
    """Intersection over union of a polygon and a convex polygon."""
    inter = area(_clip(a, b))
    union = area(a) + area(b) - inter
    return inter / union if union > 0 else 0.0


def order_clockwise(points: list[Point]) -> list[Point]:
    """Four points clockwise on screen (y down), starting from the one nearest the top-left."""
    cx = sum(p[0] for p in points) / 4
    cy = sum(p[1] for p in points) / 4
    ring = sorted(points, key=lambda p: math.atan2(p[1] - cy, p[0] - cx))
    start = min(range(4), key=lambda i: ring[i][0] + ring[i][1])
    return ring[start:] + ring[:start]


def border_distance(quad: list[Point], width: int, height: int) -> float:
    """Smallest signed distance from a corner to the picture's border, pixels; negative
    when the corner lies outside the picture (a convex quad is inside iff its corners are)."""
    return min(min(x, y, width - x, height - y) for x, y in quad)
