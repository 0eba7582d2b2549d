"""The report follows the shared contract (COMMON.md / DESIGN.md)."""

import json
from pathlib import Path

import pytest

import checks
from checks import CHECK_IDS, check_file, check_image
from checks.messages import text

from .images import read_png

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"


def plain(width, height, rgb=(200, 180, 160)):
    return bytes(rgb + (255,)) * (width * height)


def test_report_has_the_contract_shape():
    report = check_image(plain(64, 48), 64, 48, "id-card", side="back", file_name="a.png",
                         file_size=1000, mime_type="image/png", lang="en")
    assert set(report) == {"file", "document", "side", "verdict", "size", "quad", "checks"}
    assert report["file"] == "a.png" and report["document"] == "id-card" and report["side"] == "back"
    assert report["size"] == [64, 48]
    assert [c["id"] for c in report["checks"]] == list(CHECK_IDS)
    for entry in report["checks"]:
        assert {"id", "status", "value", "limit", "unit", "message", "advice", "guide"} <= set(entry)
        assert entry["status"] in {"pass", "warn", "fail", "skip"}
        assert entry["guide"] == f"photos/#{entry['id']}"
        assert entry["message"] and entry["advice"]
        assert entry["value"] is None or isinstance(entry["value"], (int, float))
    assert report["verdict"] in {"pass", "warn", "fail"}
    json.dumps(report)


def test_verdict_is_the_worst_status():
    report = check_image(plain(64, 48), 64, 48, file_name="a$.png", file_size=10)
    assert report["verdict"] == "fail"


@pytest.mark.parametrize("lang, word", [("zh-Hans", "文件"), ("zh-Hant", "檔案"), ("en", "file")])
def test_messages_follow_the_language(lang, word):
    report = check_file("a.png", 10, "image/png", lang=lang)
    assert word in report["checks"][0]["message"].lower()


def test_accepts_bytearray_and_memoryview():
    pixels = plain(20, 20)
    a = check_image(bytearray(pixels), 20, 20)
    b = check_image(memoryview(pixels), 20, 20)
    assert a == b


@pytest.mark.parametrize("kwargs", [
    {"document": "passport"}, {"side": "left"}, {"lang": "fr"},
])
def test_bad_arguments_raise_value_error(kwargs):
    with pytest.raises(ValueError):
        check_image(plain(20, 20), 20, 20, **kwargs)


def test_short_pixel_buffer_raises_value_error():
    with pytest.raises(ValueError):
        check_image(bytes(10), 20, 20)
    with pytest.raises(ValueError):
        check_image(b"", 0, 0)


@pytest.mark.parametrize("size", [(1, 1), (15, 400), (400, 3)])
def test_tiny_pictures_fail_resolution_and_skip_the_rest(size):
    width, height = size
    report = check_image(plain(width, height), width, height, lang="en")
    by_id = {c["id"]: c for c in report["checks"]}
    assert by_id["resolution"]["status"] == "fail"
    for check_id in ("color", "exposure", "glare", "sharpness", "framing", "perspective"):
        assert by_id[check_id]["status"] == "skip"
        assert f"{width}×{height}" in by_id[check_id]["message"]


@pytest.mark.parametrize(("name", "exposed"), [("underexposed", False), ("overexposed", False),
                                              ("id-front-wood", True)])
def test_framing_and_perspective_wait_for_an_exposure_that_shows_the_edges(name, exposed):
    rgba, width, height = read_png(FIXTURES / f"{name}.png")
    by_id = {c["id"]: c for c in check_image(rgba, width, height, "id-card", lang="en")["checks"]}
    if exposed:  # both are judged
        assert by_id["exposure"]["status"] == "pass"
        assert by_id["framing"]["status"] == by_id["perspective"]["status"] == "pass"
        return
    assert by_id["exposure"]["status"] == "fail"
    for check_id in ("framing", "perspective"):
        assert by_id[check_id]["status"] == "skip"
        assert by_id[check_id]["message"] == text(check_id, "unseen-edges", "en")[0]


def test_public_api():
    assert checks.__all__ == ["CHECK_IDS", "__version__", "check_file", "check_image"]
    assert check_file.__module__ == "checks.report"


@pytest.mark.parametrize("rgb", [(0, 0, 0), (255, 255, 255), (128, 128, 128), (200, 100, 50)])
@pytest.mark.parametrize("size", [(100, 100), (20000, 16), (16, 5000), (17, 17)])
def test_blank_and_extreme_pictures_give_a_report(rgb, size):
    width, height = size
    report = check_image(plain(width, height, rgb), width, height, "id-card", lang="en")
    by_id = {c["id"]: c for c in report["checks"]}
    assert report["verdict"] == "fail"  # nothing on it can be read
    assert by_id["sharpness"]["status"] == "fail"
    assert all(c["message"] and c["status"] in {"pass", "warn", "fail", "skip"} for c in report["checks"])
    if rgb == (255, 255, 255):
        assert by_id["color"]["status"] == "skip" and by_id["exposure"]["status"] == "fail"


def test_noise_is_colourful_but_not_a_sharp_document():
    rng = __import__("random").Random(1)
    pixels = bytes(rng.getrandbits(8) for _ in range(120 * 120 * 4))
    by_id = {c["id"]: c for c in check_image(pixels, 120, 120, "id-card")["checks"]}
    assert by_id["color"]["status"] == "pass"
    assert by_id["resolution"]["status"] == "fail"
