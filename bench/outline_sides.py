"""Where the outline finder loses a document: line detection, line slots, or ranking.

For each generated scene (whole documents only), the finder is run as the checks run it
(`checks.report`: the working copy, and for a card the picture's tint), the true corners
are taken to the finder's working size, and each true side is looked for among the
lines of its first search, made as `outline._search` makes them: the PICTURE_LINES
strongest lines of the grey image and the closing lines between them, for a card the
far sides completed from a corner (`outline_corner`) and the TINT_LINES strongest lines
drawn only in the tint. Each scene where the finder's outline overlaps the truth by less
than IoU 0.9 is put in the first class that explains it:

  detection  a true side is among none of the lines found, in grey or in the tint, nor
             among those completed or closed from them
  slots      every side is a line, but one is not among those offered to the search
  ranking    all four sides were offered, and another quad won

With --list, a side's rank is its place among the grey image's lines (strongest first),
then the tint's. The searches nested in a quad (`_whole_instead`, `_card_on_sheet`) read
these lines too, and the search in windows (small documents) finds its own at up to twice
the resolution: a scene put under detection or slots may still be found there.

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
from checks.measures.outline_corner import corner_lines  # noqa: E402
from checks.measures.outline_edges import edge_map  # noqa: E402
from checks.measures.outline_quads import MIN_SIDE  # noqa: E402
from checks.pixels import block_average, shrink_factor, shrunk_luminance, tint  # noqa: E402
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
    rgba = specimen.rgba()
    reduced, w, h = shrunk_luminance(rgba, width, height, WORK_SIDE)
    first = shrink_factor(width, height, WORK_SIDE)
    aspect = profile(specimen.document).aspect
    whole_tint = None
    if aspect and not finder._on_paper(aspect):
        whole_tint = tint(rgba, width, height, first)
    outline = finder.find_outline(reduced, w, h, aspect=aspect, tint=whole_tint and (lambda: whole_tint))
    truth = [(x / first, y / first) for x, y in specimen.corners]
    overlap = iou(outline.corners, truth) if outline else 0.0
    # the first search's working image and lines, as find_outline and _search make them
    factor = max(1, round(max(w, h) / finder.WORK_SIDE))
    small, sw, sh = block_average(bytes(reduced[: w * h]), w, h, factor, factor)
    edges = edge_map(small, sw, sh)
    found = finder._strongest(edges, sw, sh, None)  # every line, strongest first
    grey = finder._lines(edges, sw, sh, finder.PICTURE_LINES)
    offered = grey
    if whole_tint is not None:  # a card
        hue = block_average(bytes(whole_tint[: w * h]), w, h, factor, factor)[0]
        found = found + finder._strongest(edge_map(hue, sw, sh), sw, sh, None)
        offered = grey + corner_lines(grey, edges, MIN_SIDE * min(sw, sh), aspect) + finder._tint_only(hue, grey, sw, sh)
    corners = [(x / factor, y / factor) for x, y in truth]
    sides = [side_line(corners[k - 1], corners[k]) for k in range(4)]
    ranks = [rank_of(side, found) for side in sides]
    unoffered = [rank_of(side, offered) is None for side in sides]
    if overlap >= 0.9:
        kind = "found"
    elif any(rank is None and left_out for rank, left_out in zip(ranks, unoffered)):
        kind = "detection"
    elif any(unoffered):
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
