"""`python -m checks` on real files, decoded with Pillow (CPython only)."""

import json
import struct
import subprocess
import sys
import zlib
from pathlib import Path

import pytest
from PIL import Image, ImageDraw

from checks.__main__ import main
from checks.decode import MAX_PIXELS, ReadError, decode

ROOT = Path(__file__).resolve().parents[2]


def document_photo(width=1600, height=1100):
    """A light, coloured page with dark text on a dark green desk."""
    picture = Image.new("RGB", (width, height), (40, 80, 50))
    draw = ImageDraw.Draw(picture)
    draw.rectangle((int(width * 0.1), int(height * 0.1), int(width * 0.9), int(height * 0.9)), fill=(235, 228, 210))
    draw.rectangle((int(width * 0.15), int(height * 0.15), int(width * 0.3), int(height * 0.4)), fill=(200, 40, 40))
    for row in range(18):
        y = int(height * 0.45) + row * 22
        draw.text((int(width * 0.15), y), "SPECIMEN 样本 0123456789 ABCDEFGHIJKLMN" * 2, fill=(20, 20, 20))
    return picture


def run(*args):
    result = subprocess.run([sys.executable, "-m", "checks", *map(str, args)], cwd=ROOT,
                            capture_output=True, text=True, timeout=120)
    return result.returncode, result.stdout, result.stderr


def png_header_only(path, width, height):
    """A PNG whose header claims width × height, with no pixel data worth decoding."""
    def chunk(kind, body):
        return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body))
    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    path.write_bytes(b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(b"\0" * 100))
                     + chunk(b"IEND", b""))


def test_json_report_per_file_and_exit_zero_for_a_good_photo(tmp_path):
    path = tmp_path / "page.png"
    document_photo(3000, 2100).save(path)
    code, out, err = run("--json", "--lang", "en", path)
    reports = json.loads(out)
    assert len(reports) == 1 and reports[0]["file"] == "page.png" and reports[0]["size"] == [3000, 2100]
    statuses = {c["id"]: c["status"] for c in reports[0]["checks"]}
    assert statuses["file-type"] == "pass" and statuses["color"] == "pass", reports
    assert code == (1 if reports[0]["verdict"] == "fail" else 0)
    assert err == ""


def test_table_is_in_simplified_chinese_by_default(tmp_path):
    path = tmp_path / "a.jpg"
    document_photo().save(path, quality=90)
    code, out, _ = run(path)
    assert "文件格式" in out and "结论" in out
    code, out, _ = run("--lang", "zh-Hant", path)
    assert "檔案格式" in out
    code, out, _ = run("--lang", "en", path)
    assert "File type" in out


def test_a_failing_file_exits_one(tmp_path):
    path = tmp_path / "bad#name.png"
    document_photo().save(path)
    assert run("--json", path)[0] == 1


@pytest.mark.parametrize("args", [[], ["--document", "passport", "x.png"], ["--lang", "fr", "x.png"],
                                  ["--side", "middle", "x.png"]])
def test_usage_errors_exit_two(args):
    assert run(*args)[0] == 2


def test_missing_file_exits_two_with_a_message(tmp_path):
    code, out, _ = run("--lang", "en", tmp_path / "nothing.jpg")
    assert code == 2 and "File not found" in out


@pytest.mark.parametrize("content", [b"", b"not a picture at all", b"\xff\xd8\xff\xe0" + b"\0" * 50])
def test_unreadable_files_exit_two_with_a_report(tmp_path, content):
    path = tmp_path / "broken.jpg"
    path.write_bytes(content)
    code, out, err = run("--json", "--lang", "en", path)
    reports = json.loads(out)
    assert code == 2 and "Traceback" not in err
    assert "cannot be read" in reports[0]["error"].lower()
    assert {c["status"] for c in reports[0]["checks"][3:]} == {"skip"}


def test_truncated_jpeg_is_a_read_error(tmp_path):
    path = tmp_path / "cut.jpg"
    document_photo().save(path, quality=90)
    path.write_bytes(path.read_bytes()[:4000])
    with pytest.raises(ReadError):
        decode(path)
    assert run(path)[0] == 2


