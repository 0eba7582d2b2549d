"""The true shape of a rectangle seen in perspective, from the four corners of its image.

A photographed document is a rectangle seen through a pinhole camera, so its image is a
quad whose opposite sides converge towards two vanishing points. Zhang & He ("Whiteboard
scanning and image enhancement", Digital Signal Processing 17(2), 2007, section 2)
recover from the four corners, with the principal point at the picture's centre and
square pixels, both the focal length (when both pairs of sides converge) and the
rectangle's real aspect ratio. A steep view squashes an ID card's 1.586 into almost any
apparent ratio; the recovered ratio is still 1.586. When the quad cannot fix the focal
length (a pair of sides is parallel) or fixes an implausible one, a phone's focal length
is assumed: then the two recovered side directions need not be perpendicular, and how
far they are from it says whether the quad can be a rectangle at all. The same two
recovered sides give the rectangle's tilt from the camera's axis (`view_tilt`), by which
its seen shape is foreshortened: a card tilted θ shows a ratio from 1.586 cos θ to
1.586 / cos θ, so a steep view's seen ratio says nothing of its shape.
"""

from __future__ import annotations

import math

# Focal lengths, as shares of the picture's long side, that a phone photo can have: a
# main camera's 26 mm (35 mm equivalent) is about 0.75, a 2× zoom or a crop about 1.5;
# when the quad gives none in this range, their geometric middle is assumed.
FOCAL_RANGE = (0.6, 2.0)
FOCAL_ASSUMED = 1.0


def rectangle_shape(corners, width: float, height: float) -> tuple[float, float]:
    """(long-to-short ratio of the rectangle, degrees its recovered corner is off 90°)
    for a convex quad of corners in order around it, in a picture of width × height."""
    recovered = _recovered(corners, width, height)
    if recovered is None:  # three corners on one line
        return 1.0, 90.0
    n2, n3, focal_sq = recovered
    # The sides in the camera's frame: (n_x / f, n_y / f, n_z), scaled by f.
    len2 = math.sqrt(n2[0] ** 2 + n2[1] ** 2 + focal_sq * n2[2] ** 2)
    len3 = math.sqrt(n3[0] ** 2 + n3[1] ** 2 + focal_sq * n3[2] ** 2)
    if len2 <= 0 or len3 <= 0:
        return 1.0, 90.0
    cosine = (n2[0] * n3[0] + n2[1] * n3[1] + focal_sq * (n2[2] * n3[2])) / (len2 * len3)
    skew = math.degrees(math.asin(min(1.0, abs(cosine))))
    return max(len2 / len3, len3 / len2), skew


def view_tilt(corners, width: float, height: float) -> float:
    """Degrees between the rectangle's normal and the camera's axis (0: seen head-on),
    the normal being the cross product of the two sides `rectangle_shape` recovers."""
    recovered = _recovered(corners, width, height)
    if recovered is None:
        return 90.0
    (ax, ay, az), (bx, by, bz), focal_sq = recovered
    focal = math.sqrt(focal_sq)
    az, bz = focal * az, focal * bz
    normal = (ay * bz - az * by, az * bx - ax * bz, ax * by - ay * bx)
    length = math.sqrt(normal[0] ** 2 + normal[1] ** 2 + normal[2] ** 2)
    return math.degrees(math.acos(min(1.0, abs(normal[2]) / length))) if length else 90.0


def _recovered(corners, width, height):
    """(n2, n3, f²): Zhang & He's two sides of the rectangle from its first corner, each
    (n_x, n_y, n_z) up to scale, and the squared focal length, or None when three
    corners lie on one line."""
    cx, cy = width / 2, height / 2
    # Zhang & He's m1, m2, m3, m4 are the rectangle's (0,0), (w,0), (0,h), (w,h) corners,
    # in homogeneous coordinates (x, y, 1); kept as numbers, not pairs, and the triple
    # products (a × b) · c of three of them spelt out: this runs for every candidate quad.
    (x1, y1), (x2, y2), (x4, y4), (x3, y3) = corners
    x1, y1, x2, y2, x3, y3, x4, y4 = x1 - cx, y1 - cy, x2 - cx, y2 - cy, x3 - cx, y3 - cy, x4 - cx, y4 - cy
    across2 = (y2 - y4) * x3 + (x4 - x2) * y3 + (x2 * y4 - y2 * x4)  # m2 × m4 · m3
    across3 = (y3 - y4) * x2 + (x4 - x3) * y2 + (x3 * y4 - y3 * x4)  # m3 × m4 · m2
    if not across2 or not across3:
        return None
    a, b, c = y1 - y4, x4 - x1, x1 * y4 - y1 * x4  # m1 × m4
    k2 = (a * x3 + b * y3 + c) / across2  # m1 × m4 · m3
    k3 = (a * x2 + b * y2 + c) / across3  # m1 × m4 · m2
    n2 = (k2 * x2 - x1, k2 * y2 - y1, k2 - 1)  # the side m1→m2, up to scale
    n3 = (k3 * x3 - x1, k3 * y3 - y1, k3 - 1)  # the side m1→m3
    planar = n2[0] * n3[0] + n2[1] * n3[1]
    depth = n2[2] * n3[2]
    side = max(width, height)
    low, high = FOCAL_RANGE[0] * side, FOCAL_RANGE[1] * side
    focal_sq = -planar / depth if depth else 0.0
    if not low * low <= focal_sq <= high * high:
        focal_sq = (FOCAL_ASSUMED * side) ** 2
    return n2, n3, focal_sq

