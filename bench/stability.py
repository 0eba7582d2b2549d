"""How far the checks' answers move under a change no eye could see: prints figures, asserts nothing.

    nice .venv/bin/python bench/stability.py [--n 200] [--seed 1000] [--style heldout] [--only DEFECT] [--list]

Each scene (tests/specimens, random_scene: clean, or with `--only`'s defect) is checked
as it is and again with the lowest bit of every byte flipped: every level moves by one,
up or down, far below a camera's noise or a JPEG's rounding. The outline finder picks
the best of many candidate quads, and where two score nearly alike such a change can
swap them; what then moves with it is the noise floor of any comparison of two versions
of `checks` on the same scenes (bench/accuracy.py run before and after a change): a
change of that size means nothing. Per check it prints how many scenes changed status,
and of those how many went from a status the truth accepts to one it does not and back;
and how many outlines moved (IoU below 0.9 between the two), or appeared or vanished.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import checks  # noqa: E402
from bench.accuracy import pct  # noqa: E402
from tests.specimens import DEFECTS, accepts, make, random_scene  # noqa: E402
from tests.specimens.geometry import iou  # noqa: E402

LOWEST_BIT = bytes(value ^ 1 for value in range(256))
MOVED = 0.9  # two outlines overlapping less than this are different answers


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--n", type=int, default=200, help="scenes")
    parser.add_argument("--seed", type=int, default=1000)
    parser.add_argument("--style", choices=["heldout"], default=None)
    parser.add_argument("--only", choices=list(DEFECTS), help="one defect (default: clean scenes)")
    parser.add_argument("--list", action="store_true", help="print every scene whose answers moved")
    args = parser.parse_args()
    changed, worse, better = Counter(), Counter(), Counter()
    moved = 0
    for seed in range(args.seed, args.seed + args.n):
        specimen = make(random_scene(seed, args.only, style=args.style))
        w, h = specimen.image.size
        rgba = specimen.rgba()
        facts = {"side": specimen.side, "file_name": specimen.file_name, "file_size": specimen.file_size,
                 "mime_type": specimen.mime_type}
        reports = [checks.check_image(pixels, w, h, specimen.document, **facts)
                   for pixels in (rgba, rgba.translate(LOWEST_BIT))]
        before, after = ({c["id"]: c["status"] for c in report["checks"]} for report in reports)
        quads = [report["quad"] for report in reports]
        shifted = (quads[0] is None) != (quads[1] is None) or (
            quads[0] is not None and iou([tuple(p) for p in quads[0]], [tuple(p) for p in quads[1]]) < MOVED
        )
        moved += shifted
        differ = [check for check in before if before[check] != after[check]]
        for check in differ:
            changed[check] += 1
            right = [accepts(specimen.expected[check], status) for status in (before[check], after[check])]
            worse[check] += right == [True, False]
            better[check] += right == [False, True]
        if args.list and (differ or shifted):
            moves = [f"{c} {before[c]} -> {after[c]} (truth {specimen.expected[c]})" for c in differ]
            print(f"seed {seed} {specimen.document}: " + ", ".join(moves + ["outline moved"] * shifted))
    print(f"\n## Lowest bit flipped, {args.n} {args.style or 'default'} {args.only or 'clean'} scenes "
          f"from seed {args.seed}\n")
    print(f"outline moved (IoU < {MOVED} between the two, or found in one only): {moved} ({pct(moved, args.n).strip()})\n")
    print("| check | status changed | right -> wrong | wrong -> right |")
    print("|---|---:|---:|---:|")
    for check in sorted(changed, key=changed.get, reverse=True):
        print(f"| {check} | {changed[check]} ({pct(changed[check], args.n).strip()}) | {worse[check]} | {better[check]} |")


if __name__ == "__main__":
    main()
