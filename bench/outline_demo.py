"""Print how well the outline finder does on generated specimen scenes.

Clean scenes (whole document) and scenes with the document cut off, from
tests.specimens.random_scene, are shrunk as checks.report does (longest side 720) and
handed to find_outline. Framing is judged as checks/profiles.py does: fail when the
outline reaches within 0.5 % of a border (or past it), warn within 2 %. Printed: the
share of cut-off documents failed, of whole documents (expected "pass") failed or
warned, the outline overlap (IoU) with the true corners on whole documents, and the
finder's time.

    .venv/bin/python bench/outline_demo.py [CLEAN_SCENES] [CUT_SCENES] [FIRST_SEED]
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from checks.measures.framing import smallest_margin  # noqa: E402
from checks.measures.outline import find_outline  # noqa: E402
from checks.pixels import shrink_factor, shrunk_luminance  # noqa: E402
from checks.profiles import profile  # noqa: E402
from checks.report import WORK_SIDE  # noqa: E402
from tests.specimens import make, random_scene  # noqa: E402
from tests.specimens.geometry import iou  # noqa: E402
from tests.specimens.truth import placement  # noqa: E402

def main() -> None:
    clean = int(sys.argv[1]) if len(sys.argv) > 1 else 100
    cut = int(sys.argv[2]) if len(sys.argv) > 2 else 100
    first = int(sys.argv[3]) if len(sys.argv) > 3 else 5000
    ious, times = [], []
    counts = {"whole": 0, "whole failed": 0, "whole warned": 0, "cut": 0, "cut failed": 0, "cut warned": 0}
    for kind, seeds in ((None, range(first, first + clean)), ("cut", range(first + 10000, first + 10000 + cut))):
        for seed in seeds:
            specimen = make(random_scene(seed, kind))
            expected = placement(specimen.measures)
            if (kind is None and expected != "pass") or (kind == "cut" and expected != "fail"):
                continue  # a clean scene that happens to sit close to a border, or a slight cut
            width, height = specimen.image.size
            small, w, h = shrunk_luminance(specimen.rgba(), width, height, WORK_SIDE)
            factor = shrink_factor(width, height, WORK_SIDE)
            limits = profile(specimen.document)
            aspect = limits.aspect  # as checks.report passes it
            start = time.perf_counter()
            outline = find_outline(small, w, h, aspect=aspect)
            times.append(time.perf_counter() - start)
            margin = smallest_margin(outline.corners, w, h) if outline else None
            group = "whole" if kind is None else "cut"
            counts[group] += 1
            if margin is not None and margin < limits.framing_touch_pct / 100:
                counts[group + " failed"] += 1
            elif margin is not None and margin < limits.framing_margin_pct / 100:
                counts[group + " warned"] += 1
            if kind is None:
                truth = [(x / factor, y / factor) for x, y in specimen.corners]
                ious.append(iou(outline.corners, truth) if outline else 0.0)
    ious.sort()
    times.sort()
    for group in ("whole", "cut"):
        total = counts[group]
        if total:
            print(f"{group} documents: {total}; framing would fail {counts[group + ' failed']} "
                  f"({counts[group + ' failed'] / total:.1%}), warn {counts[group + ' warned']}")
    if ious:
        print(f"outline IoU on whole documents: mean {sum(ious) / len(ious):.3f}, median "
              f"{ious[len(ious) // 2]:.3f}, >= 0.90 on {sum(v >= 0.9 for v in ious) / len(ious):.1%}")
    print(f"finder time (CPython, longest side {WORK_SIDE}): median {1000 * times[len(times) // 2]:.1f} ms, "
          f"90th percentile {1000 * times[int(0.9 * len(times))]:.1f} ms, max {1000 * times[-1]:.1f} ms")


if __name__ == "__main__":
    main()
