"""Pictures cropped to the document: prints figures, asserts nothing.

    nice .venv/bin/python bench/cropped.py [--n 200] [--seed 1000] [--style heldout] [--pad LOW,HIGH] [--list]

A scanner app, or a seller cropping a photo by hand, cuts the picture along the
document's edges. Clean scenes of every document (tests/specimens, random_scene) are
cut to their document's bounding box grown by a pad drawn from PAD (a share of the
document's width: negative cuts into it; `--pad 0.08,0.25` crops loosely, leaving the
surface around the whole document, which must then not become the whole picture) with
`tests.specimens.cropped`, which carries the truth over (framing from the new borders;
resolution and the rest as measured on the document). Per document and capture, it
prints how often resolution and framing give a status the truth accepts, the mean
outline IoU with the part of the document the picture shows, and how many outlines
were the whole picture.
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import checks  # noqa: E402
from bench.accuracy import pct  # noqa: E402
from checks.pixels import shrink_factor  # noqa: E402
from checks.report import WORK_SIDE  # noqa: E402
from tests.specimens import accepts, cropped, make, random_scene  # noqa: E402
from tests.specimens.geometry import shown_iou  # noqa: E402

PAD = (-0.01, 0.005)  # from 1 % of the document's width cut off to half a per cent left around it


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--n", type=int, default=200, help="scenes")
    parser.add_argument("--seed", type=int, default=1000)
    parser.add_argument("--style", choices=["heldout"], default=None)
    parser.add_argument("--pad", default=",".join(map(str, PAD)), help="range of the pad (default %(default)s)")
    parser.add_argument("--list", action="store_true", help="print every scene")
    args = parser.parse_args()
    pads = tuple(float(v) for v in args.pad.split(","))
    rows = defaultdict(list)  # (document, capture) -> (resolution right, framing right, IoU, whole picture)
    for seed in range(args.seed, args.seed + args.n):
        scene = random_scene(seed, None, style=args.style)
        pad = random.Random(seed).uniform(*pads)
        specimen = cropped(make(scene), pad)
        w, h = specimen.image.size
        report = checks.check_image(specimen.rgba(), w, h, specimen.document, side=specimen.side)
        status = {c["id"]: c["status"] for c in report["checks"]}
        quad = [tuple(p) for p in report["quad"]] if report["quad"] else None
        iou = shown_iou(quad, specimen.corners, w, h) if quad else 0.0
        corners = ((0, 0), (w, 0), (w, h), (0, h))
        # the whole working picture, scaled back, falls short of the borders by less than its factor
        near = shrink_factor(w, h, WORK_SIDE) + 1
        whole = bool(quad) and all(min(abs(x - a) + abs(y - b) for a, b in corners) <= near for x, y in quad)
        right = {c: accepts(specimen.expected[c], status[c]) for c in ("resolution", "framing")}
        rows[(specimen.document, scene.capture)].append((right["resolution"], right["framing"], iou, whole))
        if args.list:
            print(f"seed {seed} {specimen.document} {scene.capture} pad {pad:+.3f}: resolution {status['resolution']} "
                  f"(truth {specimen.expected['resolution']}), framing {status['framing']} "
                  f"(truth {specimen.expected['framing']}), IoU {iou:.2f}{', whole picture' if whole else ''}")
    print(f"\n## Cropped to the document, {args.style or 'default'} scenes from seed {args.seed} "
          f"(pad {pads[0]:+g} to {pads[1]:+g} of its width)\n")
    print("| document | capture | scenes | resolution right | framing right | mean IoU | outline = whole picture |")
    print("|---|---|---:|---:|---:|---:|---:|")
    for (document, capture), found in sorted(rows.items()):
        right = [pct(sum(r[k] for r in found), len(found)) for k in (0, 1)]
        print(f"| {document} | {capture} | {len(found)} | {right[0]} | {right[1]} | "
              f"{statistics.fmean(r[2] for r in found):.3f} | {sum(r[3] for r in found)} |")


if __name__ == "__main__":
    main()
