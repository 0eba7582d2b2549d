"""Where the outline finder loses a document: line detection, line slots, or ranking.

For each generated scene (whole documents only), the true corners are taken to the
finder's working size and each true side is looked for among the lines: in the ranked
line list the quad search is offered (`MAX_LINES`), further down the full list, or
nowhere (its edges never made a Hough peak). Each scene where the finder's outline
overlaps the truth by less than IoU 0.9 is put in the first class that explains it:

  detection  a true side is not among the lines at all
  slots      every side is a line, but one ranks below MAX_LINES
  ranking    all four sides were offered, and another quad won

    .venv/bin/python bench/outline_sides.py [--only DEFECT] [--n N] [--seed SEED] [--style STYLE] [--list]
"""

from __future__ import annotations

import argparse
import math
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from checks.measures import outline as finder  # noqa: E402
from checks.measures.outline_edges import edge_map  # noqa: E402
from checks.measures.outline_lines import find_lines  # noqa: E402
from checks.pixels import block_average, shrink_factor, shrunk_luminance  # noqa: E402
from checks.profiles import profile  # noqa: E402
from checks.report import WORK_SIDE  # noqa: E402
from tests.specimens import make, random_scene  # noqa: E402
from tests.specimens.geometry import iou  # noqa: E402
from tests.specimens.truth import placement  # noqa: E402

ANGLE_TOLERANCE = math.radians(3)
RHO_TOLERANCE = 3.0  # working pixels


def side_line(p, q):
    """(theta in [0, pi), rho) of the line through p and q."""
    theta = math.atan2(q[0] - p[0], -(q[1] - p[1])) % math.pi
    return theta, p[0] * math.cos(theta) + p[1] * math.sin(theta)


def rank_of(side, lines):
    """Index of the first line matching the side, or None."""
    theta, rho = side
    for k, line in enumerate(lines):
        d = abs(line.theta - theta)
        if d <= ANGLE_TOLERANCE and abs(line.rho - rho) <= RHO_TOLERANCE:
            return k
        if math.pi - d <= ANGLE_TOLERANCE and abs(line.rho + rho) <= RHO_TOLERANCE:
            return k
    return None


def diagnose(seed: int, defect: str | None, style: str | None):
    specimen = make(random_scene(seed, defect, style=style))
    width, height = specimen.image.size
    reduced, w, h = shrunk_luminance(specimen.rgba(), width, height, WORK_SIDE)
    first = shrink_factor(width, height, WORK_SIDE)
    aspect = profile(specimen.document).aspect
    outline = finder.find_outline(reduced, w, h, aspect=aspect)
    truth = [(x / first, y / first) for x, y in specimen.corners]
    overlap = iou(outline.corners, truth) if outline else 0.0
    # the finder's own working image and lines, as find_outline makes them
    factor = max(1, round(max(w, h) / finder.WORK_SIDE))
    small, sw, sh = block_average(bytes(reduced[: w * h]), w, h, factor, factor)
    lines = find_lines(edge_map(small, sw, sh), max(8, int(finder.MIN_LINE * min(sw, sh))))
    corners = [(x / factor, y / factor) for x, y in truth]
    ranks = [rank_of(side_line(corners[k - 1], corners[k]), lines) for k in range(4)]
    if overlap >= 0.9:
        kind = "found"
    elif None in ranks:
        kind = "detection"
    elif max(ranks) >= finder.MAX_LINES:
        kind = "slots"
    else:
        kind = "ranking"
    short = min(math.dist(corners[k - 1], corners[k]) for k in range(4))
    return kind, overlap, ranks, short, specimen


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--only", default=None, help="a defect of random_scene, or none for clean scenes")
    parser.add_argument("--n", type=int, default=60)
    parser.add_argument("--seed", type=int, default=1000)
    parser.add_argument("--style", default=None)
    parser.add_argument("--list", action="store_true", help="print every scene")
    args = parser.parse_args()
    kinds = Counter()
    for seed in range(args.seed, args.seed + args.n):
        kind, overlap, ranks, short, specimen = diagnose(seed, args.only, args.style)
        if placement(specimen.measures) not in ("pass", "pass-or-warn"):
            continue  # only whole documents: a cut one has no four true sides to find
        kinds[kind] += 1
        if args.list and kind != "found":
            scene = specimen.metadata()["scene"]
            print(f"seed {seed} {kind:9} IoU {overlap:.2f} side ranks {ranks} shortest side {short:.0f} px "
                  f"{specimen.document} {scene.get('surface')} {scene.get('props')}")
    total = sum(kinds.values())
    print(f"{total} whole documents ({args.only or 'clean'}, style {args.style or 'default'}, seeds {args.seed}+)")
    for kind in ("found", "detection", "slots", "ranking"):
        print(f"  {kind:9} {kinds[kind]:4d}  {100 * kinds[kind] / max(1, total):5.1f} %")


if __name__ == "__main__":
    main()
