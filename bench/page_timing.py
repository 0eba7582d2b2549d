"""Time the self-check page in headless Chromium, served from 127.0.0.1; print the figures.

    .venv/bin/python bench/page_timing.py [--site DIR] [--runs N]

- ready, first visit: from navigation start to "ready" (Pyodide booted, checks imported),
  in a fresh browser context (empty caches), median of N;
- ready, repeat visit: the same, in a context whose service worker has precached the site
  and whose worker kept a snapshot of Python's memory after the first boot;
- bytes a first visit downloads: response bodies the server sent until the service worker
  has precached the site (raw: the server does not compress). A fresh context keeps its
  HTTP cache in memory and does not keep the 9.6 MB pyodide.asm.wasm, so the precache
  fetches it a second time; a browser profile with a disk cache revalidates it instead;
- 12-megapixel JPEG: from the file input's change event to the complete report
  (data-verdict set), after one earlier check has warmed the worker, median of N; with the
  worker's own split into decoding and Python.

Without --site the site is built into a temporary folder with `mkdocs build --strict`.
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

from PIL import Image, ImageDraw, ImageFont
from playwright.sync_api import sync_playwright

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests" / "site"))
from conftest import CHROMIUM, CHROMIUM_ARGS, SiteServer  # noqa: E402  (the tests' server and browser flags)

FONT = "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc"
PAGE = "self-check/"
READY = ".selfcheck-runtime[data-state=ready]"
# Marks when a file is chosen and when its report is complete, in page time.
WATCH = """
window.__chosen = [];
window.__done = [];
addEventListener("DOMContentLoaded", () => {
  document.querySelector("input[type=file]").addEventListener("change", () => __chosen.push(performance.now()));
  new MutationObserver((records) => {
    for (const record of records) if (record.target.dataset.verdict) __done.push(performance.now());
  }).observe(document.body, {subtree: true, attributes: true, attributeFilter: ["data-verdict"]});
});
"""


def specimen_jpeg(path: Path, size=(4000, 3000)) -> Path:
    """A 12-megapixel photo-like specimen: a card marked 样本 SPECIMEN on a textured desk."""
    scene = Image.effect_noise(size, 24).convert("RGB")
    scene = Image.blend(scene, Image.new("RGB", size, (120, 84, 52)), 0.7)
    card_w, card_h = int(size[0] * 0.6), int(size[0] * 0.6 / 1.586)
    card = Image.new("RGB", (card_w, card_h), (214, 226, 240))
    draw = ImageDraw.Draw(card)
    draw.text((card_w * 0.06, card_h * 0.08), "样本 SPECIMEN", font=ImageFont.truetype(FONT, card_w // 14),
              fill=(180, 20, 20))
    body = ImageFont.truetype(FONT, card_w // 28)
    for row in range(5):
        draw.text((card_w * 0.06, card_h * (0.3 + row * 0.12)), f"样本 字段 {row} 0000000000", font=body,
                  fill=(25, 25, 30))
    scene.paste(card, ((size[0] - card_w) // 2, (size[1] - card_h) // 2))
    scene.save(path, quality=90)
    return path


def ready_ms(page, url: str, stages: list) -> int:
    page.goto(url)
    runtime = page.locator(READY)
    runtime.wait_for(timeout=120_000)
    stages.append([int(ms) for ms in runtime.get_attribute("data-boot-stages").split()])
    return int(runtime.get_attribute("data-ready-ms"))


def stage_medians(stages: list) -> str:
    names = ("pyodide.mjs", "loadPyodide", "checks")
    return ", ".join(f"{name} {statistics.median(s[i] for s in stages):.0f}" for i, name in enumerate(names))


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--site", type=Path, help="a built site (default: build one)")
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()

    with tempfile.TemporaryDirectory() as scratch:
        scratch = Path(scratch)
        site = args.site
        if site is None:
            site = scratch / "site"
            subprocess.run([sys.executable, "-m", "mkdocs", "build", "--strict", "--quiet", "--site-dir", str(site)],
                           cwd=ROOT, check=True)
        photo = specimen_jpeg(scratch / "specimen-12mp.jpg")
        warm = specimen_jpeg(scratch / "specimen-warm.jpg", size=(1200, 900))
        server = SiteServer(site)
        url = server.url + PAGE
        with sync_playwright() as playwright:
            browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
            first, repeat, report, split = [], [], [], []
            first_stages, repeat_stages, sent = [], [], []
            for _ in range(args.runs):
                context = browser.new_context()
                context.add_init_script(WATCH)
                page = context.new_page()
                before = server.httpd.bytes_sent
                first.append(ready_ms(page, url, first_stages))
                # the service worker has precached the site and the worker kept Python's snapshot
                page.locator(".selfcheck-runtime[data-offline=ready][data-snapshot=kept]").wait_for(timeout=120_000)
                sent.append(server.httpd.bytes_sent - before)
                page.close()
                page = context.new_page()  # a repeat visit: the service worker serves the site
                repeat.append(ready_ms(page, url, repeat_stages))
                page.set_input_files("input[type=file]", str(warm))
                page.locator(".selfcheck-report[data-verdict]").wait_for(timeout=120_000)
                page.set_input_files("input[type=file]", str(photo))
                page.wait_for_function("() => window.__done.length >= 2", timeout=120_000)
                chosen, done = page.evaluate("[window.__chosen.at(-1), window.__done.at(-1)]")
                report.append(done - chosen)
                card = page.locator(".selfcheck-report[data-verdict]")
                split.append((int(card.get_attribute("data-decode-ms")), int(card.get_attribute("data-check-ms"))))
                context.close()
            browser.close()
        server.stop()

    median = statistics.median
    print(f"runs: {args.runs} (median shown, then every run)")
    print(f"ready, first visit:   {median(first):7.0f} ms   {first}   target <= 3000 ms")
    print(f"  worker boot stages (ms): {stage_medians(first_stages)}")
    print(f"first visit downloads: {median(sent) / 1e6:.2f} MB with the offline precache (raw)")
    print(f"ready, repeat visit:  {median(repeat):7.0f} ms   {repeat}   target <= 1500 ms")
    print(f"  worker boot stages (ms): {stage_medians(repeat_stages)}")
    print(f"12 MP JPEG -> report: {median(report):7.0f} ms   {[round(r) for r in report]}   target <= 1500 ms")
    print(f"  of which in the worker: decode {median(s[0] for s in split):.0f} ms, "
          f"Python checks {median(s[1] for s in split):.0f} ms")


if __name__ == "__main__":
    main()
