"""What the outline finder's search in windows costs and what it wins.

When the whole picture's best quad is weak, `outline.find_outline` searches four
overlapping windows of the picture at up to twice the resolution (`outline._in_windows`),
for a small document. This runs the checks on generated scenes, as bench/accuracy.py
draws them, with that search timed (CPU time of this process): in how many scenes it
ran, what it cost against the whole check, and in how many a window's quad won. Each
scene a window won is checked again with the windows left out, and the two outlines'
IoU with the truth and the statuses the truth accepts are compared: what the windows
changed, for better or worse.

    .venv/bin/python bench/windows.py [--only DEFECT] [--n N] [--seed SEED] [--style heldout] [--list]
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.accuracy import check, scene_kinds  # noqa: E402
from checks.measures import outline  # noqa: E402
from tests.specimens import make, random_scene  # noqa: E402
from tests.specimens.geometry import shown_iou  # noqa: E402
from tests.specimens.truth import ACCEPTS  # noqa: E402

SEARCH = outline._in_windows


def checked(specimen, windows: bool):
    """The report's outline IoU with the truth, the checks whose status the truth accepts,
    the windows' search (None if it did not run, else (CPU seconds, whether a window won))
    and the whole check's CPU seconds."""
    searched = []

    def timed(*args, **kwargs):
        start = time.process_time()
        found = SEARCH(*args, **kwargs) if windows else None
        searched.append((time.process_time() - start, found is not None))
        return found

    outline._in_windows = timed
    try:
        width, height = specimen.image.size
        start = time.process_time()
        report = check(specimen)
        total = time.process_time() - start
    finally:
        outline._in_windows = SEARCH
    quad = report["quad"]
    overlap = 0.0 if quad is None else shown_iou([tuple(p) for p in quad], list(specimen.corners), width, height)
    right = {c["id"] for c in report["checks"] if c["status"] in ACCEPTS[specimen.expected[c["id"]]]}
    return overlap, right, (searched[0] if searched else None), total


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--only", default=None, help="a defect of random_scene, or 'clean'; default every kind in turn")
    parser.add_argument("--n", type=int, default=200)
    parser.add_argument("--seed", type=int, default=1000)
    parser.add_argument("--style", choices=["default", "heldout"], default="default")
    parser.add_argument("--list", action="store_true", help="print every scene whose windows were searched")
    args = parser.parse_args()
    style = None if args.style == "default" else args.style

    searched, won, spent, totals = [], [], [], []
    better = worse = fixed = broken = 0
    for i, defect in enumerate(scene_kinds(args.n, args.only)):
        seed = args.seed + i
        specimen = make(random_scene(seed, defect, style=style))
        overlap, right, search, total = checked(specimen, windows=True)
        totals.append(total)
        if search is None:
            continue
        seconds, win = search
        searched.append(seed)
        spent.append(seconds)
        line = (f"seed {seed} {defect or 'clean'} {specimen.document}: windows {1000 * seconds:.0f} ms "
                f"of {1000 * total:.0f} ms, IoU {overlap:.2f}")
        if win:
            won.append(seed)
            before, right_before, _, _ = checked(specimen, windows=False)
            better += overlap > before + 0.02
            worse += overlap < before - 0.02
            fixed += len(right - right_before)
            broken += len(right_before - right)
            line += (f"; a window won: IoU {before:.2f} without; right without, wrong with: "
                     f"{sorted(right_before - right) or '-'}; wrong without, right with: {sorted(right - right_before) or '-'}")
        if args.list:
            print(line)

    n = len(totals)
    print(f"{n} {args.style} scenes ({args.only or 'every kind in turn'}, seeds {args.seed}+)")
    print(f"  windows searched in {len(searched)} ({100 * len(searched) / n:.1f} %); a window won in {len(won)}")
    if spent:
        print(f"  their search: median {1000 * statistics.median(spent):.0f} ms, slowest {1000 * max(spent):.0f} ms "
              f"(CPU, this process); {100 * sum(spent) / sum(totals):.1f} % of all the checks' time")
    print(f"  where a window won: outline better in {better}, worse in {worse} (IoU by more than 0.02); "
          f"statuses made right {fixed}, made wrong {broken}")


if __name__ == "__main__":
    main()
