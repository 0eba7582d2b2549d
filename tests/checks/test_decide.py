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
        assert 0 < p.blown_warn_pct < 100 and 0 < p.lifted_ink_level < 255
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
    assert [status(decide.color(ID, v)) for v in (0.0, 0.99, 1.0, 1.99, 2.0, 40.0)] == \
        ["fail", "fail", "warn", "warn", "pass", "pass"]
    grey = decide.color(LICENCE, 0.0)
    assert (grey.reason, grey.limit, grey.unit) == ("greyscale", 1.0, "%")
    assert decide.color(DOC, None).status == "skip"


def test_exposure_dark_and_blown_out():
    dark = decide.exposure(ID, 0.24, 0.0, 20)
    assert (dark.status, dark.reason, dark.limit) == ("fail", "dark", 0.25)
    assert status(decide.exposure(ID, 0.30, 0.0, 20)) == "warn"
    assert status(decide.exposure(ID, 0.5, 0.0, 20)) == "pass"
    # a bright card with nothing clipped has lost nothing
    assert status(decide.exposure(ID, 0.96, 10.0, 60)) == "pass"
    # half of the document blown to white: fail once the darkest print is lifted too
    blown = decide.exposure(DOC, 0.97, 85.0, 200)
    assert (blown.status, blown.reason, blown.value, blown.limit, blown.unit) == ("fail", "washed-out", 85.0, 50.0, "%")
    assert status(decide.exposure(DOC, 0.97, 49.9, 200)) == "pass"
    # white paper with black print (a scanner's white point): a warning only
    assert status(decide.exposure(LICENCE, 0.95, 85.0, 40)) == "warn"
    assert status(decide.exposure(LICENCE, 0.95, 85.0, 129)) == "fail"


def test_glare_limits_follow_regula():
    assert [status(decide.glare(ID, v, [])) for v in (0.0, 0.4, 0.41, 1.0, 1.01)] == \
        ["pass", "pass", "warn", "warn", "fail"]
    assert decide.glare(ID, 2.0, [[1, 2, 3, 4]]).details == {"areas": [[1, 2, 3, 4]]}


def test_sharpness():
    # a fine pixel (0.01 mm): the limits alone decide
    assert [status(decide.sharpness(ID, v, 0.01)) for v in (0.1, 0.29, 0.31, 0.4, 0.41)] == \
        ["pass", "pass", "warn", "warn", "fail"]
    none = decide.sharpness(ID, None, 0.01)
    assert (none.status, none.reason) == ("fail", "no-detail")


def test_sharpness_warns_within_a_coarse_pixel_below_the_warn_limit():
    # 0.17 mm pixels (150 DPI): 0.4 of one is 0.068 mm
    coarse = 0.17
    assert [decide.sharpness(ID, v, coarse).reason for v in (0.2, 0.25, 0.3, 0.35, 0.4, 0.41)] == \
        ["ok", "coarse", "coarse", "soft", "soft", "blurred"]
    assert decide.sharpness(ID, 0.25, coarse).limit == ID.sharpness_warn_mm


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


def test_framing_is_judged_on_the_margin_shown():
    inside = {"top": 0.1, "right": 0.1, "bottom": 0.1, "left": 0.1}
    # 1.97 % is shown as 2.0 %: it meets a limit of 2 %, as the sentence will say
    shown_at_limit = decide.framing(ID, dict(inside, left=ID.framing_margin_pct / 100 - 0.0003))
    assert (shown_at_limit.status, shown_at_limit.value) == ("pass", ID.framing_margin_pct)
    below = decide.framing(ID, dict(inside, left=ID.framing_margin_pct / 100 - 0.0006, top=0.0196))
    assert (below.status, below.details["sides"]) == ("warn", ["left"])
    touching = decide.framing(ID, dict(inside, bottom=ID.framing_touch_pct / 100 - 0.0006))
    assert (touching.status, touching.details["sides"]) == ("fail", ["bottom"])


def test_perspective_follows_dynamsoft():
    assert [status(decide.perspective(ID, v)) for v in (0.0, 15.0, 15.1, 20.0, 20.1)] == \
        ["pass", "pass", "warn", "warn", "fail"]
    assert decide.perspective(ID, None).status == "skip"
    assert decide.perspective(ID, None, cut_off=True).reason == "cut-off"
