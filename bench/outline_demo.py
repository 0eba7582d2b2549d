"""Print how well the outline finder does on generated specimen scenes.

For clean scenes (whole document in the picture) and scenes with the document cut off,
it reports the outline overlap (IoU) with the true corners, the share of cut-off
documents whose outline reaches within 2 % of a border (framing would fail them), the
share of whole documents that would wrongly fail the same way, and the finder's time.

    .venv/bin/python bench/outline_demo.py [SCENES_PER_KIND] [FIRST_SEED]
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from checks.measures.framing import smallest_margin  # noqa: E402
from checks.measures.outline import find_outline  # noqa: E402
from checks.pixels import luminance, shrink, shrink_factor  # noqa: E402
from tests.specimens import make, random_scene  # noqa: E402

WORK_SIDE = 640  # the size the checks hand to the finder
MARGIN = 0.02  # Microblink's image margin: closer than this counts as touching
ID1 = 85.6 / 54


def _area(points):
    return 0.5 * sum(points[k - 1][0] * points[k][1] - points[k][0] * points[k - 1][1] for k in range(len(points)))


def _clip(subject, clipper):
    out = list(subject)
    for k in range(len(clipper)):
        a, b = clipper[k - 1], clipper[k]

        def side(p, a=a, b=b):
            return (b[0] - a[0]) * (p[1] - a[1]) - (b[1] - a[1]) * (p[0] - a[0])

        points, out = out, []
        for m in range(len(points)):
            p, q = points[m - 1], points[m]
            if (side(p) >= 0) != (side(q) >= 0):
                t = side(p) / (side(p) - side(q))
                out.append((p[0] + t * (q[0] - p[0]), p[1] + t * (q[1] - p[1])))
            if side(q) >= 0:
                out.append(q)
    return out


def iou(a, b):
    a = list(a) if _area(a) > 0 else list(a)[::-1]
    b = list(b) if _area(b) > 0 else list(b)[::-1]
    both = _area(_clip(a, b))
    return both / (_area(a) + _area(b) - both)


def main() -> None:
    count = int(sys.argv[1]) if len(sys.argv) > 1 else 50
    first = int(sys.argv[2]) if len(sys.argv) > 2 else 1000
    ious, times = [], []
    whole = whole_failed = whole_none = cut = cut_caught = 0
    for kind in (None, "cut"):
        for seed in range(first, first + count):
            specimen = make(random_scene(seed, kind))
            width, height = specimen.image.size
            gray = luminance(specimen.rgba(), width, height)
            small, w, h = shrink(gray, width, height, WORK_SIDE)
            factor = shrink_factor(width, height, WORK_SIDE)
            aspect = ID1 if specimen.document == "id-card" else None
            start = time.perf_counter()
            outline = find_outline(small, w, h, aspect=aspect)
            times.append(time.perf_counter() - start)
            truth = [(x / factor, y / factor) for x, y in specimen.corners]
            failed = outline is None or smallest_margin(outline.corners, w, h) < MARGIN
            if kind is None:
                whole += 1
                whole_failed += failed
                whole_none += outline is None
                ious.append(iou(outline.corners, truth) if outline else 0.0)
            else:
                cut += 1
                cut_caught += failed
    ious.sort()
    times.sort()
    print(f"whole documents: {whole}, wrongly failed {whole_failed} ({whole_failed / whole:.1%}), "
          f"of which no outline {whole_none}")
    print(f"outline IoU on whole documents: mean {sum(ious) / len(ious):.3f}, median "
          f"{ious[len(ious) // 2]:.3f}, >= 0.90 on {sum(v >= 0.9 for v in ious) / len(ious):.1%}")
    print(f"cut-off documents: {cut}, caught {cut_caught} ({cut_caught / cut:.1%})")
    print(f"finder time (CPython, {WORK_SIDE} px side): median {1000 * times[len(times) // 2]:.1f} ms, "
          f"90th percentile {1000 * times[int(0.9 * len(times))]:.1f} ms, max {1000 * times[-1]:.1f} ms")


if __name__ == "__main__":
    main()
