"""The self-check page in Chromium: what a seller sees for good, bad and unreadable files.

The pictures are specimens drawn here with Pillow (marked 样本 / SPECIMEN). PNG keeps the
pixels exact, so the page's report can be compared with `checks.check_image` run in
CPython on the same pixels: the page must show what `checks` decides, status for status.
"""

from __future__ import annotations

import importlib.util
import shutil
import time

from PIL import Image, ImageDraw, ImageFilter, ImageFont
import pytest

import checks
from tests.site.conftest import ROOT, SiteServer

FONT = "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc"
# html lang -> (path prefix, the language `checks` speaks)
EDITIONS = {"zh": ("", "zh-Hans"), "zh-Hant": ("zh-Hant/", "zh-Hant"), "en": ("en/", "en")}
PIXEL_CHECKS = ("resolution", "color", "exposure", "glare", "sharpness", "framing", "perspective")


# ---- specimens -------------------------------------------------------------------------

def specimen_card(width: int) -> Image.Image:
    """An ID-1 shaped card with invented text, marked 样本 SPECIMEN."""
    height = round(width / 1.586)
    card = Image.new("RGB", (width, height))
    draw = ImageDraw.Draw(card)
    for y in range(height):  # the printed colour band of the card
        draw.line([(0, y), (width, y)], fill=(200 - y * 60 // height, 220 - y * 30 // height, 240))
    title = ImageFont.truetype(FONT, width // 14)
    body = ImageFont.truetype(FONT, width // 28)
    draw.text((width * 0.06, height * 0.08), "样本 SPECIMEN", font=title, fill=(180, 20, 20))
    lines = ["姓名 样本张三", "性别 男  民族 汉", "出生 2000年1月1日", "住址 样本省样本市样本路1号",
             "公民身份号码 000000200001010000"]
    for row, line in enumerate(lines):
        draw.text((width * 0.06, height * (0.3 + row * 0.12)), line, font=body, fill=(25, 25, 30))
    draw.rectangle([width * 0.68, height * 0.28, width * 0.94, height * 0.85], fill=(150, 160, 175))
    return card


def specimen_scene(size=(1600, 1200), card_width=960, shift=0) -> Image.Image:
    """The card on a striped brown desk, centred, or moved right by `shift` pixels."""
    scene = Image.new("RGB", size)
    draw = ImageDraw.Draw(scene)
    for x in range(0, size[0], 3):
        v = (x * 7919) % 29 - 14  # deterministic grain
        draw.line([(x, 0), (x, size[1])], fill=(92 + v, 64 + v, 40 + v), width=3)
    card = specimen_card(card_width)
    scene.paste(card, ((size[0] - card.width) // 2 + shift, (size[1] - card.height) // 2))
    return scene


def good_specimen() -> Image.Image:
    return specimen_scene()


def bad_specimen() -> Image.Image:
    """Greyscale, blurred, cut off on the right, with a glare blob: fails by construction."""
    picture = specimen_scene(shift=420).convert("L").convert("RGB").filter(ImageFilter.GaussianBlur(5))
    glare = Image.new("L", picture.size, 0)
    ImageDraw.Draw(glare).ellipse([880, 400, 1180, 600], fill=255)
    picture.paste((255, 255, 255), mask=glare.filter(ImageFilter.GaussianBlur(8)))
    return picture


@pytest.fixture(scope="module")
def specimens(tmp_path_factory):
    folder = tmp_path_factory.mktemp("specimens")
    files = {}
    for name, picture in {"good.png": good_specimen(), "bad.png": bad_specimen()}.items():
        picture.save(folder / name)
        files[name] = folder / name
    raw = {
        # an HEIF container as an iPhone writes it: Chromium cannot decode it
        "photo.heic": b"\x00\x00\x00\x18ftypheic\x00\x00\x00\x00mif1heic" + bytes(range(256)) * 8,
        "scan.pdf": b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n"
                    b"2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n",
        "broken.jpg": b"\xff\xd8\xff\xe0\x00\x10JFIF\x00" + bytes(range(251, 0, -1)) * 16,
        "empty.jpg": b"",
    }
    for name, data in raw.items():
        (folder / name).write_bytes(data)
        files[name] = folder / name
    good_specimen().save(folder / "scan.tiff")
    files["scan.tiff"] = folder / "scan.tiff"
    # 108 megapixels, a few kilobytes as a 1-bit PNG: must be refused before decoding
    Image.new("1", (12000, 9000), 1).save(folder / "huge.png")
    files["huge.png"] = folder / "huge.png"
    return files


def cpython_report(path, document, side, lang):
    picture = Image.open(path).convert("RGBA")
    return checks.check_image(picture.tobytes(), *picture.size, document, side=side,
                              file_name=path.name, file_size=path.stat().st_size,
                              mime_type="image/png", lang=lang)


# ---- driving the page ------------------------------------------------------------------

WATCH_CSP = """
window.__cspViolations = [];
document.addEventListener("securitypolicyviolation",
  (event) => window.__cspViolations.push(event.violatedDirective + " " + event.blockedURI));
"""


def open_self_check(page, server, edition="zh"):
    page.add_init_script(WATCH_CSP)
    page.goto(server.url + EDITIONS[edition][0] + "self-check/")
    page.locator(".selfcheck-runtime[data-state=ready]").wait_for(timeout=60_000)


def check_files(page, paths, document="id-card", side="front"):
    page.check(f"input[name=document][value={document}]")
    if side:
        page.check(f"input[name=side][value={side}]")
    page.set_input_files("input[type=file]", [str(path) for path in paths])
    done = page.locator(".selfcheck-report[data-verdict]")
    done.nth(len(paths) - 1).wait_for(timeout=60_000)
    return read_reports(page)


def read_reports(page):
    return page.evaluate("""() => [...document.querySelectorAll(".selfcheck-report")].map((r) => ({
      file: r.dataset.file, verdict: r.dataset.verdict,
      notice: r.querySelector("[data-notice]")?.dataset.notice ?? null,
      noticeText: r.querySelector("[data-notice]")?.textContent ?? "",
      pictures: r.querySelectorAll("canvas").length,
      checks: Object.fromEntries([...r.querySelectorAll("[data-check]")].map((c) => [c.dataset.check, {
        status: c.dataset.status,
        message: c.querySelector(".selfcheck-check__message")?.textContent ?? "",
        guide: c.querySelector("a")?.href ?? "",
      }])),
    }))""")


# ---- tests -----------------------------------------------------------------------------

def test_page_offers_the_stable_hooks(page, server):
    open_self_check(page, server)
    assert page.locator("input[type=file]").count() == 1
    values = page.eval_on_selector_all("input[name=document]", "els => els.map((e) => e.value)")
    assert values == ["id-card", "business-license", "document"]
    sides = page.eval_on_selector_all("input[name=side]", "els => els.map((e) => e.value)")
    assert sides == ["front", "back"]
    # the listed automatic checks are exactly the ones `checks` makes, in its order
    listed = page.eval_on_selector_all(".selfcheck-automatic [data-id]", "els => els.map((e) => e.dataset.id)")
    assert listed == list(checks.CHECK_IDS)


@pytest.mark.parametrize("edition", ["zh", "en"])
def test_good_and_bad_specimens_show_what_checks_decides(page, server, specimens, edition):
    open_self_check(page, server, edition)
    shown = {r["file"]: r for r in check_files(page, [specimens["good.png"], specimens["bad.png"]])}
    lang = EDITIONS[edition][1]

    for name in ("good.png", "bad.png"):
        expected = cpython_report(specimens[name], "id-card", "front", lang)
        report = shown[name]
        assert report["verdict"] == expected["verdict"]
        assert report["pictures"] == 1
        for check in expected["checks"]:
            assert report["checks"][check["id"]]["status"] == check["status"], (name, check["id"])
            assert report["checks"][check["id"]]["message"] == check["message"]
            assert report["checks"][check["id"]]["guide"].endswith(
                f"/{EDITIONS[edition][0]}photos/#{check['id']}")

    assert shown["good.png"]["verdict"] in {"pass", "warn"}
    assert all(c["status"] != "fail" for c in shown["good.png"]["checks"].values())
    bad = shown["bad.png"]
    assert bad["verdict"] == "fail"
    assert bad["checks"]["color"]["status"] == "fail"
    assert bad["checks"]["sharpness"]["status"] == "fail"


def test_bad_specimen_is_seen_cut_off():
    picture = bad_specimen().convert("RGBA")
    report = checks.check_image(picture.tobytes(), picture.width, picture.height, "id-card")
    framing = next(check for check in report["checks"] if check["id"] == "framing")
    assert framing["status"] == "fail"
    assert "right" in framing["sides"]


def test_document_choice_reaches_the_checks(page, server, specimens):
    open_self_check(page, server, "en")
    check_files(page, [specimens["good.png"]])
    page.check("input[name=document][value=business-license]")
    assert page.locator("input[name=side]").first.is_disabled()
    page.locator(".selfcheck-report[data-verdict]").wait_for(timeout=60_000)
    report = read_reports(page)[0]
    expected = cpython_report(specimens["good.png"], "business-license", None, "en")
    assert {k: v["status"] for k, v in report["checks"].items()} == {
        c["id"]: c["status"] for c in expected["checks"]}
    assert page.locator(".selfcheck-report__document").inner_text() == "Business licence"


# What each message must tell the seller to do, in each edition.
NOTICES = {
    "photo.heic": ("heic", {"zh": "兼容性最佳", "zh-Hant": "最相容", "en": "Most Compatible"}),
    "scan.pdf": ("pdf", {"zh": "另存为 JPEG", "zh-Hant": "另存為 JPEG", "en": "save the page as a JPEG"}),
    "broken.jpg": ("corrupt", {"zh": "无法作为图片打开", "zh-Hant": "無法作為圖片開啟",
                               "en": "cannot be opened as a picture"}),
    "empty.jpg": ("empty", {"zh": "0 字节", "zh-Hant": "0 位元組", "en": "0 bytes"}),
    "scan.tiff": ("tiff", {"zh": "浏览器无法显示 TIFF", "zh-Hant": "瀏覽器無法顯示 TIFF",
                           "en": "browsers cannot display TIFF"}),
}


@pytest.mark.parametrize("edition", EDITIONS)
def test_files_the_browser_cannot_show_get_a_message(page, server, specimens, edition):
    open_self_check(page, server, edition)
    reports = {r["file"]: r for r in check_files(page, [specimens[name] for name in NOTICES])}
    for name, (notice, phrases) in NOTICES.items():
        report = reports[name]
        assert report["notice"] == notice, name
        assert phrases[edition] in report["noticeText"], (name, report["noticeText"])
        assert report["pictures"] == 0
        assert all(report["checks"][check_id]["status"] == "skip" for check_id in PIXEL_CHECKS)
    assert "截" in reports["photo.heic"]["noticeText"] or "screenshot" in reports["photo.heic"]["noticeText"]
    assert reports["photo.heic"]["checks"]["file-type"]["status"] == "fail"
    assert reports["empty.jpg"]["verdict"] == "fail"


def test_huge_photo_and_huge_file_are_refused_before_decoding(page, server, specimens, tmp_path):
    open_self_check(page, server, "en")
    report = check_files(page, [specimens["huge.png"]])[0]
    assert report["notice"] == "huge-pixels"
    assert "108.0 megapixels" in report["noticeText"]
    assert report["pictures"] == 0
    # 60 MB that start like a JPEG: refused by size, never read as a picture
    big = tmp_path / "big.jpg"
    big.write_bytes(specimens["broken.jpg"].read_bytes().ljust(60 * 1024 * 1024, b"\0"))
    report = check_files(page, [big])[0]
    assert report["notice"] == "huge-file"
    assert report["checks"]["file-size"]["status"] == "fail"


def test_reset_drops_the_pictures(page, server, specimens):
    open_self_check(page, server)
    check_files(page, [specimens["good.png"]])
    page.locator(".selfcheck-runtime[data-snapshot=kept]").wait_for(timeout=60_000)
    page.click("[data-action=reset-files]")
    assert page.locator(".selfcheck-report").count() == 0
    assert page.locator("canvas").count() == 0
    assert page.eval_on_selector("input[type=file]", "input => input.files.length") == 0
    assert page.locator(".selfcheck-results").is_hidden()
    # the worker that saw the picture is gone: a fresh one, restored from the snapshot, checks on
    page.locator(".selfcheck-runtime[data-state=ready][data-restored=true]").wait_for(timeout=60_000)
    assert check_files(page, [specimens["bad.png"]])[0]["verdict"] == "fail"


def test_ticks_persist_across_reload_and_reset_clears_them(page, server, specimens):
    open_self_check(page, server)
    boxes = page.locator(".selfcheck-manual input[type=checkbox]")
    assert boxes.count() == 6
    boxes.nth(0).check()
    boxes.nth(3).check()
    check_files(page, [specimens["good.png"]])
    page.reload()
    page.locator(".selfcheck-runtime[data-state=ready]").wait_for(timeout=60_000)
    assert [boxes.nth(i).is_checked() for i in range(6)] == [True, False, False, True, False, False]
    # storage holds the ticks and nothing of the picture
    stored = page.evaluate("() => Object.entries(localStorage)")
    assert all(len(value) < 500 and "image" not in value for _, value in stored), stored
    page.click("[data-action=reset-ticks]")
    page.reload()
    page.locator(".selfcheck-manual input[type=checkbox]").first.wait_for()
    assert not any(boxes.nth(i).is_checked() for i in range(6))


def test_print_summary_keeps_checks_ticks_and_date_and_pictures_only_on_request(page, server, specimens):
    open_self_check(page, server, "en")
    check_files(page, [specimens["good.png"]])
    page.emulate_media(media="print")
    assert page.locator(".selfcheck-picker").is_hidden()
    assert page.locator(".selfcheck-report canvas").is_hidden()
    assert page.locator("[data-check=color]").is_visible()
    assert page.locator(".selfcheck-manual input").first.is_visible()
    assert page.locator(".selfcheck-printed time").inner_text().strip()
    page.emulate_media(media="screen")
    page.check("[data-action=print-pictures]")
    page.emulate_media(media="print")
    assert page.locator(".selfcheck-report canvas").is_visible()


def test_csp_allows_only_this_origin_and_nothing_is_refused(page, server, traffic, specimens):
    open_self_check(page, server)
    policy = page.get_attribute('meta[http-equiv="Content-Security-Policy"]', "content")
    assert "connect-src 'self'" in policy and "default-src 'self'" in policy
    assert "http" not in policy and "*" not in policy
    assert "'unsafe-inline'" not in policy and "'unsafe-eval'" not in policy
    check_files(page, [specimens["good.png"], specimens["photo.heic"]])
    assert page.evaluate("window.__cspViolations") == []
    traffic.assert_private()


def test_works_offline_after_one_visit(page, server, traffic, specimens):
    open_self_check(page, server)
    page.locator(".selfcheck-runtime[data-offline=ready][data-snapshot=kept]").wait_for(timeout=60_000)
    server.stop()
    page.reload()
    page.locator(".selfcheck-runtime[data-state=ready]").wait_for(timeout=60_000)
    # a repeat visit restores Python from the snapshot kept on the first, and checks the same
    assert page.get_attribute(".selfcheck-runtime", "data-restored") == "true"
    for report in check_files(page, [specimens["good.png"], specimens["bad.png"]]):
        expected = cpython_report(specimens[report["file"]], "id-card", "front", "zh-Hans")
        assert report["verdict"] == expected["verdict"]
        assert {k: v["status"] for k, v in report["checks"].items()} == {
            c["id"]: c["status"] for c in expected["checks"]}
    # the English edition was precached too
    page.goto(server.url + "en/self-check/")
    page.locator(".selfcheck-runtime[data-state=ready]").wait_for(timeout=60_000)


def load_precache_hook():
    spec = importlib.util.spec_from_file_location("precache", ROOT / "overrides" / "hooks" / "precache.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_a_new_version_replaces_the_old_cache(page, site_dir, tmp_path):
    site = shutil.copytree(site_dir, tmp_path / "site")
    served = SiteServer(site)
    try:
        open_self_check(page, served)
        page.locator(".selfcheck-runtime[data-offline=ready]").wait_for(timeout=60_000)
        site_caches = "() => caches.keys().then((keys) => keys.filter((k) => k.startsWith('selfcheck-site-')))"
        before = page.evaluate(site_caches)
        assert len(before) == 1

        changed = site / "self-check" / "index.html"
        changed.write_text(changed.read_text(encoding="utf-8") + "<!-- version 2 -->", encoding="utf-8")
        version = load_precache_hook().write_service_worker(site)
        assert not before[0].endswith(version)
        page.evaluate("() => navigator.serviceWorker.getRegistration().then((r) => r.update())")
        deadline = time.monotonic() + 60
        while page.evaluate(site_caches) != [f"selfcheck-site-{version}"]:
            assert time.monotonic() < deadline, page.evaluate(site_caches)
            page.wait_for_timeout(200)
        cached = page.evaluate("""() => caches.open(`selfcheck-site-${'%s'}`)
            .then((c) => c.match("/self-check/")).then((r) => r.text())""" % version)
        assert cached.endswith("<!-- version 2 -->")
    finally:
        served.stop()


def test_a_dropped_file_is_checked(page, server, specimens):
    open_self_check(page, server, "en")
    data = specimens["good.png"].read_bytes()
    page.evaluate("""([bytes]) => {
      const transfer = new DataTransfer();
      transfer.items.add(new File([new Uint8Array(bytes)], "dropped.png", {type: "image/png"}));
      document.querySelector(".selfcheck-drop").dispatchEvent(
        new DragEvent("drop", {dataTransfer: transfer, bubbles: true, cancelable: true}));
    }""", [list(data)])
    page.locator(".selfcheck-report[data-verdict]").wait_for(timeout=60_000)
    report = read_reports(page)[0]
    assert report["file"] == "dropped.png"
    assert report["verdict"] == cpython_report(specimens["good.png"], "id-card", "front", "en")["verdict"]


WATCH_LONG_TASKS = """
window.__longTasks = [];
new PerformanceObserver((list) => {
  for (const entry of list.getEntries()) window.__longTasks.push(entry.duration);
}).observe({type: "longtask", buffered: true});
"""


def test_the_page_stays_responsive_while_a_12_megapixel_photo_is_checked(page, server, tmp_path):
    photo = tmp_path / "specimen-12mp.jpg"
    good_specimen().resize((4000, 3000), Image.BICUBIC).save(photo, quality=90)
    page.add_init_script(WATCH_LONG_TASKS)
    open_self_check(page, server)
    before = page.evaluate("() => window.__longTasks.length")
    report = check_files(page, [photo])[0]
    assert report["pictures"] == 1
    # decoding and Python run in the worker: the page's own thread has no long task
    during = page.evaluate("() => window.__longTasks")[before:]
    assert max(during, default=0) < 250, during
