"""The ground truth: from what the generator did to the expected status of every check.

This is the one place where a defect's strength becomes an expected status. The figures
come from the vendors and sources in /work/shared/research (cited per rule) or from a
stated argument about legibility — never from the output of `checks`. Where sources
disagree, or a strength lies near a limit, the expectation is a grey zone that accepts
two statuses ("pass-or-warn", "warn-or-fail"); "any" marks a check whose input the
defect destroys (e.g. exposure on a thresholded black-and-white copy).

Inputs are the scene's `measures` (scene.py computes them from the construction, not from
the finished picture's statistics where it can avoid it):
  ppmm          pixels per mm across the document (mean of its top and bottom edges)
  blur_mm       effective blur (standard deviation) on the document, in mm
  angle_dev     largest |corner angle − 90°| of the true outline
  border_px     smallest signed distance of a true corner to the picture border (< 0: outside)
  short_side    the picture's shorter side, px
  doc_width_px  mean length of the document's top and bottom edges, px
  glare_share   share of the document hidden under saturated glare
  brightness    mean luminance (0–1) of the document, before noise
  print_lost    share of the document's print (text, photo, patterns) clipped to white,
                outside glare
  colour_mode   "colour", or how colour was lost ("grey-image", "bw-image", "grey-copy", "bw-copy")
"""

from __future__ import annotations

STATUSES = ("pass", "warn", "fail", "skip")
ACCEPTS = {
    "pass": {"pass"}, "warn": {"warn"}, "fail": {"fail"}, "skip": {"skip"},
    "pass-or-warn": {"pass", "warn"}, "warn-or-fail": {"warn", "fail"},
    "any": {"pass", "warn", "fail", "skip"},
}

# file checks — Amazon's rules (amazon-requirements.md §1)
ACCEPTED_TYPES = {"image/png": (".png",), "image/jpeg": (".jpg", ".jpeg"),
                  "image/tiff": (".tif", ".tiff"), "application/pdf": (".pdf",)}
FORBIDDEN_NAME_CHARACTERS = "$&#"
SIZE_LIMIT_DECIMAL = 10_000_000       # "under 10 MB": decimal or binary megabytes,
SIZE_LIMIT_BINARY = 10 * 1024 * 1024  # Amazon does not say which: between them is grey

# resolution — vendor minimum DPI on the document (research §6): Regula 130 is the lowest
# minimum, ComplyCube and Microblink start at 150, Sumsub and Smile ID (1000 px across an
# ID-1 card ≈ 297 DPI) ask for 300. Below every minimum: fail; where vendors disagree: grey.
DPI_ALL_REJECT = 130
DPI_COMMON_MINIMUM = 150
DPI_STRICTEST = 300
TOLERANCE = 0.03   # ±3 % around a limit: a measured outline is not exact

# sharpness — legibility of the smallest text (≈ 3 mm on every specimen, documents.py).
# A Gaussian blur of standard deviation σ passes detail like sampling at a pitch ≈ 1.46 σ
# (where its MTF falls to 10 %, 0.342/σ, equals the Nyquist frequency 1/(2·pitch)).
# CJK characters need ≥ ~10 samples per character height to be read at all and ~16–20 to
# be read comfortably (bitmap CJK fonts start at 12–16 px). So with h = 3 mm:
#   σ ≥ h / 15 (≈ 10 samples) → fail;  σ ≤ h / 40 (≈ 27 samples, crisp) → pass;
#   between, split at h / 25 into pass-or-warn and warn-or-fail.
# Motion blur of length L counts as σ = L / √12 (the box's standard deviation).
TEXT_MM = 3.0
BLUR_FAIL_MM = TEXT_MM / 15
BLUR_SPLIT_MM = TEXT_MM / 25
BLUR_PASS_MM = TEXT_MM / 40

# perspective — Dynamsoft accepts corner angles 70°–110° (research §6), i.e. 20° off square.
ANGLE_LIMIT = 20.0
ANGLE_GREY = 5.0   # degrees either side of the limit

# framing — fail when a corner is outside the picture or touches its border (DESIGN.md);
# Microblink keeps a 2 % margin to the frame edge (research §6). Touching = within 0.5 %
# of the shorter side; between touching and Microblink's margin: pass-or-warn; within 1 % of
# the document's width outside: warn-or-fail (a few pixels cut away are hard to see).
TOUCH_SHARE = 0.005
MARGIN_SHARE = 0.02
SLIGHT_CUT_SHARE = 0.01

# glare — Regula allows glare on at most 1 % of the document, Innovatrics a hotspot score
# ≤ 0.008 (research §6).
GLARE_LIMIT = 0.01

# exposure — Innovatrics accepts brightness 0.25–0.9 (research §6). The lower bound is used
# on the document's mean luminance. The upper bound cannot be: white paper is 0.9 by
# nature (a clean scan of a statement sits there). Over-exposure is judged by what it
# destroys — the share of the print clipped to white — with fail from a quarter lost.
BRIGHTNESS_MIN = 0.25
BRIGHTNESS_GREY = 0.04
PRINT_LOST_FAIL = 0.25
PRINT_LOST_WARN = 0.10
PRINT_LOST_PASS = 0.03


