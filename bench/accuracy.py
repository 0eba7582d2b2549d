"""Accuracy of `checks` on generated scenes it has never seen: prints figures, asserts nothing.

    nice .venv/bin/python bench/accuracy.py [--n 400] [--seed 1000] [--list] [--only DEFECT]
                                            [--style heldout] [--fill 0.85-0.97] [--uncropped]
                                            [--save scenes.json]

Scenes come from tests/specimens (random_scene): clean captures (phone photos on wood,
keyboards, fabric, a light desk, a dark cloth, with hands and distractor rectangles;
flatbed scans; JPEG quality 80–93) and scenes with one defect each, at strengths past
its limit. The expected status of every check comes from the construction
(tests/specimens/truth.py), not from the checks. `--style heldout` draws the same kinds of
scene in the held-out style (tests/specimens/heldout.py: other surfaces, a rougher phone
camera, sleeves, curled pages, shadows, framings from 30 to 90 %), which nobody tunes on,
and adds a table of clean scenes by held-out effect. `--fill LOW-HIGH` makes the ID cards
photographed fill that share of the picture (sellers often fill the frame; the styles
draw 50–80 % and 30–90 %), the scenes otherwise as drawn. `--uncropped` places each
photo's document as a phone sees it off the middle of an uncropped picture, where the
styles move its head-on view across the picture as a crop around it would show it
(tests/specimens/scene.py, `Scene.uncropped`): the two differ for steep views.

Figures:
- per defect: detection = share of its scenes where the targeted check gives an accepted
  status (fail, or warn/fail where the truth says "warn-or-fail"), the share that fail,
  and how many of the scenes detected had an outline on the document (IoU 0.5 or more
  with the part of it the picture shows), not judged on the whole picture or on
  something else in it;
- per check, on clean scenes: false alarms = status the truth does not accept (fail where
  pass or pass-or-warn is expected, warn where pass is expected), the share failed, and
  how many of the false alarms on whole documents came with an outline off the document
  (none, or IoU below 0.5: the document checks then measured something else);
- outline: mean IoU of the reported quad with the true corners on in-frame documents,
  the share with IoU ≥ 0.90, and how often no outline was found;
- framing: cut-off documents failed, whole documents failed.
Bars (issue 3): each defect detected ≥ 95 %, ≤ 5 % false alarms per check on clean scenes,
≥ 90 % of cut-off cards caught and ≤ 5 % of whole cards failed, IoU ≥ 0.90 on most.
"""

from __future__ import annotations

import argparse
import json
import math
import statistics
import sys
import time
from collections import Counter, defaultdict
from dataclasses import replace
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import checks  # noqa: E402
from checks.report import PIXEL_CHECKS  # noqa: E402
from tests.specimens import DEFECTS, make, random_scene  # noqa: E402
from tests.specimens.geometry import shown_iou  # noqa: E402
from tests.specimens.truth import accepts, placement  # noqa: E402

CLEAN_PER_CYCLE = 7   # clean scenes per cycle through the 13 defects: 35 % of all scenes
# held-out effects reported one by one on clean scenes (a scene has several)
HELDOUT_EFFECTS = {
    "vignette ≥ 0.2": lambda look: look.vignette >= 0.2,
    "barrel distortion": lambda look: look.barrel > 0,
    "white balance off": lambda look: look.white_balance != (1.0, 1.0, 1.0),
    "cast shadow": lambda look: look.cast_shadow > 0,
    "night (luma noise σ ≥ 3.5)": lambda look: look.luma_noise >= 3.5,
    "sharpening": lambda look: look.sharpen is not None,
    "sleeve": lambda look: look.sleeve,
    "fingers over edge": lambda look: look.fingers,
    "curled page": lambda look: look.curl != 0,
    "folded page": lambda look: look.fold,
    "phone beside": lambda look: look.phone,
    "second card beside": lambda look: look.second_card,
}
IOU_BAR = 0.90
OFF_BAR = 0.5  # an outline overlapping its document less than this is of something else


def held_out_effects(look) -> str:
    """'; held-out: effect, effect' for a held-out scene's --list line, else ''."""
    if look is None:
        return ""
    return "; held-out: " + (", ".join(name for name, present in HELDOUT_EFFECTS.items() if present(look)) or "none")


def scene_kinds(n: int, only: str | None) -> list[str | None]:
    if only:
        return [None if only == "clean" else only] * n
    cycle = [None] * CLEAN_PER_CYCLE + list(DEFECTS)
    return [cycle[i % len(cycle)] for i in range(n)]


