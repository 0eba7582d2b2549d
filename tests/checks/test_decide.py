"""Decisions at and around their limits, for every document type."""

import pytest

from checks import decide
from checks.profiles import PROFILES, pixels_at, profile

ID, LICENCE, DOC = (profile(d) for d in ("id-card", "business-license", "document"))


def status(decision):
    return decision.status


def test_every_profile_has_ordered_limits():
    for p in PROFILES.values():
        assert p.resolution_fail_px < p.resolution_warn_px
        assert p.color_fail < p.color_warn
        assert p.brightness_fail < p.brightness_warn
        assert p.contrast_fail < p.contrast_warn
        assert p.glare_warn_pct < p.glare_fail_pct
        assert p.sharpness_warn_mm < p.sharpness_fail_mm
        assert p.framing_touch_pct < p.framing_margin_pct
        assert p.perspective_warn_deg < p.perspective_fail_deg
    with pytest.raises(ValueError):
        profile("passport")


def test_resolution_limits_come_from_dpi_and_smile_id():
    assert ID.resolution_fail_px == pixels_at(150, 85.6) == 506
    assert ID.resolution_warn_px == 1000
    assert LICENCE.resolution_fail_px == 1754 and LICENCE.resolution_warn_px == 2339
    assert [status(decide.resolution(ID, v)) for v in (505, 506, 999, 1000)] == ["fail", "warn", "warn", "pass"]
    assert status(decide.resolution(DOC, 1753)) == "fail"


def test_colour():
    assert [status(decide.color(ID, v)) for v in (0.0, 5.9, 6.0, 8.9, 9.0, 40.0)] == \
        ["fail", "fail", "warn", "warn", "pass", "pass"]


def test_exposure_dark_bright_and_faint():
    assert decide.exposure(ID, 0.24, 0.8, 200).reason == "dark" and decide.exposure(ID, 0.24, 0.8, 200).status == "fail"
    assert status(decide.exposure(ID, 0.30, 0.8, 200)) == "warn"
    assert status(decide.exposure(ID, 0.5, 0.8, 200)) == "pass"
    # too bright only for cards: white paper is bright by nature
    assert (decide.exposure(ID, 0.96, 0.8, 255).status, decide.exposure(ID, 0.96, 0.8, 255).reason) == ("fail", "bright")
    assert status(decide.exposure(ID, 0.92, 0.8, 255)) == "warn"
    assert status(decide.exposure(DOC, 0.96, 0.8, 255)) == "pass"
    faint = decide.exposure(DOC, 0.97, 0.1, 255)
    assert (faint.status, faint.reason, faint.value) == ("fail", "washed-out", 0.1)
    assert status(decide.exposure(DOC, 0.97, 0.25, 250)) == "warn"
    # low contrast on paper that is not blown out is blur or the scene, not exposure
    assert status(decide.exposure(DOC, 0.8, 0.1, 230)) == "pass"
    # a failing cause wins over a warning one
    assert decide.exposure(ID, 0.30, 0.1, 250).reason == "washed-out"


def test_glare_limits_follow_regula():
    assert [status(decide.glare(ID, v, [])) for v in (0.0, 0.4, 0.41, 1.0, 1.01)] == \
        ["pass", "pass", "warn", "warn", "fail"]
    assert decide.glare(ID, 2.0, [[1, 2, 3, 4]]).details == {"areas": [[1, 2, 3, 4]]}


def test_sharpness():
    assert [status(decide.sharpness(ID, v)) for v in (0.1, 0.3, 0.31, 0.4, 0.41)] == \
        ["pass", "pass", "warn", "warn", "fail"]
    none = decide.sharpness(ID, None)
    assert (none.status, none.reason) == ("fail", "no-detail")


def test_framing():
    inside = {"top": 0.1, "right": 0.1, "bottom": 0.1, "left": 0.1}
    assert decide.framing(ID, inside).status == "pass"
    close = dict(inside, left=0.01)
    assert (decide.framing(ID, close).status, decide.framing(ID, close).details["sides"]) == ("warn", ["left"])
    touching = dict(inside, top=0.004, right=-0.2)
    cut = decide.framing(ID, touching)
    assert (cut.status, cut.details["sides"], cut.value) == ("fail", ["top", "right"], -20.0)
    assert decide.framing(ID, None).status == "skip"
    assert str(decide.framing(ID, dict(inside, left=-0.0001)).value) == "0.0"


def test_perspective_follows_dynamsoft():
    assert [status(decide.perspective(ID, v)) for v in (0.0, 15.0, 15.1, 20.0, 20.1)] == \
        ["pass", "pass", "warn", "warn", "fail"]
    assert decide.perspective(ID, None).status == "skip"
    assert decide.perspective(ID, None, cut_off=True).reason == "cut-off"
