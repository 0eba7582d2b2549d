"""The three file checks: type, size and name, by Amazon's rules."""

import pytest

from checks import check_file
from checks.decide import file_name, file_size, file_type
from checks.measures.files import file_kind, forbidden_characters, megabytes
from checks.profiles import profile

P = profile("document")


@pytest.mark.parametrize("name, mime, kind", [
    ("a.JPG", None, "JPEG"), ("a.jpeg", "image/png", "JPEG"), ("scan.tif", None, "TIFF"),
    ("x.pdf", None, "PDF"), ("IMG_1.HEIC", None, "HEIC"), ("noext", "image/png", "PNG"),
    (None, "image/heif", "HEIC"), ("a.docx", None, "DOCX"), (None, "image/x-foo", "X-FOO"),
    ("", None, None), (None, None, None), ("dir.v2/file", None, None),
])
def test_file_kind_from_extension_then_mime(name, mime, kind):
    assert file_kind(name, mime) == kind


@pytest.mark.parametrize("name, status, reason", [
    ("id.png", "pass", "accepted"), ("id.jpg", "pass", "accepted"), ("id.tiff", "pass", "accepted"),
    ("id.pdf", "pass", "accepted"), ("id.heic", "fail", "heic"), ("id.webp", "fail", "unsupported"),
    ("id.gif", "fail", "unsupported"), (None, "skip", "unknown"),
])
def test_file_type_decision(name, status, reason):
    decision = file_type(P, name, None)
    assert (decision.status, decision.reason) == (status, reason)


@pytest.mark.parametrize("size, status, reason", [
    (None, "skip", "unknown"), (0, "fail", "empty"), (1, "pass", "ok"),
    (9_999_999, "pass", "ok"), (10_000_000, "fail", "too-large"), (25_000_000, "fail", "too-large"),
])
def test_file_size_fails_at_ten_megabytes(size, status, reason):
    decision = file_size(P, size)
    assert (decision.status, decision.reason) == (status, reason)
    assert decision.limit == 10.0


def test_megabytes_are_decimal_and_rounded():
    assert megabytes(10_000_000) == 10.0
    assert megabytes(1_234_567) == 1.23


@pytest.mark.parametrize("name, status", [
    ("id-front.jpg", "pass"), ("身份证 正面.jpg", "pass"), ("a$b.jpg", "fail"),
    ("a&b.jpg", "fail"), ("#1.png", "fail"), ("", "skip"), (None, "skip"),
])
def test_file_name_refuses_dollar_ampersand_hash(name, status):
    assert file_name(P, name).status == status


def test_forbidden_characters_are_listed_once_each():
    assert forbidden_characters("a#b$c#&", "$&#") == "$&#"


@pytest.mark.parametrize("name, mime, reason", [
    ("a.pdf", "application/pdf", "pdf"), ("a.heic", "image/heic", "heic"), ("a.jpg", "image/jpeg", "unreadable"),
])
def test_check_file_runs_file_checks_and_skips_pixel_checks(name, mime, reason):
    report = check_file(name, 2_000_000, mime, "id-card", side="front", lang="en")
    by_id = {c["id"]: c for c in report["checks"]}
    assert by_id["file-size"]["status"] == "pass"
    for check_id in ("resolution", "color", "exposure", "glare", "sharpness", "framing", "perspective"):
        assert by_id[check_id]["status"] == "skip"
        assert by_id[check_id]["message"]
    assert report["size"] is None and report["quad"] is None
    expected = "fail" if reason == "heic" else "pass"
    assert report["verdict"] == expected