def check(specimen) -> dict:
    """`checks.check_image`'s report on a specimen's pixels, with its file's name, size
    and type, as the site passes them."""
    w, h = specimen.image.size
    return checks.check_image(specimen.rgba(), w, h, specimen.document, side=specimen.side,
                              file_name=specimen.file_name, file_size=specimen.file_size,
                              mime_type=specimen.mime_type)


def run(n: int, seed: int, only: str | None, style: str | None, fill: tuple[float, float] | None = None,
        uncropped: bool = False):
    rows = []
    started = time.time()
    for i, defect in enumerate(scene_kinds(n, only)):
        specimen = make(random_scene(seed + i, defect, style=style, fill=fill, uncropped=uncropped))
        t0 = time.perf_counter()
        report = check(specimen)
        elapsed = time.perf_counter() - t0
        statuses = {c["id"]: c for c in report["checks"]}
        report["metadata"] = specimen.metadata()
        # keep the truth, not the pixels: 400 photos would hold gigabytes
        specimen = replace(specimen, image=None, data=b"")
        rows.append((seed + i, defect, specimen, report, statuses, elapsed))
        if (i + 1) % 25 == 0:
            print(f"  {i + 1}/{n} scenes, {time.time() - started:.0f} s", file=sys.stderr)
    return rows


def pct(part: int, whole: int) -> str:
    return f"{100 * part / whole:5.1f} %" if whole else "    –  "


def interval(part: int, whole: int, z: float = 1.96) -> str:
    """The 95 % Wilson score interval of a rate (Wilson 1927, JASA 22(158)): with 20
    scenes a defect's detection is known only to within about ±20 points."""
    if not whole:
        return "–"
    rate = part / whole
    spread = z * math.sqrt(rate * (1 - rate) / whole + z * z / (4 * whole * whole))
    middle, scale = rate + z * z / (2 * whole), 1 + z * z / whole
    low = max(0.0, (middle - spread) / scale)  # 0, not a rounding's -0, for no scene at all
    return f"{100 * low:.0f}–{100 * (middle + spread) / scale:.0f} %"


def outline_iou(row) -> float:
    """IoU of a scene's reported outline with the part of the document the picture shows
    (all of it when it is in frame); 0 for none."""
    quad = row[3]["quad"]
    return 0.0 if quad is None else shown_iou([tuple(p) for p in quad], list(row[2].corners), *row[3]["size"])