def _banded(value: float, limit: float, higher_is_worse: bool, *, grey: float) -> str:
    """'fail' well past the limit, 'pass' well inside it, the two grey zones near it."""
    excess = (value - limit) if higher_is_worse else (limit - value)
    if excess > grey:
        return "fail"
    if excess >= 0:
        return "warn-or-fail"
    if excess >= -grey:
        return "pass-or-warn"
    return "pass"


def file_type(file_name: str, mime_type: str) -> str:
    ext = "." + file_name.rsplit(".", 1)[-1].lower() if "." in file_name else ""
    return "pass" if ext in ACCEPTED_TYPES.get(mime_type, ()) else "fail"


def file_size(size: int) -> str:
    if size >= SIZE_LIMIT_BINARY:
        return "fail"
    return "warn-or-fail" if size >= SIZE_LIMIT_DECIMAL else "pass"


def file_name(name: str) -> str:
    return "fail" if any(c in name for c in FORBIDDEN_NAME_CHARACTERS) else "pass"


def resolution(ppmm: float) -> str:
    dpi = ppmm * 25.4
    if dpi < DPI_ALL_REJECT * (1 - TOLERANCE):
        return "fail"
    if dpi < DPI_COMMON_MINIMUM * (1 + TOLERANCE):
        return "warn-or-fail"      # Regula accepts, ComplyCube and Microblink do not
    if dpi < DPI_STRICTEST * (1 + TOLERANCE):
        return "pass-or-warn"      # common minimum met, the strictest not
    return "pass"


def sharpness(blur_mm: float) -> str:
    if blur_mm >= BLUR_FAIL_MM:
        return "fail"
    if blur_mm >= BLUR_SPLIT_MM:
        return "warn-or-fail"
    if blur_mm > BLUR_PASS_MM:
        return "pass-or-warn"
    return "pass"


def perspective(angle_dev: float) -> str:
    return _banded(angle_dev, ANGLE_LIMIT, True, grey=ANGLE_GREY)


def framing(border_px: float, short_side: float, doc_width_px: float) -> str:
    if border_px < -SLIGHT_CUT_SHARE * doc_width_px:
        return "fail"
    if border_px < TOUCH_SHARE * short_side:
        return "warn-or-fail"
    if border_px < MARGIN_SHARE * short_side:
        return "pass-or-warn"
    return "pass"


def placement(measures: dict) -> str:
    """Where the document lies in the picture, as `framing` judges it from the
    construction's margins: what `expected` asks of framing unless the picture hides the
    document's edges (an exposure that fails, a black-and-white copy). Benches and tests
    pick their whole and cut-off documents by it."""
    return framing(measures["border_px"], measures["short_side"], measures["doc_width_px"])


def glare(share: float) -> str:
    return _banded(share, GLARE_LIMIT, True, grey=GLARE_LIMIT / 2)


def exposure(brightness: float, print_lost: float) -> str:
    dark = _banded(brightness, BRIGHTNESS_MIN, False, grey=BRIGHTNESS_GREY)
    if print_lost >= PRINT_LOST_FAIL:
        bright = "fail"
    elif print_lost >= PRINT_LOST_WARN:
        bright = "warn-or-fail"
    elif print_lost >= PRINT_LOST_PASS:
        bright = "pass-or-warn"
    else:
        bright = "pass"
    order = ["pass", "pass-or-warn", "warn-or-fail", "fail"]
    return max(dark, bright, key=order.index)


def color(mode: str) -> str:
    # Amazon wants colour documents; black-and-white copies are refused (research §1)
    return "pass" if mode == "colour" else "fail"


def expected(measures: dict, *, file_name_: str, file_size_: int, mime_type: str) -> dict:
    """Expected status (or grey zone) per check id."""
    m = measures
    out = {
        "file-type": file_type(file_name_, mime_type),
        "file-size": file_size(file_size_),
        "file-name": file_name(file_name_),
        "resolution": resolution(m["ppmm"]),
        "color": color(m["colour_mode"]),
        "exposure": exposure(m["brightness"], m["print_lost"]),
        "glare": glare(m["glare_share"]),
        "sharpness": sharpness(m["blur_mm"]),
        "framing": placement(m),
        "perspective": perspective(m["angle_dev"]),
    }
    if m["print_lost"] >= PRINT_LOST_FAIL:
        # a blown-out document is saturated all over: glare measured as Regula defines it
        # (saturated share of the document) cannot tell this from a reflection
        out["glare"] = "any"
    if out["exposure"] == "fail":
        # a picture too dark or too washed out to use hides the document's edges with its
        # print: the checks do not judge where it lies or how it is turned there (they
        # skip), and only the exposure check is asked to catch it
        out["framing"] = out["perspective"] = "any"
    if m["colour_mode"] in ("bw-image", "bw-copy"):
        # thresholding removes the tones exposure and glare read, the fine grey detail
        # sharpness reads, and a pale document's edges against a light background: only
        # the colour check is asked to catch it
        for check in ("resolution", "exposure", "glare", "sharpness", "framing", "perspective"):
            out[check] = "any"
    return out


def accepts(expectation: str, status: str) -> bool:
    return status in ACCEPTS[expectation]