def test_pdf_and_heic_run_file_checks_and_skip_pixels(tmp_path):
    pdf = tmp_path / "licence.pdf"
    pdf.write_bytes(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj <<>> endobj\n")
    heic = tmp_path / "IMG_0001.HEIC"
    heic.write_bytes(b"\0\0\0\x18ftypheic\0\0\0\0mif1heic" + b"\0" * 40)
    code, out, _ = run("--json", "--lang", "en", pdf, heic)
    first, second = json.loads(out)
    assert first["verdict"] == "pass" and second["verdict"] == "fail"
    assert second["checks"][0]["status"] == "fail" and "HEIC" in second["checks"][0]["message"]
    assert {c["status"] for c in first["checks"][3:]} == {"skip"}
    assert code == 1


def test_huge_picture_is_refused_from_its_header(tmp_path):
    path = tmp_path / "huge.png"
    png_header_only(path, 20000, 20000)
    with pytest.raises(ReadError) as caught:
        decode(path)
    assert caught.value.key == "too-many-pixels" and caught.value.values["megapixels"] == 400.0
    code, out, _ = run("--lang", "en", path)
    assert code == 2 and "400.0 megapixels" in out and str(round(MAX_PIXELS / 1e6)) in out


def test_one_pixel_picture_gives_a_result(tmp_path):
    path = tmp_path / "dot.png"
    Image.new("RGB", (1, 1), (10, 20, 30)).save(path)
    code, out, _ = run("--json", path)
    report = json.loads(out)[0]
    assert code == 1 and report["size"] == [1, 1]
    assert {c["id"]: c["status"] for c in report["checks"]}["resolution"] == "fail"


def test_sixteen_bit_grey_png_is_scaled_not_clipped(tmp_path):
    path = tmp_path / "deep.png"
    Image.new("I;16", (32, 32), 32768).save(path)
    rgba, width, height, mime = decode(path)
    assert (width, height, mime) == (32, 32, "image/png")
    assert rgba[:4] == bytes([128, 128, 128, 255])


def test_palette_png_with_transparency(tmp_path):
    path = tmp_path / "pal.png"
    picture = Image.new("P", (8, 8), 1)
    picture.putpalette([0, 0, 0, 200, 30, 30] + [0] * 762)
    picture.info["transparency"] = 0
    picture.save(path, transparency=0)
    rgba, *_ = decode(path)
    assert rgba[:4] == bytes([200, 30, 30, 255])


def test_cmyk_jpeg_becomes_rgb(tmp_path):
    path = tmp_path / "cmyk.jpg"
    Image.new("CMYK", (16, 16), (0, 255, 255, 0)).save(path, quality=95)
    rgba, *_ = decode(path)
    red, green, blue, alpha = rgba[:4]
    assert red > 200 and green < 60 and blue < 60 and alpha == 255


def test_exif_orientation_is_applied(tmp_path):
    path = tmp_path / "turned.jpg"
    picture = Image.new("RGB", (40, 20), (200, 200, 200))
    exif = Image.Exif()
    exif[0x0112] = 6  # rotate 90° clockwise to display
    picture.save(path, exif=exif)
    _, width, height, _ = decode(path)
    assert (width, height) == (20, 40)


def test_main_returns_the_exit_status(tmp_path, capsys):
    path = tmp_path / "ok.png"
    document_photo(400, 300).save(path)
    status = main(["--json", str(path)])
    assert status in (0, 1)
    assert json.loads(capsys.readouterr().out)[0]["file"] == "ok.png"


def test_document_and_side_reach_the_report(tmp_path):
    path = tmp_path / "card.png"
    document_photo(800, 550).save(path)
    code, out, _ = run("--json", "--document", "id-card", "--side", "back", path)
    report = json.loads(out)[0]
    assert (report["document"], report["side"]) == ("id-card", "back")
    resolution = {c["id"]: c for c in report["checks"]}["resolution"]
    assert resolution["limit"] in (506, 1000)  # the ID card's limits, not the A4 page's