def summarise(rows, listing: bool):
    misses = []
    print("\n## Detection of each defect (targeted check)\n")
    print("(outline on: of the scenes detected, those whose outline overlapped the document's visible part")
    print(f"by IoU {OFF_BAR} or more; the rest were judged on the whole picture or on something else in it)\n")
    print("| defect | check | scenes | detected | 95 % interval | failed | outline on | grey-zone scenes |")
    print("|---|---|---:|---:|---:|---:|---:|---:|")
    for defect, check in DEFECTS.items():
        mine = [r for r in rows if r[1] == defect]
        real = [r for r in mine if r[2].expected[check] in ("fail", "warn-or-fail")]
        hit = [r for r in real if accepts(r[2].expected[check], r[4][check]["status"])]
        failed = [r for r in real if r[4][check]["status"] == "fail"]
        misses += [(r, check) for r in real if r not in hit]
        on = f"{sum(outline_iou(r) >= OFF_BAR for r in hit)} of {len(hit)}" if check in PIXEL_CHECKS else "–"
        print(f"| {defect} | {check} | {len(real)} | {pct(len(hit), len(real))} | {interval(len(hit), len(real))} | "
              f"{pct(len(failed), len(real))} | {on} | {len(mine) - len(real)} |")

    clean = [r for r in rows if r[1] is None]
    print(f"\n## False alarms on {len(clean)} clean scenes\n")
    print(f"(outline off: of the false alarms on whole documents, those with no outline or IoU below {OFF_BAR}:")
    print("the document checks then measure something else)\n")
    print("| check | false alarms | 95 % interval | failed | warned | skipped | outline off |")
    print("|---|---:|---:|---:|---:|---:|---:|")
    for check in checks.CHECK_IDS:
        wrong = [r for r in clean if not accepts(r[2].expected[check], r[4][check]["status"])]
        counts = Counter(r[4][check]["status"] for r in clean)
        misses += [(r, check) for r in wrong]
        on_whole = [r for r in wrong if placement(r[2].measures) == "pass"]
        off = sum(outline_iou(r) < OFF_BAR for r in on_whole)
        print(f"| {check} | {pct(len(wrong), len(clean))} | {interval(len(wrong), len(clean))} | {pct(counts['fail'], len(clean))} | "
              f"{pct(counts['warn'], len(clean))} | {pct(counts['skip'], len(clean))} | {off} of {len(on_whole)} |")

    in_frame = [r for r in rows if placement(r[2].measures) == "pass" and r[2].measures["colour_mode"] == "colour"]
    overlaps, none = [], 0
    by_kind = defaultdict(list)
    for r in in_frame:
        none += r[3]["quad"] is None
        overlaps.append(outline_iou(r))
        kind = "scan" if r[2].scene.capture == "scan" else r[2].scene.surface
        by_kind[(r[2].document, kind)].append((overlaps[-1], r[4]["framing"]["status"] == "fail"))
    print(f"\n## Outline on {len(in_frame)} in-frame documents\n")
    if in_frame:
        good = sum(o >= IOU_BAR for o in overlaps)
        print(f"mean IoU {statistics.fmean(overlaps):.3f}, median {statistics.median(overlaps):.3f}; "
              f"IoU ≥ {IOU_BAR}: {pct(good, len(overlaps)).strip()}; no outline: {pct(none, len(overlaps)).strip()}\n")
        print("| document | surface | scenes | mean IoU | IoU ≥ 0.90 | framing failed |")
        print("|---|---|---:|---:|---:|---:|")
        for (doc, kind), pairs in sorted(by_kind.items()):
            values = [v for v, _ in pairs]
            print(f"| {doc} | {kind} | {len(values)} | {statistics.fmean(values):.3f} | "
                  f"{pct(sum(v >= IOU_BAR for v in values), len(values))} | {pct(sum(f for _, f in pairs), len(pairs))} |")

    cut = [r for r in rows if placement(r[2].measures) == "fail"]
    whole = [r for r in rows if placement(r[2].measures) == "pass" and r[2].measures["colour_mode"] == "colour"]
    cut_cards = [r for r in cut if r[2].document == "id-card"]
    whole_cards = [r for r in whole if r[2].document == "id-card"]
    fails = lambda rs: sum(r[4]["framing"]["status"] == "fail" for r in rs)  # noqa: E731
    caught = lambda rs: sum(r[4]["framing"]["status"] in ("warn", "fail") for r in rs)  # noqa: E731
    clean_cards = [r for r in whole_cards if r[1] is None and r[2].scene.capture == "photo"]

    def off(rs):
        """Of the scenes whose framing disagrees with the truth, those with the outline off."""
        wrong = [r for r in rs if not accepts(r[2].expected["framing"], r[4]["framing"]["status"])]
        return f"{sum(outline_iou(r) < OFF_BAR for r in wrong)} of {len(wrong)}"

    print("\n## Framing\n")
    print(f"(outline off: of the scenes whose framing disagrees with the truth, those with no outline or IoU below {OFF_BAR}")
    print("with the document's visible part: the outline lay on something else, such as another card, a box or tiles)\n")
    print("| documents | scenes | failed | warned or failed | outline off |")
    print("|---|---:|---:|---:|---:|")
    for name, group in (("cut off (all)", cut), ("cut off (ID cards)", cut_cards), ("whole (all)", whole),
                        ("whole (ID cards)", whole_cards), ("whole (clean ID-card photos)", clean_cards)):
        print(f"| {name} | {len(group)} | {pct(fails(group), len(group))} | {pct(caught(group), len(group))} | {off(group)} |")

    others = Counter()
    for r in rows:
        if r[1] is None:
            continue
        for check in checks.CHECK_IDS:
            if check != DEFECTS[r[1]] and not accepts(r[2].expected[check], r[4][check]["status"]):
                others[(r[1], check, r[4][check]["status"], r[2].expected[check])] += 1
    if others:
        print("\n## Other checks disagreeing with the truth on defect scenes (not counted above)\n")
        print("| defect | check | got | expected | scenes |")
        print("|---|---|---|---|---:|")
        for (defect, check, got, want), count in others.most_common(15):
            print(f"| {defect} | {check} | {got} | {want} | {count} |")

    looked = [r for r in clean if r[2].look]
    if looked:
        print(f"\n## Clean scenes by held-out effect ({len(looked)} scenes)\n")
        print("| effect | scenes | any false alarm | framing | sharpness | exposure | color | glare | mean IoU in frame |")
        print("|---|---:|---:|---:|---:|---:|---:|---:|---:|")
        wrong = lambda r, c: not accepts(r[2].expected[c], r[4][c]["status"])  # noqa: E731
        overlap_of = {id(r): o for r, o in zip(in_frame, overlaps)}
        groups = [(f"surface {name}", [r for r in looked if r[2].scene.surface == name])
                  for name in sorted({r[2].scene.surface for r in looked})]
        groups += [(name, [r for r in looked if effect(r[2].look)]) for name, effect in HELDOUT_EFFECTS.items()]
        for name, group in groups:
            if not group:
                continue
            framed = [overlap_of[id(r)] for r in group if id(r) in overlap_of]
            overlap = statistics.fmean(framed) if framed else float("nan")
            print(f"| {name} | {len(group)} | {pct(sum(any(wrong(r, c) for c in checks.CHECK_IDS) for r in group), len(group))} | "
                  + " | ".join(pct(sum(wrong(r, c) for r in group), len(group)) for c in ("framing", "sharpness", "exposure", "color", "glare"))
                  + f" | {overlap:.3f} |")

    times = [r[5] for r in rows]
    print(f"\nCPython time per scene in check_image: mean {statistics.fmean(times) * 1000:.0f} ms, "
          f"max {max(times) * 1000:.0f} ms ({len(rows)} scenes, mean {statistics.fmean(r[3]['size'][0] * r[3]['size'][1] for r in rows) / 1e6:.1f} MP)")
    if listing:
        print("\n## Disagreements\n")
        for r, check in misses:
            c = r[4][check]
            m = r[2].measures
            print(f"seed {r[0]} {r[1] or 'clean'} {r[2].document}/{r[2].scene.variant} {r[2].scene.capture} "
                  f"{r[2].scene.surface} {list(r[2].scene.props)}: {check} {c['status']} "
                  f"(value {c['value']}, limit {c['limit']}) expected {r[2].expected[check]}; "
                  f"dpi {m['dpi']:.0f} blur_mm {m['blur_mm']:.3f} angle {m['angle_dev']:.1f} "
                  f"border {m['border_px']:.0f} glare {m['glare_share']:.3f} bright {m['brightness']:.2f} "
                  f"lost {m['print_lost']:.2f} outline IoU {outline_iou(r):.2f}" + held_out_effects(r[2].look))


