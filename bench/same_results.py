"""Whether a change to `checks` leaves every result as it was: reports saved, then compared.

    nice .venv/bin/python bench/same_results.py save FILE --seed SEED [--n 300]
    .venv/bin/python bench/same_results.py compare BEFORE AFTER

`save` runs `checks.check_image` on generated scenes (tests/specimens, drawn as
bench/accuracy.py draws them: in both styles, default and held-out, a third small
documents, a third clean, a third one defect each, taking turns), on bench/speed.py's
pictures at 1 MP and its two small cards at 3 MP (which send the outline finder through
its windows), and on every committed fixture (tests/fixtures, with its file facts), and
writes the reports as JSON. Run it in two worktrees, before and after a change, with the
same seed and n. `compare` prints how many reports are byte-identical, and every one
whose statuses or quad differ or whose values differ by more than float rounding
(1e-9 relative). Meant for work that must not change any result, such as speed work.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from PIL import Image  # noqa: E402

import checks  # noqa: E402
from bench.speed import SETTINGS, picture  # noqa: E402
from tests.specimens import DEFECTS, make, random_scene  # noqa: E402

FIXTURES = ROOT / "tests" / "fixtures"
TOLERANCE = 1e-9  # relative: float rounding, not a change


def scenes(seed: int, n: int):
    """(name, specimen maker) of n generated scenes, half in each style, then the bench
    pictures."""
    defects = list(DEFECTS)
    for k in range(n):
        style = None if k % 2 == 0 else "heldout"
        turn = k // 2
        kind = ("small", None, defects[(turn // 3) % len(defects)])[turn % 3]
        name = f"{seed + k} {kind or 'clean'} {style or 'default'}"
        yield name, lambda s=seed + k, d=kind, st=style: make(random_scene(s, d, style=st))
    for mp, setting in [(1, k) for k in range(len(SETTINGS))] + [(3, 3), (3, 4)]:
        yield f"picture({mp}, {setting})", lambda mp=mp, setting=setting: picture(mp, setting)


def save(path: str, seed: int, n: int) -> None:
    reports, started = {}, time.time()
    for name, maker in scenes(seed, n):
        specimen = maker()
        w, h = specimen.image.size
        reports[name] = checks.check_image(
            specimen.rgba(), w, h, specimen.document, side=specimen.side, file_name=specimen.file_name,
            file_size=specimen.file_size, mime_type=specimen.mime_type,
        )
    expected = json.loads((FIXTURES / "expected.json").read_text(encoding="utf-8"))
    for name, entry in expected.items():
        image = Image.open(FIXTURES / entry["image"]).convert("RGBA")
        facts = {k: entry[k] for k in ("side", "file_name", "file_size", "mime_type")}
        reports[f"fixture {name}"] = checks.check_image(image.tobytes(), image.width, image.height, entry["document"], **facts)
    Path(path).write_text(json.dumps(reports, ensure_ascii=False), encoding="utf-8")
    print(f"{len(reports)} reports in {time.time() - started:.0f} s -> {path}")


def _close(a, b) -> bool:
    """Equal, floats to TOLERANCE, through lists and dicts."""
    if isinstance(a, float) or isinstance(b, float):
        return a == b or abs(a - b) <= TOLERANCE * max(abs(a), abs(b))
    if isinstance(a, list) and isinstance(b, list):
        return len(a) == len(b) and all(map(_close, a, b))
    if isinstance(a, dict) and isinstance(b, dict):
        return a.keys() == b.keys() and all(_close(a[k], b[k]) for k in a)
    return a == b


def compare(before_path: str, after_path: str) -> int:
    before = json.loads(Path(before_path).read_text(encoding="utf-8"))
    after = json.loads(Path(after_path).read_text(encoding="utf-8"))
    if before.keys() != after.keys():
        print("the two files hold different scenes: save both with the same --seed and --n")
        return 2
    differ = 0
    for name, a in before.items():
        b = after[name]
        statuses = [c["status"] for c in a["checks"]] == [c["status"] for c in b["checks"]]
        if not (statuses and a["quad"] == b["quad"] and _close(a, b)):
            differ += 1
            print(f"DIFFERENT {name}: quad {a['quad']} -> {b['quad']}; " + ", ".join(
                f"{x['id']} {x['status']} {x['value']} -> {y['status']} {y['value']}"
                for x, y in zip(a["checks"], b["checks"]) if not _close(x, y)))
    identical = sum(before[name] == after[name] for name in before)
    print(f"{len(before)} reports: {identical} byte-identical, {differ} different "
          f"(statuses, quad, or a value beyond {TOLERANCE:g} relative)")
    return 1 if differ else 0


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = parser.add_subparsers(dest="command", required=True)
    saving = sub.add_parser("save", help="write the reports of the scenes and fixtures to FILE")
    saving.add_argument("file")
    saving.add_argument("--seed", type=int, required=True, help="first scene seed (your own range)")
    saving.add_argument("--n", type=int, default=300, help="generated scenes (default 300)")
    comparing = sub.add_parser("compare", help="compare two saved files")
    comparing.add_argument("before")
    comparing.add_argument("after")
    args = parser.parse_args()
    if args.command == "save":
        save(args.file, args.seed, args.n)
    else:
        sys.exit(compare(args.before, args.after))


if __name__ == "__main__":
    main()
