"""Decisions: measured numbers + a profile -> status, the reason's key, value and limit.

Pure functions; the sentences for each reason live in `checks.messages`.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from .measures.files import file_kind, forbidden_characters, megabytes
from .profiles import Profile


@dataclass(frozen=True)
class Decision:
    status: str  # pass | warn | fail | skip
    reason: str  # key into checks.messages.TEXT
    value: float | None = None
    limit: float | None = None
    unit: str | None = None  # key into checks.messages.UNITS
    details: dict = field(default_factory=dict)  # extra placeholders, e.g. kind, chars, sides


def at_most(value: float, warn: float, fail: float) -> str:
    """Status for a value that must stay low: fail above `fail`, warn above `warn`."""
    return "fail" if value > fail else "warn" if value > warn else "pass"


def at_least(value: float, warn: float, fail: float) -> str:
    """Status for a value that must stay high: fail below `fail`, warn below `warn`."""
    return "fail" if value < fail else "warn" if value < warn else "pass"


def file_type(p: Profile, file_name: str | None, mime_type: str | None) -> Decision:
    kind = file_kind(file_name, mime_type)
    if kind is None:
        return Decision("skip", "unknown")
    if kind in p.file_types:
        return Decision("pass", "accepted", details={"kind": kind})
    return Decision("fail", "heic" if kind == "HEIC" else "unsupported", details={"kind": kind})


def file_size(p: Profile, size: int | None) -> Decision:
    if size is None:
        return Decision("skip", "unknown", limit=p.file_size_fail_mb, unit="MB")
    value = megabytes(size)
    if size <= 0:
        return Decision("fail", "empty", value=0.0, limit=p.file_size_fail_mb, unit="MB")
    status = "fail" if size >= p.file_size_fail_mb * 1_000_000 else "pass"
    return Decision(status, "too-large" if status == "fail" else "ok", value, p.file_size_fail_mb, "MB")


def file_name(p: Profile, name: str | None) -> Decision:
    if not name:
        return Decision("skip", "unknown")
    found = forbidden_characters(name, p.file_name_forbidden)
    if found:
        return Decision("fail", "forbidden", details={"chars": found})
    return Decision("pass", "ok")


def resolution(p: Profile, long_side_px: int) -> Decision:
    status = at_least(long_side_px, p.resolution_warn_px, p.resolution_fail_px)
    limit = {"fail": p.resolution_fail_px}.get(status, p.resolution_warn_px)
    reason = {"pass": "ok", "warn": "low", "fail": "too-low"}[status]
    return Decision(status, reason, long_side_px, limit, "px")


def color(p: Profile, coloured_pct: float | None) -> Decision:
    if coloured_pct is None:  # every sample clipped to white: no colour to judge
        return Decision("skip", "blank")
    status = at_least(coloured_pct, p.color_warn, p.color_fail)
    limit = p.color_fail if status == "fail" else p.color_warn
    reason = {"pass": "ok", "warn": "weak", "fail": "greyscale"}[status]
    return Decision(status, reason, coloured_pct, limit, "%")


def exposure(p: Profile, brightness: float, blown_pct: float, ink: int) -> Decision:
    """Too dark, or blown out: half the document clipped to white warns, and fails when
    its darkest print has been lifted to a light grey too (the print lighter than it is
    gone). Blown out wins over dark (a picture can only be one)."""
    if blown_pct >= p.blown_warn_pct:
        status = "fail" if ink > p.lifted_ink_level else "warn"
        return Decision(status, "washed-out", blown_pct, p.blown_warn_pct, "%")
    dark = at_least(brightness, p.brightness_warn, p.brightness_fail)
    if dark != "pass":
        return Decision(dark, "dark", brightness, p.brightness_fail if dark == "fail" else p.brightness_warn)
    return Decision("pass", "ok", brightness, p.brightness_warn)


def glare(p: Profile, glare_pct: float, areas: list) -> Decision:
    status = at_most(glare_pct, p.glare_warn_pct, p.glare_fail_pct)
    limit = p.glare_fail_pct if status == "fail" else p.glare_warn_pct
    return Decision(status, "ok" if status == "pass" else "glare", glare_pct, limit, "%",
                    details={"areas": areas} if status != "pass" else {})


def sharpness(p: Profile, edge_width_mm: float | None, pixel_mm: float) -> Decision:
    """From the edge width on the document and the size on it of one of the measure's
    pixels, mm: a width within the profile's uncertainty below the warn limit warns."""
    if edge_width_mm is None:
        return Decision("fail", "no-detail", None, p.sharpness_fail_mm, "mm")
    if edge_width_mm > p.sharpness_fail_mm:
        return Decision("fail", "blurred", edge_width_mm, p.sharpness_fail_mm, "mm")
    if edge_width_mm > p.sharpness_warn_mm:
        return Decision("warn", "soft", edge_width_mm, p.sharpness_warn_mm, "mm")
    if edge_width_mm + p.sharpness_uncertainty_px * pixel_mm > p.sharpness_warn_mm:
        return Decision("warn", "coarse", edge_width_mm, p.sharpness_warn_mm, "mm")
    return Decision("pass", "ok", edge_width_mm, p.sharpness_warn_mm, "mm")


def framing(p: Profile, margins: dict[str, float] | None) -> Decision:
    """From the document's margin to each border (share of the picture; < 0 outside),
    judged as the seller reads it, in per cent to one decimal: a margin shown as 2 % is
    not then said to be under a limit of 2 %."""
    if margins is None:
        return Decision("skip", "no-outline")
    shown = {side: round(gap * 100, 1) + 0.0 for side, gap in margins.items()}  # never -0.0
    value = min(shown.values())
    if value < p.framing_touch_pct:
        sides = [side for side, pct in shown.items() if pct < p.framing_touch_pct]
        return Decision("fail", "cut-off", value, p.framing_touch_pct, "%", details={"sides": sides})
    if value < p.framing_margin_pct:
        sides = [side for side, pct in shown.items() if pct < p.framing_margin_pct]
        return Decision("warn", "close", value, p.framing_margin_pct, "%", details={"sides": sides})
    return Decision("pass", "ok", value, p.framing_margin_pct, "%", details={"sides": []})


def perspective(p: Profile, angle_deviation: float | None, *, cut_off: bool = False) -> Decision:
    """From the largest departure of a real corner's angle from 90°; `cut_off` when the
    outline has no real corner left to judge."""
    if cut_off:
        return Decision("skip", "cut-off")
    if angle_deviation is None:
        return Decision("skip", "no-outline")
    value = round(angle_deviation, 1)
    status = at_most(value, p.perspective_warn_deg, p.perspective_fail_deg)
    limit = p.perspective_fail_deg if status == "fail" else p.perspective_warn_deg
    reason = {"pass": "ok", "warn": "tilted", "fail": "steep"}[status]
    return Decision(status, reason, value, limit, "°")