def _share_range(text: str) -> tuple[float, float]:
    """'LOW-HIGH' as two shares 0 < LOW <= HIGH <= 1."""
    try:
        low, high = (float(part) for part in text.split("-"))
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected LOW-HIGH, such as 0.85-0.97, not {text!r}") from None
    if not 0 < low <= high <= 1:
        raise argparse.ArgumentTypeError(f"expected 0 < LOW <= HIGH <= 1, not {text!r}")
    return low, high


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=400, help="number of scenes (default 400)")
    parser.add_argument("--seed", type=int, default=1000, help="first seed (default 1000; fixtures use 101–214)")
    parser.add_argument("--list", action="store_true", help="list every disagreement with its figures")
    parser.add_argument("--only", choices=["clean", *DEFECTS], help="only clean scenes or only one defect")
    parser.add_argument("--style", choices=["default", "heldout"], default="default",
                        help="scene style: the default scenes, or the held-out ones nobody tunes on")
    parser.add_argument("--fill", type=_share_range, metavar="LOW-HIGH",
                        help="ID cards photographed fill this share of the picture, e.g. 0.85-0.97")
    parser.add_argument("--uncropped", action="store_true",
                        help="photos' documents seen as a phone sees them off the picture's middle")
    parser.add_argument("--save", type=Path, help="write every scene's truth and report to this JSON file")
    args = parser.parse_args()
    print(f"# checks accuracy: {args.n} {args.style} scenes from seed {args.seed}" + (f", {args.only} only" if args.only else "")
          + (f", ID cards filling {args.fill[0]:g}-{args.fill[1]:g} of the picture" if args.fill else "")
          + (", uncropped photos" if args.uncropped else ""))
    rows = run(args.n, args.seed, args.only, None if args.style == "default" else args.style, args.fill, args.uncropped)
    summarise(rows, args.list)
    if args.save:
        args.save.write_text(json.dumps([
            {"seed": seed, "defect": defect, **report.pop("metadata"), "report": report}
            for seed, defect, specimen, report, _, _ in rows], ensure_ascii=False, indent=1))


if __name__ == "__main__":
    main()
