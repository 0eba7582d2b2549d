"""How squarely the document faces the camera, from its outline's four corners.

A flat rectangle photographed head-on keeps four right angles; tilting the camera
turns them into a trapezoid whose corner angles move away from 90°. Dynamsoft's
document scanner accepts corner angles of 70°–110°; Scanbot scores the same kind of
distortion. Rotation within the picture (the document turned, not tilted) is measured
apart: Veridas/idnorm advise keeping it within ±10° (±20° at most).

Corners that lie on the picture's border because the document is cut off there are not
real corners (the border stands in for a side outside the picture): `real_corners`
tells which are left to judge.
"""

from __future__ import annotations

import math


def corner_angles(corners) -> list[float]:
    """Interior angle in degrees at each of the four corners, in the order given."""
    angles = []
    for k in range(4):
        x0, y0 = corners[k - 1]
        x1, y1 = corners[k]
        x2, y2 = corners[(k + 1) % 4]
        a = math.atan2(y0 - y1, x0 - x1)
        b = math.atan2(y2 - y1, x2 - x1)
        angle = abs(math.degrees(a - b)) % 360
        angles.append(min(angle, 360 - angle))
    return angles


def real_corners(corners, width: float, height: float, tolerance: float) -> list[int]:
    """Indices of the corners that are not on the picture's border (within `tolerance`
    pixels): a corner there joins a real side to a border standing in for a cut-off one."""
    return [
        k for k, (x, y) in enumerate(corners)
        if min(abs(x), abs(y), abs(width - x), abs(height - y)) > tolerance
    ]


def angle_deviation(corners, which=range(4)) -> float:
    """The largest departure from 90° of the corner angles at indices `which`, in degrees."""
    angles = corner_angles(corners)
    return max(abs(angles[k] - 90) for k in which)


def rotation(corners) -> float:
    """In-plane rotation in degrees, in (-45, 45]: the mean direction of the four sides,
    each folded onto the nearest multiple of 90° (positive is clockwise on screen)."""
    # Averaging on the circle of 4θ folds sides that differ by 90° onto one direction.
    sx = sy = 0.0
    for k in range(4):
        x0, y0 = corners[k]
        x1, y1 = corners[(k + 1) % 4]
        length = math.hypot(x1 - x0, y1 - y0)
        angle = 4 * math.atan2(y1 - y0, x1 - x0)
        sx += length * math.cos(angle)
        sy += length * math.sin(angle)
    degrees = math.degrees(math.atan2(sy, sx)) / 4
    return 45.0 if degrees <= -45 else degrees
