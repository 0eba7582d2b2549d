"""Time of all checks inside Pyodide, two versions of `checks` compared on the same pictures.

    nice .venv/bin/python bench/speed_ab.py BEFORE AFTER [--sample 60] [--seed 2000] [--style heldout] [--mp 3] [--rounds 3]

BEFORE and AFTER are checkouts holding a `checks` package (a git worktree of the commit
before a change, and this one). The pictures are bench/speed.py's five at `--mp`
megapixels and `--sample` random clean scenes drawn as bench/accuracy.py draws them
(`--seed`, `--style`) and scaled to that size. Both versions are imported into one
Pyodide process (bench/pyodide_ab.mjs, the pinned npm package), which times them in
turns: `--rounds` rounds, each calling every picture once with one version and then
with the other, after a round that is not timed; each picture's time is its median
over the rounds.

Why not two runs of bench/speed.py: this machine's speed drifts by ±20 % over tens of
seconds (bench/speed.py), so two runs minutes apart differ by as much as most changes
do; taking turns, both versions meet the same drift. And in one process the version
imported second ran slower than the first, by 2 to 9 % from one run to another (60
held-out pictures, a change that touched few of them). So the whole comparison runs
twice, once in each order, and the change's effect on a picture is the geometric mean
of its two after/before ratios, where that bias cancels. Prints, per version, the
spread of the times against the bar (from the order in which it was imported first),
and the after/before ratios.

The noise floor: the same commit against itself (`--sample 60 --seed 2696400 --style
heldout`, 3 rounds) gave after/before median 0.992 and geometric mean 0.985, single
pictures 0.89 to 1.07; so a few per cent overall, or a tenth on one picture, is noise.
"""

from __future__ import annotations

import argparse
import json
import math
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench.speed import BARS_MS, SETTINGS, picture, sampled, spread  # noqa: E402


def timed(jobs_file: Path, first: str, second: str, rounds: int) -> dict:
    """Per picture, the median time (ms) of each version, imported in this order."""
    run = subprocess.run(["node", str(ROOT / "bench" / "pyodide_ab.mjs"), str(jobs_file), first, second, str(rounds)],
                         cwd=ROOT, capture_output=True, text=True)
    if run.returncode:
        sys.exit(f"Pyodide run failed:\n{run.stderr[-3000:]}")
    times = json.loads(run.stdout)
    return {first: [statistics.median(t) for t in times["first"]], second: [statistics.median(t) for t in times["second"]]}


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("before", help="checkout of the version before the change")
    parser.add_argument("after", help="checkout of the version after it")
    parser.add_argument("--mp", type=float, default=3.0, help="megapixels of every picture (default 3)")
    parser.add_argument("--sample", type=int, default=60, help="random clean scenes (default 60)")
    parser.add_argument("--seed", type=int, default=2000, help="first seed of the sampled scenes (default 2000)")
    parser.add_argument("--style", choices=["heldout"], default=None, help="style of the sampled scenes")
    parser.add_argument("--rounds", type=int, default=3, help="timed rounds (default 3)")
    args = parser.parse_args()
    before, after = str(Path(args.before).resolve()), str(Path(args.after).resolve())

    with tempfile.TemporaryDirectory(prefix="checks-speed-ab-") as tmp:
        jobs, names = [], []
        pictures = [(f"bench {SETTINGS[k][0]} {k}", lambda k=k: _specimen(args.mp, k)) for k in range(len(SETTINGS))]
        pictures += [(f"seed {seed}", lambda seed=seed: sampled(args.mp, seed, args.style))
                     for seed in range(args.seed, args.seed + args.sample)]
        for n, (name, make) in enumerate(pictures):
            rgba, w, h, document, side = make()
            (Path(tmp) / f"{n}.rgba").write_bytes(rgba)
            jobs.append({"rgba": f"{n}.rgba", "width": w, "height": h, "document": document, "side": side})
            names.append(name)
        jobs_file = Path(tmp) / "jobs.json"
        jobs_file.write_text(json.dumps(jobs))
        before_first = timed(jobs_file, before, after, args.rounds)
        after_first = timed(jobs_file, after, before, args.rounds)

    bar = BARS_MS.get(args.mp)
    print(f"# checks speed in Pyodide, two versions in turns: {len(jobs)} pictures at {args.mp:g} MP "
          f"(bench/speed.py's {len(SETTINGS)}, then {args.sample} clean {args.style or 'default'} scenes from seed "
          f"{args.seed}), each the median of {args.rounds} rounds\n")
    for label, tree, runs in (("before", before, before_first), ("after", after, after_first)):
        print(f"{label} ({tree}, imported first): " + spread(list(zip(runs[tree], names)), bar))
    ratios = [math.sqrt((a1 / b1) * (a2 / b2)) for a1, b1, a2, b2 in zip(
        before_first[after], before_first[before], after_first[after], after_first[before])]
    print(f"\nafter / before, per picture (geometric mean of the two orders): median {statistics.median(ratios):.3f}, "
          f"geometric mean {math.exp(statistics.fmean(math.log(r) for r in ratios)):.3f}")
    order = sorted(zip(ratios, names))
    print("most faster: " + ", ".join(f"{name} {r:.3f}" for r, name in order[:5]))
    print("most slower: " + ", ".join(f"{name} {r:.3f}" for r, name in order[::-1][:5]))
    for label, runs in (("imported first", before_first), ("imported second", after_first)):
        own = statistics.median(a / b for a, b in zip(runs[after], runs[before]))
        print(f"after / before with the before version {label}: median {own:.3f}")


def _specimen(megapixels: float, setting: int):
    """bench/speed.py's picture as (RGBA, width, height, document, side)."""
    specimen = picture(megapixels, setting)
    return (specimen.rgba(), *specimen.image.size, specimen.document, specimen.side)


if __name__ == "__main__":
    main()
